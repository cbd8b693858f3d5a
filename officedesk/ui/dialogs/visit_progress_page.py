"""The "Progress & history" tab: dated progress notes (进展) and the audit trail of the visit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officedesk.domain.ids import VisitId
from officedesk.domain.visit_columns import COLUMNS_BY_KEY
from officedesk.services.desk import Desk
from officedesk.services.visit_service import ValidationFailed


class VisitProgressPage(QWidget):
    """Notes are added straight away (each is its own audited record), so only a saved visit has them."""

    note_added = Signal()

    def __init__(self, desk: Desk, visit_id: VisitId | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._visit_id = visit_id
        self.notes = QTreeWidget()
        self.notes.setHeaderLabels([self.tr("Date"), self.tr("Progress")])
        self.notes.setRootIsDecorated(False)
        self.notes.setWordWrap(True)
        self.note_date = QDateEdit()
        self.note_date.setCalendarPopup(True)
        self.note_date.setDisplayFormat("yyyy-MM-dd")
        today = desk.clock.today()
        self.note_date.setDate(QDate(today.year, today.month, today.day))
        self.note_text = QLineEdit()
        self.note_text.setPlaceholderText(self.tr("What was done, e.g. visited the site with the handling unit"))
        self.add_button = QPushButton(self.tr("Add note"))
        self.note_message = QLabel()
        self.note_message.setStyleSheet("color: #c62828;")
        self.note_message.setVisible(False)
        self.history = QTreeWidget()
        self.history.setHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Change"), self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        self.history.setRootIsDecorated(False)
        for col, width in enumerate((130, 80, 60, 90, 160)):
            self.history.setColumnWidth(col, width)
        self.notes.setColumnWidth(0, 100)

        add_row = QHBoxLayout()
        add_row.addWidget(self.note_date)
        add_row.addWidget(self.note_text, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Progress notes")))
        layout.addWidget(self.notes, 2)
        layout.addLayout(add_row)
        layout.addWidget(self.note_message)
        if visit_id is None:
            hint = QLabel(self.tr("Save the visit first; then progress notes can be added here."))
            hint.setWordWrap(True)
            layout.addWidget(hint)
            for w in (self.note_date, self.note_text, self.add_button):
                w.setEnabled(False)
        layout.addWidget(QLabel(self.tr("History of changes")))
        layout.addWidget(self.history, 3)
        self.add_button.clicked.connect(self.add_note)
        self.note_text.returnPressed.connect(self.add_note)
        self.reload()

    def reload(self) -> None:
        self.notes.clear()
        self.history.clear()
        if self._visit_id is None:
            return
        for note in self._desk.visits.notes(self._visit_id):
            self.notes.addTopLevelItem(QTreeWidgetItem([note.on_date.isoformat(), note.text]))
        for entry in self._desk.visits.history(self._visit_id):
            column = COLUMNS_BY_KEY.get(entry.field)
            field = column.heading if column is not None else entry.field
            when = entry.at.isoformat(sep=" ", timespec="minutes")
            self.history.addTopLevelItem(QTreeWidgetItem([when, entry.user, entry.action, field, entry.before,
                                                          entry.after]))  # fmt: skip

    def add_note(self) -> None:
        if self._visit_id is None:
            return
        d = self.note_date.date()
        try:
            self._desk.visits.add_note(self._visit_id, date(d.year(), d.month(), d.day()), self.note_text.text())
        except ValidationFailed as failed:
            self.note_message.setText("\n".join(i.message for i in failed.issues))
            self.note_message.setVisible(True)
            self.note_text.setFocus()
            return
        self.note_message.setVisible(False)
        self.note_text.clear()
        self.reload()
        self.note_added.emit()
