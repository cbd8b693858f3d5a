"""Duty rosters as offices post them (built here with openpyxl/xlwt, and as CSV), read into DutyRosterRows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
import xlwt

from officedesk.exchange.duty_import import DutyRosterRow, duty_day, read_duty_file, title_year
from officedesk.exchange.errors import ImportRefused, UnreadableFile
from officedesk.exchange.file_checks import EMPTY

TODAY = date(2026, 2, 1)
TITLE = "2026年春节假期值班安排表"
HEADER = ["日期", "星期", "带班领导", "值班人员", "值班人员", "手机", "备注"]
ROWS: list[list[object]] = [
    [date(2026, 2, 14), "六", "王局长", "张三、李四", None, 13812345678, ""],
    ["2月15日（星期日）", None, "李副局长", "王五/赵六", "钱七", "13812345678、0551-12345678", "夜间加强巡查"],
    [(date(2026, 2, 16) - date(1899, 12, 30)).days, "一", "", "孙八 周九", None, None, None],
    ["2026年2月17日", "二", "王局长", "吴十，郑一", None, "13912345678", None],
    ["2026/2/18", "三", "李副局长", "冯二", None, None, None],
    ["2026.2.19", "四", "王局长", "陈三", None, None, None],
]
EXPECTED = [
    DutyRosterRow(date(2026, 2, 14), "王局长", ("张三", "李四"), ("13812345678",), ""),
    DutyRosterRow(
        date(2026, 2, 15), "李副局长", ("王五", "赵六", "钱七"), ("13812345678", "0551-12345678"), "夜间加强巡查"
    ),
    DutyRosterRow(date(2026, 2, 16), "", ("孙八", "周九"), (), ""),
    DutyRosterRow(date(2026, 2, 17), "王局长", ("吴十", "郑一"), ("13912345678",), ""),
    DutyRosterRow(date(2026, 2, 18), "李副局长", ("冯二",), (), ""),
    DutyRosterRow(date(2026, 2, 19), "王局长", ("陈三",), (), ""),
]


def _roster(path: Path, rows: list[list[object]], *, title: str = TITLE, header: list[str] = HEADER) -> Path:
    """A merged title, a note, the header, the days (a blank line among them), a 填表人 line at the bottom."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "春节值班"
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(["值班电话：0551-87654321（24小时）"])
    sheet.append(header)
    for index, row in enumerate(rows):
        sheet.append(row)
        if index == 2:
            sheet.append([])
    sheet.append(["填表人：张科员", None, "审核人：李主任"])
    book.save(path)
    return path


def _refusal(path: Path) -> ImportRefused:
    with pytest.raises(ImportRefused) as caught:
        read_duty_file(path, today=TODAY)
    return caught.value


def test_a_roster_as_offices_post_it(tmp_path: Path) -> None:
    preview = read_duty_file(_roster(tmp_path / "值班.xlsx", ROWS), today=TODAY)

    assert preview.rows == EXPECTED
    assert preview.row_numbers == [4, 5, 6, 8, 9, 10]
    assert preview.sheet_name == "春节值班"
    assert preview.column_map == [
        ("日期", "日期"), ("带班领导", "带班领导"), ("值班人员", "值班人员"), ("值班人员", "值班人员"),
        ("手机", "手机"), ("备注", "备注"),
    ]  # fmt: skip
    assert preview.ignored_headings == ["星期"]
    assert preview.warnings == []


def test_variant_headings_in_another_order(tmp_path: Path) -> None:
    header = ["值班领导", "值班日期", "联系电话", "值班员"]
    path = _roster(tmp_path / "值班.xlsx", [["王局长", "2026-02-14", "", "张三"]], header=header)

    preview = read_duty_file(path, today=TODAY)

    assert preview.rows == [DutyRosterRow(date(2026, 2, 14), "王局长", ("张三",), (), "")]
    assert ("值班领导", "带班领导") in preview.column_map and ("联系电话", "手机") in preview.column_map


def test_legacy_xls(tmp_path: Path) -> None:
    book = xlwt.Workbook()
    sheet = book.add_sheet("值班表")
    sheet.write(0, 0, TITLE)
    for col, heading in enumerate(["日期", "带班领导", "值班人员", "手机"]):
        sheet.write(1, col, heading)
    sheet.write(2, 0, date(2026, 2, 14), xlwt.easyxf(num_format_str="yyyy-mm-dd"))
    sheet.write(2, 1, "王局长")
    sheet.write(2, 2, "张三 李四")
    sheet.write(2, 3, 13812345678)
    book.save(str(tmp_path / "值班.xls"))

    preview = read_duty_file(tmp_path / "值班.xls", today=TODAY)

    assert preview.rows == [DutyRosterRow(date(2026, 2, 14), "王局长", ("张三", "李四"), ("13812345678",), "")]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030"])
def test_csv_in_utf8_with_bom_and_gb18030(tmp_path: Path, encoding: str) -> None:
    text = f"{TITLE}\r\n日期,带班领导,值班人员,手机,备注\r\n2月14日,王局长,张三、李四,13812345678,\r\n,,,,\r\n"
    text += "2026-02-15,李副局长,王五,,春节\r\n合计,2天\r\n"
    (tmp_path / "值班.csv").write_bytes(text.encode(encoding))

    preview = read_duty_file(tmp_path / "值班.csv", today=TODAY)

    assert preview.rows == [
        DutyRosterRow(date(2026, 2, 14), "王局长", ("张三", "李四"), ("13812345678",), ""),
        DutyRosterRow(date(2026, 2, 15), "李副局长", ("王五",), (), "春节"),
    ]
    assert preview.row_numbers == [3, 5]


def test_a_range_of_days_is_refused_naming_the_row(tmp_path: Path) -> None:
    rows = [ROWS[0], ["2月15日—2月20日", None, "王局长", "张三", None, None, None]]

    refused = _refusal(_roster(tmp_path / "值班.xlsx", rows))

    assert [(p.row, p.column) for p in refused.problems] == [(5, "日期")]
    assert "“2月15日—2月20日”是一段日期" in str(refused) and "每天一行" in str(refused)
    assert str(refused).startswith("第5行「日期」")


def test_every_bad_cell_is_named(tmp_path: Path) -> None:
    rows = [
        ["2026年13月40日", None, "王局长", "张三", None, None, None],
        [date(2026, 2, 15), None, "王局长", "张三", None, "1381234", None],
        [date(2026, 2, 15), None, "李副局长", "李四", None, "138****5678", None],
        [date(2026, 2, 16), None, "", "", None, None, "没人"],
    ]

    refused = _refusal(_roster(tmp_path / "值班.xlsx", rows))

    found = {(p.row, p.column): p.message for p in refused.problems}
    assert found == {
        (4, "日期"): "日期无法识别：2026年13月40日",
        (5, "手机"): "1381234：手机号应为11位数字，以13–19开头，现为7位。",
        (6, "日期"): "与第5行是同一天；同一天的值班请写在一行",
        (6, "手机"): "电话号码已脱敏（含*），无法导入，请使用原始号码",
        (8, "日期"): "这一天没有填写带班领导或值班人员",
    }
    assert str(refused).endswith("共 5 处问题，未导入任何数据")


def test_a_date_without_a_year_needs_one_in_the_title(tmp_path: Path) -> None:
    refused = _refusal(_roster(tmp_path / "值班.xlsx", [ROWS[1]], title="春节假期值班安排表"))
    assert "没有年份" in refused.problems[0].message

    over_new_year = [["12月31日", None, "王局长", "张三"], ["1月1日", None, "李副局长", "李四"]]
    refused = _refusal(_roster(tmp_path / "元旦.xlsx", over_new_year, title="2026年元旦值班安排表"))
    assert [(p.row, p.message) for p in refused.problems] == [(5, "日期跨年但没有写年份，请每个日期都写明年份")]


def test_a_roster_needs_a_leader_or_staff_column(tmp_path: Path) -> None:
    path = _roster(tmp_path / "值班.xlsx", [[date(2026, 2, 14), "13812345678"]], header=["日期", "手机"])
    assert "表头缺少「带班领导」或「值班人员」列" in str(_refusal(path))


def test_past_days_are_kept_with_a_warning(tmp_path: Path) -> None:
    preview = read_duty_file(_roster(tmp_path / "值班.xlsx", ROWS), today=date(2026, 2, 16))

    assert len(preview.rows) == 6
    assert [(w.row, w.column, w.message) for w in preview.warnings] == [
        (4, "日期", "有 2 天早于今天，将作为已过去的值班记录保存")
    ]


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "值班.xlsx").write_bytes(b"")
    with pytest.raises(UnreadableFile, match=EMPTY):
        read_duty_file(tmp_path / "值班.xlsx", today=TODAY)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2月14日（星期六）", date(2026, 2, 14)),
        ("2月14日 周六", date(2026, 2, 14)),
        ("2026年2月14日(星期六)", date(2026, 2, 14)),
        ("２月１４日", date(2026, 2, 14)),
    ],
)
def test_day_spellings(text: str, day: date) -> None:
    assert duty_day(text, 2026)[0] == day


@pytest.mark.parametrize("text", ["2月14日-20日", "2026-02-14至2026-02-20", "2月14日~2月20日"])
def test_ranges_are_named(text: str) -> None:
    with pytest.raises(ValueError, match="一段日期"):
        duty_day(text, 2026)


def test_title_year() -> None:
    assert title_year(["值班电话：0551-87654321", TITLE]) == 2026
    assert title_year(["春节值班安排表"]) is None
