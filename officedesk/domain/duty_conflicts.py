"""What is wrong with a period of the duty table, day by day, in the clerk's words (DOMAIN.md §3.3, §4.4).

Kinds (ConflictKind): a day without staff, or a working day without a leader; a name not on the staff
list that day; a person on leave; a person on duty more days running than the rules allow; a rest day
without a leader when the rules require one (24-hour duty with 领导带班 over holidays, DOMAIN.md §3.3).

Not checked here: 全国年节及纪念日放假办法 §7 (连续工作一般不超过6天) is about the official calendar's
调休, not about who is on duty.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from officedesk.domain.calendar import DayKind, WorkCalendar
from officedesk.domain.duty import ConflictKind, DutyConflict, DutySlot, RotationRules, StaffRole
from officedesk.domain.duty_people import LEFT, NOT_STARTED, UNKNOWN, StaffBook, month_day

_KIND_ORDER = {k: i for i, k in enumerate(ConflictKind.ALL)}


def find_conflicts(
    first: date,
    last: date,
    slots: Iterable[DutySlot],
    rules: RotationRules,
    book: StaffBook,
    calendar: WorkCalendar | None = None,
) -> list[DutyConflict]:
    """Conflicts of the days first..last, ordered by day. `slots` may start earlier (runs of consecutive
    days crossing into the period count); a day without a slot is an empty day."""
    by_day = {s.day: s for s in slots}
    found: list[DutyConflict] = []
    day = first
    while day <= last:
        slot = by_day.get(day) or DutySlot(day)
        found += _day_conflicts(slot, rules, book, calendar)
        day += timedelta(days=1)
    found += _consecutive(first, last, by_day, rules)
    found.sort(key=lambda c: (c.day, _KIND_ORDER[c.kind]))
    return found


def _day_conflicts(slot: DutySlot, rules: RotationRules, book: StaffBook,
                   calendar: WorkCalendar | None) -> list[DutyConflict]:  # fmt: skip
    day, md = slot.day, month_day(slot.day)
    out: list[DutyConflict] = []
    rest = calendar.is_rest_day(day) if calendar is not None else day.weekday() >= 5
    if not slot.staff:
        out.append(DutyConflict(day, ConflictKind.EMPTY, f"{md} 没有值班人员"))
    if not slot.leader:
        if not rest:
            out.append(DutyConflict(day, ConflictKind.EMPTY, f"{md} 没有带班领导"))
        elif rules.holiday_leader_required:
            out.append(DutyConflict(day, ConflictKind.NO_HOLIDAY_LEADER,
                                    f"{md}（{_rest_label(day, calendar)}）没有带班领导"))  # fmt: skip
    people = [(StaffRole.LEADER, slot.leader)] if slot.leader else []
    people += [(StaffRole.STAFF, n) for n in slot.staff]
    for role, name in people:
        absence = book.absence(name, day)
        if absence is None:
            continue
        who = f"{StaffRole.LABELS[role]}{name}"
        if absence.kind == ConflictKind.ON_LEAVE:
            text = f"{md} {who}已休假（{absence.reason}）"
        elif absence.reason == UNKNOWN:
            text = f"{md} {who}不在人员名单中"
        elif absence.reason == LEFT and absence.member is not None and absence.member.active_to is not None:
            text = f"{md} {who}已于{month_day(absence.member.active_to)}离岗"
        elif absence.reason == NOT_STARTED and absence.member is not None and absence.member.active_from:
            text = f"{md} {who}{month_day(absence.member.active_from)}起才到岗"
        else:
            text = f"{md} {who}{absence.reason}"
        out.append(DutyConflict(day, absence.kind, text, name))
    return out


def _rest_label(day: date, calendar: WorkCalendar | None) -> str:
    if calendar is not None and calendar.day_kind(day) == DayKind.HOLIDAY:
        return calendar.holiday_name(day) or DayKind.HOLIDAY
    return DayKind.WEEKEND


def _consecutive(first: date, last: date, by_day: dict[date, DutySlot], rules: RotationRules) -> list[DutyConflict]:
    """Runs longer than rules.max_consecutive_days, flagged once on the day the run goes over.

    Leaders holding a whole ISO week are exempt (that is the rota); leaders rotating daily with
    "休息日带班领导两天同人" may hold two days running.
    """
    limit = max(rules.max_consecutive_days, 1)
    checks: list[tuple[str, int]] = [(StaffRole.STAFF, limit)]
    if not rules.leaders_by_week:
        checks.append((StaffRole.LEADER, max(limit, 2) if rules.weekend_same_leader else limit))
    out: list[DutyConflict] = []
    days = sorted(d for d in by_day if d <= last)
    for role, most in checks:
        run: dict[str, int] = {}
        previous: date | None = None
        for day in days:
            slot = by_day[day]
            names = set(slot.staff) if role == StaffRole.STAFF else ({slot.leader} if slot.leader else set())
            gap = previous is None or day - previous != timedelta(days=1)
            run = {n: (1 if gap else run.get(n, 0) + 1) for n in names}
            previous = day
            for name in sorted(names):
                if run[name] == most + 1 and day >= first:
                    who = f"{StaffRole.LABELS[role]}{name}"
                    out.append(DutyConflict(day, ConflictKind.CONSECUTIVE,
                                            f"{month_day(day)} {who}已连续值班{run[name]}天（规定不超过{most}天）",
                                            name))  # fmt: skip
    return out


def conflicts_by_day(conflicts: Sequence[DutyConflict]) -> dict[date, tuple[DutyConflict, ...]]:
    out: dict[date, list[DutyConflict]] = {}
    for c in conflicts:
        out.setdefault(c.day, []).append(c)
    return {d: tuple(cs) for d, cs in out.items()}
