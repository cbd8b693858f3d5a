"""A duty roster sheet (值班安排表, DOMAIN §4.4: 日期, 带班领导, 值班人员, 手机) read into rows, all or nothing.

Rosters come as offices post them: a title with the year ("2026年春节假期值班安排表"), days written
"2月14日（星期六）", several people in one cell ("张三、李四") or one column each, the leader's phone in
a column of its own. One row per day; a week written as one row ("2月14日—2月20日") is refused with
the row named, as is a date without a year when the title names none (RELIABILITY.md E2: not guessed).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import cast

from officedesk.domain.identity import phone_problem
from officedesk.exchange.cell_values import cell_text, file_heading, read_cells, require_data_rows, unmasked_text
from officedesk.exchange.errors import ImportRefused, RowProblem
from officedesk.exchange.headings import (
    DUTY_REPEATABLE,
    DUTY_REQUIRED,
    DUTY_VOCABULARY,
    canonical_heading,
    parse_date,
)
from officedesk.exchange.table_reader import HeaderMatch, find_header, read_table, text_above

# Names and numbers in one cell are separated by 、，, / ; or spaces (NFKC has made the full-width ones ASCII).
_SEPARATORS = re.compile(r"[、,/;\s]+")
_WEEKDAY = re.compile(r"[(\[]?\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[)\]]?")
_MONTH_DAY = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?")
# "2月14日—2月20日", "2月14日-20日", "2026-02-14至2026-02-20": a day, a dash or 至, another number.
_RANGE = re.compile(r"(?:月\s*\d{1,2}\s*[日号]?|[-/.]\d{1,2})\s*(?:至|到|~|—+|–|-{1,2})\s*\d")
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


@dataclass(frozen=True)
class DutyRosterRow:
    """One day of the roster: who leads, who is on duty, the numbers to reach them."""

    day: date
    leader: str
    staff: tuple[str, ...]
    phones: tuple[str, ...]
    remarks: str


@dataclass(frozen=True)
class DutyImportPreview:
    rows: list[DutyRosterRow]
    sheet_name: str
    column_map: list[tuple[str, str]]  # (the file's heading, the roster column it is read as)
    ignored_headings: list[str] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    row_numbers: list[int] = field(default_factory=list)  # each row's number in the file, as Excel numbers it


def read_duty_file(path: Path, *, sheet: str | None = None, today: date) -> DutyImportPreview:
    """Read one sheet of a roster; UnreadableFile or ImportRefused (naming every bad cell) on any problem."""
    table = read_table(path, sheet)
    header = find_header(table, DUTY_VOCABULARY, DUTY_REQUIRED, repeatable=DUTY_REPEATABLE)
    if not {"leader", "staff"} & set(header.columns.values()):
        problem = RowProblem(header.row_number, "带班领导", "缺少该列")
        raise ImportRefused([problem], "表头缺少「带班领导」或「值班人员」列；未导入任何数据", table.sheet_name)
    reader = _RosterReader(header, title_year(text_above(table, header)))
    for row_number, cells in require_data_rows(table, header):
        reader.read(row_number, cells)
    if reader.problems:
        raise ImportRefused(reader.problems, sheet=table.sheet_name)
    past = [number for number, row in zip(reader.numbers, reader.rows, strict=True) if row.day < today]
    warnings = []
    if past:
        message = f"有 {len(past)} 天早于今天，将作为已过去的值班记录保存"
        warnings.append(RowProblem(past[0], file_heading(header, "day") or "日期", message))
    column_map = [(header.headings[c], canonical_heading(DUTY_VOCABULARY, k)) for c, k in header.columns.items()]
    return DutyImportPreview(reader.rows, table.sheet_name, column_map, header.ignored, warnings, reader.numbers)


def title_year(notes: list[str]) -> int | None:
    """The year a roster's title names ("2026年春节假期值班安排表"), for days written without one."""
    for note in notes:
        match = _TITLE_YEAR.search(unicodedata.normalize("NFKC", note))
        if match:
            return int(match.group(1))
    return None


def duty_day(value: object, year: int | None) -> tuple[date, bool]:
    """A 日期 cell as (day, whether the year came from the title); ValueError names what is wrong."""
    if not isinstance(value, str):
        return parse_date(value), False
    shown = value.strip()
    text = _WEEKDAY.sub("", unicodedata.normalize("NFKC", shown)).strip()
    try:
        return parse_date(text), False
    except ValueError:
        pass
    if _RANGE.search(text):
        raise ValueError(f"“{shown}”是一段日期，暂不支持按周或按段导入，请每天一行")
    month_day = _MONTH_DAY.fullmatch(text)
    if month_day is None:
        raise ValueError(f"日期无法识别：{shown}")
    if year is None:
        raise ValueError(f"日期“{shown}”没有年份，请写成“年-月-日”，或在表格标题中写明年份（如“2026年春节值班安排表”）")
    try:
        return date(year, int(month_day.group(1)), int(month_day.group(2))), True
    except ValueError:
        raise ValueError(f"日期无法识别：{shown}") from None


def names(text: str) -> tuple[str, ...]:
    return tuple(n for n in _SEPARATORS.split(unicodedata.normalize("NFKC", text)) if n)


def phones(value: object) -> tuple[str, ...]:
    """A phone cell: one number or several; each a mobile or a landline with its area code."""
    found = names(unmasked_text(value, "电话号码"))
    for number in found:
        problem = phone_problem(number)
        if problem is not None:
            raise ValueError(f"{number}：{problem}")
    return found


class _RosterReader:
    def __init__(self, header: HeaderMatch, year: int | None) -> None:
        self.header = header
        self.year = year
        self.rows: list[DutyRosterRow] = []
        self.numbers: list[int] = []
        self.problems: list[RowProblem] = []
        self._days: dict[date, int] = {}  # day → the row that first had it
        self._last_title_year_month = 0

    def read(self, row: int, cells: list[object]) -> None:
        parsers = {"day": lambda value: duty_day(value, self.year), "phones": phones}
        fields, problems = read_cells(self.header, cells, row, parsers)
        day_heading = file_heading(self.header, "day") or "日期"
        if "day" in fields:
            day, from_title = cast(tuple[date, bool], fields["day"][0])
            problems += self._check_day(row, day_heading, day, from_title)
        leader = str(fields.get("leader", [""])[0])
        staff = tuple(n for cell in fields.get("staff", []) for n in names(str(cell)))
        if not leader and not staff and "day" in fields:
            problems.append(RowProblem(row, day_heading, "这一天没有填写带班领导或值班人员"))
        if problems:
            self.problems += problems
            return
        numbers = tuple(n for found in fields.get("phones", []) for n in cast(tuple[str, ...], found))
        remarks = "；".join(cell_text(v) for v in fields.get("remarks", []) if v)
        self.rows.append(DutyRosterRow(day, leader, staff, numbers, remarks))
        self.numbers.append(row)

    def _check_day(self, row: int, heading: str, day: date, from_title: bool) -> list[RowProblem]:
        problems: list[RowProblem] = []
        if from_title:
            # A roster over New Year written "12月31日", "1月1日" under a "2026年" title: which year is which?
            if day.month < self._last_title_year_month:
                problems.append(RowProblem(row, heading, "日期跨年但没有写年份，请每个日期都写明年份"))
            self._last_title_year_month = day.month
        if day in self._days:
            problems.append(RowProblem(row, heading, f"与第{self._days[day]}行是同一天；同一天的值班请写在一行"))
        else:
            self._days[day] = row
        return problems
