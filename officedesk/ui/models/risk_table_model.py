"""The ledger (隐患台账) as a lazy table: a search stores line ids, rows come in pages through desk.risks.lines()."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QObject

from officedesk.domain.identity import mask_phone
from officedesk.domain.ids import RiskId
from officedesk.domain.risk_columns import ALL_RISK_COLUMNS, LedgerLine, RiskColumn
from officedesk.domain.risk_rules import is_due_within, is_overdue
from officedesk.domain.risks import Risk, RiskFilter, RiskStatus
from officedesk.domain.visits import VisitState
from officedesk.services.desk import Desk
from officedesk.ui.models.lazy_table_model import IdRole, LazyTableModel
from officedesk.ui.models.lazy_table_model import ObjectRole as ObjectRole  # the LedgerLine

PAGE_SIZE = 200
MAX_PAGES = 25  # 5,000 lines in memory at most, however far the clerk scrolls through 50,000
RiskIdRole = IdRole

# The register's colour keys, so a ledger line and a visit in the same state look the same.
CLOSED, DUE_SOON, OVERDUE, VOID = VisitState.CLOSED, VisitState.DUE_SOON, VisitState.OVERDUE, VisitState.VOID


class RiskTableModel(LazyTableModel[RiskFilter, RiskId, LedgerLine, RiskColumn]):
    """Rows are RiskIds from `search()`; `data()` fills a page cache of LedgerLines (latest 进展, state)."""

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(list(ALL_RISK_COLUMNS), RiskFilter(), page_size=PAGE_SIZE, max_pages=MAX_PAGES, parent=parent)
        self.desk = desk

    # --- lookups --------------------------------------------------------------------------------
    def risk_id(self, row: int) -> RiskId:
        return self._ids[row]

    def line(self, row: int) -> LedgerLine:
        return self._entry(row)

    def colour_key(self, line: LedgerLine) -> str | None:
        return state_colour(line.risk, self.desk.clock.today(), self.desk.settings.settings.due_soon_days)

    # --- the lazy table's hooks -----------------------------------------------------------------
    def _search_ids(self, f: RiskFilter) -> list[RiskId]:
        return self.desk.risks.search(f)

    def _load_rows(self, ids: Sequence[RiskId], first_row: int) -> dict[RiskId, LedgerLine]:
        rows: dict[RiskId, LedgerLine] = {}
        for line in self.desk.risks.lines(ids, first_number=first_row + 1):
            assert line.risk.id is not None
            rows[line.risk.id] = line
        return rows

    def _load_row(self, row: int, id_: RiskId) -> LedgerLine:
        return LedgerLine(self.desk.risks.get(id_), number=row + 1)

    def _heading(self, column: RiskColumn) -> str:
        # The ledgers' own column names (DOMAIN §4.2/§4.3): document vocabulary, not UI text.
        # A one-kind listing uses that kind's own headings (隐患描述, 整改时限 …).
        kinds = self._filter.kinds
        return column.heading_for(kinds[0] if len(kinds) == 1 else "")

    def _state_key(self, entry: LedgerLine) -> str | None:
        return self.colour_key(entry)

    def _tooltip(self, entry: LedgerLine) -> str | None:
        return entry.risk.description or None

    def _display(self, entry: LedgerLine, column: RiskColumn) -> str:
        value = column.get(entry)
        if column.key == "people_involved" and value == 0:
            return ""  # not counted (most hazards involve no group of people)
        text = "" if value is None else value.isoformat() if isinstance(value, date) else str(value)
        if column.personal and not self._unmasked:
            text = mask_phone(text)
        return text


def state_colour(risk: Risk, today: date, due_soon_days: int) -> str | None:
    """Which of the register's state colours (a VisitState key) a line takes today; None for an ordinary one."""
    if risk.status == RiskStatus.VOID:
        return VOID
    if risk.status == RiskStatus.CLOSED:
        return CLOSED
    if is_overdue(risk, today):
        return OVERDUE
    return DUE_SOON if is_due_within(risk, today, due_soon_days) else None
