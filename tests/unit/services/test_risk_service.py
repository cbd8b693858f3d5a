"""The ledger's rules at work: states, the major hazard's five-in-place, 销号, 延期, the lock, audit, search."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from officedesk.domain.risks import Risk, RiskFilter, RiskKind, RiskStatus
from officedesk.services.desk import Desk
from officedesk.services.risk_service import TransitionRefused
from officedesk.services.visit_service import ValidationFailed

S = RiskStatus


def _hazard(**kw: object) -> Risk:
    base: dict[str, object] = dict(kind=RiskKind.HAZARD, found_on=date(2026, 11, 2), description="仓库消防通道堵塞",
                                   level="一般", responsible_unit="某商贸公司", responsible_person="刘强",
                                   due_date=date(2026, 11, 30))  # fmt: skip
    base.update(kw)
    return Risk(**base)  # type: ignore[arg-type]


FIVE = dict(measures="清理通道、增设标识", funds="2.5", interim_controls="专人值守，制定疏散预案")


@pytest.mark.parametrize(
    ("start_fields", "path", "refused_at", "needle"),
    [
        ({}, [S.IN_PROGRESS, S.AWAITING_ACCEPTANCE], None, ""),
        ({}, [S.AWAITING_ACCEPTANCE], None, ""),  # a 一般 hazard fixed on the spot
        ({}, [S.CLOSED], S.CLOSED, "不能从"),  # never straight to 销号
        ({"level": "重大"}, [S.IN_PROGRESS], S.IN_PROGRESS, "整改措施、整改资金、应急预案"),
        ({"level": "重大", **FIVE}, [S.IN_PROGRESS, S.AWAITING_ACCEPTANCE], None, ""),
        ({"level": "重大", **FIVE}, [S.AWAITING_ACCEPTANCE], S.AWAITING_ACCEPTANCE, "治理方案"),
        ({"level": "重大", **FIVE, "responsible_person": ""}, [S.IN_PROGRESS], S.IN_PROGRESS, "责任人"),
    ],
)
def test_state_machine(unit_desk: Desk, start_fields: dict[str, object], path: list[str], refused_at: str | None,
                       needle: str) -> None:  # fmt: skip
    risks = unit_desk.risks
    saved = risks.save(_hazard(**start_fields))
    assert saved.id is not None and saved.reg_no == "YH-2026-0001"
    for target in path:
        if target == refused_at:
            with pytest.raises(TransitionRefused) as e:
                risks.move(saved.id, target)
            assert needle in str(e.value)
            assert risks.get(saved.id).status == saved.status  # nothing written
            return
        saved = risks.move(saved.id, target)
        assert saved.status == target
    assert refused_at is None


def test_closing_needs_verification_then_locks(unit_desk: Desk) -> None:
    risks = unit_desk.risks
    r = risks.save(_hazard())
    assert r.id is not None
    risks.move(r.id, S.AWAITING_ACCEPTANCE)
    with pytest.raises(TransitionRefused, match="验收人"):
        risks.move(r.id, S.CLOSED)
    closed = risks.move(r.id, S.CLOSED, verifier="王建国", verified_on=date(2026, 11, 20), verify_conclusion="合格")
    assert closed.closed_on == date(2026, 11, 20)
    assert risks.state_of(closed) == "已销号"
    with pytest.raises(TransitionRefused, match="理由"):
        risks.save(closed.replace(remarks="补记"))
    risks.save(closed.replace(remarks="补记"), reason="补录验收照片说明")
    last = risks.history(r.id)[-1]
    assert (last.field, last.after) == ("remarks", "补记（理由：补录验收照片说明）")


def test_extension_and_overdue(unit_desk: Desk) -> None:
    risks = unit_desk.risks
    r = risks.save(_hazard(due_date=date(2026, 11, 20)))  # the fixed clock says 2026-11-23
    assert r.id is not None
    assert risks.state_of(r) == "超期"
    assert risks.search(RiskFilter(overdue_only=True)) == [r.id]
    with pytest.raises(TransitionRefused, match="批准人"):
        risks.extend(r.id, date(2026, 12, 31), "", "等待配件")
    with pytest.raises(TransitionRefused, match="晚于原时限"):
        risks.extend(r.id, date(2026, 11, 10), "王建国", "等待配件")
    extended = risks.extend(r.id, date(2026, 12, 31), "王建国", "等待配件")
    assert extended.current_due == date(2026, 12, 31) and extended.due_date == date(2026, 11, 20)
    assert risks.state_of(extended) == "待整改"
    assert risks.search(RiskFilter(overdue_only=True)) == []
    assert risks.search(RiskFilter(due_within_days=40)) == [r.id]


def test_progress_timeline_search_and_grouping(unit_desk: Desk) -> None:
    risks = unit_desk.risks
    a = risks.save(_hazard())
    b = risks.save(Risk(kind=RiskKind.DISPUTE, found_on=date(2026, 11, 5), description="小区业主与物业因停车费纠纷",
                        level="中", lead_leader="李卫东", responsible_unit="城关镇"))  # fmt: skip
    assert a.id is not None and b.id is not None
    risks.add_progress(b.id, date(2026, 11, 10), "已组织双方调解一次")
    risks.add_progress(b.id, date(2026, 11, 18), "达成初步协议")
    with pytest.raises(ValidationFailed):
        risks.add_progress(b.id, date(2026, 12, 1), "未来的进展")
    assert [p.text for p in risks.progress(b.id)] == ["已组织双方调解一次", "达成初步协议"]
    [line] = risks.lines([b.id])
    assert line.progress == "2026-11-18：达成初步协议" and line.state == "未化解"
    assert risks.search(RiskFilter(text="调解")) == [b.id]  # two characters, in a progress entry
    assert risks.search(RiskFilter(text="停车费")) == [b.id]
    assert risks.search(RiskFilter(text="消")) == [a.id]
    assert risks.search(RiskFilter(kinds=(RiskKind.HAZARD,))) == [a.id]
    assert risks.group_counts(RiskFilter(), "responsible_unit") == [("城关镇", 1, 0), ("某商贸公司", 1, 0)]


def test_a_visit_opens_a_ledger_line(unit_desk: Desk) -> None:
    from officedesk.domain.visits import Visit

    visit = unit_desk.visits.save(Visit(channel="来访", received_at=datetime(2026, 11, 20, 9, 0), petitioner="张建国",
                                        requests="工地拖欠农民工工资", people_count=12)).visit  # fmt: skip
    assert visit.id is not None
    draft = unit_desk.risks.draft_from_visit(visit.id)
    saved = unit_desk.risks.save(draft.replace(level="高"))
    assert (saved.kind, saved.related_visit_id, saved.people_involved) == (RiskKind.PETITION, visit.id, 12)


def test_reminders_list_overdue_lines_and_visits(unit_desk: Desk) -> None:
    r = unit_desk.risks.save(_hazard(due_date=date(2026, 11, 21)))
    soon = unit_desk.risks.save(_hazard(description="配电箱未上锁", due_date=date(2026, 11, 25)))
    reminders = unit_desk.risks.reminders()
    assert [x.id for x in reminders.overdue_risks] == [r.id]
    assert [x.id for x in reminders.due_soon_risks] == [soon.id]
    assert not reminders.empty


def test_void_keeps_the_line(unit_desk: Desk) -> None:
    r = unit_desk.risks.save(_hazard())
    assert r.id is not None
    unit_desk.risks.void(r.id, "重复录入")
    assert unit_desk.risks.search(RiskFilter()) == []
    assert unit_desk.risks.search(RiskFilter(include_void=True)) == [r.id]
