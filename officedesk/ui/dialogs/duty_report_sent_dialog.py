"""When the daily report went out: how (传真 / 电话 / 政务内网 / 当面) and to whom; the time is now."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from officedesk.ui.widgets.button_order import chain

# How reports go out (DOMAIN.md §4.6 报送方式): the offices' words, stored as typed.
VIA = ("政务内网", "传真", "电话", "当面")
_LAST = "duty/report_sent"


class DutyReportSentDialog(QDialog):
    """Asks `via()` and `to()`; both are remembered for next time (the same office gets it every day)."""

    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Daily report of {day} sent").format(day=day.isoformat()))
        settings = QSettings("OfficeDesk", "OfficeDesk")
        intro = QLabel(self.tr("Records that the report went out now, by you. How and to whom?"))
        intro.setWordWrap(True)
        self.via_combo = QComboBox()
        self.via_combo.setEditable(True)
        self.via_combo.addItems(VIA)
        last_via = str(settings.value(f"{_LAST}/via", "") or "")
        if last_via:
            self.via_combo.setCurrentText(last_via)
        self.to_combo = QComboBox()
        self.to_combo.setEditable(True)
        last_to = str(settings.value(f"{_LAST}/to", "") or "")
        if last_to:
            self.to_combo.addItem(last_to)
        line = self.to_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("e.g. 县政府总值班室"))
        self.to_combo.setMinimumContentsLength(16)
        form = QFormLayout()
        form.addRow(self.tr("&Via:"), self.via_combo)
        form.addRow(self.tr("&To:"), self.to_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.tr("Record as sent"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        chain([self.via_combo, self.to_combo], self.buttons)  # then "Record as sent", Cancel, as shown
        self.via_combo.setFocus()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.to_combo.editTextChanged.connect(lambda _t: self._update_ok())
        self.via_combo.editTextChanged.connect(lambda _t: self._update_ok())
        self._update_ok()

    def via(self) -> str:
        return self.via_combo.currentText().strip()

    def to(self) -> str:
        return self.to_combo.currentText().strip()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.via() and self.to()))

    def accept(self) -> None:
        if not (self.via() and self.to()):
            return
        settings = QSettings("OfficeDesk", "OfficeDesk")
        settings.setValue(f"{_LAST}/via", self.via())
        settings.setValue(f"{_LAST}/to", self.to())
        super().accept()
