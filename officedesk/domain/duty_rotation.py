"""Fill duty days from RotationRules (DOMAIN.md §4.4 "rules the user can configure").

Leaders hold a whole ISO week, as offices post them (附件2: one row per week), or rotate daily with
"休息日带班领导两天同人"; staff rotate daily, `staff_per_day` at a time, in the rules' order. The rotation
continues after the last person used before the period, so filling month by month gives the same rota
as filling the year at once.

A person on leave is passed over but keeps the turn: each missed turn is owed and taken at the next
chance, so the duty counts stay within one of each other (the fairness counter of §4.4). Owed turns
never make anyone serve more days running than `max_consecutive_days`: such a day is deferred too.
Someone not on the list that day (not yet arrived, transferred) keeps one turn, not every one missed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from officedesk.domain.calendar import DayKind, WorkCalendar
from officedesk.domain.duty import ConflictKind, DutySlot, RotationRules
from officedesk.domain.duty_people import StaffBook, month_day

_DAY = timedelta(days=1)


@dataclass(frozen=True)
class RotationResult:
    slots: tuple[DutySlot, ...]  # one per day asked for, in day order
    skipped: tuple[str, ...]  # "12月24日 张三（年休假）"


def _is_rest(calendar: WorkCalendar | None, day: date) -> bool:
    return calendar.is_rest_day(day) if calendar is not None else day.weekday() >= 5


class _Runs:
    """Who served on which days running, shared by every roster (a person has one run, whatever roster)."""

    def __init__(self) -> None:
        self._last: dict[str, date] = {}
        self._run: dict[str, int] = {}

    def record(self, slot: DutySlot) -> None:
        for name in dict.fromkeys(([slot.leader] if slot.leader else []) + list(slot.staff)):
            self._run[name] = self._run.get(name, 0) + 1 if self._last.get(name) == slot.day - _DAY else 1
            self._last[name] = slot.day

    def before(self, name: str, day: date) -> int:
        """Days running that end the day before `day`."""
        return self._run[name] if self._last.get(name) == day - _DAY else 0


class _Queue:
    """One rotation order: a cyclic pointer and the turns owed to people passed over."""

    def __init__(self, order: Sequence[str], after: str | None, book: StaffBook, skipped: list[str],
                 runs: _Runs, limit: int | None) -> None:  # fmt: skip
        self.order = [n for n in dict.fromkeys(n.strip() for n in order) if n]
        self.pos = (self.order.index(after) + 1) % len(self.order) if after in self.order else 0
        self.owed: list[str] = []  # a name once per turn kept, in the order the turns were missed
        self.book = book
        self.skipped = skipped
        self.runs = runs
        self.limit = limit  # most days running; None: no limit (leaders holding a week)

    def drop_absent(self, first: date, last: date) -> None:
        """People not on the list on any day of the period leave the rotation, said once."""
        for name in [n for n in self.order if not self.book.active_within(n, first, last)]:
            absence = self.book.absence(name, first)
            self.skipped.append(f"{month_day(first)} {name}（{absence.reason if absence else ''}）")
            if self.order.index(name) < self.pos:
                self.pos -= 1
            self.order.remove(name)
        self.pos = self.pos % len(self.order) if self.order else 0

    def _free(self, name: str, days: Sequence[date], taken: set[str]) -> bool:
        if name in taken or (self.limit is not None and self.runs.before(name, days[0]) >= self.limit):
            return False
        return all(self.book.absence(name, d) is None for d in days)

    def take(self, days: Sequence[date], count: int, exclude: set[str]) -> list[str]:
        """`count` people free on every one of `days`: owed turns first, then the order from the pointer."""
        chosen: list[str] = []
        for name in dict.fromkeys(self.owed):
            if len(chosen) < count and self._free(name, days, exclude | set(chosen)):
                chosen.append(name)
                self.owed.remove(name)
        for _ in range(len(self.order)):
            if len(chosen) >= count:
                break
            name = self.order[self.pos]
            self.pos = (self.pos + 1) % len(self.order)
            if self._free(name, days, exclude | set(chosen)):
                chosen.append(name)
                continue
            absence = next((a for a in (self.book.absence(name, d) for d in days) if a is not None), None)
            if absence is None or absence.kind == ConflictKind.ON_LEAVE or name not in self.owed:
                self.owed.append(name)  # the turn is kept
            if absence is not None:
                day = next(d for d in days if self.book.absence(name, d) is not None)
                self.skipped.append(f"{month_day(day)} {name}（{absence.reason}）")
        return chosen

    def stand_in(self, holder: str, day: date) -> str:
        """Someone free that day to stand in for the week's leader, without using up a turn."""
        start = self.order.index(holder) + 1 if holder in self.order else self.pos
        for i in range(len(self.order)):
            name = self.order[(start + i) % len(self.order)]
            if name != holder and self._free(name, [day], set()):
                return name
        return ""


def _last_leader(before: Sequence[DutySlot], order: Sequence[str], by_week: bool) -> str | None:
    """Who led last before the period: by week, whoever held most days of the last week (not a stand-in)."""
    led = [s for s in before if s.leader in order]
    if not led:
        return None
    if not by_week:
        return led[-1].leader
    week = led[-1].day.isocalendar()[:2]
    counts = Counter(s.leader for s in led if s.day.isocalendar()[:2] == week)
    return max(counts, key=lambda n: (counts[n], max(s.day for s in led if s.leader == n)))


def _last_staff(before: Sequence[DutySlot], order: Sequence[str]) -> str | None:
    for slot in reversed(before):
        names = [n for n in slot.staff if n in order]
        if names:
            return names[-1]
    return None


def _rest_run_position(day: date, calendar: WorkCalendar | None) -> int:
    """0 for the first rest day of a run, 1 for the second …"""
    n = 0
    while n < 31 and _is_rest(calendar, day - (n + 1) * _DAY):
        n += 1
    return n


def fill_rotation(
    days: Sequence[date],
    rules: RotationRules,
    book: StaffBook,
    existing: Sequence[DutySlot] = (),
    calendar: WorkCalendar | None = None,
    holiday_rules: RotationRules | None = None,
) -> RotationResult:
    """Slots for `days` (the days to fill; gaps are days kept as they are).

    `existing` holds the slots already on the table: those before the first day continue the rotation,
    those in the same ISO week as a filled day keep that week's leader, and neighbours count for days
    running. With `holiday_rules`, 法定节假日 (per `calendar`) are filled by that roster of their own
    (DESIGN.md: holiday periods "may have their own roster"), continuing from the previous holiday's.
    """
    wanted = sorted(set(days))
    if not wanted:
        return RotationResult((), ())
    targets = set(wanted)
    known = {s.day: s for s in existing if s.day not in targets}

    def on_holiday(day: date) -> bool:
        return holiday_rules is not None and calendar is not None and calendar.day_kind(day) == DayKind.HOLIDAY

    skipped: list[str] = []
    runs = _Runs()
    rosters = {False: _Roster(rules, [d for d in wanted if not on_holiday(d)], known, False, on_holiday,
                              book, skipped, runs)}  # fmt: skip
    if holiday_rules is not None:
        rosters[True] = _Roster(holiday_rules, [d for d in wanted if on_holiday(d)], known, True, on_holiday,
                                book, skipped, runs)  # fmt: skip
    lookback = max(rules.max_consecutive_days, (holiday_rules or rules).max_consecutive_days, 2) + 1
    assigned: dict[date, DutySlot] = {}
    day = wanted[0] - lookback * _DAY
    while day <= wanted[-1]:
        if day in targets:
            assigned[day] = rosters[on_holiday(day)].assign(day, assigned, calendar)
            runs.record(assigned[day])
        elif day in known:
            runs.record(known[day])  # runs that end just before, or cross, the days filled still count
        day += _DAY
    return RotationResult(tuple(assigned[d] for d in wanted), tuple(skipped))


class _Roster:
    """One set of rules over its own days: a leaders' queue and a staff queue."""

    def __init__(self, rules: RotationRules, days: list[date], known: dict[date, DutySlot], holiday: bool,
                 on_holiday: Callable[[date], bool], book: StaffBook, skipped: list[str],
                 runs: _Runs) -> None:  # fmt: skip
        self.rules = rules
        self.days = days
        self.holiday = holiday
        self.on_holiday = on_holiday
        self.known = {d: s for d, s in known.items() if self.owns(d)}
        before = sorted((s for s in self.known.values() if days and s.day < days[0]), key=lambda s: s.day)
        limit = max(rules.max_consecutive_days, 1)
        leader_limit = None if rules.leaders_by_week else (max(limit, 2) if rules.weekend_same_leader else limit)
        after = _last_leader(before, rules.leader_order, rules.leaders_by_week)
        self.leaders = _Queue(rules.leader_order, after, book, skipped, runs, leader_limit)
        self.staff = _Queue(rules.staff_order, _last_staff(before, rules.staff_order), book, skipped, runs, limit)
        if days:
            self.leaders.drop_absent(days[0], days[-1])
            self.staff.drop_absent(days[0], days[-1])
        self.week_leader: dict[tuple[int, int], str] = {}

    def owns(self, day: date) -> bool:
        return self.on_holiday(day) == self.holiday

    def assign(self, day: date, assigned: dict[date, DutySlot], calendar: WorkCalendar | None) -> DutySlot:
        leader = self._leader(day, assigned, calendar)
        people = self.staff.take([day], max(self.rules.staff_per_day, 0), {leader} if leader else set())
        return DutySlot(day, leader, tuple(people))

    def _leader(self, day: date, assigned: dict[date, DutySlot], calendar: WorkCalendar | None) -> str:
        queue = self.leaders
        if not queue.order:
            return ""
        if self.rules.leaders_by_week:
            week = day.isocalendar()[:2]
            if week not in self.week_leader:
                held = Counter(s.leader for s in self.known.values() if s.leader in queue.order
                               and s.day.isocalendar()[:2] == week)  # fmt: skip
                if held:
                    self.week_leader[week] = held.most_common(1)[0][0]  # the week already has its leader
                else:
                    week_days = [d for d in self.days if d.isocalendar()[:2] == week]
                    found = queue.take(week_days, 1, set()) or queue.take([day], 1, set())
                    self.week_leader[week] = found[0] if found else ""
            holder = self.week_leader[week]
            if holder and queue.book.absence(holder, day) is None:
                return holder
            return queue.stand_in(holder, day)
        prev_day = day - _DAY
        if (self.rules.weekend_same_leader and _is_rest(calendar, day) and self.owns(prev_day)
                and _rest_run_position(day, calendar) % 2 == 1):  # fmt: skip
            # 休息日带班领导两天同人: the second rest day of each pair keeps the first day's leader.
            prev = assigned.get(prev_day) or self.known.get(prev_day)
            if prev is not None and prev.leader and queue.book.absence(prev.leader, day) is None:
                return prev.leader
        found = queue.take([day], 1, set())
        return found[0] if found else ""
