"""One window per data file (RELIABILITY.md C1/C2): a QLockFile on `<database>.lock` for the window's lifetime.

`setStaleLockTime(0)`: a window stays open for days, so a lock is never stale because of its age — only when
its process is gone, which QLockFile checks by PID and process name. When Qt still refuses, the native lock
(services/instance_lock) settles it: free means stale — the PID now belongs to another program of the same
name — and the file is taken over instead of a false "already open" (C2).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget

from officedesk.services.instance_lock import LockHolder, lock_file_path, lock_is_live, read_holder

LOCK_WAIT_MS = 100  # C1: the second instance is refused well within 2 s


def lock_database(path: Path, parent: QWidget | None = None) -> QLockFile | None:
    """Hold the data file's lock; None — after telling the clerk who holds it — when another window does.

    A folder where no lock file can be made (read-only, missing) gives an unlocked QLockFile: opening the
    database then reports the real problem.
    """
    lock = QLockFile(str(lock_file_path(path)))
    lock.setStaleLockTime(0)
    if lock.tryLock(LOCK_WAIT_MS):
        return lock
    if lock.error() != QLockFile.LockError.LockFailedError:
        return lock
    if not lock_is_live(path) and lock.removeStaleLockFile() and lock.tryLock(LOCK_WAIT_MS):
        return lock
    holder = read_holder(lock_file_path(path)) or LockHolder(0, "", "")
    title = QCoreApplication.translate("SingleInstance", "OfficeDesk is already open")
    QMessageBox.warning(parent, title, in_use_text(path, holder))
    return None


def in_use_text(path: Path, holder: LockHolder) -> str:
    return QCoreApplication.translate(
        "SingleInstance",
        "This data file is already in use by another OfficeDesk, an open window or a running command:\n{path}\n\n"
        "Held by {app}, process {pid}, on computer {host}.\n\n"
        "Switch to that window, or wait for the command to finish. Only one OfficeDesk may work on a data file "
        "at a time, so that no change is lost.",
    ).format(path=path, app=holder.app or "?", pid=holder.pid or "?", host=holder.host or "?")
