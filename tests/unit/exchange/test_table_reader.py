from __future__ import annotations

import io
import os
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
import xlwt

from officedesk.exchange.errors import ImportRefused, UnreadableFile
from officedesk.exchange.file_checks import DAMAGED, EMPTY, ENCRYPTED, NOT_A_SHEET, TOO_BIG
from officedesk.exchange.headings import VISIT_REQUIRED, VISIT_VOCABULARY
from officedesk.exchange.table_reader import MAX_ROWS, data_rows, find_header, read_table

HEADER = ["序号", "信访人", "登记时间", "主要诉求"]


def _xlsx(path: Path, rows: list[list[object]], *, start_row: int = 1) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "登记"
    for offset, row in enumerate(rows):
        for col, value in enumerate(row, start=1):
            sheet.cell(start_row + offset, col, value)
    book.save(path)
    return path


def _refusal(path: Path) -> str:
    with pytest.raises(UnreadableFile) as caught:
        read_table(path)
    return str(caught.value)


# ---- reading -----------------------------------------------------------------------------------


def test_xlsx_rows_keep_excel_row_numbers(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "a.xlsx", [HEADER, [1, "张三", date(2026, 1, 2), "诉求"]], start_row=3)
    table = read_table(path)
    assert table.sheet_name == "登记"
    assert table.rows[0] == HEADER
    assert table.rows[1] == [1.0, "张三", date(2026, 1, 2), "诉求"]  # calamine: a date-only cell is a date
    assert table.row_numbers == [3, 4]


def test_first_visible_sheet_with_data_is_chosen(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    empty = book.active
    assert empty is not None
    empty.title = "说明"
    hidden = book.create_sheet("隐藏")
    hidden["A1"] = "旧数据"
    hidden.sheet_state = "hidden"
    book.create_sheet("台账")["B2"] = "信访人"
    book.save(tmp_path / "a.xlsx")
    table = read_table(tmp_path / "a.xlsx")
    assert table.sheet_name == "台账"
    assert table.rows == [["信访人"]]
    assert table.sheet_names == ["说明", "隐藏", "台账"]
    assert read_table(tmp_path / "a.xlsx", sheet="隐藏").rows == [["旧数据"]]  # asked for by name


def test_data_only_in_a_hidden_sheet_is_refused(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.create_sheet("藏").append(HEADER)
    book["藏"].sheet_state = "hidden"
    book.save(tmp_path / "a.xlsx")
    assert "隐藏的工作表「藏」" in _refusal(tmp_path / "a.xlsx")


def test_unknown_sheet_name(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "a.xlsx", [HEADER])
    with pytest.raises(UnreadableFile, match="没有名为「2025」的工作表；文件中的工作表有：登记"):
        read_table(path, sheet="2025")


def test_legacy_xls(tmp_path: Path) -> None:
    book = xlwt.Workbook()
    sheet = book.add_sheet("登记")
    sheet.write(1, 1, "信访人")
    sheet.write(2, 1, "张三")
    sheet.write(2, 2, 13812345678)
    book.save(str(tmp_path / "a.xls"))
    table = read_table(tmp_path / "a.xls")
    assert table.rows == [["信访人", ""], ["张三", 13812345678.0]]
    assert table.row_numbers == [2, 3]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030", "gbk", "utf-16"])
def test_csv_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes('信访人,主要诉求\r\n张三,"要求解决欠薪，尽快"\r\n'.encode(encoding))
    table = read_table(path)
    assert table.rows == [["信访人", "主要诉求"], ["张三", "要求解决欠薪，尽快"]]
    assert table.row_numbers == [1, 2]
    assert table.sheet_name == "a"


@pytest.mark.parametrize("delimiter", ["\t", ";"])
def test_tab_and_semicolon_separated(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"登记台账\n信访人{delimiter}主要诉求\n张三{delimiter}诉求，有逗号\n", encoding="utf-8")
    assert read_table(path).rows[2] == ["张三", "诉求，有逗号"]


def test_a_record_with_line_breaks_is_one_excel_row(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text('信访人,主要事实\n张三,"第一行\n第二行"\n李四,x\n', encoding="utf-8")
    table = read_table(path)
    assert table.rows[1] == ["张三", "第一行\n第二行"]
    assert table.row_numbers == [1, 2, 3]


# ---- refusals ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["a.xlsx", "a.csv", "a.xls"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"")
    assert _refusal(tmp_path / name) == f"无法读取「{name}」：{EMPTY}"


def test_random_bytes(tmp_path: Path) -> None:
    (tmp_path / "a.xlsx").write_bytes(os.urandom(5000).replace(b"PK", b"pk"))
    assert NOT_A_SHEET in _refusal(tmp_path / "a.xlsx")


def test_truncated_xlsx(tmp_path: Path) -> None:
    whole = _xlsx(tmp_path / "whole.xlsx", [HEADER] * 50).read_bytes()
    (tmp_path / "a.xlsx").write_bytes(whole[: len(whole) // 2])
    assert DAMAGED in _refusal(tmp_path / "a.xlsx")


def test_bad_crc(tmp_path: Path) -> None:
    source = _xlsx(tmp_path / "whole.xlsx", [["信访人"], ["CRCMARK"]])
    stored = io.BytesIO()
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as zout:
        for item in zin.infolist():
            zout.writestr(item.filename, zin.read(item.filename))
    (tmp_path / "a.xlsx").write_bytes(stored.getvalue().replace(b"CRCMARK", b"CRCMARX"))
    assert DAMAGED in _refusal(tmp_path / "a.xlsx")


def test_password_protected_xlsx(tmp_path: Path) -> None:
    # An encrypted xlsx is an OLE2/CFB container holding the EncryptionInfo and EncryptedPackage streams.
    ole = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    ole += "EncryptionInfo".encode("utf-16-le").ljust(128, b"\x00")
    ole += "EncryptedPackage".encode("utf-16-le").ljust(128, b"\x00")
    ole += os.urandom(4096)
    (tmp_path / "a.xlsx").write_bytes(bytes(ole))
    assert _refusal(tmp_path / "a.xlsx") == f"无法读取「a.xlsx」：{ENCRYPTED}"
    assert ENCRYPTED == "文件已加密（设有密码），请先在 Excel/WPS 中取消密码后再导入"


def test_utf16_without_bom(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("信访人,主要诉求\r\n张三,诉求\r\n".encode("utf-16-le"))
    assert "UTF-16" in _refusal(tmp_path / "a.txt")


def test_mixed_encodings(tmp_path: Path) -> None:
    data = "信访人,主要诉求\r\n".encode() + "张三,要求解决\r\n".encode("gbk")
    (tmp_path / "a.csv").write_bytes(data)
    assert "混有 UTF-8 和 GBK" in _refusal(tmp_path / "a.csv")


def test_binary_csv(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_bytes(b"\x00\x01\x02\x03" + os.urandom(100) + b"\x00" * 3)
    assert NOT_A_SHEET in _refusal(tmp_path / "a.csv")


def test_renamed_files_are_named_for_what_they_are(tmp_path: Path) -> None:
    book = xlwt.Workbook()
    book.add_sheet("s").write(0, 0, "信访人")
    book.save(str(tmp_path / "old.xls"))
    (tmp_path / "a.xlsx").write_bytes((tmp_path / "old.xls").read_bytes())
    assert "内容是旧版 .xls 文件" in _refusal(tmp_path / "a.xlsx")
    (tmp_path / "b.xls").write_bytes(b"<html><body><table><tr><td>x</td></tr></table></body></html>")
    assert "网页（HTML）" in _refusal(tmp_path / "b.xls")
    (tmp_path / "c.et").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert "WPS" in _refusal(tmp_path / "c.et")
    (tmp_path / "d.docx").write_bytes(b"PK\x03\x04" + bytes(100))
    assert NOT_A_SHEET in _refusal(tmp_path / "d.docx")


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_hostile_zips(tmp_path: Path) -> None:
    base = {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}
    assert "缺少工作簿结构" in _refusal(_zip(tmp_path / "a.xlsx", {"xl/workbook.xml": b"<workbook/>"}))
    assert "可疑路径" in _refusal(_zip(tmp_path / "b.xlsx", {**base, "../../evil.xml": b"x"}))
    assert TOO_BIG in _refusal(_zip(tmp_path / "c.xlsx", {**base, "xl/worksheets/sheet1.xml": bytes(8 << 20)}))
    laughs = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><worksheet>&lol;</worksheet>'
    assert "XML 声明" in _refusal(_zip(tmp_path / "d.xlsx", {**base, "xl/worksheets/sheet1.xml": laughs}))


def test_too_many_rows(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("信访人\n" + "张三\n" * MAX_ROWS, encoding="utf-8")
    assert f"超过 {MAX_ROWS} 行" in _refusal(tmp_path / "a.csv")


def test_calamine_errors_become_refusals(tmp_path: Path) -> None:
    # A well-formed zip that calamine cannot make sense of: the workbook part is not XML at all.
    members = {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"\xff\xfe not xml", "xl/_rels/x.rels": b""}
    message = _refusal(_zip(tmp_path / "a.xlsx", members))
    assert message.startswith("无法读取「a.xlsx」：")


# ---- the header and the data under it ------------------------------------------------------------


def test_header_below_title_rows(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(
        "2026年信访接待登记台账,,,\n填报单位：××局,,,\n,,,\n"
        "序号,登记时间（年月日）,信访人姓名,来访事由,自编栏\n"
        "1,2026-01-02,张三,诉求\n\n2,2026-01-03,李四,诉求\n合计,2,,\n3,2026-01-04,王五,x\n",
        encoding="utf-8",
    )
    table = read_table(path)
    header = find_header(table, VISIT_VOCABULARY, VISIT_REQUIRED)
    assert header.row_index == 3 and header.row_number == 4
    assert header.columns == {1: "received_at", 2: "petitioner", 3: "requests"}
    assert header.headings[1] == "登记时间（年月日）"
    assert header.ignored == ["序号", "自编栏"]
    assert [(n, r[2]) for n, r in data_rows(table, header)] == [(5, "张三"), (7, "李四")]


def test_two_row_header(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(
        "登记时间,信访人信息,,主要诉求\n,姓名,联系电话,\n2026-01-02,张三,13812345678,诉求\n", encoding="utf-8"
    )
    table = read_table(path)
    header = find_header(table, VISIT_VOCABULARY, VISIT_REQUIRED)
    assert header.columns == {0: "received_at", 1: "petitioner", 2: "phone", 3: "requests"}
    assert header.headings == {0: "登记时间", 1: "姓名", 2: "联系电话", 3: "主要诉求"}
    assert [n for n, _ in data_rows(table, header)] == [3]


def test_missing_required_headings(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("标题\n序号,姓名,电话\n1,张三,138\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as caught:
        find_header(read_table(path), VISIT_VOCABULARY, VISIT_REQUIRED)
    assert str(caught.value) == "表头缺少必需的列：登记时间、主要诉求；未导入任何数据"
    assert [(p.row, p.column) for p in caught.value.problems] == [(2, "登记时间"), (2, "主要诉求")]


def test_no_header_at_all(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="前 15 行中没有找到表头"):
        find_header(read_table(path), VISIT_VOCABULARY, VISIT_REQUIRED)


def test_duplicate_columns(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("日期,时间,信访人,主要诉求\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="「日期」和「时间」都表示「登记时间」"):
        find_header(read_table(path), VISIT_VOCABULARY, VISIT_REQUIRED)


def test_merged_cells_across_data_rows(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "a.xlsx", [["台账"], HEADER, [1, "张三", "2026-01-02", "同上"], [2, "", "2026-01-03", ""]])
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet.merge_cells("A1:D1")  # a merged title is fine
    sheet.merge_cells("B3:B4")
    book.save(path)
    table = read_table(path)
    header = find_header(table, VISIT_VOCABULARY, VISIT_REQUIRED)
    with pytest.raises(ImportRefused, match="第3–4行「信访人」是合并单元格"):
        data_rows(table, header)
