"""Choose the register's columns and their order; the header itself remembers them (saveState)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from officedesk.ui.widgets.list_moves import move_current_row


class ColumnChooser(QDialog):
    """Tick the columns to show; drag or use the buttons to order them. `apply()` changes the header."""

    def __init__(self, header: QHeaderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns"))
        self.header = header
        model = header.model()
        self.list = QListWidget(self)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            title = str(model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
            item = QListWidgetItem(title, self.list)
            item.setData(Qt.ItemDataRole.UserRole, logical)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if header.isSectionHidden(logical) else Qt.CheckState.Checked)

        up = QPushButton(self.tr("Move up"), self)
        down = QPushButton(self.tr("Move down"), self)
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        side = QVBoxLayout()
        side.addWidget(up)
        side.addWidget(down)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick the columns to show. Drag to change their order."), self))
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(340, 480)

    def _move(self, step: int) -> None:
        move_current_row(self.list, step)

    def chosen(self) -> list[tuple[int, bool]]:
        """(logical column, shown) in the chosen order."""
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            out.append((int(item.data(Qt.ItemDataRole.UserRole)), item.checkState() == Qt.CheckState.Checked))
        return out

    def apply(self) -> None:
        apply_columns(self.header, self.chosen())


def apply_columns(header: QHeaderView, chosen: list[tuple[int, bool]]) -> None:
    if not any(shown for _, shown in chosen):
        return  # a table with no column at all cannot be brought back by the clerk
    for visual, (logical, shown) in enumerate(chosen):
        header.moveSection(header.visualIndex(logical), visual)
        header.setSectionHidden(logical, not shown)
