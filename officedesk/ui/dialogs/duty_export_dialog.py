"""Before the duty table leaves the desk: masked mobiles unless the clerk ticks "unmasked". An exported table is
the final one: the service publishes the period (past days then change only through a swap), and this says so."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


@dataclass(frozen=True)
class DutyExportOptions:
    unmasked: bool


class DutyExportDialog(QDialog):
    def __init__(self, first: date, last: date, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export duty table"))
        intro = QLabel(self.tr("The duty table {first} — {last} goes to {file}.").format(
            first=first.isoformat(), last=last.isoformat(), file=file_name))  # fmt: skip
        intro.setWordWrap(True)
        self.unmasked = QCheckBox(self.tr("Unmasked: full mobile numbers (recorded in the audit log)"))
        self.unmasked.setToolTip(self.tr("Without this tick the mobiles read 138****5678"))
        final = QLabel(self.tr("The exported table is the final one: the period is published, and once its days "
                               "are past they change only through a swap (调班)."))  # fmt: skip
        final.setWordWrap(True)
        final.setStyleSheet("color: #555;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.unmasked)
        layout.addWidget(final)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def options(self) -> DutyExportOptions:
        return DutyExportOptions(unmasked=self.unmasked.isChecked())
