"""The save dialog of every export: USB sticks are listed first, and the first one is where it opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QFileDialog, QWidget

from officedesk.services.removable_drives import removable_targets


def ask_export_path(parent: QWidget | None, title: str, file_name: str, filters: str) -> tuple[str, str]:
    """(chosen path or "", chosen filter). Opens on the first removable drive when one is plugged in."""
    drives = removable_targets()
    start = drives[0] if drives else Path.home()
    dialog = QFileDialog(parent, title, str(start / file_name), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    sidebar = [QUrl.fromLocalFile(str(p)) for p in drives]
    sidebar += [u for u in dialog.sidebarUrls() if u not in sidebar]
    dialog.setSidebarUrls(sidebar)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return "", ""
    return dialog.selectedFiles()[0], dialog.selectedNameFilter()
