"""The register as an xlsx or CSV file that opens in Excel/WPS like the sheet it replaces.

DESIGN.md "Beyond" 6: frozen header, print titles, CSV with UTF-8 BOM, personal numbers masked.
RELIABILITY.md F1 (no formula ever comes out of a cell), F2 (masked by default), F5 (atomic + verify).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from officedesk.domain.visit_columns import CellValue, VisitColumn
from officedesk.domain.visits import Visit
from officedesk.exchange.cells import csv_cell
from officedesk.exchange.sheet_writer import (
    CellPlan,
    Progress,
    build_workbook,
    cell_writer,
    check_format,
    masked_getter,
    print_setup,
    progress_reporter,
    write_csv_rows,
    write_export,
    write_rows,
)

SHEET_NAME = "信访登记"
# Columns at least this wide hold sentences (主要事实, 主要诉求, 住址): wrap them.
_WRAP_WIDTH = 20

Getter = Callable[[Visit], CellValue]


def export_visits(
    path: Path,
    visits: Iterable[Visit],
    columns: Sequence[VisitColumn],
    *,
    fmt: str,
    masked: bool = True,
    title: str = "",
    progress: Progress | None = None,
    total: int | None = None,
) -> int:
    """Write `visits` to `path` (replacing it only once complete and verified); return the rows written.

    `total` is only for `progress(done, total)`; 0 is passed when it is unknown.
    """
    check_format(fmt)
    if not columns:
        raise ValueError("no columns to export")
    getters = [masked_getter(column, masked) for column in columns]
    report = progress_reporter(progress, total)
    headings = [column.heading for column in columns]
    return write_export(
        path,
        fmt,
        lambda stream: build_workbook(stream, lambda book: _fill_xlsx(book, visits, columns, getters, title, report)),
        lambda stream: (headings, write_csv_rows(stream, headings, _csv_texts(visits, getters), report)),
        report,
    )


def _fill_xlsx(
    book: Any,
    visits: Iterable[Visit],
    columns: Sequence[VisitColumn],
    getters: list[Getter],
    title: str,
    report: Callable[[int], None],
) -> int:
    sheet = book.add_worksheet(SHEET_NAME)
    last_col = len(columns) - 1
    header_row = 1 if title else 0
    print_setup(sheet, header_row, side=0.4, bottom=0.6)
    sheet.hide_gridlines(0)  # 0 = show gridlines on screen and on paper
    sheet.set_row(header_row, 30)
    cell_formats = _cell_formats(book, columns)
    for col, column in enumerate(columns):
        sheet.set_column(col, col, column.width, cell_formats[col])
    if title:
        title_format = book.add_format({"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"})
        sheet.set_row(0, 30)
        if last_col > 0:
            sheet.merge_range(0, 0, 0, last_col, title, title_format)
        else:
            sheet.write_string(0, 0, title, title_format)
    header_format = book.add_format(
        {"bold": True, "border": 1, "bg_color": "#D9D9D9", "align": "center", "valign": "vcenter", "text_wrap": True}
    )
    for col, column in enumerate(columns):
        sheet.write_string(header_row, col, column.heading, header_format)
    # One writer per column, chosen once: text is ALWAYS a string cell (F1; phone and ID numbers stay text).
    plan: list[CellPlan[Visit]] = [
        (getters[col], cell_writer(sheet, column.kind), cell_formats[col]) for col, column in enumerate(columns)
    ]
    row, count = write_rows(plan, visits, header_row, report)
    if count:
        sheet.autofilter(header_row, 0, row, last_col)
    return count


def _cell_formats(book: Any, columns: Sequence[VisitColumn]) -> list[Any]:
    """Formats only where a cell needs one: real date formats, wrap for sentences.

    Plain text and number cells carry none (a per-cell format costs ~20 % of the write time, over
    the bench's budget); the printed grid comes from print_gridlines instead of cell borders.
    """
    date_format = book.add_format({"num_format": "yyyy-mm-dd", "align": "center", "valign": "top"})
    datetime_format = book.add_format({"num_format": "yyyy-mm-dd hh:mm", "align": "center", "valign": "top"})
    wrap_format = book.add_format({"text_wrap": True, "valign": "top"})
    formats: list[Any] = []
    for column in columns:
        if column.kind == "date":
            formats.append(date_format)
        elif column.kind == "datetime":
            formats.append(datetime_format)
        elif column.kind == "text" and column.width >= _WRAP_WIDTH:
            formats.append(wrap_format)
        else:
            formats.append(None)
    return formats


def _csv_texts(visits: Iterable[Visit], getters: list[Getter]) -> Iterator[list[str]]:
    return ([csv_cell(get(visit)) for get in getters] for visit in visits)
