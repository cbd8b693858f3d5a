"""An ordered, tickable list of names: drag to reorder or use Up / Down; ticked names take part (rotation order)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from officedesk.ui.widgets.list_moves import move_current_row

NameRole = Qt.ItemDataRole.UserRole


class OrderList(QWidget):
    """`set_names(order, others)`: `order` ticked in that order, then `others` unticked; `names()` the ticked ones."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setToolTip(self.tr("Drag a name, or use Up and Down, to set the order; untick who is left out"))
        style = self.style()
        self.up_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp), self.tr("Up"), self)
        self.down_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown), self.tr("Down"), self)
        self.up_button.setToolTip(self.tr("Move the selected name up (Ctrl+Up)"))
        self.down_button.setToolTip(self.tr("Move the selected name down (Ctrl+Down)"))
        self.up_button.setShortcut("Ctrl+Up")
        self.down_button.setShortcut("Ctrl+Down")
        buttons = QVBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.list.model().rowsMoved.connect(lambda *_a: self.changed.emit())

    def set_names(self, order: Sequence[str], others: Sequence[str] = (), labels: dict[str, str] | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for name, on in [(n, True) for n in order] + [(n, False) for n in others if n not in order]:
            item = QListWidgetItem((labels or {}).get(name, name), self.list)
            item.setData(NameRole, name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsDragEnabled)  # fmt: skip
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.changed.emit()

    def _items(self) -> list[QListWidgetItem]:
        return [item for i in range(self.list.count()) if (item := self.list.item(i)) is not None]

    def names(self) -> list[str]:
        """The ticked names, top to bottom."""
        return [str(i.data(NameRole)) for i in self._items() if i.checkState() == Qt.CheckState.Checked]

    def all_names(self) -> list[str]:
        return [str(i.data(NameRole)) for i in self._items()]

    def move_selected(self, step: int) -> None:
        if move_current_row(self.list, step):
            self.changed.emit()
