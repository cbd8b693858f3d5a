"""Named export layouts: superiors ask for different columns, so each recipient gets its own, per kind of line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from officedesk.domain.risk_columns import ALL_RISK_COLUMNS, RISK_COLUMNS_BY_KEY, default_keys
from officedesk.domain.risks import RiskKind
from officedesk.services.desk import Desk

KeyRole = Qt.ItemDataRole.UserRole


class KindColumns(QListWidget):
    """The ledger's columns for one kind of line, headed as that ledger heads them; ticked ones in their order."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)

    def set_keys(self, keys: list[str]) -> None:
        self.clear()
        rest = [c.key for c in ALL_RISK_COLUMNS if c.key not in keys]
        for key in [*keys, *rest]:
            item = QListWidgetItem(RISK_COLUMNS_BY_KEY[key].heading_for(self.kind), self)
            item.setData(KeyRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in keys else Qt.CheckState.Unchecked)

    def keys(self) -> list[str]:
        items = (self.item(i) for i in range(self.count()))
        return [str(i.data(KeyRole)) for i in items if i is not None and i.checkState() == Qt.CheckState.Checked]

    def move_current(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        self.insertItem(target, self.takeItem(row))
        self.setCurrentRow(target)


class LedgerLayoutsDialog(QDialog):
    """Choose a layout on the left, its columns per kind on the right; Save stores it under its name."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export layouts"))
        self._desk = desk
        self.names = QListWidget()
        self.new_button = QPushButton(self.tr("New"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 县应急局 monthly"))
        self.kinds = QTabWidget()
        self.lists = {kind: KindColumns(kind) for kind in RiskKind.ALL}
        for kind, columns in self.lists.items():
            self.kinds.addTab(columns, kind)
        up = QPushButton(self.tr("Move up"))
        down = QPushButton(self.tr("Move down"))
        standard = QPushButton(self.tr("Standard columns"))
        standard.setToolTip(self.tr("Tick the ledger's standard columns for this kind again"))
        self.save_button = QPushButton(self.tr("Save layout"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        for button in (self.new_button, self.delete_button, up, down, standard, self.save_button):
            button.setAutoDefault(False)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Layouts")))
        left.addWidget(self.names, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_button)
        left_buttons.addWidget(self.delete_button)
        left.addLayout(left_buttons)
        moves = QHBoxLayout()
        for button in (up, down, standard):
            moves.addWidget(button)
        moves.addStretch(1)
        moves.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Name")))
        right.addWidget(self.name)
        right.addWidget(QLabel(self.tr("Tick the columns for each kind of line; drag to order them.")))
        right.addWidget(self.kinds, 1)
        right.addLayout(moves)
        right.addWidget(self.message)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(close)

        self.names.currentTextChanged.connect(self.show_layout)
        self.new_button.clicked.connect(self.new_layout)
        self.delete_button.clicked.connect(self.delete_layout)
        up.clicked.connect(lambda: self._current_list().move_current(-1))
        down.clicked.connect(lambda: self._current_list().move_current(1))
        standard.clicked.connect(lambda: self._current_list().set_keys(list(default_keys(self._current_list().kind))))
        self.save_button.clicked.connect(self.save_layout)
        self.reload()
        self.resize(720, 560)

    def _current_list(self) -> KindColumns:
        return self.lists[RiskKind.ALL[self.kinds.currentIndex()]]

    def reload(self, select: str = "") -> None:
        self._layouts = self._desk.ledger_io.layouts()
        self.names.blockSignals(True)
        self.names.clear()
        self.names.addItems([n for n in self._layouts if n])
        self.names.blockSignals(False)
        found = self.names.findItems(select, Qt.MatchFlag.MatchExactly) if select else []
        if found:
            self.names.setCurrentItem(found[0])
        else:
            self.new_layout()
        self.delete_button.setEnabled(bool(found))

    def show_layout(self, name: str) -> None:
        keys = self._layouts.get(name, {})
        self.name.setText(name)
        for kind, columns in self.lists.items():
            columns.set_keys(list(keys.get(kind) or default_keys(kind)))
        self.delete_button.setEnabled(name in self._layouts)
        self._say("")

    def new_layout(self) -> None:
        self.names.clearSelection()
        self.names.setCurrentRow(-1)
        self.show_layout("")
        self.name.setFocus()

    def save_layout(self) -> bool:
        name = self.name.text().strip()
        keys = {kind: columns.keys() for kind, columns in self.lists.items()}
        if not name:
            self._say(self.tr("Give the layout a name first."), error=True)
            return False
        if not all(keys.values()):
            self._say(self.tr("Tick at least one column for each kind."), error=True)
            return False
        try:
            self._desk.ledger_io.save_layout(name, keys)
        except Exception as e:  # StorageUnavailable & co.: str() is the clerk's sentence
            self._say(str(e) or type(e).__name__, error=True)
            return False
        self.reload(select=name)
        self._say(self.tr("Saved “{name}”.").format(name=name))
        return True

    def delete_layout(self) -> None:
        item = self.names.currentItem()
        if item is None:
            return
        self._desk.ledger_io.delete_layout(item.text())
        self.reload()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #c62828;" if error else "color: #1d5e20;")
