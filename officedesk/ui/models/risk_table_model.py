"""The ledger (隐患台账) as a lazy table: a search stores line ids, rows come in pages through desk.risks.lines()."""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from officedesk.domain.identity import mask_phone
from officedesk.domain.ids import RiskId
from officedesk.domain.risk_columns import ALL_RISK_COLUMNS, LedgerLine, RiskColumn
from officedesk.domain.risk_rules import is_due_within, is_overdue
from officedesk.domain.risks import Risk, RiskFilter, RiskStatus
from officedesk.domain.visits import VisitState
from officedesk.services.desk import Desk
from officedesk.ui.models.visit_table_model import STATE_BACKGROUNDS, STATE_FOREGROUNDS

PAGE_SIZE = 200
MAX_PAGES = 25  # 5,000 lines in memory at most, however far the clerk scrolls through 50,000
ObjectRole = Qt.ItemDataRole.UserRole + 1  # the LedgerLine
RiskIdRole = Qt.ItemDataRole.UserRole + 2

# The register's colour keys, so a ledger line and a visit in the same state look the same.
CLOSED, DUE_SOON, OVERDUE, VOID = VisitState.CLOSED, VisitState.DUE_SOON, VisitState.OVERDUE, VisitState.VOID

Index = QModelIndex | QPersistentModelIndex


class RiskTableModel(QAbstractTableModel):
    """Rows are RiskIds from `search()`; `data()` fills a page cache of LedgerLines (latest 进展, state)."""

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.columns: list[RiskColumn] = list(ALL_RISK_COLUMNS)
        self._ids: list[RiskId] = []
        self._rows: dict[RiskId, LedgerLine] = {}
        self._pages: OrderedDict[int, None] = OrderedDict()  # loaded pages, least recently used first
        self._filter = RiskFilter()
        self._unmasked = False
        self._heading_kind = ""  # a one-kind listing uses that kind's own headings (隐患描述, 整改时限 …)

    # --- searching ------------------------------------------------------------------------------
    def search(self, f: RiskFilter) -> None:
        self.beginResetModel()
        self._filter = f
        self._heading_kind = f.kinds[0] if len(f.kinds) == 1 else ""
        self._ids = self.desk.risks.search(f)
        self._rows.clear()
        self._pages.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """After a change: the same filter again (lines may have moved, appeared or left)."""
        self.search(self._filter)

    @property
    def current_filter(self) -> RiskFilter:
        return self._filter

    def set_unmasked(self, unmasked: bool) -> None:
        if unmasked == self._unmasked:
            return
        self._unmasked = unmasked
        personal = [i for i, c in enumerate(self.columns) if c.personal]
        if personal and self._ids:
            self.dataChanged.emit(self.index(0, min(personal)), self.index(len(self._ids) - 1, max(personal)))

    # --- lookups --------------------------------------------------------------------------------
    def risk_id(self, row: int) -> RiskId:
        return self._ids[row]

    def row_of(self, risk_id: RiskId) -> int | None:
        try:
            return self._ids.index(risk_id)
        except ValueError:
            return None

    def line(self, row: int) -> LedgerLine:
        rid = self._ids[row]
        found = self._rows.get(rid)
        page = row // PAGE_SIZE
        if found is None:
            self._fetch_page(page)
            found = self._rows.get(rid) or LedgerLine(self.desk.risks.get(rid), number=row + 1)
        elif page in self._pages:
            self._pages.move_to_end(page)
        return found

    def column_of(self, key: str) -> int | None:
        return next((i for i, c in enumerate(self.columns) if c.key == key), None)

    def colour_key(self, line: LedgerLine) -> str | None:
        return state_colour(line.risk, self.desk.clock.today(), self.desk.settings.settings.due_soon_days)

    def _fetch_page(self, page: int) -> None:
        if len(self._pages) >= MAX_PAGES:
            oldest, _ = self._pages.popitem(last=False)
            for rid in self._ids[oldest * PAGE_SIZE : (oldest + 1) * PAGE_SIZE]:
                self._rows.pop(rid, None)
        self._pages[page] = None
        ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        for line in self.desk.risks.lines(ids, first_number=page * PAGE_SIZE + 1):
            assert line.risk.id is not None
            self._rows[line.risk.id] = line

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
            # The ledgers' own column names (DOMAIN §4.2/§4.3): document vocabulary, not UI text.
            return self.columns[section].heading_for(self._heading_kind)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == RiskIdRole:
            return int(self._ids[index.row()])
        line = self.line(index.row())
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            key = self.colour_key(line)
            return STATE_BACKGROUNDS.get(key) if key else None
        if role == Qt.ItemDataRole.ForegroundRole:
            key = self.colour_key(line)
            return STATE_FOREGROUNDS.get(key) if key else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.risk.description or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind == "int":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ObjectRole:
            return line
        return None

    def _display(self, line: LedgerLine, column: RiskColumn) -> str:
        value = column.get(line)
        if column.key == "people_involved" and value == 0:
            return ""  # not counted (most hazards involve no group of people)
        text = "" if value is None else value.isoformat() if isinstance(value, date) else str(value)
        if column.personal and not self._unmasked:
            text = mask_phone(text)
        # One line per row: long descriptions are elided by the view, the tooltip has them in full.
        return text.replace("\r", " ").replace("\n", " ")


def state_colour(risk: Risk, today: date, due_soon_days: int) -> str | None:
    """Which of the register's state colours (a VisitState key) a line takes today; None for an ordinary one."""
    if risk.status == RiskStatus.VOID:
        return VOID
    if risk.status == RiskStatus.CLOSED:
        return CLOSED
    if is_overdue(risk, today):
        return OVERDUE
    return DUE_SOON if is_due_within(risk, today, due_soon_days) else None
