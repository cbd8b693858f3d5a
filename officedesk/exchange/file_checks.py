"""What a file really is, decided from its bytes before any parser sees it.

RELIABILITY.md E1: empty, encrypted, renamed, truncated, bombed or booby-trapped files are refused
here with a sentence the clerk can act on, so a parser never meets them.
"""

from __future__ import annotations

import codecs
import hashlib
import zipfile
from collections import OrderedDict
from pathlib import Path, PurePosixPath

from officedesk.exchange.errors import UnreadableFile
from officedesk.exchange.sheet_extent import BoundScanner, ExtentScanner

EMPTY = "文件为空"
ENCRYPTED = "文件已加密（设有密码），请先在 Excel/WPS 中取消密码后再导入"
DAMAGED = "文件已损坏或不完整"
NOT_A_SHEET = "不是 Excel/CSV 文件"
TOO_BIG = "文件过大（可能是异常文件），请拆分后再导入"

SPREADSHEET_SUFFIXES = {".xlsx": "zip", ".xlsm": "zip", ".ods": "zip", ".xls": "ole"}
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_ROWS = 100_000
# calamine holds every cell of a sheet's used range (≈64 bytes each): 3 million stays under ~300 MB.
MAX_CELLS = 3_000_000
_CHUNK = 1024 * 1024
# A register sheet expands 5–20 times; these leave room for odd files but stop decompression bombs.
MAX_UNPACKED_BYTES = 300 * 1024 * 1024
MAX_MEMBER_RATIO = 500
_RATIO_CHECKED_FROM = 1024 * 1024

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An encrypted xlsx is an OLE (CFB) container with these two streams (MS-OFFCRYPTO 2.3.4).
_ENCRYPTED_STREAMS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))
_HTML_STARTS = (b"<html", b"<!doctype html", b"<table", b"<?xml", b"mime-version")
_REQUIRED_MEMBERS = {".ods": ("content.xml", "META-INF/manifest.xml"), "": ("[Content_Types].xml", "xl/workbook.xml")}
# Workbooks already found sound: planning each sheet of one file, or reading it again in the import preview,
# checks its bytes once. The key holds the file's size, modification time and a digest of its head and tail
# (a zip's tail is its directory, with every member's CRC): a file changed since is checked anew.
_SOUND: OrderedDict[tuple[str, str, int, int, bytes], None] = OrderedDict()
_SOUND_KEPT = 8
_FINGERPRINT_BYTES = 64 * 1024


def refuse(path: Path, reason: str) -> UnreadableFile:
    return UnreadableFile(f"无法读取「{path.name}」：{reason}")


def file_kind(path: Path) -> str:
    """The reader to use ("zip", "ole" or "text"), after refusing what no reader should see."""
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise refuse(path, TOO_BIG)
        with path.open("rb") as stream:
            head = stream.read(4096)
            content = _content_kind(head)
            # The CFB directory naming the encrypted streams can sit anywhere in the file.
            encrypted = content == "ole" and all(name in head + stream.read() for name in _ENCRYPTED_STREAMS)
    except OSError as exc:
        raise refuse(path, f"文件无法打开（{exc.strerror or exc}）") from exc
    if size == 0 or (size <= len(head) and not head.strip(b"\x00 \t\r\n")):
        raise refuse(path, EMPTY)
    if encrypted:
        raise refuse(path, ENCRYPTED)
    if suffix in TEXT_SUFFIXES:
        if content in ("zip", "ole"):
            raise refuse(path, f"扩展名为 {suffix}，但内容是 Excel 文件，请把扩展名改回 .xlsx 或 .xls")
        return "text"
    expected = SPREADSHEET_SUFFIXES.get(suffix)
    if expected is None:
        if suffix == ".et":
            raise refuse(path, "WPS 表格（.et）文件请先在 WPS 中另存为 .xlsx 后再导入")
        raise refuse(path, f"{NOT_A_SHEET}（支持 .xlsx、.xls、.ods、.csv）")
    if content == expected:
        if content == "zip":
            _check_zip_once(path, suffix)
        return content
    return _mismatch(path, suffix, head, content)


def _content_kind(head: bytes) -> str:
    if head.startswith(_ZIP_MAGIC):
        return "zip"
    if head.startswith(_OLE_MAGIC):
        return "ole"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").lower().startswith(_HTML_STARTS):
        return "html"
    return "other"


def _mismatch(path: Path, suffix: str, head: bytes, content: str) -> str:
    """Say what the file really is: a renamed file is refused, never read by guesswork (E1)."""
    if content == "ole":
        raise refuse(path, f"扩展名为 {suffix}，但内容是旧版 .xls 文件，请在 Excel/WPS 中另存为 .xlsx 后再导入")
    if content == "zip":
        raise refuse(path, f"扩展名为 {suffix}，但内容是 .xlsx 文件，请把扩展名改为 .xlsx 后再导入")
    if content == "html":
        # Many online systems' "导出Excel" produce a web page named .xls.
        raise refuse(path, "文件实际是网页（HTML）格式，请在 Excel/WPS 中打开后另存为 .xlsx 再导入")
    if head[:2] == b"PK":
        raise refuse(path, DAMAGED)
    raise refuse(path, NOT_A_SHEET)


def forget_checked_files() -> None:
    """Check every file anew, as on the first import after start (for tests and benchmarks)."""
    _SOUND.clear()


def _check_zip_once(path: Path, suffix: str) -> None:
    try:
        key = _identity(path, suffix)
    except OSError as exc:
        raise refuse(path, f"文件无法打开（{exc.strerror or exc}）") from exc
    if key in _SOUND:
        _SOUND.move_to_end(key)
        return
    check_zip(path, suffix)
    _SOUND[key] = None
    while len(_SOUND) > _SOUND_KEPT:
        _SOUND.popitem(last=False)


def _identity(path: Path, suffix: str) -> tuple[str, str, int, int, bytes]:
    digest = hashlib.blake2b(digest_size=16)
    with path.open("rb") as stream:
        size = stream.seek(0, 2)
        stream.seek(0)
        digest.update(stream.read(_FINGERPRINT_BYTES))
        stream.seek(max(0, size - _FINGERPRINT_BYTES))
        digest.update(stream.read(_FINGERPRINT_BYTES))
        mtime = path.stat().st_mtime_ns
    return str(path.resolve()), suffix, size, mtime, digest.digest()


def check_zip(path: Path, suffix: str) -> None:
    """Refuse a damaged zip, a decompression bomb, a path-traversal member, a DTD (XXE, billion
    laughs) or a sheet reaching further than calamine can safely hold (sheet_extent.py)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_members(path, members)
            names = {m.filename for m in members}
            if not all(name in names for name in _REQUIRED_MEMBERS.get(suffix, _REQUIRED_MEMBERS[""])):
                raise refuse(path, f"{NOT_A_SHEET}（缺少工作簿结构，可能已损坏）")
            for member in members:
                _read_member(path, archive, member, suffix == ".ods")
    except UnreadableFile:
        raise
    except RuntimeError as exc:  # what zipfile raises for password-protected members
        raise refuse(path, ENCRYPTED) from exc
    except Exception as exc:  # BadZipFile (bad CRC), zlib.error, EOFError, an odd compression …
        raise refuse(path, DAMAGED) from exc


def _read_member(path: Path, archive: zipfile.ZipFile, member: zipfile.ZipInfo, ods: bool) -> None:
    """Read a member to its end, where zipfile checks the CRC; measure sheet XML on the way.

    An xlsx sheet is first read with a BoundScanner, which tells in one search that its cells lie in a box
    calamine holds safely; only a sheet it cannot vouch for is read again and measured (ExtentScanner)."""
    name = member.filename
    is_sheet = name == "content.xml" if ods else name.startswith("xl/worksheets/") and name.endswith(".xml")
    if not is_sheet:
        _stream(path, archive, member, None)
        return
    if not ods:
        bound = BoundScanner(MAX_ROWS, MAX_CELLS)
        _stream(path, archive, member, bound)
        if bound.within:
            _refuse_formulas(path, bound.uncached_formulas)
            return
    scanner = ExtentScanner(ods)
    _stream(path, archive, member, scanner)
    extent = scanner.largest
    if extent.rows > MAX_ROWS or extent.cells > MAX_CELLS:
        reason = f"工作表的数据范围过大（到第 {extent.rows} 行、第 {extent.cols} 列），请删除多余的行列或分批导入"
        raise refuse(path, reason)
    _refuse_formulas(path, scanner.uncached_formulas)


def _stream(
    path: Path, archive: zipfile.ZipFile, member: zipfile.ZipInfo, scanner: ExtentScanner | BoundScanner | None
) -> None:
    """The member read to its end in chunks, each refused if it holds a DTD, fed to `scanner` if any."""
    tail = b""  # the end of the previous chunk: a declaration cut in two by the chunking is still seen
    with archive.open(member) as part:
        while chunk := part.read(_CHUNK):
            # Both declarations start "<!": a chunk with no "!" (memchr) holds neither.
            if b"!" in chunk or b"!" in tail:
                seen = tail + chunk
                if b"<!DOCTYPE" in seen or b"<!ENTITY" in seen:
                    raise refuse(path, f"{NOT_A_SHEET}（含有不允许的 XML 声明）")
            tail = chunk[-8:]
            if scanner is not None:
                scanner.feed(chunk)
    if scanner is not None:
        scanner.close()


def _refuse_formulas(path: Path, uncached: int) -> None:
    if uncached:
        reason = "文件中有公式没有计算结果（多为程序生成的文件），请在 Excel/WPS 中打开、保存一次后再导入"
        raise refuse(path, reason)


def _check_members(path: Path, members: list[zipfile.ZipInfo]) -> None:
    total = 0
    for member in members:
        name = PurePosixPath(member.filename.replace("\\", "/"))
        if name.is_absolute() or ".." in name.parts or ":" in member.filename:
            raise refuse(path, f"{NOT_A_SHEET}（文件内含有可疑路径）")
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if total > MAX_UNPACKED_BYTES or (member.file_size > _RATIO_CHECKED_FROM and ratio > MAX_MEMBER_RATIO):
            raise refuse(path, TOO_BIG)


def decode_text(path: Path, data: bytes) -> str:
    """A BOM decides; else UTF-8; else GB18030 (a superset of GBK/GB2312, what WPS and old Excel save)."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode(path, data, "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(path, data, "utf-16")  # Excel's "Unicode 文本" export
    if b"\x00" in data[:4096]:
        if _looks_utf16(data[:4096]):
            raise refuse(path, "文件是 UTF-16 编码但没有编码标记（BOM），请在 Excel/WPS 中另存为「CSV UTF-8」后再导入")
        raise refuse(path, f"{NOT_A_SHEET}（含有二进制内容）")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mixes_utf8(data):
        raise refuse(path, "文件中混有 UTF-8 和 GBK 两种编码，请在 Excel/WPS 中另存为「CSV UTF-8」后再导入")
    return _decode(path, data, "gb18030")


def _decode(path: Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise refuse(
            path, f"无法识别文件的文字编码（不是 UTF-8 或 GBK），请另存为「CSV UTF-8」（第 {exc.start} 字节）"
        ) from exc


def _looks_utf16(head: bytes) -> bool:
    # ASCII (commas, digits, line breaks) in UTF-16 puts a NUL in every other byte.
    even, odd = head[0::2].count(0), head[1::2].count(0)
    return max(even, odd) >= len(head) // 8 and min(even, odd) <= max(even, odd) // 4


def _mixes_utf8(data: bytes) -> bool:
    """True when some lines are valid UTF-8 with Chinese in them and others are not (a pasted-together file)."""
    valid = invalid = False
    for line in data.splitlines():
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            valid = True
        except UnicodeDecodeError:
            invalid = True
        if valid and invalid:
            return True
    return False
