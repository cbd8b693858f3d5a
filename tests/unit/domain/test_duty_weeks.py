"""The duty table by week (按周汇总, 附件2): which days make a row, the 时间 text, and the people's lines.

The 2026 calendar as the 国务院 notice has it: 元旦 1-1..1-3 (1-4 worked), 春节 2-15..2-23 (2-14 and 2-28
worked), 国庆节 10-1..10-7 (9-20 and 10-10 worked). Names and numbers are invented.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from officedesk.domain.calendar import DayKind
from officedesk.domain.duty import WEEKDAY_NAMES, DutyTableSettings
from officedesk.domain.duty_sheets import DutyPerson, DutyTable, DutyTableRow
from officedesk.domain.duty_weeks import DutyWeekRow, days_text, is_holiday_duty, week_rows

HOLIDAYS = {
    **{date(2026, 1, 1) + timedelta(days=i): "元旦" for i in range(3)},
    **{date(2026, 2, 15) + timedelta(days=i): "春节" for i in range(9)},
    **{date(2026, 10, 1) + timedelta(days=i): "国庆节" for i in range(7)},
}
MAKEUP = {date(2026, 1, 4): "元旦", date(2026, 2, 14): "春节", date(2026, 2, 28): "春节", date(2026, 9, 20): "国庆节",
          date(2026, 10, 10): "国庆节"}  # fmt: skip
LEADERS = tuple(DutyPerson(n, p, f"1390000{i:04d}") for i, (n, p) in enumerate(
    (("王建国", "局长"), ("李卫东", "副局长"), ("陈志强", "副局长"), ("赵红梅", "副局长"))))  # fmt: skip
STAFF = tuple(DutyPerson(n, "", f"1380000{i:04d}") for i, n in enumerate(
    ("周敏", "吴磊", "郑芳", "冯军", "孙丽娟", "黄涛", "何静", "马俊")))  # fmt: skip
HOLIDAY_STAFF = tuple(DutyPerson(n, "", f"1370000{i:04d}") for i, n in enumerate(("欧阳春花", "刘晓燕", "陈明")))
SPRING_LEADERS = ("赵红梅", "王建国", "李卫东", "陈志强")  # the holiday roster's, a day each from 2-15
Pick = Callable[[date], tuple[DutyPerson | None, tuple[DutyPerson, ...]]]


def weekly(day: date) -> tuple[DutyPerson | None, tuple[DutyPerson, ...]]:
    """The usual roster: a leader a week (ISO weeks, in turn: W48 王建国), one person a day (in turn); holidays:
    the holiday roster, a leader a day and two of its own people."""
    if day in HOLIDAYS:
        return LEADERS[day.day % 4], (HOLIDAY_STAFF[day.day % 3], HOLIDAY_STAFF[(day.day + 1) % 3])
    return LEADERS[day.isocalendar()[1] % 4], (STAFF[day.toordinal() % len(STAFF)],)


def table(first: date, last: date, pick: Pick = weekly) -> DutyTable:
    rows = []
    for i in range((last - first).days + 1):
        day = first + timedelta(days=i)
        if day in HOLIDAYS:
            kind, name = DayKind.HOLIDAY, HOLIDAYS[day]
        elif day in MAKEUP:
            kind, name = DayKind.MAKEUP_WORKDAY, MAKEUP[day]
        else:
            kind, name = (DayKind.WEEKEND if day.weekday() >= 5 else DayKind.WORKDAY), ""
        leader, staff = pick(day)
        rows.append(DutyTableRow(day, WEEKDAY_NAMES[day.weekday()], kind, name, leader, staff, ""))
    return DutyTable("××县××局", "值班安排表", first, last, tuple(rows), DutyTableSettings())


def leader_of(day: date) -> DutyPerson | None:
    return weekly(day)[0]


def shape(rows: tuple[DutyWeekRow, ...]) -> list[tuple[str, tuple[str, ...]]]:
    return [(r.time_text(), tuple(p.name for p in r.leaders)) for r in rows]


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        # An ordinary week: one row, whatever the weekend.
        (date(2026, 11, 23), date(2026, 11, 29), [("11月23日—29日", 1)]),
        # 元旦 mid-week: the week's row shows the broken range, the holiday its own row after it.
        (date(2025, 12, 29), date(2026, 1, 4), [("12月29日—31日，1月4日", 1), ("1月1日—3日（元旦）", 3)]),
        # 春节: the week before (with its Saturday worked), the holiday's nine days, the week after.
        (date(2026, 2, 9), date(2026, 3, 1),
         [("2月9日—14日", 1), ("2月15日—23日（春节）", 4), ("2月24日—3月1日", 1)]),
        # 国庆节 and the Sundays and Saturdays worked around it.
        (date(2026, 9, 14), date(2026, 10, 11),
         [("9月14日—20日", 1), ("9月21日—27日", 1), ("9月28日—30日", 1), ("10月1日—7日（国庆节）", 4),
          ("10月8日—11日", 1)]),
        # A period starting mid-week: its first row is the part of the week inside it.
        (date(2026, 11, 26), date(2026, 12, 6), [("11月26日—29日", 1), ("11月30日—12月6日", 1)]),
    ],
)  # fmt: skip
def test_rows_are_the_leaders_weeks_and_the_holidays(first: date, last: date,
                                                     expected: list[tuple[str, int]]) -> None:  # fmt: skip
    rows = week_rows(table(first, last))

    assert [(r.time_text(), len(r.leaders)) for r in rows] == expected
    assert sorted(d for r in rows for d in r.days) == [
        first + timedelta(days=i) for i in range((last - first).days + 1)
    ]
    for row in rows:
        if row.holiday_name:
            assert all(HOLIDAYS[d] == row.holiday_name for d in row.days)
        else:
            assert all(d not in HOLIDAYS for d in row.days) and row.leaders == (leader_of(row.first),)


def test_a_week_lists_its_daily_staff_in_order_each_once_with_their_phones() -> None:
    monday = date(2026, 11, 23)
    five = STAFF[:5]

    def pick(day: date) -> tuple[DutyPerson | None, tuple[DutyPerson, ...]]:
        return LEADERS[0], (five[(day - monday).days % 5],)  # five people for seven days: two serve twice

    (row,) = week_rows(table(monday, monday + timedelta(days=6), pick))

    assert row.leaders == (LEADERS[0],) and row.staff == five
    leader, staff, phones = row.cell_texts(4)
    assert leader == "王建国（局长）" and row.cell_texts(4, post_lines=True)[0] == "王建国\n局长"
    assert staff == "周敏、吴磊、郑芳\n冯军、孙丽娟"  # the leader's phone takes the first line's first place
    assert phones == "13900000000 13800000000 13800000001 13800000002\n13800000003 13800000004"


def test_a_holiday_row_lists_its_leaders_a_line_each_beside_their_phones() -> None:
    (_, row, _) = week_rows(table(date(2026, 9, 28), date(2026, 10, 11)))

    assert row.holiday_name == "国庆节" and row.days_text == "10月1日—7日" and is_holiday_duty(table(
        date(2026, 10, 1), date(2026, 10, 1)).rows[0])  # fmt: skip
    assert row.time_text(one_line=False) == "10月1日—7日\n国庆节"
    (broken, _) = week_rows(table(date(2025, 12, 29), date(2026, 1, 4)))
    assert broken.time_text(one_line=False) == "12月29日—31日，\n1月4日"
    assert [p.name for p in row.leaders] == ["李卫东", "陈志强", "赵红梅", "王建国"]  # in order of duty, each once
    assert [p.name for p in row.staff] == ["刘晓燕", "陈明", "欧阳春花"]
    lines = row.lines(3)
    assert [(line.leader.name if line.leader else None, len(line.staff)) for line in lines] == [
        ("李卫东", 2), ("陈志强", 1), ("赵红梅", 0), ("王建国", 0)]  # fmt: skip
    leader, staff, phones = row.cell_texts(3)
    assert leader.split("\n") == ["李卫东（副局长）", "陈志强（副局长）", "赵红梅（副局长）", "王建国（局长）"]
    assert row.cell_texts(3, post_lines=True)[0] == "李卫东\n陈志强\n赵红梅\n王建国"  # names only, a line each
    assert staff == "刘晓燕、陈明\n欧阳春花"
    assert phones.split("\n")[:2] == ["13900000001 13700000001 13700000002", "13900000002 13700000000"]


def weekly_then(changes: dict[date, DutyPerson | None]) -> Pick:
    def pick(day: date) -> tuple[DutyPerson | None, tuple[DutyPerson, ...]]:
        leader, staff = weekly(day)
        return changes.get(day, leader), staff

    return pick


@pytest.mark.parametrize(
    ("first", "last", "changes", "expected"),
    [
        # The leader whose week the holiday broke takes it up again after: one row, the range broken.
        (date(2026, 2, 11), date(2026, 2, 26),
         {**{date(2026, 2, 11) + timedelta(days=i): LEADERS[0] for i in range(4)},
          **{date(2026, 2, 24) + timedelta(days=i): LEADERS[0] for i in range(3)}},
         [("2月11日—14日，24日—26日", ("王建国",)), ("2月15日—23日（春节）", SPRING_LEADERS)]),
        # Held on for two weeks running (an office with one leader): cut where the ISO week changes.
        (date(2026, 2, 9), date(2026, 3, 8),
         {date(2026, 2, 9) + timedelta(days=i): LEADERS[1] for i in range(28) if i not in range(6, 15)},
         [("2月9日—14日", ("李卫东",)), ("2月15日—23日（春节）", SPRING_LEADERS),
          ("2月24日—3月1日", ("李卫东",)), ("3月2日—8日", ("李卫东",))]),
        # A stand-in for one day: the turn is cut around the day he leads.
        (date(2026, 11, 23), date(2026, 11, 29), {date(2026, 11, 25): LEADERS[3]},
         [("11月23日—24日", ("王建国",)), ("11月25日", ("赵红梅",)), ("11月26日—29日", ("王建国",))]),
        # Days not filled yet: a row of their own, without a leader.
        (date(2026, 11, 23), date(2026, 11, 29), {date(2026, 11, 28): None, date(2026, 11, 29): None},
         [("11月23日—27日", ("王建国",)), ("11月28日—29日", ())]),
    ],
)  # fmt: skip
def test_a_turn_is_the_run_of_one_leader(first: date, last: date, changes: dict[date, DutyPerson | None],
                                         expected: list[tuple[str, tuple[str, ...]]]) -> None:  # fmt: skip
    assert shape(week_rows(table(first, last, weekly_then(changes)))) == expected


def test_leaders_by_the_day_make_a_row_per_turn() -> None:
    monday = date(2026, 11, 23)

    def pick(day: date) -> tuple[DutyPerson | None, tuple[DutyPerson, ...]]:
        turn = min((day - monday).days, 5)  # Saturday and Sunday: one leader for both (休息日两天同人)
        return LEADERS[turn % len(LEADERS)], (STAFF[(day - monday).days],)

    rows = week_rows(table(monday, monday + timedelta(days=6), pick))

    assert [r.days_text for r in rows] == ["11月23日", "11月24日", "11月25日", "11月26日", "11月27日", "11月28日—29日"]
    assert [p.name for p in rows[-1].staff] == ["黄涛", "何静"]


def test_a_quarter_is_thirteen_weeks_and_the_national_day() -> None:
    rows = week_rows(table(date(2026, 10, 1), date(2026, 12, 31)))

    assert len(rows) == 14
    assert rows[0].time_text() == "10月1日—7日（国庆节）" and rows[1].days_text == "10月8日—11日"
    assert rows[4].days_text == "10月26日—11月1日" and rows[-1].days_text == "12月28日—31日"
    assert all(len(r.days) == 7 for r in rows[2:-1]) and all(len(r.staff) == 7 for r in rows[2:-1])


def test_people_lines_and_phones() -> None:
    row = DutyWeekRow((date(2026, 3, 2),), (LEADERS[0],), (STAFF[0], DutyPerson("刘晓燕"), STAFF[2]))
    assert row.cell_texts(2) == ("王建国（局长）", "周敏\n刘晓燕、郑芳", "13900000000 13800000000\n— 13800000002")
    assert row.cell_texts(1)[1] == "周敏\n刘晓燕、郑芳"  # never fewer than two a line
    nobody = DutyWeekRow((date(2026, 3, 2),), (), (DutyPerson("周敏"), DutyPerson("吴磊")))
    assert nobody.cell_texts(4) == ("", "周敏、吴磊", "")  # no phone at all: the column stays empty
    assert DutyWeekRow((date(2026, 3, 2),), (), ()).cell_texts(4) == ("", "", "")


@pytest.mark.parametrize(
    ("days", "text"),
    [
        ([date(2026, 12, 17)], "12月17日"),
        ([date(2026, 12, 17) + timedelta(days=i) for i in range(7)], "12月17日—23日"),
        ([date(2026, 10, 26) + timedelta(days=i) for i in range(7)], "10月26日—11月1日"),
        ([date(2017, 12, 24) + timedelta(days=i) for i in range(6)] + [date(2018, 1, 2)], "12月24日—29日，1月2日"),
        ([date(2018, 2, 14)] + [date(2018, 2, 22) + timedelta(days=i) for i in range(6)], "2月14日，22日—27日"),
        ([date(2025, 12, 29), date(2025, 12, 30), date(2025, 12, 31), date(2026, 1, 4)], "12月29日—31日，1月4日"),
        ([date(2026, 4, 1), date(2026, 4, 3), date(2026, 5, 3)], "4月1日，3日，5月3日"),
        ([date(2026, 12, 31), date(2027, 1, 1)], "12月31日—1月1日"),
        ([], ""),
    ],
)  # fmt: skip
def test_days_are_written_as_offices_write_them(days: list[date], text: str) -> None:
    assert days_text(days) == text
    assert days_text(days, one_line=False) == text.replace("，", "，\n")  # a narrow column: a part a line
