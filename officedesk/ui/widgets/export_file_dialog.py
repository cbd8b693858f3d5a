"""The save dialog of every export: USB sticks are listed first, and the first one is where it opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QFileDialog, QWidget

from officedesk.services.removable_drives import removable_targets


def start_folder(export_dir: str, drives: list[Path]) -> Path:
    """Where the save dialog opens: the office's export folder (Settings → Export) while it exists, else the
    first removable drive plugged in, else the home folder."""
    if export_dir and Path(export_dir).is_dir():
        return Path(export_dir)
    return drives[0] if drives else Path.home()


def ask_export_path(parent: QWidget | None, title: str, file_name: str, filters: str,
                    export_dir: str = "") -> tuple[str, str]:  # fmt: skip
    """(chosen path or "", chosen filter). Opens in `export_dir` if set, else on the first removable drive."""
    drives = removable_targets()
    start = start_folder(export_dir, drives)
    dialog = QFileDialog(parent, title, str(start / file_name), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    sidebar = [QUrl.fromLocalFile(str(p)) for p in drives]
    sidebar += [u for u in dialog.sidebarUrls() if u not in sidebar]
    dialog.setSidebarUrls(sidebar)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return "", ""
    return dialog.selectedFiles()[0], dialog.selectedNameFilter()
