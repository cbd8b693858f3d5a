"""A register sheet from another office or an older Excel file, read into Visit drafts.

All or nothing (RELIABILITY.md E3): every bad cell is collected with its Excel row and heading, and
one bad cell refuses the whole file. Nothing is guessed (E2): an unknown 信访形式 is asked about.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from officedesk.domain.identity import normalize_id_number
from officedesk.domain.settings import DeskSettings
from officedesk.domain.visit_columns import COLUMNS_BY_KEY
from officedesk.domain.visit_validation import ERROR, validate_visit
from officedesk.domain.visits import CHANNELS, DISPOSITIONS, MATTER_TYPES, RESULTS, SETTLED, Visit
from officedesk.exchange.cell_values import MAX_TEXT as MAX_TEXT  # re-exported: the register's tests use it
from officedesk.exchange.cell_values import (
    Parser,
    cell_text,
    choice,
    file_heading,
    optional_date,
    phone_text,
    read_cells,
    require_data_rows,
    required,
)
from officedesk.exchange.errors import ImportRefused, RowProblem
from officedesk.exchange.headings import VISIT_REQUIRED, VISIT_VOCABULARY, canonical_heading, parse_datetime
from officedesk.exchange.table_reader import HeaderMatch, Table, find_header, read_table

# The spellings offices use for the six 信访形式 (条例 第十七条).
_CHANNEL_ALIASES = {
    "走访": "来访", "信件": "来信", "书信": "来信", "电话": "来电", "网络": "网上", "网信": "网上",
    "网上信访": "网上", "12345": "热线", "热线电话": "热线", "上级转送": "上级交办", "交办": "上级交办",
}  # fmt: skip
_MATTER_ALIASES = {
    "建议": "建议意见", "意见": "建议意见", "检举": "检举控告", "控告": "检举控告",
    "申诉": "申诉求决", "求决": "申诉求决",
}  # fmt: skip
_DATE_KEYS = ("accepted_on", "reply_on", "review_requested_on", "recheck_requested_on", "closed_on")


@dataclass(frozen=True)
class ImportPreview:
    """What the file holds, for the clerk to confirm before anything is saved."""

    visits: list[Visit]
    sheet_name: str
    column_map: list[tuple[str, str]]  # (the file's heading, the register column it is read as)
    ignored_headings: list[str]
    warnings: list[RowProblem] = field(default_factory=list)  # saved as they are, but worth a look
    row_numbers: list[int] = field(default_factory=list)  # each visit's row in the file, as Excel numbers it


def read_visits_file(path: Path, *, sheet: str | None = None, now: datetime) -> ImportPreview:
    """Read, find the header, parse every row; UnreadableFile or ImportRefused on any problem."""
    table = read_table(path, sheet)
    header = find_header(table, VISIT_VOCABULARY, VISIT_REQUIRED)
    visits, warnings, numbers = _parse(table, header, now)
    column_map = [(header.headings[c], canonical_heading(VISIT_VOCABULARY, k)) for c, k in header.columns.items()]
    return ImportPreview(visits, table.sheet_name, column_map, header.ignored, warnings, numbers)


def parse_visits(table: Table, header: HeaderMatch, *, now: datetime) -> list[Visit]:
    """Visit drafts (no id, status default) for every data row, or ImportRefused listing every bad cell."""
    return _parse(table, header, now)[0]


def _people(value: object) -> int:
    text = unicodedata.normalize("NFKC", cell_text(value)).removesuffix("人次").removesuffix("人").strip()
    if not text:
        return 1
    if text.isascii() and text.isdigit() and int(text) >= 1:
        return int(text)
    raise ValueError(f"人数应为正整数：{text}")


def _id_number(value: object) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        # Excel keeps 15 significant digits: an 18-digit number typed into a number cell is already lost.
        raise ValueError("身份证号被存成了数字，末几位已丢失；请把该列设置为「文本」格式后重新填写")
    text = cell_text(value)
    if "*" in text:
        raise ValueError("身份证号已脱敏（含*），无法导入，请使用原始号码或留空")
    return normalize_id_number(text)


_PARSERS: dict[str, Parser] = {
    "channel": required("信访形式为空", choice("信访形式", CHANNELS, _CHANNEL_ALIASES)),
    "received_at": required("登记时间为空", parse_datetime),
    "petitioner": required("信访人为空；不愿留名的请写“匿名”", cell_text),
    "requests": required("主要诉求为空", cell_text),
    "people_count": _people,
    "phone": phone_text,
    "id_number": _id_number,
    "matter_type": choice("事项性质", MATTER_TYPES, _MATTER_ALIASES),
    "disposition": choice("处理方式", DISPOSITIONS, {}),
    "result": choice("处理结果", RESULTS, {}),
    "settled": choice("息诉罢访", SETTLED, {}),
    **{key: optional_date for key in _DATE_KEYS},
}


def _parse(table: Table, header: HeaderMatch, now: datetime) -> tuple[list[Visit], list[RowProblem], list[int]]:
    missing = VISIT_REQUIRED - set(header.columns.values())
    if missing:
        absent = [RowProblem(header.row_number, canonical_heading(VISIT_VOCABULARY, k), "缺少该列") for k in missing]
        raise ImportRefused(absent, sheet=table.sheet_name)
    rows = require_data_rows(table, header)
    problems: list[RowProblem] = []
    warnings: list[RowProblem] = []
    visits: list[Visit] = []
    numbers: list[int] = []
    reg_rows: dict[str, int] = {}
    settings = DeskSettings()  # the import checks only settings-free rules; periods are applied on save
    for row_number, cells in rows:
        fields, row_problems = _row_fields(header, cells, row_number)
        reg_no = str(fields.get("reg_no", ""))
        if reg_no in reg_rows:
            row_problems.append(RowProblem(row_number, _heading(header, "reg_no"), f"与第{reg_rows[reg_no]}行重复"))
        elif reg_no:
            reg_rows[reg_no] = row_number
        if row_problems:
            problems.extend(row_problems)
            continue
        visit = Visit(**fields)  # type: ignore[arg-type]
        for issue in validate_visit(visit, settings, now):
            found = RowProblem(row_number, _heading(header, issue.field), issue.message)
            (problems if issue.severity == ERROR else warnings).append(found)
        visits.append(visit)
        numbers.append(row_number)
    if problems:
        raise ImportRefused(problems, sheet=table.sheet_name)
    return visits, warnings, numbers


def _row_fields(header: HeaderMatch, cells: list[object], row: int) -> tuple[dict[str, object], list[RowProblem]]:
    parsed, problems = read_cells(header, cells, row, _PARSERS)
    # A reception register without a 信访形式 column records people who came in person (来访).
    fields: dict[str, object] = {"channel": "来访"}
    for key, values in parsed.items():
        for value in values:  # several columns read as one key: the last one counts
            if key == "category" and isinstance(value, str):
                # 问题类别 is 一级/二级, as the export writes it.
                first, _, second = value.replace("／", "/").partition("/")
                fields["category"], fields["subcategory"] = first.strip(), second.strip()
            elif key != "matter_type" or value:  # an empty 事项性质 keeps the record's default
                fields[key] = value
    return fields, problems


def _heading(header: HeaderMatch, key: str) -> str:
    found = file_heading(header, key)
    if found is not None:
        return found
    column = COLUMNS_BY_KEY.get(key)
    return column.heading if column is not None else canonical_heading(VISIT_VOCABULARY, key)
