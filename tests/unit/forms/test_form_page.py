"""GB/T 9704-2012 page geometry, page numbers and the deterministic document template."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph

from officedesk.forms.fonts import register_fonts
from officedesk.forms.page import (
    LANDSCAPE_MARGINS,
    PORTRAIT_MARGINS,
    FormDocument,
    chinese_date,
    page_number_text,
)


@pytest.mark.parametrize(
    ("day", "text"),
    [(date(2026, 8, 1), "2026年8月1日"), (date(2026, 12, 31), "2026年12月31日"), (date(2027, 1, 9), "2027年1月9日")],
)
def test_dates_on_paper_have_no_leading_zeros(day: date, text: str) -> None:
    assert chinese_date(day) == text


def test_page_number_sits_between_two_em_dashes() -> None:
    assert page_number_text(1) == "\u2014 1 \u2014"
    assert page_number_text(12) == "— 12 —"


def test_portrait_text_block_is_156_by_225_mm() -> None:
    doc = FormDocument(io.BytesIO(), title="t", fonts=register_fonts())

    assert (PORTRAIT_MARGINS.top, PORTRAIT_MARGINS.left) == (37 * mm, 28 * mm)  # 天头, 订口
    assert doc.text_width == pytest.approx(156 * mm)
    assert doc.text_height == pytest.approx(225 * mm)


def test_landscape_text_block_is_the_portrait_one_turned() -> None:
    doc = FormDocument(io.BytesIO(), title="t", fonts=register_fonts(), landscape_page=True)

    assert LANDSCAPE_MARGINS.top == 28 * mm  # the 订口 edge carries the table's head (§8)
    assert doc.text_width == pytest.approx(225 * mm)
    assert doc.text_height == pytest.approx(156 * mm)


def _three_pages(path: Path, title: str = "测试文件") -> int:
    fonts = register_fonts()
    style = ParagraphStyle("body", fontName=fonts.fang, fontSize=16, leading=28)
    with path.open("wb") as out:
        doc = FormDocument(out, title=title, fonts=fonts, author="××县××局")
        return doc.build_story(
            [
                Paragraph("第一页正文", style),
                PageBreak(),
                Paragraph("第二页", style),
                PageBreak(),
                Paragraph("第三页", style),
            ]
        )


def _number_positions(path: Path) -> list[tuple[str, float, float]]:
    """(page number text, x, y) of each page's number, read back from the content stream."""
    found: list[tuple[str, float, float]] = []
    for page in PdfReader(path).pages:

        def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
            if "—" in text:
                found.append((text.strip(), float(tm[4]), float(tm[5])))

        page.extract_text(visitor_text=visit)
    return found


def test_page_numbers_alternate_right_and_left_below_the_text_block(tmp_path: Path) -> None:
    path = tmp_path / "three.pdf"

    pages = _three_pages(path)

    assert pages == 3 == len(PdfReader(path).pages)
    numbers = _number_positions(path)
    assert [n[0] for n in numbers] == ["— 1 —", "— 2 —", "— 3 —"]
    width = 210 * mm
    # §7.5: odd pages right, even pages left, one character (14 pt) in from the 版心.
    assert numbers[0][1] > width / 2 and numbers[2][1] > width / 2
    assert numbers[1][1] == pytest.approx(28 * mm + 14)
    # Below the 版心 (which ends 35 mm above the paper's edge), about 7 mm down.
    for _, _, y in numbers:
        assert 35 * mm - 10 * mm < y < 35 * mm - 7 * mm


def test_output_is_byte_identical_and_carries_its_title(tmp_path: Path) -> None:
    _three_pages(tmp_path / "a.pdf")
    _three_pages(tmp_path / "b.pdf")

    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    meta = PdfReader(tmp_path / "a.pdf").metadata
    assert meta is not None
    assert meta.title == "测试文件"
    assert meta.author == "××县××局"
