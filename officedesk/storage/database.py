"""Open the one database file: pragmas, migrations (file copied first), integrity check."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import sqlite_utils

from officedesk.storage import migrations
from officedesk.storage.errors import StorageUnavailable, translated_errors

BUSY_TIMEOUT_MS = 5000


class Database:
    """The one explicit database object passed down from app.py/cli.py (no module globals)."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None) -> None:
        self.db = db
        self.path = path
        self.migration_backup: Path | None = None

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One business transaction: data rows and their audit rows commit together or not at all."""
        with translated_errors(), self.db.atomic():
            yield

    def table(self, name: str) -> sqlite_utils.db.Table:
        return self.db.table(name)

    def quick_check(self) -> bool:
        with translated_errors():
            row = self.conn.execute("PRAGMA quick_check").fetchone()
        return bool(row) and row[0] == "ok"

    def integrity_problems(self) -> list[str]:
        """`PRAGMA integrity_check` lines; empty when the file is sound."""
        try:
            rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
        except sqlite3.DatabaseError as e:  # so damaged the check itself cannot walk it
            return [str(e)]
        return [] if rows == ["ok"] else rows

    def close(self) -> None:
        # Keeps planner statistics current (SQLite's advice on close); a damaged or read-only file must still close.
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA optimize")
        self.conn.close()


def _connect(path: Path | None) -> sqlite3.Connection:
    if path is None:
        conn = sqlite3.connect(":memory:")
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
        # WAL keeps readers unblocked; FULL keeps a "saved" record across a power cut (RELIABILITY.md A2).
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA trusted_schema=OFF")
    return conn


def open_database(path: Path | str | None, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at `path`, or an in-memory one for None.

    Raises StorageUnavailable when the file cannot be used (damaged, not a database, read-only …).
    """
    p = Path(path) if path is not None else None
    if p is not None and p.exists() and p.is_dir():
        raise StorageUnavailable(f"{p} 是一个文件夹，不是数据库文件", 14)
    with translated_errors():
        conn = _connect(p)
        # Touch the schema: a non-database file fails here rather than later.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    database = Database(sqlite_utils.Database(conn), p)
    if migrate:
        with translated_errors():
            pending = migrations.pending(database.db)
            if pending and p is not None and migrations.applied_count(database.db) > 0:
                database.migration_backup = _copy_before_migration(p, conn)
            migrations.apply(database.db)
    return database


def _copy_before_migration(path: Path, conn: sqlite3.Connection) -> Path:
    """Copy the file before changing its schema, as Vorta does: a failed upgrade loses nothing."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-{stamp}{path.suffix}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy2(path, target)
    return target
