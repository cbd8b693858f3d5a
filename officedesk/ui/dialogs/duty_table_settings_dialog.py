"""The printed duty table's header and footnotes (值班电话, 值班时段, 报送时间, 制表人, 审核领导, 注), and the
reception schedule's notes: what offices retype on every table (DOMAIN.md "as offices post them")."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from officedesk.domain.duty import DutyTableSettings
from officedesk.services.desk import Desk
from officedesk.ui.widgets.button_order import chain, form_fields


def _lines(box: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in box.toPlainText().splitlines() if line.strip())


class DutyTableSettingsDialog(QDialog):
    """`load()` from `desk.duty.table_settings()`, `save()` on OK (Picard-style load/save)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Duty table settings"))
        self.duty_phone = QLineEdit()
        self.duty_hours = QLineEdit()
        self.duty_hours.setPlaceholderText("08:30—次日08:30")
        self.report_time = QLineEdit()
        self.report_time.setPlaceholderText("10:00")
        self.report_period = QLineEdit()
        self.report_period.setPlaceholderText("前日17:30—当日8:30")
        self.compiled_by = QLineEdit()
        self.reviewed_by = QLineEdit()
        self.footnotes = QPlainTextEdit()
        self.footnotes.setTabChangesFocus(True)
        self.reception_notes = QPlainTextEdit()
        self.reception_notes.setTabChangesFocus(True)
        self.reception_notes.setMaximumHeight(self.reception_notes.fontMetrics().lineSpacing() * 4 + 14)
        form = QFormLayout()
        form.addRow(self.tr("Duty &phone (值班电话):"), self.duty_phone)
        form.addRow(self.tr("Duty &hours (值班时段):"), self.duty_hours)
        form.addRow(self.tr("Daily report &due by (报送时间):"), self.report_time)
        form.addRow(self.tr("Report per&iod (报告时段):"), self.report_period)
        form.addRow(self.tr("&Compiled by (制表人):"), self.compiled_by)
        form.addRow(self.tr("&Reviewed by (审核领导):"), self.reviewed_by)
        form.addRow(self.tr("&Footnotes, one per line:"), self.footnotes)
        form.addRow(self.tr("Reception schedule &notes:"), self.reception_notes)
        note = QLabel(self.tr("Printed on every duty table and reception schedule; the numbering 1、2、3、 is added "
                              "when printed."))  # fmt: skip
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.message = QLabel()
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        chain(form_fields(form), self.buttons)
        self.duty_phone.setFocus()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(640, 520)
        self.load()

    def load(self) -> None:
        s = self.desk.duty.table_settings()
        for edit, text in ((self.duty_phone, s.duty_phone), (self.duty_hours, s.duty_hours),
                           (self.report_time, s.report_time), (self.report_period, s.report_period),
                           (self.compiled_by, s.compiled_by), (self.reviewed_by, s.reviewed_by)):  # fmt: skip
            edit.setText(text)
        self.footnotes.setPlainText("\n".join(s.footnotes))
        self.reception_notes.setPlainText("\n".join(s.reception_notes))

    def value(self) -> DutyTableSettings:
        return DutyTableSettings(
            duty_phone=self.duty_phone.text().strip(), duty_hours=self.duty_hours.text().strip(),
            report_time=self.report_time.text().strip(), report_period=self.report_period.text().strip(),
            compiled_by=self.compiled_by.text().strip(), reviewed_by=self.reviewed_by.text().strip(),
            footnotes=_lines(self.footnotes), reception_notes=_lines(self.reception_notes),
        )  # fmt: skip

    def accept(self) -> None:
        try:
            self.desk.duty.save_table_settings(self.value())
        except Exception as e:
            self.message.setText(str(e) or type(e).__name__)
            self.message.show()
            return
        super().accept()
