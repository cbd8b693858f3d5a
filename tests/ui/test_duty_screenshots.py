"""Screenshots of the duty screens with the demo duty data, in the bundled CJK font, for a human to look at: saved under
tmp_path and copied to /tmp/duty_ui_png/. The asserts check what a screenshot would show clipped."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QTableView, QWidget

from officedesk.domain.duty import DutyLogEntry, StaffLeave
from officedesk.domain.visits import Visit
from officedesk.services.demo_service import load_demo_duty
from officedesk.services.desk import Desk
from officedesk.ui.dialogs.duty_drafts_dialog import DutyDraftsDialog
from officedesk.ui.dialogs.duty_export_dialog import DutyExportDialog
from officedesk.ui.dialogs.duty_fill_dialog import DutyFillDialog
from officedesk.ui.dialogs.duty_log_entry_dialog import DutyLogEntryDialog
from officedesk.ui.dialogs.duty_range_dialogs import CopyWeekDialog
from officedesk.ui.dialogs.duty_report_sent_dialog import DutyReportSentDialog
from officedesk.ui.dialogs.duty_swap_dialog import DutySwapDialog
from officedesk.ui.dialogs.duty_table_settings_dialog import DutyTableSettingsDialog
from officedesk.ui.dialogs.reception_slot_dialog import ReceptionSlotDialog
from officedesk.ui.dialogs.staff_list_dialog import StaffListDialog
from officedesk.ui.main_window import PAGE_DUTY, MainWindow
from officedesk.ui.models.duty_grid_model import COL_KIND, COL_PHONES
from officedesk.ui.views.duty_grid import SAMPLES
from officedesk.ui.views.duty_view import DutyView

LEAD_DIR = Path("/tmp/duty_ui_png")
SPRING = date(2026, 2, 16)


@pytest.fixture
def shots(tmp_path: Path, qtbot: Any, cjk_font: str) -> Any:
    """`shots(widget, name)`: the widget grabbed to tmp_path/name and copied for the lead; returns the path."""
    LEAD_DIR.mkdir(exist_ok=True)

    def grab(widget: QWidget, name: str) -> Path:
        qtbot.wait(30)  # let the layouts settle
        path = tmp_path / name
        assert widget.grab().save(str(path))
        shutil.copy(path, LEAD_DIR / name)
        assert path.stat().st_size > 5_000
        return path

    return grab


@pytest.fixture
def demo(desk: Desk) -> Desk:
    """The demo duty year, plus a leave that makes a conflict in the 春节 week (a person on leave on duty)."""
    assert load_demo_duty(desk) > 300
    day = desk.duty.days(date(2026, 2, 19), date(2026, 2, 19))[0]
    member = next(m for m in desk.duty.staff() if m.name == day.slot.staff[0])
    assert member.id is not None
    desk.duty.save_leave(StaffLeave(None, member.id, day.slot.day, day.slot.day, "病假"))
    return desk


def fits(widget: QLabel | QAbstractButton) -> bool:
    """Shown in full: as wide as its text needs (a clipped button is narrower)."""
    return widget.width() >= widget.sizeHint().width()


def columns_fit(table: QTableView, samples: dict[int, str]) -> None:
    for column, sample in samples.items():
        assert table.columnWidth(column) >= table.fontMetrics().horizontalAdvance(sample) + 8, (column, sample)


def show(qtbot: Any, widget: QWidget, width: int = 0, height: int = 0) -> None:
    qtbot.addWidget(widget)
    if width:
        widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)


def test_duty_page_in_the_window(demo: Desk, qtbot: Any, shots: Any, cjk_font: str) -> None:
    window = MainWindow(demo)
    show(qtbot, window, 1280, 800)
    window.show_page(PAGE_DUTY)
    view = window.duty_view
    view.select_day(date(2026, 2, 17))  # the demo's swap day: its remark and its history
    view.day_tabs.setCurrentWidget(view.swaps_panel)
    assert view.font().family() == cjk_font
    assert view.model.column_texts(COL_KIND)[0] == "法定节假日（春节）"
    assert view.conflicts_panel.messages(), "the leave makes a conflict"
    columns_fit(view.grid, SAMPLES)
    assert all(fits(b) for b in view.period_bar.findChildren(QAbstractButton))
    assert fits(view.period_bar.title)
    assert view.grid.horizontalScrollBar().maximum() == 0  # every column in sight at 1280 px
    shots(window, "duty_window_spring_week.png")
    menu = window.duty_actions.menu
    menu.adjustSize()  # rendered without popping up (offscreen has no popups to grab)
    shots(menu, "duty_menu.png")


def test_duty_view_conflicts_and_month(demo: Desk, qtbot: Any, shots: Any) -> None:
    view = DutyView(demo)
    show(qtbot, view, 1180, 700)
    view.select_day(SPRING)
    view.show_conflicts()
    shots(view, "duty_view_spring_conflicts.png")
    view.conflicts_panel.choose(0)
    assert view.selected_day() == date(2026, 2, 19)

    view.period_bar.month_action.trigger()
    view.select_day(date(2026, 11, 18))  # two log entries and a report sent
    view.day_tabs.setCurrentWidget(view.log_panel)
    assert view.model.rowCount() == 30 and view.log_panel.model.rowCount() == 2
    assert fits(view.log_panel.zero_button) and fits(view.log_panel.status)
    shots(view, "duty_view_november_log.png")
    view.tabs.setCurrentWidget(view.reception_panel)
    assert view.reception_panel.model.rowCount() > 15
    shots(view, "duty_view_reception.png")


def test_duty_dialog_screenshots(demo: Desk, qtbot: Any, shots: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    fill = DutyFillDialog(demo, date(2026, 12, 28), date(2027, 1, 3), holiday=True, parent=parent)
    show(qtbot, fill)
    assert fits(fill.fill_button) and fits(fill.overwrite)
    shots(fill, "duty_fill_dialog.png")
    fill.overwrite.setChecked(True)
    fill.remember.setChecked(False)
    fill.fill_button.click()
    assert fill.pages.currentIndex() == 1
    shots(fill, "duty_fill_result.png")

    swap = DutySwapDialog(demo, date(2026, 12, 2), parent)
    show(qtbot, swap)
    swap.to_name.setCurrentIndex(1)
    swap.approver.setEditText("王建国")
    swap.reason.setText("临时出差")
    shots(swap, "duty_swap_dialog.png")

    staff = StaffListDialog(demo, parent)
    show(qtbot, staff)
    staff.table.select_row(6)  # 郑芳: a leave in March
    assert staff.leave_model.rowCount() == 1
    columns_fit(staff.table, {0: "孙丽娟", 4: "13805562015", 6: "2026-01-01"})
    shots(staff, "duty_staff_list.png")

    dialogs: list[tuple[QDialog, str]] = [
        (DutyTableSettingsDialog(demo, parent), "duty_table_settings.png"),
        (CopyWeekDialog(demo, SPRING, parent), "duty_copy_week.png"),
        (DutyExportDialog(SPRING, date(2026, 2, 22), "值班安排表-2026-02-16-2026-02-22.xlsx", parent),
         "duty_export_dialog.png"),
        (DutyReportSentDialog(date(2026, 11, 23), parent), "duty_report_sent.png"),
        (DutyLogEntryDialog(demo, DutyLogEntry(None, date(2026, 11, 23), "09:40", "来电", "群众来电反映建设路停水",
                                               "已通知县水务公司抢修", "带班领导陈志强", "09:50"), parent),
         "duty_log_entry.png"),
        (ReceptionSlotDialog(demo, demo.duty.reception_slots(date(2026, 11, 1), date(2026, 11, 30))[0], parent),
         "duty_reception_slot.png"),
    ]  # fmt: skip
    demo.visits.save(Visit(channel="来访", received_at=datetime(2026, 11, 23, 9, 30), petitioner="张三",
                           requests="要求支付拖欠的三个月工资"))  # fmt: skip
    dialogs.append((DutyDraftsDialog(demo.duty.draft_entries(date(2026, 11, 23)), parent), "duty_drafts.png"))
    for dialog, name in dialogs:
        show(qtbot, dialog)
        for button in dialog.findChildren(QAbstractButton):
            if button.isVisible() and button.text():
                assert fits(button), (name, button.text())
        shots(dialog, name)


def test_phone_column_fits_three_mobiles(demo: Desk, qtbot: Any) -> None:
    view = DutyView(demo)
    show(qtbot, view, 1180, 700)
    view.select_day(SPRING)
    texts = view.model.column_texts(COL_PHONES)
    assert max(len(t) for t in texts) >= 37  # leader and two staff on holiday days
    width = max(view.grid.fontMetrics().horizontalAdvance(t) for t in texts)
    assert view.grid.columnWidth(COL_PHONES) >= width
    assert view.model.data(view.model.index(0, COL_PHONES), Qt.ItemDataRole.ToolTipRole).count("：") == 3
