"""Beside a ledger line: its dated progress log (进展) as a timeline, newest first; and its audit history."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officedesk.domain.ids import RiskId
from officedesk.domain.risk_columns import RISK_COLUMNS_BY_KEY
from officedesk.domain.risks import RiskStatus
from officedesk.services.desk import Desk
from officedesk.ui.widgets.date_edit import date_edit
from officedesk.ui.widgets.dated_note import add_dated_note
from officedesk.ui.widgets.field_messages import error_label

# The ledgers' names (DOMAIN §4.2/§4.3) of the fields that have no column of their own.
FIELD_NAMES = {
    "status": "状态", "checker": "排查人", "supervision_level": "督办级别", "supervision_doc_no": "督办文号",
    "supervision_on": "督办日期",
    "completed_on": "整改完成日期", "verified_on": "验收日期", "verify_conclusion": "验收结论",
    "extended_due": "延期时限", "extension_approver": "延期批准人", "extension_reason": "延期理由",
    "void_reason": "作废理由", "related_visit_id": "关联信访登记", "source_unit": "来源单位", "source_no": "来源序号",
}  # fmt: skip


class RiskProgressPanel(QGroupBox):
    """Entries are added at once (each is its own audited record), so only a saved line has them."""

    progress_added = Signal()

    def __init__(self, desk: Desk, risk_id: RiskId | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Progress (进展)"), parent)
        self._desk = desk
        self._risk_id = risk_id
        self.timeline = QTreeWidget()
        self.timeline.setHeaderLabels([self.tr("Date"), self.tr("What was done")])
        self.timeline.setRootIsDecorated(False)
        self.timeline.setWordWrap(True)
        self.timeline.setUniformRowHeights(False)
        self.timeline.header().setStretchLastSection(True)
        self.timeline.setColumnWidth(0, self.fontMetrics().horizontalAdvance("0000-00-00") + 24)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #666;")
        self.on_date = date_edit(desk.clock.today())
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("What was done, e.g. met both parties at the site"))
        self.add_button = QPushButton(self.tr("Add progress"))
        self.add_button.setAutoDefault(False)
        self.message = error_label()
        add_row = QHBoxLayout()
        add_row.addWidget(self.on_date)
        add_row.addWidget(self.text, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.empty)
        layout.addLayout(add_row)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add)
        self.text.returnPressed.connect(self.add)
        self.set_risk(risk_id)

    def set_risk(self, risk_id: RiskId | None) -> None:
        """The line whose log this is (a new line gets one once it is saved)."""
        self._risk_id = risk_id
        for widget in (self.on_date, self.text, self.add_button):
            widget.setEnabled(risk_id is not None)
        self.reload()

    def reload(self) -> None:
        self.timeline.clear()
        entries = self._desk.risks.progress(self._risk_id) if self._risk_id is not None else []
        bold = QFont(self.timeline.font())
        bold.setBold(True)
        for entry in sorted(entries, key=lambda e: (e.on_date, e.id or 0), reverse=True):  # newest first
            item = QTreeWidgetItem(self.timeline, [entry.on_date.isoformat(), entry.text])
            item.setFont(0, bold)
            item.setToolTip(1, entry.text)
        if self._risk_id is None:
            self.empty.setText(self.tr("Save the line first; then progress can be logged here."))
        else:
            self.empty.setText(self.tr("Nothing logged yet."))
        self.empty.setVisible(not entries)

    def entries(self) -> list[tuple[str, str]]:
        """The timeline as shown, top (newest) first."""
        items = (self.timeline.topLevelItem(i) for i in range(self.timeline.topLevelItemCount()))
        return [(item.text(0), item.text(1)) for item in items if item is not None]

    def add(self) -> None:
        risk_id = self._risk_id
        if risk_id is None:
            return
        if add_dated_note(self.on_date, self.text, self.message,
                          lambda on, text: self._desk.risks.add_progress(risk_id, on, text)):  # fmt: skip
            self.reload()
            self.progress_added.emit()


class RiskHistoryPage(QTreeWidget):
    """Every recorded change of the line: when, who, what, before → after (DESIGN.md: every change is audited)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Change"), self.tr("Field"),
                              self.tr("Before"), self.tr("After")])  # fmt: skip
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        for col, width in enumerate((130, 80, 70, 110, 160)):
            self.setColumnWidth(col, width)
        self.header().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)

    def reload(self, risk_id: RiskId | None, kind: str) -> None:
        self.clear()
        if risk_id is None:
            return
        for entry in self._desk.risks.history(risk_id):
            column = RISK_COLUMNS_BY_KEY.get(entry.field)
            field = column.heading_for(kind) if column is not None else FIELD_NAMES.get(entry.field, entry.field)
            before, after = entry.before, entry.after
            if entry.field == "status":  # stored codes, shown as the ledger names them
                before, after = RiskStatus.label(before, kind), RiskStatus.label(after, kind)
            when = entry.at.isoformat(sep=" ", timespec="minutes")
            QTreeWidgetItem(self, [when, entry.user, entry.action, field, before, after])
