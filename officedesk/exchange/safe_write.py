"""Write a file so that a full, read-only or pulled USB stick never leaves a half-written export.

RELIABILITY.md F5: write `.part` in the target folder → fsync → os.replace → fsync the folder →
reopen and verify; no success without verification (the KeePassXC #8176 lesson: a save that
reported success left a truncated database on the stick).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from officedesk.exchange.errors import ExchangeError, TargetUnwritable

DISK_FULL = "磁盘已满"
READ_ONLY = "只读（没有写入权限）"
# Windows reports a file held open by Excel/WPS as access denied too, so say both.
NO_PERMISSION = "只读（没有写入权限，或文件正被 Excel/WPS 打开）"
GONE = "目标已移除或无法访问"
IN_USE = "文件正被其他程序（如 Excel/WPS）打开，请关闭后重试"

_CAUSES: dict[int, str] = {
    errno.ENOSPC: DISK_FULL,
    errno.EFBIG: DISK_FULL,  # FAT32 sticks refuse files over 4 GB this way
    errno.EROFS: READ_ONLY,
    errno.EACCES: NO_PERMISSION,
    errno.EPERM: NO_PERMISSION,
    errno.ENOENT: GONE,
    errno.ENOTDIR: GONE,
    errno.ENODEV: GONE,
    errno.ENXIO: GONE,
    errno.EIO: GONE,  # what a stick pulled mid-write usually reports
}
for _name in ("EDQUOT", "ESTALE", "ENOMEDIUM"):
    if hasattr(errno, _name):
        _CAUSES[getattr(errno, _name)] = DISK_FULL if _name == "EDQUOT" else GONE

# Windows sharing violations: the target is open in Excel/WPS, which locks it against replacement.
_WINERROR_IN_USE = (32, 33)


def describe_os_error(exc: OSError) -> str:
    """The cause, in the clerk's words, of an OSError raised while writing."""
    if getattr(exc, "winerror", None) in _WINERROR_IN_USE:
        return IN_USE
    if exc.errno is not None and exc.errno in _CAUSES:
        return _CAUSES[exc.errno]
    return f"写入失败（{exc.strerror or exc}）"


def write_atomically(
    target: Path,
    write: Callable[[BinaryIO], None],
    verify: Callable[[Path], None] | None = None,
) -> None:
    """Write `target` through `write`, replacing any previous file only once the new one is complete.

    Raises TargetUnwritable (the previous file untouched, no temp file left) when the folder cannot
    take the file, and ExchangeError when the written file fails `verify`.
    """
    folder = target.parent
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.part-", dir=folder)
    except OSError as exc:
        raise TargetUnwritable(folder, describe_os_error(exc), target.name) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except OSError as exc:
        _discard(temp)
        raise TargetUnwritable(folder, describe_os_error(exc), target.name) from exc
    except BaseException:
        _discard(temp)
        raise
    try:
        _fsync_folder(folder)
        if verify is not None:
            verify(target)
    except Exception as exc:
        raise ExchangeError(
            f"「{target}」已写入，但写入后校验失败，目标上的文件不可靠，请重新导出或换一个U盘。（{exc}）"
        ) from exc


def _discard(temp: Path) -> None:
    # The folder may be gone (stick pulled); there is nothing more to clean up then.
    with contextlib.suppress(OSError):
        temp.unlink(missing_ok=True)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to fsync."""
    if os.name == "nt" or not hasattr(os, "O_DIRECTORY"):
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some file systems (vfat over FUSE, network shares) cannot fsync a directory at all.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)
