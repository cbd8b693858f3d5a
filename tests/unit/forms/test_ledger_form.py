"""The printed 隐患台账 (A4 landscape, one section per kind), read back with pypdf and pdftotext."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle

from officedesk.domain.risk_columns import LedgerLine, default_keys, risk_columns
from officedesk.domain.risks import Risk, RiskKind
from officedesk.forms.fonts import register_fonts
from officedesk.forms.ledger_form import write_ledger_pdf
from officedesk.forms.list_table import heading_markup

PageTexts = Callable[[Path], list[str]]
OFFICE = "××县××镇"
DESCRIPTIONS = (
    "业主与物业因停车收费标准产生纠纷，涉及业主约120户，多次到镇政府反映，要求依法处理。",
    "建筑工地拖欠农民工工资，涉及务工人员35人，金额约86万元。",
    "农贸市场消防通道被占用，灭火器过期。",
)


def _lines(kind: str, n: int) -> list[LedgerLine]:
    hazard = RiskKind.is_hazard(kind)
    return [
        LedgerLine(
            Risk(
                kind=kind,
                found_on=date(2026, 1, 1) + timedelta(days=i % 150),
                description=DESCRIPTIONS[i % 3] + f"（{kind}{i + 1}）",
                checked_unit="城关镇",
                responsible_unit="城关镇人民政府",
                category="消防" if hazard else "物业纠纷",
                level="一般" if hazard else "高",
                responsible_person="张建国",
                responsible_phone="13812345678",
                measures="组织双方协商，依法依规处理",
                due_date=date(2026, 9, 30),
            ),
            progress="已召开协调会两次",
            state="整改中" if hazard else "化解中",
            number=i + 1,
        )
        for i in range(n)
    ]


def _write(path: Path, lines: dict[str, list[LedgerLine]], **kw: Any) -> int:
    with path.open("wb") as out:
        return write_ledger_pdf(
            out, lines, kw.pop("columns", {}), title=f"{OFFICE}隐患台账", subtitle="截至 2026年6月1日",
            office_name=OFFICE, **kw,
        )  # fmt: skip


def _flat(text: str) -> str:
    return "".join(text.split())


def test_each_kind_is_a_section_with_its_title_and_its_header_on_every_page(
    tmp_path: Path, page_texts: PageTexts
) -> None:
    path = tmp_path / "台账.pdf"
    lines = {RiskKind.HAZARD: _lines(RiskKind.HAZARD, 80), RiskKind.DISPUTE: _lines(RiskKind.DISPUTE, 120)}

    written = _write(path, lines)

    pages = [_flat(p) for p in page_texts(path)]
    # pypdf reads in drawing order, so a heading set on two lines ("事项名称及/简要情况") reads whole.
    drawn = [_flat(page.extract_text()) for page in PdfReader(path).pages]
    assert written == len(pages) == len(drawn) > 2
    assert "××县××镇矛盾纠纷排查化解台账" in pages[0] and "截至2026年6月1日" in pages[0]
    hazard_start = next(i for i, p in enumerate(pages) if "安全生产隐患排查整改台账" in p)
    # A new kind starts a new page: no dispute line shares a page with the hazard section.
    assert all("矛盾纠纷" not in p for p in pages[hazard_start:])
    assert all(f"{RiskKind.HAZARD}" not in p for p in pages[:hazard_start])
    for number, (page, in_order) in enumerate(zip(pages, drawn, strict=True), start=1):
        kind = RiskKind.HAZARD if number > hazard_start else RiskKind.DISPUTE
        for column in risk_columns(default_keys(kind)):
            assert column.heading_for(kind) in in_order, (number, column.key)
        assert f"—{number}—" in page
    every = "".join(pages)
    assert "矛盾纠纷120）" in every and "安全隐患80）" in every


def test_dates_print_whole_and_cells_as_given(tmp_path: Path, page_texts: PageTexts) -> None:
    _write(tmp_path / "台账.pdf", {RiskKind.HAZARD: _lines(RiskKind.HAZARD, 3)})

    text = "".join(page_texts(tmp_path / "台账.pdf"))
    assert "2026-01-01" in text and "2026-09-30" in text  # never broken over two lines
    assert "整改中" in text
    assert "None" not in text


def test_the_page_is_a4_landscape_with_fonts_embedded(
    tmp_path: Path, page_fonts: Callable[[Path], list[dict[str, Any]]]
) -> None:
    _write(tmp_path / "台账.pdf", {RiskKind.DISPUTE: _lines(RiskKind.DISPUTE, 3)})

    reader = PdfReader(tmp_path / "台账.pdf")
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    assert reader.metadata is not None and reader.metadata.title == f"{OFFICE}隐患台账"
    fonts = page_fonts(tmp_path / "台账.pdf")
    assert fonts and all("/FontFile2" in font["/FontDescriptor"] for font in fonts)


def test_phones_are_masked_unless_asked(tmp_path: Path, page_texts: PageTexts) -> None:
    columns = {RiskKind.DISPUTE: risk_columns(["number", "responsible_person", "responsible_phone"])}
    lines = {RiskKind.DISPUTE: _lines(RiskKind.DISPUTE, 2)}
    _write(tmp_path / "masked.pdf", lines, columns=columns)
    _write(tmp_path / "full.pdf", lines, columns=columns, masked=False)

    masked = "".join(page_texts(tmp_path / "masked.pdf"))
    assert "138****5678" in masked and "13812345678" not in masked
    assert "13812345678" in "".join(page_texts(tmp_path / "full.pdf"))


def test_an_empty_kind_prints_its_section_saying_so(tmp_path: Path, page_texts: PageTexts) -> None:
    assert _write(tmp_path / "台账.pdf", {RiskKind.PETITION: []}) == 1

    page = page_texts(tmp_path / "台账.pdf")[0]
    assert "信访隐患排查化解台账" in _flat(page) and "（无记录）" in page


def test_progress_runs_from_zero_to_every_line(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    lines = {RiskKind.DISPUTE: _lines(RiskKind.DISPUTE, 60), RiskKind.HAZARD: _lines(RiskKind.HAZARD, 40)}

    _write(tmp_path / "台账.pdf", lines, progress=lambda done, total: calls.append((done, total)))

    assert calls[0] == (0, 100) and calls[-1] == (100, 100)
    done = [c[0] for c in calls]
    assert done == sorted(done) and len(calls) > 4


def test_two_renders_are_byte_identical(tmp_path: Path) -> None:
    lines = {RiskKind.DISPUTE: _lines(RiskKind.DISPUTE, 30)}
    _write(tmp_path / "a.pdf", lines)
    _write(tmp_path / "b.pdf", lines)
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_kinds_must_be_known() -> None:
    with pytest.raises(ValueError, match="kinds"):
        write_ledger_pdf(io.BytesIO(), {"火灾": []}, {}, title="t")
    with pytest.raises(ValueError, match="kinds"):
        write_ledger_pdf(io.BytesIO(), {}, {}, title="t")


def test_long_headings_break_into_even_lines() -> None:
    fonts = register_fonts()
    style = ParagraphStyle("h", fontName=fonts.hei, fontSize=10.5)
    assert heading_markup("事项名称及简要情况", style, 60) == "事项名称及<br/>简要情况"
    assert heading_markup("整改资金（万元）", style, 50) == "整改资金<br/>（万元）"
    assert heading_markup("包案领导", style, 60) == "包案领导"  # fits on one line
    assert heading_markup("事项名称及简要情况", style, 15) == "事项名称及简要情况"  # three lines or more: wrapped
