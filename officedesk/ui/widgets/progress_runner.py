"""Run a long export or print job behind a progress dialog whose Cancel stops it (services take a callback)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """Raised from the progress callback: the writers leave no partial file behind (safe_write)."""


def run_with_progress(parent: QWidget, label: str, work: Callable[[Progress], T]) -> T:
    """`work(progress)` with a window-modal progress dialog; raises Cancelled when the clerk cancels."""
    cancel = QCoreApplication.translate("Progress", "Cancel")
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # quick jobs finish before any dialog flashes up

    def progress(done: int, total: int) -> None:
        if dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(done)  # a modal progress dialog processes events here: Cancel stays clickable
        if dialog.wasCanceled():
            raise Cancelled

    try:
        return work(progress)
    finally:
        dialog.reset()
        dialog.deleteLater()


def run_in_background(parent: QWidget, label: str, work: Callable[[], T]) -> T:
    """`work()` on a worker thread behind a busy progress dialog (no Cancel: the work cannot stop midway).

    For jobs that give no progress but take seconds (a verified backup of a large file): the window keeps
    painting. `work` must touch no Qt object and no connection of the desk (sqlite3 objects are per thread).
    """
    result: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            result.append(work())
        except BaseException as e:  # re-raised on the window's thread below
            failure.append(e)

    dialog = QProgressDialog(label, None, 0, 0, parent)  # type: ignore[call-overload]  # no Cancel button
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    worker = threading.Thread(target=run, name="officedesk-background", daemon=True)
    worker.start()
    try:
        while worker.is_alive():
            dialog.setValue(0)  # keeps the busy bar moving and events flowing
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            worker.join(0.05)
    finally:
        dialog.reset()
        dialog.deleteLater()
    if failure:
        raise failure[0]
    return result[0]
