"""GB/T 9704-2012 page geometry, page numbers, the document template every form builds on, and the
Chinese line-breaking fixes its paragraphs need.

Portrait (GB/T 9704-2012 §5.2.1): A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, so the bottom edge is
35 mm and the right edge 26 mm.

Landscape (GB/T 9704-2012 §8, A4 tables printed across): the standard turns the sheet so the table's
head lies on the 订口 side. Turning the portrait sheet a quarter turn clockwise carries 订口 28 mm to the
top, 天头 37 mm to the right, the 26 mm edge to the bottom and the 35 mm edge to the left, and keeps the
版心 at 225 × 156 mm — the same text block, turned. A ledger is read landscape and not bound into a
公文, so its page number is set as in §7.5 in the reading direction (below the table), not on the
table's left side as a bound-in table would have it (DOMAIN.md §3.4).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import textsplit as _textsplit
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph
from reportlab.platypus import paragraph as _paragraph

from officedesk.forms.fonts import FontSet

# Chinese type sizes in points (号数制).
SIZE_2 = 22.0  # 二号: titles (GB/T 9704-2012 §7.3.1: 2号小标宋)
SIZE_3 = 16.0  # 三号: body text
SIZE_4 = 14.0  # 四号: page numbers (§7.5)
SIZE_SMALL_4 = 12.0  # 小四
SIZE_5 = 10.5  # 五号: table text


@dataclass(frozen=True)
class Margins:
    """White edges in points; the frame between them is the 版心."""

    top: float
    bottom: float
    left: float
    right: float


PORTRAIT_MARGINS = Margins(top=37 * mm, bottom=35 * mm, left=28 * mm, right=26 * mm)
# The portrait edges turned a quarter turn clockwise (module docstring, GB/T 9704-2012 §8).
LANDSCAPE_MARGINS = Margins(top=28 * mm, bottom=26 * mm, left=35 * mm, right=37 * mm)
# §7.5: the page number's 一字线 sits 7 mm below the 版心, one character in from the edge of the 版心.
PAGE_NUMBER_GAP = 7 * mm


# Full-width punctuation that must not start a line (避头 in Chinese typesetting). reportlab's CJK
# wrapping (wordWrap="CJK") knows the Japanese set, which has 、。） but not ，；：？！, so a line could
# begin with "，". A listed character instead hangs at the end of the line above.
CANNOT_START_LINE = "，；：？！”’》〉」』】〕）、。"
# Room kept free at the right of wrapping text for such a hung mark, in ems: a full-width mark's ink
# lies in the left half of its em, so half an em keeps it off the table's ruled line.
HANG = 0.5


def _teach_chinese_line_breaking() -> None:
    # Both line breakers read a module-level string on every break (textsplit for one-style text,
    # paragraph for mixed fragments); extending them is idempotent.
    for module in (_textsplit, _paragraph):
        namespace = vars(module)
        current = str(namespace["ALL_CANNOT_START"])
        namespace["ALL_CANNOT_START"] = current + "".join(c for c in CANNOT_START_LINE if c not in current)


_teach_chinese_line_breaking()


def plain_paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """`text` as a Paragraph that prints literally: escaped, so "<b>" or "&" is not markup; lines kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _line_texts(paragraph: Paragraph, width: float) -> list[str]:
    """The text of each line as laid out in CJK mode: reportlab keeps a line as (space, [text]), or as a
    FragLine of fragments when entities such as "&amp;" split the text."""
    paragraph.wrap(width, 1e9)
    lines = paragraph.blPara.lines  # type: ignore[attr-defined]  # reportlab's layout, not in the stubs
    texts: list[str] = []
    for line in lines:
        words = line.words if hasattr(line, "words") else line[1]
        texts.append("".join(w if isinstance(w, str) else w.text for w in words))
    return texts


def text_pieces(text: str, style: ParagraphStyle, width: float, lines: int) -> list[Flowable]:
    """`text` as paragraphs of at most `lines` lines each, so a long text can break between table rows.

    reportlab's Paragraph.split re-wraps the remainder without the CJK rules (a piece could start a line
    with "，"), so the text is cut where the CJK layout broke its lines and each piece set on its own.
    """
    pieces: list[Flowable] = []
    for source in text.split("\n"):
        line = " ".join(source.split())  # the Paragraph collapses white space the same way
        paragraph = plain_paragraph(line, style)
        starts = _line_starts(line, _line_texts(paragraph, width))
        if starts is None or len(starts) <= lines:
            pieces.append(paragraph)
            continue
        cuts = [*starts[::lines], len(line)]
        pieces += [plain_paragraph(line[a:b].strip(), style) for a, b in itertools.pairwise(cuts)]
    return pieces


def _line_starts(line: str, texts: list[str]) -> list[int] | None:
    """Where each laid-out line starts in `line` (a space at a break is dropped); None if they disagree."""
    starts: list[int] = []
    pos = 0
    for text in texts:
        if line.startswith(" ", pos) and not text.startswith(" "):
            pos += 1
        if not line.startswith(text, pos):
            return None
        starts.append(pos)
        pos += len(text)
    return starts


def chinese_date(d: date) -> str:
    """成文日期 style, GB/T 9704-2012 §7.3.5: full year, no leading zeros — "2026年8月1日"."""
    return f"{d.year}年{d.month}月{d.day}日"


def page_number_text(number: int) -> str:
    """ "— 1 —": half-width Arabic numerals between two 一字线 (GB/T 9704-2012 §7.5)."""
    return f"\u2014 {number} \u2014"


def draw_page_number(canvas: Canvas, number: int, page_size: tuple[float, float], margins: Margins, font: str) -> None:
    """Odd pages right, even pages left, one character in from the 版心 edge (GB/T 9704-2012 §7.5)."""
    text = page_number_text(number)
    # The dash is drawn about a third of the em above the baseline; put that line 7 mm below the 版心.
    y = margins.bottom - PAGE_NUMBER_GAP - SIZE_4 * 0.33
    canvas.saveState()
    canvas.setFont(font, SIZE_4)
    if number % 2:
        canvas.drawRightString(page_size[0] - margins.right - SIZE_4, y, text)
    else:
        canvas.drawString(margins.left + SIZE_4, y, text)
    canvas.restoreState()


class FormDocument(BaseDocTemplate):
    """One frame on the 版心, page numbers on every page, and an optional hook after each drawn flowable."""

    def __init__(
        self,
        out: BinaryIO,
        *,
        title: str,
        fonts: FontSet,
        landscape_page: bool = False,
        author: str = "",
        subject: str = "",
    ) -> None:
        page_size = landscape(A4) if landscape_page else A4
        margins = LANDSCAPE_MARGINS if landscape_page else PORTRAIT_MARGINS
        # invariant=True: no timestamps or random ids, so two renders are byte-identical (STYLE.md §2.6).
        super().__init__(
            out,
            pagesize=page_size,
            leftMargin=margins.left,
            rightMargin=margins.right,
            topMargin=margins.top,
            bottomMargin=margins.bottom,
            title=title,
            author=author,
            subject=subject,
            creator="OfficeDesk 办公桌",
            invariant=True,
            # Without this every page names Helvetica, a font no PDF embeds; only the CJK font is used.
            initialFontName=fonts.song,
        )
        self.margins = margins
        self.fonts = fonts
        self.flowable_drawn: Callable[[Flowable], None] | None = None
        # Frame padding 0: the frame is exactly the 版心, not 6 pt inside it.
        frame = Frame(
            margins.left,
            margins.bottom,
            page_size[0] - margins.left - margins.right,
            page_size[1] - margins.top - margins.bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate, pagesize=page_size)])

    @property
    def text_width(self) -> float:
        return float(self.width)

    @property
    def text_height(self) -> float:
        return float(self.height)

    def _decorate(self, canvas: Canvas, doc: Any) -> None:
        draw_page_number(canvas, canvas.getPageNumber(), self.pagesize, self.margins, self.fonts.song)

    def afterFlowable(self, flowable: Flowable) -> None:
        if self.flowable_drawn is not None:
            self.flowable_drawn(flowable)

    def build_story(self, story: list[Flowable]) -> int:
        """Lay out and write the story; returns the number of pages written."""
        self.build(story)
        return int(self.page)
