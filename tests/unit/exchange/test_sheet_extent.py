from __future__ import annotations

import random
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlwt

from officedesk.exchange.errors import UnreadableFile
from officedesk.exchange.file_checks import MAX_CELLS, MAX_ROWS
from officedesk.exchange.sheet_extent import BoundScanner, Extent, ExtentScanner
from officedesk.exchange.table_reader import read_table

ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)

MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    "</manifest:manifest>"
)


def _scan(xml: bytes, ods: bool = False, step: int = 0) -> list[Extent]:
    scanner = ExtentScanner(ods)
    if step:
        for start in range(0, len(xml), step):
            scanner.feed(xml[start : start + step])
    else:
        scanner.feed(xml)
    scanner.close()
    return scanner.sheets


XLSX_SHEET = (
    b'<worksheet><sheetData><row r="2"><c r="B2" t="s"><v>0</v></c><c r="D2" s="1"/></row>'
    b'<row r="7"><c r="C7"><v>3</v></c></row><row r="9"><c r="AA9" s="2"/></row></sheetData>'
    b'<cols><col min="1" max="16384"/></cols></worksheet>'
)


def test_xlsx_cells_with_values_set_the_extent() -> None:
    # Self-closing cells only carry a style; <col> is not a cell.
    assert _scan(XLSX_SHEET) == [Extent(rows=7, cols=3)]


def test_chunk_boundaries_do_not_matter() -> None:
    assert _scan(XLSX_SHEET, step=1) == _scan(XLSX_SHEET)
    assert _scan(XLSX_SHEET, step=7) == _scan(XLSX_SHEET)


def test_cells_without_references_are_counted_in_order() -> None:
    xml = b"<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><x:c t='s'><v>0</v></x:c></row></sheetData>"
    assert _scan(xml) == [Extent(rows=2, cols=2)]


def test_ods_repeats_are_multiplied_and_empty_tails_ignored() -> None:
    content = (
        b"<table:table table:name='A'>"
        b"<table:table-row><table:table-cell office:value-type='string'><text:p>x</text:p></table:table-cell>"
        b"</table:table-row>"
        b"<table:table-row table:number-rows-repeated='4'><table:table-cell table:number-columns-repeated='2'/>"
        b"<table:table-cell table:number-columns-repeated='3' office:value-type='float' office:value='1'/>"
        b"</table:table-row>"
        b"<table:table-row table:number-rows-repeated='1048571'>"
        b"<table:table-cell table:number-columns-repeated='1024'/>"
        b"</table:table-row></table:table>"
        b"<table:table table:name='B'><table:table-row><table:table-cell><text:p>y</text:p></table:table-cell>"
        b"</table:table-row></table:table>"
    )
    assert _scan(content, ods=True) == [Extent(rows=5, cols=5), Extent(rows=1, cols=1)]


def _ods(path: Path, body: str) -> Path:
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS} office:version="1.2">'
    content += f"<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document-content>"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", MANIFEST)
    return path


def _ods_row(*values: str, repeated: int = 1) -> str:
    cells = "".join(
        f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>' for v in values
    )
    return f'<table:table-row table:number-rows-repeated="{repeated}">{cells}</table:table-row>'


def test_an_ods_file_is_read(tmp_path: Path) -> None:
    path = _ods(
        tmp_path / "a.ods",
        f'<table:table table:name="登记">{_ods_row("信访人", "主要诉求")}{_ods_row("张三", "诉求")}</table:table>',
    )
    table = read_table(path)
    assert table.sheet_name == "登记"
    assert table.rows == [["信访人", "主要诉求"], ["张三", "诉求"]]


def test_an_ods_repeat_bomb_is_refused(tmp_path: Path) -> None:
    bomb = '<table:table-row table:number-rows-repeated="6000"><table:table-cell table:number-columns-repeated="16000" office:value-type="float" office:value="1"/></table:table-row>'  # noqa: E501
    path = _ods(tmp_path / "a.ods", f'<table:table table:name="S">{_ods_row("信访人")}{bomb}</table:table>')
    with pytest.raises(UnreadableFile, match="数据范围过大（到第 6001 行、第 16000 列）"):
        read_table(path)


def test_one_far_cell_in_a_small_xlsx_is_refused(tmp_path: Path) -> None:
    # calamine would allocate a 1,048,576 × 16,384 grid for these two cells and abort the process.
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "信访人"
    sheet["XFD1048576"] = "远处"
    book.save(tmp_path / "a.xlsx")
    with pytest.raises(UnreadableFile, match="到第 1048576 行、第 16384 列"):
        read_table(tmp_path / "a.xlsx")


def test_one_far_cell_in_an_xls_is_refused(tmp_path: Path) -> None:
    book = xlwt.Workbook()
    sheet = book.add_sheet("s")
    sheet.write(0, 0, "信访人")
    sheet.write(65535, 255, "远处")
    book.save(str(tmp_path / "a.xls"))
    with pytest.raises(UnreadableFile, match="65536 行 × 256 列"):
        read_table(tmp_path / "a.xls")


def test_formulas_without_a_cached_result_are_counted_once() -> None:
    xml = (
        b'<row r="2"><c r="A2"><f>1+1</f><v /></c><c r="B2"><f>1+1</f><v>2</v></c>'
        b'<x:c r="C2"><x:f t="shared" si="0"/></x:c><c r="D2"><f>A1</f></c></row>'
    )
    for step in (0, 1, 5):
        scanner = ExtentScanner(ods=False)
        for start in range(0, len(xml), step or len(xml)):
            scanner.feed(xml[start : start + (step or len(xml))])
        scanner.close()
        assert scanner.uncached_formulas == 3


def test_an_xlsx_with_uncalculated_formulas_is_refused(tmp_path: Path) -> None:
    # openpyxl writes "=…" as a formula with no result: calamine would read the cell as empty.
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["登记时间", "信访人", "主要诉求"])
    sheet.append(["2026-12-01", "=B1", "诉求"])
    book.save(tmp_path / "a.xlsx")
    with pytest.raises(UnreadableFile, match="公式没有计算结果"):
        read_table(tmp_path / "a.xlsx")


def test_a_thousand_sheets_are_refused(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    for index in range(1000):
        book.create_sheet(f"s{index}")
    book.save(tmp_path / "a.xlsx")
    with pytest.raises(UnreadableFile, match="工作表过多（1001 个）"):
        read_table(tmp_path / "a.xlsx")


# ---- the bulk path for usual xlsx tags gives what the tag-by-tag scan gives ----------------------------

_PIECES = (
    '<row r="{r}" spans="1:3">',
    '<row r="{r}">',
    "<row>",
    '<row  r="{r}">',
    '<row ht="15" r="{r}">',
    "</row>",
    '<c r="{c}{r}" t="s"><v>1</v></c>',
    '<c r="{c}{r}"><is><t>文字</t></is></c>',
    '<c r="{c}{r}" s="1"/>',
    '<c r="{c}{r}"/>',
    "<c><v>2</v></c>",
    '<c t="s"><v>3</v></c>',
    '<x:c r="{c}{r}"><x:v>4</x:v></x:c>',
    '<c s="2" r="{c}{r}"><v>5</v></c>',
    '<c r="{r}"><v>6</v></c>',
    '<c r="ABCDE{r}"><v>7</v></c>',
    '<c r="{c}{r}" foo="a>b"><v>8</v></c>',
    "<cols><col min='1' max='16384'/></cols>",
    "<t>c r=&quot;</t>",
    '<c r="{c}{r}"',
    "<",
    '<row r="{r}"',
    "<f>1</f></c>",
)


def _random_sheet(rng: random.Random) -> bytes:
    parts = ["<worksheet><sheetData>"]
    for _ in range(rng.randrange(1, 120)):
        piece = rng.choice(_PIECES)
        column = rng.choice(["A", "B", "Z", "AA", "xfd", "XFD"])
        parts.append(piece.format(r=rng.choice([1, 2, 7, 40, 99999, 1048576]), c=column))
    parts.append("</sheetData></worksheet>")
    return "".join(parts).encode()


def _scan_with(xml: bytes, step: int, fast: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[list[Extent], int]:
    with monkeypatch.context() as patch:
        if not fast:
            patch.setattr(ExtentScanner, "_scan_fast", lambda *args: False)
        scanner = ExtentScanner(ods=False)
        for start in range(0, len(xml), step):
            scanner.feed(xml[start : start + step])
        scanner.close()
    return scanner.sheets, scanner.uncached_formulas


def test_the_bulk_path_measures_as_the_tag_by_tag_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(20260)
    for _ in range(400):
        xml = _random_sheet(rng)
        step = rng.choice([1, 3, 17, 64, 500, len(xml)])
        assert _scan_with(xml, step, True, monkeypatch) == _scan_with(xml, step, False, monkeypatch), xml


def test_usual_tags_take_the_bulk_path(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = "".join(f'<row r="{r}"><c r="A{r}" t="s"><v>0</v></c><c r="C{r}" s="1"/></row>' for r in range(1, 500))
    xml = f'<worksheet><sheetData>{rows}<row r="900"><c r="D900" s="1"/></row></sheetData></worksheet>'.encode()
    calls: list[int] = []
    monkeypatch.setattr(ExtentScanner, "_tag", lambda self, *args: calls.append(1))
    scanner = ExtentScanner(ods=False)
    scanner.feed(xml)
    scanner.close()
    assert scanner.sheets == [Extent(rows=499, cols=1)]
    assert len(calls) <= 3  # only the last row's tags, to leave the counters right


def test_a_declaration_cut_by_the_read_chunks_is_still_refused(tmp_path: Path) -> None:
    from officedesk.exchange import file_checks

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "信访人"
    book.save(tmp_path / "a.xlsx")
    with zipfile.ZipFile(tmp_path / "a.xlsx") as source, zipfile.ZipFile(tmp_path / "b.xlsx", "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                # A comment fills the first chunk up to the middle of "<!DOCTYPE" (random: it must not
                # compress like a bomb).
                pad = file_checks._CHUNK - 13 - data.index(b"<worksheet")
                noise = "".join(random.Random(1).choices("abcdefghij", k=pad)).encode()
                data = data.replace(b"<worksheet", b"<!-- " + noise + b" --><!DOCTYPE w><worksheet", 1)
            target.writestr(item, data)
    with pytest.raises(UnreadableFile, match="不允许的 XML 声明"):
        read_table(tmp_path / "b.xlsx")


# ---- the box check: a sheet whose every cell lies in 99,999 × 30 needs no measuring ------------------------


def _bound(xml: bytes, step: int = 0) -> BoundScanner:
    scanner = BoundScanner(MAX_ROWS, MAX_CELLS)
    for start in range(0, len(xml), step or max(len(xml), 1)):
        scanner.feed(xml[start : start + (step or len(xml))])
    scanner.close()
    return scanner


def test_the_box_fits_the_limits() -> None:
    scanner = BoundScanner(MAX_ROWS, MAX_CELLS)
    assert (scanner.rows, scanner.cols) == (99_999, 30)
    assert scanner.rows <= MAX_ROWS and scanner.rows * scanner.cols <= MAX_CELLS
    assert (BoundScanner(1000, 60_000).rows, BoundScanner(1000, 60_000).cols) == (999, 60)
    assert BoundScanner(100_000, 100_000 * 702).cols == 702


@pytest.mark.parametrize(
    "cell",
    ['<c r="A1"><v>1</v></c>', '<c r="AD99999" t="s"><v>0</v></c>', '<c r="Z7" s="1"/>', "<col min='1' max='99'/>"],
)
def test_usual_cells_inside_the_box_are_within(cell: str) -> None:
    xml = f'<worksheet><sheetData><row r="1">{cell}</row></sheetData></worksheet>'.encode()
    for step in (0, 1, 3):
        assert _bound(xml, step).within


@pytest.mark.parametrize(
    "cell",
    [
        '<c r="AE1"><v>1</v></c>',  # column 31
        '<c r="A100000"><v>1</v></c>',  # row 100,000
        '<c r="XFD1048576"><v>1</v></c>',
        '<c r="a1"><v>1</v></c>',
        '<c r="A01"><v>1</v></c>',
        "<c><v>1</v></c>",  # no reference: counted in order by calamine
        '<c s="1" r="A1"><v>1</v></c>',
        '<c  r="A1"><v>1</v></c>',
        '<x:c r="A1"><x:v>1</x:v></x:c>',
        '<c r="A1"><v>1</v></c><x:row r="2"/>',
    ],
)
def test_anything_else_is_measured(cell: str) -> None:
    xml = f'<worksheet><sheetData><row r="1">{cell}</row></sheetData></worksheet>'.encode()
    for step in (0, 1, 3, 7):
        assert not _bound(xml, step).within, (cell, step)


_USUAL = (
    '<row r="{r}">', "</row>", '<c r="{c}{r}" t="s"><v>1</v></c>', '<c r="{c}{r}" s="1"/>', '<c r="{c}{r}"/>',
    '<c r="{c}{r}"><is><t>文字 a:b!</t></is></c>', '<c r="{c}{r}"><f>1</f><v>2</v></c>', "<f>1</f></c>",
)  # fmt: skip


def _mostly_usual_sheet(rng: random.Random) -> bytes:
    parts = ["<worksheet><sheetData>"]
    for _ in range(rng.randrange(1, 60)):
        piece = rng.choice(_PIECES if rng.random() < 0.03 else _USUAL)
        column = rng.choice(["A", "B", "Z", "AA", "AD", "AE", "XFD"] if rng.random() < 0.1 else ["A", "C", "AD"])
        row = rng.choice([1, 2, 7, 40, 99999, 100000, 1048576] if rng.random() < 0.1 else [1, 2, 40, 99999])
        parts.append(piece.format(r=row, c=column))
    parts.append("</sheetData></worksheet>")
    return "".join(parts).encode()


def test_within_the_box_means_the_measured_extent_is_inside_it() -> None:
    rng = random.Random(31)
    inside = 0
    for _ in range(600):
        xml = _mostly_usual_sheet(rng) if rng.random() < 0.7 else _random_sheet(rng)
        step = rng.choice([1, 3, 17, 64, 500, len(xml)])
        bound = _bound(xml, step)
        measured = ExtentScanner(ods=False)
        for start in range(0, len(xml), step):
            measured.feed(xml[start : start + step])
        measured.close()
        assert bound.uncached_formulas == measured.uncached_formulas, xml
        assert bound.within == _bound(xml).within, xml  # chunking changes nothing
        if bound.within:
            inside += 1
            assert measured.largest.rows <= bound.rows and measured.largest.cols <= bound.cols, xml
    assert 100 < inside < 500  # the random sheets test both answers


def test_a_usual_xlsx_is_not_measured_and_a_wide_one_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from officedesk.exchange import file_checks

    measured: list[bool] = []

    class Counted(ExtentScanner):
        def __init__(self, ods: bool) -> None:
            measured.append(ods)
            super().__init__(ods)

    monkeypatch.setattr(file_checks, "ExtentScanner", Counted)
    for width, expected in ((12, []), (40, [False])):
        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(["信访人", *(f"列{i}" for i in range(width - 1))])
        for row in range(50):
            sheet.append([f"张{row}", *range(width - 1)])
        book.save(tmp_path / f"{width}.xlsx")
        measured.clear()
        assert read_table(tmp_path / f"{width}.xlsx").rows[50][0] == "张49"
        assert measured == expected


@pytest.mark.parametrize("cut_after", ["<", "<!", "<!DOC"])
def test_a_declaration_is_found_wherever_the_chunks_cut_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cut_after: str
) -> None:
    """Chunks are searched for a declaration only when they (or the previous chunk's tail) hold a "!": one cut
    just before or just after the "!" is still found, in a sheet or in any other part; "!" in text is fine."""
    from officedesk.exchange import file_checks

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["信访人", "注意!安全!"])
    book.save(tmp_path / "a.xlsx")
    assert read_table(tmp_path / "a.xlsx").rows == [["信访人", "注意!安全!"]]
    monkeypatch.setattr(file_checks, "_CHUNK", 64)
    file_checks.forget_checked_files()
    for part in ("xl/worksheets/sheet1.xml", "xl/styles.xml"):
        target = tmp_path / f"{part.replace('/', '_')}{len(cut_after)}.xlsx"
        with zipfile.ZipFile(tmp_path / "a.xlsx") as source, zipfile.ZipFile(target, "w") as out:
            for item in source.infolist():
                data = source.read(item)
                if item.filename == part:
                    head = data.find(b"?>") + 2 if b"?>" in data else 0
                    pad = b" " * (64 - head - len(cut_after) + 64)  # the declaration cut after `cut_after`
                    data = data[:head] + pad + b"<!DOCTYPE x>" + data[head:]
                    assert data[:128].endswith(cut_after.encode())
                out.writestr(item, data)
        with pytest.raises(UnreadableFile, match="不允许的 XML 声明"):
            read_table(target)
