"""The rotation fill over the real 2026 calendar: weekly and daily leaders, pairs of rest days, leaves, fairness."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from officedesk.domain.calendar import WorkCalendar
from officedesk.domain.duty import DutySlot, RotationRules, StaffLeave, StaffMember, StaffRole
from officedesk.domain.duty_people import StaffBook
from officedesk.domain.duty_rotation import fill_rotation

CAL = WorkCalendar()
LEADERS = ("王建国", "李卫东", "赵志强", "孙海燕")
STAFF = ("周敏", "吴磊", "郑芳", "冯军", "陈静", "褚伟", "卫艳", "蒋勇")
A, B, C, D = LEADERS


def people(**extra: StaffMember) -> list[StaffMember]:
    members = [StaffMember(i + 1, n, StaffRole.LEADER, "副局长") for i, n in enumerate(LEADERS)]
    members += [StaffMember(i + 11, n, StaffRole.STAFF) for i, n in enumerate(STAFF)]
    return [extra.get(m.name, m) for m in members]


def staff_id(name: str) -> int:
    return {m.name: int(m.id or 0) for m in people()}[name]


def days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def leaders_of(first: date, last: date, rules: RotationRules, existing: list[DutySlot] | None = None) -> list[str]:
    result = fill_rotation(days(first, last), rules, StaffBook(people()), existing or [], CAL)
    return [s.leader for s in result.slots]


WEEKLY = RotationRules(leader_order=LEADERS, staff_order=STAFF)
DAILY = RotationRules(leader_order=LEADERS, staff_order=STAFF, leaders_by_week=False, weekend_same_leader=True)


@pytest.mark.parametrize(
    ("first", "last", "rules", "expected"),
    [
        # Spring Festival 2026: 2-14 (Sat) worked, 2-15..2-23 off, 2-28 (Sat) worked. ISO weeks 7, 8, 9.
        (date(2026, 2, 9), date(2026, 3, 1), WEEKLY, [A] * 7 + [B] * 7 + [C] * 7),
        # Daily leaders, rest days in pairs: 2-14 is a working Saturday (no pair), the 9-day holiday pairs
        # 15/16, 17/18, 19/20, 21/22 and leaves 23 alone; 2-28 is worked again.
        (date(2026, 2, 13), date(2026, 2, 28), DAILY, [A, B, C, C, D, D, A, A, B, B, C, D, A, B, C, D]),
        # National Day 2026: 9-20 (Sun) worked; 10-1..10-7 off; 10-10 (Sat) worked, 10-11 (Sun) alone.
        (date(2026, 9, 19), date(2026, 9, 21), DAILY, [A, B, C]),
        (date(2026, 9, 30), date(2026, 10, 11), DAILY, [A, B, B, C, C, D, D, A, B, C, D, A]),
        # Without the pairing every day moves on.
        (date(2026, 10, 1), date(2026, 10, 4), RotationRules(leader_order=LEADERS, leaders_by_week=False,
                                                             weekend_same_leader=False), [A, B, C, D]),
    ],
)  # fmt: skip
def test_leaders_over_2026_holidays(first: date, last: date, rules: RotationRules, expected: list[str]) -> None:
    assert leaders_of(first, last, rules) == expected


def test_weekly_leader_continues_after_the_last_week_before_and_within_a_started_week() -> None:
    before = [DutySlot(date(2026, 2, 2) + timedelta(days=i), C, ("周敏",)) for i in range(7)]  # week 6: 赵志强
    assert leaders_of(date(2026, 2, 9), date(2026, 2, 22), WEEKLY, before) == [D] * 7 + [A] * 7
    # A period starting on a Wednesday keeps the leader already on that week's Monday and Tuesday.
    started = [DutySlot(date(2026, 2, 9), B), DutySlot(date(2026, 2, 10), B)]
    assert leaders_of(date(2026, 2, 11), date(2026, 2, 16), WEEKLY, started) == [B] * 5 + [C]


def test_staff_rotate_daily_in_order_and_continue_after_the_last_one_used() -> None:
    rules = RotationRules(leader_order=LEADERS, staff_order=STAFF, staff_per_day=2)
    before = [DutySlot(date(2026, 2, 13), A, ("郑芳", "冯军"))]
    result = fill_rotation(days(date(2026, 2, 14), date(2026, 2, 17)), rules, StaffBook(people()), before, CAL)
    assert [s.staff for s in result.slots] == [("陈静", "褚伟"), ("卫艳", "蒋勇"), ("周敏", "吴磊"), ("郑芳", "冯军")]
    assert result.skipped == ()


def test_filling_month_by_month_gives_the_same_rota_as_the_whole_period_at_once() -> None:
    book = StaffBook(people())
    for rules in (WEEKLY, DAILY, RotationRules(leader_order=LEADERS, staff_order=STAFF, staff_per_day=3)):
        whole = fill_rotation(days(date(2026, 1, 1), date(2026, 6, 30)), rules, book, [], CAL).slots
        pieces: list[DutySlot] = []
        for month in range(1, 7):
            first = date(2026, month, 1)
            last = date(2026, month + 1, 1) - timedelta(days=1)
            pieces += fill_rotation(days(first, last), rules, book, pieces, CAL).slots
        assert pieces == list(whole), rules


def test_a_person_on_leave_is_skipped_keeps_the_turn_and_is_taken_at_the_next_chance() -> None:
    leave = StaffLeave(1, staff_id("郑芳"), date(2026, 2, 10), date(2026, 2, 16), "年休假")
    book = StaffBook(people(), [leave])
    result = fill_rotation(days(date(2026, 2, 9), date(2026, 2, 22)), WEEKLY, book, [], CAL)
    on_duty = {s.day: s.staff[0] for s in result.slots}
    assert all(on_duty[d] != "郑芳" for d in days(leave.first, leave.last))
    assert on_duty[date(2026, 2, 11)] == "冯军"  # her turn; the next one steps up
    assert on_duty[date(2026, 2, 17)] == "郑芳"  # back from leave: her kept turn first
    assert result.skipped == ("2月11日 郑芳（年休假）",)


def test_a_weekly_leader_away_that_week_passes_it_on_and_leads_the_next() -> None:
    leave = StaffLeave(1, staff_id(B), date(2026, 2, 18), date(2026, 2, 18), "出差")
    book = StaffBook(people(), [leave])
    result = fill_rotation(days(date(2026, 2, 9), date(2026, 3, 8)), WEEKLY, book, [], CAL)
    assert [s.leader for s in result.slots] == [A] * 7 + [C] * 7 + [B] * 7 + [D] * 7
    assert result.skipped == ("2月18日 李卫东（出差）",)


def test_inactive_people_are_passed_over_and_someone_never_active_is_dropped_once() -> None:
    extra = {
        "吴磊": StaffMember(12, "吴磊", StaffRole.STAFF, active_to=date(2026, 3, 3)),  # transferred
        "蒋勇": StaffMember(18, "蒋勇", StaffRole.STAFF, active_from=date(2026, 3, 10)),  # joins later
        "冯军": StaffMember(14, "冯军", StaffRole.STAFF, active_to=date(2025, 12, 31)),  # gone before the period
    }
    rules = RotationRules(leader_order=LEADERS, staff_order=(*STAFF, "不在名单"))
    result = fill_rotation(days(date(2026, 3, 1), date(2026, 3, 31)), rules, StaffBook(people(**extra)), [], CAL)
    on_duty = {s.day: s.staff[0] for s in result.slots}
    assert "吴磊" not in [on_duty[d] for d in days(date(2026, 3, 4), date(2026, 3, 31))]
    assert "蒋勇" not in [on_duty[d] for d in days(date(2026, 3, 1), date(2026, 3, 9))]
    assert "蒋勇" in on_duty.values() and "冯军" not in on_duty.values()
    assert "3月1日 冯军（已离岗）" in result.skipped and "3月1日 不在名单（不在人员名单）" in result.skipped
    assert any(s.endswith("吴磊（已离岗）") for s in result.skipped)
    assert "3月7日 蒋勇（尚未到岗）" in result.skipped  # his first turn; he joins on 3月10日
    assert on_duty[date(2026, 3, 10)] == "蒋勇"  # taken at the first chance


def _spread(counts: Counter[str]) -> int:
    return max(counts.values()) - min(counts.values())


@pytest.mark.parametrize("per_day", [1, 2, 3])
def test_a_year_is_fair_within_one_day(per_day: int) -> None:
    rules = RotationRules(leader_order=LEADERS, staff_order=STAFF, leaders_by_week=False, staff_per_day=per_day,
                          weekend_same_leader=False)  # fmt: skip
    leaves = [
        StaffLeave(1, staff_id("郑芳"), date(2026, 3, 2), date(2026, 3, 20), "年休假"),  # misses two rounds
        StaffLeave(2, staff_id("陈静"), date(2026, 7, 13), date(2026, 7, 24), "病假"),
        StaffLeave(3, staff_id(C), date(2026, 5, 4), date(2026, 5, 12), "外出学习"),
    ]
    result = fill_rotation(days(date(2026, 1, 1), date(2026, 12, 31)), rules, StaffBook(people(), leaves), [], CAL)
    assert len(result.slots) == 365
    staff = Counter(n for s in result.slots for n in s.staff)
    leaders = Counter(s.leader for s in result.slots)
    assert sum(staff.values()) == 365 * per_day
    assert _spread(staff) <= 1, staff
    assert _spread(leaders) <= 1, leaders
    assert len(result.skipped) >= 3
    # Owed turns are made up without anyone serving two days running (max_consecutive_days = 1).
    for today, tomorrow in zip(result.slots, result.slots[1:], strict=False):
        assert not set(today.staff) & set(tomorrow.staff), (today, tomorrow)


def test_a_leader_also_in_the_staff_order_is_never_both_on_one_day_nor_the_day_after() -> None:
    rules = RotationRules(leader_order=LEADERS, staff_order=("王建国", "周敏", "吴磊"))
    result = fill_rotation(days(date(2026, 3, 2), date(2026, 3, 15)), rules, StaffBook(people()), [], CAL)
    assert [s.leader for s in result.slots] == [A] * 7 + [B] * 7
    as_staff = [s.day for s in result.slots if A in s.staff]
    assert all(d >= date(2026, 3, 10) for d in as_staff)  # one person, one run: led to 3-8, rests 3-9
    assert len(as_staff) >= 2


def test_too_few_people_leave_the_day_short_and_nothing_is_invented() -> None:
    leave = StaffLeave(1, staff_id("周敏"), date(2026, 3, 2), date(2026, 3, 8), "年休假")
    rules = RotationRules(leader_order=(), staff_order=("周敏",))
    result = fill_rotation(days(date(2026, 3, 1), date(2026, 3, 3)), rules, StaffBook(people(), [leave]), [], CAL)
    assert [(s.leader, s.staff) for s in result.slots] == [("", ("周敏",)), ("", ()), ("", ())]


def test_a_holiday_roster_fills_statutory_holidays_and_continues_from_the_previous_holiday() -> None:
    holiday = RotationRules(leader_order=(C, D), staff_order=("卫艳", "蒋勇", "褚伟", "陈静"), leaders_by_week=False,
                            staff_per_day=2, weekend_same_leader=False)  # fmt: skip
    # 清明节 (2026-04-04..04-06) is already on the table; the holiday roster goes on from its last day.
    qingming = [DutySlot(date(2026, 4, 6), D, ("蒋勇", "卫艳"))]
    span = days(date(2026, 4, 30), date(2026, 5, 6))  # 劳动节 2026-05-01..05-05
    result = fill_rotation(span, WEEKLY, StaffBook(people()), qingming, CAL, holiday)
    by_day = {s.day: s for s in result.slots}
    festival = [date(2026, 5, d) for d in range(1, 6)]
    assert all(len(by_day[d].staff) == 2 and by_day[d].leader in (C, D) for d in festival)
    assert by_day[date(2026, 5, 1)].leader == C  # after 清明's last leader, D
    assert [by_day[d].staff for d in festival[:3]] == [("蒋勇", "褚伟"), ("陈静", "卫艳"), ("蒋勇", "褚伟")]
    assert len(by_day[date(2026, 4, 30)].staff) == 1 and len(by_day[date(2026, 5, 6)].staff) == 1
