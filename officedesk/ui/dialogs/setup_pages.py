"""The set-up wizard's pages except the staff list (setup_staff_page.py). Every page may be left as it is:
Next works with empty fields, and what is skipped keeps the desk's defaults (all editable later in Settings)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizardPage

from officedesk.domain.settings import DEADLINE_PROFILES, DeskSettings
from officedesk.services.desk import Desk
from officedesk.ui.dialogs.settings_output_pages import default_backup_folder
from officedesk.ui.widgets.deadline_periods import ProfileCombo, periods_summary, profile_note
from officedesk.ui.widgets.folder_edit import FolderEdit
from officedesk.ui.widgets.name_list_edit import NameListEdit


def note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class OfficeSetupPage(QWizardPage):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your office"))
        self.setSubTitle(self.tr("The office name heads every printed form and list."))
        self.office_name = QLineEdit()
        self.office_name.setPlaceholderText(self.tr("e.g. 平阳县商务局"))
        current = desk.settings.settings.office_name
        if current != DeskSettings().office_name:  # the placeholder name "××县××局" is not shown as typed text
            self.office_name.setText(current)
        form = QFormLayout(self)
        form.addRow(self.tr("Office &name"), self.office_name)
        form.addRow(note(self.tr("Leave it empty to enter it later in Settings → Office.")))

    def value(self) -> str:
        return self.office_name.text().strip()


class UnitsSetupPage(QWizardPage):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Units and departments"))
        self.setSubTitle(self.tr("The office's own sections and the units under it, offered as handling units."))
        self.units = NameListEdit(self.tr("Type a name and press Enter"))
        self._loaded = desk.settings.units()
        self.units.set_names(self._loaded)
        layout = QVBoxLayout(self)
        layout.addWidget(self.units, 1)
        layout.addWidget(note(self.tr("The list is a starting point; Settings → Lists changes it at any time.")))

    def value(self) -> tuple[str, ...] | None:
        """The list typed, or None when it was left as it was."""
        names = self.units.names()
        return None if names == self._loaded else tuple(names)


class ProfileSetupPage(QWizardPage):
    """The province's deadline profile, with the periods it sets shown beside it."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.setTitle(self.tr("Deadlines"))
        self.setSubTitle(self.tr("Some provinces shorten the national periods. Choose the regulation your "
                                 "office follows."))  # fmt: skip
        self.profile = ProfileCombo()
        self.profile.set_profile(desk.settings.settings.deadline_profile)
        self.note = note("")
        self.note.setObjectName("profileNote")
        summary_box = QGroupBox(self.tr("The periods this sets"))
        self.summary = QFormLayout(summary_box)
        self.summary_values: list[QLabel] = []
        for label, _value in periods_summary(DEADLINE_PROFILES[self.profile.profile()].periods):
            value = QLabel()
            self.summary_values.append(value)
            self.summary.addRow(label, value)
        form = QFormLayout()
        form.addRow(self.tr("&Regulation"), self.profile)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(summary_box)
        layout.addWidget(note(self.tr("Each period can be changed later in Settings → Deadlines.")))
        layout.addStretch(1)
        self.profile.currentIndexChanged.connect(lambda _index: self._show())
        self._show()

    def _show(self) -> None:
        key = self.profile.profile()
        periods = self._desk.settings.settings.with_profile(key).periods
        for value, (_label, text) in zip(self.summary_values, periods_summary(periods), strict=True):
            value.setText(text)
        self.note.setText(profile_note(key))

    def value(self) -> str:
        return self.profile.profile()


class BackupSetupPage(QWizardPage):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Backups"))
        self.setSubTitle(self.tr("Where the copies of the data file are kept."))
        default = default_backup_folder(desk)
        placeholder = self.tr("empty: %1").replace("%1", str(default)) if default else ""
        self.folder = FolderEdit(placeholder, default.parent if default else None)
        self.folder.set_path(desk.settings.settings.backup_dir)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Backup &folder"), self.folder)
        form.addRow(note(self.tr(
            "Leave it empty to keep them in a folder beside the data file. A folder on another disk or a network "
            "drive also survives a broken hard disk.")))  # fmt: skip

    def value(self) -> str:
        return self.folder.path()


class DemoSetupPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Try it out"))
        self.setSubTitle(self.tr("OfficeDesk is ready. Sample data shows what the register, the ledger and the "
                                 "duty table look like in use."))  # fmt: skip
        self.demo = QCheckBox(self.tr("&Load demo data (invented visits, ledger lines and a duty table)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.demo)
        layout.addWidget(note(self.tr(
            "Demo data is marked: the window title says \"demo data\" while it is there, and File → Remove demo "
            "data deletes all of it in one step, leaving everything you entered yourself.")))  # fmt: skip
        layout.addStretch(1)

    def value(self) -> bool:
        return self.demo.isChecked()
