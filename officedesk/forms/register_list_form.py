"""The printed 信访接待登记台账: chosen columns of many visits on A4 landscape, header row on every page.

Speed (PLATFORM.md: 1,000 rows in about 1.4 s): styles are built once, a cell that fits on one line is
a plain string (drawn directly by the table, no Paragraph to lay out), and only longer text becomes a
wrapping Paragraph; table commands are per column, never per cell.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence, Sized
from datetime import date, datetime
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from officedesk.domain.identity import mask_id_number, mask_phone
from officedesk.domain.visit_columns import CellValue, VisitColumn
from officedesk.domain.visits import Visit
from officedesk.forms.fonts import FontSet, register_fonts
from officedesk.forms.page import HANG, SIZE_2, SIZE_5, SIZE_SMALL_4, FormDocument, plain_paragraph

CELL_SIZE = 9.0  # 小五: a ledger row is dense; 五号 (10.5) for the headings
CELL_LEADING = CELL_SIZE * 1.3
_PAD = 2.5  # cell padding, points
_HEADER_FILL = colors.Color(0.9, 0.9, 0.9)
# Personal columns and how each is masked on paper (DESIGN.md: masked wherever it leaves the screen).
_MASKS: dict[str, Callable[[str], str]] = {"phone": mask_phone, "id_number": mask_id_number}
ProgressFn = Callable[[int, int], None]


class _Styles:
    """Paragraph styles for the whole list, built once (never per cell)."""

    def __init__(self, fonts: FontSet) -> None:
        self.font = fonts.song
        self.title = ParagraphStyle(
            "title", fontName=fonts.hei, fontSize=SIZE_2, leading=SIZE_2 * 1.3, alignment=TA_CENTER
        )
        self.subtitle = ParagraphStyle(
            "subtitle", fontName=fonts.song, fontSize=SIZE_SMALL_4, leading=SIZE_SMALL_4 * 1.4, alignment=TA_CENTER
        )
        self.heading = ParagraphStyle(
            "heading", fontName=fonts.hei, fontSize=SIZE_5, leading=SIZE_5 * 1.25, alignment=TA_CENTER
        )
        # wordWrap="CJK": Chinese line breaking (page.CANNOT_START_LINE), with room for hung punctuation.
        self.cell = ParagraphStyle(
            "cell",
            fontName=fonts.song,
            fontSize=CELL_SIZE,
            leading=CELL_LEADING,
            wordWrap="CJK",
            rightIndent=HANG * CELL_SIZE,
        )
        self.cell_centre = ParagraphStyle("cell_centre", parent=self.cell, alignment=TA_CENTER)


def cell_text(column: VisitColumn, visit: Visit, *, masked: bool = True) -> str:
    """The printed text of one cell: dates YYYY-MM-DD, times to the minute, blanks for missing values."""
    value: CellValue = column.get(visit)
    if value is None:
        return ""
    if isinstance(value, datetime):  # before date: a datetime is also a date
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if masked and column.personal:
        # A personal column without its own mask rule gets the ID rule, which hides the middle of anything.
        text = _MASKS.get(column.key, mask_id_number)(text)
    return text


def _centred(column: VisitColumn) -> bool:
    return column.kind != "text" or column.key == "state"


class _CellMaker:
    """Turns a cell's text into what the table draws, measuring once against the column's inner width."""

    def __init__(self, styles: _Styles, columns: Sequence[VisitColumn], widths: Sequence[float]) -> None:
        self.font = styles.font
        self.inner = [w - 2 * _PAD for w in widths]
        self.styles = [styles.cell_centre if _centred(c) else styles.cell for c in columns]

    def __call__(self, index: int, text: str) -> str | Paragraph:
        if "\n" not in text and stringWidth(text, self.font, CELL_SIZE) <= self.inner[index]:
            return text
        return plain_paragraph(text, self.styles[index])  # escaped: "<b>" or "&" prints literally


def _widths(columns: Sequence[VisitColumn], text_width: float, heading_font: str) -> list[float]:
    """Widths proportional to `VisitColumn.width`, but wide enough for a heading of up to four characters
    on one line ("信访形式", not "信访形/式"); the others give up the difference in proportion."""
    floors = [stringWidth(c.heading[:4], heading_font, SIZE_5) + 2 * _PAD + 1 for c in columns]
    base = [max(c.width, 1) for c in columns]
    if sum(floors) >= text_width:  # too many columns to honour the floors: plain proportions
        return [text_width * b / sum(base) for b in base]
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(columns)) if i not in fixed]
        room = text_width - sum(fixed.values())
        share = room / sum(base[i] for i in free)
        widths = [fixed.get(i, base[i] * share) for i in range(len(columns))]
        short = [i for i in free if widths[i] < floors[i]]
        if not short or len(short) == len(free):
            return widths
        fixed.update((i, floors[i]) for i in short)


def _table_style(columns: Sequence[VisitColumn], font: str, empty: bool) -> TableStyle:
    commands: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), _HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        # Plain-string cells use the Paragraph leading so both kinds sit on the same baseline.
        # Every cell names the CJK font, or the table would select Helvetica, which no PDF embeds.
        ("FONT", (0, 0), (-1, -1), font, CELL_SIZE, CELL_LEADING),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 0), (-1, -1), _PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _PAD + 1),
    ]
    commands += [("ALIGN", (i, 1), (i, -1), "CENTER") for i, c in enumerate(columns) if _centred(c)]
    if empty:
        commands += [("SPAN", (0, 1), (-1, 1)), ("ALIGN", (0, 1), (-1, 1), "CENTER")]
    return TableStyle(commands)


def write_register_list(
    out: BinaryIO,
    visits: Iterable[Visit],
    columns: Sequence[VisitColumn],
    *,
    title: str,
    subtitle: str = "",
    masked: bool = True,
    progress: ProgressFn | None = None,
    total: int | None = None,
) -> int:
    """Write the register list as a PDF to `out` and return the number of pages written.

    `progress(done, total)` is called with (0, total) first and then as each page is laid out; `total`
    names the row count for that first call when `visits` is a generator (a sized collection is counted).
    The `state` column prints `visit.status` as given: the caller puts the display state (临期, 超期 …) there.
    """
    if not columns:
        raise ValueError("a register list needs at least one column")
    if total is None and isinstance(visits, Sized):
        total = len(visits)
    fonts = register_fonts()
    styles = _Styles(fonts)
    doc = FormDocument(out, title=title, fonts=fonts, landscape_page=True, subject="信访接待登记台账")
    widths = _widths(columns, doc.text_width, fonts.hei)
    make = _CellMaker(styles, columns, widths)
    data: list[list[Any]] = [[Paragraph(escape(c.heading), styles.heading) for c in columns]]
    if progress is not None:
        progress(0, total or 0)
    # Reading the rows is about a tenth of the work (1,000 rows: 0.08 of 0.7 s); progress is reported as
    # the pages are laid out.
    data += [[make(i, cell_text(c, visit, masked=masked)) for i, c in enumerate(columns)] for visit in visits]
    rows = len(data) - 1
    if not rows:
        data.append(["（无记录）"] + [""] * (len(columns) - 1))
    # repeatRows=1: the heading row is printed again on every page, as the Excel ledgers print titles.
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(_table_style(columns, styles.font, empty=not rows))
    story: list[Flowable] = [Paragraph(escape(title), styles.title)]
    if subtitle:
        story.append(Paragraph(escape(subtitle), styles.subtitle))
    story += [Spacer(0, 3 * mm), table]
    if progress is not None:
        _report_pages(doc, progress, rows)
    pages = doc.build_story(story)
    if progress is not None:
        progress(rows, rows)
    return pages


def _report_pages(doc: FormDocument, progress: ProgressFn, rows: int) -> None:
    """Report rows laid out so far each time a page's part of the table is drawn."""
    done = 0

    def drawn(flowable: Flowable) -> None:
        nonlocal done
        if isinstance(flowable, Table):
            # Each page's part of the split table holds its data rows plus the repeated header row;
            # `_nrows` is reportlab's row count (no public accessor in reportlab 4–5).
            done = min(rows, done + int(getattr(flowable, "_nrows", 1)) - 1)
            progress(done, rows)

    doc.flowable_drawn = drawn
