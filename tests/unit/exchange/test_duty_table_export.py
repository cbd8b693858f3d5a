"""The 值班安排表 as an xlsx laid out like the paper sheet, reopened with openpyxl."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import date, datetime, timedelta

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from officedesk.domain.calendar import DayKind
from officedesk.domain.duty import WEEKDAY_NAMES, DutyTableSettings
from officedesk.domain.duty_sheets import DutyPerson, DutyTable, DutyTableRow
from officedesk.exchange.duty_table_export import write_duty_table_xlsx

LEADER = DutyPerson("王建国", "局长", "13900001111")
STAFF = (DutyPerson("张三", "", "13800000001"), DutyPerson("欧阳春花", "", "13800000002"))
SETTINGS = DutyTableSettings(duty_phone="0551-12345678", compiled_by="刘晓燕", reviewed_by="王建国")
PAYLOADS = ("=1+1", "=cmd|' /C calc'!A0", "@SUM(1+1)", "+1+1", "-1+1")


def _kind(day: date) -> tuple[str, str]:
    if date(2026, 2, 15) <= day <= date(2026, 2, 23):
        return DayKind.HOLIDAY, "春节"
    if day in (date(2026, 2, 14), date(2026, 2, 28)):
        return DayKind.MAKEUP_WORKDAY, "春节"
    return (DayKind.WEEKEND if day.weekday() >= 5 else DayKind.WORKDAY), ""


def _table(first: date, days: int, settings: DutyTableSettings = SETTINGS) -> DutyTable:
    rows = []
    for i in range(days):
        day = first + timedelta(days=i)
        kind, holiday = _kind(day)
        remarks = PAYLOADS[i % len(PAYLOADS)] if i < len(PAYLOADS) else ""
        rows.append(DutyTableRow(day, WEEKDAY_NAMES[day.weekday()], kind, holiday, LEADER, STAFF, remarks))
    return DutyTable("××县××局", "值班安排表", first, rows[-1].day, tuple(rows), settings)


def _export(table: DutyTable) -> tuple[Worksheet, bytes]:
    buffer = io.BytesIO()
    write_duty_table_xlsx(buffer, table)
    data = buffer.getvalue()
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert isinstance(sheet, Worksheet)
    return sheet, data


def _column(sheet: Worksheet, heading: str) -> int:
    return int(next(c.column for c in sheet[3] if c.value == heading))


def test_the_sheet_is_laid_out_like_the_paper_table() -> None:
    sheet, _ = _export(_table(date(2026, 2, 14), 7))

    assert sheet.title == "值班安排表"
    assert sheet["A1"].value == "××县××局值班安排表" and sheet["A2"].value == "2026年2月14日—2月20日"
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A1:G1", "A2:G2", "F4:F10"} <= merged  # the 值班电话 is one cell for a week
    assert [c.value for c in sheet[3]] == ["日期", "星期", "带班领导", "值班人员", "手机", "值班电话", "备注"]
    assert sheet.freeze_panes == "A4"
    assert sheet.print_title_rows == "$3:$3"
    setup = sheet.page_setup
    assert setup.orientation == "portrait" and setup.paperSize == 9
    assert sheet.sheet_properties.pageSetUpPr is not None and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert setup.fitToHeight == 0 and setup.fitToWidth in (None, 1)  # one page wide, as many pages long
    assert sheet["F4"].value == "0551-12345678"


def test_dates_are_date_cells_and_names_and_phones_stay_text() -> None:
    sheet, xml = _export(_table(date(2026, 2, 14), 7))

    first = sheet["A4"]
    assert first.is_date and first.value == datetime(2026, 2, 14) and first.number_format == 'm"月"d"日"'
    assert sheet["B4"].value == "星期六"
    assert sheet["C4"].value == "王建国（局长）" and sheet["D4"].value == "张三\n欧阳春花"
    phones = sheet["E4"]
    assert phones.data_type == "s" and phones.value == "13900001111\n13800000001\n13800000002"
    remarks = [sheet.cell(4 + i, _column(sheet, "备注")) for i in range(len(PAYLOADS))]
    assert remarks[0].value == "春节调休上班\n=1+1" and remarks[1].value == "春节\n=cmd|' /C calc'!A0"
    with zipfile.ZipFile(io.BytesIO(xml)) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()


def test_a_leading_equals_sign_stays_text() -> None:
    table = _table(date(2026, 3, 2), 1)
    sheet, _ = _export(table)

    cell = sheet.cell(4, _column(sheet, "备注"))
    assert cell.data_type == "s" and cell.value == "=1+1"


def test_rest_days_are_shaded_and_holidays_named() -> None:
    sheet, _ = _export(_table(date(2026, 2, 9), 7))  # Monday 2-9 … Sunday 2-15

    fills = {sheet.cell(4 + i, 1).value.day: sheet.cell(4 + i, 1).fill.fgColor.rgb for i in range(7)}
    assert fills[9] == fills[13] == fills[14] == "00000000"  # working days, and the Saturday worked
    assert fills[15] == "FFF2F2F2"  # 春节
    remarks = _column(sheet, "备注")
    assert sheet.cell(9, remarks).value == "春节调休上班" and sheet.cell(10, remarks).value == "春节"


def test_the_footnotes_and_signers_follow_the_table() -> None:
    sheet, _ = _export(_table(date(2026, 2, 16), 7))

    below = [sheet.cell(r, 1).value for r in range(12, sheet.max_row + 1)]
    assert below[0] == "值班时段：08:30—次日08:30"
    assert str(below[1]).startswith("注：1、元旦、春节及其他法定节假日期间")
    assert "2、值班时间要求24小时有人在岗" in str(below[2]) and "3、实行“日报告”制度" in str(below[3])
    assert "制表人：刘晓燕" in below
    assert "审核领导：王建国" in [c.value for c in sheet[sheet.max_row]]


def test_a_month_writes_the_duty_phone_on_every_row_and_omits_an_unset_one() -> None:
    sheet, _ = _export(_table(date(2026, 3, 1), 31))

    column = _column(sheet, "值班电话")
    assert all(sheet.cell(r, column).value == "0551-12345678" for r in range(4, 35))
    assert sheet.cell(34, 1).value == datetime(2026, 3, 31)

    plain, _ = _export(_table(date(2026, 3, 2), 5, DutyTableSettings(footnotes=())))
    assert "值班电话" not in [c.value for c in plain[3]]
    assert plain.cell(10, 1).value == "值班时段：08:30—次日08:30" and plain.max_row == 10


# --- by week (按周汇总, 附件2) ------------------------------------------------------------------------------
def _export_weeks(table: DutyTable) -> tuple[Worksheet, bytes]:
    buffer = io.BytesIO()
    write_duty_table_xlsx(buffer, table, by_week=True)
    data = buffer.getvalue()
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert isinstance(sheet, Worksheet)
    return sheet, data


def test_by_week_a_row_is_a_week_or_a_holiday_and_every_cell_is_text() -> None:
    sheet, xml = _export_weeks(_table(date(2026, 2, 9), 21))  # 2-9 … 3-1: the weeks around 春节

    assert sheet.title == "值班安排表" and sheet["A1"].value == "××县××局值班安排表"
    assert sheet["A2"].value == "2026年2月9日—3月1日"
    assert {"A1:D1", "A2:D2"} <= {str(r) for r in sheet.merged_cells.ranges}
    assert [c.value for c in sheet[3]] == ["时间", "带班领导", "值班人员", "手机"]
    assert sheet.freeze_panes == "A4" and sheet.print_title_rows == "$3:$3"
    assert sheet.page_setup.orientation == "portrait" and sheet.page_setup.paperSize == 9
    rows = [[c.value for c in sheet[r]] for r in range(4, 7)]
    assert [r[0] for r in rows] == ["2月9日—14日", "2月15日—23日（春节）", "2月24日—3月1日"]
    assert rows[0][1:] == ["王建国（局长）", "张三、欧阳春花", "13900001111 13800000001 13800000002"]
    assert all(sheet.cell(r, c).data_type == "s" for r in range(4, 7) for c in range(1, 5))
    fills = [sheet.cell(r, 1).fill.fgColor.rgb for r in range(4, 7)]
    assert fills == ["00000000", "FFF2F2F2", "00000000"]  # the holiday's row shaded, as the day layout's
    assert sheet.cell(8, 1).value == "值班时段：08:30—次日08:30　　值班电话：0551-12345678"
    assert str(sheet.cell(9, 1).value).startswith("注：1、元旦、春节及其他法定节假日期间")
    assert "审核领导：王建国" in [c.value for c in sheet[sheet.max_row]]
    with zipfile.ZipFile(io.BytesIO(xml)) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()


def test_by_week_names_that_look_like_formulas_stay_text() -> None:
    table = _table(date(2026, 3, 2), 7)
    odd = tuple(DutyPerson(payload, "", "") for payload in PAYLOADS)
    rows = tuple(replace(r, leader=DutyPerson("=HYPERLINK(1)", "", "+8613800000001"), staff=(odd[i % 5],))
                 for i, r in enumerate(table.rows))  # fmt: skip
    sheet, xml = _export_weeks(replace(table, rows=rows))

    assert sheet["A4"].value == "3月2日—8日" and sheet["B4"].value == "=HYPERLINK(1)"
    assert sheet["C4"].data_type == "s" and sheet["C4"].value == "=1+1、=cmd|' /C calc'!A0、@SUM(1+1)\n+1+1、-1+1"
    assert sheet["D4"].value == "+8613800000001 — — —\n— —"  # a missing phone keeps its place
    with zipfile.ZipFile(io.BytesIO(xml)) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()
