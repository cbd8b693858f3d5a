"""The ledger (隐患台账) screen: filters, search as you type, grouping with counts, the lazy table, its counts."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from officedesk.domain.ids import RiskId
from officedesk.domain.risks import RiskFilter
from officedesk.services.desk import Desk
from officedesk.ui.models.risk_table_model import RiskTableModel
from officedesk.ui.views.record_list_view import RecordListView
from officedesk.ui.widgets.column_state import ColumnState
from officedesk.ui.widgets.ledger_filter_bar import LedgerFilterBar
from officedesk.ui.widgets.ledger_group_panel import LedgerGroupPanel
from officedesk.ui.widgets.record_table import RecordTable
from officedesk.ui.widgets.remembered import remember_splitter
from officedesk.ui.widgets.search_box import SearchBox

# At a glance, in this order: the state early, so it never scrolls out of sight. (序号 numbers a printed
# listing; on screen the line's own 编号 identifies it.)
DEFAULT_VISIBLE = (
    "reg_no", "state", "kind", "found_on", "responsible_unit", "description", "level", "lead_leader",
    "responsible_person", "due_date", "progress",
)  # fmt: skip
SCREEN_WIDTHS = {"number": 5, "reg_no": 12, "state": 10, "kind": 9, "description": 26, "progress": 22}
GROUP_WIDTH = 230


class LedgerView(RecordListView[RiskId]):
    """Emits `open_requested(risk_id)` on double-click or Enter, `refreshed` after every search."""

    filter_bar: LedgerFilterBar

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.model = RiskTableModel(desk, parent=self)
        self._total: int | None = None  # lines in the ledger (void excluded); changes only with the data
        self.search_box = SearchBox(self)
        self.search_box.setPlaceholderText(self.tr("Search description, unit, leader, measures, progress…"))
        self.search_box.setToolTip(self.tr("Search all text of the ledger"))
        self.group_by = QComboBox(self)
        self.group_by.addItem(self.tr("No grouping"), "")
        self.group_by.addItem(self.tr("By responsible unit (责任单位)"), "responsible_unit")
        self.group_by.addItem(self.tr("By lead leader (包案领导)"), "lead_leader")
        self.filter_bar = LedgerFilterBar(desk, self)
        self.groups = LedgerGroupPanel(self)
        self.groups.setVisible(False)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("ledgerCounts")
        self.table = RecordTable(self.model, self)  # newest found first is the ledger's order
        self.empty_label = self.table.empty_label
        self.column_state = ColumnState(self.table, self.model.columns, "ledger", DEFAULT_VISIBLE, SCREEN_WIDTHS)
        self._lay_out()

        self._connect()
        self.group_by.currentIndexChanged.connect(self.run_search)
        self.groups.group_chosen.connect(self.filter_to_group)
        self.run_search()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(QLabel(self.tr("Group:"), self))
        top.addWidget(self.group_by)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.groups)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        remember_splitter(splitter, "ledger")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)

    # --- searching ------------------------------------------------------------------------------
    def current_filter(self) -> RiskFilter:
        return self.filter_bar.risk_filter(self.search_box.query())

    def refresh(self, select: RiskId | None = None) -> None:
        """After any change: search again, keeping (or moving to) the selected line where it still shows."""
        self._total = None
        self.filter_bar.reload_lists()  # an edit may have brought a new unit or leader
        self._refresh_model(select)

    def filter_to_group(self, name: str) -> None:
        by = str(self.group_by.currentData() or "")
        combo = self.filter_bar.unit if by == "responsible_unit" else self.filter_bar.leader
        if by:
            self.filter_bar.set_value(combo, name)

    def _after_reset(self, select: RiskId | None) -> None:
        self._update_groups()
        self._update_counts()
        super()._after_reset(select)

    def _update_groups(self) -> None:
        by = str(self.group_by.currentData() or "")
        if bool(by) != self.groups.isVisibleTo(self):
            self.groups.setVisible(bool(by))
            if by:  # a list hidden until now would open at no width at all
                total = sum(self.splitter.sizes())
                self.splitter.setSizes([GROUP_WIDTH, max(total - GROUP_WIDTH, GROUP_WIDTH)])
        if not by:
            return
        # Counted without the group's own filter, so every group stays listed and one click moves to another.
        f = self.model.current_filter
        f = (
            dataclasses.replace(f, responsible_unit="")
            if by == "responsible_unit"
            else dataclasses.replace(f, lead_leader="")
        )
        self.groups.set_groups(self.desk.risks.group_counts(f, by=by), getattr(self.model.current_filter, by))

    def _update_counts(self) -> None:
        f = self.model.current_filter
        days = self.desk.settings.settings.due_soon_days
        shown = self.model.rowCount()
        if f == RiskFilter():
            self._total = shown
        elif self._total is None:
            self._total = self.desk.risks.count_matching(RiskFilter())  # counted, not listed: ms at 50,000
        total = self._total
        overdue = self.desk.risks.count_matching(dataclasses.replace(f, overdue_only=True))
        soon = self.desk.risks.count_matching(dataclasses.replace(f, due_within_days=days))
        text = self.tr("Lines: {total}") if shown == total else self.tr("Lines shown: {shown} of {total}")
        rest = self.tr(" · overdue: {overdue} · due within {days} days: {soon}")
        self.count_label.setText((text + rest).format(shown=shown, total=total, overdue=overdue, soon=soon,
                                                      days=days))  # fmt: skip

    def selected_risk_id(self) -> RiskId | None:
        return self.selected_id()

    # --- empty states ---------------------------------------------------------------------------
    def _update_empty_state(self) -> None:
        if self.model.rowCount() > 0:
            self.table.hide_empty()
        elif self.desk.risks.count_matching(RiskFilter(include_void=True)) == 0:
            self.table.show_empty(self.tr(
                "No ledger lines yet — press Ctrl+Shift+N to record the first one, "
                "or import a unit's sheet from the Ledger menu"))  # fmt: skip
        else:
            self.table.show_empty(self.tr("Nothing matches — clear the filters"))
