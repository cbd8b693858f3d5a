"""The settings pages added for the first-start issue: deadline profile, printing font, export defaults,
backups and the interface language — each loads what is stored and OK writes it back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from officedesk.domain.settings import DeadlinePeriods
from officedesk.paths import bundled_font_path
from officedesk.services.desk import Desk
from officedesk.ui.dialogs.settings_dialog import SettingsDialog
from officedesk.ui.dialogs.settings_output_pages import BackupPage, ExportPage, InterfacePage, PrintingPage
from officedesk.ui.dialogs.settings_pages import DeadlinesPage
from officedesk.ui.i18n import wanted_language
from officedesk.ui.widgets.remembered import stored_language

PNG_DIR = Path("/tmp/setup_png")


def open_dialog(qtbot: QtBot, desk: Desk) -> SettingsDialog:
    dialog = SettingsDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def press_ok(qtbot: QtBot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted


def test_choosing_a_profile_fills_the_periods_which_stay_editable(qtbot: QtBot, desk: Desk) -> None:
    dialog = open_dialog(qtbot, desk)
    deadlines = dialog.page(DeadlinesPage)
    assert deadlines.profile.profile() == "national"
    deadlines.profile.setCurrentIndex(deadlines.profile.findData("zhejiang"))
    deadlines.profile.activated.emit(deadlines.profile.currentIndex())  # as a choice by the clerk
    accept = deadlines.periods["accept_notice_days"]
    assert accept.value() == 5 and deadlines.accept_in_workdays.isChecked()
    assert accept.suffix() == " working days"
    assert "changed" not in deadlines.profile_note.text()
    deadlines.periods["handling_days"].setValue(50)  # still editable after the profile
    assert "changed from the profile" in deadlines.profile_note.text()
    press_ok(qtbot, dialog)
    s = desk.settings.repo.load()
    assert s.deadline_profile == "zhejiang"
    assert s.periods == DeadlinePeriods(accept_notice_days=5, accept_notice_workdays=True, handling_days=50)
    reopened = open_dialog(qtbot, desk).page(DeadlinesPage)
    assert reopened.profile.profile() == "zhejiang" and reopened.periods["handling_days"].value() == 50
    assert reopened.accept_in_workdays.isChecked()
    qtbot.mouseClick(reopened.restore_button, Qt.MouseButton.LeftButton)
    assert reopened.periods["handling_days"].value() == 60  # the profile's own periods again


def test_warning_window_and_group_threshold_round_trip(qtbot: QtBot, desk: Desk) -> None:
    dialog = open_dialog(qtbot, desk)
    deadlines = dialog.page(DeadlinesPage)
    deadlines.due_soon_days.setValue(5)
    deadlines.group_threshold.setValue(10)
    press_ok(qtbot, dialog)
    assert (desk.settings.settings.due_soon_days, desk.settings.settings.group_threshold) == (5, 10)
    assert desk.settings.settings.is_group(10) and not desk.settings.settings.is_group(9)


def test_print_font_round_trip(qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fonts = tmp_path / "Windows" / "Fonts"
    fonts.mkdir(parents=True)
    (fonts / "simfang.ttf").symlink_to(bundled_font_path())
    monkeypatch.setenv("WINDIR", str(tmp_path / "Windows"))
    dialog = open_dialog(qtbot, desk)
    printing = dialog.page(PrintingPage)
    offered = [printing.font_combo.itemData(i) for i in range(printing.font_combo.count())]
    assert offered == ["", "simfang.ttf#0", "bundled"]  # automatic, what this PC has, the bundled font
    assert printing.font_combo.currentIndex() == 0
    printing.font_combo.setCurrentIndex(1)
    press_ok(qtbot, dialog)
    assert desk.settings.settings.print_font == "simfang.ttf#0"
    assert desk.settings.print_fonts().used_files == (str(fonts / "simfang.ttf"),)
    (fonts / "simfang.ttf").unlink()  # the font removed from the PC later: the choice stays visible
    again = open_dialog(qtbot, desk).page(PrintingPage)
    assert again.font_combo.currentData() == "simfang.ttf#0" and "not found" in again.font_combo.currentText()


def test_export_defaults_round_trip(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    desk.ledger_io.save_layout("县应急局", {"safety": ["reg_no", "description"]})
    dialog = open_dialog(qtbot, desk)
    export = dialog.page(ExportPage)
    assert export.masked.isChecked()  # masked by default (DESIGN.md)
    export.layout_combo.setCurrentIndex(export.layout_combo.findData("县应急局"))
    export.masked.setChecked(False)
    export.folder.set_path(str(tmp_path))
    press_ok(qtbot, dialog)
    s = desk.settings.settings
    assert (s.export_layout, s.export_masked, s.export_dir) == ("县应急局", False, str(tmp_path))
    again = open_dialog(qtbot, desk).page(ExportPage)
    assert again.layout_combo.currentData() == "县应急局" and not again.masked.isChecked()
    assert again.folder.path() == str(tmp_path)


def test_backup_location_round_trip(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, desk)
    backup = dialog.page(BackupPage)
    assert backup.folder.path() == "" and str(tmp_path / "backups") in backup.folder.edit.placeholderText()
    assert backup.keep.value() == 10
    backup.folder.set_path(str(tmp_path / "U盘备份"))
    backup.keep.setValue(30)
    press_ok(qtbot, dialog)
    assert (desk.settings.settings.backup_dir, desk.settings.settings.backup_keep) == (str(tmp_path / "U盘备份"), 30)


def test_language_is_kept_for_this_pc_and_read_at_the_next_start(qtbot: QtBot, desk: Desk,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.delenv("OFFICEDESK_LANG", raising=False)
    dialog = open_dialog(qtbot, desk)
    interface = dialog.page(InterfacePage)
    assert interface.language.currentData() == "zh_CN"
    assert [interface.language.itemText(i) for i in range(interface.language.count())] == ["简体中文", "English"]
    assert "next time" in " ".join(label.text() for label in interface.findChildren(type(dialog.message)))
    interface.language.setCurrentIndex(interface.language.findData("en"))
    press_ok(qtbot, dialog)
    assert stored_language() == "en" and wanted_language() == "en"
    assert desk.settings.repo.load().to_dict() == desk.settings.settings.to_dict()  # nothing in the data file


def test_screenshots(qtbot: QtBot, desk: Desk, cjk_font: str) -> None:
    dialog = SettingsDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    PNG_DIR.mkdir(exist_ok=True)
    assert dialog.font().family() == cjk_font
    names = ["office", "deadlines", "lists", "holidays", "printing", "export", "backup", "interface"]
    for row, name in enumerate(names):
        dialog.page_list.setCurrentRow(row)
        QApplication.processEvents()
        assert dialog.grab().save(str(PNG_DIR / f"settings_{row + 1}_{name}.png"))


def test_export_defaults_are_what_an_export_starts_with(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    from datetime import date

    from officedesk.ui.dialogs.ledger_export_dialog import LedgerExportDialog
    from officedesk.ui.widgets.export_file_dialog import start_folder

    stick = tmp_path / "U盘"
    stick.mkdir()
    assert start_folder(str(tmp_path), [stick]) == tmp_path  # the office's folder first
    assert start_folder(str(tmp_path / "gone"), [stick]) == stick  # a folder since removed: the USB stick
    assert start_folder("", []) == Path.home()
    dialog = LedgerExportDialog(["县应急局", "市安办"], date(2026, 11, 23), "平阳县商务局", "x.xlsx",
                                layout_name="市安办", masked=False)  # fmt: skip
    qtbot.addWidget(dialog)
    assert dialog.options().layout == "市安办" and dialog.options().masked is False
    plain = LedgerExportDialog(["县应急局"], date(2026, 11, 23), "平阳县商务局", "x.xlsx", layout_name="已删除")
    qtbot.addWidget(plain)
    assert plain.options().layout is None and plain.options().masked is True
