"""The printed duty documents: 值班安排表, 值班日报告 and 领导接访日程安排表, read back with pypdf and pdftotext."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from officedesk.domain.calendar import DayKind
from officedesk.domain.duty import (
    WEEKDAY_NAMES,
    ZERO_REPORT_SENTENCE,
    DailyReport,
    DutyLogEntry,
    DutyTableSettings,
    ReceptionSlot,
)
from officedesk.domain.duty_sheets import DailyReportSheet, DutyPerson, DutyTable, DutyTableRow, ReceptionSchedule
from officedesk.forms.daily_report_form import write_daily_report_pdf
from officedesk.forms.duty_table_form import write_duty_table_pdf
from officedesk.forms.reception_form import write_reception_schedule_pdf

PageTexts = Callable[[Path], list[str]]
OFFICE = "××县××局"
LEADERS = (
    DutyPerson("王建国", "局长", "13900001111"),
    DutyPerson("李卫东", "副局长", "13900002222"),
    DutyPerson("赵红梅", "", "13900003333"),
)
STAFF = tuple(
    DutyPerson(name, "", f"1380000{i:04d}")
    for i, name in enumerate(("张三", "李四", "王五", "刘晓燕", "陈明", "欧阳春花"))
)
SPRING_FESTIVAL = {date(2026, 2, 15) + timedelta(days=i) for i in range(9)}  # 2-15..2-23 off
MAKEUP_DAYS = {date(2026, 2, 14), date(2026, 2, 28)}  # Saturdays worked
SETTINGS = DutyTableSettings(duty_phone="0551-12345678", compiled_by="刘晓燕", reviewed_by="王建国")
HEADINGS = ("日期", "星期", "带班领导", "值班人员", "手机", "备注")
REST_FILL = b".94 .94 .94 rg"  # the shaded rest-day rows in the page's content stream


def _row(day: date, staff: int = 1, remarks: str = "") -> DutyTableRow:
    if day in SPRING_FESTIVAL:
        kind, holiday = DayKind.HOLIDAY, "春节"
    elif day in MAKEUP_DAYS:
        kind, holiday = DayKind.MAKEUP_WORKDAY, "春节"
    else:
        kind, holiday = (DayKind.WEEKEND if day.weekday() >= 5 else DayKind.WORKDAY), ""
    n = day.toordinal()
    people = tuple(STAFF[(n + k) % len(STAFF)] for k in range(staff))
    return DutyTableRow(day, WEEKDAY_NAMES[day.weekday()], kind, holiday, LEADERS[n % 3], people, remarks)


def _table(first: date, last: date, *, staff: int = 1, title: str = "值班安排表", **settings: Any) -> DutyTable:
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    rows = tuple(_row(d, staff, "调班：张三→李四（王建国批准）" if d.day == 18 else "") for d in days)
    return DutyTable(OFFICE, title, first, last, rows, replace(SETTINGS, **settings))


def _write_table(path: Path, table: DutyTable) -> Path:
    with path.open("wb") as out:
        write_duty_table_pdf(out, table)
    return path


def _flat(pages: list[str]) -> str:
    # pdftotext -layout pads the grid with spaces: compare without white space.
    return "".join("".join(pages).split())


def _drawn(path: Path) -> str:
    """The text in drawing order (pypdf), without white space: a cell's wrapped lines read as one text,
    where pdftotext -layout interleaves them with the cells beside."""
    return "".join("".join(page.extract_text().split()) for page in PdfReader(path).pages)


def _people(table: DutyTable) -> set[str]:
    found = {p.name for r in table.rows for p in r.staff} | {p.mobile for r in table.rows for p in r.staff}
    return found | {r.leader.name for r in table.rows if r.leader} | {r.leader.mobile for r in table.rows if r.leader}


def test_the_spring_festival_week_prints_on_one_page_with_every_name_and_phone(
    tmp_path: Path, page_texts: PageTexts
) -> None:
    table = _table(date(2026, 2, 16), date(2026, 2, 22))

    pages = page_texts(_write_table(tmp_path / "week.pdf", table))

    assert len(pages) == 1
    text = _flat(pages)
    assert "××县××局值班安排表" in text and "2026年2月16日—2月22日" in text
    assert all(heading in text for heading in (*HEADINGS, "值班电话"))
    assert all(f"2月{d}日" in text for d in range(16, 23)) and "星期日" in text
    missing = {item for item in _people(table) if item not in text}
    assert not missing
    assert text.count("春节") == 7 + 1 and "副局长" in text  # each row, and the first 注
    assert text.count("0551-12345678") == 1  # one spanned cell, as on the paper sheet
    assert "调班：张三→李四（王建国批准）" in _drawn(tmp_path / "week.pdf")  # wrapped in 备注
    assert "值班时段：08:30—次日08:30" in text
    assert "注：1、元旦、春节及其他法定节假日期间" in text and "2、值班时间要求24小时有人在岗" in text
    assert "3、实行“日报告”制度" in text
    assert "制表人：刘晓燕" in text and "审核领导：王建国" in text and "—1—" in text


def test_a_nine_day_holiday_with_two_on_duty_fits_one_page(tmp_path: Path, page_texts: PageTexts) -> None:
    table = _table(date(2026, 2, 15), date(2026, 2, 23), staff=2, title="2026年春节值班安排表")

    pages = page_texts(_write_table(tmp_path / "spring.pdf", table))

    assert len(pages) == 1
    text = _flat(pages)
    assert "××县××局2026年春节值班安排表" in text
    assert not {item for item in _people(table) if item not in text}
    assert text.count("春节") == 1 + 9 + 1  # the title, every holiday row, the first 注


def test_phones_follow_the_names_one_a_line(tmp_path: Path, page_texts: PageTexts) -> None:
    row = _row(date(2026, 3, 2), staff=2)
    table = DutyTable(OFFICE, "值班安排表", row.day, row.day, (row,), SETTINGS)

    lines = [line.split() for line in page_texts(_write_table(tmp_path / "day.pdf", table))[0].splitlines()]

    phones = [word for words in lines for word in words if re.fullmatch(r"1\d{10}", word)]
    assert row.leader is not None
    assert phones == [row.leader.mobile, *(p.mobile for p in row.staff)]


def test_a_make_up_workday_is_named_and_rest_days_are_shaded(tmp_path: Path, page_texts: PageTexts) -> None:
    makeup = _table(date(2026, 2, 9), date(2026, 2, 14))  # Monday to the Saturday worked
    workdays = _table(date(2026, 3, 2), date(2026, 3, 6))  # Monday to Friday

    text = _flat(page_texts(_write_table(tmp_path / "makeup.pdf", makeup)))
    assert "春节调休上班" in text
    assert REST_FILL not in PdfReader(tmp_path / "makeup.pdf").pages[0].get_contents().get_data()  # type: ignore[union-attr]
    _write_table(tmp_path / "weekdays.pdf", workdays)
    assert REST_FILL not in PdfReader(tmp_path / "weekdays.pdf").pages[0].get_contents().get_data()  # type: ignore[union-attr]
    _write_table(tmp_path / "week.pdf", _table(date(2026, 3, 2), date(2026, 3, 8)))
    assert REST_FILL in PdfReader(tmp_path / "week.pdf").pages[0].get_contents().get_data()  # type: ignore[union-attr]


def test_a_long_period_runs_on_with_the_header_on_every_page(tmp_path: Path, page_texts: PageTexts) -> None:
    table = _table(date(2026, 2, 1), date(2026, 3, 31), staff=2)

    path = _write_table(tmp_path / "two-months.pdf", table)

    pages = page_texts(path)
    drawn = ["".join(page.extract_text().split()) for page in PdfReader(path).pages]
    assert len(pages) >= 2
    for number, (page, in_order) in enumerate(zip(pages, drawn, strict=True), start=1):
        assert all(heading in in_order for heading in HEADINGS), number
        assert f"—{number}—" in "".join(page.split())
    text = _flat(pages)
    assert "3月31日" in text and "2月1日" in text
    assert text.count("0551-12345678") == len(table.rows)  # no span across a page break: every row
    assert "注：1、" in _flat(pages[-1:])


def test_a_month_fits_two_pages(tmp_path: Path, page_texts: PageTexts) -> None:
    pages = page_texts(_write_table(tmp_path / "month.pdf", _table(date(2026, 3, 1), date(2026, 3, 31))))

    assert len(pages) == 2


def test_optional_parts_are_left_out(tmp_path: Path, page_texts: PageTexts) -> None:
    table = _table(
        date(2026, 3, 2),
        date(2026, 3, 8),
        duty_phone="",
        compiled_by="",
        reviewed_by="",
        footnotes=("节假日另行安排。",),
    )

    text = _flat(page_texts(_write_table(tmp_path / "plain.pdf", table)))

    assert "值班电话" not in text and "制表人" not in text and "审核领导" not in text
    assert "注：1、节假日另行安排。" in text and "2、" not in text


def test_the_table_is_a4_portrait_with_fonts_embedded_and_renders_identically(
    tmp_path: Path, page_fonts: Callable[[Path], list[dict[str, Any]]]
) -> None:
    table = _table(date(2026, 2, 16), date(2026, 2, 22))
    first = _write_table(tmp_path / "a.pdf", table)

    box = PdfReader(first).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    fonts = page_fonts(first)
    assert fonts and all("/FontFile2" in font["/FontDescriptor"] for font in fonts)
    assert first.read_bytes() == _write_table(tmp_path / "b.pdf", table).read_bytes()


def test_a_week_builds_quickly(tmp_path: Path) -> None:
    table = _table(date(2026, 2, 16), date(2026, 2, 22), staff=2)
    _write_table(tmp_path / "warm.pdf", table)  # fonts registered once per process
    start = time.perf_counter()
    _write_table(tmp_path / "week.pdf", table)
    assert time.perf_counter() - start < 1.0  # measured about 0.05 s; generous for a loaded machine


# ---- 值班安排表 by week (按周汇总, 附件2) -------------------------------------------------------------------

NATIONAL_DAY = {date(2026, 10, 1) + timedelta(days=i) for i in range(7)}  # 9-20 and 10-10 worked
NEW_YEAR = {date(2026, 1, 1), date(2026, 1, 2), date(2026, 1, 3)}  # 1-4 worked
HOLIDAY_NAMES = {**dict.fromkeys(NATIONAL_DAY, "国庆节"), **dict.fromkeys(NEW_YEAR, "元旦"),
                 **dict.fromkeys(SPRING_FESTIVAL, "春节")}  # fmt: skip
WEEK_HEADINGS = ("时间", "带班领导", "值班人员", "手机")


def _week_row(day: date) -> DutyTableRow:
    """The usual roster by week: a leader an ISO week, a person a day; the holidays' own roster, a leader a day
    and two people."""
    n = day.toordinal()
    holiday = HOLIDAY_NAMES.get(day, "")
    if holiday:
        people = (STAFF[n % len(STAFF)], STAFF[(n + 1) % len(STAFF)])
        return DutyTableRow(day, WEEKDAY_NAMES[day.weekday()], DayKind.HOLIDAY, holiday, LEADERS[n % 3], people, "")
    kind = DayKind.WEEKEND if day.weekday() >= 5 else DayKind.WORKDAY
    leader = LEADERS[day.isocalendar()[1] % 3]
    return DutyTableRow(day, WEEKDAY_NAMES[day.weekday()], kind, "", leader, (STAFF[n % len(STAFF)],), "")


def _by_week(path: Path, first: date, last: date, **settings: Any) -> tuple[Path, DutyTable]:
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    table = DutyTable(
        OFFICE, "值班安排表", first, last, tuple(_week_row(d) for d in days), replace(SETTINGS, **settings)
    )
    with path.open("wb") as out:
        write_duty_table_pdf(out, table, by_week=True)
    return path, table


def test_a_quarter_by_week_prints_on_one_page_like_the_posted_sheet(tmp_path: Path, page_texts: PageTexts) -> None:
    path, table = _by_week(tmp_path / "q4.pdf", date(2026, 10, 1), date(2026, 12, 31))

    pages = page_texts(path)
    assert len(pages) == 1  # 13 weeks and the 国庆节
    text = _flat(pages)
    assert "××县××局值班安排表" in text and "2026年10月1日—12月31日" in text
    assert "时间带班领导值班人员手机" in text and "星期" not in text and "备注" not in text
    assert "10月1日—7日国庆节" in _drawn(path)  # the holiday's own row, its name under the range
    weeks = ["10月8日—11日", "10月12日—18日", "10月26日—11月1日", "11月30日—12月6日", "12月28日—31日"]
    assert all(week in text for week in weeks) and "10月5日" not in text and "10月13日" not in text
    assert all(leader.name in text for leader in LEADERS) and "副局长" in text
    drawn = _drawn(path)
    assert all(p.name in drawn and p.mobile in text for r in table.rows for p in r.staff)  # everyone, with the phone
    assert "值班时段：08:30—次日08:30值班电话：0551-12345678" in text  # no 值班电话 column: under the table
    assert "注：1、元旦、春节及其他法定节假日期间" in text and "3、实行“日报告”制度" in text
    assert "制表人：刘晓燕" in text and "审核领导：王建国" in text and "—1—" in text
    assert REST_FILL in PdfReader(path).pages[0].get_contents().get_data()  # type: ignore[union-attr]  # the holiday


def test_each_line_of_phones_sits_beside_the_names_it_gives(tmp_path: Path, page_texts: PageTexts) -> None:
    path, table = _by_week(tmp_path / "week.pdf", date(2026, 11, 23), date(2026, 11, 29))

    lines = [line.split() for line in page_texts(path)[0].splitlines()]
    rows = [words for words in lines if any(re.fullmatch(r"1\d{10}", w) for w in words)]
    leader = table.rows[0].leader
    assert leader is not None
    assert rows[0][0] == "王建国（局长）"  # the leader's line: his name, the staff beside, his phone first
    phones = [w for words in rows for w in words if re.fullmatch(r"1\d{10}", w)]
    names = [w for words in rows for w in words if not re.fullmatch(r"1\d{10}", w) and w != "王建国（局长）"]
    staff = list(dict.fromkeys(p for r in table.rows for p in r.staff))
    assert phones == [leader.mobile, *(p.mobile for p in staff)]
    assert "、".join(names).split("、") == [p.name for p in staff]  # in order of duty, each once
    assert REST_FILL not in PdfReader(path).pages[0].get_contents().get_data()  # type: ignore[union-attr]


def test_a_holiday_breaks_the_weeks_range(tmp_path: Path, page_texts: PageTexts) -> None:
    path, _ = _by_week(tmp_path / "new-year.pdf", date(2025, 12, 29), date(2026, 1, 11), duty_phone="")

    text, drawn = _flat(page_texts(path)), _drawn(path)  # a narrow 时间 breaks after "，": read in drawing order
    assert "12月29日—31日，1月4日" in drawn and "1月1日—3日元旦" in drawn and "1月5日—11日" in text
    assert drawn.index("12月29日") < drawn.index("1月1日—3日") < drawn.index("1月5日")
    assert "值班电话" not in text and "值班时段：08:30—次日08:30" in text


def test_half_a_year_by_week_runs_on_with_the_header_on_every_page(tmp_path: Path, page_texts: PageTexts) -> None:
    path, _ = _by_week(tmp_path / "half.pdf", date(2026, 1, 1), date(2026, 6, 30))

    pages = page_texts(path)
    drawn = ["".join(page.extract_text().split()) for page in PdfReader(path).pages]
    assert len(pages) == 2  # 26 weeks, 元旦 and 春节: about fourteen rows a page
    assert all(all(h in page for h in WEEK_HEADINGS) for page in drawn)
    assert "2月15日—23日春节" in "".join(drawn) and "注：1、" in _flat(pages[-1:])


def test_by_week_is_a4_portrait_and_renders_identically(tmp_path: Path) -> None:
    first, _ = _by_week(tmp_path / "a.pdf", date(2026, 10, 1), date(2026, 12, 31))
    second, _ = _by_week(tmp_path / "b.pdf", date(2026, 10, 1), date(2026, 12, 31))

    box = PdfReader(first).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert first.read_bytes() == second.read_bytes()


# ---- 值班日报告 ----------------------------------------------------------------------------------------


def _sheet(entries: tuple[DutyLogEntry, ...] = (), *, sent: bool = False, **changes: Any) -> DailyReportSheet:
    day = date(2026, 2, 16)
    report = DailyReport(
        day,
        zero=not entries,
        handover="2月17日上午9时县应急管理局检查值班工作，请带班领导在岗。" if entries else "",
        sent_at=datetime(2026, 2, 16, 9, 40) if sent else None,
        sent_via="传真" if sent else "",
        sent_to="县政府总值班室" if sent else "",
    )
    values: dict[str, Any] = {
        "office_name": OFFICE,
        "report": report,
        "period": "前日17:30—当日8:30",
        "leader": LEADERS[0],
        "staff": (STAFF[3], STAFF[0]),
        "duty_phone": "0551-12345678",
        "entries": entries,
        "visit_batches": 0,
        "visit_people": 0,
        "group_visits": 0,
        "new_risks": (),
        "printed_at": datetime(2026, 2, 16, 8, 35),
    }
    return DailyReportSheet(**{**values, **changes})


ENTRIES = (
    DutyLogEntry(
        1, date(2026, 2, 16), "19:40", "来电", "幸福路小区停水，涉及约200户。", "联系自来水公司抢修，22:10恢复。",
        "带班领导王建国", "19:55",
    ),
    DutyLogEntry(
        2, date(2026, 2, 16), "07:30", "来访", "李某某等6人反映工资拖欠问题。", "交劳动保障监察大队办理。",
        "县信访局", "08:00",
    ),
)  # fmt: skip


def _write_report(path: Path, sheet: DailyReportSheet) -> Path:
    with path.open("wb") as out:
        write_daily_report_pdf(out, sheet)
    return path


def test_a_report_with_entries_lists_them(tmp_path: Path, page_texts: PageTexts) -> None:
    sheet = _sheet(ENTRIES, visit_batches=3, visit_people=8, group_visits=1, new_risks=("农贸市场消防通道被占用",))

    path = _write_report(tmp_path / "report.pdf", sheet)

    assert len(page_texts(path)) == 1
    text = _drawn(path)
    for expected in (
        "值班日报告",
        "报送单位：××县××局",
        "报告日期：2026年2月16日",
        "前日17:30—当日8:30",
        "0551-12345678",
    ):
        assert expected in text
    assert "王建国（局长）13900001111" in text and "刘晓燕13800000003" in text and "张三13800000000" in text
    for entry in ENTRIES:
        assert entry.time in text and entry.matter in text and entry.action in text and entry.reported_at in text
    assert "带班领导王建国" in text and "已报告对象及时间" in text
    assert "登记信访3批次、8人次，其中集体访1批次" in text and "农贸市场消防通道被占用" in text
    assert "请带班领导在岗" in text and "值班人（签字）" in text and "带班领导（签字）" in text
    assert ZERO_REPORT_SENTENCE not in text
    assert "□传真" in text and "月____日" in text  # not sent yet: blanks to fill in by hand
    assert "打印时间：2026年2月16日8:35" in text


def test_a_quiet_day_is_a_zero_report(tmp_path: Path, page_texts: PageTexts) -> None:
    pages = page_texts(_write_report(tmp_path / "zero.pdf", _sheet()))

    assert len(pages) == 1
    text = _flat(pages)
    assert ZERO_REPORT_SENTENCE in text
    assert "无信访登记" in text and "安全生产无" in text and "时间来源事项" not in text


def test_a_sent_report_says_when_and_how(tmp_path: Path, page_texts: PageTexts) -> None:
    text = _flat(page_texts(_write_report(tmp_path / "sent.pdf", _sheet(sent=True))))

    assert "报送时间2026年2月16日9:40" in text and "传真，报县政府总值班室" in text and "□传真" not in text


# ---- 领导接访日程安排表 ----------------------------------------------------------------------------------

RECEPTION_LEADERS = (("王建国", "局长", "李卫东"), ("李卫东", "副局长", "赵红梅"), ("赵红梅", "副局长", "孙志强"),
                     ("孙志强", "纪检组长", "周建军"), ("周建军", "副局长", "王建国"))  # fmt: skip
RECEPTION_NOTE = "元旦、春节期间，接访领导按春节值班安排执行。"


def _write_schedule(path: Path, schedule: ReceptionSchedule) -> Path:
    with path.open("wb") as out:
        write_reception_schedule_pdf(out, schedule)
    return path


def test_a_weekly_reception_rota_names_leaders_and_stand_ins(tmp_path: Path, page_texts: PageTexts) -> None:
    slots = tuple(
        ReceptionSlot(i + 1, weekday=i, leader=name, leader_post=post, standin=standin, phone="0551-12345679")
        for i, (name, post, standin) in enumerate(RECEPTION_LEADERS)
    )
    schedule = ReceptionSchedule(OFFICE, date(2026, 12, 15), date(2027, 3, 30), slots, (RECEPTION_NOTE,))

    pages = page_texts(_write_schedule(tmp_path / "weekly.pdf", schedule))

    assert len(pages) == 1
    text = _flat(pages)
    assert "××县××局领导接访日程安排表" in text
    assert all(h in text for h in ("时间", "地点", "接访领导", "补位领导", "预约电话", "备注"))
    assert all(f"{day}8:00—11:00" in text for day in WEEKDAY_NAMES[:5])
    assert all(f"{name}（{post}）" in text for name, post, _ in RECEPTION_LEADERS)
    rows = [line.split() for line in pages[0].splitlines() if "8:00—11:00" in line]
    assert [row[-2] for row in rows] == [standin for _, _, standin in RECEPTION_LEADERS]  # 补位, before the phone
    assert "注：1、本日程安排自2026年12月15日起，至2027年3月30日止；" in text
    assert f"2、{RECEPTION_NOTE}" in text


def test_a_month_of_dated_reception_slots_fits_one_page(tmp_path: Path, page_texts: PageTexts) -> None:
    days = [date(2026, 12, 1) + timedelta(days=i) for i in range(31)]
    workdays = [d for d in days if d.weekday() < 5]
    slots = tuple(
        ReceptionSlot(i, day=d, leader=RECEPTION_LEADERS[i % 5][0], leader_post=RECEPTION_LEADERS[i % 5][1],
                      standin=RECEPTION_LEADERS[i % 5][2], place="县信访局接待大厅" if i % 4 == 0 else "办公室",
                      accompany="信访股" if i % 3 == 0 else "")
        for i, d in enumerate(workdays)
    )  # fmt: skip
    schedule = ReceptionSchedule(OFFICE, workdays[0], workdays[-1], slots, ())

    pages = page_texts(_write_schedule(tmp_path / "month.pdf", schedule))

    assert len(pages) == 1
    text = _flat(pages)
    assert "12月14日星期一8:00—11:00" in text and "12月31日星期四" in text
    assert "陪同：信访股" in text and "县信访局接待大厅" in text
    assert "注：1、本日程安排自2026年12月1日起，至2026年12月31日止。" in text
