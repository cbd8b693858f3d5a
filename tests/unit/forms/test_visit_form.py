"""The 来访登记表 PDF, read back with pypdf and pdftotext."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from officedesk.domain.visits import Visit, VisitNote, VisitState
from officedesk.forms.visit_form import write_visit_form

DEADLINES = [("§23 15日", "受理告知期限", date(2026, 3, 16)), ("§34 60日", "办结期限", date(2026, 4, 30))]
OFFICE = "××县人力资源和社会保障局"
PAGE_NUMBER = re.compile(r"—\s*\d+\s*—")


def _write(path: Path, visit: Visit, notes: Sequence[VisitNote] = (), **kw: object) -> Path:
    with path.open("wb") as out:
        write_visit_form(out, visit, notes, OFFICE, deadlines=DEADLINES, **kw)  # type: ignore[arg-type]
    return path


def _flat(pages: list[str]) -> str:
    # pdftotext -layout pads the grid with spaces and wraps long cells: compare without white space.
    return "".join("".join(pages).split())


def test_a_normal_visit_prints_on_one_page_with_its_content(
    tmp_path: Path, visit: Visit, notes: list[VisitNote], page_texts: Callable[[Path], list[str]]
) -> None:
    pages = page_texts(_write(tmp_path / "form.pdf", visit, notes))

    assert len(pages) == 1
    text = _flat(pages)
    assert f"{OFFICE}来访登记表" in text
    for expected in ("XF-2026-0001", "2026年3月1日9:05", "张建国", "城关镇幸福路18号", "劳动社保/欠薪", "交办"):
        assert expected in text
    assert "要求建筑公司支付拖欠的2025年度工资共计38600元。" in text
    assert "6人（集体访）" in text  # 6 ≥ 5 people
    assert "办结期限（§3460日）：2026年4月30日" in text
    assert "受理告知期限（§2315日）：2026年3月16日" in text
    assert "满意度：满意" in text and "×劳信复〔2026〕3号" in text
    assert "接待人签字" in text and "—1—" in text
    assert "None" not in text


def test_notes_print_dated_and_in_date_order(
    tmp_path: Path, visit: Visit, notes: list[VisitNote], page_texts: Callable[[Path], list[str]]
) -> None:
    text = _flat(page_texts(_write(tmp_path / "form.pdf", visit, notes)))

    first = text.index("2026年3月5日监察大队约谈公司负责人")
    assert text.index("2026年3月15日公司已支付工资30000元") > first


def test_personal_numbers_are_masked_by_default(
    tmp_path: Path, visit: Visit, page_texts: Callable[[Path], list[str]]
) -> None:
    text = _flat(page_texts(_write(tmp_path / "form.pdf", visit)))

    assert "110105********002X" in text
    assert "11010519491231002X" not in text
    assert "138****5678" in text
    assert "13812345678" not in text


def test_unmasked_prints_the_full_numbers(
    tmp_path: Path, visit: Visit, page_texts: Callable[[Path], list[str]]
) -> None:
    text = _flat(page_texts(_write(tmp_path / "form.pdf", visit, masked=False)))

    assert "11010519491231002X" in text
    assert "13812345678" in text


def test_empty_fields_print_as_blank_cells(
    tmp_path: Path, make_visit: Callable[..., Visit], page_texts: Callable[[Path], list[str]]
) -> None:
    bare = Visit(channel="来电", received_at=make_visit().received_at, petitioner="匿名", requests="咨询政策")

    pages = page_texts(_write(tmp_path / "bare.pdf", bare))

    assert len(pages) == 1
    text = _flat(pages)
    assert "匿名" in text and "咨询政策" in text and "1人" in text
    assert "集体访" not in text
    assert "None" not in text


def test_markup_in_a_value_prints_literally(
    tmp_path: Path, make_visit: Callable[..., Visit], page_texts: Callable[[Path], list[str]]
) -> None:
    odd = make_visit(remarks="=cmd|' /C calc'!A0 <b>粗体</b> & 其他", petitioner="<i>王</i>")

    text = _flat(page_texts(_write(tmp_path / "odd.pdf", odd)))

    assert "=cmd|'/Ccalc'!A0<b>粗体</b>&其他" in text
    assert "<i>王</i>" in text


def test_a_void_visit_says_so(
    tmp_path: Path, make_visit: Callable[..., Visit], page_texts: Callable[[Path], list[str]]
) -> None:
    void = make_visit(status=VisitState.VOID, void_reason="重复登记", extension_days=30, extension_approver="王局长")

    text = _flat(page_texts(_write(tmp_path / "void.pdf", void)))

    assert "已作废：重复登记" in text
    assert "延期30日，王局长批准" in text


def test_long_text_flows_onto_further_pages_without_loss(
    tmp_path: Path, make_visit: Callable[..., Visit], page_texts: Callable[[Path], list[str]]
) -> None:
    facts = "".join(f"第{i}段：信访人反映情况如下，具体经过较长，需要逐项核实。" for i in range(1, 121))
    long_visit = make_visit(facts=facts)

    pages = page_texts(_write(tmp_path / "long.pdf", long_visit))

    assert len(pages) >= 3
    body = "".join(PAGE_NUMBER.sub("", page) for page in pages)
    assert facts in "".join(body.split())  # every piece, in order, nothing lost at the page breaks
    assert "接待人签字" in _flat(pages[-1:])
    assert f"—{len(pages)}—" in _flat(pages[-1:])
    # Chinese line breaking: no line starts with a comma or full stop.
    lines = [line.strip() for page in pages for line in page.splitlines()]
    assert not [line for line in lines if line.startswith(("，", "。"))]


def test_fonts_are_embedded_truetype(
    tmp_path: Path, visit: Visit, page_fonts: Callable[[Path], list[dict[str, Any]]]
) -> None:
    fonts = page_fonts(_write(tmp_path / "form.pdf", visit))

    assert fonts
    for font in fonts:
        # Every font, the title's 黑体 role included, carries its TrueType outlines (/FontFile2);
        # no Helvetica or STSong-Light reference that a PC without them would print as boxes.
        assert font["/Subtype"] == "/TrueType"
        assert "/FontFile2" in font["/FontDescriptor"]


def test_two_renders_are_byte_identical(tmp_path: Path, visit: Visit, notes: list[VisitNote]) -> None:
    first = _write(tmp_path / "a.pdf", visit, notes).read_bytes()
    second = _write(tmp_path / "b.pdf", visit, notes).read_bytes()

    assert first == second
    meta = PdfReader(tmp_path / "a.pdf").metadata
    assert meta is not None and meta.title == f"{OFFICE}来访登记表 XF-2026-0001"


def _full_width_rules(path: Path, page: int) -> list[int]:
    """Pixel rows (72 dpi) of horizontal rules spanning the table's width on `page`, one per rule."""
    subprocess.run(
        ["pdftoppm", "-gray", "-r", "72", "-f", str(page), "-l", str(page), "-singlefile", str(path), str(path)],
        check=True,
    )
    data = path.with_name(path.name + ".pgm").read_bytes()
    magic, width, height, _, pixels = data.split(maxsplit=4)
    assert magic == b"P5"
    w, h = int(width), int(height)
    # The table spans the 版心: 28 mm to 182 mm from the left edge (1 mm = 72 / 25.4 px).
    left, right = round(29 * 72 / 25.4), round(181 * 72 / 25.4)
    dark = [all(pixels[y * w + x] < 128 for x in range(left, right, 3)) for y in range(h)]
    return [y for y in range(h) if dark[y] and not (y and dark[y - 1])]


def test_a_form_running_over_pages_is_boxed_on_every_page(tmp_path: Path, make_visit: Callable[..., Visit]) -> None:
    # 主要事实 alone fills page 2, so its only full-width rules are the box's top and bottom.
    path = _write(tmp_path / "long.pdf", make_visit(facts="信访人反映情况如下，具体经过较长，需要逐项核实。" * 400))

    assert len(PdfReader(path).pages) >= 3
    rules = _full_width_rules(path, 2)
    assert len(rules) == 2
    assert rules[0] == pytest.approx(37 * 72 / 25.4, abs=2)  # the top of the 版心 (天头 37 mm)
