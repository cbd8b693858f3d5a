"""The register as an xlsx or CSV file that opens in Excel/WPS like the sheet it replaces.

DESIGN.md "Beyond" 6: frozen header, print titles, CSV with UTF-8 BOM, personal numbers masked.
RELIABILITY.md F1 (no formula ever comes out of a cell), F2 (masked by default), F5 (atomic + verify).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, BinaryIO

import xlsxwriter
import xlsxwriter.exceptions

from officedesk.domain.visit_columns import CellValue, VisitColumn
from officedesk.domain.visits import Visit
from officedesk.exchange.cells import csv_cell, masker_for
from officedesk.exchange.errors import ExchangeError
from officedesk.exchange.safe_write import write_atomically

FORMATS = ("xlsx", "csv")
SHEET_NAME = "信访登记"
# F1: without these xlsxwriter turns "=…" into a formula, "http…" into a link and "0123" into 123.
_XLSX_OPTIONS = {
    "constant_memory": True,
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
}
_EXCEL_MAX_ROWS = 1_048_576
_PROGRESS_EVERY = 1000
# Columns at least this wide hold sentences (主要事实, 主要诉求, 住址): wrap them.
_WRAP_WIDTH = 20
_SHEET_PART = "xl/worksheets/sheet1.xml"

Getter = Callable[[Visit], CellValue]
Progress = Callable[[int, int], None]


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
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    if not columns:
        raise ValueError("no columns to export")
    getters = [_getter(column, masked) for column in columns]
    report = _progress_reporter(progress, total)
    written = 0

    def write(stream: BinaryIO) -> None:
        nonlocal written
        if fmt == "xlsx":
            written = _write_xlsx(stream, visits, columns, getters, title, report)
        else:
            written = _write_csv(stream, visits, columns, getters, report)

    def verify(final: Path) -> None:
        if fmt == "xlsx":
            _verify_xlsx(final)
        else:
            _verify_csv(final, [c.heading for c in columns], written)

    write_atomically(path, write, verify)
    return written


def _getter(column: VisitColumn, masked: bool) -> Getter:
    """Composed once per column, so the per-cell path is one call (F2: masks applied here)."""
    get = column.get
    if not (masked and column.personal):
        return get
    mask = masker_for(column.key)

    def masked_get(visit: Visit) -> CellValue:
        value = get(visit)
        return mask(value) if isinstance(value, str) and value else value

    return masked_get


def _progress_reporter(progress: Progress | None, total: int | None) -> Callable[[int], None]:
    if progress is None:
        return lambda done: None
    return lambda done: progress(done, total or 0)


def _write_xlsx(
    stream: BinaryIO,
    visits: Iterable[Visit],
    columns: Sequence[VisitColumn],
    getters: list[Getter],
    title: str,
    report: Callable[[int], None],
) -> int:
    guard = _FailSafeStream(stream)
    try:
        return _fill_xlsx(xlsxwriter.Workbook(guard, _XLSX_OPTIONS), visits, columns, getters, title, report)
    except BaseException:
        guard.failed = True
        raise


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
    _page_setup(sheet, header_row, last_col)
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
    plan = [(getters[col], _writer(sheet, column.kind), cell_formats[col]) for col, column in enumerate(columns)]
    row = header_row
    count = 0
    for visit in visits:
        row += 1
        if row >= _EXCEL_MAX_ROWS:
            limit = _EXCEL_MAX_ROWS - header_row - 1
            raise ExchangeError(f"记录超过 Excel 的最大行数（{limit}条），请缩小日期范围分批导出")
        for col, (get, put, cell_format) in enumerate(plan):
            value = get(visit)
            # Empty cells are not written at all: the column format already covers them.
            if value is not None and value != "":
                put(row, col, value, cell_format)
        count += 1
        if count % _PROGRESS_EVERY == 0:
            report(count)
    if count:
        sheet.autofilter(header_row, 0, row, last_col)
    try:
        book.close()
    except xlsxwriter.exceptions.FileCreateError as exc:
        # xlsxwriter wraps the OSError of a full or pulled stick; write_atomically needs its errno.
        cause = exc.args[0] if exc.args else None
        if isinstance(cause, OSError):
            raise cause from exc
        raise
    report(count)
    return count


class _FailSafeStream:
    """The stream xlsxwriter's ZipFile writes to. When a write fails (disk full) xlsxwriter leaves that
    ZipFile open, and its __del__ later tries to finish the archive on a stream safe_write has closed;
    once failed, this stream swallows those last writes instead of raising from a finaliser."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.failed = False

    def write(self, data: bytes) -> int:
        if self.failed:
            return len(data)
        try:
            return self._stream.write(data)
        except BaseException:
            self.failed = True
            raise

    def seek(self, offset: int, whence: int = 0) -> int:
        return 0 if self.failed else self._stream.seek(offset, whence)

    def tell(self) -> int:
        return 0 if self.failed else self._stream.tell()

    def flush(self) -> None:
        if not self.failed:
            self._stream.flush()


def _writer(sheet: Any, kind: str) -> Callable[..., Any]:
    if kind == "int":
        return sheet.write_number  # type: ignore[no-any-return]
    if kind in ("date", "datetime"):
        return sheet.write_datetime  # type: ignore[no-any-return]
    return sheet.write_string  # type: ignore[no-any-return]


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


def _page_setup(sheet: Any, header_row: int, last_col: int) -> None:
    """A4 landscape, one page wide, gridlines printed, the header frozen and repeated on every page."""
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(header_row)
    sheet.freeze_panes(header_row + 1, 0)
    sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    sheet.set_footer("&C第 &P 页，共 &N 页")
    sheet.hide_gridlines(0)  # 0 = show gridlines on screen and on paper
    sheet.set_row(header_row, 30)


def _write_csv(
    stream: BinaryIO,
    visits: Iterable[Visit],
    columns: Sequence[VisitColumn],
    getters: list[Getter],
    report: Callable[[int], None],
) -> int:
    # utf-8-sig writes the BOM Excel needs to read Chinese; CRLF is what Excel itself writes.
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow([column.heading for column in columns])
    count = 0
    for visit in visits:
        writer.writerow([csv_cell(get(visit)) for get in getters])
        count += 1
        if count % _PROGRESS_EVERY == 0:
            report(count)
    text.flush()
    text.detach()  # the stream belongs to write_atomically, which still has to fsync it
    report(count)
    return count


def _verify_xlsx(final: Path) -> None:
    try:
        with zipfile.ZipFile(final) as archive:
            bad = archive.testzip()
            names = set(archive.namelist())
    except zipfile.BadZipFile as exc:
        raise ExchangeError(f"不是完整的 xlsx 文件（{exc}）") from exc
    if bad is not None:
        raise ExchangeError(f"xlsx 中的「{bad}」已损坏")
    if _SHEET_PART not in names:
        raise ExchangeError("xlsx 中缺少工作表")


def _verify_csv(final: Path, headings: list[str], rows: int) -> None:
    with final.open("rb") as raw:
        if raw.read(3) != b"\xef\xbb\xbf":
            raise ExchangeError("CSV 文件开头缺少 UTF-8 标记")
    try:
        with final.open(encoding="utf-8-sig", newline="") as text:
            reader = csv.reader(text)
            first = next(reader, None)
            data_rows = sum(1 for _ in reader)
    except UnicodeDecodeError as exc:
        raise ExchangeError("CSV 文件不是有效的 UTF-8 文本") from exc
    if first != headings:
        raise ExchangeError("CSV 文件的表头不完整")
    if data_rows != rows:
        raise ExchangeError(f"CSV 文件应有 {rows} 行数据，实际读到 {data_rows} 行")
