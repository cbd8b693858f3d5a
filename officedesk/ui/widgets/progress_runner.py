"""Run a long export or print job behind a progress dialog whose Cancel stops it (services take a callback)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
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
