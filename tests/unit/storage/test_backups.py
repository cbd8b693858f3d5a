"""Backups of the database file (RELIABILITY.md §5.5): consistent and verified copies, rotation, safe restore."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from officedesk.services.clock import Clock
from officedesk.services.demo_service import load_demo
from officedesk.services.desk import Desk
from officedesk.storage.backups import (
    BackupError,
    BackupRefused,
    install_restore,
    integrity_problems,
    is_officedesk_file,
    list_backups,
    make_backup,
    prepare_restore,
    rotate,
)
from officedesk.storage.database import open_database

AT = datetime(2026, 11, 23, 10, 0, 0)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _count(path: Path, table: str = "visits") -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[Desk]:
    """A desk with 120 demo visits on a real file (about 500 KB: more than the tiny tmpfs below holds)."""
    desk = Desk.open(tmp_path / "office.db", Clock.fixed(AT))
    load_demo(desk, visits=120)
    try:
        yield desk
    finally:
        desk.close()


def _raw_insert(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO visits (received_at, created_at, updated_at, petitioner, requests, channel, reg_no, status) "
        "VALUES ('2026-11-23 09:00:00', '2026-11-23 09:00:00', '2026-11-23 09:00:00', '未提交', '未提交的事务', "
        "'来访', 'XF-2026-9999', '办理中')"
    )


# --- taking a backup --------------------------------------------------------------------------
def test_backup_during_an_open_write_transaction_on_another_connection_is_consistent(
    filled: Desk, tmp_path: Path
) -> None:
    db = filled.path
    assert db is not None
    committed = filled.visits.count()
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    _raw_insert(writer)  # the write lock is held and the row is not committed
    try:
        info = make_backup(filled.database, tmp_path / "backups", AT)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert integrity_problems(info.path) == []
    assert _count(info.path) == committed  # the last commit, not the open transaction
    assert is_officedesk_file(info.path)


def test_backup_never_sees_the_apps_own_uncommitted_changes(filled: Desk, tmp_path: Path) -> None:
    committed = filled.visits.count()
    with filled.database.atomic():
        _raw_insert(filled.database.conn)
        info = make_backup(filled.database, tmp_path / "backups", AT)
    assert _count(info.path) == committed
    assert filled.visits.count() == committed + 1  # and the app's transaction went on to commit


def test_a_backup_is_one_self_contained_file_named_by_its_time(filled: Desk, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    info = make_backup(filled.database, folder, AT)
    assert info.path.name == "officedesk-20261123-100000.db"
    assert info.taken_at == AT and info.size == info.path.stat().st_size
    assert sorted(p.name for p in folder.iterdir()) == [info.path.name]  # no -wal, -journal or .part
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    second = make_backup(filled.database, folder, AT)  # the same second: a new name, never overwritten
    assert second.path.name == "officedesk-20261123-100000-1.db"
    assert [b.path for b in list_backups(folder)] == [second.path, info.path]


def test_every_backup_fsyncs_file_and_folder_before_it_counts(
    filled: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[str] = []
    real = os.fsync

    def spy(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real(fd)

    monkeypatch.setattr(os, "fsync", spy)
    info = make_backup(filled.database, tmp_path / "backups", AT)
    assert any(".part-" in s for s in synced)  # the copy, before its rename
    assert str(info.path.parent) in synced  # the folder, after it


def test_listing_is_newest_first_and_ignores_other_files(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for stamp in ("20261120-080000", "20261123-090000", "20261121-235959"):
        (folder / f"officedesk-{stamp}.db").write_bytes(b"x" * 10)
    for other in ("notes.txt", "officedesk-2026.db", ".officedesk-20261124-000000.db.part-abc", "officedesk.db"):
        (folder / other).write_bytes(b"y")
    found = list_backups(folder)
    assert [b.taken_at for b in found] == [datetime(2026, 11, 23, 9), datetime(2026, 11, 21, 23, 59, 59),
                                           datetime(2026, 11, 20, 8)]  # fmt: skip
    assert all(b.size == 10 for b in found)
    assert list_backups(tmp_path / "missing") == []


def test_rotation_keeps_the_newest_n(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    names = [f"officedesk-{(AT + timedelta(days=i)):%Y%m%d-%H%M%S}.db" for i in range(7)]
    for name in names:
        (folder / name).write_bytes(b"x")
    (folder / "keep-me.txt").write_bytes(b"mine")
    removed = rotate(folder, 3)
    assert sorted(p.name for p in removed) == names[:4]
    assert sorted(p.name for p in folder.iterdir()) == sorted([*names[4:], "keep-me.txt"])
    assert rotate(folder, 0) and [b.path.name for b in list_backups(folder)] == [names[-1]]  # at least one stays


def test_a_missing_parent_folder_is_not_created(filled: Desk, tmp_path: Path) -> None:
    stick = tmp_path / "media" / "usb"  # the stick was pulled: /media/usb is gone
    with pytest.raises(BackupError, match="不存在或已移除"):
        make_backup(filled.database, stick / "备份", AT)
    assert not (tmp_path / "media").exists()


@pytest.mark.parametrize("fail", ["replace", "fsync"])
def test_an_io_error_leaves_no_partial_file_and_the_source_untouched(
    filled: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail: str
) -> None:
    db = filled.path
    assert db is not None
    folder = tmp_path / "backups"
    make_backup(filled.database, folder, AT - timedelta(days=1))
    before = sorted(folder.iterdir())
    filled.database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    source = _digest(db)

    def eio(*_args: object) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, fail, eio)
    with pytest.raises(BackupError, match="读写出错"):
        make_backup(filled.database, folder, AT)
    monkeypatch.undo()
    assert sorted(folder.iterdir()) == before  # the older backup is there, nothing else
    assert _digest(db) == source


def test_a_damaged_database_is_not_backed_up(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    desk = Desk.open(path)
    load_demo(desk, visits=300)
    desk.close()
    with path.open("r+b") as f:  # zero page 5, an index root: the file still opens, the check fails
        f.seek(4 * 4096)
        f.write(b"\0" * 4096)
    database = open_database(path, migrate=False)
    folder = tmp_path / "backups"
    try:
        with pytest.raises(BackupError, match="可能已损坏"):
            make_backup(database, folder, AT)
    finally:
        database.close()
    assert list(folder.iterdir()) == []


# --- a full target: a real 256 KB tmpfs (RELIABILITY §5.1, B1) ------------------------------
@pytest.fixture
def mount_tmpfs(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """`mount_tmpfs("256k")`: a real tmpfs of that size in tmp_path, unmounted after the test."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mounted: list[Path] = []

    def mount(size: str) -> Path:
        folder = tmp_path / f"full-{len(mounted)}"
        folder.mkdir()
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=True)
        mounted.append(folder)
        return folder

    try:
        yield mount
    finally:
        for folder in mounted:
            subprocess.run(["umount", str(folder)], check=False)


@pytest.fixture
def tiny_fs(mount_tmpfs: Callable[[str], Path]) -> Path:
    return mount_tmpfs("256k")


@pytest.mark.root
def test_a_full_target_gives_a_clear_error_and_no_partial_file(filled: Desk, tiny_fs: Path) -> None:
    old = tiny_fs / "officedesk-20261101-080000.db"
    old.write_bytes(b"an older backup")
    with pytest.raises(BackupError, match="磁盘已满") as raised:
        make_backup(filled.database, tiny_fs, AT)
    assert str(tiny_fs) in str(raised.value) and "原有备份保持不变" in str(raised.value)
    assert sorted(p.name for p in tiny_fs.iterdir()) == [old.name]
    assert old.read_bytes() == b"an older backup"


@pytest.mark.root
def test_a_full_folder_refuses_a_restore_and_keeps_the_database(
    filled: Desk, tmp_path: Path, mount_tmpfs: Callable[[str], Path]
) -> None:
    backup = make_backup(filled.database, tmp_path / "backups", AT).path
    folder = mount_tmpfs("2m")
    small = Desk.open(folder / "small.db")
    small.close()
    stat = os.statvfs(folder)
    (folder / "filler").write_bytes(b"f" * (stat.f_bavail * stat.f_frsize - 64 * 1024))  # 64 KB stay free
    before = _digest(folder / "small.db")
    with pytest.raises(BackupError, match="磁盘已满"):
        prepare_restore(folder / "small.db", backup)
    assert _digest(folder / "small.db") == before
    assert sorted(p.name for p in folder.iterdir()) == ["filler", "small.db"]


# --- restoring --------------------------------------------------------------------------------
def test_restore_replaces_the_file_and_keeps_the_old_one(filled: Desk, tmp_path: Path) -> None:
    db = filled.path
    assert db is not None
    backup = make_backup(filled.database, tmp_path / "backups", AT).path
    in_backup = filled.visits.count()
    with filled.database.atomic():
        _raw_insert(filled.database.conn)
    prepared = prepare_restore(db, backup)
    filled.close()
    (db.parent / f"{db.name}-wal").write_bytes(b"stale wal of another file")  # must not be replayed
    kept = install_restore(prepared, AT + timedelta(minutes=5))
    assert kept is not None and kept.name == "office.pre-restore-20261123-100500.db"
    assert _count(kept) == in_backup + 1  # the replaced data, kept
    assert not (db.parent / f"{db.name}-wal").exists() and not (db.parent / f"{db.name}-shm").exists()
    assert integrity_problems(db) == []
    reopened = Desk.open(db)
    try:
        assert reopened.visits.count() == in_backup
    finally:
        reopened.close()
    assert not [p for p in db.parent.iterdir() if ".restore-" in p.name]  # no temp left


def _garbage(folder: Path) -> Path:
    p = folder / "garbage.db"
    p.write_bytes(os.urandom(64 * 1024))
    return p


def _truncated(folder: Path, backup: Path) -> Path:
    p = folder / "truncated.db"
    data = backup.read_bytes()
    p.write_bytes(data[: len(data) // 2])
    return p


def _foreign(folder: Path) -> Path:
    p = folder / "other-app.db"
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('not ours')")
    conn.commit()
    conn.close()
    return p


def _damaged(folder: Path, backup: Path) -> Path:
    p = folder / "damaged.db"
    data = bytearray(backup.read_bytes())
    data[4 * 4096 : 5 * 4096] = bytes(4096)
    p.write_bytes(bytes(data))
    return p


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda folder, _b: _garbage(folder), "不是 OfficeDesk 的备份文件"),
        (_truncated, "已损坏"),
        (lambda folder, _b: _foreign(folder), "不是 OfficeDesk 的数据库备份"),
        (_damaged, "已损坏"),
        (lambda folder, _b: folder / "missing.db", "不存在"),
        (lambda folder, _b: folder, "文件夹"),
        (lambda folder, _b: (folder / "empty.db").open("wb").close() or folder / "empty.db", "不是 OfficeDesk"),
    ],
    ids=["garbage", "truncated", "foreign", "damaged", "missing", "folder", "empty"],
)
def test_a_bad_backup_is_refused_with_the_database_unchanged(filled: Desk, tmp_path: Path, make: object,
                                                             message: str) -> None:  # fmt: skip
    db = filled.path
    assert db is not None
    backup = make_backup(filled.database, tmp_path / "backups", AT).path
    bad_folder = tmp_path / "bad"
    bad_folder.mkdir()
    bad = make(bad_folder, backup)  # type: ignore[operator]
    filled.database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = sorted(p.name for p in db.parent.iterdir())
    digest = _digest(db)
    with pytest.raises(BackupRefused, match=message) as raised:
        prepare_restore(db, bad)
    assert "当前数据没有任何改动" in str(raised.value)
    assert _digest(db) == digest
    assert sorted(p.name for p in db.parent.iterdir()) == before  # no temp copy left beside it
    assert filled.visits.count() > 0  # and the open desk goes on working


def test_restore_never_removes_backups(filled: Desk, tmp_path: Path) -> None:
    """D5 (AnkiDroid #8897): restoring again and again leaves the backup set as it was."""
    db = filled.path
    assert db is not None
    folder = tmp_path / "backups"
    for i in range(3):
        make_backup(filled.database, folder, AT + timedelta(hours=i))
    filled.close()
    backups = sorted(folder.iterdir())
    for i in range(5):
        install_restore(prepare_restore(db, backups[i % 3]), AT + timedelta(days=1, minutes=i))
    assert sorted(folder.iterdir()) == backups
    assert len(list(db.parent.glob("office.pre-restore-*.db"))) == 5
