"""The side list of the ledger grouped by 责任单位 or 包案领导: each with its lines and overdue lines."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

_OVERDUE = QColor("#9b1118")  # the register's overdue text colour
ValueRole = Qt.ItemDataRole.UserRole


class LedgerGroupPanel(QTreeWidget):
    """Rows (name, lines, overdue); clicking one emits `group_chosen(name)`, the "All" row `group_chosen("")`."""

    group_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Group"), self.tr("Lines"), self.tr("Overdue")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.itemClicked.connect(self._clicked)

    def set_groups(self, groups: list[tuple[str, int, int]], chosen: str) -> None:
        """Show `groups` (from desk.risks.group_counts) under an "All" row; `chosen` is the filtered group."""
        self.blockSignals(True)
        self.clear()
        total = sum(count for _name, count, _overdue in groups)
        overdue = sum(o for _name, _count, o in groups)
        everything = self._add(self.tr("All"), "", total, overdue)
        bold = QFont(everything.font(0))
        bold.setBold(True)
        for column in range(3):
            everything.setFont(column, bold)
        selected = everything
        for name, count, late in groups:
            if not name:
                # Lines without a unit (or leader) cannot be filtered to: listed for the count only.
                item = self._add(self.tr("(not filled in)"), None, count, late)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setForeground(0, QBrush(QColor("#666")))
                continue
            item = self._add(name, name, count, late)
            if name == chosen:
                selected = item
        self.setCurrentItem(selected)
        self.blockSignals(False)

    def _add(self, text: str, value: str | None, count: int, overdue: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [text, str(count), str(overdue) if overdue else ""])
        item.setData(0, ValueRole, value)
        item.setToolTip(0, text)
        for column in (1, 2):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if overdue:
            item.setForeground(2, QBrush(_OVERDUE))
        return item

    def rows(self) -> list[tuple[str, str, str]]:
        """What the list shows, top to bottom (name, lines, overdue)."""
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [(item.text(0), item.text(1), item.text(2)) for item in items if item is not None]

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        value = item.data(0, ValueRole)
        if isinstance(value, str):
            self.group_chosen.emit(value)
