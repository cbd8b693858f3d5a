"""Storage errors split as qutebrowser does: the file's fault (a friendly message) versus a bug."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

# sqlite3 primary result codes (sqlite3.h) that mean "the file, the disk or another program", not our code.
_FILE_FAULTS = {
    5: "数据库正被另一个程序占用，请稍后再试",  # SQLITE_BUSY
    6: "数据库被锁定，请稍后再试",  # SQLITE_LOCKED
    8: "数据库文件是只读的，无法保存更改",  # SQLITE_READONLY
    10: "读写数据库文件时发生磁盘错误",  # SQLITE_IOERR
    11: "数据库文件已损坏",  # SQLITE_CORRUPT
    13: "磁盘已满，无法保存更改",  # SQLITE_FULL
    14: "无法打开数据库文件",  # SQLITE_CANTOPEN
    26: "这不是 OfficeDesk 的数据库文件，或文件已损坏",  # SQLITE_NOTADB
}


class StorageError(Exception):
    """Base of storage failures."""


class StorageUnavailable(StorageError):
    """The file's fault: full, locked, read-only, damaged. `str(e)` is a message for the clerk."""

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code

    @property
    def damaged(self) -> bool:
        return self.code in (11, 26)


class StorageBug(StorageError):
    """Anything else: our bug. Goes to the crash/report path."""


class RecordNotFound(StorageError):
    """A record id that does not exist (or no longer exists)."""


def classify(error: sqlite3.Error) -> StorageError:
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in _FILE_FAULTS:
        return StorageUnavailable(_FILE_FAULTS[primary], primary)
    text = str(error).lower()
    # Some failures arrive without an error code (e.g. from executescript) — fall back to the text.
    for needle, primary in (
        ("disk is full", 13),
        ("readonly", 8),
        ("malformed", 11),
        ("not a database", 26),
        ("locked", 5),
        ("unable to open", 14),
        ("disk i/o", 10),
    ):
        if needle in text:
            return StorageUnavailable(_FILE_FAULTS[primary], primary)
    return StorageBug(f"{type(error).__name__}: {error}")


@contextmanager
def translated_errors() -> Iterator[None]:
    """Re-raise sqlite3 errors as StorageUnavailable / StorageBug."""
    try:
        yield
    except sqlite3.Error as e:
        raise classify(e) from e
