"""Checks on a visit before it is saved: errors refuse the save, warnings only ask the clerk to look.

Each issue names the Visit field it belongs to, so the dialog can show the sentence next to it.
DOMAIN.md §3.5: an odd ID number warns and never blocks; a petitioner may always stay anonymous.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from officedesk.domain.identity import id_number_problem, phone_problem
from officedesk.domain.settings import DeskSettings
from officedesk.domain.visits import ANONYMOUS, CHANNELS, DISPOSITIONS, MATTER_TYPES, RESULTS, SATISFACTION, Visit

ERROR = "error"
WARNING = "warning"

# Clocks on two PCs differ a little; a registration "in the future" by more than this is a typo.
_CLOCK_SLACK = timedelta(minutes=5)
# A registration this old is more likely a mistyped year than a late entry.
_OLD_ENTRY = timedelta(days=365)

# The dated steps of handling, in the order of the register (DOMAIN.md §4.1), with their labels.
_STEP_DATES: tuple[tuple[str, str], ...] = (
    ("accepted_on", "受理日期"),
    ("accept_notified_on", "受理告知日期"),
    ("extension_notified_on", "延期告知日期"),
    ("reply_on", "答复日期"),
    ("followup_on", "回访日期"),
    ("review_requested_on", "复查申请日期"),
    ("recheck_requested_on", "复核申请日期"),
    ("closed_on", "办结日期"),
)


@dataclass(frozen=True)
class FieldIssue:
    """One problem with one field: `severity` is ERROR (save refused) or WARNING (save allowed)."""

    field: str
    severity: str
    message: str


def has_errors(issues: Iterable[FieldIssue]) -> bool:
    return any(issue.severity == ERROR for issue in issues)


def _one_of(values: tuple[str, ...]) -> str:
    return "、".join(values)


def _intake(visit: Visit, now: datetime) -> list[FieldIssue]:
    """Who came, how, when and what for (条例 第十九条: 姓名、请求、事实、理由)."""
    issues: list[FieldIssue] = []
    if visit.channel not in CHANNELS:
        issues.append(FieldIssue("channel", ERROR, f"信访形式应为{_one_of(CHANNELS)}之一。"))
    if visit.received_at > now + _CLOCK_SLACK:
        issues.append(FieldIssue("received_at", ERROR, "登记时间晚于现在，请核对。"))
    elif visit.received_at < now - _OLD_ENTRY:
        issues.append(FieldIssue("received_at", WARNING, "登记时间在一年以前，请核对年份。"))
    if not visit.petitioner.strip():
        issues.append(FieldIssue("petitioner", ERROR, f"请填写信访人姓名；不愿留名的请写“{ANONYMOUS}”。"))
    if visit.people_count < 1:
        issues.append(FieldIssue("people_count", ERROR, "人数至少为1。"))
    if not visit.requests.strip():
        issues.append(FieldIssue("requests", ERROR, "请填写主要诉求。"))
    if visit.matter_type not in MATTER_TYPES:
        issues.append(FieldIssue("matter_type", ERROR, f"事项性质应为{_one_of(MATTER_TYPES)}之一。"))
    return issues


def _contact(visit: Visit, today: date) -> list[FieldIssue]:
    issues: list[FieldIssue] = []
    phone = phone_problem(visit.phone)
    if phone is not None:
        issues.append(FieldIssue("phone", ERROR, phone))
    # DOMAIN.md §3.5: warn, don't block — the card may be old, the number half-remembered.
    id_problem = id_number_problem(visit.id_number, today)
    if id_problem is not None:
        issues.append(FieldIssue("id_number", WARNING, id_problem))
    return issues


def _handling(visit: Visit, settings: DeskSettings, today: date) -> list[FieldIssue]:
    issues: list[FieldIssue] = []
    if visit.disposition and visit.disposition not in DISPOSITIONS:
        issues.append(FieldIssue("disposition", ERROR, f"处理方式应为{_one_of(DISPOSITIONS)}之一。"))
    received = visit.received_at.date()
    for field_name, label in _STEP_DATES:
        value: date | None = getattr(visit, field_name)
        if value is None:
            continue
        if value < received:
            issues.append(FieldIssue(field_name, ERROR, f"{label}早于登记日期{received.isoformat()}。"))
        elif value > today:
            issues.append(FieldIssue(field_name, ERROR, f"{label}晚于今天。"))
    if visit.result and visit.result not in RESULTS:
        # 条例 第三十二条: 支持 / 解释说明 / 不予支持.
        issues.append(FieldIssue("result", ERROR, f"处理结果应为{_one_of(RESULTS)}之一。"))
    issues.extend(_extension(visit, settings))
    if visit.satisfaction:
        if visit.satisfaction not in SATISFACTION:
            issues.append(FieldIssue("satisfaction", ERROR, f"满意度应为{_one_of(SATISFACTION)}之一。"))
        if visit.followup_on is None:
            issues.append(FieldIssue("followup_on", ERROR, "填写了满意度，请同时填写回访日期。"))
    return issues


def _extension(visit: Visit, settings: DeskSettings) -> list[FieldIssue]:
    """条例 第三十四条: extended once, by at most 30日, with 负责人批准 and the reasons told."""
    days = visit.extension_days
    if days == 0:
        return []
    if days < 0:
        return [FieldIssue("extension_days", ERROR, "延期天数不能为负数。")]
    issues: list[FieldIssue] = []
    limit = settings.periods.max_extension_days
    if days > limit:
        issues.append(FieldIssue("extension_days", ERROR, f"延期不得超过{limit}日（信访工作条例第三十四条）。"))
    if visit.accepted_on is None:
        issues.append(FieldIssue("accepted_on", ERROR, "延期办结须在受理之后，请填写受理日期。"))
    if not visit.extension_approver.strip():
        issues.append(FieldIssue("extension_approver", ERROR, "延期须经负责人批准，请填写批准人（第三十四条）。"))
    if not visit.extension_reason.strip():
        issues.append(FieldIssue("extension_reason", ERROR, "请填写延期理由，延期理由须告知信访人（第三十四条）。"))
    return issues


def validate_visit(visit: Visit, settings: DeskSettings, now: datetime) -> list[FieldIssue]:
    """All issues, in the order of the form's fields. `now` is the PC's local time (naive, like received_at)."""
    today = now.date()
    return [*_intake(visit, now), *_contact(visit, today), *_handling(visit, settings, today)]
