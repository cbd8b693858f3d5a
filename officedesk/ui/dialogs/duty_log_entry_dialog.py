"""One entry of the duty log (DOMAIN.md §4.6 情况: 时间 / 来源 / 事项 / 处置 / 已报告对象及时间)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from officedesk.domain.duty import DutyLogEntry
from officedesk.services.desk import Desk

# Where a duty matter comes from: the offices' own words (document vocabulary, not UI text).
SOURCES = ("来电", "来访", "来信", "网上", "上级交办", "台账", "其他")
_TIME = QRegularExpression(r"^$|^([01]?\d|2[0-3]):[0-5]\d$")


class DutyLogEntryDialog(QDialog):
    """Edits `entry` (id None: a new one) and saves it through the duty service; emits `saved(entry)`."""

    saved = Signal(object)

    def __init__(self, desk: Desk, entry: DutyLogEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.entry = entry
        title = self.tr("New log entry") if entry.id is None else self.tr("Edit log entry")
        self.setWindowTitle(f"{title} — {entry.day.isoformat()}")
        self.time = QLineEdit(entry.time)
        self.time.setPlaceholderText("14:20")
        self.time.setValidator(QRegularExpressionValidator(_TIME, self))
        self.time.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:00") * 2)
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.addItems([s for s in SOURCES if s != entry.source] if entry.source else list(SOURCES))
        if entry.source:
            self.source.insertItem(0, entry.source)
        self.source.setCurrentIndex(0)
        self.matter = QPlainTextEdit(entry.matter)
        self.matter.setTabChangesFocus(True)
        self.matter.setPlaceholderText(self.tr("What happened, who called or came, what they asked"))
        self.action = QPlainTextEdit(entry.action)
        self.action.setTabChangesFocus(True)
        self.action.setPlaceholderText(self.tr("What was done about it"))
        for box in (self.matter, self.action):
            box.setMinimumHeight(box.fontMetrics().lineSpacing() * 3 + 14)
        self.reported_to = QLineEdit(entry.reported_to)
        self.reported_to.setPlaceholderText(self.tr("e.g. 县政府办值班室"))
        self.reported_at = QLineEdit(entry.reported_at)
        self.reported_at.setPlaceholderText("15:00")
        self.reported_at.setMaximumWidth(self.time.maximumWidth())
        reported = QHBoxLayout()
        reported.addWidget(self.reported_to, 1)
        reported.addWidget(QLabel(self.tr("at")))
        reported.addWidget(self.reported_at)
        form = QFormLayout()
        form.addRow(self.tr("&Time:"), self.time)
        form.addRow(self.tr("&Source:"), self.source)
        form.addRow(self.tr("&Matter:"), self.matter)
        form.addRow(self.tr("&Action taken:"), self.action)
        reported_label = QLabel(self.tr("&Reported to:"))
        reported_label.setBuddy(self.reported_to)  # a layout row has no buddy of its own: the & would show
        form.addRow(reported_label, reported)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.resize(520, 400)
        (self.matter if entry.time else self.time).setFocus()

    def value(self) -> DutyLogEntry:
        return dataclasses.replace(
            self.entry, time=self.time.text().strip(), source=self.source.currentText().strip(),
            matter=self.matter.toPlainText().strip(), action=self.action.toPlainText().strip(),
            reported_to=self.reported_to.text().strip(), reported_at=self.reported_at.text().strip(),
        )  # fmt: skip

    def save(self) -> None:
        entry = self.value()
        if not entry.matter:
            self._refuse(self.tr("Write what happened (the matter)."))
            self.matter.setFocus()
            return
        try:
            stored = self.desk.duty.save_log_entry(entry)
        except Exception as e:  # DutyRefused, ValidationFailed: the service's sentence
            self._refuse(str(e) or type(e).__name__)
            return
        self.saved.emit(stored)
        self.accept()

    def _refuse(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
