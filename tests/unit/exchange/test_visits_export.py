from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from officedesk.domain.visit_columns import ALL_COLUMNS, DEFAULT_EXPORT_KEYS, columns
from officedesk.domain.visits import Visit
from officedesk.exchange.errors import TargetUnwritable
from officedesk.exchange.visits_export import export_visits

COLUMNS = columns(DEFAULT_EXPORT_KEYS)
HEADINGS = [c.heading for c in COLUMNS]
# RELIABILITY.md F2's scan: no full ID number or mobile number may leave in a default export.
ID_PATTERN = re.compile(r"\b\d{17}[\dXx]\b")
MOBILE_PATTERN = re.compile(r"\b1\d{10}\b")


def _sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode("utf-8")


def _col(heading: str) -> int:
    return HEADINGS.index(heading) + 1


def test_xlsx_layout(tmp_path: Path, sample_visits: list[Visit]) -> None:
    path = tmp_path / "台账.xlsx"
    assert export_visits(path, sample_visits, COLUMNS, fmt="xlsx") == 2
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert [c.value for c in sheet[1]] == HEADINGS
    assert all(c.font.bold for c in sheet[1])
    assert sheet.max_row == 3
    assert sheet.freeze_panes == "A2"
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.paperSize == 9  # A4
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToHeight == 0  # as many pages down as needed …
    assert sheet.page_setup.fitToWidth is None  # … and the OOXML default of 1 page across
    assert sheet.print_options.gridLines
    assert sheet.column_dimensions["A"].width == pytest.approx(COLUMNS[0].width, abs=1)


def test_xlsx_with_title(tmp_path: Path, sample_visits: list[Visit]) -> None:
    path = tmp_path / "台账.xlsx"
    export_visits(path, sample_visits, COLUMNS, fmt="xlsx", title="2026年信访接待登记台账")
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert sheet["A1"].value == "2026年信访接待登记台账"
    assert sheet["A1"].font.bold
    assert f"A1:{openpyxl.utils.get_column_letter(len(COLUMNS))}1" in {str(r) for r in sheet.merged_cells.ranges}
    assert [c.value for c in sheet[2]] == HEADINGS
    assert sheet.freeze_panes == "A3"
    assert sheet.print_title_rows == "$2:$2"
    assert sheet["A3"].value == "XF-2026-0001"


def test_xlsx_cell_types(tmp_path: Path, sample_visits: list[Visit]) -> None:
    path = tmp_path / "台账.xlsx"
    export_visits(path, sample_visits, COLUMNS, fmt="xlsx", masked=False)
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    received = sheet.cell(2, _col("登记时间"))
    assert received.value == datetime(2026, 12, 31, 9, 30)
    assert received.number_format == "yyyy-mm-dd hh:mm"
    due = sheet.cell(2, _col("办结期限"))
    assert due.value == datetime(2027, 3, 1)  # openpyxl reads every date cell as a datetime
    assert due.number_format == "yyyy-mm-dd"
    assert sheet.cell(2, _col("人数")).value == 6
    assert sheet.cell(2, _col("联系电话")).value == "13812345678"
    assert sheet.cell(2, _col("联系电话")).data_type == "s"
    assert sheet.cell(2, _col("身份证号")).value == "110101199003071234"
    assert sheet.cell(2, _col("身份证号")).data_type == "s"
    assert sheet.cell(2, _col("问题类别")).value == "劳动社保/欠薪"
    assert sheet.cell(3, _col("联系电话")).value is None  # empty stays empty


def test_xlsx_never_holds_a_formula(tmp_path: Path, sample_visits: list[Visit]) -> None:
    path = tmp_path / "台账.xlsx"
    every_text = [c for c in ALL_COLUMNS if c.kind == "text"]
    export_visits(path, sample_visits, every_text, fmt="xlsx")
    assert "<f>" not in _sheet_xml(path) and "<f " not in _sheet_xml(path)
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    values = {c.value for row in sheet.iter_rows(min_row=2) for c in row}
    assert {"=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "-1+1", "＝1+1"} <= values


def test_xlsx_masks_by_default(tmp_path: Path, sample_visits: list[Visit]) -> None:
    path = tmp_path / "台账.xlsx"
    export_visits(path, sample_visits, COLUMNS, fmt="xlsx")
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert sheet.cell(2, _col("联系电话")).value == "138****5678"
    assert sheet.cell(2, _col("身份证号")).value == "110101********1234"
    xml = _sheet_xml(path)
    assert not ID_PATTERN.search(xml)
    assert not MOBILE_PATTERN.search(xml)


def test_csv(tmp_path: Path, sample_visits: list[Visit]) -> None:
    path = tmp_path / "台账.csv"
    assert export_visits(path, sample_visits, COLUMNS, fmt="csv", title="不会写入CSV") == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw[3:].decode("utf-8").split("\r\n")
    assert lines[0] == ",".join(HEADINGS)
    assert lines[3] == "" and len(lines) == 4  # one header, two rows, CRLF after each
    first = lines[1]
    assert first.startswith("XF-2026-0001,来访,2026-12-31 09:30,6,'=cmd|' /C calc'!A0,138****5678,")
    assert "110101********1234" in first
    assert "2027-01-15,2027-03-01" in first
    assert "'@SUM(1+1)*cmd" in lines[2]
    assert not ID_PATTERN.search(raw.decode("utf-8-sig"))
    assert not MOBILE_PATTERN.search(raw.decode("utf-8-sig"))


def test_csv_unmasked_on_request(tmp_path: Path, sample_visits: list[Visit]) -> None:
    path = tmp_path / "台账.csv"
    export_visits(path, sample_visits, COLUMNS, fmt="csv", masked=False)
    text = path.read_text(encoding="utf-8-sig")
    assert "13812345678" in text and "110101199003071234" in text


def test_progress_is_reported(tmp_path: Path, sample_visits: list[Visit]) -> None:
    many = sample_visits * 1200
    calls: list[tuple[int, int]] = []
    written = export_visits(
        tmp_path / "a.xlsx", iter(many), COLUMNS, fmt="xlsx", progress=lambda d, t: calls.append((d, t)), total=2400
    )
    assert written == 2400
    assert calls == [(1000, 2400), (2000, 2400), (2400, 2400)]
    sheet = openpyxl.load_workbook(tmp_path / "a.xlsx", read_only=True).active
    assert sheet is not None
    assert sheet.max_row == 2401


def test_an_empty_export_still_has_its_header(tmp_path: Path) -> None:
    path = tmp_path / "空.xlsx"
    assert export_visits(path, [], COLUMNS, fmt="xlsx") == 0
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert [c.value for c in sheet[1]] == HEADINGS


def test_export_to_a_missing_folder(tmp_path: Path, sample_visits: list[Visit]) -> None:
    with pytest.raises(TargetUnwritable, match="目标已移除或无法访问"):
        export_visits(tmp_path / "gone" / "a.csv", sample_visits, COLUMNS, fmt="csv")


@pytest.mark.root
@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_export_to_a_full_stick_keeps_the_previous_file(full_disk: Path, sample_visits: list[Visit], fmt: str) -> None:
    target = full_disk / f"台账.{fmt}"
    target.write_bytes(b"last week")
    with pytest.raises(TargetUnwritable, match="磁盘已满"):
        export_visits(target, sample_visits * 2000, COLUMNS, fmt=fmt, masked=False)
    assert target.read_bytes() == b"last week"
    assert [p.name for p in full_disk.iterdir()] == [target.name]


def test_unknown_format_is_a_bug(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="pdf"):
        export_visits(tmp_path / "a.pdf", [], COLUMNS, fmt="pdf")


def test_dates_in_every_column_kind(tmp_path: Path) -> None:
    visit = Visit(
        channel="来信",
        received_at=datetime(2026, 5, 6, 7, 8),
        petitioner="王五",
        requests="诉求",
        reply_on=date(2026, 6, 1),
    )
    path = tmp_path / "a.csv"
    export_visits(path, [visit], columns(["received_at", "reply_on", "accepted_on"]), fmt="csv")
    assert path.read_bytes().decode("utf-8-sig") == "登记时间,答复日期,受理日期\r\n2026-05-06 07:08,2026-06-01,\r\n"
