"""Periods of the duty table: ISO weeks (DESIGN.md: "weeks are ISO weeks") and holiday runs for the title."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from officedesk.domain.calendar import DayKind, WorkCalendar

_ISO_WEEK = re.compile(r"(\d{4})-?W(\d{1,2})", re.IGNORECASE)
MAX_PERIOD_DAYS = 400  # a year's table and then some; a typo such as 2062 for 2026 is refused, not printed


def days_of(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def iso_week(text: str) -> tuple[date, date]:
    """ "2026-W08" → (Monday, Sunday). ValueError with a sentence for the clerk otherwise."""
    match = _ISO_WEEK.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"周次应写成“2026-W08”这样的 ISO 周：{text}")
    year, week = int(match.group(1)), int(match.group(2))
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ValueError(f"{year}年没有第{week}周：{text}") from None
    return monday, monday + timedelta(days=6)


def week_text(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def period_problem(first: date, last: date) -> str | None:
    if last < first:
        return f"结束日期 {last.isoformat()} 早于开始日期 {first.isoformat()}"
    if (last - first).days + 1 > MAX_PERIOD_DAYS:
        return f"时段过长（{(last - first).days + 1} 天），一次最多 {MAX_PERIOD_DAYS} 天"
    return None


def holiday_of_period(first: date, last: date, calendar: WorkCalendar) -> str:
    """ "2026年春节" when every rest day of the period is one holiday's and the period holds its whole run
    (so "2026年春节值班安排表"); "" otherwise (an ordinary week or month, or part of a holiday)."""
    rest = [d for d in days_of(first, last) if calendar.is_rest_day(d)]
    if not rest or any(calendar.day_kind(d) != DayKind.HOLIDAY for d in rest):
        return ""
    names = {calendar.holiday_name(d) for d in rest}
    if len(names) != 1 or "" in names:
        return ""
    name = names.pop()
    for outside in (first - timedelta(days=1), last + timedelta(days=1)):
        if calendar.is_rest_day(outside) and calendar.holiday_name(outside) == name:
            return ""  # the holiday goes on beyond the period: a week of it, not its table
    return f"{rest[0].year}年{name}"
