"""The 值班日报告 (DOMAIN.md §4.6, "有事报事、无事报平安"): one A4 portrait page for a normal day.

Ruled like the 来访登记表 (visit_form.ruled_grid): who was on duty, then 值班情况 — the day's log as a
table (时间 / 来源 / 事项 / 处置 / 已报告对象及时间) or, with nothing logged, the fixed zero-report
sentence set large — then 信访情况, 安全生产, 交接事项, the two signatures, and when and how the report
went (blanks to fill in by hand while it has not been sent).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from officedesk.domain.duty import ZERO_REPORT_SENTENCE, DutyLogEntry
from officedesk.domain.duty_sheets import DailyReportSheet, DutyPerson
from officedesk.forms.duty_table_form import person_text, two_ends_line
from officedesk.forms.fonts import FontSet, register_fonts
from officedesk.forms.list_table import ListStyles, PrintColumn, column_widths, list_table
from officedesk.forms.page import SIZE_3, SIZE_5, SIZE_SMALL_4, FormDocument, chinese_date, plain_paragraph
from officedesk.forms.visit_form import FormStyles, Row, ruled_grid

TITLE = "值班日报告"
# The log's columns; widths in proportion (list_table.column_widths keeps four-character headings whole).
ENTRY_COLUMNS = (
    PrintColumn("time", "时间", "centre", 2),
    PrintColumn("source", "来源", "centre", 3),
    PrintColumn("matter", "事项", "text", 8),
    PrintColumn("action", "处置", "text", 5),
    PrintColumn("reported", "已报告对象及时间", "text", 5),
)
MIN_HEIGHTS = {"handover": 18 * mm}
ZERO_HEIGHT = 30 * mm  # the zero-report sentence's box
BAND_FILL = colors.Color(0.9, 0.9, 0.9)
# Blanks for a report not sent yet: underscores, as a Paragraph would collapse spaces.
UNSENT_TIME = "____月____日____时____分"
UNSENT_WAY = "□传真　□电话　□政务内网　□当面"


def _datetime(dt: datetime) -> str:
    return f"{chinese_date(dt.date())} {dt.hour}:{dt.minute:02d}"


def _with_phone(person: DutyPerson) -> str:
    return f"{person_text(person)}　{person.mobile}".strip("　")


def _head_rows(sheet: DailyReportSheet) -> list[Row]:
    leader = _with_phone(sheet.leader) if sheet.leader else ""
    staff = "\n".join(_with_phone(p) for p in sheet.staff)
    return [("报告时段", sheet.period, "值班电话", sheet.duty_phone), ("带班领导", leader, "值班人员", staff)]


def _petitions(sheet: DailyReportSheet) -> str:
    if not sheet.visit_batches:
        return "无信访登记"
    group = f"其中集体访{sheet.group_visits}批次" if sheet.group_visits else "无集体访"
    return f"登记信访{sheet.visit_batches}批次、{sheet.visit_people}人次，{group}"


def _risks(lines: Sequence[str]) -> str:
    if len(lines) <= 1:
        return lines[0] if lines else "无"
    return "\n".join(f"{i}、{line}" for i, line in enumerate(lines, start=1))


def _sent(sheet: DailyReportSheet) -> tuple[str, str]:
    report = sheet.report
    when = _datetime(report.sent_at) if report.sent_at else UNSENT_TIME
    parts = [report.sent_via, f"报{report.sent_to}" if report.sent_to else "", report.sent_by]
    way = "，".join(p for p in parts if p) if report.sent_at or report.sent_via else UNSENT_WAY
    return when, way


def _tail_rows(sheet: DailyReportSheet) -> list[Row]:
    when, way = _sent(sheet)
    return [
        ("petitions", "信访情况", _petitions(sheet)),
        ("risks", "安全生产", _risks(sheet.new_risks)),
        ("handover", "交接事项", sheet.report.handover),
        # Captions are plain strings: "\n" sets them on two lines, leaving room to sign.
        ("值班人\n（签字）", "", "带班领导\n（签字）", ""),
        ("报送时间", when, "报送方式", way),
    ]


def _band(text: str, styles: FormStyles, width: float) -> Table:
    """A full-width shaded heading row of the form, as 值 班 情 况."""
    band = Table([[" ".join(text)]], colWidths=[width])
    band.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                ("BACKGROUND", (0, 0), (-1, -1), BAND_FILL),
                ("FONT", (0, 0), (-1, -1), styles.caption_font, SIZE_5, styles.value.leading),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return band


def _zero(styles: FormStyles, width: float) -> Table:
    box = Table([[ZERO_REPORT_SENTENCE]], colWidths=[width], rowHeights=[ZERO_HEIGHT])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                ("FONT", (0, 0), (-1, -1), styles.caption_font, SIZE_3, SIZE_3 * 1.3),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return box


def _entries(entries: Sequence[DutyLogEntry], fonts: FontSet, width: float) -> Table:
    styles = ListStyles(fonts, size=SIZE_5)
    texts = (
        [e.time, e.source, e.matter, e.action, " ".join(p for p in (e.reported_to, e.reported_at) if p)]
        for e in entries
    )
    table, _ = list_table(ENTRY_COLUMNS, texts, styles, width, column_widths(ENTRY_COLUMNS, width, styles))
    commands: list[Any] = [("BOX", (0, 0), (-1, -1), 1.2, colors.black), ("VALIGN", (0, 1), (-1, -1), "TOP")]
    table.setStyle(TableStyle(commands))
    return table


def write_daily_report_pdf(out: BinaryIO, sheet: DailyReportSheet, *, fonts: FontSet | None = None) -> None:
    """Write the 值班日报告 of `sheet` as a PDF to `out` (one page unless the day's log is long).
    `fonts`: the office's print font (Settings → Printing); the automatic choice when None."""
    fonts = fonts or register_fonts()
    styles = FormStyles(fonts)
    report_day = chinese_date(sheet.report.day)
    doc = FormDocument(out, title=f"{TITLE} {report_day}", fonts=fonts, author=sheet.office_name, subject="值班日报告")
    width = doc.text_width
    situation = _entries(sheet.entries, fonts, width) if sheet.entries else _zero(styles, width)
    printed = plain_paragraph(f"打印时间：{_datetime(sheet.printed_at)}", styles.meta_right)
    story: list[Flowable] = [
        plain_paragraph(TITLE, styles.title),
        Spacer(0, 4 * mm),
        two_ends_line(f"报送单位：{sheet.office_name}", f"报告日期：{report_day}", fonts.song, SIZE_SMALL_4, width),
        Spacer(0, 1 * mm),
        ruled_grid(_head_rows(sheet), styles, width),
        _band("值班情况", styles, width),
        situation,
        ruled_grid(_tail_rows(sheet), styles, width, MIN_HEIGHTS),
        Spacer(0, 2 * mm),
        printed,
    ]
    doc.build_story(story)
