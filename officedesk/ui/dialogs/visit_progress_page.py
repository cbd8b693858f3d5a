"""The "Progress & history" tab: dated progress notes (进展) and the audit trail of the visit."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
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
from officedesk.ui.widgets.date_edit import date_edit
from officedesk.ui.widgets.dated_note import add_dated_note


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
        self.note_date = date_edit(desk.clock.today())
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
        visit_id = self._visit_id
        if visit_id is None:
            return
        if add_dated_note(self.note_date, self.note_text, self.note_message,
                          lambda on, text: self._desk.visits.add_note(visit_id, on, text)):  # fmt: skip
            self.reload()
            self.note_added.emit()
