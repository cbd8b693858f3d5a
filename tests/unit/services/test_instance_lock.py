"""The database's lock file in plain Python (the command line's side of RELIABILITY C1/C2).

The window's QLockFile side, and a lock held by Qt seen from here, are in tests/ui/test_single_instance.py.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from officedesk.services.instance_lock import (
    DatabaseInUse,
    InstanceLock,
    ensure_not_in_use,
    live_holder,
    lock_file_path,
    lock_is_live,
    read_holder,
)

HOLD = """
import sys
from pathlib import Path
from officedesk.services.instance_lock import InstanceLock
lock = InstanceLock.acquire(Path(sys.argv[1]), "test")
print("held" if lock.held else "not held", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "office.db"


@pytest.fixture
def holder(db: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the lock (as a running import would), until the test ends."""
    with subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          text=True) as proc:  # fmt: skip
        try:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
            yield proc
        finally:
            proc.kill()


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait(10)
    return proc.pid


def test_the_lock_file_sits_beside_the_database(db: Path) -> None:
    assert lock_file_path(db) == db.with_name("office.db.lock")
    assert live_holder(db) is None and not lock_is_live(db)


def test_our_lock_is_written_as_qlockfile_writes_it(db: Path) -> None:
    with InstanceLock.acquire(db, "导入") as lock:
        assert lock.held
        lines = lock_file_path(db).read_text().split("\n")
        assert lines[0] == str(os.getpid())
        assert lines[1] == Path(os.readlink("/proc/self/exe")).name  # what Qt's processNameByPid reports
        assert lines[2] == socket.gethostname()
        assert live_holder(db) is None  # our own lock is not "another program"
        assert lock_is_live(db)
    assert not lock_file_path(db).exists()


def test_a_lock_held_by_another_process_refuses_a_write(db: Path, holder: subprocess.Popen[str]) -> None:
    found = live_holder(db)
    assert found is not None and found.pid == holder.pid and found.host == socket.gethostname()
    with pytest.raises(DatabaseInUse) as raised:
        ensure_not_in_use(db, "导入")
    assert f"进程号 {holder.pid}" in str(raised.value) and "再导入" in str(raised.value)
    with pytest.raises(DatabaseInUse):
        InstanceLock.acquire(db, "导入")
    assert lock_file_path(db).exists()  # the holder's file is left alone


def test_a_killed_holder_leaves_a_stale_lock_that_is_taken_over(db: Path, holder: subprocess.Popen[str]) -> None:
    holder.kill()
    holder.wait(10)
    assert lock_file_path(db).exists()  # left behind by the crash
    assert live_holder(db) is None
    with InstanceLock.acquire(db, "导入") as lock:
        assert lock.held
        assert read_holder(lock_file_path(db)) is not None
        assert read_holder(lock_file_path(db)).pid == os.getpid()  # type: ignore[union-attr]


@pytest.mark.parametrize("pid", [_dead_pid(), 1], ids=["dead-pid", "pid-reused-by-another-program"])
def test_a_lock_file_nobody_holds_is_stale_whatever_its_pid(db: Path, pid: int) -> None:
    """C2: a dead PID, and a PID now used by a live unrelated process: neither blocks the next start."""
    lock_file_path(db).write_text(f"{pid}\nofficedesk\n{socket.gethostname()}\n\n\n")
    assert read_holder(lock_file_path(db)) is not None
    assert live_holder(db) is None
    with InstanceLock.acquire(db, "生成示例数据") as lock:
        assert lock.held


def test_an_unreadable_or_odd_lock_file_does_not_block(db: Path) -> None:
    lock_file_path(db).write_bytes(b"\xff\xfe not a pid\n")
    assert read_holder(lock_file_path(db)) is None
    assert live_holder(db) is None
    with InstanceLock.acquire(db, "导入") as lock:
        assert lock.held


def test_a_folder_without_room_for_a_lock_file_does_not_block(tmp_path: Path) -> None:
    with InstanceLock.acquire(tmp_path / "missing" / "office.db", "导入") as lock:
        assert not lock.held  # the write itself then reports the missing folder
