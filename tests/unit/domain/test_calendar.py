"""WorkCalendar against the real 2026 calendar (PLATFORM.md, Holidays) and the 2027 fallback."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from officedesk.domain.calendar import (
    CalendarOverride,
    DayKind,
    OverrideKind,
    WorkCalendar,
    chinese_holiday_name,
)


@pytest.mark.parametrize(
    ("day", "workday", "kind", "name"),
    [
        (date(2026, 1, 1), False, DayKind.HOLIDAY, "元旦"),
        (date(2026, 1, 4), True, DayKind.MAKEUP_WORKDAY, "元旦"),  # Sunday worked
        (date(2026, 1, 5), True, DayKind.WORKDAY, ""),
        (date(2026, 1, 10), False, DayKind.WEEKEND, ""),
        (date(2026, 2, 13), True, DayKind.WORKDAY, ""),
        (date(2026, 2, 14), True, DayKind.MAKEUP_WORKDAY, "春节"),  # Saturday worked
        (date(2026, 2, 15), False, DayKind.HOLIDAY, "春节"),
        (date(2026, 2, 16), False, DayKind.HOLIDAY, "春节"),
        (date(2026, 2, 23), False, DayKind.HOLIDAY, "春节"),
        (date(2026, 2, 24), True, DayKind.WORKDAY, ""),
        (date(2026, 2, 28), True, DayKind.MAKEUP_WORKDAY, "春节"),  # Saturday worked
        (date(2026, 4, 6), False, DayKind.HOLIDAY, "清明节"),
        (date(2026, 5, 1), False, DayKind.HOLIDAY, "劳动节"),
        (date(2026, 6, 19), False, DayKind.HOLIDAY, "端午节"),
        (date(2026, 9, 20), True, DayKind.MAKEUP_WORKDAY, "国庆节"),  # Sunday worked
        (date(2026, 9, 25), False, DayKind.HOLIDAY, "中秋节"),
        (date(2026, 9, 27), False, DayKind.HOLIDAY, "中秋节"),
        (date(2026, 10, 1), False, DayKind.HOLIDAY, "国庆节"),
        (date(2026, 10, 7), False, DayKind.HOLIDAY, "国庆节"),
        (date(2026, 10, 8), True, DayKind.WORKDAY, ""),
        (date(2026, 10, 10), True, DayKind.MAKEUP_WORKDAY, "国庆节"),  # Saturday worked
        (date(2026, 10, 11), False, DayKind.WEEKEND, ""),
    ],
)
def test_official_2026(day: date, workday: bool, kind: str, name: str) -> None:
    cal = WorkCalendar()
    assert cal.is_workday(day) is workday
    assert cal.is_rest_day(day) is not workday
    assert cal.day_kind(day) == kind
    assert cal.holiday_name(day) == name
    assert cal.fallback_years == frozenset()


@pytest.mark.parametrize(
    ("day", "workday", "kind"),
    [
        (date(2027, 1, 1), True, DayKind.WORKDAY),  # a Friday: no data, so no 元旦 either
        (date(2027, 1, 2), False, DayKind.WEEKEND),
        (date(2027, 1, 3), False, DayKind.WEEKEND),
        (date(2027, 2, 8), True, DayKind.WORKDAY),
        (date(2003, 6, 2), True, DayKind.WORKDAY),  # before the library's range too
    ],
)
def test_unknown_year_falls_back_to_weekends(day: date, workday: bool, kind: str) -> None:
    cal = WorkCalendar()
    assert cal.is_workday(day) is workday
    assert cal.day_kind(day) == kind
    assert cal.holiday_name(day) == ""
    assert cal.fallback_years == frozenset({day.year})
    assert not cal.is_known_year(day.year)


def test_fallback_years_collects_only_years_that_fell_back() -> None:
    cal = WorkCalendar()
    assert cal.fallback_years == frozenset()
    cal.is_workday(date(2026, 12, 31))
    assert cal.fallback_years == frozenset()
    cal.is_workday(date(2027, 3, 1))
    cal.is_workday(date(2028, 3, 1))
    assert cal.fallback_years == frozenset({2027, 2028})


SPRING_2027 = [
    CalendarOverride(date(2027, 2, 6), OverrideKind.MAKEUP_WORKDAY, "春节", "notice"),  # a Saturday
    CalendarOverride(date(2027, 2, 8), OverrideKind.HOLIDAY, "春节", "notice"),  # a Monday
    CalendarOverride(date(2027, 2, 9), OverrideKind.HOLIDAY),  # no name given
]


@pytest.mark.parametrize(
    ("day", "workday", "kind", "name"),
    [
        (date(2027, 2, 6), True, DayKind.MAKEUP_WORKDAY, "春节"),
        (date(2027, 2, 8), False, DayKind.HOLIDAY, "春节"),
        (date(2027, 2, 9), False, DayKind.HOLIDAY, ""),
        (date(2027, 2, 10), True, DayKind.WORKDAY, ""),  # not listed: ordinary Wednesday
        (date(2027, 2, 13), False, DayKind.WEEKEND, ""),
    ],
)
def test_overrides_for_an_unknown_year(day: date, workday: bool, kind: str, name: str) -> None:
    cal = WorkCalendar(SPRING_2027)
    assert cal.is_workday(day) is workday
    assert cal.day_kind(day) == kind
    assert cal.holiday_name(day) == name
    assert cal.is_known_year(2027)
    # The office typed in the notice: its year raises no warning banner.
    assert cal.fallback_years == frozenset()


@pytest.mark.parametrize(
    ("override", "workday", "kind", "name"),
    [
        # The office makes an official workday a holiday (a local 放假 notice).
        (CalendarOverride(date(2026, 10, 9), OverrideKind.HOLIDAY, "县庆"), False, DayKind.HOLIDAY, "县庆"),
        # ... or cancels a 调休上班 Saturday: with no name of its own it keeps the official one.
        (CalendarOverride(date(2026, 10, 10), OverrideKind.HOLIDAY), False, DayKind.HOLIDAY, "国庆节"),
        # ... or makes an official holiday a working day.
        (
            CalendarOverride(date(2026, 10, 7), OverrideKind.MAKEUP_WORKDAY, "值守"),
            True,
            DayKind.MAKEUP_WORKDAY,
            "值守",
        ),
    ],
)
def test_override_beats_official_data(override: CalendarOverride, workday: bool, kind: str, name: str) -> None:
    cal = WorkCalendar([override])
    assert cal.is_workday(override.day) is workday
    assert cal.day_kind(override.day) == kind
    assert cal.holiday_name(override.day) == name


def test_later_override_for_the_same_day_wins() -> None:
    day = date(2027, 5, 3)
    cal = WorkCalendar(
        [CalendarOverride(day, OverrideKind.HOLIDAY, "劳动节"), CalendarOverride(day, OverrideKind.MAKEUP_WORKDAY)]
    )
    assert cal.is_workday(day)


@pytest.mark.parametrize(
    ("year", "known"), [(2004, True), (2020, True), (2026, True), (2003, False), (2027, False), (9999, False)]
)
def test_is_known_year_from_official_data(year: int, known: bool) -> None:
    assert WorkCalendar().is_known_year(year) is known


def test_a_datetime_is_looked_up_as_its_day() -> None:
    cal = WorkCalendar()
    assert cal.day_kind(datetime(2026, 2, 14, 9, 30)) == DayKind.MAKEUP_WORKDAY
    assert cal.day_kind(date(2026, 2, 14)) == DayKind.MAKEUP_WORKDAY


def test_override_kind_is_checked() -> None:
    with pytest.raises(ValueError, match="kind"):
        CalendarOverride(date(2027, 1, 1), "rest")


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("Spring Festival", "春节"),
        ("National Day", "国庆节"),
        ("Mid-autumn Festival", "中秋节"),
        ("New Year's Day", "元旦"),
        ("Tomb-sweeping Day", "清明节"),
        ("Labour Day", "劳动节"),
        ("Dragon Boat Festival", "端午节"),
        ("Some New Day", "Some New Day"),
    ],
)
def test_chinese_holiday_names(english: str, chinese: str) -> None:
    assert chinese_holiday_name(english) == chinese


def test_every_official_name_maps_to_chinese() -> None:
    import chinese_calendar

    names = set(chinese_calendar.holidays.values()) | set(chinese_calendar.workdays.values())
    untranslated = {n for n in names if chinese_holiday_name(n).isascii()}
    assert untranslated == set()


def test_a_day_off_in_lieu_is_a_rest_day_shown_with_its_holiday() -> None:
    # 2027: no official data. The office types the notice: Friday 2-12 given off for 春节 (调休放假),
    # Sunday 2-7 worked (调休上班).
    calendar = WorkCalendar([
        CalendarOverride(date(2027, 2, 12), OverrideKind.DAY_OFF, "春节"),
        CalendarOverride(date(2027, 2, 7), OverrideKind.MAKEUP_WORKDAY, "春节"),
    ])  # fmt: skip
    assert calendar.is_rest_day(date(2027, 2, 12))
    assert calendar.day_kind(date(2027, 2, 12)) == DayKind.HOLIDAY
    assert calendar.holiday_name(date(2027, 2, 12)) == "春节"
    assert calendar.is_workday(date(2027, 2, 7)) and calendar.day_kind(date(2027, 2, 7)) == DayKind.MAKEUP_WORKDAY
    assert calendar.is_workday(date(2027, 2, 11))
