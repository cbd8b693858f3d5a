"""MainWindow: actions and shortcuts, navigation, title, status counts and the calendar banner."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction, QKeySequence

from officedesk.domain.visits import Visit, VisitFilter, VisitState
from officedesk.services.clock import Clock
from officedesk.services.desk import Desk
from officedesk.ui.main_window import PAGE_DUTY, PAGE_LEDGER, PAGE_REGISTER, PAGE_REPORTS, MainWindow
from officedesk.ui.views.placeholder_view import PlaceholderView
from officedesk.ui.widgets.action_text import plain

LEDGER_MENU = ["New ledger line…", "Edit line…", "Void line…", "Import a unit's sheet…", "Export ledger…",
               "Print ledger…", "Export layouts…", "Ledger columns…", "Deadline reminder…"]  # fmt: skip
DUTY_MENU = ["Week", "Month", "Previous", "Next", "Today", "Go to date…", "Fill from rotation…", "Copy week to…",
             "Clear days…", "Swap shift…", "Publish period…", "Print duty table…", "Print weekly overview…",
             "Export duty table…", "Add log entry…", "Add drafts from the day's register and ledger…",
             "Nothing happened — zero report", "Mark sent…", "Print daily report…", "Add reception slot…",
             "Draft from duty leaders", "Print reception schedule…", "Staff list…", "Duty table settings…"]  # fmt: skip


def make_window(desk: Desk, qtbot: Any) -> MainWindow:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    return window


def menu_texts(window: MainWindow) -> dict[str, list[str]]:
    out = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        # Items compared without their mnemonic marker ("&Export…" reads "Export…"); every item has one.
        items = [a for a in menu.actions() if not a.isSeparator()]  # type: ignore[attr-defined]
        assert all("&" in a.text() for a in items), [a.text() for a in items]
        out[action.text()] = [plain(a.text()) + ("…" if a.text().endswith("…") else "") for a in items]
    return out


def test_actions_have_their_shortcuts(desk: Desk, qtbot: Any) -> None:
    w = make_window(desk, qtbot)
    expected = {
        w.new_action: "Ctrl+N", w.export_action: "Ctrl+E", w.print_list_action: "Ctrl+P", w.quit_action: "Ctrl+Q",
        w.edit_action: "Ctrl+O", w.settings_action: "Ctrl+,", w.refresh_action: "F5", w.find_action: "Ctrl+F",
        w.ledger_actions.new_action: "Ctrl+Shift+N", w.ledger_actions.export_action: "Ctrl+Shift+E",
        w.ledger_actions.import_action: "Ctrl+Shift+I", w.ledger_actions.print_action: "Ctrl+Alt+P",
    }  # fmt: skip
    for action, keys in expected.items():
        assert action.shortcut() == QKeySequence(keys), action.text()
    assert "Ctrl+N" in w.new_action.toolTip()
    assert menu_texts(w) == {
        "&File": ["New visit…", "Import…", "Export…", "Print list…", "Print visit form…", "Remove demo data…",
                  "Back up now", "Restore backup…", "Quit"],
        "&Edit": ["Edit visit…", "Void visit…", "Open a ledger line from this visit…", "Search", "Settings…"],
        "&View": ["Go to Register", "Go to Ledger", "Go to Duty", "Go to Reports", "Columns…",
                  "Show full phone and ID numbers", "Refresh"],
        "&Ledger": LEDGER_MENU,
        "&Duty": DUTY_MENU,
        "&Help": ["About OfficeDesk"],
    }  # fmt: skip


def test_mnemonics_are_unique_and_the_duty_menu_shows_its_keys(desk: Desk, qtbot: Any) -> None:
    w = make_window(desk, qtbot)
    bar = [a for a in w.menuBar().actions() if not a.isSeparator()]
    letters = [QKeySequence.mnemonic(a.text()) for a in bar]
    assert len(set(letters)) == len(letters)  # Alt+F, Alt+E, … each opens one menu
    shortcuts = [a.shortcut() for a in w.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert not set(letters) & set(shortcuts)  # no key of an action takes a menu's Alt+letter
    for item in bar:
        menu = item.menu()
        entries = [a for a in menu.actions() if not a.isSeparator()]  # type: ignore[attr-defined]
        keys = [QKeySequence.mnemonic(a.text()) for a in entries]
        assert len(set(keys)) == len(keys), item.text()  # one letter, one entry: Alt+letter runs it at once
    d, log = w.duty_actions, w.duty_view.log_panel.log_actions
    p = w.duty_view.period_bar
    shown = {a.text(): a.shortcut().toString() for a in (
        p.week_action, p.month_action, p.previous_action, p.next_action, p.today_action, p.goto_action, d.fill_action,
        d.swap_action, d.print_action, d.export_action, log.add_action, log.print_action, d.staff_action)}  # fmt: skip
    assert all(shown.values()), shown  # in the menu beside the entry


def test_pages_are_reached_with_ctrl_and_their_number(desk: Desk, qtbot: Any) -> None:
    w = make_window(desk, qtbot)
    for page, action in enumerate(w.page_actions):
        assert action.shortcut() == QKeySequence(f"Ctrl+{page + 1}")
    w.page_actions[PAGE_LEDGER].trigger()
    assert w.pages.currentWidget() is w.ledger_view
    w.page_actions[PAGE_REGISTER].trigger()
    assert w.pages.currentWidget() is w.register_view
    assert w.focusWidget() is w.register_view.table  # the arrows and Enter work there at once
    w.page_actions[PAGE_DUTY].trigger()
    assert w.focusWidget() is w.duty_view.grid


def test_title_names_the_data_file(desk: Desk, qtbot: Any) -> None:
    w = make_window(desk, qtbot)
    assert w.windowTitle() == "OfficeDesk — t.db"


def test_navigation_switches_pages(desk: Desk, qtbot: Any) -> None:
    w = make_window(desk, qtbot)
    assert w.pages.currentWidget() is w.register_view
    w.nav.setCurrentRow(PAGE_LEDGER)
    assert w.pages.currentWidget() is w.ledger_view
    w.nav.setCurrentRow(PAGE_DUTY)
    assert w.pages.currentWidget() is w.duty_view
    assert w.duty_actions.toolbar is not None and w.duty_actions.toolbar.isVisibleTo(w)
    assert not w.ledger_actions.toolbar.isVisibleTo(w)  # type: ignore[union-attr]
    w.nav.setCurrentRow(PAGE_REPORTS)
    current = w.pages.currentWidget()
    assert isinstance(current, PlaceholderView)
    assert "later version" in current.sentence_label.text()
    assert not w.duty_actions.toolbar.isVisibleTo(w)
    w.nav.setCurrentRow(PAGE_REGISTER)
    assert w.pages.currentWidget() is w.register_view


def test_selection_enables_the_visit_actions(demo_desk: Desk, qtbot: Any) -> None:
    w = make_window(demo_desk, qtbot)
    assert not w.edit_action.isEnabled() and not w.void_action.isEnabled()
    w.register_view.select_row(3)
    assert w.edit_action.isEnabled() and w.void_action.isEnabled() and w.print_form_action.isEnabled()


def test_personal_data_can_be_shown_in_full_on_screen(desk: Desk, qtbot: Any) -> None:
    desk.visits.save(Visit(channel="来电", received_at=datetime(2026, 11, 23, 9, 0), petitioner="丁某",
                           requests="咨询", phone="13712345678"))  # fmt: skip
    w = make_window(desk, qtbot)
    model = w.register_view.model
    phone = model.index(0, model.column_of("phone") or 0)
    assert model.data(phone) == "137****5678"
    w.unmask_action.trigger()
    assert model.data(phone) == "13712345678"
    w.unmask_action.trigger()
    assert model.data(phone) == "137****5678"


def test_status_counts(demo_desk: Desk, qtbot: Any) -> None:
    w = make_window(demo_desk, qtbot)
    total = len(demo_desk.visits.search(VisitFilter()))
    overdue = len(demo_desk.visits.search(VisitFilter(states=(VisitState.OVERDUE,))))
    assert w.counts_label.text().startswith(f"{total} visits · {overdue} overdue · ")

    w.register_view.filter_bar.overdue_only.setChecked(True)
    assert w.counts_label.text().startswith(f"{overdue} of {total} visits shown")

    demo_desk.visits.save(Visit(channel="来电", received_at=datetime(2026, 11, 23, 9, 0), petitioner="丁某",
                                requests="咨询"))  # fmt: skip
    w.refresh_action.trigger()
    assert w.counts_label.text().startswith(f"{overdue} of {total + 1} visits shown")


def test_banner_warns_while_next_year_has_no_holidays(desk: Desk, qtbot: Any) -> None:
    w = make_window(desk, qtbot)  # 2026-11-23: chinese-calendar knows 2026, not 2027
    assert not w.banner.isHidden()
    assert "2027" in w.banner.text() and "2026" not in w.banner.text()


@pytest.fixture
def desk_2025(tmp_path: Path) -> Iterator[Desk]:
    d = Desk.open(tmp_path / "y.db", Clock.fixed(datetime(2025, 6, 2, 9, 0)))
    yield d
    d.close()


def test_no_banner_when_the_calendar_is_known(desk_2025: Desk, qtbot: Any) -> None:
    w = make_window(desk_2025, qtbot)
    assert w.banner.isHidden()


def test_geometry_is_remembered(desk: Desk, qtbot: Any) -> None:
    w = make_window(desk, qtbot)
    w.resize(700, 500)  # within the offscreen screen (800×600): restoreGeometry keeps a window on screen
    w.close()
    again = make_window(desk, qtbot)
    assert (again.width(), again.height()) == (700, 500)


def test_settings_ok_updates_banner_and_lists(desk: Desk, qtbot: Any) -> None:
    from officedesk.domain.calendar import CalendarOverride, OverrideKind
    from officedesk.ui.dialogs.settings_dialog import SettingsDialog
    from officedesk.ui.dialogs.settings_lists_page import ListsPage

    w = make_window(desk, qtbot)
    assert not w.banner.isHidden()
    w.settings_action.trigger()
    dialog = w.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    # What the holidays page writes when the clerk types in next year's notice.
    desk.settings.put_calendar_override(CalendarOverride(date(2027, 1, 1), OverrideKind.HOLIDAY, "元旦"))
    lists = dialog.page(ListsPage)
    assert isinstance(lists, ListsPage)
    lists.units.addItem("信访办")
    dialog.accept()
    assert w.banner.isHidden()
    assert w.register_view.filter_bar.unit.findData("信访办") > 0
