"""Conflicts of each kind on the real 2026 calendar, with the messages the clerk reads."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from officedesk.domain.calendar import WorkCalendar
from officedesk.domain.duty import ConflictKind, DutySlot, RotationRules, StaffLeave, StaffMember, StaffRole
from officedesk.domain.duty_conflicts import conflicts_by_day, find_conflicts
from officedesk.domain.duty_people import StaffBook

CAL = WorkCalendar()
K = ConflictKind
STAFF = [
    StaffMember(1, "王建国", StaffRole.LEADER, "局长"),
    StaffMember(2, "李卫东", StaffRole.LEADER, "副局长"),
    StaffMember(3, "张三", StaffRole.STAFF),
    StaffMember(4, "李四", StaffRole.STAFF),
    StaffMember(5, "王五", StaffRole.STAFF, active_to=date(2026, 11, 30)),
    StaffMember(6, "赵六", StaffRole.STAFF, active_from=date(2027, 1, 4)),
]
LEAVES = [StaffLeave(1, 3, date(2026, 12, 21), date(2026, 12, 25), "年休假"), StaffLeave(2, 1, date(2026, 12, 22),
          date(2026, 12, 22), "")]  # fmt: skip
BOOK = StaffBook(STAFF, LEAVES)
RULES = RotationRules(leader_order=("王建国", "李卫东"), staff_order=("张三", "李四"), max_consecutive_days=1)


def conflicts(
    slots: list[DutySlot], first: date, last: date, rules: RotationRules = RULES
) -> list[tuple[date, str, str]]:
    return [(c.day, c.kind, c.message) for c in find_conflicts(first, last, slots, rules, BOOK, CAL)]


@pytest.mark.parametrize(
    ("slot", "expected"),
    [
        (DutySlot(date(2026, 12, 24), "李卫东", ("张三",)), [(K.ON_LEAVE, "12月24日 值班人员张三已休假（年休假）")]),
        (DutySlot(date(2026, 12, 22), "王建国", ("李四",)), [(K.ON_LEAVE, "12月22日 带班领导王建国已休假（休假）")]),
        (DutySlot(date(2026, 12, 1), "王建国", ("王五",)), [(K.INACTIVE, "12月1日 值班人员王五已于11月30日离岗")]),
        (DutySlot(date(2026, 12, 31), "王建国", ("赵六",)), [(K.INACTIVE, "12月31日 值班人员赵六1月4日起才到岗")]),
        (DutySlot(date(2026, 12, 1), "钱局长", ("李四",)), [(K.INACTIVE, "12月1日 带班领导钱局长不在人员名单中")]),
        (DutySlot(date(2026, 12, 1), "", ("李四",)), [(K.EMPTY, "12月1日 没有带班领导")]),
        (DutySlot(date(2026, 12, 1), "王建国", ()), [(K.EMPTY, "12月1日 没有值班人员")]),
        # Rest days need a leader (领导带班): a weekend, a holiday; a worked Saturday is a working day.
        (DutySlot(date(2026, 12, 5), "", ("李四",)), [(K.NO_HOLIDAY_LEADER, "12月5日（周末）没有带班领导")]),
        (DutySlot(date(2026, 2, 17), "", ("李四",)), [(K.NO_HOLIDAY_LEADER, "2月17日（春节）没有带班领导")]),
        (DutySlot(date(2026, 10, 3), "", ("李四",)), [(K.NO_HOLIDAY_LEADER, "10月3日（国庆节）没有带班领导")]),
        (DutySlot(date(2026, 2, 14), "", ("李四",)), [(K.EMPTY, "2月14日 没有带班领导")]),
        (DutySlot(date(2026, 9, 20), "", ("李四",)), [(K.EMPTY, "9月20日 没有带班领导")]),
        (DutySlot(date(2026, 12, 2), "王建国", ("李四",)), []),
    ],
)
def test_one_day(slot: DutySlot, expected: list[tuple[str, str]]) -> None:
    assert [(k, m) for _, k, m in conflicts([slot], slot.day, slot.day)] == expected


def test_a_day_without_any_slot_is_empty_and_a_rest_day_also_lacks_its_leader() -> None:
    found = conflicts([], date(2026, 10, 1), date(2026, 10, 1))
    assert [k for _, k, _ in found] == [K.EMPTY, K.NO_HOLIDAY_LEADER]


def test_rest_day_leader_is_not_required_when_the_rules_say_so() -> None:
    rules = RotationRules(holiday_leader_required=False)
    assert conflicts([DutySlot(date(2026, 10, 3), "", ("李四",))], date(2026, 10, 3), date(2026, 10, 3), rules) == []


def test_consecutive_days_are_flagged_once_on_the_day_the_run_goes_over() -> None:
    slots = [DutySlot(date(2026, 12, 7) + timedelta(days=i), "王建国", ("李四",)) for i in range(3)]
    found = conflicts(slots, date(2026, 12, 7), date(2026, 12, 9))
    assert found == [(date(2026, 12, 8), K.CONSECUTIVE, "12月8日 值班人员李四已连续值班2天（规定不超过1天）")]
    two = RotationRules(max_consecutive_days=2)
    assert [m for _, _, m in conflicts(slots, date(2026, 12, 7), date(2026, 12, 9), two)] == [
        "12月9日 值班人员李四已连续值班3天（规定不超过2天）"
    ]
    # A run that began before the period counts; only days inside the period are reported.
    assert [d for d, _, _ in conflicts(slots, date(2026, 12, 9), date(2026, 12, 9), two)] == [date(2026, 12, 9)]
    assert conflicts(slots, date(2026, 12, 10), date(2026, 12, 10)) != []  # empty day still reported
    assert all(k != K.CONSECUTIVE for _, k, _ in conflicts(slots, date(2026, 12, 10), date(2026, 12, 10)))


def test_weekly_leaders_are_exempt_daily_leaders_may_hold_a_weekend_pair() -> None:
    week = [DutySlot(date(2026, 12, 7) + timedelta(days=i), "王建国", ("张三" if i % 2 else "李四",)) for i in range(7)]
    assert [c for c in conflicts(week, date(2026, 12, 7), date(2026, 12, 13)) if c[1] == K.CONSECUTIVE] == []
    daily = RotationRules(leaders_by_week=False, weekend_same_leader=True)
    found = [m for _, k, m in conflicts(week, date(2026, 12, 7), date(2026, 12, 13), daily) if k == K.CONSECUTIVE]
    assert found == ["12月9日 带班领导王建国已连续值班3天（规定不超过2天）"]
    pair = [DutySlot(date(2026, 12, 12), "王建国", ("李四",)), DutySlot(date(2026, 12, 13), "王建国", ("张三",))]
    assert conflicts(pair, date(2026, 12, 12), date(2026, 12, 13), daily) == []


def test_conflicts_come_in_day_order_and_group_by_day() -> None:
    slots = [DutySlot(date(2026, 12, 24), "钱局长", ("张三",)), DutySlot(date(2026, 12, 23), "", ())]
    found = find_conflicts(date(2026, 12, 23), date(2026, 12, 24), slots, RULES, BOOK, CAL)
    assert [c.day for c in found] == sorted(c.day for c in found)
    grouped = conflicts_by_day(found)
    assert {c.name for c in grouped[date(2026, 12, 24)]} == {"钱局长", "张三"}
    assert len(grouped[date(2026, 12, 23)]) == 2
