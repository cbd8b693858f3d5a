"""The register (信访接待登记) screen: filters, search as you type, the lazy table and its empty states."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from officedesk.domain.ids import VisitId
from officedesk.domain.visits import VisitFilter, VisitState
from officedesk.services.desk import Desk
from officedesk.ui.models.visit_table_model import VisitTableModel
from officedesk.ui.views.record_list_view import RecordListView
from officedesk.ui.widgets.column_state import ColumnState
from officedesk.ui.widgets.filter_bar import FilterBar
from officedesk.ui.widgets.record_table import RecordTable
from officedesk.ui.widgets.search_box import SearchBox

# What a clerk needs at a glance, in this order (the state early: it must never scroll out of sight).
DEFAULT_VISIBLE = (
    "reg_no", "state", "received_at", "channel", "people_count", "petitioner", "phone", "category", "requests",
    "disposition", "handling_unit", "due_date",
)  # fmt: skip
# On-screen widths in digit widths: narrower than the printed ones (visit_columns) so the default set fits 1280 px.
SCREEN_WIDTHS = {
    "reg_no": 12, "channel": 7, "received_at": 16, "people_count": 8, "petitioner": 8, "phone": 12,
    "category": 12, "requests": 24, "disposition": 8, "handling_unit": 10, "due_date": 10, "state": 6,
}  # fmt: skip


@dataclass(frozen=True)
class RegisterSummary:
    shown: int
    total: int
    overdue: int
    due_soon: int


class RegisterView(RecordListView[VisitId]):
    """Emits `open_requested(visit_id)` on double-click or Enter, `refreshed` after every search."""

    filter_bar: FilterBar

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.model = VisitTableModel(desk, parent=self)
        self._total: int | None = None  # visits in the register (void excluded); changes only with the data
        self.search_box = SearchBox(self)
        self.filter_bar = FilterBar(desk, self)
        self.table = RecordTable(self.model, self)  # newest first is the register's order
        self.table.setAlternatingRowColors(False)  # the state colours are the row colours
        self.empty_label = self.table.empty_label
        self.column_state = ColumnState(self.table, self.model.columns, "register", DEFAULT_VISIBLE, SCREEN_WIDTHS)

        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)

        self._connect()
        self.run_search()

    # --- searching ------------------------------------------------------------------------------
    def current_filter(self) -> VisitFilter:
        return self.filter_bar.visit_filter(self.search_box.query())

    def refresh(self, select: VisitId | None = None) -> None:
        """After any change: search again, keeping (or moving to) the selected visit where it still shows."""
        self._total = None
        self._refresh_model(select)

    def reload_lists(self) -> None:
        self.filter_bar.reload_lists()

    def selected_visit_id(self) -> VisitId | None:
        return self.selected_id()

    def summary(self) -> RegisterSummary:
        shown = self.model.rowCount()
        if self.model.current_filter == VisitFilter():
            self._total = shown
        elif self._total is None:
            self._total = self.desk.visits.count_matching(VisitFilter())  # counted, not listed: ms at 200k
        total = self._total
        overdue = self.desk.visits.count_matching(VisitFilter(states=(VisitState.OVERDUE,)))
        due_soon = self.desk.visits.count_matching(VisitFilter(states=(VisitState.DUE_SOON,)))
        return RegisterSummary(shown, total, overdue, due_soon)

    # --- empty states ---------------------------------------------------------------------------
    def _update_empty_state(self) -> None:
        if self.model.rowCount() > 0:
            self.table.hide_empty()
        elif self.desk.visits.count() == 0:
            self.table.show_empty(self.tr("No visits yet — press Ctrl+N to register the first one"))
        else:
            self.table.show_empty(self.tr("Nothing matches — clear the filters"))
