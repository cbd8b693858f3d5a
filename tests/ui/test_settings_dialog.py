"""The settings dialog: each page loads what the desk holds and OK writes it back through the services."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from officedesk.domain.calendar import CalendarOverride, OverrideKind
from officedesk.domain.ids import VisitId
from officedesk.domain.visits import Category
from officedesk.services.desk import Desk
from officedesk.ui.dialogs.settings_dialog import SettingsDialog
from officedesk.ui.dialogs.settings_holidays_page import HolidaysPage, last_official_year
from officedesk.ui.dialogs.settings_lists_page import ListsPage
from officedesk.ui.dialogs.settings_pages import DeadlinesPage, OfficePage

PREVIEW_DIR = Path("/tmp/ui_preview")


@pytest.fixture
def dialog(qtbot: QtBot, desk: Desk) -> SettingsDialog:
    d = SettingsDialog(desk)
    qtbot.addWidget(d)
    d.show()
    return d


def press_ok(qtbot: QtBot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)


def accepted_visit(desk: Desk) -> VisitId:
    """Accepted 2026-11-02: §34 60日 ends 2027-01-01 (a Friday, not yet an official holiday)."""
    draft = desk.visits.new_draft().replace(
        received_at=datetime(2026, 11, 1, 9, 0), petitioner="张三", requests="要求答复", accepted_on=date(2026, 11, 2)
    )
    saved = desk.visits.save(draft).visit
    assert saved.id is not None and saved.due_date == date(2027, 1, 1)
    return saved.id


def test_pages_are_listed_and_switched(dialog: SettingsDialog) -> None:
    titles = [dialog.page_list.item(i).text() for i in range(dialog.page_list.count())]
    assert titles == ["Office", "Deadlines", "Lists", "Holidays", "Printing", "Export", "Backup", "Interface"]
    dialog.page_list.setCurrentRow(3)
    assert dialog.stack.currentWidget() is dialog.page(HolidaysPage)


def test_handling_period_round_trip_recomputes_open_visits(qtbot: QtBot, desk: Desk) -> None:
    visit_id = accepted_visit(desk)
    dialog = SettingsDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    spin = dialog.page(DeadlinesPage).periods["handling_days"]
    assert spin.value() == 60
    spin.selectAll()
    qtbot.keyClicks(spin, "45")
    press_ok(qtbot, dialog)
    assert desk.settings.settings.periods.handling_days == 45
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert desk.visits.get(visit_id).due_date == date(2026, 12, 17)
    assert dialog.recomputed == 1
    reopened = SettingsDialog(desk)
    qtbot.addWidget(reopened)
    assert reopened.page(DeadlinesPage).periods["handling_days"].value() == 45


def test_period_labels_name_their_article(dialog: SettingsDialog) -> None:
    deadlines = dialog.page(DeadlinesPage)
    labels = [label.text() for label in deadlines.findChildren(QLabel)]
    assert "Acceptance notice (§23)" in labels
    assert "Handling (§34)" in labels


def test_holiday_entered_for_next_year_moves_a_deadline(qtbot: QtBot, desk: Desk) -> None:
    visit_id = accepted_visit(desk)
    dialog = SettingsDialog(desk)
    qtbot.addWidget(dialog)
    holidays = dialog.page(HolidaysPage)
    holidays.day.setDate(QDate(2027, 1, 1))
    holidays.name.setText("元旦")
    holidays.source.setText("国办发明电〔2026〕×号")
    qtbot.mouseClick(holidays.add_button, Qt.MouseButton.LeftButton)
    assert holidays.table.item(0, 1).text() == "法定节假日"
    press_ok(qtbot, dialog)
    assert desk.settings.calendar_overrides() == [
        CalendarOverride(date(2027, 1, 1), OverrideKind.HOLIDAY, "元旦", "国办发明电〔2026〕×号")
    ]
    # 民法典 第二百零三条: the last day is now a holiday; 1-2 and 1-3 are a weekend → Monday 1-4.
    assert desk.visits.get(visit_id).due_date == date(2027, 1, 4)


def test_holiday_removed(qtbot: QtBot, desk: Desk) -> None:
    desk.settings.put_calendar_override(CalendarOverride(date(2027, 1, 1), OverrideKind.HOLIDAY, "元旦"))
    desk.settings.put_calendar_override(CalendarOverride(date(2027, 2, 6), OverrideKind.MAKEUP_WORKDAY, "春节"))
    dialog = SettingsDialog(desk)
    qtbot.addWidget(dialog)
    holidays = dialog.page(HolidaysPage)
    assert holidays.table.rowCount() == 2
    assert holidays.table.item(1, 1).text() == "调休上班（补班）"
    holidays.table.selectRow(0)
    qtbot.mouseClick(holidays.remove_button, Qt.MouseButton.LeftButton)
    press_ok(qtbot, dialog)
    assert [o.day for o in desk.settings.calendar_overrides()] == [date(2027, 2, 6)]


def test_note_names_the_last_official_year(desk: Desk) -> None:
    # chinese-calendar 1.11 covers 2004–2026 (PLATFORM.md); a newer release may add a year.
    assert last_official_year(desk.clock.today()) >= 2026


def test_empty_office_name_is_refused_and_nothing_written(qtbot: QtBot, desk: Desk, dialog: SettingsDialog) -> None:
    before = desk.settings.settings
    office = dialog.page(OfficePage)
    office.office_name.clear()
    dialog.page(DeadlinesPage).periods["handling_days"].setValue(30)
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.message.isVisible() and "office name" in dialog.message.text()
    assert dialog.stack.currentWidget() is office
    assert desk.settings.settings == before


def test_office_and_operator_saved(qtbot: QtBot, desk: Desk, dialog: SettingsDialog) -> None:
    office = dialog.page(OfficePage)
    office.office_name.selectAll()
    qtbot.keyClicks(office.office_name, "Pingyang")
    qtbot.keyClicks(office.operator, "clerk-wang")
    press_ok(qtbot, dialog)
    assert (desk.settings.settings.office_name, desk.settings.settings.operator) == ("Pingyang", "clerk-wang")
    assert dialog.recomputed == -1  # no period or calendar changed: the clocks stay as they are


def test_lists_edited(qtbot: QtBot, desk: Desk, dialog: SettingsDialog) -> None:
    lists = dialog.page(ListsPage)
    qtbot.mouseClick(lists.add_category, Qt.MouseButton.LeftButton)
    new_top = lists.categories.currentItem()
    new_top.setText(0, "交通运输")
    qtbot.mouseClick(lists.add_subcategory, Qt.MouseButton.LeftButton)
    lists.categories.currentItem().setText(0, "出租车")
    lists.categories.setCurrentItem(lists.categories.topLevelItem(0))  # 劳动社保
    qtbot.mouseClick(lists.remove_category, Qt.MouseButton.LeftButton)
    lists.units.setCurrentRow(0)  # 办公室
    qtbot.mouseClick(lists.remove_unit, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(lists.add_unit, Qt.MouseButton.LeftButton)
    lists.units.currentItem().setText("信访室")
    press_ok(qtbot, dialog)
    categories = desk.settings.categories()
    assert Category("交通运输", children=("出租车",)) in categories
    assert "劳动社保" not in [c.name for c in categories]
    assert desk.settings.units()[-1] == "信访室" and "办公室" not in desk.settings.units()


def test_cancel_writes_nothing(qtbot: QtBot, desk: Desk, dialog: SettingsDialog) -> None:
    before = (desk.settings.settings, desk.settings.categories(), desk.settings.units())
    dialog.page(DeadlinesPage).periods["handling_days"].setValue(30)
    dialog.page(ListsPage).units.clear()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert (desk.settings.settings, desk.settings.categories(), desk.settings.units()) == before


def test_screenshots(qtbot: QtBot, desk: Desk, cjk_font: str) -> None:
    desk.settings.put_calendar_override(CalendarOverride(date(2027, 1, 1), OverrideKind.HOLIDAY, "元旦", "国务院通知"))
    dialog = SettingsDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    PREVIEW_DIR.mkdir(exist_ok=True)
    assert dialog.font().family() == cjk_font
    for row, name in enumerate(("office", "deadlines", "lists", "holidays")):
        dialog.page_list.setCurrentRow(row)
        assert dialog.grab().save(str(PREVIEW_DIR / f"settings_dialog_{name}.png"))


def test_the_three_kinds_of_calendar_day_the_notices_use(qtbot: QtBot, desk: Desk) -> None:
    dialog = SettingsDialog(desk)
    qtbot.addWidget(dialog)
    holidays = dialog.page(HolidaysPage)
    labels = [holidays.kind.itemText(i) for i in range(holidays.kind.count())]
    assert labels == ["法定节假日", "调休放假", "调休上班（补班）"]
    holidays.day.setDate(QDate(2027, 2, 12))
    holidays.kind.setCurrentIndex(1)
    holidays.name.setText("春节")
    qtbot.mouseClick(holidays.add_button, Qt.MouseButton.LeftButton)
    assert holidays.table.item(0, 1).text() == "调休放假"
    press_ok(qtbot, dialog)
    assert desk.settings.calendar_overrides() == [CalendarOverride(date(2027, 2, 12), OverrideKind.DAY_OFF, "春节", "")]
    assert desk.settings.calendar.is_rest_day(date(2027, 2, 12))
