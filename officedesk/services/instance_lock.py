"""One writer per database file (RELIABILITY.md C1/C2): `<database>.lock`, as Qt's QLockFile writes it.

The window holds the lock with QLockFile (ui/application.py: stale-lock detection built in). The command
line may not import Qt, so this module reads and takes the *same* file in plain Python, rather than a
second lock of our own that the window would also have to hold. Why that is not fragile:

- Format. QLockFile writes text lines: PID, process name, host name, then (Qt ≥ 5.10) machine id and
  boot id; Qt itself reads only the first three back when reporting a holder (`getLockInfo`). We read
  those three, and write the same lines (the last two empty, which Qt accepts as the pre-5.10 format).
- Liveness is not guessed from the PID. QLockFile keeps its lock open with a native lock: `flock(2)`
  on Unix (qlockfile_unix.cpp), and on Windows a handle that shares read access only
  (qlockfile_win.cpp). The OS drops both when the holder exits or is killed, so probing them answers
  "is a live process holding this?" exactly: no PID reuse, host-name or clock questions. A file whose
  native lock is free is stale (the holder crashed) and is taken over. Where `flock` is unsupported
  (ENOLCK/EOPNOTSUPP) we fall back to Qt's own rule: the PID is alive and runs the program named.
- Our own lock uses the same native locks (`fcntl.flock` / `msvcrt.locking`), so QLockFile's stale
  check in the window cannot remove it while a command runs (Qt's removeStaleLock takes the flock
  first; on Windows it cannot delete a file we hold open), and it names the command's PID.
- A lock held by this very process is not "another program" (the window restoring its own file).

Only writing commands (import, demo, restore) take the lock; reading ones never wait for the window.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from officedesk.storage.errors import StorageUnavailable

LOCK_SUFFIX = ".lock"
_WINDOWS = sys.platform == "win32"
_WIN_LOCK_OFFSET = 1 << 30  # msvcrt locks a byte range: one far past the text, so readers can still read it


def lock_file_path(db_path: Path) -> Path:
    """`officedesk.db` → `officedesk.db.lock`, beside it (the window's QLockFile uses this path too)."""
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


@dataclass(frozen=True)
class LockHolder:
    pid: int
    app: str
    host: str

    def describe(self) -> str:
        return f"计算机 {self.host or '?'} 上的 {self.app or '程序'}，进程号 {self.pid}"


class DatabaseInUse(StorageUnavailable):
    """Another running OfficeDesk holds the file's lock; `holder` names it."""

    def __init__(self, db_path: Path, holder: LockHolder, doing: str) -> None:
        super().__init__(
            f"数据库正被另一个 OfficeDesk 使用（{holder.describe()}）：{db_path}。"
            f"请关闭那个窗口（或等它完成）后再{doing}。",
            5,
        )
        self.holder = holder


def read_holder(lock: Path) -> LockHolder | None:
    """The first three lines of a lock file (QLockFile's getLockInfo reads the same), or None."""
    try:
        lines = lock.read_bytes().decode("utf-8", "replace").split("\n")
    except OSError:
        return None
    try:
        pid = int(lines[0])
    except ValueError:
        return None
    if pid <= 0:
        return None
    app = lines[1] if len(lines) > 1 else ""
    host = lines[2] if len(lines) > 2 else ""
    return LockHolder(pid, app, host)


def live_holder(db_path: Path) -> LockHolder | None:
    """Who holds the database's lock, when a live process other than this one does; else None."""
    lock = lock_file_path(db_path)
    held = _natively_held(lock)
    if held is False:
        return None
    holder = read_holder(lock)
    if held is None and (holder is None or not _pid_runs(holder)):  # no native locks here: Qt's rule on the PID
        return None
    if holder is not None and holder.pid == os.getpid():
        return None
    return holder or LockHolder(0, "", "")


def lock_is_live(db_path: Path) -> bool:
    """Whether a live process (this one included) holds the lock; False for no file or a stale one.

    The window asks this when QLockFile refuses: a file whose native lock is free is stale even when its
    PID now belongs to another program of the same name, a case Qt's PID check cannot tell apart (C2).
    """
    held = _natively_held(lock_file_path(db_path))
    if held is None:
        holder = read_holder(lock_file_path(db_path))
        return holder is not None and _pid_runs(holder)
    return held


def ensure_not_in_use(db_path: Path, doing: str) -> None:
    """Refuse (DatabaseInUse) when a live OfficeDesk window holds the file."""
    holder = live_holder(db_path)
    if holder is not None:
        raise DatabaseInUse(db_path, holder, doing)


class InstanceLock:
    """The lock taken by a writing command for its duration: `with InstanceLock.acquire(db, "导入"): ...`.

    Refuses with DatabaseInUse while the window (or another command) holds it; a stale file left by a
    crash is taken over. A folder where no lock file can be created (read-only media) is not locked:
    the write itself then fails with its own message.
    """

    def __init__(self, path: Path, fd: int | None) -> None:
        self.path = path
        self._fd = fd

    @classmethod
    def acquire(cls, db_path: Path, doing: str) -> InstanceLock:
        lock = lock_file_path(db_path)
        for _attempt in range(3):
            try:
                fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
            except FileExistsError:
                ensure_not_in_use(db_path, doing)
                holder = read_holder(lock)
                if holder is not None and holder.pid == os.getpid():
                    return cls(lock, None)  # this process holds it already (e.g. the window itself)
                _remove_stale(lock)
                continue
            except OSError:
                return cls(lock, None)
            if not _lock_fd(fd):  # someone created and locked it between our calls
                os.close(fd)
                ensure_not_in_use(db_path, doing)
                continue
            try:
                os.write(fd, _contents())
                with contextlib.suppress(OSError):
                    os.fsync(fd)
            except OSError:
                _release(lock, fd)
                return cls(lock, None)  # a full disk: the write itself will say so
            return cls(lock, fd)
        ensure_not_in_use(db_path, doing)
        return cls(lock, None)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            _release(self.path, self._fd)
            self._fd = None

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


# --- the platform parts -----------------------------------------------------------------------
if sys.platform == "win32":
    import msvcrt

    def _natively_held(lock: Path) -> bool | None:
        """True: a live process holds the lock. False: no file, or a stale one. None: cannot tell."""
        try:
            fd = os.open(lock, os.O_RDWR | os.O_BINARY)
        except FileNotFoundError:
            return False
        except PermissionError:
            return True  # QLockFile's handle shares read access only: a live window holds it
        except OSError:
            return None
        try:
            os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            except OSError:
                return True  # a command holds it (see _lock_fd)
            os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            return False
        finally:
            os.close(fd)

    def _lock_fd(fd: int) -> bool:
        try:
            os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        os.lseek(fd, 0, os.SEEK_SET)
        return True

    def _release(lock: Path, fd: int) -> None:
        os.close(fd)  # Windows cannot delete a file that is still open
        with contextlib.suppress(OSError):
            lock.unlink()

    def _remove_stale(lock: Path) -> None:
        with contextlib.suppress(OSError):
            lock.unlink()  # fails while a live holder has it open: then it is not stale

else:
    import fcntl

    def _natively_held(lock: Path) -> bool | None:
        """True: a live process holds the flock. False: no file, or a stale one. None: cannot tell."""
        try:
            fd = os.open(lock, os.O_RDONLY)
        except FileNotFoundError:
            return False
        except OSError:
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        except OSError as e:
            return None if e.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.EINVAL) else True
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)
            return False
        finally:
            os.close(fd)

    def _lock_fd(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError:
            return True  # no flock on this file system: the file alone is the lock, as in old Qt
        return True

    def _release(lock: Path, fd: int) -> None:
        with contextlib.suppress(OSError):  # QLockFile::unlock's order: unlink, then close (drops the flock)
            lock.unlink()
        os.close(fd)

    def _remove_stale(lock: Path) -> None:
        """As Qt's removeStaleLock: take the flock first, so a live holder's file is never removed."""
        try:
            fd = os.open(lock, os.O_WRONLY)
        except OSError:
            return
        try:
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                lock.unlink()
        finally:
            os.close(fd)


def _contents() -> bytes:
    """PID, process name, host name as QLockFile writes them (machine and boot ids left empty)."""
    return f"{os.getpid()}\n{_process_name()}\n{_host_name()}\n\n\n".encode()


def _process_name() -> str:
    """What Qt's processNameByPid reports for us: /proc/self/exe's name on Linux, the .exe's stem on Windows."""
    if _WINDOWS:
        return Path(sys.executable).stem
    with contextlib.suppress(OSError):
        return Path(os.readlink("/proc/self/exe").removesuffix(" (deleted)")).name
    return Path(sys.executable).name


def _host_name() -> str:
    if _WINDOWS:
        return os.environ.get("COMPUTERNAME", "") or socket.gethostname()
    return socket.gethostname()


def _pid_runs(holder: LockHolder) -> bool:
    if _WINDOWS:
        return True  # no safe probe without the native lock (os.kill would terminate it): assume live
    try:
        os.kill(holder.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    with contextlib.suppress(OSError):
        name = Path(os.readlink(f"/proc/{holder.pid}/exe").removesuffix(" (deleted)")).name
        return not holder.app or name == Path(holder.app).name
    return True
