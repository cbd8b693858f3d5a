"""Backups of the one database file: verified copies, rotation, restore (RELIABILITY.md §5.5, D3/D5/D6).

Taking a backup (Zotero's pattern, RELIABILITY D3):
  SQLite's online backup API, read from a *fresh read-only connection* — a committed snapshot even while
  another connection (or the app's own) is in the middle of a write transaction — into a `.part` file in
  the target folder → `journal_mode=DELETE` (one self-contained file) → `PRAGMA integrity_check` on the
  copy → fsync → rename to `officedesk-YYYYMMDD-HHMMSS.db` → fsync the folder. A failed or damaged copy
  never replaces or rotates out a good backup, and never leaves a `.part` file behind.

Restoring one:
  `prepare_restore` copies the chosen file through the same API to a temp file beside the database and
  verifies that copy (integrity, and an OfficeDesk schema) before anything is touched; a truncated,
  garbage or foreign file is refused with the database unchanged. `install_restore` then keeps the
  current file (and its -wal) as `<name>.pre-restore-<ts>.db` — `.damaged-<ts>` when it is damaged,
  never deleted — removes stale -wal/-shm/-journal (a stale -wal would be replayed onto the restored
  file) and renames the temp file over the database. The caller closes its connections first.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sqlite3
import stat
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlite_utils

from officedesk.storage import migrations
from officedesk.storage.database import BUSY_TIMEOUT_MS, Database
from officedesk.storage.errors import StorageUnavailable, classify
from officedesk.storage.settings_repo import SettingsRepo

BACKUP_PREFIX = "officedesk-"
_NAME = re.compile(r"^officedesk-(\d{8}-\d{6})(?:-(\d+))?\.db$")
_STAMP = "%Y%m%d-%H%M%S"
_SIDE_FILES = ("-wal", "-shm", "-journal")
_STALE_PART_SECONDS = 3600  # a `.part` this old belongs to a crashed run, not to one in progress
SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every OfficeDesk file has had since its first schema step.
_OFFICEDESK_TABLES = frozenset({"settings", "visits", "audit", migrations.migrations.migrations_table})

_FULL = "磁盘已满"
_READ_ONLY = "只读或没有写入权限"
_GONE = "文件夹不存在或已移除（U盘是否已拔出？）"
_IN_USE = "文件正被其他程序占用"
_CAUSES: dict[int, str] = {
    errno.ENOSPC: _FULL,
    errno.EFBIG: _FULL,
    errno.EROFS: _READ_ONLY,
    errno.EACCES: _READ_ONLY,
    errno.EPERM: _READ_ONLY,
    errno.ENOENT: _GONE,
    errno.ENOTDIR: _GONE,
    errno.ENODEV: _GONE,
    errno.ENXIO: _GONE,
    errno.EIO: "读写出错（U盘是否已拔出？）",
}
for _name, _cause in (("EDQUOT", _FULL), ("ESTALE", _GONE), ("ENOMEDIUM", _GONE)):
    if hasattr(errno, _name):
        _CAUSES[getattr(errno, _name)] = _cause
# sqlite3 primary result codes met while writing the copy.
_SQLITE_CAUSES = {8: _READ_ONLY, 10: "读写出错（U盘是否已拔出？）", 13: _FULL, 14: "无法在此创建文件"}


@dataclass(frozen=True)
class BackupInfo:
    """One backup file; `taken_at` comes from its name, which is what the clerk sees."""

    path: Path
    taken_at: datetime
    size: int  # bytes


@dataclass(frozen=True)
class PreparedRestore:
    """A verified copy of the chosen backup, waiting beside the database to be renamed over it."""

    database_path: Path
    backup: Path
    temp: Path


class BackupError(StorageUnavailable):
    """A backup or restore that did not happen; `str(e)` says why, and that nothing was lost."""


class BackupRefused(BackupError):
    """The chosen file is missing, damaged or not an OfficeDesk database: nothing was changed."""


# --- names and listing ------------------------------------------------------------------------
def backup_name(at: datetime, n: int = 0) -> str:
    return f"{BACKUP_PREFIX}{at.strftime(_STAMP)}{f'-{n}' if n else ''}.db"


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in `folder`, newest first; none when the folder is missing or unreadable."""
    found: list[tuple[datetime, int, BackupInfo]] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None:
            continue
        try:
            if not entry.is_file():
                continue
            taken = datetime.strptime(match[1], _STAMP)
            size = entry.stat().st_size
        except (OSError, ValueError):
            continue
        found.append((taken, int(match[2] or 0), BackupInfo(Path(entry.path), taken, size)))
    found.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [info for _, _, info in found]


def rotate(folder: Path, keep: int, protect: Path | None = None) -> list[Path]:
    """Delete all but the newest `keep` (at least one) backups in `folder`; `protect` is never deleted."""
    removed: list[Path] = []
    for info in list_backups(folder)[max(1, keep) :]:
        if protect is not None and info.path == protect:
            continue
        try:
            info.path.unlink()
        except OSError:  # a read-only or vanished file: the next rotation tries again
            continue
        removed.append(info.path)
    return removed


# --- taking a backup --------------------------------------------------------------------------
def make_backup(database: Database, folder: Path, at: datetime) -> BackupInfo:
    """A verified copy of `database` in `folder` (created if missing, but never its parents).

    Raises BackupError — nothing left in `folder` — when the folder cannot take the file, or when the
    copy fails its integrity check (the database itself is then damaged and must not be backed up).
    """
    _ensure_folder(folder)
    _discard_stale_parts(folder)
    final = _free_name(folder, at)
    temp = _temp_file(folder, f".{final.name}.part-", f"无法在「{folder}」中保存备份")
    try:
        with _discarded_on_failure(temp):
            with _source(database) as source:
                _copy(source, temp)
            problems = integrity_problems(temp)
            if problems:
                raise BackupError(
                    f"备份校验未通过，数据库文件可能已损坏（{problems[0]}）。这份备份没有保存，原有备份保持不变；"
                    "请用「恢复备份」换回最近的完好备份。"
                )
            _fsync_file(temp)
            os.replace(temp, final)
            _fsync_folder(folder)
    except sqlite3.Error as e:
        code = _code(e)
        if code in (11, 26):  # the source's fault: it cannot even be read page by page
            raise BackupError(f"数据库文件已损坏，无法备份（{e}）。原有备份保持不变。", code) from e
        raise BackupError(_unwritable(folder, _SQLITE_CAUSES.get(code or 0, str(e))), code) from e
    except OSError as e:
        raise BackupError(_unwritable(folder, describe_os_error(e))) from e
    return BackupInfo(final, at.replace(microsecond=0), final.stat().st_size)


def newest_audit_entry(database: Database) -> tuple[str, str, str] | None:
    """(entity, action, after) of the newest audit row: every change writes one (DESIGN.md)."""
    row = database.conn.execute("SELECT entity, action, after FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    return (str(row[0]), str(row[1]), str(row[2] or "")) if row else None


def stored_backup_dir(db_path: Path) -> str:
    """The backup folder set in the file's own settings, read-only and best effort ("" when unreadable).

    For a file too damaged to open normally: its backups may still be found where it kept them.
    """
    if not db_path.is_file():
        return ""
    try:
        conn = _read_only(db_path)
    except sqlite3.Error:
        return ""
    try:
        return SettingsRepo(Database(sqlite_utils.Database(conn), db_path)).load().backup_dir
    except (sqlite3.Error, ValueError, TypeError, AttributeError):
        return ""
    finally:
        conn.close()


def integrity_problems(path: Path) -> list[str]:
    """`PRAGMA integrity_check` of a closed file, read-only; empty when it is sound."""
    try:
        conn = _read_only(path)
        try:
            lines = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.Error as e:
        return [str(e)]
    return [] if lines == ["ok"] else lines


def looks_damaged(db_path: Path) -> bool:
    """A quick check of a closed database file (RELIABILITY D1: 0.07 s for 116 MB)."""
    try:
        conn = _read_only(db_path)
        try:
            row = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return True
    return not (row and row[0] == "ok")


# --- restoring one ----------------------------------------------------------------------------
def prepare_restore(db_path: Path, backup: Path) -> PreparedRestore:
    """Copy `backup` to a temp file beside the database and verify it. Nothing else is touched.

    Raises BackupRefused for a missing, truncated, garbage, damaged or non-OfficeDesk file, and
    BackupError when the database's folder cannot take the copy.
    """
    name = backup.name
    unchanged = "当前数据没有任何改动。"
    try:
        with backup.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        raise BackupRefused(f"备份文件不存在：{backup}。{unchanged}") from None
    except IsADirectoryError:
        raise BackupRefused(f"「{backup}」是一个文件夹，不是备份文件。{unchanged}") from None
    except OSError as e:
        raise BackupRefused(f"无法读取备份文件「{backup}」：{describe_os_error(e)}。{unchanged}") from e
    if header != SQLITE_HEADER:
        raise BackupRefused(f"「{name}」不是 OfficeDesk 的备份文件（不是数据库文件，或文件已损坏）。{unchanged}")
    folder = db_path.parent
    if not folder.is_dir():
        raise BackupError(f"数据库所在的文件夹不存在：{folder}。{unchanged}")
    temp = _temp_file(folder, f".{db_path.name}.restore-", f"无法把备份复制到「{folder}」")
    try:
        with _discarded_on_failure(temp):
            with contextlib.closing(_read_only(backup)) as source:
                _copy(source, temp)
            problems = integrity_problems(temp)
            if problems:
                raise BackupRefused(f"备份文件「{name}」已损坏，不能用来恢复（{problems[0]}）。{unchanged}")
            if not is_officedesk_file(temp):
                raise BackupRefused(f"「{name}」不是 OfficeDesk 的数据库备份，不能用来恢复。{unchanged}")
            _fsync_file(temp)
    except sqlite3.Error as e:
        code = _code(e)
        if code in (11, 26):
            raise BackupRefused(f"备份文件「{name}」已损坏或不是数据库，不能用来恢复。{unchanged}", code) from e
        raise BackupError(f"无法把备份复制到「{folder}」：{_SQLITE_CAUSES.get(code or 0, str(e))}。{unchanged}") from e
    except OSError as e:
        raise BackupError(f"无法把备份复制到「{folder}」：{describe_os_error(e)}。{unchanged}") from e
    return PreparedRestore(db_path, backup, temp)


def install_restore(prepared: PreparedRestore, at: datetime, *, damaged: bool = False) -> Path | None:
    """Put the verified copy in place of the database; returns the kept copy of the old file (None: no file).

    Every connection to the database must be closed first. On failure the temp copy is removed and the
    database file is as it was.
    """
    db = prepared.database_path
    try:
        with _discarded_on_failure(prepared.temp):
            with contextlib.suppress(OSError):  # the restored file keeps the old one's permissions
                os.chmod(prepared.temp, stat.S_IMODE(db.stat().st_mode))
            kept = keep_aside(db, at, "damaged" if damaged else "pre-restore")
            for suffix in _SIDE_FILES:  # a stale -wal would be replayed onto the restored file
                _sidecar(db, suffix).unlink(missing_ok=True)
            os.replace(prepared.temp, db)
            _fsync_folder(db.parent)
    except OSError as e:
        raise BackupError(f"无法恢复到「{db}」：{describe_os_error(e)}。当前数据库文件保持不变。") from e
    return kept


def discard_restore(prepared: PreparedRestore) -> None:
    _discard(prepared.temp)


def keep_aside(db_path: Path, at: datetime, label: str) -> Path | None:
    """A byte-for-byte copy of the file (and a non-empty -wal beside it) as `<stem>.<label>-<ts><suffix>`.

    Raw bytes, not the backup API: a damaged file is kept exactly as it was, for whoever examines it.
    """
    if not db_path.exists():
        return None
    stamp = at.strftime(_STAMP)
    kept = db_path.with_name(f"{db_path.stem}.{label}-{stamp}{db_path.suffix}")
    n = 1
    while kept.exists():
        n += 1
        kept = db_path.with_name(f"{db_path.stem}.{label}-{stamp}-{n}{db_path.suffix}")
    wal = _sidecar(db_path, "-wal")
    try:
        _copy_bytes(db_path, kept)
        if wal.exists() and wal.stat().st_size > 0:
            _copy_bytes(wal, _sidecar(kept, "-wal"))
        _fsync_folder(db_path.parent)
    except BaseException:
        for leftover in (kept, _sidecar(kept, "-wal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise
    return kept


def is_officedesk_file(path: Path) -> bool:
    """Whether a sound SQLite file carries OfficeDesk's schema (its tables and migration records)."""
    conn = _read_only(path)
    try:
        names = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not names >= _OFFICEDESK_TABLES:
            return False
        table = migrations.migrations.migrations_table
        row = conn.execute(f"SELECT count(*) FROM [{table}] WHERE migration_set = ?", (migrations.migrations.name,))
        return int(row.fetchone()[0]) > 0
    finally:
        conn.close()


# --- helpers ----------------------------------------------------------------------------------
def describe_os_error(exc: OSError) -> str:
    """The cause of an OSError in the clerk's words (exchange/safe_write has the export-side twin)."""
    if getattr(exc, "winerror", None) in (32, 33):  # Windows sharing violation
        return _IN_USE
    if exc.errno is not None and exc.errno in _CAUSES:
        return _CAUSES[exc.errno]
    return f"写入失败（{exc.strerror or exc}）"


def _unwritable(folder: Path, cause: str) -> str:
    return f"无法在「{folder}」中保存备份：{cause}。没有留下不完整的文件，原有备份保持不变。"


def _code(error: sqlite3.Error) -> int | None:
    classified = classify(error)
    return classified.code if isinstance(classified, StorageUnavailable) else None


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


@contextlib.contextmanager
def _source(database: Database) -> Iterator[sqlite3.Connection]:
    """A connection of its own on the file: it reads the last commit, never the app's open transaction."""
    if database.path is None:  # in memory: only the app's connection can see it
        yield database.conn
        return
    conn = _read_only(database.path)
    try:
        yield conn
    finally:
        conn.close()


def _copy(source: sqlite3.Connection, target: Path) -> None:
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)  # one step: the whole copy is read under one snapshot
        dest.execute("PRAGMA journal_mode=DELETE")  # a WAL source's header says WAL; a backup is one file
    finally:
        dest.close()


def _ensure_folder(folder: Path) -> None:
    try:
        folder.mkdir(exist_ok=True)  # not parents: a pulled stick must not become a folder on the PC
    except FileExistsError:
        raise BackupError(f"「{folder}」不是文件夹，无法在其中保存备份。") from None
    except OSError as e:
        raise BackupError(_unwritable(folder, describe_os_error(e))) from e
    if not folder.is_dir():
        raise BackupError(f"「{folder}」不是文件夹，无法在其中保存备份。")


def _free_name(folder: Path, at: datetime) -> Path:
    n = 0
    while (folder / backup_name(at, n)).exists():
        n += 1
    return folder / backup_name(at, n)


def _temp_file(folder: Path, prefix: str, what: str) -> Path:
    try:
        fd, name = tempfile.mkstemp(prefix=prefix, dir=folder)
    except OSError as e:
        raise BackupError(f"{what}：{describe_os_error(e)}。没有留下不完整的文件。") from e
    os.close(fd)
    return Path(name)


def _discard_stale_parts(folder: Path) -> None:
    """`.part` files a crashed run left behind (a running one is younger than an hour)."""
    now = time.time()
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if entry.name.startswith(f".{BACKUP_PREFIX}") and ".part-" in entry.name:
                with contextlib.suppress(OSError):
                    if now - entry.stat().st_mtime > _STALE_PART_SECONDS:
                        _discard(Path(entry.path))


@contextlib.contextmanager
def _discarded_on_failure(temp: Path) -> Iterator[None]:
    """Whatever stops the block (an error, a refusal, Ctrl+C), `temp` and its side files go with it."""
    try:
        yield
    except BaseException:
        _discard(temp)
        raise


def _discard(temp: Path) -> None:
    for path in (temp, *(_sidecar(temp, s) for s in _SIDE_FILES)):
        with contextlib.suppress(OSError):  # the stick may be gone: nothing more to clean up then
            path.unlink(missing_ok=True)


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _copy_bytes(source: Path, target: Path) -> None:
    with source.open("rb") as src, target.open("xb") as dst:
        shutil.copyfileobj(src, dst, 1024 * 1024)
        dst.flush()
        os.fsync(dst.fileno())


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))  # Windows' _commit needs a writable handle
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to fsync."""
    if os.name == "nt" or not hasattr(os, "O_DIRECTORY"):
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)
