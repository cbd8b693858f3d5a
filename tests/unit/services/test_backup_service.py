"""BackupService on the desk: where backups go, once a day at start, rotation, audit, restore and reopen."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from officedesk.domain.visits import Visit
from officedesk.services.backup_service import (
    BackupError,
    BackupRefused,
    backup_folder,
    backups_for,
    folder_for,
    restore_database,
)
from officedesk.services.clock import Clock
from officedesk.services.demo_service import load_demo
from officedesk.services.desk import Desk

DAY1 = datetime(2026, 11, 23, 8, 30)


class MovingClock:
    """A clock the test moves: `clock.at = ...`."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


@pytest.fixture
def moving() -> MovingClock:
    return MovingClock(DAY1)


@pytest.fixture
def desk(tmp_path: Path, moving: MovingClock) -> Iterator[Desk]:
    d = Desk.open(tmp_path / "office.db", Clock(moving.now))
    load_demo(d, visits=40)
    try:
        yield d
    finally:
        d.close()


def _add_visit(desk: Desk) -> None:
    desk.visits.save(Visit(channel="来访", received_at=desk.clock.now(), petitioner="王五", requests="反映噪声问题"))


def _audit(path: Path) -> list[tuple[str, str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT entity, action, before, after FROM audit WHERE entity = 'database' ORDER BY id")
        return [tuple(r) for r in rows.fetchall()]
    finally:
        conn.close()


def test_backup_now_goes_beside_the_database_and_is_audited(desk: Desk, tmp_path: Path) -> None:
    path = desk.backups.backup_now()
    assert path == tmp_path / "backups" / "officedesk-20261123-083000.db"
    assert _audit(tmp_path / "office.db") == [("database", "backup", "", str(path))]
    assert [b.path for b in desk.backups.list_backups()] == [path]
    assert desk.backups.newest() is not None


def test_the_backup_folder_setting_is_used(desk: Desk, tmp_path: Path) -> None:
    desk.settings.save(desk.settings.with_changes(backup_dir=str(tmp_path / "elsewhere")))
    assert desk.backups.backup_now().parent == tmp_path / "elsewhere"
    assert backup_folder(tmp_path / "office.db", "copies") == tmp_path / "copies"  # relative to the database
    assert folder_for(tmp_path / "office.db") == tmp_path / "elsewhere"  # read from the file itself


def test_rotation_keeps_the_setting_and_never_prunes_a_chosen_folder(
    desk: Desk, tmp_path: Path, moving: MovingClock
) -> None:
    desk.settings.save(desk.settings.with_changes(backup_keep=3))
    made = []
    for i in range(5):
        moving.at = DAY1 + timedelta(hours=i)
        made.append(desk.backups.backup_now())
    assert [b.path for b in desk.backups.list_backups()] == made[:1:-1]  # the newest three
    stick = tmp_path / "stick"
    stick.mkdir()
    for i in range(5):
        moving.at = DAY1 + timedelta(days=1, hours=i)
        desk.backups.backup_now(stick)
    assert len(list(stick.iterdir())) == 5


def test_backup_on_start_runs_once_a_day(desk: Desk, moving: MovingClock) -> None:
    first = desk.backups.backup_on_start()
    assert first.path is not None and not first.failed and "已自动备份" in first.message
    _add_visit(desk)
    moving.at = DAY1 + timedelta(hours=6)
    assert desk.backups.backup_on_start().path is None  # the same day: one is enough
    moving.at = DAY1 + timedelta(days=1)
    second = desk.backups.backup_on_start()
    assert second.path is not None and second.path != first.path
    assert len(desk.backups.list_backups()) == 2


def test_backup_on_start_skips_a_day_when_nothing_changed(desk: Desk, moving: MovingClock) -> None:
    assert desk.backups.backup_on_start().path is not None
    moving.at = DAY1 + timedelta(days=1)
    assert desk.backups.backup_on_start().path is None  # the newest backup already holds all of it
    _add_visit(desk)
    moving.at = DAY1 + timedelta(days=2)
    assert desk.backups.backup_on_start().path is not None


def test_backup_on_start_reports_a_failure_instead_of_raising(desk: Desk, tmp_path: Path) -> None:
    desk.settings.save(desk.settings.with_changes(backup_dir=str(tmp_path / "pulled" / "stick")))
    outcome = desk.backups.backup_on_start()
    assert outcome.path is None and outcome.failed
    assert "不存在或已移除" in outcome.reason and outcome.message.startswith("自动备份没有完成")
    assert not (tmp_path / "pulled").exists()


def test_a_failed_backup_is_not_audited_and_removes_nothing(desk: Desk, tmp_path: Path) -> None:
    desk.backups.backup_now()
    target = tmp_path / "a-file"
    target.write_text("not a folder")
    with pytest.raises(BackupError, match="不是文件夹"):
        desk.backups.backup_now(target)
    assert [a[1] for a in _audit(tmp_path / "office.db")] == ["backup"]
    assert len(desk.backups.list_backups()) == 1


def test_restore_closes_the_desk_and_a_new_desk_sees_the_backup(desk: Desk, tmp_path: Path) -> None:
    backup = desk.backups.backup_now()
    in_backup = desk.visits.count()
    _add_visit(desk)
    result = desk.backups.restore(backup)
    assert desk.backups.closed
    assert result.kept is not None and result.kept.exists() and "pre-restore" in result.kept.name
    assert "已从备份恢复" in result.describe()
    again = Desk.open(tmp_path / "office.db")
    try:
        assert again.visits.count() == in_backup
        assert again.backups.list_backups()[0].path == backup  # restoring removed no backup
    finally:
        again.close()
    assert _audit(tmp_path / "office.db")[-1] == ("database", "restore", str(result.kept), str(backup))


def test_a_refused_restore_leaves_the_desk_open(desk: Desk, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"\x00garbage" * 1000)
    count = desk.visits.count()
    with pytest.raises(BackupRefused):
        desk.backups.restore(garbage)
    assert not desk.backups.closed
    assert desk.visits.count() == count  # still open, still the same data


def test_a_damaged_file_is_restored_from_its_newest_backup(desk: Desk, tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    desk.backups.backup_now()
    count = desk.visits.count()
    desk.close()
    with db.open("r+b") as f:
        f.write(b"garbage header " * 10)  # now it does not even open
    found = backups_for(db)  # its settings are unreadable: the default folder
    assert len(found) == 1
    result = restore_database(db, found[0].path, Clock.fixed(DAY1 + timedelta(hours=1)))
    assert result.kept is not None and result.kept.name == "office.damaged-20261123-093000.db"
    assert result.kept.read_bytes().startswith(b"garbage header")  # kept exactly as it was
    reopened = Desk.open(db)
    try:
        assert reopened.visits.count() == count
    finally:
        reopened.close()


def test_restore_into_a_missing_file_just_installs_it(desk: Desk, tmp_path: Path) -> None:
    backup = desk.backups.backup_now()
    drill = tmp_path / "drill"
    drill.mkdir()
    result = restore_database(drill / "scratch.db", backup)  # D6: a restore drill into a scratch folder
    assert result.kept is None
    scratch = Desk.open(drill / "scratch.db")
    try:
        assert scratch.visits.count() == desk.visits.count()
    finally:
        scratch.close()
