"""A menu/toolbar action whose tooltip names its shortcut, so the clerk learns the keys by hovering."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from officedesk.ui.widgets.action_text import plain


def shortcut_action(owner: QWidget, text: str, slot: Callable[[], object], shortcut: str = "",
                    icon: QStyle.StandardPixmap | None = None, tooltip: str = "") -> QAction:  # fmt: skip
    """An action on `owner` (its shortcut works wherever the focus is inside `owner`'s window).

    The tooltip is `tooltip` (or the text without its mnemonic and "…"), then the shortcut in the platform's notation.
    """
    action = QAction(text, owner)
    tip = tooltip or plain(text)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        shown = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{tip} ({shown})"
    action.setToolTip(tip)
    action.setStatusTip(tip)
    if icon is not None:
        action.setIcon(owner.style().standardIcon(icon))
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action
