"""DutyView: the 春节 week coloured and named, week/month navigation, in-cell editing of leader, staff and remarks,
a locked day that points to 调班, conflicts that select their day, the day's log and daily report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from officedesk.domain.calendar import DayKind
from officedesk.domain.duty import DutyLogEntry, DutySlot, StaffLeave
from officedesk.services.desk import Desk
from officedesk.ui.models.duty_grid_model import (
    COL_CONFLICTS,
    COL_DATE,
    COL_KIND,
    COL_LEADER,
    COL_PHONES,
    COL_REMARKS,
    COL_STAFF,
    KIND_BACKGROUNDS,
    DutyGridModel,
)
from officedesk.ui.views.duty_delegates import StaffChecklist
from officedesk.ui.views.duty_period_bar import MONTH, WEEK
from officedesk.ui.views.duty_view import DutyView

ShowView = Callable[[DutyView], DutyView]
SPRING = date(2026, 2, 16)  # Monday of the 春节 week: 2月15日–23日 are 法定节假日


def at(view: DutyView, day: date, column: int) -> QModelIndex:
    row = view.model.row_of(day)
    assert row is not None, day
    return view.model.index(row, column)


def text(view: DutyView, day: date, column: int) -> str:
    return str(view.model.data(at(view, day, column)) or "")


def fill_week(desk: Desk, monday: date) -> None:
    """Leaders by week, one person a day, from the staff list's own order."""
    desk.duty.fill(monday, monday.replace(day=monday.day + 6))


@pytest.fixture
def view(duty_desk: Desk, show_view: ShowView) -> DutyView:
    return show_view(DutyView(duty_desk))


def test_spring_festival_week_is_coloured_and_named(view: DutyView) -> None:
    view.select_day(SPRING)
    assert view.period() == (SPRING, date(2026, 2, 22))
    assert view.model.rowCount() == 7
    assert view.model.column_texts(COL_KIND) == ["法定节假日（春节）"] * 7
    background = view.model.data(at(view, SPRING, COL_KIND), Qt.ItemDataRole.BackgroundRole)
    assert background == KIND_BACKGROUNDS[DayKind.HOLIDAY]
    assert view.period_bar.title.text() == "2026-02-16 — 2026-02-22 · week 8 of 2026"

    view.select_day(date(2026, 2, 14))  # the Saturday before: a make-up working day (调休上班)
    assert view.period() == (date(2026, 2, 9), date(2026, 2, 15))
    assert text(view, date(2026, 2, 14), COL_KIND) == "调休上班（春节）"
    amber = view.model.data(at(view, date(2026, 2, 14), COL_KIND), Qt.ItemDataRole.BackgroundRole)
    assert amber == KIND_BACKGROUNDS[DayKind.MAKEUP_WORKDAY]
    assert view.model.data(at(view, date(2026, 2, 9), COL_KIND), Qt.ItemDataRole.BackgroundRole) is None


def test_week_and_month_navigation(view: DutyView) -> None:
    today = date(2026, 11, 23)
    assert view.period_bar.mode() == WEEK and view.selected_day() == today
    assert view.model.data(at(view, today, COL_DATE), Qt.ItemDataRole.FontRole).bold()  # today stands out
    view.period_bar.month_action.trigger()
    assert view.period() == (date(2026, 11, 1), date(2026, 11, 30)) and view.model.rowCount() == 30
    assert view.selected_day() == today  # the day stays selected when the period grows around it
    view.period_bar.previous_action.trigger()
    assert view.period() == (date(2026, 10, 1), date(2026, 10, 31))
    view.period_bar.date_edit.setDate(view.period_bar.date_edit.date().addMonths(-8))
    assert view.period() == (date(2026, 2, 1), date(2026, 2, 28))
    view.period_bar.today_action.trigger()
    view.period_bar.week_action.trigger()
    assert view.period() == (today, date(2026, 11, 29))
    assert view.reception_panel.first == date(2026, 11, 1)  # the reception schedule follows the month


def test_empty_period_says_what_to_do(desk: Desk, duty_desk: Desk, show_view: ShowView) -> None:
    view = show_view(DutyView(duty_desk))
    assert view.guide.isVisible()
    assert "Nobody is on duty in this period yet" in view.guide.text() and "Fill from rotation" in view.guide.text()
    fill_week(duty_desk, date(2026, 11, 23))
    view.refresh()
    assert not view.guide.isVisible()
    assert view.count_label.text() == "7 of 7 days filled · 0 conflicts · 0 published"


def test_no_staff_list_says_to_start_there(desk: Desk, show_view: ShowView) -> None:
    view = show_view(DutyView(desk))
    assert "No staff list yet" in view.guide.text() and "Staff list" in view.guide.text()


def test_leader_is_chosen_from_a_combo_of_active_leaders(view: DutyView, qtbot: Any) -> None:
    fill_week(view.desk, SPRING)
    view.select_day(SPRING)
    view.refresh()
    before = text(view, SPRING, COL_LEADER)
    index = at(view, SPRING, COL_LEADER)
    view.grid.setCurrentIndex(index)
    view.grid.edit(index)
    combo = view.grid.findChild(QComboBox, "leaderEditor")
    assert isinstance(combo, QComboBox) and combo.isVisible()
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items[0] == "(nobody)"
    assert sorted(items[1:]) == sorted(f"{n} ({c} this year)" for n, c in (("王建国", count(view, "王建国")),
                                                                          ("李卫东", count(view, "李卫东"))))
    other = "李卫东" if before == "王建国" else "王建国"
    with qtbot.waitSignal(view.model.saved):
        combo.setCurrentIndex(combo.findData(other))
        combo.activated.emit(combo.currentIndex())  # as a click on the entry does
    assert text(view, SPRING, COL_LEADER) == other
    assert view.desk.duty.days(SPRING, SPRING)[0].slot.leader == other
    assert text(view, SPRING, COL_PHONES).startswith("138****100")  # the leader's mobile, masked on screen


def count(view: DutyView, name: str) -> int:
    return view.desk.duty.duty_counts(2026).get(name, 0)


def test_staff_are_ticked_in_a_checklist(view: DutyView, qtbot: Any) -> None:
    view.select_day(SPRING)
    index = at(view, SPRING, COL_STAFF)
    view.grid.setCurrentIndex(index)
    view.grid.edit(index)
    editor = view.grid.findChild(StaffChecklist, "staffEditor")
    assert isinstance(editor, StaffChecklist) and editor.count() == 4
    assert editor.height() > view.grid.rowHeight(0) * 3  # a popup-sized list, not a cramped cell
    for row in (1, 2):
        item = editor.item(row)
        assert item is not None
        item.setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(view.model.saved):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert text(view, SPRING, COL_STAFF) == "吴磊、郑芳"
    assert view.desk.duty.days(SPRING, SPRING)[0].slot.staff == ("吴磊", "郑芳")


def test_remarks_are_typed_in_the_cell(view: DutyView, qtbot: Any) -> None:
    view.select_day(SPRING)
    index = at(view, SPRING, COL_REMARKS)
    view.grid.setCurrentIndex(index)
    view.grid.setFocus()
    qtbot.keyClick(view.grid, "2")  # typing starts the editor, with that first key in it
    editor = view.grid.focusWidget()
    assert isinstance(editor, QWidget) and editor is not view.grid
    qtbot.keyClicks(editor, "4h")
    with qtbot.waitSignal(view.model.saved):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert text(view, SPRING, COL_REMARKS) == "24h"


def test_a_published_past_day_is_locked_and_points_to_swap(view: DutyView, qtbot: Any) -> None:
    week = date(2026, 11, 16)
    fill_week(view.desk, week)
    view.desk.duty.publish(week, date(2026, 11, 22))
    view.select_day(date(2026, 11, 18))
    index = at(view, date(2026, 11, 18), COL_LEADER)
    assert not view.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert view.model.data(at(view, date(2026, 11, 18), COL_DATE), Qt.ItemDataRole.DecorationRole) is not None
    rect = view.grid.visualRect(index)
    qtbot.mouseClick(view.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.grid.findChild(QComboBox, "leaderEditor") is None
    assert view.hint.isVisible()
    assert "2026-11-18 is published and past" in view.hint.text() and "Swap shift" in view.hint.text()

    # Written past the grid (an import, a stale screen): the service refuses, the hint says its words.
    assert not view.model.save(DutySlot(date(2026, 11, 18), "李卫东", ("周敏",)))
    assert "已发布且已过去" in view.hint.text()


def test_conflicts_are_listed_and_select_their_day(view: DutyView, qtbot: Any) -> None:
    fill_week(view.desk, SPRING)
    slot = view.desk.duty.days(date(2026, 2, 18), date(2026, 2, 18))[0].slot
    on_duty = slot.staff[0]
    member = next(m for m in view.desk.duty.staff() if m.name == on_duty)
    assert member.id is not None
    view.desk.duty.save_leave(StaffLeave(None, member.id, date(2026, 2, 18), date(2026, 2, 18), "年休假"))
    view.desk.duty.clear(date(2026, 2, 20), date(2026, 2, 20))  # an empty day
    view.select_day(SPRING)
    view.refresh()
    messages = view.conflicts_panel.messages()
    assert any(on_duty in m for m in messages), messages
    assert len(messages) >= 2
    tab = view.day_tabs.indexOf(view.conflicts_panel)
    assert view.day_tabs.tabText(tab) == f"Conflicts in this period ({len(messages)})"
    tooltip = view.model.data(at(view, date(2026, 2, 18), COL_CONFLICTS), Qt.ItemDataRole.ToolTipRole)
    assert on_duty in tooltip

    row = next(i for i, m in enumerate(messages) if on_duty in m)
    view.conflicts_panel.choose(row)
    assert view.selected_day() == date(2026, 2, 18)
    assert view.log_panel.day == date(2026, 2, 18)


def test_zero_report_is_one_click(view: DutyView) -> None:
    day = date(2026, 11, 23)
    zero = view.log_panel.log_actions.zero_action
    assert view.log_panel.day == day and zero.isEnabled()
    zero.trigger()
    report = view.desk.duty.report(day)
    assert report.zero
    assert view.log_panel.status.text().startswith("Daily report: zero report (无事报平安) · not sent yet")
    assert not zero.isEnabled()


def test_zero_report_waits_while_the_day_has_entries(view: DutyView) -> None:
    day = date(2026, 11, 23)
    view.desk.duty.save_log_entry(DutyLogEntry(None, day, "09:40", "来电", "群众来电反映停水"))
    view.refresh()
    zero = view.log_panel.log_actions.zero_action
    assert not zero.isEnabled()
    assert "has log entries" in zero.toolTip()
    assert view.log_panel.model.texts(2) == ["群众来电反映停水"]


def test_models_pass_the_model_tester(duty_desk: Desk, qtmodeltester: Any) -> None:
    fill_week(duty_desk, SPRING)
    model = DutyGridModel(duty_desk)
    model.load(SPRING, date(2026, 2, 22))
    qtmodeltester.check(model)


def test_month_switch_is_remembered(duty_desk: Desk, show_view: ShowView) -> None:
    first = show_view(DutyView(duty_desk))
    first.period_bar.set_mode(MONTH)
    again = show_view(DutyView(duty_desk))
    assert again.period_bar.mode() == MONTH and again.model.rowCount() == 30
