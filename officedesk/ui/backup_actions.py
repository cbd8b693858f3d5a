"""File → Back up now (Ctrl+Shift+B) and Restore backup…, the automatic backup at start, and the restore
offered when the data file is damaged (RELIABILITY.md §5.5).

After a restore the window reloads: every service of the old desk holds the replaced file's connection,
so a new Desk on the restored file gets a new main window and the old window closes. Nothing of the old
desk can then touch the new file.
"""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMenu, QMenuBar, QMessageBox, QWidget

from officedesk.services.backup_service import BackupInfo, RestoreResult, backups_for, folder_for, restore_database
from officedesk.services.desk import Desk
from officedesk.services.errors import USER_ERRORS, StorageUnavailable
from officedesk.ui.dialogs.backup_dialog import TIME_FORMAT, RestoreDialog
from officedesk.ui.widgets.busy_cursor import busy
from officedesk.ui.widgets.progress_runner import run_in_background

BACKUP_SHORTCUT = "Ctrl+Shift+B"
START_BACKUP_POLL_MS = 100


class BackupActions(QObject):
    """The two File-menu actions of one main window; `notice` carries the status line after a backup."""

    notice = Signal(str)

    def __init__(self, desk: Desk, window: QMainWindow) -> None:
        super().__init__(window)
        self.desk = desk
        self.window = window
        self.replacement: QMainWindow | None = None  # the window that took over after a restore
        self.backup_action = QAction(self.tr("&Back up now"), window)
        self.backup_action.setShortcut(QKeySequence(BACKUP_SHORTCUT))
        shown = QKeySequence(BACKUP_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.backup_action.setToolTip(self.tr("Save a verified copy of the data file now ({shortcut})").format(
            shortcut=shown))  # fmt: skip
        self.restore_action = QAction(self.tr("&Restore backup…"), window)
        self.restore_action.setToolTip(self.tr("Replace the data with a backup; the current file is kept as a copy"))
        self.backup_action.triggered.connect(lambda _checked=False: self.backup_now())
        self.restore_action.triggered.connect(lambda _checked=False: self.restore())
        for action in (self.backup_action, self.restore_action):
            window.addAction(action)  # shortcuts work whichever widget has the focus

    def install(self, menu_bar: QMenuBar, before: QAction) -> None:
        """Put both actions, then a separator, before `before` (Quit) in the menu that holds it (File)."""
        for item in menu_bar.actions():
            menu = item.menu()
            if isinstance(menu, QMenu) and before in menu.actions():
                menu.insertActions(before, [self.backup_action, self.restore_action])
                menu.insertSeparator(before)
                return
        menu = menu_bar.addMenu(self.tr("&File"))  # no menu holds `before`: a menu of their own
        menu.addActions([self.backup_action, self.restore_action])

    # --- backing up ---------------------------------------------------------------------------
    def backup_now(self) -> Path | None:
        """A verified backup into the automatic folder (rotated); the path goes to the status line."""
        try:
            folder = self.desk.backups.folder()
            info = run_in_background(self.window, self.tr("Backing up and checking the copy…"),
                                     lambda: self.desk.backups.copy(folder))  # fmt: skip
            path = self.desk.backups.record(info)
        except USER_ERRORS as e:
            QMessageBox.warning(self.window, self.tr("Back up now"), str(e))
            return None
        self.notice.emit(self.tr("Backup saved: {path}").format(path=path))
        return path

    def backup_on_start(self) -> threading.Thread | None:
        """The automatic backup (at most one a day), copied and verified on a worker thread so that a large
        file does not freeze the window; recorded here when done. A failure only shows in the status line.

        The worker touches no Qt object and no connection of the desk: a timer here polls it.
        """
        try:
            folder = self.desk.backups.start_folder()
        except Exception as e:  # the start goes on whatever happened
            self._start_backup_done(e)
            return None
        if folder is None:
            return None
        result: list[BackupInfo | Exception] = []

        def work() -> None:
            try:
                result.append(self.desk.backups.copy(folder))
            except Exception as e:  # reported by the timer below, on the window's thread
                result.append(e)

        thread = threading.Thread(target=work, name="officedesk-start-backup", daemon=True)
        timer = QTimer(self)  # a child: gone with the window, so nothing fires into a closed desk's window
        timer.setInterval(START_BACKUP_POLL_MS)
        timer.timeout.connect(lambda: self._poll_start_backup(thread, result, timer))
        thread.start()
        timer.start()
        return thread

    def _poll_start_backup(self, thread: threading.Thread, result: list[BackupInfo | Exception],
                           timer: QTimer) -> None:  # fmt: skip
        if thread.is_alive():
            return
        timer.stop()
        timer.deleteLater()
        if self.desk.backups.closed or not result:  # restored meanwhile: this window is going away
            return
        self._start_backup_done(result[0])

    def _start_backup_done(self, outcome: BackupInfo | Exception) -> None:
        try:
            if isinstance(outcome, Exception):
                raise outcome
            path = self.desk.backups.record(outcome)
        except Exception as e:  # an automatic backup never stops the clerk; the reason is shown
            self.notice.emit(self.tr("The automatic backup failed: {reason}").format(reason=str(e) or type(e).__name__))
            return
        self.notice.emit(self.tr("Automatic backup saved: {path}").format(path=path))

    # --- restoring ----------------------------------------------------------------------------
    def restore(self) -> QMainWindow | None:
        """Pick a backup, confirm, restore it; returns the reloaded window (None when nothing was restored)."""
        try:
            backups, folder = self.desk.backups.list_backups(), self.desk.backups.folder()
        except USER_ERRORS as e:
            QMessageBox.warning(self.window, self.tr("Restore backup"), str(e))
            return None
        dialog = RestoreDialog(backups, folder, parent=self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or (chosen := dialog.chosen()) is None:
            return None
        if not confirm_restore(self.window, chosen, dialog.selected() if chosen == _path(dialog.selected()) else None):
            return None
        try:
            with busy():
                result = self.desk.backups.restore(chosen)
        except USER_ERRORS as e:
            # A refused backup is found before the desk closes; a later failure leaves the file as it was.
            window = self.reload() if self.desk.backups.closed else self.window
            QMessageBox.warning(window, self.tr("Restore backup"), str(e))
            return window if window is not self.window else None
        window = self.reload()
        QMessageBox.information(window, self.tr("Restore backup"), restored_text(result))
        return window

    def reload(self) -> QMainWindow:
        """A new desk and main window on the (restored) file; this window closes."""
        from officedesk.ui.main_window import MainWindow  # the main window imports this module

        path = self.desk.path
        assert path is not None  # restore() refuses an in-memory desk
        desk = Desk.open(path, self.desk.clock)
        window = MainWindow(desk)
        window.restoreGeometry(self.window.saveGeometry())
        window.restoreState(self.window.saveState())
        window.show()
        app = QApplication.instance()
        if app is not None:  # holds the new window and closes its desk when the program ends
            app.aboutToQuit.connect(partial(_close_on_quit, desk, window))
        self.replacement = window
        self.window.close()  # its closeEvent saves columns and geometry; the new window keeps the program running
        self.window.deleteLater()
        return window


def confirm_restore(parent: QWidget | None, path: Path, info: BackupInfo | None) -> bool:
    what = info.taken_at.strftime(TIME_FORMAT) if info is not None else path.name
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("BackupActions", "Restore backup"),
        QCoreApplication.translate(
            "BackupActions",
            "Replace all current data with the backup of {what}?\n\n"
            "Changes made since then are not in the backup. The current data file is first kept as a copy "
            "beside it, so this can be undone by restoring that copy.",
        ).format(what=what),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def restored_text(result: RestoreResult) -> str:
    if result.kept is None:
        return QCoreApplication.translate("BackupActions", "The backup was restored:\n{backup}").format(
            backup=result.backup
        )
    return QCoreApplication.translate(
        "BackupActions", "The backup was restored:\n{backup}\n\nThe replaced data file was kept as:\n{kept}"
    ).format(backup=result.backup, kept=result.kept)


def offer_restore_if_damaged(path: Path, error: Exception, parent: QWidget | None = None) -> Desk | None:
    """When the data file will not open because it is damaged, offer its newest good backup (RELIABILITY D2).

    Returns the desk on the restored file, or None (not damaged, no backup chosen) — the caller then says
    the file cannot be opened. The damaged file is kept beside it as `….damaged-<time>.db`, never deleted.
    """
    if not (isinstance(error, StorageUnavailable) and error.damaged):
        return None
    intro = QCoreApplication.translate(
        "BackupActions",
        "The data file is damaged and cannot be opened:\n{path}\n\n{reason}\n\n"
        "Restore a backup? The damaged file is kept beside it, renamed, and never deleted.",
    ).format(path=path, reason=str(error))
    title = QCoreApplication.translate("BackupActions", "Restore backup")
    while True:
        dialog = RestoreDialog(backups_for(path), folder_for(path), intro, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or (chosen := dialog.chosen()) is None:
            return None
        try:
            with busy():
                result = restore_database(path, chosen)
                desk = Desk.open(path)
        except USER_ERRORS as e:
            QMessageBox.warning(parent, title, str(e))
            continue  # the damaged file is unchanged: pick another backup, or cancel
        QMessageBox.information(parent, title, restored_text(result))
        return desk


def _path(info: BackupInfo | None) -> Path | None:
    return info.path if info is not None else None


def _close_on_quit(desk: Desk, _window: QMainWindow) -> None:
    desk.close()
