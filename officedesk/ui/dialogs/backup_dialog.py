"""Pick the backup to restore: the verified backups with their time and size, newest first, or any other file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officedesk.services.backup_service import BackupInfo
from officedesk.ui.widgets.button_order import chain

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


class RestoreDialog(QDialog):
    """The clerk picks a backup; the caller confirms and restores `chosen()`.

    `intro` says why the dialog is shown (e.g. the data file is damaged). "Other file…" picks a backup that
    is not in the list (a USB stick, a `.pre-restore` copy) and accepts the dialog with it.
    """

    def __init__(self, backups: Sequence[BackupInfo], folder: Path | None, intro: str = "",
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore backup"))
        self.backups = list(backups)
        self._other: Path | None = None
        layout = QVBoxLayout(self)
        if intro:
            intro_label = QLabel(intro, self)
            intro_label.setObjectName("restoreIntro")
            intro_label.setWordWrap(True)
            layout.addWidget(intro_label)
        where = str(folder) if folder is not None else ""
        if self.backups:
            text = self.tr("Backups in {folder}, newest first. The current data is kept as a copy before it is "
                           "replaced.").format(folder=where)  # fmt: skip
        else:
            text = self.tr("No backups were found in {folder}. Choose a backup file with “Other file…”."
                           ).format(folder=where)  # fmt: skip
        self.folder_label = QLabel(text, self)
        self.folder_label.setWordWrap(True)
        layout.addWidget(self.folder_label)

        self.table = QTableWidget(len(self.backups), 2, self)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # arrows pick a backup, Tab goes on to the buttons
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        locale, traditional = QLocale(), QLocale.DataSizeFormat.DataSizeTraditionalFormat  # "3.0 MB", not MiB
        for row, info in enumerate(self.backups):
            taken = QTableWidgetItem(info.taken_at.strftime(TIME_FORMAT))
            taken.setToolTip(str(info.path))
            size = QTableWidgetItem(locale.formattedDataSize(info.size, 1, traditional))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, taken)
            self.table.setItem(row, 1, size)
        self.table.setVisible(bool(self.backups))
        layout.addWidget(self.table, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.other_button: QPushButton = self.buttons.addButton(self.tr("Other file…"),
                                                                QDialogButtonBox.ButtonRole.ActionRole)  # fmt: skip
        self.restore_button: QPushButton = self.buttons.addButton(self.tr("Restore…"),
                                                                  QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        layout.addWidget(self.buttons)
        chain([self.table], self.buttons)  # the list, then "Other file…", "Restore…", Cancel as shown
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.other_button.clicked.connect(self.choose_other)
        self.table.itemSelectionChanged.connect(self._update_enabled)
        self.table.itemDoubleClicked.connect(lambda _item: self.accept())
        if self.backups:
            self.table.selectRow(0)  # the newest: what a damaged file most likely wants
            self.table.setFocus()
        else:
            self.other_button.setFocus()
        self._update_enabled()
        self.resize(520, 360)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def chosen(self) -> Path | None:
        """The file to restore: another file picked with "Other file…", else the selected backup."""
        if self._other is not None:
            return self._other
        info = self.selected()
        return info.path if info is not None else None

    def choose_other(self) -> None:
        start = str(self.backups[0].path.parent) if self.backups else ""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup file"), start,
                                              self.tr("OfficeDesk data files (*.db);;All files (*)"))  # fmt: skip
        if name:
            self._other = Path(name)
            super().accept()

    def accept(self) -> None:
        if self.chosen() is None:  # Restore is disabled then, but Enter may still get here
            return
        super().accept()

    def _update_enabled(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)
