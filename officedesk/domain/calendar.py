"""Working days and rest days: the official calendar plus the office's overrides (DOMAIN.md §3.3, §3.5).

Three sources, in order of precedence:
1. the office's own `calendar_override` rows (the admin types next year's 国务院 notice in December);
2. chinese-calendar's official data (2004–2026 in version 1.11);
3. for any other year, Monday–Friday work and Saturday/Sunday rest. Such a year is remembered in
   `fallback_years` so the window can show a warning banner; chinese-calendar raises
   NotImplementedError there and the desk must never crash on it (DOMAIN.md §3.5).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

import chinese_calendar


class DayKind:
    """Display labels for a day (DOMAIN.md §4.4 日类型).

    Terminology trap (DOMAIN.md §3.5): "调休" means either the day off or the make-up workday.
    A weekday given off in lieu is a 法定节假日 here; a weekend day worked is 调休上班 (补班).
    """

    WORKDAY = "工作日"
    WEEKEND = "周末"
    HOLIDAY = "法定节假日"
    MAKEUP_WORKDAY = "调休上班"

    ALL = (WORKDAY, WEEKEND, HOLIDAY, MAKEUP_WORKDAY)


class OverrideKind:
    """Values of `CalendarOverride.kind` (the `calendar_override.kind` column)."""

    HOLIDAY = "holiday"  # 法定节假日
    DAY_OFF = "day_off"  # 调休放假: a weekday given off in lieu; a rest day like a holiday
    MAKEUP_WORKDAY = "makeup_workday"  # 调休上班（补班）

    ALL = (HOLIDAY, DAY_OFF, MAKEUP_WORKDAY)
    REST = (HOLIDAY, DAY_OFF)


@dataclass(frozen=True)
class CalendarOverride:
    """One day the office declares off (holiday) or worked (makeup_workday), e.g. from a 国务院 notice."""

    day: date
    kind: str  # OverrideKind value
    name: str = ""  # e.g. "春节"
    source: str = ""  # e.g. "国办发明电〔2026〕×号"

    def __post_init__(self) -> None:
        if self.kind not in OverrideKind.ALL:
            raise ValueError(f"calendar override kind must be one of {OverrideKind.ALL}, not {self.kind!r}")


# chinese-calendar names its holidays in English; its own Chinese names are short ("清明", "端午").
# The desk shows the names used in the 全国年节及纪念日放假办法 and the 国务院 notices.
_CHINESE_NAMES: dict[str, str] = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}


def chinese_holiday_name(english: str) -> str:
    """The Chinese name for one of chinese-calendar's English holiday names (unknown names pass through)."""
    if english in _CHINESE_NAMES:
        return _CHINESE_NAMES[english]
    for holiday in chinese_calendar.Holiday:
        if holiday.value == english:
            return str(holiday.chinese)
    return english


class _Day(NamedTuple):
    workday: bool
    kind: str  # DayKind value
    name: str  # Chinese holiday name, "" if none


class WorkCalendar:
    """Answers "is this a working day?" for the deadline engine and the duty table.

    Lookups are cached per day: one deadline computation asks about dozens of days, and the
    register recomputes deadlines for thousands of visits.
    """

    def __init__(self, overrides: Iterable[CalendarOverride] = ()) -> None:
        # A later override for the same day wins (the admin corrected an earlier entry).
        self._overrides: dict[date, CalendarOverride] = {o.day: o for o in overrides}
        self._override_years: frozenset[int] = frozenset(d.year for d in self._overrides)
        self._days: dict[date, _Day] = {}
        self._official_years: dict[int, bool] = {}
        self._fallback_years: set[int] = set()

    # Public queries -------------------------------------------------------------------------

    def is_workday(self, d: date) -> bool:
        return self._day(d).workday

    def is_rest_day(self, d: date) -> bool:
        return not self._day(d).workday

    def day_kind(self, d: date) -> str:
        """A DayKind label: 工作日, 周末, 法定节假日 or 调休上班."""
        return self._day(d).kind

    def holiday_name(self, d: date) -> str:
        """The holiday a day belongs to, in Chinese; "" if none.

        A make-up workday also carries the name of the holiday it pays for (2026-09-20 → "国庆节"),
        as the duty table notes it ("国庆节 调休上班"); use `day_kind` to tell rest from work.
        """
        return self._day(d).name

    def is_known_year(self, year: int) -> bool:
        """True if official data covers the year or the office entered any override for it."""
        return year in self._override_years or self._has_official_data(year)

    @property
    def fallback_years(self) -> frozenset[int]:
        """Years for which some lookup fell back to plain weekends (show a warning banner)."""
        return frozenset(self._fallback_years)

    # Lookup ---------------------------------------------------------------------------------

    def _day(self, d: date) -> _Day:
        if isinstance(d, datetime):  # a datetime is a date; key the cache on the day alone
            d = d.date()
        cached = self._days.get(d)
        if cached is None:
            cached = self._lookup(d)
            self._days[d] = cached
        return cached

    def _lookup(self, d: date) -> _Day:
        official = self._official(d)
        override = self._overrides.get(d)
        if override is not None:
            name = override.name or (official.name if official is not None else "")
            if override.kind in OverrideKind.REST:
                # Shown as 法定节假日 on the duty table, as the official data shows days off in lieu.
                return _Day(False, DayKind.HOLIDAY, name)
            return _Day(True, DayKind.MAKEUP_WORKDAY, name)
        if official is not None:
            return official
        # Unknown year: weekends only. An override-only year is "known" (the office typed in the
        # notice), so it raises no banner; its unlisted days are ordinary weekdays and weekends.
        if d.year not in self._override_years:
            self._fallback_years.add(d.year)
        return _weekend_rule(d)

    def _official(self, d: date) -> _Day | None:
        """chinese-calendar's answer, or None when it has no data for the year."""
        if not self._has_official_data(d.year):
            return None
        try:
            on_holiday, english = chinese_calendar.get_holiday_detail(d)
        except NotImplementedError:  # defensive: a future library version may narrow its range
            self._official_years[d.year] = False
            return None
        weekend = d.weekday() >= 5
        name = chinese_holiday_name(english) if english else ""
        if on_holiday:
            # A named rest day is a statutory holiday or a day off in lieu; an unnamed one is a weekend.
            return _Day(False, DayKind.HOLIDAY if name else DayKind.WEEKEND, name)
        if weekend:
            return _Day(True, DayKind.MAKEUP_WORKDAY, name)
        return _Day(True, DayKind.WORKDAY, name)

    def _has_official_data(self, year: int) -> bool:
        known = self._official_years.get(year)
        if known is None:
            try:
                chinese_calendar.is_workday(date(year, 1, 1))
                known = True
            except (NotImplementedError, ValueError):
                known = False
            self._official_years[year] = known
        return known


def _weekend_rule(d: date) -> _Day:
    if d.weekday() >= 5:
        return _Day(False, DayKind.WEEKEND, "")
    return _Day(True, DayKind.WORKDAY, "")
