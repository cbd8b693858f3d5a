"""The database file: pragmas, migrations from every older schema, errors, append-only audit."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from officedesk.storage import migrations
from officedesk.storage.database import open_database
from officedesk.storage.errors import StorageBug, StorageUnavailable, classify


def test_pragmas_hold_the_reliability_bar(tmp_path: Path) -> None:
    db = open_database(tmp_path / "d.db")
    conn = db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL: a saved record survives a power cut
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    db.close()


def test_new_file_gets_every_migration(tmp_path: Path) -> None:
    db = open_database(tmp_path / "d.db")
    assert migrations.pending(db.db) == []
    tables = set(db.db.table_names())
    assert {
        "visits",
        "visit_notes",
        "audit",
        "settings",
        "categories",
        "units",
        "calendar_override",
        "visit_search",
        "visit_fts",
        "visit_bigrams",
    } <= tables
    assert db.migration_backup is None  # nothing to protect in a new file
    db.close()


@pytest.mark.parametrize("stop_before", [name for name in (m.name for m in migrations.migrations._migrations)][1:])
def test_upgrade_from_each_older_schema_keeps_data_and_copies_the_file(tmp_path: Path, stop_before: str) -> None:
    path = tmp_path / "old.db"
    raw = sqlite_utils.Database(path)
    migrations.migrations.apply(raw, stop_before=stop_before)
    raw.execute(
        "INSERT INTO visits (received_at, created_at, updated_at, petitioner, requests, channel, reg_no, status) "
        "VALUES ('2026-03-02 09:00:00', '2026-03-02 09:00:00', '2026-03-02 09:00:00', '张建国', "
        "'请求督促支付拖欠的工资', '来访', 'XF-2026-0001', '办理中')"
    )
    raw.conn.commit()
    raw.close()

    db = open_database(path)
    assert migrations.pending(db.db) == []
    assert db.migration_backup is not None and db.migration_backup.exists()
    kept = sqlite3.connect(db.migration_backup)
    assert kept.execute("SELECT petitioner FROM visits").fetchall() == [("张建国",)]
    kept.close()
    assert db.conn.execute("SELECT petitioner FROM visits").fetchall() == [("张建国",)]
    assert db.quick_check()
    if stop_before == "m002_search":  # the search index was built over what the old file held
        assert db.conn.execute("SELECT rowid FROM visit_fts WHERE visit_fts MATCH '\"拖欠的\"'").fetchall() == [(1,)]
    db.close()


def test_audit_is_append_only(tmp_path: Path) -> None:
    db = open_database(tmp_path / "d.db")
    db.conn.execute("INSERT INTO audit (at, user, entity, entity_id, action) VALUES ('t', 'u', 'visit', 1, 'insert')")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.conn.execute("UPDATE audit SET user = 'x'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.conn.execute("DELETE FROM audit")
    db.close()


def test_a_file_that_is_not_a_database_gives_a_friendly_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is a letter, not a database" * 200)
    with pytest.raises(StorageUnavailable) as e:
        open_database(path)
    assert e.value.damaged
    assert "数据库" in str(e.value)
    assert path.read_bytes().startswith(b"this is a letter")  # untouched


def test_a_damaged_page_is_found_by_the_integrity_check(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    db = open_database(path)
    db.conn.executemany(
        "INSERT INTO visits (received_at, created_at, updated_at, requests) VALUES ('2026-01-01', 'x', 'x', ?)",
        [("诉求" * 200,) for _ in range(300)],
    )
    db.conn.commit()
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = db.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'visits_received'").fetchone()[0]
    page = db.conn.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page
    for i in range(start + 8, start + page):  # scribble over an index b-tree page's cells
        data[i] = 0x5A
    path.write_bytes(bytes(data))
    try:
        damaged = open_database(path, migrate=False)
    except StorageUnavailable:
        return  # refused at open: also a detection
    assert damaged.integrity_problems() != []
    damaged.close()


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(StorageUnavailable, match="文件夹"):
        open_database(tmp_path)


@pytest.mark.parametrize(
    ("message", "code", "kind"),
    [
        ("database or disk is full", 13, StorageUnavailable),
        ("attempt to write a readonly database", 8, StorageUnavailable),
        ("database disk image is malformed", 11, StorageUnavailable),
        ("database is locked", 5, StorageUnavailable),
        ("no such column: nonsense", 1, StorageBug),
    ],
)
def test_errors_split_into_the_files_fault_and_bugs(message: str, code: int, kind: type[Exception]) -> None:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code
    assert isinstance(classify(error), kind)


def test_a_write_on_a_read_only_file_is_the_files_fault(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    open_database(path).close()
    ro = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    from officedesk.domain.settings import DeskSettings
    from officedesk.storage.database import Database
    from officedesk.storage.settings_repo import SettingsRepo

    repo = SettingsRepo(Database(sqlite_utils.Database(ro), path))
    with pytest.raises(StorageUnavailable, match="只读"):
        repo.save(DeskSettings())
    ro.close()


def test_overrides_survive_the_day_off_migration_and_accept_the_new_kind(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    raw = sqlite_utils.Database(path)
    migrations.migrations.apply(raw, stop_before="m007_day_off_overrides")
    raw.execute("INSERT INTO calendar_override (day, kind, name, source) VALUES ('2027-02-05', 'holiday', '春节', 'x')")
    with pytest.raises(sqlite3.IntegrityError):  # the old CHECK knew two kinds only
        raw.execute("INSERT INTO calendar_override (day, kind) VALUES ('2027-02-12', 'day_off')")
    raw.conn.commit()
    raw.close()

    db = open_database(path)
    db.conn.execute("INSERT INTO calendar_override (day, kind, name) VALUES ('2027-02-12', 'day_off', '春节')")
    rows = db.conn.execute("SELECT day, kind, name, source FROM calendar_override ORDER BY day").fetchall()
    assert rows == [("2027-02-05", "holiday", "春节", "x"), ("2027-02-12", "day_off", "春节", "")]
    with pytest.raises(sqlite3.IntegrityError):
        db.conn.execute("INSERT INTO calendar_override (day, kind) VALUES ('2027-02-13', 'vacation')")
    db.close()
