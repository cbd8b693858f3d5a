"""Backups as the clerk and the command line use them: now, once a day at start, list, restore — audited.

storage/backups.py does the file work (verified copy, rotation, safe replacement); this module decides
where backups go (settings `backup_dir`, "" → a `backups` folder beside the database), when one is
taken, what is rotated (only the automatic folder: a folder the clerk picks, e.g. on a USB stick, is
never pruned), and writes the audit rows.

Restore closes the desk: every service holds the old connection, so the clean way back is a new Desk
on the same path (the command line simply exits; the window rebuilds itself). A refused backup is
detected before anything closes, so the desk stays open and unchanged then.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from officedesk.services.clock import Clock
from officedesk.services.settings_service import SettingsService
from officedesk.storage.backups import (
    BackupError,
    BackupInfo,
    BackupRefused,
    discard_restore,
    install_restore,
    list_backups,
    looks_damaged,
    make_backup,
    newest_audit_entry,
    prepare_restore,
    rotate,
    stored_backup_dir,
)
from officedesk.storage.database import Database, open_database

DEFAULT_FOLDER_NAME = "backups"
_AUDIT_ENTITY = "database"

__all__ = [
    "BackupError",
    "BackupInfo",
    "BackupRefused",
    "BackupService",
    "RestoreResult",
    "StartBackup",
    "backup_folder",
    "backups_for",
    "folder_for",
    "restore_database",
]


@dataclass(frozen=True)
class StartBackup:
    """What backup_on_start did: `path` when a backup was taken, `reason` when one failed; neither: skipped."""

    path: Path | None = None
    reason: str = ""

    @property
    def failed(self) -> bool:
        return bool(self.reason)

    @property
    def message(self) -> str:
        if self.reason:
            return f"自动备份没有完成：{self.reason}"
        return f"已自动备份：{self.path}" if self.path else ""


@dataclass(frozen=True)
class RestoreResult:
    database_path: Path
    backup: Path
    kept: Path | None  # the copy of the replaced file (`.pre-restore-…` or `.damaged-…`); None: there was none

    def describe(self) -> str:
        kept = f"原数据库已另存为：{self.kept}" if self.kept else "原先没有数据库文件"
        return f"已从备份恢复：{self.backup} → {self.database_path}；{kept}"


def backup_folder(db_path: Path, backup_dir: str = "") -> Path:
    """The automatic backup folder: the setting (relative to the database's folder), else `backups` beside it."""
    if backup_dir.strip():
        folder = Path(backup_dir.strip()).expanduser()
        return folder if folder.is_absolute() else db_path.parent / folder
    return db_path.parent / DEFAULT_FOLDER_NAME


def folder_for(db_path: Path) -> Path:
    """The automatic folder of a file that may not open (damaged): its own setting, read best effort."""
    return backup_folder(db_path, stored_backup_dir(db_path))


def backups_for(db_path: Path) -> list[BackupInfo]:
    """Backups of a file that may not open (damaged): in its own folder setting and in the default folder."""
    return _listed(folder_for(db_path), backup_folder(db_path))


def restore_database(db_path: Path, backup: Path, clock: Clock | None = None) -> RestoreResult:
    """Replace the database file at `db_path` — closed, damaged or missing — with a verified backup.

    For the command line and for a file too damaged to open. Raises BackupRefused (nothing changed) for a
    bad backup, BackupError when the file cannot be replaced (it is then as it was).
    """
    clock = clock or Clock()
    prepared = prepare_restore(db_path, backup)
    try:
        damaged = db_path.exists() and looks_damaged(db_path)
    except BaseException:
        discard_restore(prepared)
        raise
    kept = install_restore(prepared, clock.now(), damaged=damaged)
    _audit_restore(db_path, backup, kept, clock)
    return RestoreResult(db_path, backup, kept)


class BackupService:
    def __init__(self, database: Database, settings: SettingsService, clock: Clock) -> None:
        self.database = database
        self.settings = settings
        self.clock = clock
        self.closed = False  # True once restore() has closed this desk's database

    def folder(self) -> Path:
        """Where automatic backups and "back up now" go."""
        return backup_folder(self._db_path(), self.settings.settings.backup_dir)

    def backup_now(self, target_dir: Path | None = None) -> Path:
        """A verified backup in `target_dir` (default: the automatic folder, then rotated); audited.

        Raises BackupError with the clerk's message (full, read-only or removed target, damaged database);
        no partial file is left behind and no older backup is removed then.
        """
        auto = self.folder() if self.database.path is not None else None
        folder = target_dir if target_dir is not None else auto
        if folder is None:
            raise BackupError("内存中的数据库没有默认的备份文件夹，请指定备份位置。")
        return self.record(self.copy(folder))

    def copy(self, folder: Path) -> BackupInfo:
        """The verified copy alone: nothing written to the database, nothing rotated.

        Safe on a worker thread for a database file: it reads through a connection of its own (the window
        takes the automatic backup this way, so a large file does not freeze it).
        """
        return make_backup(self.database, folder, self.clock.now())

    def record(self, info: BackupInfo) -> Path:
        """After copy(), on the desk's thread: the audit row, then rotation when it is the automatic folder."""
        with self.database.atomic():
            self.settings.log.write(_AUDIT_ENTITY, 0, "backup", "", "", str(info.path))
        if self.database.path is not None and _same_folder(info.path.parent, self.folder()):
            rotate(info.path.parent, self.settings.settings.backup_keep, protect=info.path)  # never a chosen folder
        return info.path

    def start_folder(self) -> Path | None:
        """Where today's automatic backup goes; None when none is due (one today already, or nothing changed)."""
        folder = self.folder()
        existing = list_backups(folder)
        today = self.clock.today()
        if any(b.taken_at.date() == today for b in existing) or self._unchanged_since(existing):
            return None
        return folder

    def backup_on_start(self) -> StartBackup:
        """At most one automatic backup a day, none when nothing changed since the newest; never raises."""
        try:
            folder = self.start_folder()
            if folder is None:
                return StartBackup()
            return StartBackup(path=self.record(self.copy(folder)))
        except Exception as e:  # start-up goes on whatever happened; the clerk is told why
            return StartBackup(reason=str(e) or type(e).__name__)

    def list_backups(self) -> list[BackupInfo]:
        """Backups in the automatic folder (and the default one, when the setting points elsewhere), newest first."""
        db = self._db_path()
        return _listed(self.folder(), backup_folder(db))

    def newest(self) -> BackupInfo | None:
        found = self.list_backups()
        return found[0] if found else None

    def restore(self, backup: Path) -> RestoreResult:
        """Replace this desk's file with a verified backup; the desk is closed afterwards (`closed`).

        Open a new Desk on `result.database_path` to go on. BackupRefused (bad backup) is raised before
        anything closes: the desk is then open and unchanged. Other failures may come after the close;
        the file is then as it was, and `closed` tells the caller to reopen it.
        """
        db = self._db_path()
        prepared = prepare_restore(db, backup)
        try:
            self.database.close()
            self.closed = True
            damaged = looks_damaged(db)
        except BaseException:
            discard_restore(prepared)
            raise
        kept = install_restore(prepared, self.clock.now(), damaged=damaged)
        _audit_restore(db, backup, kept, self.clock)
        return RestoreResult(db, backup, kept)

    def _db_path(self) -> Path:
        if self.database.path is None:
            raise BackupError("内存中的数据库没有备份文件夹。")
        return self.database.path

    def _unchanged_since(self, existing: list[BackupInfo]) -> bool:
        """The newest audit row is the backup row of a backup still in the folder: nothing changed since."""
        newest = newest_audit_entry(self.database)
        if not existing or newest is None:
            return False
        entity, action, after = newest
        return entity == _AUDIT_ENTITY and action == "backup" and any(_same_file(after, b.path) for b in existing)


def _audit_restore(db_path: Path, backup: Path, kept: Path | None, clock: Clock) -> None:
    """Reopen the restored file (older schemas are migrated) and record the restore in its own audit."""
    database = open_database(db_path)
    try:
        log = SettingsService(database, clock).log
        with database.atomic():
            log.write(_AUDIT_ENTITY, 0, "restore", "", str(kept or ""), str(backup))
    finally:
        database.close()


def _listed(*folders: Path) -> list[BackupInfo]:
    seen: set[Path] = set()
    found: list[BackupInfo] = []
    for folder in folders:
        key = _resolved(folder)
        if key in seen:
            continue
        seen.add(key)
        found.extend(list_backups(folder))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)  # stable: same-second order kept


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def _same_folder(a: Path, b: Path) -> bool:
    return _resolved(a) == _resolved(b)


def _same_file(text: str, path: Path) -> bool:
    return bool(text) and _resolved(Path(text)) == _resolved(path)
