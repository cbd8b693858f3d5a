"""Small tables (a day's duty log, its swaps, the reception schedule, the staff list) as `set_rows` models.

Like Vorta's ArchiveTableModel: the whole list is handed in, each column is a heading and a getter. Headings
are English source strings marked with QT_TRANSLATE_NOOP and translated in headerData.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
ObjectRole = Qt.ItemDataRole.UserRole + 1  # the row's object


@dataclass(frozen=True)
class Column(Generic[T]):
    heading: str  # marked with QT_TRANSLATE_NOOP(context, …) by the caller
    get: Callable[[T], str]
    tooltip: Callable[[T], str] | None = None


class RowsTableModel(QAbstractTableModel, Generic[T]):
    """Read-only rows; `set_rows` replaces them all (a day's log has a dozen entries at most)."""

    def __init__(self, context: str, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.columns = list(columns)
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row(self, row: int) -> T:
        return self._rows[row]

    def texts(self, column: int) -> list[str]:
        """What one column shows, top to bottom (for tests and screenshots)."""
        return [self.columns[column].get(r) for r in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        entry = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.get(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.tooltip(entry) if column.tooltip is not None else column.get(entry)
            return text or None
        if role == ObjectRole:
            return entry
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self.columns):
            return str(QCoreApplication.translate(self._context, self.columns[section].heading))
        return None
