"""Registering and handling a petition: validation, computed deadlines, states, audit, void, related cases."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from officedesk.domain.visits import Visit, VisitFilter, VisitState
from officedesk.services.desk import Desk
from officedesk.services.visit_service import ValidationFailed


def _visit(**kw: object) -> Visit:
    base: dict[str, object] = dict(
        channel="来访",
        received_at=datetime(2026, 11, 20, 9, 0),
        petitioner="张建国",
        requests="请求督促支付拖欠的工资",
        phone="13812345678",
    )
    base.update(kw)
    return Visit(**base)  # type: ignore[arg-type]


def test_save_numbers_the_visit_and_computes_deadlines(unit_desk: Desk) -> None:
    saved = unit_desk.visits.save(_visit()).visit
    assert saved.reg_no == "XF-2026-0001"
    # 条例 第二十三条: 15日 from 2026-11-20 is 12-05, a Saturday → the next working day (民法典 第二百零三条).
    assert saved.accept_due == date(2026, 12, 7)
    assert saved.active_due == date(2026, 12, 7)
    assert saved.status == VisitState.OPEN
    second = unit_desk.visits.save(_visit(petitioner="李秀英")).visit
    assert second.reg_no == "XF-2026-0002"


def test_a_refused_save_writes_nothing(unit_desk: Desk) -> None:
    with pytest.raises(ValidationFailed) as e:
        unit_desk.visits.save(_visit(phone="12345"))
    assert {i.field for i in e.value.issues if i.severity == "error"} == {"phone"}
    assert unit_desk.visits.count() == 0
    assert unit_desk.visits.audit.count() == 0


def test_a_wrong_check_digit_warns_but_saves(unit_desk: Desk) -> None:
    result = unit_desk.visits.save(_visit(id_number="110105194912310021"))
    assert result.visit.id is not None
    assert [w.field for w in result.warnings] == ["id_number"]


def test_every_change_is_audited_field_by_field(unit_desk: Desk) -> None:
    s = unit_desk.visits
    saved = s.save(_visit()).visit
    assert saved.id is not None
    s.save(saved.replace(disposition="交办", handling_unit="市场监管股", accepted_on=date(2026, 11, 21)))
    history = s.history(saved.id)
    assert history[0].action == "insert"
    changed = {(h.field, h.before, h.after) for h in history if h.action == "update"}
    assert ("disposition", "", "交办") in changed
    assert ("handling_unit", "", "市场监管股") in changed
    assert ("accepted_on", "", "2026-11-21") in changed
    # 条例 第三十四条: 60日 from acceptance, 2027-01-20 (a Wednesday).
    assert ("due_date", "", "2027-01-20") in changed


def test_void_needs_a_reason_and_keeps_the_record(unit_desk: Desk) -> None:
    s = unit_desk.visits
    saved = s.save(_visit()).visit
    assert saved.id is not None
    with pytest.raises(ValidationFailed):
        s.void(saved.id, "  ")
    s.void(saved.id, "重复登记")
    assert s.get(saved.id).status == VisitState.VOID
    assert s.search(VisitFilter()) == []  # hidden from the register …
    assert s.search(VisitFilter(include_void=True)) == [saved.id]  # … never deleted
    assert s.history(saved.id)[-1].action == "void"


def test_states_follow_the_clock(unit_desk: Desk) -> None:
    s = unit_desk.visits
    overdue = s.save(_visit(received_at=datetime(2026, 9, 1, 9, 0), accepted_on=date(2026, 9, 2))).visit
    soon = s.save(_visit(received_at=datetime(2026, 11, 9, 9, 0))).visit  # accept notice due 11-24
    done = s.save(_visit(accepted_on=date(2026, 11, 20), reply_on=date(2026, 11, 22))).visit
    assert s.state_of(overdue) == VisitState.OVERDUE
    assert s.state_of(soon) == VisitState.DUE_SOON
    assert s.state_of(done) == VisitState.CLOSED  # the written reply ends the clock
    assert s.search(VisitFilter(overdue_only=True)) == [overdue.id]
    assert s.search(VisitFilter(states=(VisitState.DUE_SOON,))) == [soon.id]


def test_an_extension_moves_the_due_date_and_needs_approval(unit_desk: Desk) -> None:
    s = unit_desk.visits
    v = s.save(_visit(accepted_on=date(2026, 11, 20))).visit
    with pytest.raises(ValidationFailed):
        s.save(v.replace(extension_days=30))  # no approver, no reason
    with pytest.raises(ValidationFailed):
        s.save(v.replace(extension_days=31, extension_approver="王局长", extension_reason="需现场核查"))
    ext = s.save(v.replace(extension_days=30, extension_approver="王局长", extension_reason="需现场核查")).visit
    assert ext.extended_due == date(2027, 2, 18)  # 90日 from 11-20
    assert ext.active_due == ext.extended_due


def test_a_matter_raised_again_is_suggested(unit_desk: Desk) -> None:
    s = unit_desk.visits
    first = s.save(_visit(received_at=datetime(2026, 10, 8, 9, 0), requests="城关镇某工地拖欠农民工工资请求支付")).visit
    other = s.save(_visit(petitioner="王磊", phone="13900001111", requests="小区物业服务差")).visit
    again = _visit(
        received_at=datetime(2026, 11, 20, 9, 0),
        petitioner="张建国",
        phone="",
        requests="城关镇某工地拖欠农民工工资一直未解决",
    )
    suggested = [v.id for v in s.related_suggestions(again)]
    assert first.id in suggested and other.id not in suggested
    same_phone = [v.id for v in s.related_suggestions(_visit(requests="别的事"))]
    assert same_phone == [first.id]


def test_changed_periods_recompute_open_deadlines(unit_desk: Desk) -> None:
    s = unit_desk.visits
    v = s.save(_visit(accepted_on=date(2026, 11, 20))).visit
    st = unit_desk.settings
    st.save(st.with_changes(periods=st.settings.periods.__class__(handling_days=30)))
    assert s.recompute_deadlines() == 1
    assert v.id is not None
    assert s.get(v.id).due_date == date(2026, 12, 21)  # 12-20 is a Sunday → Monday


def test_notes_are_dated_and_audited(unit_desk: Desk) -> None:
    s = unit_desk.visits
    v = s.save(_visit()).visit
    assert v.id is not None
    s.add_note(v.id, date(2026, 11, 21), "已电话联系承办单位")
    assert [(n.on_date, n.text) for n in s.notes(v.id)] == [(date(2026, 11, 21), "已电话联系承办单位")]
    assert s.history(v.id)[-1].action == "note"
