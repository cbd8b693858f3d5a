"""A lazy table (like Anki's DataModel): a search stores ids, rows are fetched in pages into a bounded cache.

The register and the ledger are both one. A subclass says how to search, how to load a page of rows and how a row
reads; the paging, the least-recently-used page cache, masking, the state colours and the Qt model rules live here.
"""

from __future__ import annotations

from abc import abstractmethod
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from officedesk.domain.visits import VisitState

ObjectRole = Qt.ItemDataRole.UserRole + 1  # the row's object (a Visit, a LedgerLine)
IdRole = Qt.ItemDataRole.UserRole + 2  # the row's id, as an int

# Light backgrounds with dark text of the same hue: readable on screen and on a projector.
# Keyed by VisitState, so a ledger line and a visit in the same state look the same.
STATE_BACKGROUNDS: dict[str, QColor] = {
    VisitState.CLOSED: QColor("#e2f3e2"),
    VisitState.DUE_SOON: QColor("#fff0c2"),
    VisitState.OVERDUE: QColor("#fbd9d9"),
    VisitState.SUSPENDED: QColor("#ebebeb"),
    VisitState.VOID: QColor("#ebebeb"),
}
STATE_FOREGROUNDS: dict[str, QColor] = {
    VisitState.CLOSED: QColor("#1d5e20"),
    VisitState.DUE_SOON: QColor("#6b4a00"),
    VisitState.OVERDUE: QColor("#9b1118"),
    VisitState.SUSPENDED: QColor("#5a5a5a"),
    VisitState.VOID: QColor("#7a7a7a"),
}

Index = QModelIndex | QPersistentModelIndex


class TableColumn(Protocol):
    """What the model itself reads of a column (VisitColumn, RiskColumn)."""

    @property
    def key(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def personal(self) -> bool: ...


FilterT = TypeVar("FilterT")
IdT = TypeVar("IdT", bound=int)
RowT = TypeVar("RowT")
ColumnT = TypeVar("ColumnT", bound=TableColumn)


class LazyTableModel(QAbstractTableModel, Generic[FilterT, IdT, RowT, ColumnT]):
    """Rows are the ids `search()` found; `data()` fills a cache of rows a page at a time, `max_pages` at most."""

    def __init__(
        self,
        columns: list[ColumnT],
        no_filter: FilterT,
        *,
        page_size: int,
        max_pages: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self._page_size = page_size
        self._max_pages = max_pages
        self._ids: list[IdT] = []
        self._rows: dict[IdT, RowT] = {}
        self._pages: OrderedDict[int, None] = OrderedDict()  # loaded pages, least recently used first
        self._filter = no_filter
        self._unmasked = False

    # --- what a subclass says -------------------------------------------------------------------
    # (Abstract for mypy; no ABCMeta beside Shiboken's metaclass, so Python itself does not enforce it.)
    @abstractmethod
    def _search_ids(self, f: FilterT) -> list[IdT]:
        """The ids the filter finds, in display order."""

    @abstractmethod
    def _load_rows(self, ids: Sequence[IdT], first_row: int) -> dict[IdT, RowT]:
        """One page of rows; `first_row` is the row of ids[0]."""

    @abstractmethod
    def _load_row(self, row: int, id_: IdT) -> RowT:
        """A row its page did not bring (gone underneath us): never crash on it."""

    @abstractmethod
    def _heading(self, column: ColumnT) -> str:
        """The column's heading in the current listing."""

    @abstractmethod
    def _display(self, entry: RowT, column: ColumnT) -> str:
        """The cell's text, masked unless unmasked; the model makes it one line."""

    @abstractmethod
    def _state_key(self, entry: RowT) -> str | None:
        """The row's key into STATE_BACKGROUNDS / STATE_FOREGROUNDS; None or "" for no colour."""

    @abstractmethod
    def _tooltip(self, entry: RowT) -> str | None:
        """The row's long text in full (the cells elide it)."""

    def _object(self, entry: RowT) -> object:
        """What ObjectRole gives: the cached row itself unless a subclass says otherwise."""
        return entry

    # --- searching ------------------------------------------------------------------------------
    def search(self, f: FilterT) -> None:
        self.beginResetModel()
        self._filter = f
        self._ids = self._search_ids(f)
        self._rows.clear()
        self._pages.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """After a change: the same filter again (rows may have moved, appeared or left)."""
        self.search(self._filter)

    @property
    def current_filter(self) -> FilterT:
        return self._filter

    def set_unmasked(self, unmasked: bool) -> None:
        if unmasked == self._unmasked:
            return
        self._unmasked = unmasked
        personal = [i for i, c in enumerate(self.columns) if c.personal]
        if personal and self._ids:
            self.dataChanged.emit(self.index(0, min(personal)), self.index(len(self._ids) - 1, max(personal)))

    @property
    def unmasked(self) -> bool:
        return self._unmasked

    # --- lookups --------------------------------------------------------------------------------
    def id_at(self, row: int) -> IdT:
        return self._ids[row]

    def row_of(self, id_: IdT) -> int | None:
        try:
            return self._ids.index(id_)
        except ValueError:
            return None

    def column_of(self, key: str) -> int | None:
        return next((i for i, c in enumerate(self.columns) if c.key == key), None)

    def _entry(self, row: int) -> RowT:
        id_ = self._ids[row]
        found = self._rows.get(id_)
        page = row // self._page_size
        if found is not None:
            if page in self._pages:
                self._pages.move_to_end(page)
        else:
            self._fetch_page(page)
            found = self._rows.get(id_) or self._load_row(row, id_)
        return found

    def _fetch_page(self, page: int) -> None:
        size = self._page_size
        if len(self._pages) >= self._max_pages:
            oldest, _ = self._pages.popitem(last=False)
            for id_ in self._ids[oldest * size : (oldest + 1) * size]:
                self._rows.pop(id_, None)
        self._pages[page] = None
        self._rows.update(self._load_rows(self._ids[page * size : (page + 1) * size], page * size))

    # --- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._heading(self.columns[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == IdRole:
            return int(self._ids[index.row()])
        entry = self._entry(index.row())
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            # One line per row: long text is elided by the view, the tooltip has it in full.
            return self._display(entry, column).replace("\r", " ").replace("\n", " ")
        if role == Qt.ItemDataRole.BackgroundRole:
            key = self._state_key(entry)
            return STATE_BACKGROUNDS.get(key) if key else None
        if role == Qt.ItemDataRole.ForegroundRole:
            key = self._state_key(entry)
            return STATE_FOREGROUNDS.get(key) if key else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind == "int":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ObjectRole:
            return self._object(entry)
        return None
