"""Cells on their way in: text, phone numbers, dates and choices as every import reads them.

Shared by the register, the ledger and the duty roster imports. Each parser raises ValueError with
the Chinese sentence the clerk sees beside the row and heading (RELIABILITY.md E1/E2: hostile text is
refused, nothing ambiguous is guessed).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Mapping
from datetime import date, time

from officedesk.domain.identity import phone_problem
from officedesk.exchange.cells import plain_text
from officedesk.exchange.errors import ImportRefused, RowProblem
from officedesk.exchange.headings import parse_date
from officedesk.exchange.table_reader import HeaderMatch, Table, data_rows, is_blank

# Longer than any real 主要事实; a 10 MB cell is an attack or an accident, not a petition (E1).
MAX_TEXT = 5000
# Control characters and bidi overrides hide text or reorder it on screen ("RTL override", E1).
_HIDDEN = {*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}
_HIDDEN_CHARS = re.compile("[" + "".join(f"\\U{code:08x}" for code in sorted(_HIDDEN)) + "]")

Parser = Callable[[object], object]


def cell_text(value: object) -> str:
    """A cell as text: whole floats lose their ".0" (calamine reads 1 as 1.0), dates are ISO."""
    if isinstance(value, str):
        text = value.strip()
    elif value is None:
        text = ""
    elif isinstance(value, bool):
        text = "是" if value else "否"
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("数值无效")
        text = str(int(value)) if value.is_integer() else str(value)
    elif isinstance(value, time):
        text = value.strftime("%H:%M")
    elif isinstance(value, date | int):
        text = plain_text(value)
    else:
        text = str(value).strip()
    if _HIDDEN_CHARS.search(text) is not None:
        raise ValueError("含有不可见的控制字符，请删除后再导入")
    if len(text) > MAX_TEXT:
        raise ValueError(f"内容过长（{len(text)}字，最多{MAX_TEXT}字）")
    return text


def texts_pass(texts: list[str]) -> bool:
    """True when cell_text takes each of these texts (stripped cells) as it is: checked in one go, for imports
    that read many cells a row; when False, read them one by one for the problem of each."""
    return not texts or (max(map(len, texts)) <= MAX_TEXT and _HIDDEN_CHARS.search("\n".join(texts)) is None)


def compact_text(value: object) -> str:
    """A short coded value (等级, 状态, 形式) with full-width forms and every space removed."""
    return "".join(unicodedata.normalize("NFKC", cell_text(value)).split())


def unmasked_text(value: object, what: str) -> str:
    """A personal number as typed; one masked by an earlier export (含*) cannot be imported."""
    if isinstance(value, float) and not value.is_integer():
        raise ValueError(f"{what}无法识别：{value}")
    text = cell_text(value)
    if "*" in text:
        raise ValueError(f"{what}已脱敏（含*），无法导入，请使用原始号码")
    return text


def phone_text(value: object) -> str:
    """A phone cell (stored as a number or text): a mobile or a landline with area code, or empty."""
    text = unmasked_text(value, "电话号码")
    problem = phone_problem(text)
    if problem is not None:
        raise ValueError(problem)
    return text


def required(when_blank: str, parse: Parser) -> Parser:
    def check(value: object) -> object:
        if is_blank(value):
            raise ValueError(when_blank)
        return parse(value)

    return check


def optional_date(value: object) -> date | None:
    return None if is_blank(value) else parse_date(value)


def choice(name: str, allowed: tuple[str, ...], aliases: dict[str, str]) -> Callable[[object], str]:
    """One of `allowed` (or empty); an alias is read as its value; anything else is asked about."""

    def parse(value: object) -> str:
        text = compact_text(value)
        if text in allowed or not text:
            return text
        if text in aliases:
            return aliases[text]
        raise ValueError(f"{name}「{text}」无法识别，应为{'、'.join(allowed)}之一")

    return parse


def read_cells(
    header: HeaderMatch, cells: list[object], row: int, parsers: Mapping[str, Parser]
) -> tuple[dict[str, list[object]], list[RowProblem]]:
    """Every imported column of one row parsed (by key; several columns may share one), and each bad cell."""
    fields: dict[str, list[object]] = {}
    problems: list[RowProblem] = []
    for col, key in header.columns.items():
        value = cells[col] if col < len(cells) else None
        try:
            parsed = parsers.get(key, cell_text)(value)
        except ValueError as exc:
            problems.append(RowProblem(row, header.headings[col], str(exc)))
            continue
        fields.setdefault(key, []).append(parsed)
    return fields, problems


def require_data_rows(table: Table, header: HeaderMatch) -> list[tuple[int, list[object]]]:
    """The data rows under the header; a header with nothing under it is refused."""
    rows = data_rows(table, header)
    if not rows:
        problem = RowProblem(header.row_number, "", "表头下没有数据行")
        raise ImportRefused([problem], "表头下没有数据行，未导入任何数据", table.sheet_name)
    return rows


def file_heading(header: HeaderMatch, key: str) -> str | None:
    """The file's own heading of the (first) column read as `key`."""
    return next((header.headings[col] for col, k in header.columns.items() if k == key), None)
