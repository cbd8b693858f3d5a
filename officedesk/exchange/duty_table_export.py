"""The 值班安排表 as an xlsx that opens in Excel/WPS like the posted paper sheet (forms/duty_table_form.py).

A merged title row and period row, the header frozen and repeated as print titles, A4 portrait one page
wide, wrapped text, 日期 as real date cells shown "2月16日", rest days (weekends, holidays) shaded with
the holiday named in 备注, then 值班时段, the numbered 注 and 制表人 / 审核领导 below. Every text is a
string cell, never a formula (RELIABILITY.md F1: write_string, and the workbook refuses formulas anyway).

By week (`by_week`, 按周汇总, the 附件2 shape): 时间 | 带班领导 | 值班人员 | 手机, one row per leader's week and
one per holiday (domain/duty_weeks.py), 时间 a text ("12月29日—31日，1月4日"), the people set out in lines as
the PDF sets them (each line of 手机 beside the names it gives), holiday rows shaded, and the 值班电话 on the
值班时段 line under the table.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, BinaryIO

from officedesk.domain.calendar import DayKind
from officedesk.domain.duty_sheets import DutyPerson, DutyTable, DutyTableRow
from officedesk.domain.duty_weeks import DutyWeekRow, hours_line, week_rows
from officedesk.exchange.sheet_writer import PAPER_BOOK_OPTIONS, build_workbook, print_setup

SHEET_NAME = "值班安排表"
HEADER_ROW = 2  # rows 0–1: title and period
DATE_FORMAT = 'm"月"d"日"'
ONE_PAGE_DAYS = 16  # up to a holiday period the 值班电话 is one merged cell, as on the paper sheet
LINE_HEIGHT = 14.5  # points per line of 11 pt 宋体
MAX_WIDTH = {"remarks": 24}  # a wider 备注 wraps instead
WEEK_PER_LINE = 4  # by week: people a line (the leader's phone and three, then four), as on a quarter's PDF
WEEK_COLUMNS = (("time", "时间"), ("leader", "带班领导"), ("staff", "值班人员"), ("mobile", "手机"))
_REST_FILL = "#F2F2F2"


def write_duty_table_xlsx(out: BinaryIO, table: DutyTable, *, by_week: bool = False) -> None:
    """Write `table` to `out` as an xlsx (one sheet, 值班安排表): a row a day, or `by_week` a row a week."""
    fill = _fill_weeks if by_week else _fill
    build_workbook(out, lambda book: fill(book, table), {**PAPER_BOOK_OPTIONS, "constant_memory": False})


def text_width(text: str) -> int:
    """Width in Excel's column units (one digit): a Chinese character takes two."""
    return sum(1 if ord(c) < 0x2E80 else 2 for c in text)


def _person(person: DutyPerson | None) -> str:
    return person.text() if person is not None else ""


def _columns(table: DutyTable) -> list[tuple[str, str]]:
    columns = [("day", "日期"), ("weekday", "星期"), ("leader", "带班领导"), ("staff", "值班人员"), ("mobile", "手机")]
    if table.settings.duty_phone:
        columns.append(("duty_phone", "值班电话"))
    return [*columns, ("remarks", "备注")]


def _texts(row: DutyTableRow, phone: str) -> dict[str, str]:
    return {
        "day": f"{row.day.month}月{row.day.day}日",
        "weekday": row.weekday,
        "leader": _person(row.leader),
        "staff": "\n".join(p.name for p in row.staff),
        "mobile": row.phones_text,
        "duty_phone": phone,
        "remarks": row.remarks_text,
    }


class _Formats:
    """The sheet's formats, made once (they inherit the Normal style: 宋体, wrapped, centred vertically)."""

    def __init__(self, book: Any) -> None:
        add = book.add_format
        self.title = add({"font_name": "黑体", "font_size": 18, "align": "center"})
        self.period = add({"align": "center"})
        self.header = add({"bold": True, "border": 1, "bg_color": "#D9D9D9", "align": "center"})
        self.note = add({"align": "left", "valign": "top"})
        self.right = add({"align": "right"})
        # By week, the people's cells from the top, so their lines face each other across the row.
        self.top = {shaded: add({"border": 1, "align": "center", "valign": "top", **fill})
                    for shaded, fill in ((False, {}), (True, {"bg_color": _REST_FILL}))}  # fmt: skip
        # (date, centred text, left text) for working days and for rest days.
        self.cells = {
            shaded: (
                add({"num_format": DATE_FORMAT, "border": 1, "align": "center", **fill}),
                add({"border": 1, "align": "center", **fill}),
                add({"border": 1, "align": "left", **fill}),
            )
            for shaded, fill in ((False, {}), (True, {"bg_color": _REST_FILL}))
        }


def _sheet(
    book: Any, table: DutyTable, columns: Sequence[tuple[str, str]], widths: Sequence[int]
) -> tuple[Any, _Formats]:
    """The worksheet with its page set up, the title and period rows and the header row, in either layout."""
    book.set_properties({"title": table.title, "company": table.office_name, "author": "OfficeDesk 办公桌"})
    sheet = book.add_worksheet(SHEET_NAME)
    formats = _Formats(book)
    last = len(columns) - 1
    for col, width in enumerate(widths):
        sheet.set_column(col, col, width)
    print_setup(sheet, HEADER_ROW, side=0.6, bottom=0.7, portrait=True)
    sheet.center_horizontally()
    sheet.set_row(0, 36)
    _merged(sheet, 0, 0, last, f"{table.office_name}{table.title}", formats.title)
    sheet.set_row(1, 22)
    _merged(sheet, 1, 0, last, table.period_text, formats.period)
    sheet.set_row(HEADER_ROW, 22)
    for col, (_, heading) in enumerate(columns):
        sheet.write_string(HEADER_ROW, col, heading, formats.header)
    return sheet, formats


def _row_height(cells: Iterable[str]) -> float:
    lines = max(text.count("\n") + 1 for text in cells)
    return max(lines, 2) * LINE_HEIGHT + 6


def _fill(book: Any, table: DutyTable) -> None:
    columns = _columns(table)
    last = len(columns) - 1
    merge_phone = bool(table.settings.duty_phone) and 1 < len(table.rows) <= ONE_PAGE_DAYS
    texts = [_texts(row, table.settings.duty_phone) for row in table.rows]
    widths = _widths(columns, texts)
    sheet, formats = _sheet(book, table, columns, widths)
    for offset, (row, cells) in enumerate(zip(table.rows, texts, strict=True), start=1):
        r = HEADER_ROW + offset
        day_format, centre, left = formats.cells[row.day_kind in (DayKind.WEEKEND, DayKind.HOLIDAY)]
        sheet.set_row(r, _row_height(cells.values()))
        for col, (key, _) in enumerate(columns):
            if key == "day":
                sheet.write_datetime(r, col, row.day, day_format)
            elif not (key == "duty_phone" and merge_phone):
                sheet.write_string(r, col, cells[key], left if key == "remarks" else centre)
    if merge_phone:
        col = [key for key, _ in columns].index("duty_phone")
        _merged(
            sheet, HEADER_ROW + 1, col, col, table.settings.duty_phone, formats.cells[False][1], HEADER_ROW + len(texts)
        )
    hours = [f"值班时段：{table.settings.duty_hours}"] if table.settings.duty_hours else []
    _notes(sheet, table, hours, HEADER_ROW + len(table.rows) + 2, last, sum(widths), formats)


def _week_texts(week: DutyWeekRow) -> dict[str, str]:
    leader, staff, phones = week.cell_texts(WEEK_PER_LINE)
    return {"time": week.time_text(), "leader": leader, "staff": staff, "mobile": phones}


def _fill_weeks(book: Any, table: DutyTable) -> None:
    """The sheet by week: a row per leader's week and per holiday (shaded), every cell a string."""
    weeks = week_rows(table)
    texts = [_week_texts(week) for week in weeks]
    widths = _widths(WEEK_COLUMNS, texts)
    sheet, formats = _sheet(book, table, WEEK_COLUMNS, widths)
    for r, (week, cells) in enumerate(zip(weeks, texts, strict=True), start=HEADER_ROW + 1):
        shaded = bool(week.holiday_name)
        sheet.set_row(r, _row_height(cells.values()))
        for col, (key, _) in enumerate(WEEK_COLUMNS):
            sheet.write_string(r, col, cells[key], formats.cells[shaded][1] if key == "time" else formats.top[shaded])
    hours = hours_line(table.settings)
    _notes(sheet, table, [hours] if hours else [], HEADER_ROW + len(weeks) + 2, len(WEEK_COLUMNS) - 1, sum(widths),
           formats)  # fmt: skip


def _widths(columns: Sequence[tuple[str, str]], texts: Sequence[dict[str, str]]) -> list[int]:
    widths = []
    for key, heading in columns:
        lines = [line for cells in texts for line in cells[key].split("\n")]
        widest = max([text_width(heading), 8, *(text_width(line) for line in lines)]) + 2
        widths.append(min(widest, MAX_WIDTH.get(key, widest)))
    return widths


def _notes(sheet: Any, table: DutyTable, hours: Sequence[str], row: int, last: int, width: int,
           formats: _Formats) -> None:  # fmt: skip
    """`hours` (the 值班时段 line), 注：1、… (one merged row each, tall enough for its wrapped lines), then the
    signers."""
    settings = table.settings
    lines = [*hours]
    lines += [f"{'注：' if i == 1 else '　　'}{i}、{note}" for i, note in enumerate(settings.footnotes, start=1)]
    for text in lines:
        sheet.set_row(row, -(-text_width(text) // max(width - 2, 1)) * LINE_HEIGHT + 4)
        _merged(sheet, row, 0, last, text, formats.note)
        row += 1
    compiled = f"制表人：{settings.compiled_by}" if settings.compiled_by else ""
    reviewed = f"审核领导：{settings.reviewed_by}" if settings.reviewed_by else ""
    if compiled or reviewed:
        middle = (last + 1) // 2
        _merged(sheet, row + 1, 0, middle - 1, compiled, formats.note)
        _merged(sheet, row + 1, middle, last, reviewed, formats.right)


def _merged(sheet: Any, row: int, first: int, last: int, text: str, cell_format: Any, last_row: int = -1) -> None:
    """`text` as a string cell over columns first..last (and rows row..last_row when given)."""
    last_row = row if last_row < 0 else last_row
    if last > first or last_row > row:
        sheet.merge_range(row, first, last_row, last, "", cell_format)
    sheet.write_string(row, first, text, cell_format)
