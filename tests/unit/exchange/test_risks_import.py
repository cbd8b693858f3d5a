"""Ledger sheets as units keep them (built here with openpyxl/xlwt, and as CSV), read into Risk drafts."""

from __future__ import annotations

import csv
import os
import random
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
import xlwt

from officedesk.domain.risk_columns import ALL_RISK_COLUMNS, LedgerLine
from officedesk.domain.risks import Risk, RiskKind, RiskStatus
from officedesk.exchange.errors import ImportRefused, UnreadableFile
from officedesk.exchange.file_checks import DAMAGED, EMPTY, ENCRYPTED, NOT_A_SHEET
from officedesk.exchange.ledger_export import export_ledger
from officedesk.exchange.risks_import import read_risks_file

TODAY = date(2026, 6, 1)
UNIT = "××镇综治中心"


def _serial(day: date) -> int:
    return (day - date(1899, 12, 30)).days


# Variant headings of DOMAIN §4.2, shuffled, plus one the desk does not know.
DISPUTE_HEADER = [
    "化解时限",
    "序号",
    "纠纷简要情况",
    "排查日期",
    "问题类别",
    "等级",
    "包案领导（姓名/职务）",
    "责任单位",
    "责任人（电话）",
    "措施",
    "进展",
    "化解结果",
    "自编栏",
]
DISPUTE_ROWS: list[list[object]] = [
    [date(2026, 6, 30), 1, "业主与物业因停车收费产生纠纷", date(2026, 3, 1), "物业纠纷", "高风险", "王伟（副镇长）",
     "城关镇人民政府", "张建国 13812345678", "组织双方协商", "已召开协调会两次", "化解中", "a"],
    [_serial(date(2026, 7, 31)), 2, "工地拖欠农民工工资", _serial(date(2026, 3, 2)), "劳资纠纷", "中", "李强",
     "人社所", "李四", "", "", "", ""],
    ["2026年8月31日", 3.0, "邻里宅基地纠纷", "2026年3月3日", "", "低", "", "", "", "", "", "未化解", ""],
    ["2026/9/30", 4, "=cmd|' /C calc'!A0", "2026/3/4", "", "", "", "", "", "", "", "", ""],
    ["2026.10.31", 5, "土地承包纠纷", "2026.3.5", "", "", "", "", "", "", "已调解", "已化解", ""],
]  # fmt: skip


def _expected_disputes(kind: str = RiskKind.DISPUTE, unit: str = UNIT) -> list[Risk]:
    def risk(number: int, found: date, due: date, description: str, **more: object) -> Risk:
        return Risk(kind=kind, found_on=found, description=description, due_date=due, source_unit=unit,
                    source_no=str(number), **more)  # type: ignore[arg-type]  # fmt: skip

    return [
        risk(1, date(2026, 3, 1), date(2026, 6, 30), "业主与物业因停车收费产生纠纷", category="物业纠纷", level="高",
             lead_leader="王伟（副镇长）", responsible_unit="城关镇人民政府", responsible_person="张建国",
             responsible_phone="13812345678", measures="组织双方协商", result="化解中",
             status=RiskStatus.IN_PROGRESS),
        risk(2, date(2026, 3, 2), date(2026, 7, 31), "工地拖欠农民工工资", category="劳资纠纷", level="中",
             lead_leader="李强", responsible_unit="人社所", responsible_person="李四"),
        risk(3, date(2026, 3, 3), date(2026, 8, 31), "邻里宅基地纠纷", level="低", result="未化解"),
        risk(4, date(2026, 3, 4), date(2026, 9, 30), "=cmd|' /C calc'!A0"),
        # 已化解 but nobody verified it: it waits for acceptance (a warning says so), never closed by an import.
        risk(5, date(2026, 3, 5), date(2026, 10, 31), "土地承包纠纷", result="已化解",
             status=RiskStatus.AWAITING_ACCEPTANCE),
    ]  # fmt: skip


def _messy_xlsx(
    path: Path, header: list[str], rows: list[list[object]], title: str = "××镇矛盾纠纷排查化解台账"
) -> Path:
    """A title (merged), the 填报单位 line, a blank line, the header, data with a blank line, 合计 and 填表人."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "2026年5月"
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append([f"填报单位：{UNIT}（盖章）", None, None, None, None, "填报日期：2026年5月31日"])
    sheet.append([])
    sheet.append(header)
    for index, row in enumerate(rows):
        sheet.append(row)
        if index == 1:
            sheet.append([])
    sheet.append(["合计", f"共 {len(rows)} 项"])
    sheet.append(["填表人：张科员", None, "审核人：李主任"])
    sheet.append(["不是数据", 9, "2026-01-01", "不该读到"])
    for row in sheet.iter_rows(min_row=5):
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # typed text, as Excel stores '=cmd; openpyxl would write a formula
    book.save(path)
    return path


def _refusal(path: Path, **kw: object) -> ImportRefused:
    with pytest.raises(ImportRefused) as caught:
        read_risks_file(path, today=TODAY, **kw)  # type: ignore[arg-type]
    return caught.value


def test_a_messy_dispute_sheet(tmp_path: Path) -> None:
    preview = read_risks_file(_messy_xlsx(tmp_path / "台账.xlsx", DISPUTE_HEADER, DISPUTE_ROWS), today=TODAY)

    assert preview.lines == _expected_disputes()
    assert preview.row_numbers == [5, 6, 8, 9, 10]  # a blank line after the second
    assert preview.progress_texts == ["已召开协调会两次", "", "", "", "已调解"]
    assert preview.sheet_name == "2026年5月" and preview.source_unit == UNIT
    assert ("纠纷简要情况", "事项名称及简要情况") in preview.column_map
    assert ("等级", "风险等级") in preview.column_map
    assert ("措施", "化解措施") in preview.column_map
    assert ("化解时限", "化解时限") in preview.column_map
    assert preview.ignored_headings == ["自编栏"]
    assert [(w.row, w.column) for w in preview.warnings] == [(10, "化解结果")]
    assert "按“待验收”导入" in preview.warnings[0].message


HAZARD_HEADER = [
    "隐患编号",
    "发现日期",
    "被检查单位",
    "隐患部位",
    "隐患描述",
    "隐患类别",
    "隐患等级",
    "判定依据",
    "整改措施",
    "整改责任单位",
    "整改责任人",
    "联系电话",
    "整改资金（万元）",
    "整改期限",
    "临时管控措施",
    "挂牌督办",
    "整改进展",
    "状态",
    "验收人",
    "验收日期",
]
HAZARD_ROWS: list[list[object]] = [
    ["YH-01", date(2026, 4, 1), "城关镇农贸市场", "消防通道", "消防通道被占用", "消防", "一般隐患", "", "清理通道",
     "城关镇", "赵六", 13912345678, 0.5, date(2026, 4, 30), "", "", "已清理一半", "整改中", "", ""],
    ["YH-02", "2026年4月2日", "××化工厂", "储罐区", "储罐区可燃气体报警器失效", "危化品", "重大隐患",
     "应急管理部令第10号 第八条", "停产整改", "应急局", "钱七", "0551-12345678", "20", "2026/5/30", "设置警戒区",
     "市级 安委办〔2026〕3号 2026-04-05", "", "已销号", "孙八", "2026-05-20"],
]  # fmt: skip


def test_a_hazard_sheet_is_known_by_its_headings(tmp_path: Path) -> None:
    path = _messy_xlsx(tmp_path / "隐患.xlsx", HAZARD_HEADER, HAZARD_ROWS, title="××镇隐患台账")

    preview = read_risks_file(path, today=TODAY)

    first, second = preview.lines
    assert {first.kind, second.kind} == {RiskKind.HAZARD}
    assert (first.source_no, first.level, first.status) == ("YH-01", "一般", RiskStatus.IN_PROGRESS)
    assert (first.checked_unit, first.place, first.funds, first.responsible_phone) == (
        "城关镇农贸市场", "消防通道", "0.5", "13912345678")  # fmt: skip
    assert second.level == "重大" and second.basis == "应急管理部令第10号 第八条"
    assert second.status == RiskStatus.CLOSED and (second.verifier, second.verified_on) == ("孙八", date(2026, 5, 20))
    assert (second.supervision_level, second.supervision_doc_no, second.supervision_on) == (
        "市级", "安委办〔2026〕3号", date(2026, 4, 5))  # fmt: skip
    assert second.due_date == date(2026, 5, 30) and second.interim_controls == "设置警戒区"
    assert preview.progress_texts == ["已清理一半", ""]
    assert ("整改期限", "整改时限") in preview.column_map and ("隐患描述", "隐患描述") in preview.column_map
    assert preview.warnings == []


def test_legacy_xls(tmp_path: Path) -> None:
    book = xlwt.Workbook()
    sheet = book.add_sheet("台账")
    sheet.write(0, 0, "××镇矛盾纠纷排查化解台账")
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for col, heading in enumerate(["序号", "排查日期", "事项名称及简要情况", "风险等级", "化解时限"]):
        sheet.write(2, col, heading)
    sheet.write(3, 0, 1)
    sheet.write(3, 1, date(2026, 3, 1), date_style)
    sheet.write(3, 2, "业主与物业因停车收费产生纠纷")
    sheet.write(3, 3, "高")
    sheet.write(3, 4, _serial(date(2026, 6, 30)))
    book.save(str(tmp_path / "台账.xls"))

    preview = read_risks_file(tmp_path / "台账.xls", today=TODAY)

    assert preview.lines == [
        Risk(
            kind=RiskKind.DISPUTE,
            found_on=date(2026, 3, 1),
            description="业主与物业因停车收费产生纠纷",
            level="高",
            due_date=date(2026, 6, 30),
            source_no="1",
        )
    ]
    assert preview.row_numbers == [4] and preview.source_unit == ""


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030"])
def test_csv_in_utf8_with_bom_and_gb18030(tmp_path: Path, encoding: str) -> None:
    text = (
        "××镇矛盾纠纷排查化解台账\r\n填报单位：××镇综治中心,,填报日期：2026年5月31日\r\n"
        "序号,排查日期,事项名称及简要情况,风险等级,化解时限,进展情况\r\n"
        "1,2026-03-01,业主与物业因停车收费产生纠纷,高,2026年6月30日,已约谈物业\r\n"
        ",,,,,\r\n2,2026.3.2,工地拖欠农民工工资,低,2026/7/31,\r\n合计,2 项\r\n"
    )
    path = tmp_path / "台账.csv"
    path.write_bytes(text.encode(encoding))

    preview = read_risks_file(path, today=TODAY)

    assert [(r.source_no, r.found_on, r.due_date, r.level) for r in preview.lines] == [
        ("1", date(2026, 3, 1), date(2026, 6, 30), "高"),
        ("2", date(2026, 3, 2), date(2026, 7, 31), "低"),
    ]
    assert preview.row_numbers == [4, 6] and preview.source_unit == UNIT
    assert preview.progress_texts == ["已约谈物业", ""]


def _ledger_line(kind: str, number: int) -> LedgerLine:
    risk = Risk(kind=kind, found_on=date(2026, 3, number), description=f"{kind}第{number}项",
                level="一般" if RiskKind.is_hazard(kind) else "中", responsible_person="张建国",
                responsible_phone="13812345678", due_date=date(2026, 9, 30), status=RiskStatus.IN_PROGRESS)  # fmt: skip
    state = RiskStatus.label(RiskStatus.IN_PROGRESS, kind)
    return LedgerLine(risk, progress=f"进展{number}", state=state, number=number)


def test_our_own_export_one_sheet_per_kind_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    kinds = (RiskKind.DISPUTE, RiskKind.PETITION, RiskKind.HAZARD)
    lines = {kind: [_ledger_line(kind, 1), _ledger_line(kind, 2)] for kind in kinds}
    export_ledger(path, lines, {kind: ALL_RISK_COLUMNS for kind in kinds}, fmt="xlsx", masked=False,
                  office_name="××镇", ledger_name="隐患台账", reporting_unit=UNIT, report_date=TODAY)  # fmt: skip

    for kind in kinds:
        preview = read_risks_file(path, sheet=kind, today=TODAY)
        assert preview.sheet_names == list(kinds) and preview.source_unit == UNIT
        assert [r.kind for r in preview.lines] == [kind, kind]  # 信访隐患 is known by the sheet's name
        for line, risk in zip(lines[kind], preview.lines, strict=True):
            assert risk == line.risk.replace(source_unit=UNIT, source_no="1" if line.number == 1 else "2")
        assert preview.progress_texts == ["进展1", "进展2"]
        assert preview.ignored_headings == []


def test_a_csv_of_several_kinds_reads_back_by_its_kind_column(tmp_path: Path) -> None:
    path = tmp_path / "台账.csv"
    lines = {kind: [_ledger_line(kind, 1), _ledger_line(kind, 2)] for kind in (RiskKind.DISPUTE, RiskKind.HAZARD)}
    export_ledger(path, lines, {}, fmt="csv", masked=False, office_name="", ledger_name="", reporting_unit="",
                  report_date=TODAY)  # fmt: skip

    preview = read_risks_file(path, today=TODAY)

    assert [(r.kind, r.source_no, r.level) for r in preview.lines] == [
        (RiskKind.DISPUTE, "1", "中"), (RiskKind.DISPUTE, "2", "中"),
        (RiskKind.HAZARD, "1", "一般"), (RiskKind.HAZARD, "2", "一般"),
    ]  # fmt: skip
    assert ("化解时限/整改时限", "化解时限/整改时限") in preview.column_map


def test_the_kind_argument_names_a_sheet_that_does_not_say(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["序号", "排查日期", "事项名称及简要情况", "类型"])
    sheet.append([1, date(2026, 3, 1), "甲", ""])
    sheet.append([2, date(2026, 3, 2), "乙", "安全生产隐患"])
    book.save(path)

    assert [r.kind for r in read_risks_file(path, today=TODAY).lines] == [RiskKind.DISPUTE, RiskKind.HAZARD]
    by_argument = read_risks_file(path, kind=RiskKind.PETITION, today=TODAY).lines
    assert [r.kind for r in by_argument] == [RiskKind.PETITION, RiskKind.HAZARD]  # the 类型 cell wins
    with pytest.raises(ValueError, match="kind"):
        read_risks_file(path, kind="火灾", today=TODAY)


BAD_HEADER = [
    "序号",
    "类型",
    "排查日期",
    "事项名称及简要情况",
    "风险等级",
    "化解时限",
    "联系电话",
    "状态",
    "挂牌督办",
    "涉及人数",
]
BAD_ROWS: list[list[object]] = [
    [1, "", "2026年13月40日", "甲", "特高", "", "138****5678", "", "", ""],
    [2, "火灾", date(2026, 3, 1), "乙", "", "", "1381234", "搁置", "是", "很多"],
    [2, "", date(2026, 3, 1), "", "", "", "", "", "", ""],
    [4, "", date(2026, 7, 1), "丙", "", date(2026, 6, 1), "", "", "", ""],
]  # fmt: skip


def test_every_bad_cell_is_named_and_nothing_is_taken(tmp_path: Path) -> None:
    refused = _refusal(_messy_xlsx(tmp_path / "a.xlsx", BAD_HEADER, BAD_ROWS))

    found = {(p.row, p.column): p.message for p in refused.problems}
    assert found.keys() == {
        (5, "排查日期"), (5, "风险等级"), (5, "联系电话"),
        (6, "类型"), (6, "状态"), (6, "挂牌督办"), (6, "涉及人数"), (6, "联系电话"),
        (8, "序号"), (8, "事项名称及简要情况"),
        (9, "排查日期"), (9, "化解时限"),
    }  # fmt: skip
    assert found[5, "排查日期"] == "日期无法识别：2026年13月40日"
    assert "特高" in found[5, "风险等级"] and "高、中、低" in found[5, "风险等级"]
    assert "已脱敏" in found[5, "联系电话"]
    assert "火灾" in found[6, "类型"] and "搁置" in found[6, "状态"] and "级别" in found[6, "挂牌督办"]
    assert "手机号应为11位" in found[6, "联系电话"]  # risk_rules.validate_risk, reported by the file's heading
    assert found[8, "序号"] == "编号「2」与第6行重复"
    assert found[9, "排查日期"] == "排查日期不能晚于今天" and found[9, "化解时限"] == "时限不能早于排查日期"
    assert str(refused).endswith("共 12 处问题，未导入任何数据")
    assert str(refused).startswith("第5行「排查日期」：日期无法识别")
    assert refused.sheet == "2026年5月"


def test_a_major_hazard_in_hand_needs_its_five_in_place(tmp_path: Path) -> None:
    row = list(HAZARD_ROWS[1])
    row[HAZARD_HEADER.index("状态")] = "整改中"
    row[HAZARD_HEADER.index("临时管控措施")] = ""
    refused = _refusal(_messy_xlsx(tmp_path / "a.xlsx", HAZARD_HEADER, [row], title="××镇安全生产隐患排查整改台账"))

    assert [(p.row, p.column) for p in refused.problems] == [(5, "整改措施")]
    assert "应急预案" in refused.problems[0].message


def test_missing_columns_and_empty_sheets_are_refused(tmp_path: Path) -> None:
    no_date = _messy_xlsx(tmp_path / "a.xlsx", ["序号", "事项名称及简要情况"], [[1, "甲"]])
    assert "表头缺少必需的列：排查日期" in str(_refusal(no_date))
    header_only = _messy_xlsx(tmp_path / "b.xlsx", ["序号", "排查日期", "隐患描述"], [])
    assert "表头下没有数据行" in str(_refusal(header_only))


def test_a_cell_merged_over_several_lines_is_refused(tmp_path: Path) -> None:
    path = _messy_xlsx(tmp_path / "a.xlsx", DISPUTE_HEADER, DISPUTE_ROWS)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet.merge_cells("H5:H6")  # 责任单位 written once for two lines
    book.save(path)

    assert "合并单元格" in str(_refusal(path))


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", EMPTY),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptionInfo".encode("utf-16-le").ljust(128, b"\0")
         + "EncryptedPackage".encode("utf-16-le").ljust(128, b"\0") + bytes(4096), ENCRYPTED),
        (os.urandom(3000).replace(b"PK", b"pk"), NOT_A_SHEET),
    ],
    ids=["empty", "password", "not-excel"],
)  # fmt: skip
def test_unreadable_files_say_which(tmp_path: Path, content: bytes, reason: str) -> None:
    (tmp_path / "台账.xlsx").write_bytes(content)
    with pytest.raises(UnreadableFile, match=reason.split("（")[0]):
        read_risks_file(tmp_path / "台账.xlsx", today=TODAY)


def test_a_truncated_file_is_refused(tmp_path: Path) -> None:
    whole = _messy_xlsx(tmp_path / "whole.xlsx", DISPUTE_HEADER, DISPUTE_ROWS * 20).read_bytes()
    (tmp_path / "台账.xlsx").write_bytes(whole[: len(whole) // 2])
    with pytest.raises(UnreadableFile, match=DAMAGED):
        read_risks_file(tmp_path / "台账.xlsx", today=TODAY)


# ---- the fast paths read a sheet as the cell-by-cell reading does ---------------------------------------

FAST_HEADER = [*BAD_HEADER, "责任单位", "措施", "进展", "化解结果", "备注"]
FAST_ROWS: list[list[object]] = [
    *([*row, "城关镇", "协商", "已约谈", "化解中", ""] for row in BAD_ROWS),
    [5, "", date(2026, 3, 1), "丁", "高", date(2026, 6, 1), "13812345678", "", "", 3, "城关镇", "协商", "", "", ""],
    [6, "", date(2026, 3, 1), "戊\x07", "中", "", "", "", "", "", "城\u202e关", "a" * 6000, "", "", ""],
    [7, "", date(2026, 3, 1), "   ", "", "", "", "", "", "", 12.5, "", "", "", 1.0],
    [8, "", "2026-03-01", "己", "高风险", "2026/6/1", 13812345678, "", "", "35人", "城关镇", "", "", "已化解", ""],
    [9, "纠纷", date(2026, 3, 1), "庚", "高", "", "", "已化解", "", "", "", "", "", "", ""],
    [10, "", date(2026, 3, 1), "辛", "低", "", "", "", "", "", "\x1f城关镇\x1f", "", "", "", ""],
]  # fmt: skip


def _read_or_refusal(path: Path) -> object:
    try:
        preview = read_risks_file(path, today=TODAY, unit="默认单位")
    except ImportRefused as refused:
        return ("refused", refused.problems, str(refused))
    return (preview.lines, preview.warnings, preview.row_numbers, preview.progress_texts, preview.column_map)


def _fast_sheet(path: Path, rows: list[list[object]]) -> Path:
    if path.suffix == ".csv":  # any character, every cell a text
        with path.open("w", encoding="utf-8", newline="") as stream:
            csv.writer(stream).writerows([FAST_HEADER, *([str(v) for v in row] for row in rows)])
        return path
    clean = [[v.replace("\x07", "").replace("\x1f", "") if isinstance(v, str) else v for v in row] for row in rows]
    return _messy_xlsx(path, FAST_HEADER, clean)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("rows", [FAST_ROWS, FAST_ROWS[4:5] + FAST_ROWS[7:]], ids=["bad", "good"])
def test_the_fast_paths_read_as_cell_by_cell(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: list[list[object]], suffix: str
) -> None:
    """The plain texts checked a row at a time, the parsers' memo and the quick drafts change nothing:
    the same lines, warnings and problems, in the same order, as reading each cell on its own."""
    import officedesk.exchange.risks_import as risks_import

    path = _fast_sheet(tmp_path / f"a{suffix}", rows)
    fast = _read_or_refusal(path)
    with monkeypatch.context() as careful:
        careful.setattr(risks_import._LineReader, "_quick_values", lambda self, rows: [None] * len(rows))
        careful.setattr(risks_import, "_REPEATING", frozenset())
        careful.setattr(risks_import, "_draft", lambda values: Risk(**values))
        assert _read_or_refusal(path) == fast
    assert isinstance(fast, tuple)
    if rows is FAST_ROWS:
        assert fast[0] == "refused" and len(fast[1]) > 12
    else:
        lines = fast[0]
        assert isinstance(lines, list) and [r.source_no for r in lines] == ["5", "8", "9", "10"]
        assert {r.source_unit for r in lines} == ({UNIT} if suffix == ".xlsx" else {"默认单位"})


def test_drafts_are_the_risks_init_makes() -> None:
    from officedesk.exchange.risks_import import _draft

    values: dict[str, object] = dict(
        kind=RiskKind.HAZARD, found_on=date(2026, 3, 1), description="甲", source_unit="乙", source_no="3",
        level="重大", status=RiskStatus.IN_PROGRESS, due_date=date(2026, 6, 1), people_involved=4,
    )  # fmt: skip
    made, plain = _draft(values), Risk(**values)  # type: ignore[arg-type]
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    assert made.current_due == date(2026, 6, 1) and made.replace(level="一般").level == "一般"
    with pytest.raises(AttributeError):
        made.level = "一般"  # type: ignore[misc]
    with pytest.raises(TypeError):
        _draft({"kind": RiskKind.HAZARD})  # a required field missing: Risk's own error


# Cells of every type calamine gives (and a few it should not), good and bad, for each column of a wide sheet;
# the first two of each are good for every kind.
_MIXED_HEADER = ["序号", "类型", "排查日期", "事项名称及简要情况", "等级", "时限", "责任人", "联系电话", "状态",
                 "化解结果", "挂牌督办", "涉及人数", "验收人", "验收日期", "进展", "备注"]  # fmt: skip
_MIXED_VALUES: list[list[object]] = [
    [1.0, 2.0, 3, "4", " 5 ", 2.5, True, None, "", float("nan"), float("inf"), 1e20],
    ["", None, "纠纷", "安全生产", RiskKind.HAZARD, "火灾", 1.0],
    [date(2026, 3, 1), datetime(2026, 3, 2, 9, 30), 46000.0, 46000, "2026-03-01", "2026年3月3日", "2026年13月40日",
     date(2027, 1, 1), None, "", True],
    ["甲", "乙", "  丙  ", "", "   ", None, "丁\x07", "a" * 6000, 12.0, "城\u202e关", date(2026, 1, 1)],
    ["", None, "高", "中风险", "重大", "一般隐患", "特高", 1.0],
    [date(2026, 6, 30), "", None, "2026/6/30", "明天", date(2026, 1, 1)],
    ["张三 13812345678", "李四", "王五（13912345678）", "", None, 7.0],
    ["13812345678", 13812345678.0, "138****5678", "1381234", "", None, 1.5, "0551-12345678"],
    ["", "整改中", "化解中", "已销号", "已化解·销号", "搁置", None],
    ["", "已化解", "化解中", " 已 化 解 ", "乱写", None],
    ["", "市级 安委办〔2026〕3号 2026-03-01", "县级", "是", "无", None],
    ["", "35人", 3.0, "很多", 2.5, None, 0],
    ["", "刘强", None],
    [None, date(2026, 5, 1), "", "2026-05-02", "不知道"],
    ["", "已约谈", None, 5.0],
    ["", "备注", None],
]  # fmt: skip


def _read_rows(rows: list[list[object]], kind: str, careful: bool, monkeypatch: pytest.MonkeyPatch) -> object:
    import officedesk.exchange.risks_import as risks_import
    from officedesk.exchange.cell_values import require_data_rows
    from officedesk.exchange.headings import RISK_REQUIRED, RISK_VOCABULARY
    from officedesk.exchange.table_reader import Table, find_header

    table = Table("s", [list(_MIXED_HEADER), *rows], list(range(1, len(rows) + 2)))
    header = find_header(table, RISK_VOCABULARY, RISK_REQUIRED)
    with monkeypatch.context() as patch:
        if careful:
            patch.setattr(risks_import._LineReader, "_quick_values", lambda self, rows: [None] * len(rows))
        reader = risks_import._LineReader(header, kind, "", TODAY, "默认单位")
        reader.read_rows(require_data_rows(table, header))
    return reader.lines, reader.warnings, reader.problems, reader.row_numbers, reader.progress_texts


def test_columns_read_at_once_read_as_each_cell_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """_quick_values (each column in one go, each distinct value parsed once) changes nothing: the same lines,
    warnings and problems in the same order as the cell-by-cell reading, whatever the cells hold."""
    rng = random.Random(5)
    refused = taken = 0
    for trial in range(60):
        clean = trial % 3 == 0  # mostly good rows, so that lines are drafted too
        rows: list[list[object]] = []
        for index in range(rng.randrange(1, 40)):
            row = [rng.choice(values[:2] if clean else values) for values in _MIXED_VALUES]
            if clean:
                row[0] = float(index + 1)  # numbered as usual: no 编号 twice
            rows.append(row[: rng.randrange(3, len(row) + 1)] if rng.random() < 0.2 else row)
        kind = rng.choice(RiskKind.ALL)
        quick = _read_rows(rows, kind, False, monkeypatch)
        assert quick == _read_rows(rows, kind, True, monkeypatch), rows
        refused += bool(quick[2])  # type: ignore[index]
        taken += len(quick[0])  # type: ignore[index]
    assert 20 < refused < 60 and taken > 100
