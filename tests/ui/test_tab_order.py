"""Keyboard-complete dialogs: Tab walks each dialog's fields in the order they are shown (rows top to bottom, left
to right within a row), then its buttons as laid out; every dialog can be worked without the mouse: the cursor
starts in the first field, Enter presses the default button, Escape cancels, a label's Alt+letter reaches its field.
The duty page too: the grid, its editors and the tabs under it by keyboard alone."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from officedesk.domain.duty import DutyLogEntry, ReceptionSlot, StaffMember
from officedesk.services.backup_service import BackupInfo
from officedesk.services.desk import Desk
from officedesk.ui.dialogs.backup_dialog import RestoreDialog
from officedesk.ui.dialogs.duty_drafts_dialog import DutyDraftsDialog
from officedesk.ui.dialogs.duty_fill_dialog import DutyFillDialog
from officedesk.ui.dialogs.duty_log_entry_dialog import DutyLogEntryDialog
from officedesk.ui.dialogs.duty_range_dialogs import ClearRangeDialog, CopyWeekDialog
from officedesk.ui.dialogs.duty_report_sent_dialog import DutyReportSentDialog
from officedesk.ui.dialogs.duty_swap_dialog import DutySwapDialog
from officedesk.ui.dialogs.duty_table_settings_dialog import DutyTableSettingsDialog
from officedesk.ui.dialogs.ledger_export_dialog import LedgerExportDialog
from officedesk.ui.dialogs.reception_slot_dialog import ReceptionSlotDialog
from officedesk.ui.dialogs.risk_dialog import RiskDialog
from officedesk.ui.dialogs.risk_state_dialogs import CrossOffDialog, ExtendDialog
from officedesk.ui.dialogs.settings_dialog import SettingsDialog
from officedesk.ui.dialogs.settings_holidays_page import HolidaysPage
from officedesk.ui.dialogs.settings_lists_page import ListsPage
from officedesk.ui.dialogs.settings_output_pages import BackupPage, ExportPage, InterfacePage, PrintingPage
from officedesk.ui.dialogs.settings_pages import DeadlinesPage, OfficePage
from officedesk.ui.dialogs.setup_wizard import SetupWizard
from officedesk.ui.dialogs.staff_list_dialog import StaffListDialog
from officedesk.ui.dialogs.staff_member_dialog import RetireDialog, StaffLeaveDialog, StaffMemberDialog
from officedesk.ui.dialogs.visit_dialog import VisitDialog
from officedesk.ui.dialogs.void_dialog import VoidDialog
from officedesk.ui.main_window import PAGE_DUTY, MainWindow
from officedesk.ui.models.duty_grid_model import COL_CONFLICTS, COL_LEADER, COL_REMARKS
from officedesk.ui.views.duty_delegates import LeaderCombo, StaffChecklist
from officedesk.ui.widgets.optional_date_edit import OptionalDateEdit

ShowActive = Callable[[QWidget], QWidget]
ROW_TOLERANCE = 10  # px: widgets of one form row are this close vertically


def tab_walk(qtbot: QtBot, limit: int = 80) -> list[QWidget]:
    """The widgets Tab visits from the focused one until it comes back round (the first one included once)."""
    first = QApplication.focusWidget()
    assert first is not None
    seen = [first]
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        if now is first:
            return seen
        if now is not seen[-1]:  # a date edit takes one Tab per section (year, month, day)
            seen.append(now)
    raise AssertionError(f"Tab never came back to {first!r}")


def starting_at(walk: list[QWidget], widget: QWidget) -> list[QWidget]:
    """The cycle read from `widget` (Tab order is a ring: where it starts is where the dialog puts the cursor)."""
    i = walk.index(widget)
    return walk[i:] + walk[:i]


def reading_order_problems(widgets: list[QWidget]) -> list[str]:
    """Pairs that go against reading order: up a row, or leftwards within a row."""
    problems = []
    for a, b in itertools.pairwise(widgets):
        pa, pb = (w.mapTo(w.window(), w.rect().topLeft()) for w in (a, b))
        same_row = abs(pb.y() - pa.y()) <= ROW_TOLERANCE
        if (same_row and pb.x() <= pa.x()) or (not same_row and pb.y() < pa.y()):
            problems.append(f"{type(a).__name__}@{pa.x()},{pa.y()} → {type(b).__name__}@{pb.x()},{pb.y()}")
    return problems


def editors(widgets: list[QWidget]) -> list[QWidget]:
    """A date edit's focus lands in its line edit child: count the date edit itself."""
    return [w.parentWidget() if isinstance(w.parentWidget(), QDateTimeEdit) else w for w in widgets]  # type: ignore[misc]


def buttons_left_to_right(widgets: list[QWidget]) -> bool:
    xs = [w.mapTo(w.window(), w.rect().topLeft()).x() for w in widgets if isinstance(w, QPushButton)]
    return xs == sorted(xs)


def expand(chain: list[QWidget]) -> list[QWidget]:
    out: list[QWidget] = []
    for w in chain:
        out.extend([w.check, w.edit] if isinstance(w, OptionalDateEdit) else [w])
    return out


def test_visit_dialog_tabs_through_the_form_in_reading_order(desk: Desk, qtbot: QtBot,
                                                             show_active: ShowActive) -> None:  # fmt: skip
    dialog = VisitDialog(desk, None)
    show_active(dialog)
    assert QApplication.focusWidget() is dialog.intake.channel  # typing starts at the first field
    walk = editors(tab_walk(qtbot))
    fields = [w for w in expand(dialog.intake.tab_chain()) if w.isVisible() and w.isEnabled()]
    assert walk[: len(fields)] == fields
    assert reading_order_problems(fields) == []
    rest = walk[len(fields) :]
    assert rest[:-1] == [dialog.related.list, dialog.save_button, dialog.cancel_button]  # side panel, then buttons
    assert isinstance(rest[-1], QTabBar)  # then round to the tabs above the form


def test_risk_dialog_tabs_through_the_form_then_the_log_then_the_buttons(desk: Desk, qtbot: QtBot,
                                                                         show_active: ShowActive) -> None:  # fmt: skip
    dialog = RiskDialog(desk, None)
    show_active(dialog)
    assert QApplication.focusWidget() is dialog.facts.kind
    walk = editors(tab_walk(qtbot))
    fields = [w for w in dialog.facts.tab_chain() if w.isVisible() and w.isEnabled()]
    assert walk[: len(fields)] == fields
    assert reading_order_problems(fields) == []
    rest = walk[len(fields) :]
    save_at = rest.index(dialog.save_button)
    assert all(dialog.progress.isAncestorOf(w) for w in rest[:save_at])  # the progress log beside the form
    assert rest[save_at : save_at + 2] == [dialog.save_button, dialog.close_button]
    after = rest[save_at + 2 :]  # round to the state bar and the tabs at the top
    assert all(dialog.state_bar.isAncestorOf(w) for w in after[:-1]) and isinstance(after[-1], QTabBar)


SETTINGS_FIELDS: dict[type, Callable[[object], list[QWidget]]] = {
    OfficePage: lambda p: [p.office_name, p.operator],  # type: ignore[attr-defined]
    DeadlinesPage: lambda p: [p.profile, p.periods["accept_notice_days"], p.accept_in_workdays,  # type: ignore[attr-defined]
                              *[s for k, s in p.periods.items() if k != "accept_notice_days"],  # type: ignore[attr-defined]
                              p.roll_to_workday, p.restore_button, p.due_soon_days, p.group_threshold],  # type: ignore[attr-defined]
    PrintingPage: lambda p: [p.font_combo],  # type: ignore[attr-defined]
    ExportPage: lambda p: [p.layout_combo, p.masked, p.folder.edit, p.folder.browse],  # type: ignore[attr-defined]
    BackupPage: lambda p: [p.folder.edit, p.folder.browse, p.keep],  # type: ignore[attr-defined]
    InterfacePage: lambda p: [p.language],  # type: ignore[attr-defined]
}  # fmt: skip


@pytest.mark.parametrize("row", range(8))
def test_settings_dialog_tabs_page_list_then_the_page_then_ok_cancel(desk: Desk, qtbot: QtBot, show_active: ShowActive,
                                                                     row: int) -> None:  # fmt: skip
    dialog = SettingsDialog(desk)
    show_active(dialog)
    dialog.page_list.setCurrentRow(row)
    dialog.page_list.setFocus()
    page = dialog.pages[row]
    walk = editors(tab_walk(qtbot))
    ok, cancel = (dialog.buttons.button(b) for b in (dialog.buttons.StandardButton.Ok,
                                                     dialog.buttons.StandardButton.Cancel))  # fmt: skip
    assert walk[0] is dialog.page_list and walk[-2:] == [ok, cancel]
    fields = walk[1:-2]
    assert fields and all(page.isAncestorOf(w) for w in fields)
    if type(page) in SETTINGS_FIELDS:
        assert fields == SETTINGS_FIELDS[type(page)](page)
    if isinstance(page, HolidaysPage):  # the table, the entry row under it, Remove selected
        assert fields[0] is page.table and fields[-2:] == [page.add_button, page.remove_button]
        assert reading_order_problems(fields) == []
    if isinstance(page, ListsPage):  # two boxes, each its list then its buttons
        assert fields[0] is page.categories and fields[5] is page.units
        assert reading_order_problems(fields[1:5]) == [] and reading_order_problems(fields[6:]) == []


def test_setup_wizard_tabs_each_page_then_back_next_finish_skip(desk: Desk, qtbot: QtBot,
                                                                show_active: ShowActive) -> None:  # fmt: skip
    wizard = SetupWizard(desk)
    show_active(wizard)
    expected: list[list[QWidget]] = [
        [wizard.office.office_name],
        [wizard.units.units.entry, wizard.units.units.add_button, wizard.units.units.list,
         wizard.units.units.remove_button, wizard.units.units.up_button, wizard.units.units.down_button],
        # As shown: the list and its Remove button above the entry row (typing starts in Name, checked below).
        [wizard.staff.table, wizard.staff.remove_button, wizard.staff.name, wizard.staff.role, wizard.staff.post,
         wizard.staff.mobile, wizard.staff.office_phone, wizard.staff.add_button],
        [wizard.profile.profile],
        [wizard.backup.folder.edit, wizard.backup.folder.browse],
        [wizard.demo.demo],
    ]  # fmt: skip
    for page_fields in expected:
        qtbot.wait(1)
        start = wizard.staff.name if wizard.currentPage() is wizard.staff else page_fields[0]
        assert QApplication.focusWidget() is start, wizard.currentPage().title()  # the cursor is where typing starts
        walk = starting_at(tab_walk(qtbot), page_fields[0])
        assert walk[: len(page_fields)] == page_fields
        buttons = walk[len(page_fields) :]
        assert all(isinstance(b, QPushButton) for b in buttons) and buttons_left_to_right(buttons)
        assert buttons[-2:] == [wizard.button(wizard.WizardButton.FinishButton),
                                wizard.button(wizard.WizardButton.CancelButton)]  # fmt: skip
        wizard.next()


@pytest.mark.parametrize("make", [
    lambda: VoidDialog(None, "XF-2026-0001"),
    lambda: LedgerExportDialog(["县应急局"], date(2026, 11, 23), "平阳县商务局", "隐患台账.xlsx"),
    lambda: CrossOffDialog(lambda *_a: [], date(2026, 11, 23)),
    lambda: ExtendDialog(lambda *_a: [], None, date(2026, 11, 23)),
])  # fmt: skip
def test_small_dialogs_tab_fields_then_buttons_as_shown(qtbot: QtBot, show_active: ShowActive,
                                                        make: Callable[[], QDialog]) -> None:  # fmt: skip
    dialog = make()
    if isinstance(dialog, VoidDialog):
        dialog.reason_edit.setPlainText("登记重复")  # Void is enabled once a reason is typed
    show_active(dialog)
    walk = editors(tab_walk(qtbot))
    buttons = [w for w in walk if isinstance(w, QPushButton)]
    assert len(buttons) == 2 and walk[-2:] == buttons  # the fields first, then the buttons
    assert buttons_left_to_right(buttons)  # e.g. "Export" then "Cancel", as they are laid out
    assert reading_order_problems(walk[:-2]) == []


# --- the duty dialogs -------------------------------------------------------------------------------
DAY = date(2026, 11, 23)  # the fixed today of the tests, a Monday
FillDialog = Callable[[Desk], QDialog]


def reachable(widgets: list[QWidget]) -> list[QWidget]:
    """The ones Tab stops at now: shown and enabled; of a group of radio buttons, only the one checked."""
    return [w for w in widgets if w.isVisible() and w.isEnabled() and not (isinstance(w, QRadioButton) and
                                                                          not w.isChecked())]  # fmt: skip


def accept_and_cancel(box: QDialogButtonBox) -> list[QWidget]:
    """The box's buttons as shown: here (as on Windows and KDE) the accepting one left of Cancel."""
    return [b for b in buttons_in(box) if b.isVisible() and b.isEnabled()]


def buttons_in(box: QDialogButtonBox) -> list[QWidget]:
    return sorted(box.buttons(), key=lambda b: b.mapTo(b.window(), b.rect().topLeft()).x())


def swap_dialog(desk: Desk) -> DutySwapDialog:
    desk.duty.fill(DAY, DAY + timedelta(days=6))  # someone on duty to replace
    dialog = DutySwapDialog(desk, DAY)
    dialog.to_name.setEditText("冯军")
    dialog.approver.setEditText("王建国")
    return dialog


def report_sent_dialog(_desk: Desk) -> DutyReportSentDialog:
    dialog = DutyReportSentDialog(DAY)
    dialog.to_combo.setEditText("县政府总值班室")  # "Record as sent" is enabled once both are given
    return dialog


def drafts_dialog(_desk: Desk) -> DutyDraftsDialog:
    visit = DutyLogEntry(id=None, day=DAY, time="09:10", source="来访", matter="反映拖欠工资")
    return DutyDraftsDialog([visit, DutyLogEntry(id=None, day=DAY, time="", source="台账", matter="新增隐患一条")])


def new_entry(time: str) -> Callable[[Desk], QDialog]:
    return lambda desk: DutyLogEntryDialog(desk, DutyLogEntry(id=None, day=DAY, time=time, source="", matter=""))


def first_member(desk: Desk) -> StaffMember:
    return desk.duty.staff()[0]


def backups(_desk: Desk) -> RestoreDialog:
    infos = [BackupInfo(Path(f"/backups/t-{d}.db"), datetime(2026, 11, d, 8, 0), 3_000_000) for d in (23, 22)]
    return RestoreDialog(infos, Path("/backups"))


# Each dialog: how it is made, its fields in reading order (Tab stops as shown), where the cursor starts.
DUTY_DIALOGS: dict[str, tuple[FillDialog, Callable[[Any], list[QWidget]], Callable[[Any], QWidget]]] = {
    "fill": (lambda desk: DutyFillDialog(desk, DAY, DAY + timedelta(days=6)),
             lambda d: [d.first, d.last, d.normal, d.holiday,
                        d.leaders.list, d.leaders.up_button, d.leaders.down_button,
                        d.staff.list, d.staff.up_button, d.staff.down_button,
                        d.by_week, d.weekend_same, d.per_day, d.max_run, d.holiday_leader, d.overwrite, d.remember],
             lambda d: d.first),
    "copy week": (lambda desk: CopyWeekDialog(desk, DAY), lambda d: [d.target], lambda d: d.target),
    "clear days": (lambda desk: ClearRangeDialog(desk, DAY, DAY + timedelta(days=6)),
                   lambda d: [d.first, d.last], lambda d: d.first),
    "swap": (swap_dialog, lambda d: [d.day, d.role, d.from_name, d.to_name, d.approver, d.reason], lambda d: d.day),
    "table settings": (lambda desk: DutyTableSettingsDialog(desk),
                       lambda d: [d.duty_phone, d.duty_hours, d.report_time, d.report_period, d.compiled_by,
                                  d.reviewed_by, d.footnotes, d.reception_notes],
                       lambda d: d.duty_phone),
    "new log entry": (new_entry(""), lambda d: [d.time, d.source, d.matter, d.action, d.reported_to, d.reported_at],
                      lambda d: d.time),
    "log entry, time given": (new_entry("10:00"),  # the time is there already: typing starts at the matter
                              lambda d: [d.time, d.source, d.matter, d.action, d.reported_to, d.reported_at],
                              lambda d: d.matter),
    "drafts": (drafts_dialog, lambda d: [d.list, d.tick_all_button, d.untick_all_button], lambda d: d.list),
    "report sent": (report_sent_dialog, lambda d: [d.via_combo, d.to_combo], lambda d: d.via_combo),
    "staff member": (lambda desk: StaffMemberDialog(desk, first_member(desk)),
                     lambda d: [d.name, d.role, d.post, d.unit, d.mobile, d.office_phone, d.active_from.check,
                                d.active_from.edit, d.active_to.check, d.active_to.edit, d.order],
                     lambda d: d.name),
    "retire": (lambda desk: RetireDialog(desk, first_member(desk)), lambda d: [d.last_day], lambda d: d.last_day),
    "leave": (lambda desk: StaffLeaveDialog(desk, first_member(desk)), lambda d: [d.first, d.last, d.reason],
              lambda d: d.first),
    "reception slot on a date": (
        lambda desk: ReceptionSlotDialog(desk, ReceptionSlot(id=None, day=DAY)),
        lambda d: [d.dated, d.day, d.weekly, d.weekday, d.time_range, d.place, d.leader, d.leader_post, d.standin,
                   d.phone, d.accompany, d.remarks],
        lambda d: d.dated),
    "reception slot every week": (
        lambda desk: ReceptionSlotDialog(desk, ReceptionSlot(id=None, weekday=2)),
        lambda d: [d.dated, d.day, d.weekly, d.weekday, d.time_range, d.place, d.leader, d.leader_post, d.standin,
                   d.phone, d.accompany, d.remarks],
        lambda d: d.weekly),  # the checked one of the two
    "restore backup": (backups, lambda d: [d.table], lambda d: d.table),
}  # fmt: skip


def dialog_buttons(dialog: QDialog) -> QDialogButtonBox:
    box = getattr(dialog, "buttons", None)
    assert isinstance(box, QDialogButtonBox)
    return box


@pytest.mark.parametrize("name", DUTY_DIALOGS)
def test_duty_dialogs_tab_fields_as_shown_then_buttons(duty_desk: Desk, qtbot: QtBot, show_active: ShowActive,
                                                       name: str) -> None:  # fmt: skip
    make, fields_of, start_of = DUTY_DIALOGS[name]
    dialog = show_active(make(duty_desk))
    start = start_of(dialog)
    assert QApplication.focusWidget() is start, name  # the cursor is where typing starts, not on a button
    fields = reachable(fields_of(dialog))
    expected = fields + accept_and_cancel(dialog_buttons(dialog))
    walk = starting_at(tab_walk(qtbot), fields[0])
    assert walk == expected, [f"{type(w).__name__} {w.objectName()}" for w in walk]
    assert len(walk) > len(fields) and buttons_left_to_right(walk[len(fields) :])  # e.g. "Copy", then "Cancel"
    if name != "fill":  # there each order list is followed by its own Up and Down, box by box
        assert reading_order_problems(fields) == []


def test_fill_dialog_tabs_the_period_and_the_rules_in_reading_order(duty_desk: Desk, qtbot: QtBot,
                                                                     show_active: ShowActive) -> None:  # fmt: skip
    dialog = show_active(DutyFillDialog(duty_desk, DAY, DAY + timedelta(days=6), holiday=True))
    fields = reachable(dialog.tab_chain())
    assert dialog.holiday in fields and dialog.normal not in fields  # the checked rota is the Tab stop
    period, rules = fields[:3], fields[fields.index(dialog.staff.down_button) + 1 :]
    assert reading_order_problems(period) == [] and reading_order_problems(rules) == []
    dialog.fill_button.click()  # the result page: its two lists, then Close
    assert dialog.pages.currentIndex() == 1
    dialog.fill_button.setFocus()
    walk = starting_at(tab_walk(qtbot), dialog.skipped_list)
    assert walk == [dialog.skipped_list, dialog.conflicts_list, dialog.fill_button]


def test_staff_list_tabs_buttons_list_leave_then_close(duty_desk: Desk, qtbot: QtBot,
                                                       show_active: ShowActive) -> None:  # fmt: skip
    dialog = show_active(StaffListDialog(duty_desk))
    assert QApplication.focusWidget() is dialog.table and dialog.selected() is not None  # the first person, at once
    walk = starting_at(tab_walk(qtbot), dialog.add_button)
    close = dialog.findChild(QDialogButtonBox)
    assert close is not None
    assert walk == [dialog.add_button, dialog.edit_button, dialog.retire_button, dialog.show_left, dialog.table,
                    dialog.leave_table, dialog.add_leave_button, *accept_and_cancel(close)]  # fmt: skip
    assert reading_order_problems(walk) == []  # Delete leave waits for a leave to be selected


def test_staff_list_enter_edits_the_person_and_nothing_else(duty_desk: Desk, qtbot: QtBot, show_active: ShowActive,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    dialog = show_active(StaffListDialog(duty_desk))
    opened: list[QDialog] = []
    monkeypatch.setattr(dialog, "_open", opened.append)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    # Only the editor of the person: Enter is not also the dialog's default button ("Add person…" before).
    assert len(opened) == 1 and isinstance(opened[0], StaffMemberDialog) and opened[0].member.name == "李卫东"
    assert dialog.isVisible()
    dialog.show_left.setFocus()
    qtbot.keyClick(dialog.show_left, Qt.Key.Key_Return)  # elsewhere Enter closes, as Escape does
    assert len(opened) == 1 and not dialog.isVisible()


DEFAULT_BUTTON: dict[str, Callable[[Any], QPushButton]] = {
    "fill": lambda d: d.fill_button, "copy week": lambda d: d.ok_button, "clear days": lambda d: d.ok_button,
    "swap": lambda d: d.swap_button, "drafts": lambda d: d.add_button, "report sent": lambda d: d.ok_button,
    "restore backup": lambda d: d.restore_button,
}  # fmt: skip


@pytest.mark.parametrize("name", DUTY_DIALOGS)
def test_duty_dialogs_enter_is_the_accepting_button_and_escape_cancels(duty_desk: Desk, qtbot: QtBot,
                                                                        show_active: ShowActive,
                                                                        name: str) -> None:  # fmt: skip
    make, _fields, _start = DUTY_DIALOGS[name]
    dialog = show_active(make(duty_desk))
    box = dialog_buttons(dialog)
    standard = box.button(box.StandardButton.Save) or box.button(box.StandardButton.Ok)
    accepting = DEFAULT_BUTTON[name](dialog) if name in DEFAULT_BUTTON else standard
    assert accepting is not None and accepting.isDefault()
    focus = QApplication.focusWidget()
    assert focus is not None
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(focus, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_enter_in_a_field_saves_the_dialog(duty_desk: Desk, qtbot: QtBot, show_active: ShowActive) -> None:
    leave = show_active(StaffLeaveDialog(duty_desk, first_member(duty_desk)))
    leave.reason.setFocus()
    leave.reason.setText("年休假")
    with qtbot.waitSignal(leave.saved):
        qtbot.keyClick(leave.reason, Qt.Key.Key_Return)
    assert [(v.first, v.reason) for v in duty_desk.duty.leaves()] == [(DAY, "年休假")]

    clear = show_active(ClearRangeDialog(duty_desk, DAY, DAY))
    with qtbot.waitSignal(clear.done_):
        qtbot.keyClick(clear.first, Qt.Key.Key_Return)

    drafts = show_active(drafts_dialog(duty_desk))
    qtbot.keyClick(drafts.list, Qt.Key.Key_Space)  # Space unticks the current (first) draft
    with qtbot.waitSignal(drafts.accepted):
        qtbot.keyClick(drafts.list, Qt.Key.Key_Return)
    assert [e.matter for e in drafts.chosen()] == ["新增隐患一条"]


@pytest.mark.parametrize("name", DUTY_DIALOGS)
def test_duty_dialogs_alt_and_a_labels_letter_reach_its_field(duty_desk: Desk, qtbot: QtBot,
                                                               show_active: ShowActive, name: str) -> None:  # fmt: skip
    make, _fields, _start = DUTY_DIALOGS[name]
    dialog = show_active(make(duty_desk))
    labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text().replace("&&", "")]
    for label in labels:
        buddy = label.buddy()
        assert buddy is not None, label.text()  # else the "&" would show as it is
        target = buddy.focusProxy() or buddy
        if not (target.isVisible() and target.isEnabled()):
            continue
        key = QKeySequence.mnemonic(label.text())[0].key()
        # Two labels of a dialog on one letter (Swap shift: &Role, &Replace) take turns: press again.
        for _ in range(3):
            focus = QApplication.focusWidget()
            assert focus is not None
            qtbot.keyClick(focus, key, Qt.KeyboardModifier.AltModifier)
            if QApplication.focusWidget() is target:
                break
        assert QApplication.focusWidget() is target, label.text()


# --- the duty page --------------------------------------------------------------------------------
@pytest.fixture
def window(duty_desk: Desk, show_active: ShowActive) -> MainWindow:
    duty_desk.duty.fill(DAY, DAY + timedelta(days=6))
    w = MainWindow(duty_desk)
    show_active(w)
    return w


def key(qtbot: QtBot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> QWidget:
    """Press `k` where the focus is; the widget that has the focus then."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, k, modifier)
    after = QApplication.focusWidget()
    assert after is not None
    return after


def test_duty_grid_by_keyboard_days_and_editors(window: MainWindow, qtbot: QtBot) -> None:
    view = window.duty_view
    ctrl = Qt.KeyboardModifier.ControlModifier
    assert key(qtbot, Qt.Key.Key_3, ctrl) is view.grid  # Go to Duty (Ctrl+3): the cursor in the grid
    assert view.selected_day() == DAY
    key(qtbot, Qt.Key.Key_Down)  # the arrows move between days; the log below follows
    assert view.selected_day() == DAY + timedelta(days=1) and view.log_panel.day == DAY + timedelta(days=1)
    key(qtbot, Qt.Key.Key_Up)
    assert view.selected_day() == DAY
    while view.grid.currentIndex().column() < COL_LEADER:
        key(qtbot, Qt.Key.Key_Right)
    assert view.selected_day() == DAY  # Left and Right stay on the day

    for opening in (Qt.Key.Key_F2, Qt.Key.Key_Return):  # F2 or Enter opens the leader's editor
        editor = key(qtbot, opening)
        assert isinstance(editor, LeaderCombo) and editor.objectName() == "leaderEditor"
        assert key(qtbot, Qt.Key.Key_Escape) is view.grid  # Escape leaves the day as it was

    key(qtbot, Qt.Key.Key_Right)
    before = view.desk.duty.days(DAY, DAY)[0].slot.staff
    checklist = key(qtbot, Qt.Key.Key_Return)
    assert isinstance(checklist, StaffChecklist)
    row = next(i for i in range(checklist.count()) if str(checklist.item(i).data(Qt.ItemDataRole.UserRole))
               not in before)  # fmt: skip
    checklist.setCurrentRow(row)
    key(qtbot, Qt.Key.Key_Space)  # ticks the name
    with qtbot.waitSignal(view.model.saved):
        key(qtbot, Qt.Key.Key_Return)
    after = view.desk.duty.days(DAY, DAY)[0].slot.staff
    assert len(after) == len(before) + 1
    assert QApplication.focusWidget() is view.grid

    while view.grid.currentIndex().column() < COL_REMARKS:
        key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "24h")
    with qtbot.waitSignal(view.model.saved):
        key(qtbot, Qt.Key.Key_Return)
    assert view.desk.duty.days(DAY, DAY)[0].slot.remarks == "24h"


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform and a list's popup window
def test_leader_editor_arrows_open_the_list_enter_writes_the_choice(window: MainWindow, qtbot: QtBot) -> None:
    view = window.duty_view
    window.go_to_page(PAGE_DUTY)
    view.grid.setCurrentIndex(view.model.index(view.grid.currentIndex().row(), COL_LEADER))
    before = view.desk.duty.days(DAY, DAY)[0].slot.leader
    combo = key(qtbot, Qt.Key.Key_F2)
    assert isinstance(combo, LeaderCombo)
    popup = key(qtbot, Qt.Key.Key_Down)  # not the next name written at once: the list opens
    assert (combo.view().isVisible() and combo.view().isAncestorOf(popup)) or popup is combo.view()
    assert view.desk.duty.days(DAY, DAY)[0].slot.leader == before
    other = next(i for i in range(combo.count()) if combo.itemData(i) and combo.itemData(i) != before)
    while combo.view().currentIndex().row() != other:
        key(qtbot, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.model.saved):
        key(qtbot, Qt.Key.Key_Return)
    assert view.desk.duty.days(DAY, DAY)[0].slot.leader == combo.itemData(other)


def test_duty_page_tabs_from_the_grid_to_the_tabs_below_and_their_panels(window: MainWindow, qtbot: QtBot) -> None:
    view = window.duty_view
    window.go_to_page(PAGE_DUTY)
    log, day_tabs = view.log_panel, view.day_tabs
    assert key(qtbot, Qt.Key.Key_Tab) is day_tabs.tabBar()  # Tab leaves the grid for the tabs under it
    walk = [key(qtbot, Qt.Key.Key_Tab) for _ in range(4)]
    assert walk[:2] == [log.table, log.buttons[0]]  # the log, then its buttons (Edit and Delete wait for a line)
    while QApplication.focusWidget() is not log.handover:
        assert key(qtbot, Qt.Key.Key_Tab) in [*log.buttons, log.handover]
    assert key(qtbot, Qt.Key.Key_Tab) is window.nav  # then out of the page, to the page list on the left

    view.grid.setFocus()
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Right)  # on the tab bar: the next tab
    assert day_tabs.currentWidget() is view.swaps_panel
    assert key(qtbot, Qt.Key.Key_Tab) is view.swaps_panel.swap_button  # Swap shift…, then the day's swaps
    assert key(qtbot, Qt.Key.Key_Tab) is view.swaps_panel.table
    key(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Tab: the next tab, from inside one
    assert day_tabs.currentWidget() is view.conflicts_panel

    view.grid.setFocus()
    key(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)  # Shift+Tab: the page tabs above the grid
    assert QApplication.focusWidget() is view.tabs.tabBar()
    key(qtbot, Qt.Key.Key_Right)
    assert view.tabs.currentWidget() is view.reception_panel
    assert key(qtbot, Qt.Key.Key_Tab) is view.reception_panel.buttons[0]  # Add reception slot…, …, the table
    while QApplication.focusWidget() is not view.reception_panel.table:
        assert key(qtbot, Qt.Key.Key_Tab) in [*view.reception_panel.buttons, view.reception_panel.table]


def test_conflicts_cell_and_go_to_date_by_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    view = window.duty_view
    window.go_to_page(PAGE_DUTY)
    view.period_bar.step(1)  # next week: nobody on duty, every day a conflict
    conflicted = view.model.index(view.grid.currentIndex().row(), COL_CONFLICTS)
    assert conflicted.data(Qt.ItemDataRole.ToolTipRole)
    view.grid.setCurrentIndex(conflicted)
    key(qtbot, Qt.Key.Key_Return)  # as a click on the marker: the period's conflicts come forward
    assert view.day_tabs.currentWidget() is view.conflicts_panel

    assert key(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier) is view.period_bar.date_edit
    qtbot.keyClicks(view.period_bar.date_edit, "09")  # Go to date (Ctrl+G) is on the day: the 9th of the month
    assert key(qtbot, Qt.Key.Key_Return) is view.grid  # Enter: the grid takes the keys, on that day
    assert view.selected_day() == date(2026, 11, 9) and view.period()[0] == date(2026, 11, 9)
