"""The register as a lazy table (like Anki's DataModel): a search stores ids, rows are fetched in pages."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from officedesk.domain.identity import mask_id_number, mask_phone
from officedesk.domain.ids import VisitId
from officedesk.domain.visit_columns import ALL_COLUMNS, COLUMNS_BY_KEY, VisitColumn
from officedesk.domain.visits import Visit, VisitFilter, VisitState
from officedesk.services.desk import Desk

PAGE_SIZE = 200
MAX_PAGES = 25  # rows kept in memory: scrolling through 200k visits must not hold them all
ObjectRole = Qt.ItemDataRole.UserRole + 1
VisitIdRole = Qt.ItemDataRole.UserRole + 2

# Light backgrounds with dark text of the same hue: readable on screen and on a projector.
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
_MASKS = {"phone": mask_phone, "id_number": mask_id_number}

Index = QModelIndex | QPersistentModelIndex


class VisitTableModel(QAbstractTableModel):
    """Rows are visit ids from `search()`; `data()` fills a page cache through desk.visits.fetch()."""

    def __init__(self, desk: Desk, keys: Sequence[str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.columns: list[VisitColumn] = [COLUMNS_BY_KEY[k] for k in keys] if keys else list(ALL_COLUMNS)
        self._ids: list[VisitId] = []
        self._rows: dict[VisitId, tuple[Visit, str]] = {}  # visit and its display state (临期/超期 today)
        self._pages: OrderedDict[int, None] = OrderedDict()  # loaded pages, least recently used first
        self._filter = VisitFilter()
        self._unmasked = False

    # --- searching ------------------------------------------------------------------------------
    def search(self, f: VisitFilter) -> None:
        self.beginResetModel()
        self._filter = f
        self._ids = self.desk.visits.search(f)
        self._rows.clear()
        self._pages.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """After a change: the same filter again (rows may have moved, appeared or left)."""
        self.search(self._filter)

    @property
    def current_filter(self) -> VisitFilter:
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
    def visit_id(self, row: int) -> VisitId:
        return self._ids[row]

    def row_of(self, visit_id: VisitId) -> int | None:
        try:
            return self._ids.index(visit_id)
        except ValueError:
            return None

    def visit(self, row: int) -> Visit:
        return self._entry(row)[0]

    def state(self, row: int) -> str:
        return self._entry(row)[1]

    def column_of(self, key: str) -> int | None:
        return next((i for i, c in enumerate(self.columns) if c.key == key), None)

    def _entry(self, row: int) -> tuple[Visit, str]:
        vid = self._ids[row]
        found = self._rows.get(vid)
        page = row // PAGE_SIZE
        if found is not None:
            if page in self._pages:
                self._pages.move_to_end(page)
        else:
            self._fetch_page(page)
            # A visit deleted underneath us cannot happen from the UI (void only), but never crash on it.
            found = self._rows.get(vid) or (self.desk.visits.get(vid), "")
        return found

    def _fetch_page(self, page: int) -> None:
        if len(self._pages) >= MAX_PAGES:
            oldest, _ = self._pages.popitem(last=False)
            for vid in self._ids[oldest * PAGE_SIZE : (oldest + 1) * PAGE_SIZE]:
                self._rows.pop(vid, None)
        self._pages[page] = None
        ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        for v in self.desk.visits.fetch(ids):
            assert v.id is not None
            self._rows[v.id] = (v, self.desk.visits.state_of(v))

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
            # The Chinese headings are the documents' own column names (DOMAIN.md §4.1), not UI text.
            return self.columns[section].heading
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == VisitIdRole:
            return int(self._ids[index.row()])
        visit, state = self._entry(index.row())
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(visit, state, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return STATE_BACKGROUNDS.get(state)
        if role == Qt.ItemDataRole.ForegroundRole:
            return STATE_FOREGROUNDS.get(state)
        if role == Qt.ItemDataRole.ToolTipRole:
            return visit.requests or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind == "int":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ObjectRole:
            return visit
        return None

    def _display(self, visit: Visit, state: str, column: VisitColumn) -> str:
        if column.key == "state":
            return state
        value = column.get(visit)
        if column.key == "people_count" and isinstance(value, int):
            if self.desk.settings.settings.is_group(value):
                return self.tr("{count} group").format(count=value)  # 集体访 (条例 第二十条)
            return str(value)
        text = _cell_text(value)
        if column.personal and not self._unmasked and column.key in _MASKS:
            text = _MASKS[column.key](text)
        # One line per row: long requests are elided by the view, the tooltip has them in full.
        return text.replace("\r", " ").replace("\n", " ")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
