"""What every export writes the same way: xlsxwriter's safe options, the printed page, typed cell writers,
masked getters, the row loops, the CSV dialect Excel reads, and the atomic write with the read-back checks
that run once the file is on the stick.

Shared by the register (visits_export.py) and the ledger (ledger_export.py).
RELIABILITY.md F1 (no formula ever comes out of a cell), F2 (masked by default), F5 (verify after write).
"""

from __future__ import annotations

import contextlib
import csv
import io
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO, Protocol, TypeVar

import xlsxwriter
import xlsxwriter.exceptions

from officedesk.exchange.cells import CellValue, masker_for
from officedesk.exchange.errors import ExchangeError
from officedesk.exchange.safe_write import write_atomically

# F1: without these xlsxwriter turns "=…" into a formula, "http…" into a link and "0123" into 123.
XLSX_OPTIONS: dict[str, Any] = {
    "constant_memory": True,
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
}
# The Normal style of a workbook laid out like a paper sheet: 宋体 (scheme "none", or Excel shows the theme's
# Latin font), every cell wrapped and centred vertically. Set here, it costs nothing per cell; a format on
# every cell costs ~22 % of the write time (measured: 2.75 s → 3.35 s for 50,000 × 12), over the bench's budget.
PAPER_BOOK_OPTIONS: dict[str, Any] = {
    "default_format_properties": {
        "font_name": "宋体",
        "font_size": 11,
        "font_scheme": "none",
        "font_charset": 134,  # GB2312
        "valign": "vcenter",
        "text_wrap": True,
    }
}
EXCEL_MAX_ROWS = 1_048_576
PROGRESS_EVERY = 1000
FORMATS = ("xlsx", "csv")

T = TypeVar("T")
R = TypeVar("R", contravariant=True)
Progress = Callable[[int, int], None]
# One column's way into the sheet: its (masked) getter, the typed write for its kind, and its cell format.
CellPlan = tuple[Callable[[T], CellValue], Callable[..., Any], Any]


class ExportColumn(Protocol[R]):
    """What a writer needs of a column (VisitColumn and RiskColumn fit)."""

    @property
    def key(self) -> str: ...

    @property
    def personal(self) -> bool: ...

    @property
    def get(self) -> Callable[[R], CellValue]: ...


def masked_getter(column: ExportColumn[T], masked: bool) -> Callable[[T], CellValue]:
    """The column's getter, composed once so the per-cell path is one call (F2: masks applied here)."""
    get = column.get
    if not (masked and column.personal):
        return get
    mask = masker_for(column.key)

    def masked_get(record: T) -> CellValue:
        value = get(record)
        return mask(value) if isinstance(value, str) and value else value

    return masked_get


def progress_reporter(progress: Progress | None, total: int | None) -> Callable[[int], None]:
    if progress is None:
        return lambda done: None
    return lambda done: progress(done, total or 0)


def check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")


def write_export(
    path: Path,
    fmt: str,
    write_xlsx: Callable[[BinaryIO], int],
    write_csv: Callable[[BinaryIO], tuple[list[str], int]],
    report: Callable[[int], None],
    *,
    sheets: int = 1,
) -> int:
    """Write `path` as xlsx or CSV (replacing it only once complete and verified); return the rows written.

    `write_xlsx` returns the rows it wrote, `write_csv` its headings and rows; `report` hears the total last.
    """
    written = 0
    headings: list[str] = []

    def write(stream: BinaryIO) -> None:
        nonlocal written, headings
        if fmt == "xlsx":
            written = write_xlsx(stream)
        else:
            headings, written = write_csv(stream)
        report(written)

    def verify(final: Path) -> None:
        if fmt == "xlsx":
            verify_xlsx(final, sheets=sheets)
        else:
            verify_csv(final, headings, written)

    write_atomically(path, write, verify)
    return written


def build_workbook(stream: BinaryIO, fill: Callable[[Any], T], options: dict[str, Any] | None = None) -> T:
    """Run `fill(book)` on a constant-memory workbook writing to `stream`, then close it; returns fill's result."""
    guard = _FailSafeStream(stream)
    try:
        book = xlsxwriter.Workbook(guard, {**XLSX_OPTIONS, **(options or {})})
        result = fill(book)
        try:
            book.close()
        except xlsxwriter.exceptions.FileCreateError as exc:
            # xlsxwriter wraps the OSError of a full or pulled stick; write_atomically needs its errno.
            cause = exc.args[0] if exc.args else None
            if isinstance(cause, OSError):
                raise cause from exc
            raise
        return result
    except BaseException:
        guard.failed = True
        raise


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


def print_setup(sheet: Any, header_row: int, *, side: float, bottom: float, portrait: bool = False) -> None:
    """A4 (landscape unless `portrait`), one page wide, the header frozen and repeated on every printed page,
    page numbers below."""
    if portrait:
        sheet.set_portrait()
    else:
        sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(header_row)
    sheet.freeze_panes(header_row + 1, 0)
    sheet.set_margins(left=side, right=side, top=0.6, bottom=bottom)
    sheet.set_footer("&C第 &P 页，共 &N 页")


def cell_writer(sheet: Any, kind: str) -> Callable[..., Any]:
    """The typed write for a column kind: text is ALWAYS a string cell (F1; phone and ID numbers stay text)."""
    if kind == "int":
        return sheet.write_number  # type: ignore[no-any-return]
    if kind in ("date", "datetime"):
        return sheet.write_datetime  # type: ignore[no-any-return]
    return sheet.write_string  # type: ignore[no-any-return]


def too_many_rows(header_rows: int) -> ExchangeError:
    limit = EXCEL_MAX_ROWS - header_rows
    return ExchangeError(f"记录超过 Excel 的最大行数（{limit}条），请缩小日期范围分批导出")


def write_rows(
    plan: Sequence[CellPlan[T]],
    records: Iterable[T],
    header_row: int,
    report: Callable[[int], None],
    *,
    done: int = 0,
    rows_below: int = 0,
) -> tuple[int, int]:
    """One sheet row per record under `header_row`; returns (the last row written, `done` plus the records).

    `rows_below` rows stay free at the sheet's end (the ledger's 合计 line); `done` counts on across sheets.
    """
    row = header_row
    for record in records:
        row += 1
        if row >= EXCEL_MAX_ROWS - rows_below:
            raise too_many_rows(header_row + 1 + rows_below)
        for col, (get, put, cell_format) in enumerate(plan):
            value = get(record)
            # Empty cells are not written at all: a column format or a conditional grid covers them.
            if value is not None and value != "":
                put(row, col, value, cell_format)
        done += 1
        if done % PROGRESS_EVERY == 0:
            report(done)
    return row, done


@contextmanager
def csv_rows(stream: BinaryIO) -> Iterator[Any]:
    """A csv writer over `stream`: UTF-8 with the BOM Excel needs to read Chinese, CRLF as Excel writes."""
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    try:
        yield csv.writer(text, lineterminator="\r\n")
    except BaseException:
        # Detached even then: a wrapper left to the garbage collector would close the stream under
        # write_atomically. Its flush may fail again on a full stick; the first error is the one to report.
        with contextlib.suppress(Exception):
            text.detach()
        raise
    text.detach()  # flushes; the stream belongs to write_atomically, which still has to fsync it


def write_csv_rows(
    stream: BinaryIO, headings: list[str], rows: Iterable[list[str]], report: Callable[[int], None]
) -> int:
    """The header, then each row (already cell text); returns the rows written."""
    count = 0
    with csv_rows(stream) as writer:
        writer.writerow(headings)
        for row in rows:
            writer.writerow(row)
            count += 1
            if count % PROGRESS_EVERY == 0:
                report(count)
    return count


def verify_xlsx(final: Path, sheets: int = 1) -> None:
    """The archive reads back whole (every CRC checked) and holds its `sheets` worksheets."""
    try:
        with zipfile.ZipFile(final) as archive:
            bad = archive.testzip()
            names = set(archive.namelist())
    except zipfile.BadZipFile as exc:
        raise ExchangeError(f"不是完整的 xlsx 文件（{exc}）") from exc
    if bad is not None:
        raise ExchangeError(f"xlsx 中的「{bad}」已损坏")
    if any(f"xl/worksheets/sheet{n}.xml" not in names for n in range(1, sheets + 1)):
        raise ExchangeError("xlsx 中缺少工作表")


def verify_csv(final: Path, headings: list[str], rows: int) -> None:
    """The BOM, the header and the number of data rows read back as written."""
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
