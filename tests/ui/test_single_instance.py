"""One window per data file (RELIABILITY.md C1/C2): QLockFile in the window, read by the command line's check."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QLockFile
from PySide6.QtWidgets import QApplication

from officedesk.services.desk import Desk
from officedesk.services.instance_lock import DatabaseInUse, InstanceLock, live_holder, lock_file_path
from officedesk.ui.single_instance import lock_database

QT_HOLD = """
import sys
from PySide6.QtCore import QCoreApplication, QLockFile
app = QCoreApplication([])
lock = QLockFile(sys.argv[1] + ".lock")
lock.setStaleLockTime(0)
print("held" if lock.tryLock(1000) else "refused", flush=True)
sys.stdin.read()
"""
PY_HOLD = """
import sys
from pathlib import Path
from officedesk.services.instance_lock import InstanceLock
lock = InstanceLock.acquire(Path(sys.argv[1]), "import")
print("held" if lock.held else "refused", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "office.db"


@pytest.fixture
def hold(db: Path) -> Iterator[Callable[[str], subprocess.Popen[str]]]:
    """`hold(QT_HOLD)`: another process holding the database's lock until the test ends (or kills it)."""
    procs: list[subprocess.Popen[str]] = []

    def start(script: str) -> subprocess.Popen[str]:
        proc = subprocess.Popen([sys.executable, "-c", script, str(db)], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, text=True)  # fmt: skip
        procs.append(proc)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        return proc

    try:
        yield start
    finally:
        for proc in procs:
            proc.kill()
            proc.wait(10)
            for stream in (proc.stdin, proc.stdout):
                if stream is not None:
                    stream.close()


def test_a_second_qlockfile_on_the_same_path_fails(db: Path) -> None:
    first, second = QLockFile(str(lock_file_path(db))), QLockFile(str(lock_file_path(db)))
    for lock in (first, second):
        lock.setStaleLockTime(0)
    assert first.tryLock(100)
    try:
        assert not second.tryLock(100)
        assert second.error() == QLockFile.LockError.LockFailedError
    finally:
        first.unlock()
    assert second.tryLock(100)
    second.unlock()


def test_the_plain_python_check_sees_a_lock_held_by_qt(db: Path, hold: Callable[[str], subprocess.Popen[str]]) -> None:
    proc = hold(QT_HOLD)
    holder = live_holder(db)
    assert holder is not None
    assert holder.pid == proc.pid and holder.host == socket.gethostname()
    assert holder.app == Path(os.readlink(f"/proc/{proc.pid}/exe")).name  # QLockFile wrote the process name
    with pytest.raises(DatabaseInUse, match=str(proc.pid)):
        InstanceLock.acquire(db, "导入")
    proc.kill()  # a crash: the lock file stays, Qt's flock goes with the process
    proc.wait(10)
    assert lock_file_path(db).exists()
    assert live_holder(db) is None
    with InstanceLock.acquire(db, "导入") as lock:
        assert lock.held


def test_the_window_refuses_a_file_a_command_is_writing(db: Path, hold: Callable[[str], subprocess.Popen[str]],
                                                        warnings: list[str]) -> None:  # fmt: skip
    proc = hold(PY_HOLD)
    assert lock_database(db) is None  # Qt reads our lock file as one of its own and finds the process alive
    assert len(warnings) == 1 and f"process {proc.pid}" in warnings[0] and str(db) in warnings[0]


def test_a_second_window_on_the_same_file_is_refused_quickly_and_touches_nothing(
    qapp: QApplication, db: Path, hold: Callable[[str], subprocess.Popen[str]], warnings: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    import officedesk.ui.application as application

    proc = hold(QT_HOLD)  # the first window
    font, locale = qapp.font(), QLocale()
    monkeypatch.setattr(application, "install_translators", lambda _app: [])
    monkeypatch.setattr(QApplication, "exec", lambda *_a: pytest.fail("the second window must not open"))
    started = time.monotonic()
    try:
        assert application.run_gui(db, []) == 1
    finally:
        qapp.setFont(font)
        QLocale.setDefault(locale)
    assert time.monotonic() - started < 2.0  # C1: refused within 2 s
    assert len(warnings) == 1 and f"process {proc.pid}" in warnings[0]
    assert not db.exists()  # the database was not even created
    assert live_holder(db) is not None and live_holder(db).pid == proc.pid  # type: ignore[union-attr]


def test_a_crashed_windows_lock_is_taken_over(db: Path, hold: Callable[[str], subprocess.Popen[str]]) -> None:
    proc = hold(QT_HOLD)
    proc.kill()
    proc.wait(10)
    lock = lock_database(db)
    assert lock is not None and lock.isLocked()
    lock.unlock()


def test_a_stale_lock_whose_pid_now_runs_a_same_named_program_is_taken_over(db: Path) -> None:
    """C2's PID reuse: Qt alone would say "still running" (same PID, same program name); the free native lock
    says stale."""
    with subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE) as other:
        try:
            name = Path(os.readlink(f"/proc/{other.pid}/exe")).name
            lock_file_path(db).write_text(f"{other.pid}\n{name}\n{socket.gethostname()}\n\n\n")
            qt_only = QLockFile(str(lock_file_path(db)))
            qt_only.setStaleLockTime(0)
            assert not qt_only.tryLock(100)
            lock = lock_database(db)
            assert lock is not None and lock.isLocked()
            lock.unlock()
        finally:
            other.kill()


def test_a_folder_without_room_for_a_lock_does_not_stop_the_window(tmp_path: Path) -> None:
    lock = lock_database(tmp_path / "missing" / "office.db")
    assert lock is not None and not lock.isLocked()  # opening the file then says what is wrong


def test_the_window_closing_releases_the_lock(db: Path) -> None:
    Desk.open(db).close()
    lock = lock_database(db)
    assert lock is not None and live_holder(db) is None  # held by this process: not "another program"
    lock.unlock()
    assert not lock_file_path(db).exists()
