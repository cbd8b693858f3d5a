"""The 值班安排表 by week (按周汇总, the 附件2 shape of DOMAIN.md "as offices post them"): 时间 | 带班领导 |
值班人员 | 手机, one row per leader's week, read by forms/ (PDF) and exchange/ (xlsx) alike.

The grouping rule (`week_rows`):

- A holiday day (法定节假日 with a holiday's name) belongs to the holiday roster (注1: 节假日期间以节假日值班
  安排为准). Each run of days of one holiday is a row of its own, marked with the holiday's name, listing
  that run's leaders and staff in order of duty, each once: "10月1日—7日（国庆节）".
- Every other day (working days, weekends, make-up workdays) belongs to its leader's turn: the days with
  the same 带班领导 one after another, the holiday's days passed over, are one row. So a turn the holiday
  breaks keeps its row and shows the broken range ("12月29日—31日，1月4日"), and a turn that resumes after
  the holiday stays one row, as posted sheets write "2月14日，2月22日—2月27日".
- A turn of more than WEEK_DAYS days (a leader holding two weeks running, an office with one leader) is
  cut where the ISO week changes, so a row is never more than a week of the leader's.
- The staff of a row are its days' staff in order, each once, whatever their own rotation (daily,
  weekly); with leaders rotating daily the rows are the leaders' turns (a day, or a weekend pair).

The 时间 text writes the days as offices do: ranges joined by "—", broken ranges by "，", the month
written again only when it changes ("12月24日—29日，1月2日", "10月26日—11月1日").
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from officedesk.domain.calendar import DayKind
from officedesk.domain.duty import DutyTableSettings
from officedesk.domain.duty_sheets import MISSING_PHONE, DutyPerson, DutyTable, DutyTableRow

WEEK_DAYS = 7  # a turn longer than this is cut at the week's change
NAME_SEPARATOR = "、"
PHONE_SEPARATOR = " "  # numbers side by side: a space, not "、", lets a line hold four on a quarter's page


@dataclass(frozen=True)
class PeopleLine:
    """One printed line of a week row: the leader named on it (if any) and the staff after; the 手机 line
    carries the leader's phone first, then the staff's, in the order of the names."""

    leader: DutyPerson | None
    staff: tuple[DutyPerson, ...]

    @property
    def people(self) -> tuple[DutyPerson, ...]:
        return ((self.leader,) if self.leader is not None else ()) + self.staff


@dataclass(frozen=True)
class DutyWeekRow:
    """One row of the table by week: a leader's turn, or the run of a holiday."""

    days: tuple[date, ...]  # in order; a broken range leaves out the holiday's days
    leaders: tuple[DutyPerson, ...]  # one for a turn (none when unfilled); a holiday row's in order of duty
    staff: tuple[DutyPerson, ...]  # in order of duty, each once
    holiday_name: str = ""  # "国庆节" on a holiday row

    @property
    def first(self) -> date:
        return self.days[0]

    @property
    def last(self) -> date:
        return self.days[-1]

    @property
    def days_text(self) -> str:
        return days_text(self.days)

    def time_text(self, one_line: bool = True) -> str:
        """ "10月1日—7日（国庆节）" on a holiday row; for a narrow column, a broken range's parts and the
        holiday's name each on a line of their own."""
        text = days_text(self.days, one_line)
        if not self.holiday_name:
            return text
        return f"{text}（{self.holiday_name}）" if one_line else f"{text}\n{self.holiday_name}"

    def lines(self, per_line: int) -> list[PeopleLine]:
        """The row's people set out in lines of at most `per_line` (at least 2): leader i on line i with the
        staff that fit beside, so the 手机 line names the same people, in the same order, as the lines of
        带班领导 and 值班人员 beside it."""
        per_line = max(per_line, 2)
        lines: list[PeopleLine] = []
        staff = list(self.staff)
        for i in itertools.count():
            leader = self.leaders[i] if i < len(self.leaders) else None
            if leader is None and not staff:
                break
            room = per_line - (leader is not None)
            lines.append(PeopleLine(leader, tuple(staff[:room])))
            staff = staff[room:]
        return lines

    def cell_texts(self, per_line: int, *, post_lines: bool = False) -> tuple[str, str, str]:
        """(带班领导, 值班人员, 手机) as printed, line by line as `lines` sets them. `post_lines`: a single
        leader's post on the line under the name (a narrow column); several leaders are then names only."""
        lines = self.lines(per_line)
        if len(self.leaders) == 1:
            leader_text = self.leaders[0].text(one_line=not post_lines)
        else:
            leader_text = "\n".join(p.name if post_lines else p.text() for p in self.leaders)
        staff_text = "\n".join(NAME_SEPARATOR.join(p.name for p in line.staff) for line in lines).rstrip("\n")
        people = [p for line in lines for p in line.people]
        if not any(p.mobile for p in people):
            return leader_text, staff_text, ""
        phones = "\n".join(PHONE_SEPARATOR.join(p.mobile or MISSING_PHONE for p in line.people) for line in lines)
        return leader_text, staff_text, phones


def hours_line(settings: DutyTableSettings) -> str:
    """The line under the table by week: "值班时段：08:30—次日08:30　　值班电话：0551-12345678" (the 值班电话
    has no column of its own there); either part alone, or "" with neither."""
    parts = [f"值班时段：{settings.duty_hours}"] if settings.duty_hours else []
    parts += [f"值班电话：{settings.duty_phone}"] if settings.duty_phone else []
    return "　　".join(parts)


def is_holiday_duty(row: DutyTableRow) -> bool:
    """A day of a named holiday: its duty is the holiday roster's (注1), printed in the holiday's own row."""
    return row.day_kind == DayKind.HOLIDAY and bool(row.holiday_name)


def week_rows(table: DutyTable) -> tuple[DutyWeekRow, ...]:
    """The table's rows by week (module docstring), in order of their first day."""
    holiday_runs: list[list[DutyTableRow]] = []
    for row in table.rows:
        if not is_holiday_duty(row):
            continue
        last = holiday_runs[-1][-1] if holiday_runs else None
        if last is not None and last.holiday_name == row.holiday_name and row.day - last.day == timedelta(days=1):
            holiday_runs[-1].append(row)
        else:
            holiday_runs.append([row])
    turns: list[list[DutyTableRow]] = []
    for row in table.rows:
        if is_holiday_duty(row):
            continue
        if turns and _name(turns[-1][-1].leader) == _name(row.leader):
            turns[-1].append(row)
        else:
            turns.append([row])
    out = [_row(run, run[0].holiday_name) for run in holiday_runs]
    out += [_row(part, "") for turn in turns for part in _weeks_of(turn)]
    return tuple(sorted(out, key=lambda r: r.first))


def _name(person: DutyPerson | None) -> str:
    return person.name if person is not None else ""


def _weeks_of(turn: list[DutyTableRow]) -> list[list[DutyTableRow]]:
    """A turn of at most WEEK_DAYS days as it is; a longer one cut where the ISO week changes."""
    if len(turn) <= WEEK_DAYS:
        return [turn]
    return [list(group) for _, group in itertools.groupby(turn, key=lambda r: r.day.isocalendar()[:2])]


def _row(days: Sequence[DutyTableRow], holiday_name: str) -> DutyWeekRow:
    leaders = _each_once(r.leader for r in days if r.leader is not None)
    staff = _each_once(p for r in days for p in r.staff)
    return DutyWeekRow(tuple(r.day for r in days), leaders, staff, holiday_name)


def _each_once(people: Iterable[DutyPerson]) -> tuple[DutyPerson, ...]:
    """In order of first appearance, one entry per name (a person's later days add nothing)."""
    seen: dict[str, DutyPerson] = {}
    for person in people:
        seen.setdefault(person.name, person)
    return tuple(seen.values())


def days_text(days: Sequence[date], one_line: bool = True) -> str:
    """ "12月17日—23日", "12月24日—29日，1月2日", "2月14日，22日—27日": runs of consecutive days as ranges, the
    runs joined by "，" (and a line break unless `one_line`), the month written only where it changes."""
    runs: list[list[date]] = []
    for day in days:
        if runs and day - runs[-1][-1] == timedelta(days=1):
            runs[-1].append(day)
        else:
            runs.append([day])
    parts: list[str] = []
    month: tuple[int, int] | None = None
    for run in runs:
        text = _day(run[0], month)
        if len(run) > 1:
            text += f"—{_day(run[-1], (run[0].year, run[0].month))}"
        parts.append(text)
        month = (run[-1].year, run[-1].month)
    return ("，" if one_line else "，\n").join(parts)


def _day(day: date, month: tuple[int, int] | None) -> str:
    return f"{day.day}日" if (day.year, day.month) == month else f"{day.month}月{day.day}日"
