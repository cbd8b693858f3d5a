"""The register as a lazy table (like Anki's DataModel): a search stores ids, rows are fetched in pages."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QObject

from officedesk.domain.identity import mask_id_number, mask_phone
from officedesk.domain.ids import VisitId
from officedesk.domain.visit_columns import ALL_COLUMNS, COLUMNS_BY_KEY, VisitColumn
from officedesk.domain.visits import Visit, VisitFilter
from officedesk.services.desk import Desk
from officedesk.ui.models.lazy_table_model import STATE_BACKGROUNDS as STATE_BACKGROUNDS
from officedesk.ui.models.lazy_table_model import STATE_FOREGROUNDS as STATE_FOREGROUNDS
from officedesk.ui.models.lazy_table_model import IdRole, LazyTableModel
from officedesk.ui.models.lazy_table_model import ObjectRole as ObjectRole

PAGE_SIZE = 200
MAX_PAGES = 25  # rows kept in memory: scrolling through 200k visits must not hold them all
VisitIdRole = IdRole

_MASKS = {"phone": mask_phone, "id_number": mask_id_number}

# A visit and its display state (临期/超期 today).
_Entry = tuple[Visit, str]


class VisitTableModel(LazyTableModel[VisitFilter, VisitId, _Entry, VisitColumn]):
    """Rows are visit ids from `search()`; `data()` fills a page cache through desk.visits.fetch()."""

    def __init__(self, desk: Desk, keys: Sequence[str] | None = None, parent: QObject | None = None) -> None:
        columns = [COLUMNS_BY_KEY[k] for k in keys] if keys else list(ALL_COLUMNS)
        super().__init__(columns, VisitFilter(), page_size=PAGE_SIZE, max_pages=MAX_PAGES, parent=parent)
        self.desk = desk

    # --- lookups --------------------------------------------------------------------------------
    def visit_id(self, row: int) -> VisitId:
        return self._ids[row]

    def visit(self, row: int) -> Visit:
        return self._entry(row)[0]

    def state(self, row: int) -> str:
        return self._entry(row)[1]

    # --- the lazy table's hooks -----------------------------------------------------------------
    def _search_ids(self, f: VisitFilter) -> list[VisitId]:
        return self.desk.visits.search(f)

    def _load_rows(self, ids: Sequence[VisitId], first_row: int) -> dict[VisitId, _Entry]:
        rows: dict[VisitId, _Entry] = {}
        for v in self.desk.visits.fetch(ids):
            assert v.id is not None
            rows[v.id] = (v, self.desk.visits.state_of(v))
        return rows

    def _load_row(self, row: int, id_: VisitId) -> _Entry:
        # A visit deleted underneath us cannot happen from the UI (void only), but never crash on it.
        return (self.desk.visits.get(id_), "")

    def _heading(self, column: VisitColumn) -> str:
        # The Chinese headings are the documents' own column names (DOMAIN.md §4.1), not UI text.
        return column.heading

    def _state_key(self, entry: _Entry) -> str:
        return entry[1]

    def _tooltip(self, entry: _Entry) -> str | None:
        return entry[0].requests or None

    def _object(self, entry: _Entry) -> Visit:
        return entry[0]

    def _display(self, entry: _Entry, column: VisitColumn) -> str:
        visit, state = entry
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
        return text


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
