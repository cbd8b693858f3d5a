"""Any spreadsheet the office is sent (xlsx, xls, ods, csv) as plain rows, with Excel's row numbers.

Generic: the register, the hazard ledger and the duty roster all come in through here; what the
columns mean is decided by `find_header` with each one's heading vocabulary (headings.py).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import python_calamine

from officedesk.exchange.errors import ImportRefused, RowProblem, UnreadableFile
from officedesk.exchange.file_checks import (
    DAMAGED,
    EMPTY,
    ENCRYPTED,
    MAX_CELLS,
    MAX_ROWS,
    decode_text,
    file_kind,
    refuse,
)
from officedesk.exchange.headings import IGNORE, canonical_heading, heading_variants, normalise_heading

MAX_SHEETS = 255
# Python's csv refuses fields over 128 KB by default; Excel's own cell limit is 32,767 characters.
_CSV_FIELD_LIMIT = 1024 * 1024
_DELIMITERS = (",", "\t", ";")
# Title rows, notes and blank lines sit above the header; offices rarely need more than five.
HEADER_SCAN_ROWS = 15
# Lines under the data that close a ledger: totals and sign-offs (填表人：… 审核人：…), footnotes.
_END_MARKERS = (
    "合计", "总计", "小计", "填表人", "审核人", "制表人", "填报人", "制表日期", "填表日期", "注:", "说明:",
    "单位负责人", "主要负责人", "统计人", "经办人",
)  # fmt: skip

CellRange = tuple[int, int, int, int]  # first row, first col, last row, last col — indexes into Table.rows


@dataclass(frozen=True)
class Table:
    """One sheet's used area: raw cell values (csv cells are str) and each row's number in Excel."""

    sheet_name: str
    rows: list[list[object]]
    row_numbers: list[int]
    merged: list[CellRange] = field(default_factory=list)
    sheet_names: list[str] = field(default_factory=list)


def read_table(path: Path, sheet: str | None = None) -> Table:
    """Read `path`; with `sheet` None, the first visible sheet that holds data. Raises UnreadableFile."""
    kind = file_kind(path)
    if kind == "text":
        return _read_text(path)
    return _read_workbook(path, sheet)


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# ---- xlsx / xls / ods through calamine -----------------------------------------------------------


def _read_workbook(path: Path, sheet: str | None) -> Table:
    # calamine is Rust: any failure, whatever its type, becomes a refusal the clerk can read (E4).
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        try:
            return _pick_sheet(path, book, sheet)
        finally:
            book.close()
    except UnreadableFile:
        raise
    except python_calamine.PasswordError as exc:
        raise refuse(path, ENCRYPTED) from exc
    except Exception as exc:
        raise refuse(path, f"{DAMAGED}（{type(exc).__name__}）") from exc


def _pick_sheet(path: Path, book: python_calamine.CalamineWorkbook, wanted: str | None) -> Table:
    names: list[str] = list(book.sheet_names)
    if len(names) > MAX_SHEETS:
        raise refuse(path, f"工作表过多（{len(names)} 个），请只保留要导入的工作表")
    if wanted is not None:
        if wanted not in names:
            raise refuse(path, f"没有名为「{wanted}」的工作表；文件中的工作表有：{'、'.join(names)}")
        return _sheet_table(path, book, wanted, names)
    hidden_with_data = ""
    for meta in book.sheets_metadata:
        if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
            continue
        table = _sheet_table(path, book, meta.name, names)
        if not any(not is_blank(v) for row in table.rows for v in row):
            continue
        if meta.visible == python_calamine.SheetVisibleEnum.Visible:
            return table
        hidden_with_data = hidden_with_data or meta.name
    if hidden_with_data:
        raise refuse(path, f"可见的工作表中没有数据；数据在隐藏的工作表「{hidden_with_data}」中，请先取消隐藏")
    raise refuse(path, f"{EMPTY}（工作表中没有内容）")


def _sheet_table(path: Path, book: python_calamine.CalamineWorkbook, name: str, names: list[str]) -> Table:
    sheet = book.get_sheet_by_name(name)
    # The xlsx/ods XML was measured before (sheet_extent.py); this also covers .xls.
    if sheet.height > MAX_ROWS:
        raise refuse(path, f"工作表「{name}」有 {sheet.height} 行，超过 {MAX_ROWS} 行，请分批导入")
    if sheet.height * sheet.width > MAX_CELLS:
        raise refuse(path, f"工作表「{name}」的数据范围过大（{sheet.height} 行 × {sheet.width} 列），请删除多余的行列")
    # A new list of new lists on every call: ours to keep, no copy needed.
    rows = cast("list[list[object]]", sheet.to_python(skip_empty_area=True))
    start = sheet.start
    first_row, first_col = start if start is not None else (0, 0)
    merged = [
        (top - first_row, left - first_col, bottom - first_row, right - first_col)
        for (top, left), (bottom, right) in (sheet.merged_cell_ranges or [])
    ]
    numbers = [first_row + 1 + i for i in range(len(rows))]
    return Table(name, rows, numbers, merged, names)


# ---- csv / txt -----------------------------------------------------------------------------------


def _read_text(path: Path) -> Table:
    text = decode_text(path, path.read_bytes())
    delimiter = _guess_delimiter(text)
    old_limit = csv.field_size_limit(_CSV_FIELD_LIMIT)
    try:
        rows: list[list[object]] = [list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as exc:
        raise refuse(path, f"{DAMAGED}（{exc}）") from exc
    finally:
        csv.field_size_limit(old_limit)
    if len(rows) > MAX_ROWS:
        raise refuse(path, f"文件有 {len(rows)} 行，超过 {MAX_ROWS} 行，请分批导入")
    if not any(not is_blank(v) for row in rows for v in row):
        raise refuse(path, EMPTY)
    # Excel shows one row per record, even when a quoted cell holds line breaks.
    return Table(path.stem, rows, list(range(1, len(rows) + 1)), [], [path.stem])


def _guess_delimiter(text: str) -> str:
    """Comma unless tabs or semicolons separate more of the first lines (csv.Sniffer guesses wild on Chinese)."""
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    counts = {d: sum(1 for line in lines if d in line) for d in _DELIMITERS}
    return max(_DELIMITERS, key=lambda d: (counts[d], -_DELIMITERS.index(d)))


# ---- the header row and the data under it ------------------------------------------------------------


@dataclass(frozen=True)
class HeaderMatch:
    """Where the header is and what its columns mean."""

    row_index: int  # index into Table.rows of the (last) header row; data starts below it
    row_number: int  # the same row as Excel numbers it
    columns: dict[int, str]  # column index → field key, for the columns that are imported
    headings: dict[int, str]  # column index → the file's own heading text
    ignored: list[str]  # headings not imported: unknown ones, and known ones like 序号


def find_header(
    table: Table, vocabulary: Mapping[str, str], required: set[str], *, repeatable: frozenset[str] = frozenset()
) -> HeaderMatch:
    """The row among the first HEADER_SCAN_ROWS whose cells best match `vocabulary` (heading → key),
    joined with a second header row under or over it; ImportRefused if required columns are missing.

    Two columns meaning the same are refused as ambiguous, except for `repeatable` keys (a roster's
    several 值班人员 columns), whose values the importer joins."""
    vocab = {normalise_heading(k): v for k, v in vocabulary.items()}
    scanned = [_match_row(row, vocab) for row in table.rows[:HEADER_SCAN_ROWS]]
    best = max(range(len(scanned)), key=lambda i: (len(scanned[i]), -i), default=-1)
    if best < 0 or not scanned[best]:
        names = "、".join(f"「{canonical_heading(vocab, k)}」" for k in _in_order(required, vocab))
        message = f"前 {HEADER_SCAN_ROWS} 行中没有找到表头（应有{names}等列），未导入任何数据"
        raise ImportRefused([RowProblem(0, "", "没有找到表头")], message, table.sheet_name)
    keys = dict(scanned[best])
    end = best
    if best > 0:  # a two-row header: headings merged down from the row above fill the gaps
        for col, key in scanned[best - 1].items():
            if col not in keys and is_blank(_cell(table.rows[best], col)):
                keys[col] = key
    if best + 1 < len(scanned) and scanned[best + 1] and _only_headings(table.rows[best + 1], scanned[best + 1]):
        keys.update(scanned[best + 1])
        end = best + 1
    above = set(keys) - set(scanned[best]) - set(scanned[end])
    headings = {col: _heading_text(table.rows, col, best, end, col in above) for col in range(_width(table.rows))}
    headings = {col: text for col, text in headings.items() if text}
    _refuse_duplicates({c: k for c, k in keys.items() if k not in repeatable}, headings, vocab, table.sheet_name)
    missing = [k for k in _in_order(required, vocab) if k not in keys.values()]
    if missing:
        names = "、".join(canonical_heading(vocab, k) for k in missing)
        problems = [RowProblem(table.row_numbers[end], canonical_heading(vocab, k), "缺少该列") for k in missing]
        raise ImportRefused(problems, f"表头缺少必需的列：{names}；未导入任何数据", table.sheet_name)
    columns = {col: key for col, key in keys.items() if key != IGNORE}
    ignored = [text for col, text in sorted(headings.items()) if col not in columns]
    return HeaderMatch(end, table.row_numbers[end], dict(sorted(columns.items())), headings, ignored)


def data_rows(table: Table, header: HeaderMatch) -> list[tuple[int, list[object]]]:
    """(Excel row number, cells) of every data row: blank lines skipped, stopping at 合计/填表人 lines.

    Merged cells spanning data rows are refused: the value sits in the first row only, and reading
    the others as empty would lose it silently.
    """
    found: list[tuple[int, list[object]]] = []
    end = len(table.rows)
    for index in range(header.row_index + 1, len(table.rows)):
        row = table.rows[index]
        first = row[0] if row and not is_blank(row[0]) else next((v for v in row if not is_blank(v)), None)
        if first is None:
            continue
        if isinstance(first, str) and normalise_heading(first).startswith(_END_MARKERS):
            end = index
            break
        found.append((table.row_numbers[index], row))
    for top, left, bottom, _right in table.merged:
        if bottom > top and header.row_index < bottom and top < end:
            column = header.headings.get(left, f"第{left + 1}列")
            problem = RowProblem(table.row_numbers[max(top, header.row_index + 1)], column, "合并单元格跨越多行")
            message = (
                f"第{table.row_numbers[top]}–{table.row_numbers[bottom]}行「{column}」是合并单元格，"
                "请取消合并并在每一行填写后再导入；未导入任何数据"
            )
            raise ImportRefused([problem], message, table.sheet_name)
    return found


def text_above(table: Table, header: HeaderMatch) -> list[str]:
    """The texts over the header row (title, 填报单位, the upper row of a two-row header), in reading order."""
    return [" ".join(str(v).split()) for row in table.rows[: header.row_index] for v in row if not is_blank(v)]


def _in_order(keys: set[str], vocab: Mapping[str, str]) -> list[str]:
    """Keys in the vocabulary's own order (the register's column order), for messages."""
    order = list(dict.fromkeys(vocab.values()))
    return sorted(keys, key=lambda k: order.index(k) if k in order else len(order))


def _cell(row: list[object], col: int) -> object:
    return row[col] if col < len(row) else None


def _width(rows: list[list[object]]) -> int:
    return max((len(r) for r in rows), default=0)


def _match_row(row: list[object], vocab: Mapping[str, str]) -> dict[int, str]:
    matched: dict[int, str] = {}
    for col, value in enumerate(row):
        if isinstance(value, str):
            key = next((vocab[v] for v in heading_variants(value) if v in vocab), None)
            if key is not None:
                matched[col] = key
    return matched


def _only_headings(row: list[object], matched: dict[int, str]) -> bool:
    return all(col in matched for col, value in enumerate(row) if not is_blank(value))


def _heading_text(rows: list[list[object]], col: int, first: int, last: int, from_above: bool) -> str:
    """The heading a clerk sees for a column: the lowest non-empty cell of the header rows."""
    for index in range(last, first - 2 if from_above else first - 1, -1):
        if not is_blank(_cell(rows[index], col)):
            return " ".join(str(_cell(rows[index], col)).split())
    return ""


def _refuse_duplicates(keys: dict[int, str], headings: dict[int, str], vocab: Mapping[str, str], sheet: str) -> None:
    seen: dict[str, int] = {}
    for col, key in sorted(keys.items()):
        if key == IGNORE:
            continue
        if key in seen:
            first, second = headings.get(seen[key], ""), headings.get(col, "")
            meaning = canonical_heading(vocab, key)
            raise ImportRefused(
                [RowProblem(0, second, f"与「{first}」重复")],
                f"表头中「{first}」和「{second}」都表示「{meaning}」，请删除或改名其中一列；未导入任何数据",
                sheet,
            )
        seen[key] = col
