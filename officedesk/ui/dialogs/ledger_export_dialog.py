"""How the ledger is exported: which columns (a named layout per recipient), as of which day, for which unit,
and whether phone numbers leave the desk in full."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from officedesk.ui.widgets.button_order import tab_in_shown_order
from officedesk.ui.widgets.optional_date_edit import OptionalDateEdit


@dataclass(frozen=True)
class ExportOptions:
    layout: str | None  # None: the default layout (DOMAIN's headings)
    as_of: date | None
    reporting_unit: str
    masked: bool


class LedgerExportDialog(QDialog):
    """Accepting it means "export with `options()`"; the caller chooses the file and runs the export."""

    def __init__(self, layouts: list[str], today: date, office_name: str, file_name: str,
                 parent: QWidget | None = None, *, layout_name: str = "", masked: bool = True) -> None:  # fmt: skip
        """`layout_name` and `masked`: the office's export defaults (Settings → Export), the choices offered first."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the ledger"))
        intro = QLabel(self.tr("The lines the ledger now shows (its filters apply) go to {file}.").format(
            file=file_name))  # fmt: skip
        intro.setWordWrap(True)
        self.layout_combo = QComboBox()
        self.layout_combo.addItem(self.tr("Default (the ledgers' standard columns)"), None)
        for name in layouts:
            self.layout_combo.addItem(name, name)
        self.layout_combo.setCurrentIndex(max(self.layout_combo.findData(layout_name), 0) if layout_name else 0)
        self.as_of = OptionalDateEdit()
        self.as_of.setDefaultDate(today)
        self.as_of.setToolTip(self.tr("The ledger as it stood that day: lines found by then and not yet crossed off"))
        self.reporting_unit = QLineEdit(office_name)
        self.unmasked = QCheckBox(self.tr("Phone numbers in full"))
        self.unmasked.setChecked(not masked)
        self.unmasked.setToolTip(self.tr("Masked unless ticked; a full export is recorded in the audit log"))
        note = QLabel(self.tr("Phone numbers are masked unless you tick this. Full exports are recorded."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        form = QFormLayout()
        form.addRow(self.tr("Columns"), self.layout_combo)
        form.addRow(self.tr("As of"), self.as_of)
        form.addRow(self.tr("Reporting unit (填报单位)"), self.reporting_unit)
        form.addRow("", self.unmasked)
        form.addRow("", note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        tab_in_shown_order(buttons)
        self.resize(480, 280)

    def options(self) -> ExportOptions:
        data = self.layout_combo.currentData()
        return ExportOptions(
            layout=data if isinstance(data, str) else None,
            as_of=self.as_of.value(),
            reporting_unit=self.reporting_unit.text().strip(),
            masked=not self.unmasked.isChecked(),
        )
