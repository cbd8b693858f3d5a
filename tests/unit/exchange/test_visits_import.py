from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
import xlwt

from officedesk.domain.visit_columns import ALL_COLUMNS
from officedesk.domain.visits import Visit
from officedesk.exchange.errors import ImportRefused
from officedesk.exchange.headings import VISIT_REQUIRED, VISIT_VOCABULARY
from officedesk.exchange.table_reader import find_header, read_table
from officedesk.exchange.visits_export import export_visits
from officedesk.exchange.visits_import import MAX_TEXT, cell_text, parse_visits, read_visits_file

ID_OK = "110101199003071233"  # valid check digit
ID_X = "44030419851231002X"
# Variant headings, shuffled, plus one the desk does not know.
HEADER = [
    "主要诉求",
    "序号",
    "来访日期",
    "姓名",
    "来访形式",
    "联系方式",
    "证件号码",
    "人数",
    "问题分类",
    "登记编号",
    "自编栏",
    "备注",
]
ROWS: list[list[object]] = [
    ["要求支付拖欠工资", 1, date(2026, 12, 31), "=cmd|' /C calc'!A0", "走访", 13812345678, ID_OK, 6, "劳动社保/欠薪",
     "XF-2026-0001", "a", ""],
    ["反映噪音扰民", 2, 46387, "李四", "电话", "0551-12345678", "", 1.0, "环境", "", "", "夜间施工"],
    ["咨询社保转移", 3, "2026年12月31日", "王五", "12345", "", ID_X.lower(), "", "", "", "", ""],
    ["要求答复", 4, "2026/12/31", "赵六", "网信", "", "", "2人", "", "", "", ""],
    ["转来件", 5, "2026.12.31", " 孙七 ", "交办", "", "", 3, "", "", "", ""],
]  # fmt: skip


def _expected() -> list[Visit]:
    day = datetime(2026, 12, 31)
    return [
        Visit(
            channel="来访",
            received_at=day,
            petitioner="=cmd|' /C calc'!A0",
            requests="要求支付拖欠工资",
            reg_no="XF-2026-0001",
            people_count=6,
            phone="13812345678",
            id_number=ID_OK,
            category="劳动社保",
            subcategory="欠薪",
        ),
        Visit(
            channel="来电",
            received_at=day,
            petitioner="李四",
            requests="反映噪音扰民",
            phone="0551-12345678",
            category="环境",
            remarks="夜间施工",
        ),
        Visit(channel="热线", received_at=day, petitioner="王五", requests="咨询社保转移", id_number=ID_X),
        Visit(channel="网上", received_at=day, petitioner="赵六", requests="要求答复", people_count=2),
        Visit(channel="上级交办", received_at=day, petitioner="孙七", requests="转来件", people_count=3),
    ]


def _messy_xlsx(path: Path, rows: list[list[object]] = ROWS) -> Path:
    """Two title rows (one merged), a blank line, the header, data with blank lines, 合计 and 填表人."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "2026年12月"
    sheet.append(["××县××局信访接待登记台账"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet.append(["填报单位：××局办公室", None, None, None, "填报时间：2027年1月5日"])
    sheet.append([])
    sheet.append(HEADER)
    for index, row in enumerate(rows):
        sheet.append(row)
        if index == 1:
            sheet.append([])
    sheet.append(["合计", len(rows)])
    sheet.append(["填表人：张科员", None, "审核人：李主任"])
    sheet.append(["不是数据", 9, "2026-01-01", "不该读到"])
    for row in sheet.iter_rows(min_row=5):
        row[6].number_format = "@"  # the ID column typed as text, as offices are told to
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # typed text, as Excel stores '=cmd; openpyxl would write a formula
    book.save(path)
    return path


def test_messy_xlsx(tmp_path: Path, now: datetime) -> None:
    preview = read_visits_file(_messy_xlsx(tmp_path / "台账.xlsx"), now=now)
    assert preview.visits == _expected()
    assert preview.row_numbers == [5, 6, 8, 9, 10]  # a blank line after the second
    assert preview.sheet_name == "2026年12月"
    assert ("来访日期", "登记时间") in preview.column_map
    assert ("联系方式", "联系电话") in preview.column_map
    assert ("姓名", "信访人") in preview.column_map
    assert preview.ignored_headings == ["序号", "自编栏"]
    assert preview.warnings == []


def test_legacy_xls(tmp_path: Path, now: datetime) -> None:
    book = xlwt.Workbook()
    sheet = book.add_sheet("登记")
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm")
    for col, heading in enumerate(["信访形式", "登记时间", "信访人", "联系电话", "身份证号", "主要诉求"]):
        sheet.write(0, col, heading)
    sheet.write(1, 0, "来信")
    sheet.write(1, 1, datetime(2026, 12, 30, 9, 30), date_style)
    sheet.write(1, 2, "张三")
    sheet.write(1, 3, 13812345678)
    sheet.write(1, 4, ID_OK)
    sheet.write(1, 5, "要求解决")
    book.save(str(tmp_path / "台账.xls"))
    assert read_visits_file(tmp_path / "台账.xls", now=now).visits == [
        Visit(
            channel="来信",
            received_at=datetime(2026, 12, 30, 9, 30),
            petitioner="张三",
            requests="要求解决",
            phone="13812345678",
            id_number=ID_OK,
        )
    ]


CSV_TEXT = (
    "信访接待登记台账\r\n"
    "登记时间,信访人,联系电话,主要诉求,问题属地\r\n"
    '2026-12-31 09:30,张三,13812345678,"要求解决欠薪，尽快",城关镇\r\n'
    "\r\n"
    "２０２６年１２月３０日,李四,,诉求二,\r\n"
)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030"])
def test_csv(tmp_path: Path, now: datetime, encoding: str) -> None:
    path = tmp_path / "台账.csv"
    path.write_bytes(CSV_TEXT.encode(encoding))
    assert read_visits_file(path, now=now).visits == [
        Visit(
            channel="来访",  # no 信访形式 column: a reception register records visits in person
            received_at=datetime(2026, 12, 31, 9, 30),
            petitioner="张三",
            requests="要求解决欠薪，尽快",
            phone="13812345678",
            locality="城关镇",
        ),
        Visit(channel="来访", received_at=datetime(2026, 12, 30), petitioner="李四", requests="诉求二"),
    ]


def test_own_xlsx_export_reads_back(tmp_path: Path, now: datetime, sample_visits: list[Visit]) -> None:
    path = tmp_path / "导出.xlsx"
    export_visits(path, sample_visits, ALL_COLUMNS, fmt="xlsx", masked=False, title="台账")
    preview = read_visits_file(path, now=now)
    computed = {"accept_due": None, "due_date": None}  # deadlines are recomputed on save, never imported
    assert preview.visits == [v.replace(**computed) for v in sample_visits]
    assert "办结期限" in preview.ignored_headings


def _refused(tmp_path: Path, now: datetime, rows: list[list[object]]) -> ImportRefused:
    with pytest.raises(ImportRefused) as caught:
        read_visits_file(_messy_xlsx(tmp_path / "台账.xlsx", rows), now=now)
    return caught.value


def _with(index: int, col: str, value: object) -> list[list[object]]:
    rows = [list(r) for r in ROWS]
    rows[index][HEADER.index(col)] = value
    return rows


def test_bad_date_names_row_and_heading(tmp_path: Path, now: datetime) -> None:
    # Data starts at Excel row 5; a blank line follows the second data row, so ROWS[2] is row 8.
    refused = _refused(tmp_path, now, _with(2, "来访日期", "2026年13月40日"))
    assert str(refused) == "第8行「来访日期」：日期无法识别：2026年13月40日；共 1 处问题，未导入任何数据"
    assert refused.sheet == "2026年12月"


def test_every_problem_is_collected(tmp_path: Path, now: datetime) -> None:
    rows = _with(0, "人数", 0)
    rows[1][HEADER.index("来访形式")] = "托人带话"
    rows[2][HEADER.index("主要诉求")] = "  "
    rows[3][HEADER.index("证件号码")] = 110101199003071233
    rows[4][HEADER.index("联系方式")] = "138****5678"
    refused = _refused(tmp_path, now, rows)
    assert [(p.row, p.column) for p in refused.problems] == [
        (5, "人数"),
        (6, "来访形式"),
        (8, "主要诉求"),
        (9, "证件号码"),
        (10, "联系方式"),
    ]
    messages = [p.message for p in refused.problems]
    assert messages[0] == "人数应为正整数：0"
    assert messages[1] == "信访形式「托人带话」无法识别，应为来访、来信、来电、网上、热线、上级交办之一"
    assert messages[2] == "主要诉求为空"
    assert "设置为「文本」格式" in messages[3]
    assert "已脱敏" in messages[4]
    assert str(refused).endswith("；共 5 处问题，未导入任何数据")
    assert str(refused).count("第") == 3  # the summary spells out the first three


@pytest.mark.parametrize(
    ("col", "value", "message"),
    [
        ("人数", 2.5, "人数应为正整数：2.5"),
        ("人数", "三", "人数应为正整数：三"),
        ("联系方式", "1381234567", "手机号应为11位数字"),
        ("姓名", "", "信访人为空"),
        ("姓名", "张\u202e三", "不可见的控制字符"),
        ("备注", "长" * (MAX_TEXT + 1), "内容过长"),
        ("来访日期", "0000-00-00", "日期无法识别：0000-00-00"),
        ("来访日期", 0.5, "日期无法识别：0.5"),
        ("来访日期", datetime(2027, 2, 1), "登记时间晚于现在"),
        ("登记编号", "XF-2026-0001", "与第5行重复"),
    ],
)
def test_single_refusals(tmp_path: Path, now: datetime, col: str, value: object, message: str) -> None:
    refused = _refused(tmp_path, now, _with(1, col, value))
    assert len(refused.problems) == 1
    assert refused.problems[0].row == 6
    assert refused.problems[0].column == col
    assert message in refused.problems[0].message


def test_control_characters_from_a_real_xlsx(tmp_path: Path, now: datetime) -> None:
    # xlsxwriter stores them as _x0000_ escapes, which is how Excel keeps them; calamine decodes them.
    book = xlsxwriter.Workbook(tmp_path / "a.xlsx")
    sheet = book.add_worksheet()
    for row, values in enumerate([["登记时间", "信访人", "主要诉求"], ["2026-12-01", "张\x00三", "诉\x07求"]]):
        for col, value in enumerate(values):
            sheet.write_string(row, col, value)
    book.close()
    with pytest.raises(ImportRefused) as caught:
        read_visits_file(tmp_path / "a.xlsx", now=now)
    assert [(p.row, p.column, p.message) for p in caught.value.problems] == [
        (2, "信访人", "含有不可见的控制字符，请删除后再导入"),
        (2, "主要诉求", "含有不可见的控制字符，请删除后再导入"),
    ]


def test_header_only(tmp_path: Path, now: datetime) -> None:
    with pytest.raises(ImportRefused, match="没有数据行") as caught:
        read_visits_file(_messy_xlsx(tmp_path / "台账.xlsx", []), now=now)
    assert caught.value.problems[0].row == 4


def test_missing_required_headings(tmp_path: Path, now: datetime) -> None:
    path = tmp_path / "a.csv"
    path.write_text("序号,联系电话,住址\n1,13812345678,城关镇\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as caught:
        read_visits_file(path, now=now)
    assert str(caught.value) == "表头缺少必需的列：登记时间、信访人、主要诉求；未导入任何数据"


def test_an_odd_id_number_only_warns(tmp_path: Path, now: datetime) -> None:
    # DOMAIN.md §3.5: an ID number with a wrong check digit is flagged, never a reason to refuse.
    preview = read_visits_file(_messy_xlsx(tmp_path / "台账.xlsx", _with(1, "证件号码", "110101199003071234")), now=now)
    assert preview.visits[1].id_number == "110101199003071234"
    assert [(w.row, w.column) for w in preview.warnings] == [(6, "证件号码")]
    assert "校验位" in preview.warnings[0].message


def test_parse_visits_on_a_table(tmp_path: Path, now: datetime) -> None:
    path = tmp_path / "a.csv"
    path.write_text(
        "登记时间,信访人,主要诉求,信访形式,事项性质,处理方式\n2026-12-01,甲,诉求,来信,检举,交办\n", encoding="utf-8"
    )
    table = read_table(path)
    visits = parse_visits(table, find_header(table, VISIT_VOCABULARY, VISIT_REQUIRED), now=now)
    assert visits == [
        Visit(
            channel="来信",
            received_at=datetime(2026, 12, 1),
            petitioner="甲",
            requests="诉求",
            matter_type="检举控告",
            disposition="交办",
        )
    ]


def test_cell_text() -> None:
    assert cell_text(13812345678.0) == "13812345678"
    assert cell_text(2.5) == "2.5"
    assert cell_text(" 张三\u3000") == "张三"
    assert cell_text(date(2026, 1, 2)) == "2026-01-02"
    assert cell_text(None) == ""
    with pytest.raises(ValueError, match="数值无效"):
        cell_text(float("nan"))
