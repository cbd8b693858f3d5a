"""One entry of the duty log (DOMAIN.md §4.6 情况: 时间 / 来源 / 事项 / 处置 / 已报告对象及时间)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from officedesk.domain.duty import DutyLogEntry
from officedesk.services.desk import Desk
from officedesk.ui.dialogs.service_dialog import ServiceDialog

# Where a duty matter comes from: the offices' own words (document vocabulary, not UI text).
SOURCES = ("来电", "来访", "来信", "网上", "上级交办", "台账", "其他")
_TIME = QRegularExpression(r"^$|^([01]?\d|2[0-3]):[0-5]\d$")


class DutyLogEntryDialog(ServiceDialog):
    """Edits `entry` (id None: a new one) and saves it through the duty service; emits `saved(entry)`."""

    def __init__(self, desk: Desk, entry: DutyLogEntry, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent, form_stretch=1)
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
        self.form.addRow(self.tr("&Time:"), self.time)
        self.form.addRow(self.tr("&Source:"), self.source)
        self.form.addRow(self.tr("&Matter:"), self.matter)
        self.form.addRow(self.tr("&Action taken:"), self.action)
        reported_label = QLabel(self.tr("&Reported to:"))
        reported_label.setBuddy(self.reported_to)  # a layout row has no buddy of its own: the & would show
        self.form.addRow(reported_label, reported)
        self.resize(520, 400)
        (self.matter if entry.time else self.time).setFocus()

    def value(self) -> DutyLogEntry:
        return dataclasses.replace(
            self.entry, time=self.time.text().strip(), source=self.source.currentText().strip(),
            matter=self.matter.toPlainText().strip(), action=self.action.toPlainText().strip(),
            reported_to=self.reported_to.text().strip(), reported_at=self.reported_at.text().strip(),
        )  # fmt: skip

    def store(self) -> object:
        entry = self.value()
        if not entry.matter:
            self.refuse(self.tr("Write what happened (the matter)."))
            self.matter.setFocus()
            return None
        return self.desk.duty.save_log_entry(entry)
