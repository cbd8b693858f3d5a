"""A unit's ledger sheet (矛盾纠纷 / 信访隐患 / 安全生产隐患) read into Risk drafts, all or nothing.

Sheets come as offices keep them: title rows, a 填报单位 line, merged headings, the headings of
DOMAIN §4.2/§4.3 or their variants in any order, dates in every spelling, a 合计 or 填表人 line at
the bottom (table_reader.py and headings.py). Every bad cell is collected with its Excel row and the
file's heading, the domain's rules (risk_rules.validate_risk) run on every line, and one problem
refuses the whole file (RELIABILITY.md E3). The import never closes (销号) a line nobody verified.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from officedesk.domain.risk_columns import RISK_COLUMNS_BY_KEY
from officedesk.domain.risk_rules import validate_risk
from officedesk.domain.risks import Risk, RiskKind, RiskStatus
from officedesk.domain.visit_validation import ERROR
from officedesk.exchange.cell_values import (
    Parser,
    cell_text,
    compact_text,
    file_heading,
    optional_date,
    read_cells,
    require_data_rows,
    required,
    unmasked_text,
)
from officedesk.exchange.errors import ImportRefused, RowProblem
from officedesk.exchange.headings import RISK_REQUIRED, RISK_VOCABULARY, canonical_heading, kinds_heading, parse_date
from officedesk.exchange.risk_values import (
    Supervision,
    kind_in_text,
    kind_of,
    level_for,
    people,
    split_phone,
    status_choices,
    status_for,
    supervision,
)
from officedesk.exchange.table_reader import HeaderMatch, find_header, read_table, text_above

_PARSERS: dict[str, Parser] = {
    "kind": kind_of,
    "found_on": required("未填写排查日期", parse_date),
    "description": required("未填写事项内容", cell_text),
    "people_involved": people,
    "level": compact_text,
    "status": compact_text,
    "responsible_phone": lambda value: unmasked_text(value, "电话号码"),
    "supervision": supervision,
    **{key: optional_date for key in ("due_date", "completed_on", "verified_on", "closed_on")},
}
# Keys read into Risk fields of the same name as they are; the others are worked out below.
_AS_IS = (
    "found_on", "description", "source", "checker", "checked_unit", "place", "category", "basis",
    "people_involved", "measures", "lead_leader", "responsible_unit", "responsible_person", "responsible_phone",
    "funds", "due_date", "interim_controls", "result", "completed_on", "verifier", "verified_on", "closed_on",
    "remarks",
)  # fmt: skip
# "填报单位：××镇人民政府（盖章）   填报日期：…" → ××镇人民政府
_UNIT_LABEL = re.compile(r"(?:填报|报送|上报)单位\s*(?:[(（]盖章[)）])?\s*[:：]?\s*")
_UNIT_END = re.compile(r"\s|[(（]盖章|填报日期|填报时间|[:：]")
# Headings only a safety-hazard ledger has (the fallback when nothing else names the kind).
_HAZARD_HEADINGS = ("隐患等级", "整改")


@dataclass(frozen=True)
class RiskImportPreview:
    """What the sheet holds, for the clerk to confirm before anything is saved."""

    lines: list[Risk]  # drafts: no id, source_unit and source_no set for re-import matching
    sheet_name: str
    column_map: list[tuple[str, str]]  # (the file's heading, the ledger column it is read as)
    ignored_headings: list[str]
    warnings: list[RowProblem] = field(default_factory=list)  # taken as shown, but worth a look
    row_numbers: list[int] = field(default_factory=list)  # each line's row in the file, as Excel numbers it
    progress_texts: list[str] = field(default_factory=list)  # each line's 进展 cell, to become a progress entry
    source_unit: str = ""  # the 填报单位 above the header, "" when the sheet names none
    sheet_names: list[str] = field(default_factory=list)  # every sheet of the workbook (one per kind, often)


def read_risks_file(path: Path, *, sheet: str | None = None, kind: str | None = None, today: date) -> RiskImportPreview:
    """Read one sheet of ledger lines; UnreadableFile or ImportRefused (naming every bad cell) on any problem.

    A line's kind comes from its 类型 cell, else `kind`, else the sheet's name or title, else its
    headings (隐患等级 or 整改… → 安全隐患, otherwise 矛盾纠纷).
    """
    if kind is not None and kind not in RiskKind.ALL:
        raise ValueError(f"unknown ledger kind {kind!r}")
    table = read_table(path, sheet)
    header = find_header(table, RISK_VOCABULARY, RISK_REQUIRED)
    notes = text_above(table, header)
    sheet_kind = kind or kind_in_text([table.sheet_name, *notes]) or _kind_from_headings(header)
    reader = _LineReader(header, sheet_kind, reporting_unit(notes), today)
    for row_number, cells in require_data_rows(table, header):
        reader.read(row_number, cells)
    if reader.problems:
        raise ImportRefused(reader.problems, sheet=table.sheet_name)
    # A file with a 类型 column holds several kinds: a column is understood as each kind's ledger names it.
    kinds = (RiskKind.DISPUTE, RiskKind.HAZARD) if "kind" in header.columns.values() else (sheet_kind,)
    column_map = [(header.headings[col], _meaning(key, *kinds)) for col, key in header.columns.items()]
    return RiskImportPreview(
        reader.lines,
        table.sheet_name,
        column_map,
        header.ignored,
        reader.warnings,
        reader.row_numbers,
        reader.progress_texts,
        reader.unit,
        table.sheet_names,
    )


def reporting_unit(notes: list[str]) -> str:
    """The unit a 填报单位 line above the header names; the unit may stand in the next cell."""
    for index, note in enumerate(notes):
        label = _UNIT_LABEL.search(note)
        if label is None:
            continue
        rest = note[label.end() :]
        if not rest and index + 1 < len(notes) and not re.search(r"[:：]|日期", notes[index + 1]):
            rest = notes[index + 1]
        end = _UNIT_END.search(rest)
        return rest[: end.start()] if end else rest
    return ""


def _kind_from_headings(header: HeaderMatch) -> str:
    hazard = any(mark in text for text in header.headings.values() for mark in _HAZARD_HEADINGS)
    return RiskKind.HAZARD if hazard else RiskKind.DISPUTE


def _meaning(key: str, *kinds: str) -> str:
    """How a column is understood, in the words of these kinds' ledgers (整改时限, not 化解时限, for hazards)."""
    column = RISK_COLUMNS_BY_KEY.get({"serial": "number", "source_no": "reg_no", "status": "state"}.get(key, key))
    return kinds_heading(column, kinds) if column is not None else canonical_heading(RISK_VOCABULARY, key)


class _LineReader:
    """Reads rows one by one, collecting lines, problems and warnings."""

    def __init__(self, header: HeaderMatch, kind: str, unit: str, today: date) -> None:
        self.header = header
        self.kind = kind
        self.unit = unit
        self.today = today
        self.lines: list[Risk] = []
        self.row_numbers: list[int] = []
        self.progress_texts: list[str] = []
        self.problems: list[RowProblem] = []
        self.warnings: list[RowProblem] = []
        self._numbers: dict[tuple[str, str], int] = {}  # (kind, source_no) → the row that first used it

    def heading(self, key: str) -> str:
        return file_heading(self.header, key) or _meaning(key, self.kind)

    def read(self, row: int, cells: list[object]) -> None:
        fields, problems = read_cells(self.header, cells, row, _PARSERS)
        values = {key: parsed[0] for key, parsed in fields.items()}
        kind = str(values.get("kind") or self.kind)
        try:
            values["level"] = level_for(str(values.get("level", "")), kind)
        except ValueError as exc:
            values["level"] = ""
            problems.append(RowProblem(row, self.heading("level"), str(exc)))
        number = str(values.get("source_no") or values.get("serial") or "")
        # Each kind keeps its own numbering: a file of several kinds has a 序号 1 in each.
        if (kind, number) in self._numbers:
            where = "source_no" if values.get("source_no") else "serial"
            first = self._numbers[kind, number]
            problems.append(RowProblem(row, self.heading(where), f"编号「{number}」与第{first}行重复"))
        elif number:
            self._numbers[kind, number] = row
        status = self._status(row, kind, values, problems)
        if "found_on" not in values or "description" not in values:
            self.problems.extend(problems)  # the line cannot even be drafted; its cells say why
            return
        risk = self._risk(kind, number, values, status)
        failed = {problem.column for problem in problems}
        for issue in validate_risk(risk, self.today):
            found = RowProblem(row, self.heading(issue.field), issue.message)
            if found.column not in failed:  # a cell already refused is not judged again on its stand-in
                (problems if issue.severity == ERROR else self.warnings).append(found)
        if problems:
            self.problems.extend(problems)
            return
        self.lines.append(risk)
        self.row_numbers.append(row)
        self.progress_texts.append(str(values.get("progress", "")))

    def _risk(self, kind: str, number: str, values: dict[str, object], status: str) -> Risk:
        fields = {key: values[key] for key in _AS_IS if key in values}
        person = str(fields.get("responsible_person", ""))
        if person and not fields.get("responsible_phone"):
            # 责任人（电话）: one column holding both, as DOMAIN §4.2 lists it.
            fields["responsible_person"], fields["responsible_phone"] = split_phone(person)
        watched = values.get("supervision")
        if isinstance(watched, Supervision):
            fields.update(supervision_level=watched.level, supervision_doc_no=watched.doc_no,
                          supervision_on=watched.on)  # fmt: skip
        level = str(values.get("level", ""))
        risk = Risk(kind=kind, source_unit=self.unit, source_no=number, level=level, **fields)  # type: ignore[arg-type]
        return risk.replace(status=status)

    def _status(self, row: int, kind: str, values: dict[str, object], problems: list[RowProblem]) -> str:
        """The stored status from 状态, else from 化解结果; a closed line nobody verified waits for acceptance."""
        stated, result = str(values.get("status", "")), compact_text(values.get("result", ""))
        status = status_for(stated, kind) if stated else None
        if stated and status is None:
            message = f"状态「{stated}」无法识别，应为{status_choices(kind)}之一"
            problems.append(RowProblem(row, self.heading("status"), message))
            return RiskStatus.OPEN
        if not stated and result:
            status = status_for(result, kind)
            if status is None:
                message = f"化解结果「{result}」不是台账的状态，按“{RiskStatus.label(RiskStatus.OPEN, kind)}”导入"
                self.warnings.append(RowProblem(row, self.heading("result"), message))
        status = status or RiskStatus.OPEN
        if status == RiskStatus.CLOSED and not (values.get("verifier") and values.get("verified_on")):
            closed = RiskStatus.label(RiskStatus.CLOSED, kind)
            message = f"标为“{closed}”但未填验收人和验收日期，按“待验收”导入，验收后再销号"
            self.warnings.append(RowProblem(row, self.heading("status" if stated else "result"), message))
            status = RiskStatus.AWAITING_ACCEPTANCE
        return status
