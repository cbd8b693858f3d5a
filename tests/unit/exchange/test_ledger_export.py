"""The ledger export: xlsx laid out like the paper 台账 (reopened with openpyxl), and CSV."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from officedesk.domain.risk_columns import LedgerLine, default_keys, risk_columns
from officedesk.domain.risk_rules import display_state
from officedesk.domain.risks import Risk, RiskKind, RiskStatus
from officedesk.exchange.errors import TargetUnwritable
from officedesk.exchange.ledger_export import export_ledger, summary_text

TODAY = date(2026, 6, 1)
PAYLOADS = ("=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "+1+1", "-1+1", "＝1+1")
ID_PATTERN = re.compile(r"\b\d{17}[\dXx]\b")
MOBILE_PATTERN = re.compile(r"\b1\d{10}\b")
WITH_PHONE = risk_columns(["number", "found_on", "description", "responsible_person", "responsible_phone", "due_date",
                           "people_involved", "state"])  # fmt: skip


def _line(number: int, kind: str = RiskKind.DISPUTE, **changes: object) -> LedgerLine:
    hazard = RiskKind.is_hazard(kind)
    risk = Risk(
        kind=kind,
        found_on=date(2026, 3, number),
        description=f"第{number}项：业主与物业因停车收费产生纠纷，多次到镇政府反映，要求依法处理",
        responsible_unit="城关镇人民政府",
        category="消防" if hazard else "物业纠纷",
        level="重大" if hazard else "高",
        responsible_person="张建国",
        responsible_phone="13812345678",
        measures="组织双方协商，依法依规处理",
        due_date=date(2026, 5, 1) if number == 1 else date(2026, 9, 30),
        status=RiskStatus.IN_PROGRESS,
        people_involved=35,
    ).replace(**changes)
    return LedgerLine(risk, progress="已召开协调会两次", state=display_state(risk, TODAY), number=number)


def _export(path: Path, lines: dict[str, list[LedgerLine]], **kw: object) -> int:
    options: dict[str, object] = {
        "fmt": "xlsx",
        "office_name": "××县××镇",
        "ledger_name": "隐患台账",
        "reporting_unit": "××镇综治中心",
        "report_date": TODAY,
        **kw,
    }
    columns = options.pop("columns", {})
    return export_ledger(path, lines, columns, **options)  # type: ignore[arg-type]


def _sheet(path: Path, name: str) -> Worksheet:
    sheet = openpyxl.load_workbook(path)[name]
    assert isinstance(sheet, Worksheet)
    return sheet


def _sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/"))


def test_one_sheet_per_kind_in_ledger_order(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    lines = {RiskKind.HAZARD: [_line(1, RiskKind.HAZARD)], RiskKind.DISPUTE: [_line(1), _line(2)]}

    assert _export(path, lines) == 3

    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["矛盾纠纷", "安全隐患"]
    assert book.properties.title == "隐患台账"


def test_sheet_is_laid_out_like_the_paper_ledger(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    _export(path, {RiskKind.HAZARD: [_line(1, RiskKind.HAZARD), _line(2, RiskKind.HAZARD)]})

    sheet = _sheet(path, "安全隐患")
    columns = risk_columns(default_keys(RiskKind.HAZARD))
    last = openpyxl.utils.get_column_letter(len(columns))
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert sheet["A1"].value == "××县××镇安全生产隐患排查整改台账"
    assert sheet["A1"].font.bold and sheet["A1"].alignment.horizontal == "center"
    assert f"A1:{last}1" in merged
    assert sheet["A2"].value == "填报单位：××镇综治中心"
    date_cell = next(c for c in sheet[2] if c.value and str(c.value).startswith("填报日期"))
    assert date_cell.value == "填报日期：2026年6月1日"
    assert date_cell.alignment.horizontal == "right"
    assert f"{date_cell.coordinate}:{last}2" in merged
    assert [c.value for c in sheet[3]] == [c.heading_for(RiskKind.HAZARD) for c in columns]
    assert "隐患描述" in [c.value for c in sheet[3]] and "整改时限" in [c.value for c in sheet[3]]
    for cell in sheet[3]:
        assert cell.font.bold and cell.border.left.style == "thin" and cell.alignment.wrap_text
        assert cell.fill.fgColor.rgb == "FFD9D9D9"
    assert sheet.freeze_panes == "A4"
    assert sheet.print_title_rows == "$3:$3"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.paperSize == 9  # A4
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToHeight == 0 and sheet.page_setup.fitToWidth is None  # 1 page across
    assert sheet.page_margins.left == pytest.approx(0.5)
    assert sheet.print_options.horizontalCentered
    assert sheet.column_dimensions["E"].width == pytest.approx(columns[4].width, abs=1)  # 隐患描述, the widest


def test_cells_are_typed_and_long_text_wraps(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    _export(path, {RiskKind.DISPUTE: [_line(1)]}, columns={RiskKind.DISPUTE: WITH_PHONE}, masked=False)

    sheet = _sheet(path, "矛盾纠纷")
    number, found, description, _person, phone, due, people, state = sheet[4]
    assert number.value == 1 and number.data_type == "n"
    assert found.value == datetime(2026, 3, 1) and found.number_format == "yyyy-mm-dd"
    assert due.value == datetime(2026, 5, 1) and due.is_date
    assert phone.value == "13812345678" and phone.data_type == "s"  # a phone number stays text
    assert people.value == 35
    assert state.value == "超期"
    assert description.alignment.wrap_text and description.alignment.vertical == "center"
    assert description.font.name == "宋体"  # the workbook's Normal style, like the paper ledger


def test_total_line_counts_the_states(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    lines = [_line(1), _line(2), _line(3, status=RiskStatus.OPEN)]
    _export(path, {RiskKind.DISPUTE: lines})

    sheet = _sheet(path, "矛盾纠纷")
    assert sheet.max_row == 3 + 3 + 1
    total = sheet[sheet.max_row]
    assert total[0].value == "合计" and total[0].font.bold
    assert total[1].value == "共 3 项，其中超期 1 项、未化解 1 项、化解中 1 项"
    assert f"B{sheet.max_row}:O{sheet.max_row}" in {str(r) for r in sheet.merged_cells.ranges}


def test_the_lines_are_ruled_and_filterable(tmp_path: Path) -> None:  # the dispute default: 15 columns, A–O
    path = tmp_path / "台账.xlsx"
    _export(path, {RiskKind.DISPUTE: [_line(1), _line(2)]})

    sheet = _sheet(path, "矛盾纠纷")
    rules = [(str(cf.sqref), rule) for cf in sheet.conditional_formatting for rule in cf.rules]
    assert [(ranges, rule.formula) for ranges, rule in rules] == [("A4:O5", ["TRUE"])]
    assert rules[0][1].dxf.border.left.style == "thin"
    assert sheet.auto_filter.ref == "A3:O5"


def test_an_empty_kind_still_has_its_header_and_total(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    assert _export(path, {RiskKind.PETITION: []}) == 0

    sheet = _sheet(path, "信访隐患")
    assert sheet["A1"].value == "××县××镇信访隐患排查化解台账"
    assert sheet["A3"].value == "序号"
    assert [sheet["A4"].value, sheet["B4"].value] == ["合计", "共 0 项"]
    assert not list(sheet.conditional_formatting)


def test_xlsx_never_holds_a_formula_and_masks_by_default(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    lines = [_line(i + 1, description=payload, responsible_person=payload) for i, payload in enumerate(PAYLOADS)]
    _export(path, {RiskKind.DISPUTE: lines}, columns={RiskKind.DISPUTE: WITH_PHONE})

    xml = _sheet_xml(path)
    assert "<f>" not in xml and "<f " not in xml
    assert not MOBILE_PATTERN.search(xml) and not ID_PATTERN.search(xml)
    sheet = _sheet(path, "矛盾纠纷")
    assert [row[2].value for row in sheet.iter_rows(min_row=4, max_row=8)] == list(PAYLOADS)
    assert sheet["E4"].value == "138****5678"


def test_csv_of_one_kind(tmp_path: Path) -> None:
    path = tmp_path / "台账.csv"
    lines = [_line(1, description="=cmd|' /C calc'!A0"), _line(2)]

    assert _export(path, {RiskKind.HAZARD: lines}, fmt="csv", columns={RiskKind.HAZARD: WITH_PHONE}) == 2

    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = raw[3:].decode("utf-8").split("\r\n")
    assert rows[0] == "序号,排查日期,隐患描述,责任人,联系电话,整改时限,涉及人数,状态"
    assert rows[1] == "1,2026-03-01,'=cmd|' /C calc'!A0,张建国,138****5678,2026-05-01,35,超期"
    assert rows[3:] == [""]  # CRLF after the last row, no title, no total
    assert not MOBILE_PATTERN.search(raw.decode("utf-8-sig"))


def test_csv_of_several_kinds_has_a_kind_column(tmp_path: Path) -> None:
    path = tmp_path / "台账.csv"
    lines = {RiskKind.HAZARD: [_line(1, RiskKind.HAZARD)], RiskKind.DISPUTE: [_line(1), _line(2)]}
    columns = {
        RiskKind.DISPUTE: risk_columns(["number", "description", "due_date", "result"]),
        RiskKind.HAZARD: risk_columns(["number", "kind", "description", "basis", "due_date"]),
    }

    assert _export(path, lines, fmt="csv", columns=columns, masked=False) == 3

    rows = path.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0] == "类型,序号,事项名称及简要情况/隐患描述,化解时限/整改时限,化解结果,判定依据"
    assert [row.split(",")[:2] for row in rows[1:]] == [["矛盾纠纷", "1"], ["矛盾纠纷", "2"], ["安全隐患", "1"]]
    assert rows[3].endswith(",2026-05-01,,")  # 化解结果 is no hazard column; its 判定依据 is empty


def test_progress_runs_over_every_kind(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    lines = {RiskKind.DISPUTE: [_line(1)] * 1500, RiskKind.HAZARD: [_line(1, RiskKind.HAZARD)] * 700}

    _export(tmp_path / "a.xlsx", lines, progress=lambda done, total: calls.append((done, total)))

    assert calls == [(1000, 2200), (2000, 2200), (2200, 2200)]


def test_export_to_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(TargetUnwritable, match="目标已移除或无法访问"):
        _export(tmp_path / "gone" / "台账.xlsx", {RiskKind.DISPUTE: [_line(1)]})


@pytest.mark.root
@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_export_to_a_full_stick_keeps_the_previous_file(full_disk: Path, fmt: str) -> None:
    target = full_disk / f"台账.{fmt}"
    target.write_bytes(b"last week")
    with pytest.raises(TargetUnwritable, match="磁盘已满"):
        _export(target, {RiskKind.DISPUTE: [_line(i % 28 + 1) for i in range(3000)]}, fmt=fmt)
    assert target.read_bytes() == b"last week"
    assert [p.name for p in full_disk.iterdir()] == [target.name]


def test_programming_errors_are_bugs(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="pdf"):
        _export(tmp_path / "a.pdf", {RiskKind.DISPUTE: []}, fmt="pdf")
    with pytest.raises(ValueError, match="kinds"):
        _export(tmp_path / "a.xlsx", {"火灾": []})
    with pytest.raises(ValueError, match="kinds"):
        _export(tmp_path / "a.xlsx", {})
    assert list(tmp_path.iterdir()) == []


def test_summary_text() -> None:
    closed = _line(2, status=RiskStatus.CLOSED)
    hazard = _line(2, RiskKind.HAZARD, status=RiskStatus.AWAITING_ACCEPTANCE)
    assert summary_text(RiskKind.DISPUTE, [_line(1), closed]) == "共 2 项，其中超期 1 项、已化解·销号 1 项"
    assert summary_text(RiskKind.HAZARD, [hazard]) == "共 1 项，其中待验收 1 项"
    assert summary_text(RiskKind.DISPUTE, [LedgerLine(_line(1).risk)]) == "共 1 项"  # no state given
