"""RiskDialog: keyboard entry, messages beside fields, the state bar's moves and refusals, 销号, 延期, 进展."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from officedesk.domain.ids import RiskId
from officedesk.domain.risks import Risk, RiskFilter, RiskKind, RiskStatus
from officedesk.services.desk import Desk
from officedesk.ui.dialogs.risk_dialog import RiskDialog
from officedesk.ui.dialogs.risk_state_dialogs import CrossOffDialog, ExtendDialog

Opener = Callable[..., RiskDialog]
TypeText = Callable[[QWidget, str], None]


@pytest.fixture
def open_dialog(desk: Desk, show_active: Callable[[RiskDialog], RiskDialog]) -> Opener:
    def make(risk_id: RiskId | None = None, kind: str = RiskKind.DISPUTE) -> RiskDialog:
        return show_active(RiskDialog(desk, risk_id, kind))

    return make


def record(desk: Desk, **fields: Any) -> Risk:
    base: dict[str, Any] = {"kind": RiskKind.DISPUTE, "found_on": date(2026, 11, 2), "description": "欠薪纠纷"}
    base.update(fields)
    return desk.risks.save(Risk(**base))


def major_hazard(desk: Desk) -> RiskId:
    risk = record(desk, kind=RiskKind.HAZARD, level="重大", description="冷库液氨管道腐蚀",
                  responsible_unit="城关冷链公司", due_date=date(2026, 12, 31))  # fmt: skip
    assert risk.id is not None
    return risk.id


def test_new_line_is_typed_and_saved_with_ctrl_s(
    qtbot: QtBot, desk: Desk, open_dialog: Opener, type_into: TypeText
) -> None:
    dialog = open_dialog()
    assert QApplication.focusWidget() is dialog.facts.kind
    assert dialog.windowTitle() == "New ledger line"
    type_into(dialog.facts.description, "小区业主与物业公司因停车费发生纠纷")
    type_into(dialog.measures.responsible_person, "李明")
    type_into(dialog.measures.responsible_phone, "13812345678")
    with qtbot.waitSignal(dialog.saved) as blocker:
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    risk = desk.risks.get(RiskId(blocker.args[0]))
    assert (risk.kind, risk.responsible_phone) == (RiskKind.DISPUTE, "13812345678")
    assert risk.description == "小区业主与物业公司因停车费发生纠纷"
    assert risk.found_on == date(2026, 11, 23) and re.fullmatch(r"YH-2026-\d{4}", risk.reg_no)
    assert dialog.result() == RiskDialog.DialogCode.Accepted


def test_wrong_phone_is_shown_beside_the_field(
    qtbot: QtBot, desk: Desk, open_dialog: Opener, type_into: TypeText
) -> None:
    dialog = open_dialog()
    type_into(dialog.facts.description, "征地补偿纠纷")
    type_into(dialog.measures.responsible_phone, "12345")
    with qtbot.assertNotEmitted(dialog.saved):
        assert not dialog.save()
    label = dialog.messages.label("responsible_phone")
    assert label.isVisibleTo(dialog) and label.property("severity") == "error"
    assert dialog.tabs.currentWidget() is dialog.measures
    assert QApplication.focusWidget() is dialog.measures.responsible_phone
    assert desk.risks.count_matching(RiskFilter(include_void=True)) == 0


def test_levels_follow_the_kind(open_dialog: Opener) -> None:
    dialog = open_dialog()
    level = dialog.facts.level
    assert [level.itemText(i) for i in range(level.count())] == ["", "高", "中", "低"]
    dialog.facts.kind.setCurrentText(RiskKind.HAZARD)
    assert [level.itemText(i) for i in range(level.count())] == ["", "一般", "重大"]


def test_major_hazard_starts_work_only_with_all_five_in_place(
    qtbot: QtBot, desk: Desk, open_dialog: Opener, type_into: TypeText
) -> None:
    dialog = open_dialog(major_hazard(desk))
    bar = dialog.state_bar
    assert bar.start_button.isVisible() and not bar.cross_off_button.isVisible()
    assert "整改措施、责任人、整改资金、应急预案" in bar.five.text()

    with qtbot.assertNotEmitted(dialog.saved):
        qtbot.mouseClick(bar.start_button, Qt.MouseButton.LeftButton)
    assert bar.message.isVisibleTo(dialog)
    assert bar.message.text() == "重大隐患须“五到位”后方可进入整改，尚缺：整改措施、责任人、整改资金、应急预案"
    assert desk.risks.get(dialog.risk.id or RiskId(0)).status == RiskStatus.OPEN

    type_into(dialog.measures.measures, "更换腐蚀管段，加装泄漏报警")
    type_into(dialog.measures.responsible_person, "赵刚")
    type_into(dialog.measures.funds, "12.5")
    qtbot.mouseClick(bar.start_button, Qt.MouseButton.LeftButton)
    assert "应急预案" in bar.message.text() and "整改措施" not in bar.message.text()  # the one still missing

    type_into(dialog.measures.interim_controls, "停用该管段，制定液氨泄漏应急预案")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(bar.start_button, Qt.MouseButton.LeftButton)
    stored = desk.risks.get(dialog.risk.id or RiskId(0))
    assert stored.status == RiskStatus.IN_PROGRESS
    assert (stored.responsible_person, stored.funds) == ("赵刚", "12.5")  # typed changes go with the move
    assert not bar.message.isVisibleTo(dialog)
    assert bar.badge.text() == "整改中"
    assert not bar.start_button.isVisibleTo(dialog) and bar.ready_button.isVisibleTo(dialog)
    assert not dialog.is_dirty()


def test_cross_off_requires_the_verifier(qtbot: QtBot, desk: Desk, open_dialog: Opener) -> None:
    risk = record(desk, due_date=date(2026, 12, 31))
    assert risk.id is not None
    desk.risks.move(risk.id, RiskStatus.AWAITING_ACCEPTANCE)
    dialog = open_dialog(risk.id)
    assert dialog.state_bar.cross_off_button.isVisible() and dialog.state_bar.back_button.isVisible()
    cross = dialog.cross_off()
    assert isinstance(cross, CrossOffDialog)
    cross.accept()
    assert cross.isVisible()
    assert cross.problems() == "销号须填写验收人"
    assert desk.risks.get(risk.id).status == RiskStatus.AWAITING_ACCEPTANCE

    cross.verifier.setText("王局长")
    cross.conclusion.setPlainText("经回访，双方达成和解")
    with qtbot.waitSignal(dialog.saved):
        cross.accept()
    closed = desk.risks.get(risk.id)
    assert (closed.status, closed.verifier, closed.verified_on) == (RiskStatus.CLOSED, "王局长", date(2026, 11, 23))
    assert closed.verify_conclusion == "经回访，双方达成和解" and closed.closed_on == date(2026, 11, 23)
    assert dialog.state_bar.badge.text() == "已化解·销号"
    assert "verified by 王局长" in dialog.state_bar.due.text()
    assert not any(b.isVisibleTo(dialog) for b in dialog.state_bar.buttons())


def test_a_closed_line_asks_why_it_is_changed(qtbot: QtBot, desk: Desk, open_dialog: Opener,
                                             monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    risk = record(desk)
    assert risk.id is not None
    desk.risks.move(risk.id, RiskStatus.AWAITING_ACCEPTANCE)
    desk.risks.move(risk.id, RiskStatus.CLOSED, verifier="王局长", verified_on=date(2026, 11, 20))
    dialog = open_dialog(risk.id)
    dialog.measures.remarks.setText("补记：已回访")
    answers = iter([("", False), ("补充回访情况", True)])
    asked: list[str] = []

    def get_text(_parent: QWidget, _title: str, label: str, *args: Any) -> tuple[str, bool]:
        asked.append(label)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    assert not dialog.save()  # cancelled: nothing written
    assert desk.risks.get(risk.id).remarks == ""
    assert dialog.save()
    assert desk.risks.get(risk.id).remarks == "补记：已回访"
    assert len(asked) == 2 and "locked" in asked[0]
    changes = [e for e in desk.risks.history(risk.id) if e.field == "remarks"]
    assert changes and "补充回访情况" in changes[-1].after


def test_extend_needs_an_approver_and_moves_the_deadline(qtbot: QtBot, desk: Desk, open_dialog: Opener) -> None:
    risk = record(desk, due_date=date(2026, 11, 30))
    assert risk.id is not None
    dialog = open_dialog(risk.id)
    dialog.measures.remarks.setText("尚未保存的备注")
    extend = dialog.extend()
    assert isinstance(extend, ExtendDialog)
    extend.new_due.setValue(date(2026, 12, 20))
    extend.reason.setPlainText("需等待司法鉴定结果")
    extend.accept()
    assert extend.problems() == "延期须填写批准人"
    extend.approver.setText("张副局长")
    with qtbot.waitSignal(dialog.saved):
        extend.accept()
    stored = desk.risks.get(risk.id)
    assert (stored.due_date, stored.extended_due) == (date(2026, 11, 30), date(2026, 12, 20))
    assert stored.extension_approver == "张副局长"
    assert "Deadline 2026-12-20" in dialog.state_bar.due.text() and "张副局长" in dialog.state_bar.due.text()
    assert dialog.measures.remarks.text() == "尚未保存的备注" and dialog.is_dirty()  # typed text is kept


def test_progress_is_a_timeline_newest_first(
    qtbot: QtBot, desk: Desk, open_dialog: Opener, type_into: TypeText
) -> None:
    risk = record(desk)
    assert risk.id is not None
    desk.risks.add_progress(risk.id, date(2026, 11, 10), "约谈双方")
    dialog = open_dialog(risk.id)
    panel = dialog.progress
    panel.on_date.setDate(panel.on_date.date().addDays(-3))  # 2026-11-20
    type_into(panel.text, "组织调解，初步达成意向")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert panel.entries() == [("2026-11-20", "组织调解，初步达成意向"), ("2026-11-10", "约谈双方")]
    assert [e.text for e in desk.risks.progress(risk.id)] == ["约谈双方", "组织调解，初步达成意向"]

    qtbot.keyClick(panel.text, Qt.Key.Key_Return)  # nothing typed: refused, said under the row
    assert panel.message.isVisibleTo(dialog) and panel.message.text() == "进展内容不能为空"
    assert dialog.history.topLevelItemCount() >= 3  # insert + two progress entries


def test_new_line_cannot_log_progress_until_saved(open_dialog: Opener) -> None:
    dialog = open_dialog()
    assert not dialog.progress.add_button.isEnabled()
    assert "Save the line first" in dialog.progress.empty.text()
    assert not dialog.state_bar.extend_button.isEnabled()


def test_a_new_line_is_saved_before_it_moves(qtbot: QtBot, desk: Desk, open_dialog: Opener) -> None:
    dialog = open_dialog(kind=RiskKind.HAZARD)
    assert dialog.move_to(RiskStatus.AWAITING_ACCEPTANCE) == ["请填写事项名称及简要情况"]  # nothing saved yet
    assert dialog.messages.label("description").isVisibleTo(dialog)
    assert desk.risks.count_matching(RiskFilter(include_void=True)) == 0

    dialog.facts.description.setPlainText("楼梯扶手松动")  # a 一般 hazard fixed on the spot: straight to 待验收
    with qtbot.waitSignal(dialog.saved) as blocker:
        qtbot.mouseClick(dialog.state_bar.ready_button, Qt.MouseButton.LeftButton)
    assert desk.risks.get(RiskId(blocker.args[0])).status == RiskStatus.AWAITING_ACCEPTANCE
    assert dialog.windowTitle().startswith("Ledger line YH-2026-")
    assert dialog.progress.add_button.isEnabled()  # saved now: progress can be logged
