"""Tab through a dialog's buttons in the order they are shown, not the order they were added."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWidget


def tab_in_shown_order(box: QDialogButtonBox) -> None:
    """The platform lays the buttons out by role (Windows and KDE: "Export" left of "Cancel"), but Tab follows
    creation order, so a button added after a standard one came after it. Follow the layout instead.

    Call it once the box is in the dialog's layout: Qt ignores the order set inside a box that has no parent."""
    layout = box.layout()
    if layout is None:
        return
    items = (layout.itemAt(i) for i in range(layout.count()))
    buttons = [w for w in (item.widget() for item in items if item is not None) if isinstance(w, QAbstractButton)]
    for first, second in pairwise(buttons):
        QWidget.setTabOrder(first, second)
