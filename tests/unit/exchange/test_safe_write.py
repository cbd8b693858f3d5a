from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import BinaryIO, NoReturn

import pytest

from officedesk.exchange.errors import ExchangeError, TargetUnwritable
from officedesk.exchange.safe_write import (
    DISK_FULL,
    GONE,
    IN_USE,
    NO_PERMISSION,
    READ_ONLY,
    describe_os_error,
    write_atomically,
)

PREVIOUS = b"the export from last week"


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".part-" in p.name)


def _failing_after(k: int, code: int):  # type: ignore[no-untyped-def]
    def write(stream: BinaryIO) -> NoReturn:
        stream.write(b"x" * k)
        raise OSError(code, os.strerror(code))

    return write


@pytest.fixture
def previous(tmp_path: Path) -> Path:
    target = tmp_path / "台账.xlsx"
    target.write_bytes(PREVIOUS)
    return target


def test_writes_the_file_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "台账.csv"
    seen: list[bytes] = []
    write_atomically(target, lambda s: s.write(b"a,b\r\n"), lambda p: seen.append(p.read_bytes()))
    assert target.read_bytes() == b"a,b\r\n"
    assert seen == [b"a,b\r\n"]  # verify ran on the final file
    assert _leftovers(tmp_path) == []


def test_replaces_a_previous_file(previous: Path) -> None:
    write_atomically(previous, lambda s: s.write(b"new"))
    assert previous.read_bytes() == b"new"


@pytest.mark.parametrize(("code", "cause"), [(errno.ENOSPC, DISK_FULL), (errno.EIO, GONE), (errno.EROFS, READ_ONLY)])
def test_failed_write_keeps_the_previous_file(previous: Path, code: int, cause: str) -> None:
    with pytest.raises(TargetUnwritable) as caught:
        write_atomically(previous, _failing_after(10_000, code))
    assert previous.read_bytes() == PREVIOUS
    assert _leftovers(previous.parent) == []
    assert caught.value.cause == cause
    assert str(previous.parent) in str(caught.value)
    assert cause in str(caught.value)


def test_failing_replace_keeps_the_previous_file(previous: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(src: object, dst: object) -> NoReturn:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(TargetUnwritable, match="只读"):
        write_atomically(previous, lambda s: s.write(b"new"))
    assert previous.read_bytes() == PREVIOUS
    assert _leftovers(previous.parent) == []


def test_failing_fsync_keeps_the_previous_file(previous: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(fd: int) -> NoReturn:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", refuse)
    with pytest.raises(TargetUnwritable, match=GONE):
        write_atomically(previous, lambda s: s.write(b"new"))
    assert previous.read_bytes() == PREVIOUS
    assert _leftovers(previous.parent) == []


def test_other_errors_pass_through_and_clean_up(previous: Path) -> None:
    def broken(stream: BinaryIO) -> NoReturn:
        stream.write(b"half")
        raise KeyError("a bug in the writer")

    with pytest.raises(KeyError):
        write_atomically(previous, broken)
    assert previous.read_bytes() == PREVIOUS
    assert _leftovers(previous.parent) == []


def test_missing_folder_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "已拔出的U盘"
    with pytest.raises(TargetUnwritable) as caught:
        write_atomically(folder / "台账.xlsx", lambda s: s.write(b"x"))
    assert caught.value.folder == folder
    assert str(caught.value) == f"无法写入文件夹「{folder}」：{GONE}，「台账.xlsx」未保存。原有文件保持不变。"


def test_read_only_folder(read_only_folder: Path) -> None:
    target = read_only_folder / "台账.xlsx"
    with pytest.raises(TargetUnwritable) as caught:
        write_atomically(target, lambda s: s.write(b"new"))
    assert caught.value.cause in (READ_ONLY, NO_PERMISSION)  # EROFS on the bind mount, EACCES on chmod 500
    assert "只读" in str(caught.value)
    assert target.read_bytes() == b"previous export"
    assert _leftovers(read_only_folder) == []


@pytest.mark.root
def test_full_disk_keeps_the_previous_file(full_disk: Path) -> None:
    target = full_disk / "台账.xlsx"
    target.write_bytes(PREVIOUS)
    with pytest.raises(TargetUnwritable) as caught:
        write_atomically(target, lambda s: s.write(os.urandom(256 * 1024)))
    assert caught.value.cause == DISK_FULL
    assert "磁盘已满" in str(caught.value)
    assert target.read_bytes() == PREVIOUS
    assert _leftovers(full_disk) == []


def test_failed_verification_says_the_file_is_unreliable(tmp_path: Path) -> None:
    def verify(path: Path) -> NoReturn:
        raise ValueError("sheet part missing")

    target = tmp_path / "台账.xlsx"
    with pytest.raises(ExchangeError) as caught:
        write_atomically(target, lambda s: s.write(b"x"), verify)
    assert not isinstance(caught.value, TargetUnwritable)
    assert "不可靠" in str(caught.value)
    assert str(target) in str(caught.value)


def test_a_file_open_in_excel_on_windows() -> None:
    exc = PermissionError(errno.EACCES, "Permission denied")
    exc.winerror = 32  # type: ignore[attr-defined]
    assert describe_os_error(exc) == IN_USE
    assert describe_os_error(OSError(errno.EMLINK, "Too many links")) == "写入失败（Too many links）"
