"""DutyActions in a plain main window around a DutyView: the 值班 menu, toolbar and shortcuts; fill from rotation,
swap, copy, clear, publish, print and export the table; the staff list, the table settings; the day's log and
daily report; the reception schedule."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from officedesk.domain.duty import StaffLeave, StaffRole
from officedesk.domain.visits import Visit
from officedesk.services.desk import Desk
from officedesk.ui import duty_actions
from officedesk.ui.dialogs.duty_drafts_dialog import DutyDraftsDialog
from officedesk.ui.dialogs.duty_export_dialog import DutyExportDialog
from officedesk.ui.dialogs.duty_fill_dialog import DutyFillDialog
from officedesk.ui.dialogs.duty_log_entry_dialog import DutyLogEntryDialog
from officedesk.ui.dialogs.duty_range_dialogs import ClearRangeDialog, CopyWeekDialog
from officedesk.ui.dialogs.duty_report_sent_dialog import DutyReportSentDialog
from officedesk.ui.dialogs.duty_swap_dialog import DutySwapDialog
from officedesk.ui.dialogs.duty_table_settings_dialog import DutyTableSettingsDialog
from officedesk.ui.dialogs.staff_list_dialog import StaffListDialog
from officedesk.ui.dialogs.staff_member_dialog import RetireDialog, StaffLeaveDialog, StaffMemberDialog
from officedesk.ui.dialogs.void_dialog import VoidDialog
from officedesk.ui.duty_actions import DutyActions
from officedesk.ui.models.duty_grid_model import COL_LEADER, COL_REMARKS, COL_STAFF
from officedesk.ui.print_preview import PdfPreviewDialog
from officedesk.ui.views.duty_view import DutyView

SPRING = date(2026, 2, 16)
TODAY = date(2026, 11, 23)


@pytest.fixture
def actions(duty_desk: Desk, qtbot: Any) -> DutyActions:
    window = QMainWindow()
    qtbot.addWidget(window)
    view = DutyView(duty_desk, window)
    acts = DutyActions(duty_desk, view, window)
    window.addToolBar(acts.install(window.menuBar()))
    window.setCentralWidget(view)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    return acts


def only(actions: DutyActions, kind: type[QDialog]) -> Any:
    found = [d for d in actions.window.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, found
    return found[0]


def column(actions: DutyActions, col: int) -> list[str]:
    return actions.view.model.column_texts(col)


def fill_week(actions: DutyActions, monday: date) -> DutyFillDialog:
    actions.view.select_day(monday)
    actions.fill_action.trigger()
    dialog: DutyFillDialog = only(actions, DutyFillDialog)
    dialog.fill_button.click()
    return dialog


def test_menu_toolbar_shortcuts_and_tooltips(actions: DutyActions) -> None:
    keys = {actions.fill_action: "Ctrl+Shift+R", actions.swap_action: "Ctrl+Shift+W",
            actions.print_action: "Ctrl+Shift+D", actions.export_action: "Ctrl+Shift+X",
            actions.staff_action: "Ctrl+Shift+M", actions.view.period_bar.previous_action: "Alt+Left",
            actions.view.period_bar.next_action: "Alt+Right", actions.view.period_bar.today_action: "Alt+Home",
            actions.view.log_panel.log_actions.add_action: "Ctrl+Shift+L",
            actions.view.log_panel.log_actions.print_action: "Ctrl+Alt+D"}  # fmt: skip
    for action, shortcut in keys.items():
        assert action.shortcut() == QKeySequence(shortcut), action.text()
        assert action.toolTip().endswith(f"({shortcut})"), action.toolTip()
    menu = actions.menu
    assert menu.title() == "&Duty"
    assert all("&" in a.text() for a in menu.actions() if not a.isSeparator())
    assert actions.toolbar is not None
    assert [a.iconText() for a in actions.toolbar.actions() if not a.isSeparator()] == [
        "Fill from rotation", "Copy week to", "Swap shift", "Publish period", "Print duty table",
        "Export duty table", "Staff list"]  # fmt: skip
    assert "Duty ▸ Swap shift (Ctrl+Shift+W)" in actions.view.swaps_panel.table.empty_label.text()


def test_fill_a_week_from_rotation_shows_names_and_who_was_skipped(actions: DutyActions) -> None:
    duty = actions.desk.duty
    zhou = next(m for m in duty.staff() if m.name == "周敏")
    assert zhou.id is not None
    duty.save_leave(StaffLeave(None, zhou.id, SPRING, date(2026, 2, 17), "年休假"))
    actions.view.select_day(SPRING)
    actions.fill_action.trigger()
    dialog: DutyFillDialog = only(actions, DutyFillDialog)
    assert dialog.holiday.isChecked()  # a 春节 week offers the holiday roster
    assert dialog.leaders.names() == ["王建国", "李卫东"]
    assert dialog.staff.names() == ["周敏", "吴磊", "郑芳", "冯军"]
    dialog.staff.list.setCurrentRow(3)
    dialog.staff.move_selected(-3)  # 冯军 first
    assert dialog.staff.names()[0] == "冯军"
    dialog.fill_button.click()
    assert dialog.pages.currentIndex() == 1 and dialog.fill_result is not None
    assert dialog.summary.text() == "7 days written, 2026-02-16 — 2026-02-22."
    skipped = [dialog.skipped_list.item(i).text() for i in range(dialog.skipped_list.count())]  # type: ignore[union-attr]
    assert any("周敏" in s for s in skipped), skipped
    assert all(column(actions, COL_LEADER)) and all(column(actions, COL_STAFF))
    assert column(actions, COL_STAFF)[0] == "冯军"
    assert "周敏" not in column(actions, COL_STAFF)[0] + column(actions, COL_STAFF)[1]
    assert duty.rotation_rules(holiday=True).staff_order[0] == "冯军"  # remembered for next time
    dialog.fill_button.click()  # Close
    assert not dialog.isVisible()
    assert actions.view.count_label.text().startswith("7 of 7 days filled")


def test_swap_shift_shows_the_remark_and_the_history(actions: DutyActions) -> None:
    fill_week(actions, SPRING).close()
    day = date(2026, 2, 18)
    actions.view.select_day(day)
    row = actions.view.model.row_of(day)
    assert row is not None
    before = actions.view.model.day(row).slot.staff[0]
    actions.swap_action.trigger()
    dialog: DutySwapDialog = only(actions, DutySwapDialog)
    dialog.role.setCurrentIndex(dialog.role.findData(StaffRole.STAFF))
    assert dialog.from_name.currentText() == before
    replacement = next(n for n in ("周敏", "吴磊", "郑芳", "冯军") if n not in actions.view.model.day(row).slot.staff)
    dialog.to_name.setEditText(replacement)
    dialog.approver.setEditText("王建国")
    dialog.reason.setText("家中有事")
    assert dialog.swap_button.isEnabled()
    dialog.swap_button.click()
    assert not dialog.isVisible()
    remark = f"调班：{before}→{replacement}（王建国批准）"
    assert column(actions, COL_REMARKS)[2] == remark
    assert replacement in column(actions, COL_STAFF)[2]
    swaps = actions.view.swaps_panel.model
    assert swaps.rowCount() == 1 and swaps.texts(2) == [before] and swaps.texts(3) == [replacement]
    assert swaps.texts(5) == ["家中有事"]
    assert actions.view.swaps_panel.heading.text().startswith("Swaps on 2026-02-18 星期三: 1")


def test_swap_without_approver_is_not_offered(actions: DutyActions) -> None:
    fill_week(actions, SPRING).close()
    actions.view.select_day(SPRING)
    actions.swap_action.trigger()
    dialog: DutySwapDialog = only(actions, DutySwapDialog)
    dialog.to_name.setEditText("冯军")
    assert not dialog.swap_button.isEnabled()


def test_copy_week_and_clear_days(actions: DutyActions) -> None:
    fill_week(actions, SPRING).close()
    leaders = column(actions, COL_LEADER)
    actions.copy_week_action.trigger()
    copy: CopyWeekDialog = only(actions, CopyWeekDialog)
    assert copy.target_label.text() == "2026-02-23 — 2026-03-01"
    copy.ok_button.click()
    actions.view.period_bar.next_action.trigger()
    assert column(actions, COL_LEADER) == leaders

    actions.clear_action.trigger()
    clear: ClearRangeDialog = only(actions, ClearRangeDialog)
    clear.ok_button.click()
    assert column(actions, COL_LEADER) == [""] * 7
    assert "Nobody is on duty in this period yet" in actions.view.guide.text()


def test_a_locked_week_refuses_the_copy_in_the_clerks_words(actions: DutyActions) -> None:
    duty = actions.desk.duty
    duty.fill(date(2026, 11, 9), date(2026, 11, 22))
    duty.publish(date(2026, 11, 16), date(2026, 11, 22))
    actions.view.select_day(date(2026, 11, 10))
    actions.copy_week_action.trigger()
    copy: CopyWeekDialog = only(actions, CopyWeekDialog)
    copy.ok_button.click()
    assert copy.isVisible() and "已发布且已过去" in copy.message.text()


def test_publish_marks_the_period(actions: DutyActions, monkeypatch: pytest.MonkeyPatch) -> None:
    fill_week(actions, SPRING).close()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    actions.publish_action.trigger()
    assert actions.view.count_label.text() == "7 of 7 days filled · 0 conflicts · 7 published"
    assert actions.view.model.day(0).locked  # February is past: only a swap changes it now


def test_print_duty_table_opens_the_preview(actions: DutyActions) -> None:
    fill_week(actions, SPRING).close()
    actions.print_action.trigger()
    preview: PdfPreviewDialog = only(actions, PdfPreviewDialog)
    assert preview.pdf_bytes.startswith(b"%PDF") and preview.pages.count >= 1
    assert preview.windowTitle() == "Duty table 2026-02-16 — 2026-02-22"
    preview.close()


def test_export_masks_phones_unless_ticked_and_publishes(actions: DutyActions, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    fill_week(actions, SPRING).close()
    masked, full = tmp_path / "masked.xlsx", tmp_path / "full"
    chosen = iter([(str(masked), "Excel workbook (*.xlsx)"), (str(full), "Excel workbook (*.xlsx)")])
    monkeypatch.setattr(duty_actions, "ask_export_path", lambda *a, **k: next(chosen))
    actions.export_action.trigger()
    only(actions, DutyExportDialog).accept()
    actions.export_action.trigger()
    dialog: DutyExportDialog = only(actions, DutyExportDialog)
    dialog.unmasked.setChecked(True)
    dialog.accept()
    texts = [" ".join(str(c.value) for row in load_workbook(p).active.iter_rows() for c in row if c.value)
             for p in (masked, tmp_path / "full.xlsx")]  # fmt: skip
    assert "138****1001" in texts[0] and "13805561001" not in texts[0]
    assert "13805561001" in texts[1]
    assert actions.view.count_label.text().endswith("7 published")  # the exported table is the final one


FEBRUARY_BY_WEEK = ["2月1日", "2月2日—8日", "2月9日—14日", "2月15日—23日（春节）", "2月24日—28日"]


def show_february(actions: DutyActions) -> None:
    actions.desk.duty.fill(date(2026, 2, 1), date(2026, 2, 28))
    actions.view.select_day(SPRING)
    actions.view.period_bar.month_action.trigger()
    assert actions.view.period() == (date(2026, 2, 1), date(2026, 2, 28))


def test_print_weekly_overview_sits_beside_print_and_previews_a_row_a_week(actions: DutyActions) -> None:
    show_february(actions)
    entries = [a for a in actions.menu.actions() if not a.isSeparator()]
    assert entries.index(actions.print_week_action) == entries.index(actions.print_action) + 1
    assert actions.print_week_action.text() == "Print weekly o&verview…"
    assert "按周汇总" in actions.print_week_action.toolTip()
    actions.print_week_action.trigger()
    preview: PdfPreviewDialog = only(actions, PdfPreviewDialog)
    assert preview.windowTitle() == "Duty table by week 2026-02-01 — 2026-02-28" and preview.pages.count == 1
    text = "".join("".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(preview.pdf_bytes)).pages)
    assert "时间带班领导值班人员手机" in text and "星期" not in text
    assert all(when in text for when in ("2月2日—8日", "2月9日—14日", "2月24日—28日")) and "2月15日—23日" in text
    preview.close()


def test_export_by_week_writes_a_row_a_week_and_is_remembered(actions: DutyActions, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    show_february(actions)
    target = tmp_path / "二月.xlsx"
    monkeypatch.setattr(duty_actions, "ask_export_path", lambda *a, **k: (str(target), "Excel workbook (*.xlsx)"))
    actions.export_action.trigger()
    dialog: DutyExportDialog = only(actions, DutyExportDialog)
    assert dialog.by_day.isChecked() and not dialog.by_week.isChecked()  # a row a day, as before
    dialog.by_week.click()
    dialog.accept()
    ws = load_workbook(target).active
    assert ws is not None and [c.value for c in ws[3]] == ["时间", "带班领导", "值班人员", "手机"]
    assert [ws.cell(r, 1).value for r in range(4, 4 + len(FEBRUARY_BY_WEEK))] == FEBRUARY_BY_WEEK
    assert "138****1001" in str(ws["D4"].value)  # masked: the box was not ticked
    assert actions.view.count_label.text().endswith("28 published")
    actions.export_action.trigger()
    again: DutyExportDialog = only(actions, DutyExportDialog)
    assert again.by_week.isChecked()  # the office posts the same shape every time
    again.reject()


def test_staff_list_adds_retires_and_records_leave(actions: DutyActions) -> None:
    actions.staff_action.trigger()
    dialog: StaffListDialog = only(actions, StaffListDialog)
    assert dialog.model.texts(0) == ["王建国", "李卫东", "周敏", "吴磊", "郑芳", "冯军"]
    dialog.add_button.click()
    member: StaffMemberDialog = only(actions, StaffMemberDialog)
    member.name.setText("马俊")
    member.mobile.setText("13805562018")
    member.buttons.button(member.buttons.StandardButton.Save).click()
    assert dialog.model.texts(0)[-1] == "马俊" and dialog.selected() is not None
    assert dialog.selected().name == "马俊"  # type: ignore[union-attr]

    dialog.add_leave_button.click()
    leave: StaffLeaveDialog = only(actions, StaffLeaveDialog)
    leave.reason.setText("年休假")
    leave.buttons.button(leave.buttons.StandardButton.Save).click()
    assert dialog.leave_model.texts(2) == ["年休假"]

    dialog.retire_button.click()
    retire: RetireDialog = only(actions, RetireDialog)
    assert retire.windowTitle() == "Retire 马俊"
    retire.last_day.setDate(QDate(2026, 11, 22))
    retire.buttons.button(retire.buttons.StandardButton.Save).click()
    assert "马俊" not in dialog.model.texts(0)  # left yesterday: listed only with "Show people who have left"
    dialog.show_left.setChecked(True)
    assert "马俊" in dialog.model.texts(0)
    assert "马俊" not in [m.name for m in actions.desk.duty.staff(active_on=date(2026, 11, 24))]


def test_empty_staff_list_dialog_says_how_to_start(desk: Desk, qtbot: Any) -> None:
    dialog = StaffListDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "press Add person…" in dialog.table.empty_label.text()


def test_table_settings_are_saved(actions: DutyActions) -> None:
    actions.settings_action.trigger()
    dialog: DutyTableSettingsDialog = only(actions, DutyTableSettingsDialog)
    assert dialog.duty_hours.text() == "08:30—次日08:30"
    dialog.duty_phone.setText("0556-5123456")
    dialog.footnotes.setPlainText("值班人员24小时在岗。\n\n每日上午10时前报送。")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    saved = actions.desk.duty.table_settings()
    assert saved.duty_phone == "0556-5123456"
    assert saved.footnotes == ("值班人员24小时在岗。", "每日上午10时前报送。")


# --- the day's log and daily report ---------------------------------------------------------------
def test_log_entry_added_edited_and_deleted_with_a_reason(actions: DutyActions, qtbot: Any) -> None:
    log = actions.view.log_panel
    assert log.day == TODAY
    log.log_actions.add_action.trigger()
    entry: DutyLogEntryDialog = only(actions, DutyLogEntryDialog)
    assert entry.time.text() == "10:00"  # now, on today's log
    entry.source.setCurrentText("来电")
    entry.matter.setPlainText("群众来电反映建设路停水")
    entry.buttons.button(entry.buttons.StandardButton.Save).click()
    assert log.model.texts(2) == ["群众来电反映建设路停水"]
    assert not log.log_actions.zero_action.isEnabled()

    log.table.select_row(0)
    log.log_actions.delete_action.trigger()
    void: VoidDialog = only(actions, VoidDialog)
    assert void.windowTitle() == "Delete log entry" and not void.void_button.isEnabled()
    void.reason_edit.setPlainText("记重了")
    void.void_button.click()
    assert log.model.rowCount() == 0 and log.log_actions.zero_action.isEnabled()


def test_drafts_from_the_register_are_chosen_then_added(actions: DutyActions) -> None:
    from datetime import datetime

    actions.desk.visits.save(Visit(channel="来访", received_at=datetime(2026, 11, 23, 9, 30), petitioner="张三",
                                   requests="要求支付拖欠的三个月工资"))  # fmt: skip
    log = actions.view.log_panel
    log.log_actions.drafts_action.trigger()
    dialog: DutyDraftsDialog = only(actions, DutyDraftsDialog)
    assert dialog.list.count() >= 1 and len(dialog.chosen()) == dialog.list.count()
    dialog.add_button.click()
    assert log.model.rowCount() == dialog.list.count()
    assert any("工资" in m for m in log.model.texts(2))


def test_report_marked_sent(actions: DutyActions) -> None:
    log = actions.view.log_panel
    log.log_actions.zero_action.trigger()
    log.log_actions.sent_action.trigger()
    dialog: DutyReportSentDialog = only(actions, DutyReportSentDialog)
    dialog.via_combo.setCurrentText("传真")
    dialog.to_combo.setEditText("县政府总值班室")
    dialog.ok_button.click()
    report = actions.desk.duty.report(TODAY)
    assert report.sent_via == "传真" and report.sent_to == "县政府总值班室" and report.sent_at is not None
    assert log.status.text() == ("Daily report: zero report (无事报平安) · sent 2026-11-23 10:00 by 传真 to "
                                 "县政府总值班室")  # fmt: skip


def test_daily_report_preview_opens(actions: DutyActions) -> None:
    actions.view.log_panel.log_actions.zero_action.trigger()
    actions.view.log_panel.log_actions.print_action.trigger()
    preview: PdfPreviewDialog = only(actions, PdfPreviewDialog)
    assert preview.pdf_bytes.startswith(b"%PDF") and preview.windowTitle() == "Daily report 2026-11-23"
    preview.close()


# --- the reception schedule ---------------------------------------------------------------------
def test_reception_drafted_from_duty_leaders_and_printed(actions: DutyActions,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    actions.desk.duty.fill(date(2026, 11, 1), date(2026, 11, 30))
    panel = actions.view.reception_panel
    assert panel.table.empty_label.isVisible() or panel.model.rowCount() == 0
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.draft_action.trigger()
    assert panel.model.rowCount() == 21  # the working days of November 2026
    assert set(panel.model.texts(4)) <= {"王建国", "李卫东"}
    panel.table.select_row(0)
    panel.delete_action.trigger()
    assert panel.model.rowCount() == 20
    panel.print_action.trigger()
    preview: PdfPreviewDialog = only(actions, PdfPreviewDialog)
    assert preview.pdf_bytes.startswith(b"%PDF")
    preview.close()


def test_menu_entries_bring_the_duty_page_forward(actions: DutyActions) -> None:
    shown: list[bool] = []
    actions.show_page = lambda: shown.append(True)
    actions.view.period_bar.next_action.trigger()
    actions.staff_action.trigger()
    assert shown == [True, True]
    only(actions, StaffListDialog).close()


def test_shortcuts_from_any_page_bring_the_duty_page(duty_desk: Desk, qtbot: Any, show_active: Any) -> None:
    from PySide6.QtCore import Qt

    from officedesk.ui.main_window import PAGE_DUTY, PAGE_REGISTER, MainWindow

    window = show_active(MainWindow(duty_desk))
    assert window.nav.currentRow() == PAGE_REGISTER
    alt = Qt.KeyboardModifier.AltModifier
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Right, alt)
    assert window.nav.currentRow() == PAGE_DUTY
    assert window.duty_view.period() == (date(2026, 11, 30), date(2026, 12, 6))
    window.show_page(PAGE_REGISTER)
    qtbot.keyClick(window, Qt.Key.Key_M, ctrl_shift)
    assert window.nav.currentRow() == PAGE_DUTY
    only(window.duty_actions, StaffListDialog).close()


def test_full_numbers_on_screen_follow_the_window_switch(duty_desk: Desk, qtbot: Any) -> None:
    from officedesk.ui.main_window import MainWindow
    from officedesk.ui.models.duty_grid_model import COL_PHONES

    duty_desk.duty.fill(TODAY, date(2026, 11, 29))
    window = MainWindow(duty_desk)
    qtbot.addWidget(window)
    model = window.duty_view.model
    assert model.column_texts(COL_PHONES)[0].startswith("138****")
    window.unmask_action.trigger()
    assert model.column_texts(COL_PHONES)[0].startswith("13805561")


def test_small_models_pass_the_model_tester(actions: DutyActions, qtmodeltester: Any) -> None:
    actions.desk.duty.fill(date(2026, 11, 1), date(2026, 11, 30))
    panel = actions.view.reception_panel
    for slot in actions.desk.duty.draft_reception(panel.first, panel.last):
        actions.desk.duty.save_reception_slot(slot)
    panel.refresh()
    qtmodeltester.check(panel.model)
    qtmodeltester.check(actions.view.log_panel.model)
