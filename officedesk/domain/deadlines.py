"""The clocks of 信访工作条例 for one visit, counted on the office's working calendar (DOMAIN.md §3.1).

The office is not a 信访部门, so 第二十三条 (not 第二十二条) sets its intake clock. Counting follows
民法典: the start day is not counted (第二百零一条) and a 日 period whose last day is a rest day ends on
the next working day (第二百零三条). 日 and 个工作日 rules are kept apart: only the latter skips
weekends and holidays along the way and counts 调休 make-up Saturdays/Sundays.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from officedesk.domain.calendar import WorkCalendar
from officedesk.domain.settings import DeadlinePeriods
from officedesk.domain.visits import OUTSIDE_REMIT, Visit, VisitState

DAYS = "日"
WORKDAYS = "个工作日"
_ONE_DAY = timedelta(days=1)


def add_days(cal: WorkCalendar, start: date, days: int, roll_to_workday: bool = True) -> date:
    """`days` calendar days after `start` (start not counted, 民法典 第二百零一条).

    With `roll_to_workday`, a last day that is a rest day moves to the next working day
    (民法典 第二百零三条: 以法定休假日结束的次日为期间的最后一日).
    """
    if days < 0:
        raise ValueError(f"a period cannot be negative: {days}")
    due = start + timedelta(days=days)
    if roll_to_workday:
        while cal.is_rest_day(due):
            due += _ONE_DAY
    return due


def add_workdays(cal: WorkCalendar, start: date, n: int) -> date:
    """The `n`-th working day after `start` (个工作日): weekends and holidays are skipped and 调休上班
    make-up days count. The start day is not counted (民法典 第二百零一条)."""
    if n < 0:
        raise ValueError(f"a period cannot be negative: {n}")
    due = start
    counted = 0
    while counted < n:
        due += _ONE_DAY
        if cal.is_workday(due):
            counted += 1
    return due


@dataclass(frozen=True)
class Deadline:
    """One clock: what it is, the article that sets it, the period and the resulting last day."""

    key: str
    label: str
    article: str
    amount: int
    unit: str  # DAYS or WORKDAYS
    due: date

    @property
    def caption(self) -> str:
        """E.g. "§34 60日", "§23 5个工作日" (DESIGN.md: label each clock with its article)."""
        return f"{self.article} {self.amount}{self.unit}"


@dataclass(frozen=True)
class VisitDeadlines:
    """Every clock that applies to a visit, and the one the office must watch now (`active`)."""

    accept: Deadline | None
    objection: Deadline | None
    handling: Deadline | None
    extended: Deadline | None
    review_request: Deadline | None
    review_answer: Deadline | None
    recheck_request: Deadline | None
    recheck_answer: Deadline | None
    active: Deadline | None

    def listed(self) -> list[Deadline]:
        """The clocks that apply, in the order of the procedure."""
        clocks = (
            self.accept,
            self.objection,
            self.handling,
            self.extended,
            self.review_request,
            self.review_answer,
            self.recheck_request,
            self.recheck_answer,
        )
        return [c for c in clocks if c is not None]


def compute_deadlines(visit: Visit, periods: DeadlinePeriods, cal: WorkCalendar) -> VisitDeadlines:
    roll = periods.roll_to_workday
    received = visit.received_at.date()

    def days_after(key: str, label: str, article: str, start: date, amount: int) -> Deadline:
        return Deadline(key, label, article, amount, DAYS, add_days(cal, start, amount, roll))

    # 第二十三条: written acceptance notice on the spot or within 15日 of receipt (浙江省信访条例 第二十条:
    # 5个工作日, so the period may be counted in working days).
    if periods.accept_notice_workdays:
        n = periods.accept_notice_days
        accept = Deadline("accept", "受理告知", "§23", n, WORKDAYS, add_workdays(cal, received, n))
    else:
        accept = days_after("accept", "受理告知", "§23", received, periods.accept_notice_days)

    # 第二十三条: a matter outside the office's remit is objected to within 5个工作日 of receipt.
    objection = None
    if visit.disposition in OUTSIDE_REMIT:
        n = periods.objection_workdays
        objection = Deadline("objection", "不予受理/告知异议", "§23", n, WORKDAYS, add_workdays(cal, received, n))

    # 第三十四条: 60日 from acceptance; extended once by at most 30日 with 负责人批准. The extended clock
    # is counted from acceptance over the whole period, so its caption reads e.g. "§34 90日". An
    # excessive extension is reported by visit_validation, and still computed here.
    handling = extended = None
    if visit.accepted_on is not None:
        handling = days_after("handling", "办结", "§34", visit.accepted_on, periods.handling_days)
        if visit.extension_days > 0:
            total = periods.handling_days + visit.extension_days
            extended = days_after("extended", "延期办结", "§34", visit.accepted_on, total)

    # 第三十五条: 复查 requested within 30日 of receiving the written reply; answered within 30日.
    review_request = review_answer = None
    if visit.reply_on is not None:
        review_request = days_after("review_request", "复查申请", "§35", visit.reply_on, periods.review_request_days)
    if visit.review_requested_on is not None:
        review_answer = days_after(
            "review_answer", "复查答复", "§35", visit.review_requested_on, periods.review_answer_days
        )

    # 第三十六条: 复核 is requested within 30日 of receiving the written 复查 opinion. The record keeps
    # no date for that opinion, so the request clock is not computed (recheck_request stays None)
    # rather than guessed; the answer clock runs 30日 from the request.
    recheck_answer = None
    if visit.recheck_requested_on is not None:
        recheck_answer = days_after(
            "recheck_answer", "复核答复", "§36", visit.recheck_requested_on, periods.recheck_answer_days
        )

    active: Deadline | None
    if objection is not None and visit.accept_notified_on is None:
        active = objection
    elif recheck_answer is not None and not visit.recheck_result:
        active = recheck_answer
    elif review_answer is not None and not visit.review_result:
        active = review_answer
    elif visit.accepted_on is None and visit.accept_notified_on is None:
        active = accept
    elif handling is not None:
        active = extended if extended is not None else handling
    else:
        active = None

    return VisitDeadlines(
        accept=accept,
        objection=objection,
        handling=handling,
        extended=extended,
        review_request=review_request,
        review_answer=review_answer,
        recheck_request=None,
        recheck_answer=recheck_answer,
        active=active,
    )


def _due(deadline: Deadline | None) -> date | None:
    return deadline.due if deadline is not None else None


def with_deadlines(visit: Visit, periods: DeadlinePeriods, cal: WorkCalendar) -> Visit:
    """The visit with its stored deadline columns recomputed (they are never typed by hand)."""
    d = compute_deadlines(visit, periods, cal)
    dues = (_due(d.accept), _due(d.objection), _due(d.handling), _due(d.extended), _due(d.active))
    # Recomputing a whole register mostly finds nothing changed; copying a 60-field record is the
    # costly part, so an unchanged visit is returned as it is.
    if dues == (visit.accept_due, visit.objection_due, visit.due_date, visit.extended_due, visit.active_due):
        return visit
    accept_due, objection_due, due_date, extended_due, active_due = dues
    return visit.replace(
        accept_due=accept_due,
        objection_due=objection_due,
        due_date=due_date,
        extended_due=extended_due,
        active_due=active_due,
    )


def display_state(visit: Visit, today: date, due_soon_days: int) -> str:
    """The VisitState shown in the register: stored states first, then 临期/超期 from `active_due`."""
    if visit.status == VisitState.VOID:
        return VisitState.VOID
    if visit.status == VisitState.SUSPENDED or visit.suspended:
        return VisitState.SUSPENDED
    if visit.status == VisitState.CLOSED or visit.closed_on is not None:
        return VisitState.CLOSED
    if visit.active_due is None:
        return VisitState.OPEN
    left = (visit.active_due - today).days
    if left < 0:
        return VisitState.OVERDUE
    if left <= due_soon_days:
        return VisitState.DUE_SOON
    return VisitState.OPEN
