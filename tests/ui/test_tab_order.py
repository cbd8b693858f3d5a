"""Keyboard-complete dialogs: Tab walks each dialog's fields in the order they are shown (rows top to bottom, left
to right within a row), then its buttons as laid out; every dialog can be worked without the mouse."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QDialog, QPushButton, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from officedesk.services.desk import Desk
from officedesk.ui.dialogs.ledger_export_dialog import LedgerExportDialog
from officedesk.ui.dialogs.risk_dialog import RiskDialog
from officedesk.ui.dialogs.risk_state_dialogs import CrossOffDialog, ExtendDialog
from officedesk.ui.dialogs.settings_dialog import SettingsDialog
from officedesk.ui.dialogs.settings_holidays_page import HolidaysPage
from officedesk.ui.dialogs.settings_lists_page import ListsPage
from officedesk.ui.dialogs.settings_output_pages import BackupPage, ExportPage, InterfacePage, PrintingPage
from officedesk.ui.dialogs.settings_pages import DeadlinesPage, OfficePage
from officedesk.ui.dialogs.setup_wizard import SetupWizard
from officedesk.ui.dialogs.visit_dialog import VisitDialog
from officedesk.ui.dialogs.void_dialog import VoidDialog
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
