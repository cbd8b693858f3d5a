"""A folder typed or picked: a line edit with a "Browse…" button (backups, the export folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget


class FolderEdit(QWidget):
    """`path()` is the folder typed or chosen, "" when empty (the caller's default then applies)."""

    changed = Signal(str)

    def __init__(self, placeholder: str = "", start_folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_folder = start_folder  # where "Browse…" opens while the field is empty
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAutoDefault(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse)
        self.setFocusProxy(self.edit)  # a label's buddy and setFocus() land in the text
        QWidget.setTabOrder(self.edit, self.browse)
        self.browse.clicked.connect(self.pick)
        self.edit.textChanged.connect(lambda text: self.changed.emit(text.strip()))

    def path(self) -> str:
        return self.edit.text().strip()

    def set_path(self, path: str) -> None:
        self.edit.setText(path)

    def pick(self) -> None:
        start = self.path() or str(self.start_folder or Path.home())
        while start and not Path(start).is_dir() and Path(start).parent != Path(start):
            start = str(Path(start).parent)  # open on the nearest folder that exists
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), start)
        if chosen:
            self.set_path(str(Path(chosen)))
