"""The first start: a short wizard that sets the office up. Every page can be skipped (Next works with empty
fields) and everything stays editable in Settings; Finish writes all of it through the services in one go."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard

from officedesk.services.desk import Desk
from officedesk.services.setup_service import SetupChoices, SetupResult, apply_setup
from officedesk.ui.dialogs.setup_pages import (
    BackupSetupPage,
    DemoSetupPage,
    OfficeSetupPage,
    ProfileSetupPage,
    UnitsSetupPage,
)
from officedesk.ui.dialogs.setup_staff_page import StaffSetupPage


class SetupWizard(QWizard):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.result_: SetupResult | None = None
        self.setWindowTitle(self.tr("Set up OfficeDesk"))
        # One look on every PC (the Aero style of Windows draws its own title area) and a Back on every page.
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)  # "that's enough": finish now
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Skip set-up"))
        self.office = OfficeSetupPage(desk)
        self.units = UnitsSetupPage(desk)
        self.staff = StaffSetupPage()
        self.profile = ProfileSetupPage(desk)
        self.backup = BackupSetupPage(desk)
        self.demo = DemoSetupPage()
        for page in (self.office, self.units, self.staff, self.profile, self.backup, self.demo):
            page.setFinalPage(True)  # Finish is enabled on every page: the rest keeps its defaults
            self.addPage(page)
        self.resize(720, 520)

    def choices(self) -> SetupChoices:
        return SetupChoices(
            office_name=self.office.value(),
            units=self.units.value(),
            staff=tuple(self.staff.members()),
            deadline_profile=self.profile.value(),
            backup_dir=self.backup.value(),
            demo=self.demo.value(),
        )

    def accept(self) -> None:
        """Finish: write everything; a refusal is shown and the wizard stays open with all that was typed."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result_ = apply_setup(self._desk, self.choices())
        except Exception as e:  # DutyRefused, StorageUnavailable …: str() is the clerk's sentence
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Set-up not saved"), str(e) or type(e).__name__)
            return
        QApplication.restoreOverrideCursor()
        super().accept()
