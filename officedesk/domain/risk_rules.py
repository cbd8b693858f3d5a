"""The ledger's rules: validation, the state machine, the major-hazard "five in place", 销号 and 延期."""

from __future__ import annotations

from datetime import date, timedelta

from officedesk.domain.identity import phone_problem
from officedesk.domain.risks import DISPUTE_LEVELS, HAZARD_LEVELS, Risk, RiskKind, RiskStatus
from officedesk.domain.visit_validation import FieldIssue

# Forward moves, plus a failed acceptance going back to work (事故隐患排查治理暂行规定 第十五条 — a plan is worked
# through, then verified). A 一般 hazard may be fixed on the spot and go straight to acceptance.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    RiskStatus.OPEN: (RiskStatus.IN_PROGRESS, RiskStatus.AWAITING_ACCEPTANCE),
    RiskStatus.IN_PROGRESS: (RiskStatus.AWAITING_ACCEPTANCE,),
    RiskStatus.AWAITING_ACCEPTANCE: (RiskStatus.CLOSED, RiskStatus.IN_PROGRESS),
    RiskStatus.CLOSED: (),
    RiskStatus.VOID: (),
}

# "五落实/五到位": 整改措施、责任、资金、时限、预案 (DOMAIN §3.2) — field names with their Chinese names.
FIVE_IN_PLACE = (
    ("measures", "整改措施"),
    ("responsible_person", "责任人"),
    ("funds", "整改资金"),
    ("due_date", "整改时限"),
    ("interim_controls", "应急预案"),
)


def levels_for(kind: str) -> tuple[str, ...]:
    return HAZARD_LEVELS if RiskKind.is_hazard(kind) else DISPUTE_LEVELS


def missing_five_in_place(risk: Risk) -> list[str]:
    """The Chinese names of the "five in place" a major hazard still lacks (empty when all are filled)."""
    missing = [name for field, name in FIVE_IN_PLACE if not getattr(risk, field)]
    if not risk.responsible_unit and "责任人" not in missing:
        missing.insert(1, "责任单位")
    elif not risk.responsible_unit:
        missing[missing.index("责任人")] = "责任单位和责任人"
    return missing


def transition_problems(risk: Risk, target: str) -> list[str]:
    """Why `risk` cannot move to `target` (Chinese sentences); empty when it may."""
    if target == risk.status:
        return []
    if target not in TRANSITIONS.get(risk.status, ()):
        return [f"不能从“{RiskStatus.label(risk.status, risk.kind)}”直接改为“{RiskStatus.label(target, risk.kind)}”"]
    problems: list[str] = []
    if target == RiskStatus.IN_PROGRESS and risk.is_major_hazard:
        missing = missing_five_in_place(risk)
        if missing:
            problems.append("重大隐患须“五到位”后方可进入整改，尚缺：" + "、".join(missing))
    if target == RiskStatus.AWAITING_ACCEPTANCE and risk.is_major_hazard and risk.status == RiskStatus.OPEN:
        problems.append("重大隐患须先制定治理方案并进入整改，不能直接验收")
    if target == RiskStatus.CLOSED:
        if not risk.verifier.strip():
            problems.append("销号须填写验收人")
        if risk.verified_on is None:
            problems.append("销号须填写验收日期")
        elif risk.verified_on < risk.found_on:
            problems.append("验收日期不能早于排查日期")
    return problems


def extension_problems(risk: Risk, new_due: date | None, approver: str, reason: str) -> list[str]:
    problems: list[str] = []
    current = risk.current_due
    if new_due is None:
        problems.append("延期须填写新的时限")
    elif current is not None and new_due <= current:
        problems.append(f"新的时限应晚于原时限 {current.isoformat()}")
    if not approver.strip():
        problems.append("延期须填写批准人")
    if not reason.strip():
        problems.append("延期须说明理由")
    if risk.status in (RiskStatus.CLOSED, RiskStatus.VOID):
        problems.append("已销号或作废的事项不能延期")
    return problems


def validate_risk(risk: Risk, today: date) -> list[FieldIssue]:
    issues: list[FieldIssue] = []

    def error(field: str, message: str) -> None:
        issues.append(FieldIssue(field, "error", message))

    if risk.kind not in RiskKind.ALL:
        error("kind", f"类型应为{'、'.join(RiskKind.ALL)}之一")
    if not risk.description.strip():
        error("description", "请填写事项名称及简要情况")
    if risk.found_on > today:
        error("found_on", "排查日期不能晚于今天")
    if risk.level and risk.level not in levels_for(risk.kind):
        error("level", f"等级应为{'、'.join(levels_for(risk.kind))}之一")
    if risk.due_date is not None and risk.due_date < risk.found_on:
        error("due_date", "时限不能早于排查日期")
    if risk.people_involved < 0:
        error("people_involved", "涉及人数不能为负数")
    problem = phone_problem(risk.responsible_phone)
    if problem:
        error("responsible_phone", problem)
    if risk.status == RiskStatus.CLOSED:
        for message in transition_problems(risk.replace(status=RiskStatus.AWAITING_ACCEPTANCE), RiskStatus.CLOSED):
            error("verifier" if "验收人" in message else "verified_on", message)
    if risk.is_major_hazard and risk.status == RiskStatus.IN_PROGRESS:
        missing = missing_five_in_place(risk)
        if missing:
            error("measures", "重大隐患须“五到位”，尚缺：" + "、".join(missing))
    return issues


def is_overdue(risk: Risk, today: date) -> bool:
    due = risk.current_due
    return risk.status not in (RiskStatus.CLOSED, RiskStatus.VOID) and due is not None and due < today


def is_due_within(risk: Risk, today: date, days: int) -> bool:
    due = risk.current_due
    open_ = risk.status not in (RiskStatus.CLOSED, RiskStatus.VOID)
    return open_ and due is not None and today <= due <= today + timedelta(days=days)


def display_state(risk: Risk, today: date) -> str:
    """What the ledger shows: 超期 overrides an open state (DOMAIN §4.3: 超期未整改 is derived)."""
    if is_overdue(risk, today):
        return RiskStatus.OVERDUE_LABEL
    return RiskStatus.label(risk.status, risk.kind)
