"""ISO weeks for the command line, and which periods are a holiday's own table (the title rule)."""

from __future__ import annotations

from datetime import date

import pytest

from officedesk.domain.calendar import CalendarOverride, WorkCalendar
from officedesk.domain.duty_periods import holiday_of_period, iso_week, period_problem, week_text

CAL = WorkCalendar()


@pytest.mark.parametrize(
    ("text", "monday"),
    [("2026-W08", date(2026, 2, 16)), ("2026w8", date(2026, 2, 16)), ("2026-W53", date(2026, 12, 28)),
     ("2027-W01", date(2027, 1, 4))],
)  # fmt: skip
def test_iso_weeks(text: str, monday: date) -> None:
    first, last = iso_week(text)
    assert first == monday and (last - first).days == 6
    assert iso_week(week_text(first)) == (first, last)


@pytest.mark.parametrize(
    ("text", "needle"), [("2026-W60", "没有第60周"), ("2027-W53", "没有第53周"), ("第8周", "ISO 周")]
)
def test_bad_weeks_are_explained(text: str, needle: str) -> None:
    with pytest.raises(ValueError, match=needle):
        iso_week(text)


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        (date(2026, 1, 1), date(2026, 1, 3), "2026年元旦"),
        (date(2026, 2, 15), date(2026, 2, 23), "2026年春节"),
        (date(2026, 2, 13), date(2026, 2, 28), "2026年春节"),  # working days around it are fine
        (date(2026, 2, 16), date(2026, 2, 22), ""),  # a week inside the holiday
        (date(2026, 10, 1), date(2026, 10, 7), "2026年国庆节"),
        (date(2026, 10, 1), date(2026, 10, 11), ""),  # the weekend 10-11 is no holiday's
        (date(2026, 11, 23), date(2026, 11, 27), ""),  # no rest day at all
    ],
)
def test_holiday_of_period(first: date, last: date, expected: str) -> None:
    assert holiday_of_period(first, last, CAL) == expected


def test_an_office_override_names_its_own_holiday() -> None:
    cal = WorkCalendar([CalendarOverride(date(2027, 2, d), "holiday", "春节") for d in range(6, 14)])
    assert holiday_of_period(date(2027, 2, 6), date(2027, 2, 13), cal) == "2027年春节"


def test_period_problems() -> None:
    assert period_problem(date(2026, 3, 1), date(2026, 2, 1)) is not None
    assert period_problem(date(2026, 1, 1), date(2027, 12, 31)) is not None
    assert period_problem(date(2026, 1, 1), date(2027, 1, 31)) is None
