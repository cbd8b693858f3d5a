"""`officedesk backup`, `officedesk restore`, `check`'s newest backup, and the write commands refused while a
window holds the file (DESIGN.md command line; RELIABILITY.md C1/C2, D3/D5/D6)."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _batches(run: Run, db: Path) -> int:
    return int(json.loads(run("stats", "--db", db, "--json").stdout)["批次"])


@pytest.fixture
def db(run: Run, tmp_path: Path) -> Path:
    path = tmp_path / "office.db"
    run("demo", "--db", path, "--visits", "60", "--seed", "3")
    return path


def test_backup_prints_the_verified_copy(run: Run, db: Path, tmp_path: Path) -> None:
    out = run("backup", "--db", db, "-o", tmp_path / "stick").stdout.strip()
    path = Path(out)
    assert path.parent == tmp_path / "stick" and path.name.startswith("officedesk-") and path.suffix == ".db"
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 60
    conn.close()
    default = Path(run("backup", "--db", db).stdout.strip())  # without -o: the automatic folder
    assert default.parent == tmp_path / "backups"


def test_backup_to_a_removed_folder_is_one_clear_line(run: Run, db: Path, tmp_path: Path) -> None:
    err = run("backup", "--db", db, "-o", tmp_path / "gone" / "stick", ok=False).stderr
    assert "不存在或已移除" in err
    assert not (tmp_path / "gone").exists()


def test_restore_replaces_the_data_and_keeps_the_old_file(run: Run, db: Path, tmp_path: Path) -> None:
    backup = Path(run("backup", "--db", db).stdout.strip())
    run("demo", "--db", db, "--visits", "15", "--seed", "4")
    assert _batches(run, db) == 75
    out = run("restore", backup, "--db", db).stdout
    assert str(backup) in out and "pre-restore" in out
    assert _batches(run, db) == 60
    kept = list(tmp_path.glob("office.pre-restore-*.db"))
    assert len(kept) == 1
    conn = sqlite3.connect(kept[0])
    assert conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 75
    conn.close()
    assert backup.exists() and "完好" in run("check", "--db", db).stdout


@pytest.mark.parametrize("kind", ["garbage", "truncated", "foreign", "missing"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(run: Run, db: Path, tmp_path: Path, kind: str) -> None:
    backup = Path(run("backup", "--db", db).stdout.strip())
    bad = tmp_path / f"{kind}.db"
    if kind == "garbage":
        bad.write_bytes(os.urandom(50_000))
    elif kind == "truncated":
        bad.write_bytes(backup.read_bytes()[: backup.stat().st_size // 3])
    elif kind == "foreign":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    before = _digest(db)
    err = run("restore", bad, "--db", db, ok=False).stderr
    assert "当前数据没有任何改动" in err
    assert _digest(db) == before
    assert not list(tmp_path.glob("office.pre-restore-*"))


def test_check_names_the_newest_backup(run: Run, db: Path, tmp_path: Path) -> None:
    assert "尚无备份" in run("check", "--db", db).stdout
    backup = Path(run("backup", "--db", db).stdout.strip())
    assert f"最新备份：{backup}" in run("check", "--db", db).stdout
    with db.open("r+b") as f:  # zero an index page: the file opens, the check fails
        f.seek(4 * 4096)
        f.write(bytes(4096))
    err = run("check", "--db", db, ok=False).stderr
    assert "数据库已损坏" in err and str(backup) in err and "officedesk restore" in err
    with db.open("r+b") as f:  # header garbage: it does not even open
        f.write(b"garbage" * 20)
    err = run("check", "--db", db, ok=False).stderr
    assert "数据库已损坏" in err and str(backup) in err
    run("restore", backup, "--db", db)  # and the named backup brings it back
    assert "完好" in run("check", "--db", db).stdout
    assert len(list(tmp_path.glob("office.damaged-*.db"))) == 1  # the damaged file, kept aside


# --- a window holding the file -----------------------------------------------------------------
@pytest.fixture
def window(db: Path, tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    """The real program's window (offscreen) on the database, until the test kills it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "OFFICEDESK_LANG": "en"}  # fmt: skip
    with subprocess.Popen([sys.executable, "-m", "officedesk", "--db", str(db)], env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as proc:  # fmt: skip
        try:
            lock = db.with_name(db.name + ".lock")
            deadline = time.monotonic() + 30
            while not (lock.exists() and lock.read_text().startswith(f"{proc.pid}\n")):
                assert proc.poll() is None, "the window exited"
                assert time.monotonic() < deadline, "the window did not take the lock"
                time.sleep(0.05)
            yield proc
        finally:
            proc.kill()


def test_write_commands_wait_for_the_window_to_close(run: Run, db: Path, tmp_path: Path,
                                                     window: subprocess.Popen[bytes]) -> None:  # fmt: skip
    backup = Path(run("backup", "--db", db).stdout.strip())  # reading (and backing up) is fine meanwhile
    sheet = tmp_path / "visits.csv"
    sheet.write_text(
        "登记时间,信访形式,信访人,主要诉求\n2026-11-02 09:30,来访,张建国,请求督促支付工资\n", encoding="utf-8"
    )
    before = _digest(db)
    for args in (("import", "visits", sheet), ("demo", "--visits", "5"), ("restore", backup)):
        err = run(*args, "--db", db, ok=False).stderr
        assert "正被另一个 OfficeDesk 使用" in err and f"进程号 {window.pid}" in err, err
    assert _digest(db) == before
    window.send_signal(signal.SIGKILL)  # the window crashes: its lock file stays behind, stale
    window.wait(10)
    assert db.with_name(db.name + ".lock").exists()
    assert "已导入 1 件" in run("import", "visits", sheet, "--db", db).stdout
    assert not db.with_name(db.name + ".lock").exists()  # the command took the stale lock and released it
