"""A unit's ledger sheet (矛盾纠纷 / 信访隐患 / 安全生产隐患) read into Risk drafts, all or nothing.

Sheets come as offices keep them: title rows, a 填报单位 line, merged headings, the headings of
DOMAIN §4.2/§4.3 or their variants in any order, dates in every spelling, a 合计 or 填表人 line at
the bottom (table_reader.py and headings.py). Every bad cell is collected with its Excel row and the
file's heading, the domain's rules (risk_rules.validate_risk) run on every line, and one problem
refuses the whole file (RELIABILITY.md E3). The import never closes (销号) a line nobody verified.
"""

from __future__ import annotations

import dataclasses
import gc
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from typing import cast

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
    require_data_rows,
    required,
    texts_pass,
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

_DESCRIPTION = required("未填写事项内容", cell_text)
_PARSERS: dict[str, Parser] = {
    "kind": kind_of,
    "found_on": required("未填写排查日期", parse_date),
    "description": _DESCRIPTION,
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
    "funds", "due_date", "interim_controls", "result", "completed_on", "verifier", "verified_on", "verify_conclusion",
    "closed_on", "remarks",
)  # fmt: skip
# Keys _LineReader._risk sets on every line from what it worked out.
_SET_ANEW = ("kind", "source_unit", "source_no", "level", "status")
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


def read_risks_file(
    path: Path, *, sheet: str | None = None, kind: str | None = None, today: date, unit: str = ""
) -> RiskImportPreview:
    """Read one sheet of ledger lines; UnreadableFile or ImportRefused (naming every bad cell) on any problem.

    A line's kind comes from its 类型 cell, else `kind`, else the sheet's name or title, else its
    headings (隐患等级 or 整改… → 安全隐患, otherwise 矛盾纠纷). Its sending unit is the 填报单位 the
    sheet names, else `unit`.
    """
    if kind is not None and kind not in RiskKind.ALL:
        raise ValueError(f"unknown ledger kind {kind!r}")
    with collection_paused():
        return _read_sheet(path, sheet, kind, today, unit)


def _read_sheet(path: Path, sheet: str | None, kind: str | None, today: date, unit: str) -> RiskImportPreview:
    table = read_table(path, sheet)
    header = find_header(table, RISK_VOCABULARY, RISK_REQUIRED)
    notes = text_above(table, header)
    sheet_kind = kind or kind_in_text([table.sheet_name, *notes]) or _kind_from_headings(header)
    reader = _LineReader(header, sheet_kind, reporting_unit(notes), today, unit)
    reader.read_rows(require_data_rows(table, header))
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


@contextmanager
def collection_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while a sheet is read into drafts (and while they are written):
    each of its full passes walks every object alive, hundreds of thousands by then (cells, rows, drafts),
    none of them in a cycle. Reference counting frees them as ever."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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


# Columns whose values repeat down a sheet: each distinct value is parsed once.
_REPEATING = frozenset(
    {"kind", "level", "status", "people_involved", "supervision", "responsible_phone", "found_on", "due_date",
     "completed_on", "verified_on", "closed_on"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Refusal:
    message: str


def _outcome(parse: Parser, value: object) -> object:
    """What `parse` makes of `value`: the parsed value, or the _Refusal saying why it cannot."""
    try:
        return parse(value)
    except ValueError as exc:
        return _Refusal(str(exc))


def _risk_maker() -> Callable[[dict[str, object]], Risk]:
    """Risk(**fields), three times faster: a sheet of 50,000 lines makes 50,000 drafts. A frozen dataclass's
    __init__ sets each of Risk's 40-odd fields through object.__setattr__; this gives the new instance a
    __dict__ of the defaults and the fields, made in one go — the same object, equal to and hashed like the
    one __init__ makes (test_risks_import checks). Anything unusual goes through __init__."""
    fields = dataclasses.fields(Risk)
    defaults = {f.name: f.default for f in fields if f.default is not dataclasses.MISSING}
    required = {f.name for f in fields} - defaults.keys()
    names = {f.name for f in fields}
    plain = not hasattr(Risk, "__post_init__") and all(
        f.init and f.default_factory is dataclasses.MISSING for f in fields
    )
    set_state = object.__setattr__  # Risk is frozen: its own __setattr__ refuses

    def make(values: dict[str, object]) -> Risk:
        if not plain or not required <= values.keys() <= names:
            return Risk(**values)  # type: ignore[arg-type]
        risk = object.__new__(Risk)
        set_state(risk, "__dict__", {**defaults, **values})
        return risk

    return make


_draft = _risk_maker()


def _parse_into(values: dict[str, object], problems: list[RowProblem], row: int, key: str, parse: Parser,
                file_text: str, value: object) -> None:  # fmt: skip
    """One cell as read_cells reads it: its value under `key` (the first column's, if several), or its problem."""
    try:
        parsed = parse(value)
    except ValueError as exc:
        problems.append(RowProblem(row, file_text, str(exc)))
        return
    if key not in values:
        values[key] = parsed


def _column(rows: list[list[object]], col: int, shortest: int) -> list[object]:
    """One column's cells, None past the end of a short row (`shortest`: the shortest row's length)."""
    if col < shortest:
        return list(map(itemgetter(col), rows))
    return [cells[col] if col < len(cells) else None for cells in rows]


def _texts(cells: list[object], sound: list[bool], required: bool) -> list[str]:
    """A plain text column as cell_text reads each cell, its texts checked in one go; a row whose cell cell_text
    would refuse (or, if `required`, a blank one) is marked unsound."""
    texts = _stripped(cells)
    if texts is None:
        texts = _whole_numbers(cells)
    if texts is None:
        texts = []
        for index, value in enumerate(cells):
            if type(value) is str:
                texts.append(value.strip())
                continue
            try:
                texts.append(cell_text(value))
            except ValueError:
                sound[index] = False
                texts.append("")
    if not texts_pass(texts):
        for index, text in enumerate(texts):
            if not texts_pass([text]):
                sound[index] = False
    if required and not all(texts):
        for index, text in enumerate(texts):
            if not text:
                sound[index] = False
    return texts


def _stripped(cells: list[object]) -> list[str] | None:
    """A column of texts (as usual), each stripped; None when some cell is no text."""
    try:
        return list(map(str.strip, cells))  # type: ignore[arg-type]
    except TypeError:
        return None


def _whole_numbers(cells: list[object]) -> list[str] | None:
    """A column of whole numbers read as numbers (序号 1, 2, 3 …) as cell_text reads each; None for any other."""
    if set(map(type, cells)) != {float}:
        return None
    numbers = cast("list[float]", cells)
    if not all(map(float.is_integer, numbers)):
        return None
    return list(map(str, map(int, numbers)))


def _parsed(cells: list[object], sound: list[bool], parse: Parser, repeating: bool) -> list[object]:
    """A column as `parse` reads each cell (each distinct value once, for a `repeating` column); a row whose cell
    it refuses is marked unsound."""
    outcomes: list[object] | None = None
    if repeating:
        try:
            outcomes = _each_value_once(parse, cells)
        except TypeError:  # a value that cannot be a key: parsed as it comes
            outcomes = None
    if outcomes is None:
        outcomes = [_outcome(parse, value) for value in cells]
    if _Refusal in set(map(type, outcomes)):
        for index, outcome in enumerate(outcomes):
            if type(outcome) is _Refusal:
                sound[index] = False
    return outcomes


def _each_value_once(parse: Parser, cells: list[object]) -> list[object]:
    """[_outcome(parse, value) for value in cells], parsing each distinct value once. Values are told apart by
    their type too (1, 1.0 and True are equal keys but not the same cell)."""
    if len(set(map(type, cells))) == 1:
        table = {value: _outcome(parse, value) for value in set(cells)}
        return list(map(table.__getitem__, cells))
    keys = list(zip(map(type, cells), cells, strict=True))
    typed = {key: _outcome(parse, key[1]) for key in set(keys)}
    return list(map(typed.__getitem__, keys))


class _LineReader:
    """Reads rows, collecting lines, problems and warnings."""

    def __init__(self, header: HeaderMatch, kind: str, unit: str, today: date, default_unit: str = "") -> None:
        self.header = header
        self.kind = kind
        self.unit = unit
        self.line_unit = unit or default_unit  # the sending unit each line is recorded under
        self.today = today
        self.lines: list[Risk] = []
        self.row_numbers: list[int] = []
        self.progress_texts: list[str] = []
        self.problems: list[RowProblem] = []
        self.warnings: list[RowProblem] = []
        self._numbers: dict[tuple[str, str], int] = {}  # (kind, source_no) → the row that first used it
        # What read_cells works out for every row, worked out once: each imported column's index, key,
        # parser and the file's heading (problems name it). One column per key: find_header refuses two
        # columns meaning the same.
        self._columns = [
            (col, key, _PARSERS.get(key, cell_text), header.headings[col]) for col, key in header.columns.items()
        ]
        # The keys read that are not Risk fields as they stand (_risk drops them from a line's fields; the
        # kind, level, status and number it sets anew).
        self._not_as_is = [key for key in header.columns.values() if key not in (*_AS_IS, *_SET_ANEW)]
        self._headings: dict[str, str] = {}
        self._people: dict[str, tuple[str, str]] = {}  # split_phone of each 责任人 cell

    def heading(self, key: str) -> str:
        if key not in self._headings:
            self._headings[key] = file_heading(self.header, key) or _meaning(key, self.kind)
        return self._headings[key]

    def read_rows(self, rows: list[tuple[int, list[object]]]) -> None:
        """Every data row in turn, as read() reads it: the cells of all rows are read column by column first
        (_quick_values), and a row with a cell that may be refused is read cell by cell, for its problems in
        column order."""
        for (row, cells), values in zip(rows, self._quick_values([cells for _, cells in rows]), strict=True):
            if values is None:
                self.read(row, cells)
            else:
                self._line(row, values, [])

    def _quick_values(self, rows: list[list[object]]) -> Iterable[dict[str, object] | None]:
        """Each row's values by key as read() makes them, None for a row with a cell that may be refused: each
        column read in one go, its texts checked together, a coded column's distinct values parsed once."""
        sound = [True] * len(rows)
        shortest = min(map(len, rows), default=0)
        keys: list[str] = []
        columns: list[Sequence[object]] = []
        for col, key, parse, _ in self._columns:
            cells = _column(rows, col, shortest)
            if parse is cell_text or parse is _DESCRIPTION:
                columns.append(_texts(cells, sound, parse is _DESCRIPTION))
            else:
                columns.append(_parsed(cells, sound, parse, key in _REPEATING))
            keys.append(key)
        if not columns:
            return [None] * len(rows)
        # Made as read_rows takes them, one row's dict at a time.
        made = map(dict, map(zip, repeat(keys), zip(*columns, strict=True)))
        return made if all(sound) else (values if ok else None for ok, values in zip(sound, made, strict=True))

    def read(self, row: int, cells: list[object]) -> None:
        """One row cell by cell (read_cells, inlined): each key's value, and every cell that cannot be read."""
        values: dict[str, object] = {}
        problems: list[RowProblem] = []
        width = len(cells)
        for col, key, parse, file_text in self._columns:
            _parse_into(values, problems, row, key, parse, file_text, cells[col] if col < width else None)
        self._line(row, values, problems)

    def _line(self, row: int, values: dict[str, object], problems: list[RowProblem]) -> None:
        """A row's line from its values (its cells' problems so far in `problems`): drafted, numbered and judged
        by the domain's rules."""
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
        progress = str(values.get("progress", ""))
        risk = self._risk(kind, number, values, status)
        issues = validate_risk(risk, self.today)
        if issues:
            failed = {problem.column for problem in problems}
            for issue in issues:
                found = RowProblem(row, self.heading(issue.field), issue.message)
                if found.column not in failed:  # a cell already refused is not judged again on its stand-in
                    (problems if issue.severity == ERROR else self.warnings).append(found)
        if problems:
            self.problems.extend(problems)
            return
        self.lines.append(risk)
        self.row_numbers.append(row)
        self.progress_texts.append(progress)

    def _risk(self, kind: str, number: str, values: dict[str, object], status: str) -> Risk:
        """The draft of a row's line; `values` (the row's own, made for it) becomes the draft's fields."""
        fields = values
        watched = fields.get("supervision")
        for key in self._not_as_is:  # what is read into fields of the same name is kept as it is
            fields.pop(key, None)
        person = fields.get("responsible_person")
        if person and not fields.get("responsible_phone"):
            # 责任人（电话）: one column holding both, as DOMAIN §4.2 lists it.
            person = str(person)
            if person not in self._people:  # the same few people down a sheet
                self._people[person] = split_phone(person)
            fields["responsible_person"], fields["responsible_phone"] = self._people[person]
        if isinstance(watched, Supervision):
            fields.update(supervision_level=watched.level, supervision_doc_no=watched.doc_no,
                          supervision_on=watched.on)  # fmt: skip
        fields["kind"] = kind
        fields["source_unit"] = self.line_unit
        fields["source_no"] = number
        fields["level"] = str(fields.get("level", ""))
        fields["status"] = status
        return _draft(fields)

    def _status(self, row: int, kind: str, values: dict[str, object], problems: list[RowProblem]) -> str:
        """The stored status from 状态, else from 化解结果; a closed line nobody verified waits for acceptance."""
        stated = str(values.get("status", ""))
        status, refused, doubt = _status_reading(stated, str(values.get("result", "")), kind)
        if refused:
            problems.append(RowProblem(row, self.heading("status"), refused))
            return status
        if doubt:
            self.warnings.append(RowProblem(row, self.heading("result"), doubt))
        if status == RiskStatus.CLOSED and not values.get("verified_on") and values.get("closed_on"):
            # The dispute ledger (DOMAIN §4.2) has 销号审核人 and 销号日期 only: the line was accepted when crossed off.
            values["verified_on"] = values["closed_on"]
        if status == RiskStatus.CLOSED and not (values.get("verifier") and values.get("verified_on")):
            closed = RiskStatus.label(RiskStatus.CLOSED, kind)
            missing = "和".join(name for key, name in (("verifier", "验收人"), ("verified_on", "验收日期或销号日期"))
                               if not values.get(key))  # fmt: skip
            message = f"标为“{closed}”但未填{missing}，按“待验收”导入，验收后再销号"
            self.warnings.append(RowProblem(row, self.heading("status" if stated else "result"), message))
            status = RiskStatus.AWAITING_ACCEPTANCE
        return status


@lru_cache(maxsize=1024)
def _status_reading(stated: str, result: str, kind: str) -> tuple[str, str, str]:
    """What a 状态 and a 化解结果 cell say (the same few down a sheet, read once each): (the status, the problem
    refusing the 状态 or "", the warning about the 化解结果 or "")."""
    result = compact_text(result)
    status = status_for(stated, kind) if stated else None
    if stated and status is None:
        return RiskStatus.OPEN, f"状态「{stated}」无法识别，应为{status_choices(kind)}之一", ""
    doubt = ""
    if not stated and result:
        status = status_for(result, kind)
        if status is None:
            doubt = f"化解结果「{result}」不是台账的状态，按“{RiskStatus.label(RiskStatus.OPEN, kind)}”导入"
    return status or RiskStatus.OPEN, "", doubt
