"""The hidden-risk ledger as an xlsx laid out like the paper 台账, or as one CSV.

xlsx: one sheet per kind (矛盾纠纷 / 信访隐患 / 安全隐患, only the kinds given), each with the ledger's
title, a 填报单位/填报日期 line, the header frozen and repeated as print titles, A4 landscape one page
wide, real date cells, and a 合计 line. CSV: one header row and one row per line; when several kinds
go into one file a leading 类型 column says which ledger each row belongs to, and a column the kinds
name differently is headed with both names ("化解时限/整改时限") — the import reads those back.
RELIABILITY.md F1 (no formula), F2 (masked by default), F5 (atomic write + verify).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from officedesk.domain.risk_columns import LedgerLine, RiskColumn, default_keys, ledger_title, risk_columns
from officedesk.domain.risks import RiskKind, RiskStatus
from officedesk.domain.visit_columns import CellValue
from officedesk.exchange.cells import csv_cell
from officedesk.exchange.headings import kinds_heading
from officedesk.exchange.sheet_writer import (
    PAPER_BOOK_OPTIONS,
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

KIND_HEADING = "类型"
# Rows 0–2: title, 填报单位/填报日期, header; the lines start under them.
_HEADER_ROW = 2

Getter = Callable[[LedgerLine], CellValue]


def export_ledger(
    path: Path,
    lines_by_kind: Mapping[str, Sequence[LedgerLine]],
    columns_by_kind: Mapping[str, Sequence[RiskColumn]],
    *,
    fmt: str,
    masked: bool = True,
    office_name: str,
    ledger_name: str,
    reporting_unit: str,
    report_date: date,
    progress: Progress | None = None,
) -> int:
    """Write the ledger to `path` (replacing it only once complete and verified); return the lines written.

    A kind with no columns given gets its default layout. `ledger_name` is the file's document title
    (Excel/WPS 属性); each sheet's title is the office's name and that kind's ledger name.
    """
    check_format(fmt)
    kinds = _kinds(lines_by_kind)
    columns = {kind: list(columns_by_kind.get(kind) or risk_columns(default_keys(kind))) for kind in kinds}
    report = progress_reporter(progress, sum(len(lines_by_kind[kind]) for kind in kinds))
    ledger = _Ledger(kinds, lines_by_kind, columns, masked, report)
    heading = _SheetHeading(office_name, ledger_name, reporting_unit, report_date)
    return write_export(
        path,
        fmt,
        lambda stream: build_workbook(stream, lambda book: _fill_book(book, ledger, heading), PAPER_BOOK_OPTIONS),
        lambda stream: _write_csv(stream, ledger),
        report,
        sheets=len(kinds),
    )


@dataclass(frozen=True)
class _Ledger:
    """What both formats write: the kinds in order, their lines and columns, masked or not, and the progress."""

    kinds: list[str]
    lines_by_kind: Mapping[str, Sequence[LedgerLine]]
    columns: dict[str, list[RiskColumn]]
    masked: bool
    report: Callable[[int], None]


def _kinds(lines_by_kind: Mapping[str, Sequence[LedgerLine]]) -> list[str]:
    unknown = [kind for kind in lines_by_kind if kind not in RiskKind.ALL]
    if unknown or not lines_by_kind:
        raise ValueError(f"a ledger export needs kinds among {RiskKind.ALL}, got {list(lines_by_kind)}")
    return [kind for kind in RiskKind.ALL if kind in lines_by_kind]


def summary_text(kind: str, lines: Sequence[LedgerLine]) -> str:
    """The 合计 line's count: "共 12 项，其中超期 2 项、化解中 5 项…" by the state each line shows."""
    states = Counter(line.state for line in lines if line.state)
    known = [RiskStatus.OVERDUE_LABEL, *(RiskStatus.label(s, kind) for s in RiskStatus.ORDER)]
    order = [s for s in known if s in states] + [s for s in states if s not in known]
    parts = "、".join(f"{state} {states[state]} 项" for state in order)
    return f"共 {len(lines)} 项" + (f"，其中{parts}" if parts else "")


# ---- xlsx --------------------------------------------------------------------------------------------


class _SheetHeading:
    def __init__(self, office_name: str, ledger_name: str, reporting_unit: str, report_date: date) -> None:
        self.office_name = office_name
        self.ledger_name = ledger_name
        self.unit = f"填报单位：{reporting_unit}"
        self.date = f"填报日期：{report_date.year}年{report_date.month}月{report_date.day}日"  # GB/T 9704 §7.3.5


def _fill_book(book: Any, ledger: _Ledger, heading: _SheetHeading) -> int:
    book.set_properties({"title": heading.ledger_name, "company": heading.office_name, "author": "OfficeDesk 办公桌"})
    formats = _Formats(book)
    done = 0
    for kind in ledger.kinds:
        done = _fill_sheet(book.add_worksheet(kind), formats, ledger, kind, heading, done)
    return done


class _Formats:
    """Every format the ledger uses, made once per workbook (they inherit the Normal style above)."""

    def __init__(self, book: Any) -> None:
        add = book.add_format
        self.title = add({"bold": True, "font_name": "黑体", "font_size": 18, "align": "center"})
        self.unit = add({"align": "left"})
        self.date = add({"align": "right"})
        self.header = add({"bold": True, "border": 1, "bg_color": "#D9D9D9", "align": "center"})
        self.cell_date = add({"num_format": "yyyy-mm-dd", "align": "center"})
        self.cell_number = add({"align": "center"})
        # Conditional formats (dxf) take a border only: the grid drawn over the whole block of lines.
        self.grid = add({"border": 1})
        self.total_label = add({"bold": True, "border": 1, "align": "center"})
        self.total_text = add({"bold": True, "border": 1, "align": "left"})

    def for_column(self, column: RiskColumn) -> Any:
        if column.kind == "date":
            return self.cell_date
        if column.kind == "int":
            return self.cell_number
        return None  # text: the Normal style (wrapped) already fits


def _fill_sheet(sheet: Any, formats: _Formats, ledger: _Ledger, kind: str, heading: _SheetHeading, done: int) -> int:
    lines, columns = ledger.lines_by_kind[kind], ledger.columns[kind]
    last_col = len(columns) - 1
    print_setup(sheet, _HEADER_ROW, side=0.5, bottom=0.7)
    sheet.center_horizontally()
    for col, column in enumerate(columns):
        sheet.set_column(col, col, column.width)
    sheet.set_row(0, 36)
    _span(sheet, 0, 0, last_col, ledger_title(kind, heading.office_name), formats.title)
    sheet.set_row(1, 22)
    if last_col == 0:
        sheet.write_string(1, 0, f"{heading.unit}　{heading.date}", formats.unit)
    else:
        middle = (last_col + 1) // 2
        _span(sheet, 1, 0, middle - 1, heading.unit, formats.unit)
        _span(sheet, 1, middle, last_col, heading.date, formats.date)
    sheet.set_row(_HEADER_ROW, 32)
    for col, column in enumerate(columns):
        sheet.write_string(_HEADER_ROW, col, column.heading_for(kind), formats.header)
    plan: list[CellPlan[LedgerLine]] = [
        (masked_getter(column, ledger.masked), cell_writer(sheet, column.kind), formats.for_column(column))
        for column in columns
    ]
    # The 合计 line needs the last row. Empty cells are left unwritten: the conditional format draws their grid.
    row, done = write_rows(plan, lines, _HEADER_ROW, ledger.report, done=done, rows_below=1)
    if row > _HEADER_ROW:
        sheet.conditional_format(
            _HEADER_ROW + 1, 0, row, last_col, {"type": "formula", "criteria": "TRUE", "format": formats.grid}
        )
        sheet.autofilter(_HEADER_ROW, 0, row, last_col)
    sheet.set_row(row + 1, 24)
    sheet.write_string(row + 1, 0, "合计", formats.total_label)
    if last_col > 0:
        _span(sheet, row + 1, 1, last_col, summary_text(kind, lines), formats.total_text)
    return done


def _span(sheet: Any, row: int, first: int, last: int, text: str, cell_format: Any) -> None:
    if last > first:
        sheet.merge_range(row, first, row, last, text, cell_format)
    else:
        sheet.write_string(row, first, text, cell_format)


# ---- csv ---------------------------------------------------------------------------------------------


def _write_csv(stream: BinaryIO, ledger: _Ledger) -> tuple[list[str], int]:
    """(headings, rows written). Several kinds share one header: 类型, then every column of any kind."""
    kinds, columns = ledger.kinds, ledger.columns
    several = len(kinds) > 1
    union: dict[str, RiskColumn] = {}
    for kind in kinds:
        union.update((c.key, c) for c in columns[kind] if not (several and c.key == "kind") and c.key not in union)
    if several:
        keys = list(union)
        holders = {key: [kind for kind in kinds if any(c.key == key for c in columns[kind])] for key in keys}
        headings = [KIND_HEADING] + [kinds_heading(union[key], holders[key]) for key in keys]
    else:
        keys = [c.key for c in columns[kinds[0]]]
        headings = [c.heading_for(kinds[0]) for c in columns[kinds[0]]]
    return headings, write_csv_rows(stream, headings, _csv_texts(ledger, keys, several), ledger.report)


def _csv_texts(ledger: _Ledger, keys: list[str], several: bool) -> Iterator[list[str]]:
    for kind in ledger.kinds:
        own = {c.key: masked_getter(c, ledger.masked) for c in ledger.columns[kind]}
        getters: list[Getter | None] = [own.get(key) for key in keys]
        lead = [kind] if several else []
        for line in ledger.lines_by_kind[kind]:
            yield lead + [csv_cell(get(line)) if get is not None else "" for get in getters]
