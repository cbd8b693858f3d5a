"""Menus and toolbars filled from a list of actions, where None stands for a separator."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget


def add_actions(target: QMenu | QToolBar, actions: Iterable[QAction | None]) -> None:
    for action in actions:
        if action is None:
            target.addSeparator()
        else:
            target.addAction(action)


def add_menu(menu_bar: QMenuBar, menu: QMenu, before: QAction | None = None) -> None:
    """`menu` at the end of the menu bar, or before `before` (e.g. Help)."""
    if before is None:
        menu_bar.addMenu(menu)
    else:
        menu_bar.insertMenu(before, menu)


def fixed_toolbar(title: str, name: str, parent: QWidget, actions: Iterable[QAction | None]) -> QToolBar:
    """A toolbar that stays put: 20-pixel icons with their text beside them. `name` is the object name the
    window's saveState() needs."""
    toolbar = QToolBar(title, parent)
    toolbar.setObjectName(name)
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    add_actions(toolbar, actions)
    return toolbar
