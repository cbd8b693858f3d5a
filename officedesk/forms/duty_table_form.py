"""The printed 值班安排表 (DOMAIN.md §4.4 and "as offices post them"): one row per day under the office's
title and the period, the 值班时段, the numbered 注 and the 制表人 / 审核领导 line below.

By week (`by_week`, 按周汇总, the 附件2 shape): 时间 | 带班领导 | 值班人员 | 手机, one row per leader's week
and one per holiday (domain/duty_weeks.py), the same title, period, 注 and signers; a quarter (13 or 14
weeks and its holiday) prints on one page. The people of a row are set out in lines, each line of 手机
beside the names it gives (the leader's phone first), and the 值班电话 goes under the table with the
值班时段 instead of a column.

A4 portrait on GB/T 9704 margins (page.FormDocument). The type is as large as still lets a week or a
holiday (up to ONE_PAGE_DAYS days) fit on one page, 小四 down to 8 pt; a month runs on over about two
pages with the header row repeated (list_table.py). Rest days (weekends and holidays) are shaded, and
a holiday or make-up workday says so in 备注 ("春节", "春节调休上班").

The sizing helpers here (fitted_widths, cell_need, story_fits, numbered_notes) serve the reception
schedule too.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from officedesk.domain.calendar import DayKind
from officedesk.domain.duty_sheets import DutyPerson, DutyTable, DutyTableRow
from officedesk.domain.duty_weeks import DutyWeekRow, hours_line, week_rows
from officedesk.forms.fonts import FontSet, register_fonts
from officedesk.forms.list_table import CELL_PAD, ListStyles, PrintColumn, list_table
from officedesk.forms.page import HANG, SIZE_3, SIZE_5, SIZE_SMALL_4, FormDocument, plain_paragraph

SIZES = (SIZE_SMALL_4, SIZE_5, 9.0, 8.0)  # 小四, 五号, 小五, then 8 pt for a crowded holiday
ONE_PAGE_DAYS = 16  # a week or a holiday period (春节 with its 调休 days) prints on one page
LONG_PAGES = 2  # a month aims at two pages
LONG_FALLBACK = 9.0  # and when it cannot, runs on in 小五 rather than smaller
REST_FILL = colors.Color(0.94, 0.94, 0.94)  # lighter than the header's fill
REMARKS_CHARS = 12
ROOMY_REMARKS = 6
ROW_PAD = 0.4  # the day rows' padding, in ems
ONE_PAGE_WEEKS = 16  # by week: a quarter (13 or 14 weeks, a holiday or two) prints on one page
WEEKS_A_PAGE = 14  # and a longer period about this many rows a page
WEEK_COLUMNS = (
    PrintColumn("time", "时间", "centre", 3),
    PrintColumn("leader", "带班领导", "centre", 3),
    PrintColumn("staff", "值班人员", "centre", 4),
    PrintColumn("mobile", "手机", "centre", 5),
)
NARROW_WEEK = frozenset({"time", "leader"})  # the columns with a two-line form (holiday name, post under)
_BLANK_LINE = "\u00a0"  # a no-break space: a line that keeps its height in a Paragraph


def day_text(row: DutyTableRow) -> str:
    return f"{row.day.month}月{row.day.day}日"


def remarks_text(row: DutyTableRow) -> str:
    return row.remarks_text


def person_text(person: DutyPerson | None, one_line: bool = True) -> str:
    return person.text(one_line) if person is not None else ""


def phones_text(row: DutyTableRow) -> str:
    return row.phones_text


def cell_need(texts: Sequence[str], styles: ListStyles) -> float:
    """The width a column needs to print each of `texts` without breaking a line: a text of several lines
    is a Paragraph (list_table.CellMaker), which keeps room at the right for a hung mark."""
    lines = [line for text in texts for line in text.split("\n")]
    widest = max((stringWidth(line, styles.font, styles.size) for line in lines), default=0.0)
    hang = HANG * styles.size if any("\n" in text for text in texts) else 0.0
    return widest + hang + 2 * CELL_PAD + 1


def fitted_widths(
    needs: Sequence[float], stages: Sequence[Sequence[float]], weights: Sequence[float], total: float
) -> list[float]:
    """Every column its need and the room left shared by weight. Short of room, the columns give it up
    stage by stage: down to the first floors of `stages` (each in proportion to what it can give), then
    to the next; below the last, all shrink alike."""
    spare = total - sum(needs)
    if spare >= 0:
        return [n + spare * w / sum(weights) for n, w in zip(needs, weights, strict=True)]
    widths = list(needs)
    for floors in stages:
        give = [max(w - f, 0.0) for w, f in zip(widths, floors, strict=True)]
        if sum(give) >= -spare:
            return [w + spare * g / sum(give) for w, g in zip(widths, give, strict=True)]
        widths = [min(w, f) for w, f in zip(widths, floors, strict=True)]
        spare = total - sum(widths)
    return [total * w / sum(widths) for w in widths]


def story_height(story: Sequence[Flowable], doc: FormDocument) -> float:
    return float(sum(f.wrap(doc.text_width, doc.text_height)[1] for f in story))


def page_room(doc: FormDocument, table: Table, pages: int = 1) -> float:
    """The height a story may take to fill `pages` pages; from the second page on, `table` (already
    wrapped) repeats its header, and a page may end short by its tallest row, which did not fit."""
    if pages == 1:
        return doc.text_height - 1
    heights: list[float] = getattr(table, "_rowHeights", None) or [0.0]  # reportlab's layout, not public
    return pages * doc.text_height - (pages - 1) * (heights[0] + max(heights))


def note_style(styles: ListStyles) -> ParagraphStyle:
    return ParagraphStyle("note", fontName=styles.font, fontSize=styles.size, leading=styles.size * 1.5, wordWrap="CJK")


def numbered_notes(notes: Sequence[str], style: ParagraphStyle) -> list[Flowable]:
    """注：1、… 2、… with the numbers hanging, so every note's lines start under its first character."""
    label = "注："
    label_width = stringWidth(label, style.fontName, style.fontSize)
    number_width = max(
        (stringWidth(f"{i}、", style.fontName, style.fontSize) for i in range(1, len(notes) + 1)), default=0.0
    )
    flowables: list[Flowable] = []
    for i, note in enumerate(notes, start=1):
        first = -number_width - (label_width if i == 1 else 0.0)
        hanging = ParagraphStyle(f"note{i}", parent=style, leftIndent=label_width + number_width, firstLineIndent=first)
        flowables.append(plain_paragraph(f"{label if i == 1 else ''}{i}、{note}", hanging))
    return flowables


def title_paragraph(office_name: str, title: str, styles: ListStyles, width: float) -> Paragraph:
    """The office and the sheet's name in 二号; too long for one line, broken between the two (GB/T 9704
    §7.3.3 lets a title run to several lines, centred), and set smaller, down to 三号, when a part is
    still too long for a line of its own."""
    font, size = styles.title.fontName, styles.title.fontSize
    lines = [f"{office_name}{title}"]
    if office_name and stringWidth(lines[0], font, size) > width:
        lines = [office_name, title]
    widest = max(stringWidth(line, font, 1.0) for line in lines)
    size = max(min(size, width / widest if widest else size), SIZE_3)
    style = ParagraphStyle("duty_title", parent=styles.title, fontSize=size, leading=size * 1.3, wordWrap="CJK")
    return plain_paragraph("\n".join(lines), style)


def two_ends_line(left: str, right: str, font: str, size: float, width: float) -> Table:
    """One unruled line with `left` at the left edge and `right` at the right, as 制表人 … 审核领导 …"""
    line = Table([[left, right]], colWidths=[width / 2] * 2)
    line.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, size),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return line


def _columns(with_duty_phone: bool) -> list[PrintColumn]:
    # kind "centre": a centred column of short values (list_table centres every kind but "text").
    columns = [
        PrintColumn("day", "日期", "centre", 2),
        PrintColumn("weekday", "星期", "centre", 2),
        PrintColumn("leader", "带班领导", "centre", 3),
        PrintColumn("staff", "值班人员", "centre", 3),
        PrintColumn("mobile", "手机", "centre", 3),
        PrintColumn("duty_phone", "值班电话", "centre", 2),
        PrintColumn("remarks", "备注", "text", 4),
    ]
    return [c for c in columns if with_duty_phone or c.key != "duty_phone"]


def _broken_phone(phone: str) -> str:
    """ "0551-\n12345678": a fixed-line number broken after its area code, for a narrow column."""
    return phone.replace("-", "-\n", 1)


def _cells(table: DutyTable, columns: Sequence[PrintColumn], narrow: set[str], span: bool) -> list[list[str]]:
    """Each row's cell texts; keys in `narrow` set their two-line form (the post under the leader's name,
    the 值班电话 broken after the area code); `span` writes the 值班电话 once, in the first row."""
    phone = _broken_phone(table.settings.duty_phone) if "duty_phone" in narrow else table.settings.duty_phone
    cells: dict[str, Callable[[DutyTableRow], str]] = {
        "day": day_text,
        "weekday": lambda r: r.weekday,
        "leader": lambda r: person_text(r.leader, "leader" not in narrow),
        "staff": lambda r: "\n".join(p.name for p in r.staff),
        "mobile": phones_text,
        "duty_phone": lambda r: phone if not span or r is table.rows[0] else "",
        "remarks": remarks_text,
    }
    return [[cells[c.key](row) for c in columns] for row in table.rows]


def _widths(
    table: DutyTable, columns: Sequence[PrintColumn], styles: ListStyles, width: float
) -> tuple[list[float], set[str], bool]:
    """The column widths; the columns narrower than they ask for (the leader's post then goes under the
    name, the 值班电话 breaks after its area code, 备注 wraps sooner); and whether the sheet reads well at
    this size: the 值班电话 whole and 备注 at least ROOMY_REMARKS characters a line."""
    wide = _cells(table, columns, set(), span=False)
    narrow = _cells(table, columns, {"leader", "duty_phone"}, span=False)
    font, size = styles.heading.fontName, styles.heading.fontSize
    headings = [stringWidth(c.heading, font, size) + 2 * CELL_PAD + 1 for c in columns]
    needs = [max(cell_need([r[i] for r in wide], styles), h) for i, h in enumerate(headings)]
    floors = [max(cell_need([r[i] for r in narrow], styles), h) for i, h in enumerate(headings)]
    keys = [c.key for c in columns]
    remarks, leader = keys.index("remarks"), keys.index("leader")
    floors[remarks] = cell_need(["备注备注"], styles)
    # 备注 asks for four to REMARKS_CHARS characters a line: room to add a note by hand, and no more.
    needs[remarks] = max(min(needs[remarks], cell_need(["备" * REMARKS_CHARS], styles)), floors[remarks])
    # Given up in turn: 备注's room beyond ROOMY_REMARKS characters, the post's line, then the rest.
    roomy = [*needs]
    roomy[remarks] = min(needs[remarks], cell_need(["备" * ROOMY_REMARKS], styles))
    roomy[leader] = floors[leader]
    first = [*needs]
    first[remarks] = roomy[remarks]
    widths = fitted_widths(needs, [first, roomy, floors], [c.width for c in columns], width)
    narrowed = {c.key for c, w, n in zip(columns, widths, needs, strict=True) if n > w + 0.01}
    return widths, narrowed, sum(roomy) <= width + 0.01


def _row_padding(styles: ListStyles, extra: float) -> list[Any]:
    """The body rows' padding: ROW_PAD ems and half of `extra` points above and below."""
    pad = styles.size * ROW_PAD + extra / 2
    # A point more below: the CJK glyphs sit low on the line.
    return [("TOPPADDING", (0, 1), (-1, -1), pad), ("BOTTOMPADDING", (0, 1), (-1, -1), pad + 1)]


def _sheet(table: DutyTable, styles: ListStyles, width: float, grid: Table, lines: Sequence[str]) -> list[Flowable]:
    """The posted sheet around `grid`: title, period, the table, `lines` (值班时段 …), the 注 and the signers."""
    settings = table.settings
    story: list[Flowable] = [title_paragraph(table.office_name, table.title, styles, width)]
    story += [Spacer(0, 1 * mm), plain_paragraph(table.period_text, styles.subtitle), Spacer(0, 3 * mm), grid]
    notes = note_style(styles)
    story.append(Spacer(0, 2 * mm))
    story += [plain_paragraph(line, notes) for line in lines]
    story += numbered_notes(settings.footnotes, notes)
    compiled = f"制表人：{settings.compiled_by}" if settings.compiled_by else ""
    reviewed = f"审核领导：{settings.reviewed_by}" if settings.reviewed_by else ""
    if compiled or reviewed:
        story += [Spacer(0, 3 * mm), two_ends_line(compiled, reviewed, styles.font, styles.size, width)]
    return story


def _story(
    table: DutyTable, styles: ListStyles, width: float, span: bool, extra: float = 0.0
) -> tuple[list[Flowable], Table, bool]:
    """The sheet at the styles' size, its table, and whether its columns have room enough (_widths);
    `extra` points are added to each day row's height."""
    settings = table.settings
    columns = _columns(bool(settings.duty_phone))
    widths, narrowed, roomy = _widths(table, columns, styles, width)
    grid, _ = list_table(columns, _cells(table, columns, narrowed, span), styles, width, widths)
    commands: list[Any] = []
    for i, row in enumerate(table.rows, start=1):
        if row.day_kind in (DayKind.WEEKEND, DayKind.HOLIDAY):
            commands.append(("BACKGROUND", (0, i), (-1, i), REST_FILL))
    if span and settings.duty_phone and len(table.rows) > 1:
        column = [c.key for c in columns].index("duty_phone")
        commands.append(("SPAN", (column, 1), (column, -1)))
    grid.setStyle(TableStyle(commands + _row_padding(styles, extra)))
    hours = [f"值班时段：{settings.duty_hours}"] if settings.duty_hours else []
    return _sheet(table, styles, width, grid, hours), grid, roomy


# --- by week (按周汇总) ------------------------------------------------------------------------------
def _aligned(texts: Sequence[str], lines: int) -> list[str]:
    """Each non-empty text made `lines` lines long, so the cells' lines face each other across the row
    (the cells are centred vertically: texts of different lengths would sit out of step)."""
    return [text + f"\n{_BLANK_LINE}" * (lines - text.count("\n") - 1) if text else text for text in texts]


def _week_cells(weeks: Sequence[DutyWeekRow], narrow: set[str] | frozenset[str], per_line: int) -> list[list[str]]:
    """Each week row's cells, its people `per_line` a line; keys in `narrow` take their two-line form."""
    rows = []
    for week in weeks:
        people = week.cell_texts(per_line, post_lines="leader" in narrow)
        lines = max(text.count("\n") + 1 for text in people)
        rows.append([week.time_text(one_line="time" not in narrow), *_aligned(people, lines)])
    return rows


def _week_widths(
    weeks: Sequence[DutyWeekRow], styles: ListStyles, width: float
) -> tuple[int, list[float], set[str], bool]:
    """(people a line, column widths, columns set in their narrow form, whether nothing is squeezed).

    As many people a line as the columns can take in their narrow form: fewer lines a row is what lets a
    quarter fit a page. The room left goes to the one-line forms first, then to the columns by weight."""
    font, size = styles.heading.fontName, styles.heading.fontSize
    headings = [stringWidth(c.heading, font, size) + 2 * CELL_PAD + 1 for c in WEEK_COLUMNS]
    most = max((len(w.leaders) + len(w.staff) for w in weeks), default=2)
    for per_line in range(max(most, 2), 1, -1):
        wide, narrow = _week_cells(weeks, set(), per_line), _week_cells(weeks, NARROW_WEEK, per_line)
        needs = [max(cell_need([r[i] for r in wide], styles), h) for i, h in enumerate(headings)]
        floors = [max(cell_need([r[i] for r in narrow], styles), h) for i, h in enumerate(headings)]
        if sum(floors) <= width + 0.01:
            break
    widths = fitted_widths(needs, [floors], [c.width for c in WEEK_COLUMNS], width)
    narrowed = {c.key for c, w, n in zip(WEEK_COLUMNS, widths, needs, strict=True) if n > w + 0.01}
    return per_line, widths, narrowed, sum(floors) <= width + 0.01


def _week_story(
    table: DutyTable, weeks: Sequence[DutyWeekRow], styles: ListStyles, width: float, extra: float = 0.0
) -> tuple[list[Flowable], Table, bool]:
    """The sheet by week at the styles' size, like `_story`: holiday rows shaded as the day layout's rest
    days, the 值班时段 and 值班电话 on one line under the table."""
    per_line, widths, narrowed, roomy = _week_widths(weeks, styles, width)
    grid, _ = list_table(WEEK_COLUMNS, _week_cells(weeks, narrowed, per_line), styles, width, widths)
    commands: list[Any] = [("BACKGROUND", (0, i), (-1, i), REST_FILL)
                           for i, week in enumerate(weeks, start=1) if week.holiday_name]  # fmt: skip
    grid.setStyle(TableStyle(commands + _row_padding(styles, extra)))
    hours = hours_line(table.settings)
    return _sheet(table, styles, width, grid, [hours] if hours else []), grid, roomy


# --- the page ------------------------------------------------------------------------------------
Build = Callable[[float, bool, float], tuple[list[Flowable], Table, bool]]  # (size, one page, extra) → _story


def write_duty_table_pdf(
    out: BinaryIO, table: DutyTable, *, fonts: FontSet | None = None, by_week: bool = False
) -> None:
    """Write the 值班安排表 as a PDF to `out`: one page for a week or a holiday, about two for a month.
    `by_week`: one row per leader's week and per holiday (按周汇总), a quarter on one page.
    `fonts`: the office's print font (Settings → Printing); the automatic choice when None."""
    fonts = fonts or register_fonts()
    name = f"{table.office_name}{table.title}"
    doc = FormDocument(out, title=name, fonts=fonts, author=table.office_name, subject="值班安排表")
    build: Build
    if by_week:
        weeks = week_rows(table)

        def build(size: float, one_page: bool, extra: float) -> tuple[list[Flowable], Table, bool]:
            return _week_story(table, weeks, ListStyles(fonts, size=size), doc.text_width, extra)

        fit = (len(weeks), ONE_PAGE_WEEKS, max(LONG_PAGES, math.ceil(len(weeks) / WEEKS_A_PAGE)))
    else:

        def build(size: float, one_page: bool, extra: float) -> tuple[list[Flowable], Table, bool]:
            return _story(table, ListStyles(fonts, size=size), doc.text_width, span=one_page, extra=extra)

        fit = (len(table.rows), ONE_PAGE_DAYS, LONG_PAGES)
    size, extra, one_page = _layout(build, *fit, doc)
    story, _, _ = build(size, one_page, extra)
    doc.build_story(story)


def _layout(
    build: Build, rows: int, one_page_rows: int, long_pages: int, doc: FormDocument
) -> tuple[float, float, bool]:
    """(type size, points added to each row, whether the sheet is on one page: the 值班电话 one spanned cell).

    The largest size at which the sheet fits one page (up to `one_page_rows` rows: a week or a holiday by
    day, a quarter by week) or `long_pages` pages and no column is squeezed, else the largest at which it
    fits. A one-page sheet takes some of the page left over, as a posted sheet does (at most a line a row);
    a longer one does not span the 值班电话 cell, since a spanned cell cannot break across pages."""
    targets = [1, long_pages] if rows <= one_page_rows else [long_pages]
    for pages in targets:
        chosen: tuple[float, float] | None = None
        for size in SIZES:
            story, grid, roomy = build(size, pages == 1, 0.0)
            height = story_height(story, doc)
            if height <= page_room(doc, grid, pages):
                chosen = (size, height) if roomy or chosen is None else chosen
                if roomy:
                    break
        if chosen is not None:
            size, height = chosen
            if pages > 1 or not rows:
                return size, 0.0, False
            return size, max(min((doc.text_height - 1 - height) / rows, size * 1.3), 0.0), True
    return LONG_FALLBACK, 0.0, False
