"""Settings pages for what leaves the desk and where: printing font, export defaults, backups, the interface.

Printing, export and backup settings are the office's (in the database); the interface language is this
PC's (QSettings) and takes effect at the next start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QSizePolicy, QSpinBox, QVBoxLayout, QWidget

from officedesk.services.desk import Desk
from officedesk.ui.dialogs.settings_pages import SettingsPage
from officedesk.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES, wanted_language
from officedesk.ui.widgets.folder_edit import FolderEdit
from officedesk.ui.widgets.remembered import store_language, stored_language


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label


def default_backup_folder(desk: Desk) -> Path | None:
    """Where backups go when no folder is set (the backup service's default, beside the data file)."""
    from officedesk.services.backup_service import backup_folder

    return backup_folder(desk.path) if desk.path is not None else None


class PrintingPage(SettingsPage):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.font_combo = QComboBox()
        self.font_combo.addItem(self.tr("Automatic (宋体, 仿宋, 黑体 and 楷体 of this PC, else the bundled font)"), "")
        for key, name in desk.settings.print_font_choices():
            self.font_combo.addItem(name, key)
        form = QFormLayout()
        form.addRow(self.tr("&Font for printed forms"), self.font_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_note(self.tr(
            "Automatic prints body text in 仿宋 and tables in 宋体 as the national standard for official documents "
            "asks, when this PC has them. A chosen font prints all text of every form, and is always embedded in "
            "the PDF, so the printout looks the same on any computer.")))  # fmt: skip
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Printing")

    def load(self) -> None:
        key = self.desk.settings.settings.print_font
        index = self.font_combo.findData(key)
        if index < 0:  # chosen on this PC earlier, the font since removed: keep the choice visible
            self.font_combo.addItem(self.tr("%1 (not found: printed automatically)").replace("%1", key), key)
            index = self.font_combo.count() - 1
        self.font_combo.setCurrentIndex(index)

    def save(self) -> None:
        s = self.desk.settings
        new = s.with_changes(print_font=str(self.font_combo.currentData() or ""))
        if new != s.settings:
            s.save(new)


class ExportPage(SettingsPage):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.layout_combo = QComboBox()
        self.layout_combo.addItem(self.tr("Default (the ledgers' standard columns)"), "")
        for name in (n for n in desk.ledger_io.layouts() if n):
            self.layout_combo.addItem(name, name)
        self.masked = QCheckBox(self.tr("Mask phone and ID numbers unless I choose otherwise"))
        self.masked.setToolTip(self.tr("Each export still asks; this is the answer offered first"))
        self.folder = FolderEdit(self.tr("empty: the first USB stick plugged in, else the home folder"))
        form = QFormLayout()
        form.addRow(self.tr("Ledger &columns"), self.layout_combo)
        form.addRow(self.tr("&Masking"), self.masked)
        form.addRow(self.tr("&Save exports in"), self.folder)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_note(self.tr(
            "These are the choices an export starts with; each export can change them. Column layouts are made "
            "in Ledger → Export layouts.")))  # fmt: skip
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Export")

    def load(self) -> None:
        s = self.desk.settings.settings
        index = self.layout_combo.findData(s.export_layout)
        self.layout_combo.setCurrentIndex(max(index, 0))  # a layout deleted since: the default
        self.masked.setChecked(s.export_masked)
        self.folder.set_path(s.export_dir)

    def save(self) -> None:
        s = self.desk.settings
        new = s.with_changes(export_layout=str(self.layout_combo.currentData() or ""),
                             export_masked=self.masked.isChecked(), export_dir=self.folder.path())  # fmt: skip
        if new != s.settings:
            s.save(new)


class BackupPage(SettingsPage):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        default = default_backup_folder(desk)
        placeholder = self.tr("empty: %1").replace("%1", str(default)) if default else ""
        self.folder = FolderEdit(placeholder, default.parent if default else None)
        self.keep = QSpinBox()
        self.keep.setRange(1, 100)
        self.keep.setSuffix(self.tr(" copies"))
        self.keep.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Backup &folder"), self.folder)
        form.addRow(self.tr("&Keep the newest"), self.keep)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_note(self.tr(
            "A folder on another disk or a network drive survives a broken hard disk; the default folder beside "
            "the data file does not. Older copies beyond the number kept are deleted.")))  # fmt: skip
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Backup")

    def load(self) -> None:
        s = self.desk.settings.settings
        self.folder.set_path(s.backup_dir)
        self.keep.setValue(s.backup_keep)

    def save(self) -> None:
        s = self.desk.settings
        new = s.with_changes(backup_dir=self.folder.path(), backup_keep=self.keep.value())
        if new != s.settings:
            s.save(new)


class InterfacePage(SettingsPage):
    """This PC's language (QSettings), applied at the next start; OFFICEDESK_LANG still overrides it."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("&Language"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_note(self.tr(
            "The language changes the next time OfficeDesk starts. It is kept for this computer, not in the "
            "data file. Printed forms and exported sheets are always in Chinese.")))  # fmt: skip
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Interface")

    def load(self) -> None:
        current = stored_language() or wanted_language({}, "")
        index = self.language.findData(current)
        self.language.setCurrentIndex(index if index >= 0 else self.language.findData(DEFAULT_LANGUAGE))

    def save(self) -> None:
        chosen = str(self.language.currentData())
        if chosen != (stored_language() or DEFAULT_LANGUAGE):
            store_language(chosen)
