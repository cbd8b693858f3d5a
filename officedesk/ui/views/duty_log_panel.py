"""The selected day's duty log (值班日志) and daily report (日报告, DOMAIN.md §4.6): entries, drafts from the day's
register and ledger, "无事报平安" in one click, when and how the report went, and its printed sheet."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from officedesk.domain.duty import DailyReport, DutyLogEntry
from officedesk.services.desk import Desk
from officedesk.ui.duty_log_actions import DutyLogActions
from officedesk.ui.models.rows_table_model import Column, RowsTableModel
from officedesk.ui.widgets.record_table import RecordTable

LOG_COLUMNS: tuple[Column[DutyLogEntry], ...] = (
    Column(str(QT_TRANSLATE_NOOP("DutyLogPanel", "Time")), lambda e: e.time),
    Column(str(QT_TRANSLATE_NOOP("DutyLogPanel", "Source")), lambda e: e.source),
    Column(str(QT_TRANSLATE_NOOP("DutyLogPanel", "Matter")), lambda e: e.matter),
    Column(str(QT_TRANSLATE_NOOP("DutyLogPanel", "Action taken")), lambda e: e.action),
    Column(str(QT_TRANSLATE_NOOP("DutyLogPanel", "Reported to, at")),
           lambda e: " ".join(p for p in (e.reported_to, e.reported_at) if p)),
)  # fmt: skip
ZERO_STYLE = "QToolButton#zeroReport { font-size: 12pt; font-weight: bold; padding: 8px 12px; }"


class DutyLogPanel(QWidget):
    """`set_day(day)` shows that day's log; `changed` after any entry or report change, `notice` for the status bar."""

    changed = Signal()
    notice = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.day: date | None = None
        self.report: DailyReport | None = None
        self.model: RowsTableModel[DutyLogEntry] = RowsTableModel("DutyLogPanel", LOG_COLUMNS, self)
        self.table = RecordTable(self.model, self)
        self.table.setObjectName("dutyLogTable")
        self.table.horizontalHeader().setSectionsMovable(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, self.fontMetrics().horizontalAdvance("00:00") + 24)
        self.table.setColumnWidth(1, self.fontMetrics().horizontalAdvance("上级交办") + 24)
        self.table.setColumnWidth(3, self.fontMetrics().horizontalAdvance("国") * 12)
        self.table.setColumnWidth(4, self.fontMetrics().horizontalAdvance("国") * 8)
        self.heading = QLabel(self)
        self.heading.setObjectName("dutyLogHeading")
        self.status = QLabel(self)
        self.status.setObjectName("dailyReportStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.handover = QLineEdit(self)
        self.handover.setPlaceholderText(self.tr("Matters handed over to the next shift (交接事项); saved when you "
                                                 "leave the field"))  # fmt: skip
        self.log_actions = DutyLogActions(desk, self)
        self._lay_out()
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_enabled())
        self.table.activated.connect(lambda _index: self.log_actions.edit_entry())
        self.handover.editingFinished.connect(self._save_handover)
        self.set_day(None)

    def _lay_out(self) -> None:
        a = self.log_actions
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.status)
        grid.addLayout(top, 0, 0, 1, 2)
        grid.addWidget(self.table, 1, 0, 2, 1)
        column = QGridLayout()
        column.setVerticalSpacing(4)
        self.buttons: list[QToolButton] = []
        for row, action in enumerate((a.add_action, a.edit_action, a.delete_action, a.drafts_action, a.zero_action,
                                      a.sent_action, a.print_action)):  # fmt: skip
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            if action is a.zero_action:
                button.setObjectName("zeroReport")
                button.setStyleSheet(ZERO_STYLE)
                button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
                self.zero_button = button
            column.addWidget(button, row, 0)
            self.buttons.append(button)
        column.setRowStretch(7, 1)
        grid.addLayout(column, 1, 1)
        handover_row = QGridLayout()
        handover_row.addWidget(QLabel(self.tr("Handover:"), self), 0, 0)
        handover_row.addWidget(self.handover, 0, 1)
        grid.addLayout(handover_row, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(2, 1)

    def tab_chain(self) -> list[QWidget]:
        """Tab stops as shown: the log, the buttons beside it top to bottom, the handover line under both."""
        return [self.table, *self.buttons, self.handover]

    # --- the day ----------------------------------------------------------------------------------
    def set_day(self, day: date | None) -> None:
        self.day = day
        self.refresh()

    def refresh(self) -> None:
        day = self.day
        if day is None:
            self.model.set_rows([])
            self.report = None
            self.heading.setText(self.tr("Duty log"))
            self.status.setText("")
            self.handover.setText("")
            self.table.show_empty(self.tr("Select a day in the table above to see its duty log"))
        else:
            entries = self.desk.duty.log_entries(day)
            self.model.set_rows(entries)
            self.report = self.desk.duty.report(day)
            self.heading.setText(self.tr("Duty log of {day}").format(day=day.isoformat()))
            self.status.setText(self._status_text(self.report, len(entries)))
            if not self.handover.hasFocus():
                self.handover.setText(self.report.handover)
            if entries:
                self.table.hide_empty()
            else:
                self.table.show_empty(self.tr(
                    "Nothing logged on this day. Add an entry, add drafts from the day's register and ledger, or — "
                    "if nothing happened — send a zero report in one click."))  # fmt: skip
        self._update_enabled()

    def selected_entry(self) -> DutyLogEntry | None:
        row = self.table.selected_row()
        return self.model.row(row) if row is not None else None

    def _status_text(self, report: DailyReport, entries: int) -> str:
        if report.zero:
            what = self.tr("Daily report: zero report (无事报平安)")
        else:
            what = self.tr("Daily report: {count} entries").format(count=entries)
        if report.sent_at is None:
            return what + self.tr(" · not sent yet")
        sent = self.tr(" · sent {time} by {via} to {to}")
        return what + sent.format(time=report.sent_at.strftime("%Y-%m-%d %H:%M"), via=report.sent_via or "—",
                                  to=report.sent_to or "—")  # fmt: skip

    def _update_enabled(self) -> None:
        has_day = self.day is not None
        entries = self.model.rowCount()
        a = self.log_actions
        for action in (a.add_action, a.drafts_action, a.sent_action, a.print_action):
            action.setEnabled(has_day)
        for action in (a.edit_action, a.delete_action):
            action.setEnabled(self.selected_entry() is not None)
        self.handover.setEnabled(has_day)
        zero_done = self.report is not None and self.report.zero
        a.zero_action.setEnabled(has_day and entries == 0 and not zero_done)
        if entries:
            a.zero_action.setToolTip(self.tr("The day has log entries: a zero report is only for a day when nothing "
                                             "happened. Send the report with its entries (Mark sent…)."))  # fmt: skip
        elif zero_done:
            a.zero_action.setToolTip(self.tr("The zero report of this day is recorded"))
        else:
            a.zero_action.setToolTip(self.tr("Nothing happened on this day: record the zero report "
                                             "(本时段内无异常情况) in one click"))  # fmt: skip

    def _save_handover(self) -> None:
        if self.day is None or self.report is None or self.handover.text().strip() == self.report.handover:
            return
        self.log_actions.save_report(dataclasses.replace(self.report, handover=self.handover.text().strip()))
