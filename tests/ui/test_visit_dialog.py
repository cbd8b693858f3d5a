"""The visit dialog driven from the keyboard, as the clerk registers a petition; and the void dialog."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from officedesk.domain.ids import VisitId
from officedesk.domain.visits import Visit
from officedesk.services.desk import Desk
from officedesk.ui.dialogs import visit_dialog as visit_dialog_module
from officedesk.ui.dialogs.visit_dialog import VisitDialog
from officedesk.ui.dialogs.void_dialog import VoidDialog

PREVIEW_DIR = Path("/tmp/ui_preview")
GOOD_ID = "11010519491231002X"  # GB 11643-1999's own example
BAD_CHECK_ID = "110105194912310021"  # same number, wrong check character
Opener = Callable[..., VisitDialog]
TypeText = Callable[[QWidget, str], None]


@pytest.fixture
def open_dialog(desk: Desk, show_active: Callable[[VisitDialog], VisitDialog]) -> Opener:
    def make(visit_id: VisitId | None = None) -> VisitDialog:
        return show_active(VisitDialog(desk, visit_id))

    return make


def stored_visit(desk: Desk, **changes: object) -> Visit:
    draft = desk.visits.new_draft().replace(petitioner="李四", requests="要求退还预付卡余额", **changes)
    return desk.visits.save(draft).visit


def save_by_keyboard(qtbot: QtBot, dialog: VisitDialog) -> None:
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_opens_on_the_first_field_and_tab_follows_the_form(qtbot: QtBot, open_dialog: Opener) -> None:
    dialog = open_dialog()
    page = dialog.intake
    assert QApplication.focusWidget() is page.channel
    expected = [page.received_at, page.people_count, page.petitioner, page.anonymous, page.phone, page.id_number,
                page.address, page.locality, page.category, page.subcategory, page.matter_type, page.facts,
                page.requests, page.receiver, page.receiving_leader, page.external_ref]  # fmt: skip
    seen = []
    for _ in expected:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        # Editable combos and spin boxes focus their inner line edit; name the field widget instead.
        seen.append(next(w for w in expected if now is w or (now is not None and w.isAncestorOf(now))))
    assert seen == expected


def test_typed_visit_is_saved_with_ctrl_s(qtbot: QtBot, desk: Desk, open_dialog: Opener, type_into: TypeText) -> None:
    dialog = open_dialog()
    page = dialog.intake
    qtbot.keyClick(page.channel, Qt.Key.Key_Down)  # 来访 → 来信
    type_into(page.petitioner, "张三")
    type_into(page.phone, "13812345678")
    type_into(page.address, "城关镇幸福路8号")
    type_into(page.facts, "在某商场办理预付卡后商场停业。")
    type_into(page.requests, "要求退还预付卡余额2000元")
    with qtbot.waitSignal(dialog.saved) as blocker:
        save_by_keyboard(qtbot, dialog)
    visit = desk.visits.get(VisitId(blocker.args[0]))
    assert (visit.channel, visit.petitioner, visit.phone) == ("来信", "张三", "13812345678")
    assert visit.address == "城关镇幸福路8号"
    assert visit.requests == "要求退还预付卡余额2000元"
    assert visit.received_at == datetime(2026, 11, 23, 10, 0)
    assert re.fullmatch(r"XF-2026-\d{4}", visit.reg_no)
    assert dialog.result() == VisitDialog.DialogCode.Accepted


def test_wrong_phone_is_shown_by_the_field_and_nothing_is_saved(
    qtbot: QtBot, desk: Desk, open_dialog: Opener, type_into: TypeText
) -> None:
    dialog = open_dialog()
    page = dialog.intake
    type_into(page.petitioner, "张三")
    type_into(page.phone, "12345")
    type_into(page.requests, "要求退还预付卡余额")
    with qtbot.assertNotEmitted(dialog.saved):
        save_by_keyboard(qtbot, dialog)
    label = dialog.messages.label("phone")
    assert label.isVisible()
    assert "手机号" in label.text()
    assert label.property("severity") == "error"
    assert desk.visits.count() == 0
    assert dialog.isVisible()
    typed = (page.petitioner.text(), page.phone.text(), page.requests.toPlainText())
    assert typed == ("张三", "12345", "要求退还预付卡余额")
    assert QApplication.focusWidget() is page.phone


def test_missing_request_focuses_the_request_box(open_dialog: Opener, type_into: TypeText) -> None:
    dialog = open_dialog()
    type_into(dialog.intake.petitioner, "张三")
    assert not dialog.save()
    assert dialog.messages.label("requests").isVisible()
    assert QApplication.focusWidget() is dialog.intake.requests


def test_id_with_wrong_check_digit_warns_but_saves(
    qtbot: QtBot, desk: Desk, open_dialog: Opener, type_into: TypeText
) -> None:
    dialog = open_dialog()
    page = dialog.intake
    type_into(page.petitioner, "张三")
    type_into(page.requests, "要求退还预付卡余额")
    type_into(page.id_number, BAD_CHECK_ID)
    label = dialog.messages.label("id_number")
    qtbot.waitUntil(label.isVisible)  # the check runs after a pause in typing
    assert "校验位" in label.text()
    assert label.property("severity") == "warning"
    with qtbot.waitSignal(dialog.saved) as blocker:
        save_by_keyboard(qtbot, dialog)
    assert desk.visits.get(VisitId(blocker.args[0])).id_number == BAD_CHECK_ID
    assert [w.field for w in dialog.warnings] == ["id_number"]


def test_group_mark_follows_the_threshold_setting(qtbot: QtBot, desk: Desk, open_dialog: Opener) -> None:
    dialog = open_dialog()
    spin = dialog.intake.people_count
    spin.selectAll()
    qtbot.keyClicks(spin, "6")
    assert dialog.intake.group_mark.isVisible()
    spin.selectAll()
    qtbot.keyClicks(spin, "4")
    assert not dialog.intake.group_mark.isVisible()
    desk.settings.save(desk.settings.with_changes(group_threshold=3))
    spin.selectAll()
    qtbot.keyClicks(spin, "3")
    assert dialog.intake.group_mark.isVisible()


def test_deadlines_follow_the_received_date(open_dialog: Opener) -> None:
    dialog = open_dialog()
    dialog.intake.received_at.setDateTime(QDateTime.fromString("2026-11-20 09:30", "yyyy-MM-dd HH:mm"))
    lines = {label.text(): label for label in dialog.deadlines.lines()}
    # 信访工作条例 第二十三条: 15日 → 2026-12-05 is a Saturday → 民法典 第二百零三条 moves it to Monday.
    accept = lines["受理告知 (§23 15日): 2026-12-07"]
    assert accept.font().bold()
    # Only the clocks of the visit as typed are on screen (no label left over from 2026-11-23).
    shown = [label.text() for label in dialog.deadlines.findChildren(QLabel) if label.isVisible()]
    assert shown == ["受理告知 (§23 15日): 2026-12-07"]
    assert accept.property("overdue") is False


def test_overdue_active_clock_is_red(open_dialog: Opener) -> None:
    dialog = open_dialog()
    dialog.intake.received_at.setDateTime(QDateTime.fromString("2026-10-01 09:30", "yyyy-MM-dd HH:mm"))
    [accept] = [label for label in dialog.deadlines.lines() if "§23" in label.text()]
    assert accept.property("overdue") is True
    assert "#c62828" in accept.styleSheet()


def test_extension_over_thirty_days_is_refused(
    qtbot: QtBot, desk: Desk, open_dialog: Opener, type_into: TypeText
) -> None:
    visit = stored_visit(desk, received_at=datetime(2026, 11, 1, 9, 0), accepted_on=date(2026, 11, 2))
    assert visit.id is not None
    dialog = open_dialog(visit.id)
    page = dialog.handling
    type_into(page.extension_approver, "王局长")
    type_into(page.extension_reason, "需现场核查")
    page.extension_days.selectAll()
    type_into(page.extension_days, "31")
    assert not dialog.save()
    label = dialog.messages.label("extension_days")
    assert "延期不得超过30日" in label.text()
    assert dialog.tabs.currentWidget() is dialog.handling
    assert desk.visits.get(visit.id).extension_days == 0
    page.extension_days.selectAll()
    qtbot.keyClicks(page.extension_days, "30")
    # 2027-01-31 is a Sunday (2027 not yet in the official calendar: weekends only) → Monday.
    assert "延期办结 (§34 90日): 2027-02-01" in [label.text() for label in dialog.deadlines.lines()]
    assert dialog.save()
    assert desk.visits.get(visit.id).extension_days == 30


def test_optional_date_ticks_to_today_and_delete_clears_it(qtbot: QtBot, open_dialog: Opener) -> None:
    dialog = open_dialog()
    dialog.tabs.setCurrentWidget(dialog.handling)
    accepted = dialog.handling.accepted_on
    assert accepted.value() is None and not accepted.edit.isEnabled()
    qtbot.keyClick(accepted.check, Qt.Key.Key_Space)
    assert accepted.value() == date(2026, 11, 23)  # the desk's today
    assert QApplication.focusWidget() is accepted.edit  # ready to type over it
    assert "办结 (§34 60日): 2027-01-22" in [label.text() for label in dialog.deadlines.lines()]
    qtbot.keyClick(accepted.edit, Qt.Key.Key_Delete)
    assert accepted.value() is None
    assert not any("§34" in label.text() for label in dialog.deadlines.lines())


def test_escape_asks_before_discarding(qtbot: QtBot, desk: Desk, open_dialog: Opener, type_into: TypeText) -> None:
    dialog = open_dialog()
    type_into(dialog.intake.petitioner, "张三")
    qtbot.keyClick(dialog.intake.petitioner, Qt.Key.Key_Escape)
    box = dialog.findChild(QMessageBox, "discardQuestion")
    assert box is not None and box.isVisible()
    assert dialog.isVisible()
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.intake.petitioner.text() == "张三"
    qtbot.keyClick(dialog.intake.petitioner, Qt.Key.Key_Escape)
    box = next(b for b in dialog.findChildren(QMessageBox) if b.isVisible())
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.result() == VisitDialog.DialogCode.Rejected
    assert desk.visits.count() == 0


def test_escape_on_an_untouched_form_just_closes(qtbot: QtBot, open_dialog: Opener) -> None:
    dialog = open_dialog()
    qtbot.keyClick(dialog.intake.channel, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.findChild(QMessageBox) is None


def test_edit_keeps_fields_and_records_history(desk: Desk, open_dialog: Opener, type_into: TypeText) -> None:
    visit = stored_visit(desk, phone="13812345678", category="消费纠纷", subcategory="预付卡")
    assert visit.id is not None
    dialog = open_dialog(visit.id)
    assert dialog.windowTitle() == f"Visit {visit.reg_no}"
    assert (dialog.intake.petitioner.text(), dialog.intake.subcategory.currentText()) == ("李四", "预付卡")
    assert not dialog.is_dirty()
    dialog.intake.phone.selectAll()
    type_into(dialog.intake.phone, "13900001111")
    assert dialog.windowTitle().endswith("*")
    assert dialog.save()
    assert desk.visits.get(visit.id).phone == "13900001111"
    assert [(e.field, e.before, e.after) for e in desk.visits.history(visit.id) if e.action == "update"] == [
        ("phone", "13812345678", "13900001111")
    ]


def test_progress_note_is_added_for_a_saved_visit(
    qtbot: QtBot, desk: Desk, open_dialog: Opener, type_into: TypeText
) -> None:
    visit = stored_visit(desk)
    assert visit.id is not None
    dialog = open_dialog(visit.id)
    page = dialog.progress
    dialog.tabs.setCurrentWidget(page)
    type_into(page.note_text, "已电话联系商场负责人")
    with qtbot.waitSignal(dialog.notes_changed):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert [(n.on_date, n.text) for n in desk.visits.notes(visit.id)] == [(date(2026, 11, 23), "已电话联系商场负责人")]
    assert page.notes.topLevelItem(0).text(1) == "已电话联系商场负责人"
    assert page.history.topLevelItemCount() == 2  # the insert and the note


def test_new_visit_cannot_take_notes_or_print(open_dialog: Opener) -> None:
    dialog = open_dialog()
    assert not dialog.progress.add_button.isEnabled()
    assert not dialog.print_button.isEnabled()


def test_related_visits_are_suggested_masked_and_linked(
    qtbot: QtBot, desk: Desk, open_dialog: Opener, type_into: TypeText
) -> None:
    earlier = stored_visit(desk, phone="13812345678")
    dialog = open_dialog()
    type_into(dialog.intake.petitioner, "李四")
    type_into(dialog.intake.requests, "再次要求退还余额")
    type_into(dialog.intake.phone, "13812345678")
    related = dialog.related
    qtbot.waitUntil(lambda: related.list.count() == 1)
    text = related.list.item(0).text()
    assert earlier.reg_no in text and "138****5678" in text and "13812345678" not in text
    related.list.setCurrentRow(0)
    qtbot.mouseClick(related.link_button, Qt.MouseButton.LeftButton)
    assert earlier.reg_no in related.linked.text()
    with qtbot.waitSignal(dialog.saved) as blocker:
        dialog.save()
    assert desk.visits.get(VisitId(blocker.args[0])).related_visit_id == earlier.id


def test_anonymous_box_fills_the_name(qtbot: QtBot, open_dialog: Opener) -> None:
    dialog = open_dialog()
    qtbot.mouseClick(dialog.intake.anonymous, Qt.MouseButton.LeftButton)
    assert dialog.intake.petitioner.text() == "匿名"
    assert dialog.intake.petitioner.isReadOnly()
    qtbot.mouseClick(dialog.intake.anonymous, Qt.MouseButton.LeftButton)
    assert dialog.intake.petitioner.text() == ""


def test_subcategories_follow_the_category(qtbot: QtBot, open_dialog: Opener) -> None:
    dialog = open_dialog()
    dialog.intake.category.setCurrentText("劳动社保")
    items = [dialog.intake.subcategory.itemText(i) for i in range(dialog.intake.subcategory.count())]
    assert "欠薪" in items and "预付卡" not in items


def test_print_button_previews_the_saved_form(
    qtbot: QtBot, desk: Desk, open_dialog: Opener, monkeypatch: pytest.MonkeyPatch
) -> None:
    visit = stored_visit(desk)
    assert visit.id is not None
    shown: list[tuple[bytes, str]] = []
    monkeypatch.setattr(visit_dialog_module, "show_pdf_preview", lambda _parent, pdf, title: shown.append((pdf, title)))
    dialog = open_dialog(visit.id)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    [(pdf, title)] = shown
    assert pdf.startswith(b"%PDF") and visit.reg_no in title


def test_void_dialog_requires_a_reason(qtbot: QtBot, type_into: TypeText) -> None:
    dialog = VoidDialog(None, "XF-2026-0001")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.void_button.isEnabled()
    type_into(dialog.reason_edit, "   ")
    assert not dialog.void_button.isEnabled()
    type_into(dialog.reason_edit, "重复登记")
    with qtbot.waitSignal(dialog.reason_given) as blocker:
        qtbot.mouseClick(dialog.void_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["重复登记"]
    assert dialog.result() == VoidDialog.DialogCode.Accepted


def test_screenshots(qtbot: QtBot, desk: Desk, cjk_font: str, open_dialog: Opener, type_into: TypeText) -> None:
    stored_visit(desk, phone="13812345678")
    dialog = open_dialog()
    page = dialog.intake
    dialog.intake.received_at.setDateTime(QDateTime.fromString("2026-11-20 09:30", "yyyy-MM-dd HH:mm"))
    type_into(page.petitioner, "张三")
    type_into(page.phone, "13812345678")
    type_into(page.id_number, BAD_CHECK_ID)
    page.category.setCurrentText("消费纠纷")
    page.subcategory.setCurrentText("预付卡")
    type_into(page.facts, "2026年5月在城关镇某健身会所办理预付卡，会所停业后无法退款。")
    type_into(page.requests, "要求退还预付卡余额2000元")
    dialog.handling.extension_days.setValue(31)
    dialog.refresh_checks()
    dialog.refresh_related()
    qtbot.wait(20)  # let the layouts settle before grabbing
    PREVIEW_DIR.mkdir(exist_ok=True)
    assert page.font().family() == cjk_font
    assert dialog.grab().save(str(PREVIEW_DIR / "visit_dialog.png"))
    dialog.tabs.setCurrentWidget(dialog.handling)
    qtbot.wait(20)
    assert dialog.messages.label("extension_days").isVisible()
    assert dialog.grab().save(str(PREVIEW_DIR / "visit_dialog_handling.png"))
