"""The printed 信访接待登记台账 (A4 landscape), read back with pypdf and pdftotext."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from officedesk.domain.visit_columns import ALL_COLUMNS, DEFAULT_PRINT_KEYS, columns
from officedesk.domain.visits import Visit
from officedesk.forms.register_list_form import cell_text, write_register_list

TITLE = "××县××局信访接待登记台账"
PRINT_COLUMNS = columns(DEFAULT_PRINT_KEYS)
REQUESTS = (
    "要求支付拖欠工资",
    "反映小区周边夜间施工噪音扰民，要求相关部门依法查处并限定施工时间，恢复居民正常休息。",
    "要求解决征地补偿款发放问题，并公开补偿标准和分配方案。",
)


def _visits(make_visit: Callable[..., Visit], n: int) -> list[Visit]:
    start = datetime(2026, 1, 1, 8, 30)
    return [
        make_visit(
            reg_no=f"XF-2026-{i + 1:04d}",
            received_at=start + timedelta(hours=7 * i),
            requests=REQUESTS[i % 3],
            due_date=date(2026, 3, 1) + timedelta(days=i % 40),
            status=("办理中", "临期", "超期")[i % 3],
        )
        for i in range(n)
    ]


def _write(path: Path, visits: list[Visit] | Iterator[Visit], **kw: object) -> int:
    with path.open("wb") as out:
        return write_register_list(out, visits, PRINT_COLUMNS, title=TITLE, **kw)  # type: ignore[arg-type]


def _flat(text: str) -> str:
    return "".join(text.split())


def test_a_long_list_repeats_its_header_on_every_page(
    tmp_path: Path, make_visit: Callable[..., Visit], page_texts: Callable[[Path], list[str]]
) -> None:
    path = tmp_path / "list.pdf"

    pages_written = _write(path, _visits(make_visit, 120), subtitle="2026年1月1日至2026年3月31日　共 120 件")

    pages = page_texts(path)
    assert pages_written == len(pages) == len(PdfReader(path).pages)
    assert len(pages) > 1
    assert TITLE in pages[0] and "共 120 件" in pages[0]
    for number, page in enumerate(pages, start=1):
        flat = _flat(page)
        for column in PRINT_COLUMNS:
            assert column.heading in flat, (number, column.heading)
        assert f"—{number}—" in flat
    assert "— 2 —" in PdfReader(path).pages[1].extract_text()  # pdftotext drops the narrow spaces
    every = _flat("".join(pages))
    assert "XF-2026-0001" in every and "XF-2026-0120" in every


def test_the_page_is_a4_landscape(tmp_path: Path, make_visit: Callable[..., Visit]) -> None:
    _write(tmp_path / "list.pdf", _visits(make_visit, 3))

    box = PdfReader(tmp_path / "list.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)


def test_cells_show_dates_times_and_the_given_state(
    tmp_path: Path, make_visit: Callable[..., Visit], page_texts: Callable[[Path], list[str]]
) -> None:
    _write(tmp_path / "list.pdf", _visits(make_visit, 3))

    text = "".join(page_texts(tmp_path / "list.pdf"))
    assert "2026-01-01 08:30" in text  # 登记时间 to the minute
    assert "2026-03-01" in text  # 办结期限 as a date
    assert "临期" in text and "超期" in text  # the display state, as the caller set it
    assert "信访形式" in text  # a four-character heading stays on one line
    assert "None" not in text


def test_personal_columns_are_masked_unless_asked(
    tmp_path: Path, make_visit: Callable[..., Visit], page_texts: Callable[[Path], list[str]]
) -> None:
    visits = _visits(make_visit, 2)
    _write(tmp_path / "masked.pdf", visits)
    _write(tmp_path / "full.pdf", visits, masked=False)

    masked = "".join(page_texts(tmp_path / "masked.pdf"))
    full = "".join(page_texts(tmp_path / "full.pdf"))
    assert "138****5678" in masked and "13812345678" not in masked
    assert "13812345678" in full


def test_cell_text_formats_and_masks() -> None:
    by_key = {c.key: c for c in ALL_COLUMNS}
    visit = Visit(
        channel="来访",
        received_at=datetime(2026, 1, 2, 8, 5),
        petitioner="张三",
        requests="r",
        id_number="11010519491231002X",
        accepted_on=date(2026, 1, 3),
    )

    assert cell_text(by_key["received_at"], visit) == "2026-01-02 08:05"
    assert cell_text(by_key["accepted_on"], visit) == "2026-01-03"
    assert cell_text(by_key["reply_on"], visit) == ""
    assert cell_text(by_key["people_count"], visit) == "1"
    assert cell_text(by_key["id_number"], visit) == "110105********002X"
    assert cell_text(by_key["id_number"], visit, masked=False) == "11010519491231002X"


def test_markup_and_formulas_print_literally(
    tmp_path: Path, make_visit: Callable[..., Visit], page_texts: Callable[[Path], list[str]]
) -> None:
    odd = make_visit(
        requests="=cmd|' /C calc'!A0 要求<b>加粗</b>显示 & 其他内容需要换行显示的长文本", petitioner="<i>王</i>"
    )

    _write(tmp_path / "odd.pdf", [odd])

    # pypdf reads the content stream in drawing order, so a wrapped cell's lines stay together.
    text = _flat(PdfReader(tmp_path / "odd.pdf").pages[0].extract_text())
    assert "=cmd|'/Ccalc'!A0要求<b>加粗</b>显示&其他内容需要换行显示的长文本" in text
    assert "<i>王</i>" in _flat("".join(page_texts(tmp_path / "odd.pdf")))


def test_an_empty_list_prints_one_page_saying_so(tmp_path: Path, page_texts: Callable[[Path], list[str]]) -> None:
    assert _write(tmp_path / "empty.pdf", []) == 1

    pages = page_texts(tmp_path / "empty.pdf")
    assert len(pages) == 1
    assert "（无记录）" in pages[0] and "主要诉求" in pages[0]


def test_progress_runs_from_zero_to_all_rows(tmp_path: Path, make_visit: Callable[..., Visit]) -> None:
    visits = _visits(make_visit, 60)
    calls: list[tuple[int, int]] = []

    _write(tmp_path / "list.pdf", iter(visits), total=60, progress=lambda done, total: calls.append((done, total)))

    assert calls[0] == (0, 60)
    assert calls[-1] == (60, 60)
    assert len(calls) > 3  # reported page by page, not only at the ends
    done = [c[0] for c in calls]
    assert done == sorted(done)


def test_two_renders_are_byte_identical(tmp_path: Path, make_visit: Callable[..., Visit]) -> None:
    visits = _visits(make_visit, 30)
    _write(tmp_path / "a.pdf", visits)
    _write(tmp_path / "b.pdf", visits)

    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    meta = PdfReader(tmp_path / "a.pdf").metadata
    assert meta is not None and meta.title == TITLE


def test_fonts_are_embedded(
    tmp_path: Path, make_visit: Callable[..., Visit], page_fonts: Callable[[Path], list[dict[str, Any]]]
) -> None:
    _write(tmp_path / "list.pdf", _visits(make_visit, 3))

    fonts = page_fonts(tmp_path / "list.pdf")
    assert fonts and all("/FontFile2" in font["/FontDescriptor"] for font in fonts)


def test_a_list_needs_columns(make_visit: Callable[..., Visit]) -> None:
    with pytest.raises(ValueError, match="column"):
        write_register_list(io.BytesIO(), [make_visit()], [], title=TITLE)
