"""Tab through a dialog in the order it is shown: its fields as laid out, then its buttons left to right.

Qt's Tab order is the order widgets were made in, not where the layout put them: a button box made before the
form came first, a button added after a standard one came after it. These set the order from the layout.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QFormLayout, QLayout, QRadioButton, QWidget

from officedesk.ui.widgets.optional_date_edit import OptionalDateEdit


def shown_buttons(box: QDialogButtonBox) -> list[QAbstractButton]:
    """The box's buttons as the platform lays them out (Windows and KDE: "Export" left of "Cancel")."""
    layout = box.layout()
    if layout is None:
        return []
    items = (layout.itemAt(i) for i in range(layout.count()))
    return [w for w in (item.widget() for item in items if item is not None) if isinstance(w, QAbstractButton)]


def tab_in_shown_order(box: QDialogButtonBox) -> None:
    """Tab through the box's buttons as they are shown, not in the order they were added.

    Call it once the box is in the dialog's layout: Qt ignores the order set inside a box that has no parent."""
    chain(shown_buttons(box))


def tab_stops(widgets: Iterable[QWidget]) -> list[QWidget]:
    """The widgets Tab stops at: an optional date is two (its box, then its date); labels are none."""
    out: list[QWidget] = []
    for widget in widgets:
        if isinstance(widget, OptionalDateEdit):
            out.extend([widget.check, widget.edit])
        elif widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            out.append(widget)
    return out


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    out: list[QWidget] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        if (widget := item.widget()) is not None:
            out.append(widget)
        elif (inner := item.layout()) is not None:
            out.extend(_layout_widgets(inner))
    return out


def form_fields(form: QFormLayout) -> list[QWidget]:
    """The Tab stops of a form's fields, row by row, left to right within a row (a row of several fields)."""
    widgets: list[QWidget] = []
    roles = (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole)
    for row in range(form.rowCount()):
        for role in roles:
            item = form.itemAt(row, role)
            if item is None:
                continue
            if (widget := item.widget()) is not None:
                widgets.append(widget)
            elif (inner := item.layout()) is not None:
                widgets.extend(_layout_widgets(inner))
    return tab_stops(widgets)


def chain(widgets: Iterable[QWidget], box: QDialogButtonBox | None = None) -> None:
    """Tab goes through `widgets` in this order, then through the box's buttons as shown."""
    stops = [*widgets, *(shown_buttons(box) if box is not None else [])]
    for first, second in pairwise(stops):
        QWidget.setTabOrder(first, second)


def focus_first(fields: Iterable[QWidget], window: QWidget) -> None:
    """The cursor starts in the first enabled field, unless the window already put it in one of `fields`."""
    fields = list(fields)
    focus = window.focusWidget()
    if focus is not None and any(focus is f or f.isAncestorOf(focus) for f in fields):
        return
    # Of a group of radio buttons Tab stops at the checked one only: so does the cursor.
    first = next((f for f in fields if f.isEnabled() and not (isinstance(f, QRadioButton) and not f.isChecked())),
                 None)  # fmt: skip
    if first is not None:
        first.setFocus()
