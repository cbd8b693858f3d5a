"""A short list of names typed in one by one: a field and Add (Enter adds too), the list, Remove and reorder.

Used where a dialog's default button must not fire on Enter while a list is being typed (the set-up wizard).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QWidget

from officedesk.ui.widgets.list_moves import move_current_row

_EDITABLE = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class EnterFilter(QObject):
    """Calls `action` on Enter/Return in the watched widgets and swallows the key, so the dialog's default
    button (Next, Finish, OK) does not fire while a list is being typed."""

    def __init__(self, action: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):  # fmt: skip
            self._action()
            return True
        return super().eventFilter(watched, event)


class NameListEdit(QWidget):
    changed = Signal()

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(placeholder)
        self.add_button = QPushButton(self.tr("&Add"))
        self.list = QListWidget()
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.entry, 0, 0)
        grid.addWidget(self.add_button, 0, 1)
        grid.addWidget(self.list, 1, 0, 4, 1)
        for row, button in enumerate((self.remove_button, self.up_button, self.down_button), start=1):
            grid.addWidget(button, row, 1)
        grid.setRowStretch(4, 1)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
        self.setFocusProxy(self.entry)
        self.entry.installEventFilter(EnterFilter(self.add_entry, self))
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.list.itemChanged.connect(lambda _item: self.changed.emit())

    def names(self) -> list[str]:
        """Trimmed, without blanks or repeats, in the order shown."""
        seen: list[str] = []
        for name in (self.list.item(i).text().strip() for i in range(self.list.count())):
            if name and name not in seen:
                seen.append(name)
        return seen

    def set_names(self, names: list[str]) -> None:
        self.list.clear()
        for name in names:
            self._append(name)

    def _append(self, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setFlags(_EDITABLE)
        self.list.addItem(item)
        return item

    def add_entry(self) -> None:
        name = self.entry.text().strip()
        if not name:
            return
        if name not in self.names():
            self.list.setCurrentItem(self._append(name))
            self.changed.emit()
        self.entry.clear()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def _move(self, step: int) -> None:
        if move_current_row(self.list, step):
            self.changed.emit()
