"""A printed list on A4 landscape: one row per record, the header row on every page. Shared by the
register list (信访接待登记台账) and the hidden-risk ledger (隐患台账).

Speed (PLATFORM.md: 1,000 rows in about 1.4 s): styles are built once, a cell that fits on one line is
a plain string (drawn directly by the table, no Paragraph to lay out), and only longer text becomes a
wrapping Paragraph; table commands are per column, never per cell.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from officedesk.domain.identity import mask_id_number, mask_phone
from officedesk.domain.visit_columns import CellValue
from officedesk.forms.fonts import FontSet
from officedesk.forms.page import HANG, SIZE_2, SIZE_5, SIZE_SMALL_4, FormDocument, plain_paragraph

CELL_SIZE = 9.0  # 小五: a list row is dense; 五号 (10.5) for the headings
# A list of DENSE_FROM columns or more is set a size smaller: at 9 pt the register's 14 export columns
# would need two-line headings, the hazard ledger's 17 set its unit names one character a line.
DENSE_FROM = 13
DENSE_CELL_SIZE = 8.0
DENSE_HEADING_SIZE = 9.0  # 小五
CELL_PAD = 2.5  # cell padding, points
_HEADER_FILL = colors.Color(0.9, 0.9, 0.9)
EMPTY_LIST = "（无记录）"
ProgressFn = Callable[[int, int], None]


class ListColumn(Protocol):
    """What a printed column needs (VisitColumn fits; the ledger passes a PrintColumn per kind)."""

    @property
    def key(self) -> str: ...

    @property
    def heading(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def width(self) -> int: ...

    @property
    def personal(self) -> bool: ...


@dataclass(frozen=True)
class PrintColumn:
    key: str
    heading: str
    kind: str
    width: int
    personal: bool = False


class ListStyles:
    """Paragraph styles for the whole list, built once (never per cell); `dense` for a wide list, `size` for a
    posted table (the duty table) whose cells and headings share one size chosen to fill the page."""

    def __init__(self, fonts: FontSet, *, dense: bool = False, size: float | None = None) -> None:
        self.font = fonts.song
        self.size = size or (DENSE_CELL_SIZE if dense else CELL_SIZE)
        self.leading = self.size * 1.3
        heading_size = size or (DENSE_HEADING_SIZE if dense else SIZE_5)
        self.title = ParagraphStyle(
            "title", fontName=fonts.hei, fontSize=SIZE_2, leading=SIZE_2 * 1.3, alignment=TA_CENTER
        )
        self.subtitle = ParagraphStyle(
            "subtitle", fontName=fonts.song, fontSize=SIZE_SMALL_4, leading=SIZE_SMALL_4 * 1.4, alignment=TA_CENTER
        )
        self.heading = ParagraphStyle(
            "heading", fontName=fonts.hei, fontSize=heading_size, leading=heading_size * 1.25, alignment=TA_CENTER
        )
        # wordWrap="CJK": Chinese line breaking (page.CANNOT_START_LINE), with room for hung punctuation.
        self.cell = ParagraphStyle(
            "cell",
            fontName=fonts.song,
            fontSize=self.size,
            leading=self.leading,
            wordWrap="CJK",
            rightIndent=HANG * self.size,
        )
        self.cell_centre = ParagraphStyle("cell_centre", parent=self.cell, alignment=TA_CENTER)


def printed_text(column: ListColumn, value: CellValue, *, masked: bool = True) -> str:
    """The printed text of one cell: dates YYYY-MM-DD, times to the minute, blanks for missing values."""
    if value is None:
        return ""
    if isinstance(value, datetime):  # before date: a datetime is also a date
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if masked and column.personal:
        # Phones keep their area code or carrier prefix; anything else personal gets the ID rule, which
        # hides the middle of any text (DESIGN.md: masked wherever it leaves the screen).
        is_phone = column.key == "phone" or column.key.endswith("_phone")
        text = (mask_phone if is_phone else mask_id_number)(text)
    return text


def _centred(column: ListColumn) -> bool:
    return column.kind != "text" or column.key == "state"


class CellMaker:
    """Turns a cell's text into what the table draws, measuring once against the column's inner width."""

    def __init__(self, styles: ListStyles, columns: Sequence[ListColumn], widths: Sequence[float]) -> None:
        self.font = styles.font
        self.size = styles.size
        self.inner = [w - 2 * CELL_PAD for w in widths]
        self.styles = [styles.cell_centre if _centred(c) else styles.cell for c in columns]

    def __call__(self, index: int, text: str) -> str | Paragraph:
        if "\n" not in text and stringWidth(text, self.font, self.size) <= self.inner[index]:
            return text
        return plain_paragraph(text, self.styles[index])  # escaped: "<b>" or "&" prints literally


# The widest value a date or time column prints: such a column never breaks a date across two lines.
_WIDEST_VALUE = {"date": "2026-12-31", "datetime": "2026-12-31 23:59"}
# The state column's usual labels (超期, 整改中, 待验收 …) stay on one line too.
_STATE_SAMPLE = "整改中"
# Where a long heading breaks best: before a bracketed note, after a joining word (整改资金 / （万元）).
_BREAK_BEFORE = "（("
_BREAK_AFTER = "及和与、/"
# Floors may take from a column at most 30 % of its proportional width. Measured on the default layouts,
# least-served column: with four-character floors the dispute ledger keeps 77 %, the register's 14 export
# columns (dense) 79 %; the hazard ledger (17, dense) cannot fit four and keeps 74 % with three — two
# would set 张建国 and 城关镇 one character a line.
_KEEP_SHARE = 0.7


def column_widths(columns: Sequence[ListColumn], text_width: float, styles: ListStyles) -> list[float]:
    """Widths proportional to each column's `width`, but wide enough for a heading of up to four characters
    on one line ("信访形式", not "信访形/式"), for a whole date and for a state such as 整改中; the others give up
    the difference in proportion. A wide list (the 17 columns of the hazard ledger) settles for three or
    two heading characters a line, so the floors neither crush its sentence columns nor set the short
    headings one character a line."""
    heading = styles.heading
    values = [stringWidth(_widest_value(c), styles.font, styles.size) for c in columns]
    base = [max(c.width, 1) for c in columns]
    plain = [text_width * b / sum(base) for b in base]
    for characters in (4, 3, 2):
        floors = [
            max(stringWidth(c.heading[:characters], heading.fontName, heading.fontSize), value) + 2 * CELL_PAD + 1
            for c, value in zip(columns, values, strict=True)
        ]
        if sum(floors) >= text_width:
            continue
        widths = _proportional(base, floors, text_width)
        if characters == 2 or min(w / p for w, p in zip(widths, plain, strict=True)) >= _KEEP_SHARE:
            return widths
    return plain  # too many columns to honour any floor


def _widest_value(column: ListColumn) -> str:
    return _STATE_SAMPLE if column.key == "state" else _WIDEST_VALUE.get(column.kind, "")


def _proportional(base: list[int], floors: list[float], text_width: float) -> list[float]:
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(base)) if i not in fixed]
        room = text_width - sum(fixed.values())
        share = room / sum(base[i] for i in free)
        widths = [fixed.get(i, base[i] * share) for i in range(len(base))]
        short = [i for i in free if widths[i] < floors[i]]
        if not short or len(short) == len(free):
            return widths
        fixed.update((i, floors[i]) for i in short)


def _table_style(columns: Sequence[ListColumn], styles: ListStyles, empty: bool) -> TableStyle:
    commands: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), _HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        # Plain-string cells use the Paragraph leading so both kinds sit on the same baseline.
        # Every cell names the CJK font, or the table would select Helvetica, which no PDF embeds.
        ("FONT", (0, 0), (-1, -1), styles.font, styles.size, styles.leading),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD + 1),
    ]
    commands += [("ALIGN", (i, 1), (i, -1), "CENTER") for i, c in enumerate(columns) if _centred(c)]
    if empty:
        commands += [("SPAN", (0, 1), (-1, 1)), ("ALIGN", (0, 1), (-1, 1), "CENTER")]
    return TableStyle(commands)


def list_table(
    columns: Sequence[ListColumn],
    texts: Iterable[Sequence[str]],
    styles: ListStyles,
    text_width: float,
    widths: Sequence[float] | None = None,
) -> tuple[Table, int]:
    """The table of `texts` (one sequence of cell texts per row) under its header, and its row count.

    The columns share `text_width` (column_widths) unless `widths` are given. repeatRows=1: the heading
    row is printed again on every page, as the Excel ledgers print titles.
    """
    widths = list(widths) if widths is not None else column_widths(columns, text_width, styles)
    make = CellMaker(styles, columns, widths)
    headings = [
        heading_markup(c.heading, styles.heading, w - 2 * CELL_PAD) for c, w in zip(columns, widths, strict=True)
    ]
    data: list[list[Any]] = [[Paragraph(markup, styles.heading) for markup in headings]]
    data += [[make(i, text) for i, text in enumerate(row)] for row in texts]
    rows = len(data) - 1
    if not rows:
        data.append([EMPTY_LIST] + [""] * (len(columns) - 1))
    table = Table(data, colWidths=list(widths), repeatRows=1)
    table.setStyle(_table_style(columns, styles, empty=not rows))
    return table, rows


def heading_markup(heading: str, style: ParagraphStyle, width: float) -> str:
    """A heading too long for one line, broken into two even lines at a natural point ("事项名称及<br/>简要情况",
    not "事项名称及简要情<br/>况"); reportlab's CJK wrap would fill the first line and orphan the rest."""
    size = style.fontSize
    if stringWidth(heading, style.fontName, size) <= width or len(heading) < 4:
        return escape(heading)
    cuts = [i for i in range(1, len(heading)) if heading[i] in _BREAK_BEFORE or heading[i - 1] in _BREAK_AFTER]
    fitting = [
        i
        for i in [*cuts, (len(heading) + 1) // 2]
        if max(stringWidth(part, style.fontName, size) for part in (heading[:i], heading[i:])) <= width
    ]
    if not fitting:
        return escape(heading)  # three lines or more: the wrap decides
    best = min(fitting, key=lambda i: (abs(len(heading) - 2 * i), i not in cuts))
    return f"{escape(heading[:best])}<br/>{escape(heading[best:])}"


def list_section(title: str, subtitle: str, table: Table, styles: ListStyles) -> list[Flowable]:
    """A printed list: its title, its subtitle (if any), and its table."""
    story: list[Flowable] = [Paragraph(escape(title), styles.title)]
    if subtitle:
        story.append(Paragraph(escape(subtitle), styles.subtitle))
    return [*story, Spacer(0, 3 * mm), table]


def build_list(doc: FormDocument, story: list[Flowable], progress: ProgressFn | None, rows: int) -> int:
    """Lay out `story` and return its pages; `progress` hears the `rows` drawn page by page, then (rows, rows)."""
    if progress is not None:
        report_pages(doc, progress, rows)
    pages = doc.build_story(story)
    if progress is not None:
        progress(rows, rows)
    return pages


def report_pages(doc: FormDocument, progress: ProgressFn, rows: int) -> None:
    """Report rows laid out so far each time a page's part of a table is drawn (across every table)."""
    done = 0

    def drawn(flowable: Flowable) -> None:
        nonlocal done
        if isinstance(flowable, Table):
            # Each page's part of the split table holds its data rows plus the repeated header row;
            # `_nrows` is reportlab's row count (no public accessor in reportlab 4–5).
            done = min(rows, done + int(getattr(flowable, "_nrows", 1)) - 1)
            progress(done, rows)

    doc.flowable_drawn = drawn
