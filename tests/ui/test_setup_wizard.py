"""The first-start wizard: every page filled and finished, every page skipped, demo data offered and removed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from officedesk.domain.duty import StaffRole
from officedesk.domain.settings import DeadlinePeriods, DeskSettings
from officedesk.services.demo_service import demo_counts
from officedesk.services.desk import Desk
from officedesk.services.settings_service import DEFAULT_UNITS
from officedesk.services.setup_service import DEMO_RISKS, DEMO_VISITS
from officedesk.ui.dialogs.setup_wizard import SetupWizard
from officedesk.ui.main_window import MainWindow

PNG_DIR = Path("/tmp/setup_png")
TypeInto = Callable[[QWidget, str], None]


@pytest.fixture
def wizard(qtbot: QtBot, desk: Desk) -> SetupWizard:
    w = SetupWizard(desk)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def click(qtbot: QtBot, wizard: SetupWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_page(qtbot: QtBot, wizard: SetupWizard) -> None:
    before = wizard.currentId()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == before + 1


def test_pages_in_order_each_with_a_title(wizard: SetupWizard) -> None:
    titles = [wizard.page(i).title() for i in wizard.pageIds()]
    assert titles == ["Your office", "Units and departments", "Staff on duty", "Deadlines", "Backups", "Try it out"]
    assert wizard.currentPage() is wizard.office


def test_every_page_filled_then_finish_saves_everything(qtbot: QtBot, desk: Desk, wizard: SetupWizard,
                                                        type_into: TypeInto, tmp_path: Path) -> None:  # fmt: skip
    type_into(wizard.office.office_name, "平阳县商务局")
    next_page(qtbot, wizard)

    units = wizard.units.units
    units.list.setCurrentRow(0)  # 办公室
    qtbot.mouseClick(units.remove_button, Qt.MouseButton.LeftButton)
    type_into(units.entry, "信访室")
    qtbot.keyClick(units.entry, Qt.Key.Key_Return)  # Enter adds the unit: the wizard stays on this page
    assert wizard.currentPage() is wizard.units
    next_page(qtbot, wizard)

    staff = wizard.staff
    type_into(staff.name, "王建国")
    staff.role.setCurrentIndex(staff.role.findData(StaffRole.LEADER))
    type_into(staff.post, "局长")
    type_into(staff.mobile, "13800000001")
    qtbot.keyClick(staff.mobile, Qt.Key.Key_Return)
    assert staff.role.currentData() == StaffRole.LEADER  # kept for the next person: leaders are typed together
    type_into(staff.name, "李明")
    staff.role.setCurrentIndex(staff.role.findData(StaffRole.STAFF))
    type_into(staff.mobile, "13800000002")
    type_into(staff.office_phone, "0577-63212345")
    qtbot.mouseClick(staff.add_button, Qt.MouseButton.LeftButton)
    assert staff.table.rowCount() == 2 and wizard.currentPage() is staff
    next_page(qtbot, wizard)

    profile = wizard.profile
    profile.profile.setCurrentIndex(profile.profile.findData("zhejiang"))
    assert "5 working days" in [v.text() for v in profile.summary_values]  # the resulting periods are shown
    next_page(qtbot, wizard)

    backups = tmp_path / "备份"
    type_into(wizard.backup.folder.edit, str(backups))
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.demo and not wizard.demo.demo.isChecked()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert wizard.result() == QWizard.DialogCode.Accepted
    s = desk.settings.repo.load()
    assert s.office_name == "平阳县商务局"
    assert s.deadline_profile == "zhejiang"
    assert s.periods == DeadlinePeriods(accept_notice_days=5, accept_notice_workdays=True)
    assert s.backup_dir == str(backups)
    assert desk.settings.units() == [*DEFAULT_UNITS[1:], "信访室"]
    people = [(m.name, m.role, m.post, m.mobile, m.office_phone) for m in desk.duty.staff()]
    assert people == [("王建国", StaffRole.LEADER, "局长", "13800000001", ""),
                      ("李明", StaffRole.STAFF, "", "13800000002", "0577-63212345")]  # fmt: skip
    assert desk.visits.count() == 0 and not s.demo_data


def test_every_page_skipped_keeps_the_defaults(qtbot: QtBot, desk: Desk, wizard: SetupWizard) -> None:
    for _ in wizard.pageIds()[1:]:
        next_page(qtbot, wizard)  # Next works with every field empty
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert desk.settings.repo.load() == DeskSettings()
    assert desk.settings.units() == list(DEFAULT_UNITS)
    assert desk.duty.staff() == []
    assert desk.visits.count() == 0


def test_finish_early_and_skip_set_up(qtbot: QtBot, desk: Desk, wizard: SetupWizard, type_into: TypeInto) -> None:
    type_into(wizard.office.office_name, "平阳县商务局")
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Skip set-up"
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert desk.settings.repo.load() == DeskSettings()  # skipped: nothing written

    again = SetupWizard(desk)
    qtbot.addWidget(again)
    again.show()
    type_into(again.office.office_name, "平阳县商务局")
    click(qtbot, again, QWizard.WizardButton.FinishButton)  # "that's enough" on the first page
    assert desk.settings.settings.office_name == "平阳县商务局"


def test_staff_page_refuses_a_nameless_or_repeated_person(qtbot: QtBot, wizard: SetupWizard,
                                                          type_into: TypeInto) -> None:  # fmt: skip
    staff = wizard.staff
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is staff
    qtbot.mouseClick(staff.add_button, Qt.MouseButton.LeftButton)
    assert staff.table.rowCount() == 0 and "name" in staff.message.text()
    for _ in range(2):
        type_into(staff.name, "李明")
        qtbot.keyClick(staff.name, Qt.Key.Key_Return)
    assert staff.table.rowCount() == 1 and "already" in staff.message.text()
    staff.table.selectRow(0)
    qtbot.mouseClick(staff.remove_button, Qt.MouseButton.LeftButton)
    assert staff.members() == []


def test_demo_offered_loaded_marked_and_removed_in_one_step(qtbot: QtBot, desk: Desk, wizard: SetupWizard,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    while wizard.currentPage() is not wizard.demo:
        next_page(qtbot, wizard)
    wizard.demo.demo.setFocus()
    qtbot.keyClick(wizard.demo.demo, Qt.Key.Key_Space)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert desk.visits.count() == DEMO_VISITS
    assert demo_counts(desk)["risks"] == DEMO_RISKS

    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle().endswith(" (demo data)")
    assert window.demo_banner.isVisible() and "Remove demo data" in window.demo_banner.text()
    assert window.remove_demo_action.isEnabled()
    asked: list[str] = []

    def answer(_parent: QWidget, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.remove_demo_action.trigger()

    assert len(asked) == 1 and f"{DEMO_VISITS} visits" in asked[0] and f"{DEMO_RISKS} ledger lines" in asked[0]
    assert desk.visits.count() == 0
    assert demo_counts(desk) == {}
    assert not desk.settings.settings.demo_data
    assert window.windowTitle() == "OfficeDesk — t.db"
    assert not window.demo_banner.isVisible() and not window.remove_demo_action.isEnabled()
    assert window.register_view.model.rowCount() == 0
    assert "removed" in window.notice_label.text()


def test_removal_asks_first(qtbot: QtBot, demo_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Cancel)
    window.remove_demo_action.trigger()
    assert demo_desk.visits.count() == 300 and demo_desk.settings.settings.demo_data


def test_screenshots(qtbot: QtBot, desk: Desk, cjk_font: str) -> None:
    wizard = SetupWizard(desk)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.office.office_name.setText("平阳县商务局")
    wizard.staff.name.setText("王建国")
    wizard.staff.add_member()
    PNG_DIR.mkdir(exist_ok=True)
    assert wizard.font().family() == cjk_font
    names = ["office", "units", "staff", "profile", "backup", "demo"]
    for name in names:
        QApplication.processEvents()
        assert wizard.grab().save(str(PNG_DIR / f"wizard_{wizard.currentId() + 1}_{name}.png"))
        if name == "profile":
            wizard.profile.profile.setCurrentIndex(wizard.profile.profile.findData("zhejiang"))
            assert wizard.grab().save(str(PNG_DIR / "wizard_4_profile_zhejiang.png"))
        wizard.next()


def test_demo_marker_screenshot(qtbot: QtBot, demo_desk: Desk, cjk_font: str) -> None:
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.resize(1100, 560)
    window.show()
    qtbot.waitExposed(window)
    assert window.demo_banner.isVisible() and window.windowTitle().endswith("(demo data)")
    PNG_DIR.mkdir(exist_ok=True)
    assert window.grab().save(str(PNG_DIR / "main_window_demo_banner.png"))
