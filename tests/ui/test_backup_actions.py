"""File → Back up now / Restore backup…, the restore dialog, the automatic backup at start, and the restore
offered when the data file is damaged."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from officedesk.domain.visits import Visit
from officedesk.services.backup_service import BackupInfo
from officedesk.services.clock import Clock
from officedesk.services.desk import Desk
from officedesk.ui.backup_actions import offer_restore_if_damaged
from officedesk.ui.dialogs.backup_dialog import RestoreDialog
from officedesk.ui.main_window import MainWindow
from officedesk.ui.widgets.action_text import plain

NOW = datetime(2026, 11, 23, 10, 0)


@pytest.fixture
def window(demo_desk: Desk, qtbot: QtBot) -> Iterator[MainWindow]:
    """The main window; closed by hand, since a restore replaces (and deletes) it."""
    w = MainWindow(demo_desk)
    try:
        yield w
    finally:
        if shiboken6.isValid(w):
            w.close()
            w.deleteLater()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Yes to every question; the texts of questions, information and warnings, as they would have shown."""
    shown: dict[str, list[str]] = {"question": [], "information": [], "warning": []}

    def question(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        shown["question"].append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown["information"].append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown["warning"].append(text))
    return shown


def _accept_dialog(monkeypatch: pytest.MonkeyPatch, pick: Callable[[RestoreDialog], None] | None = None) -> None:
    """RestoreDialog.exec() as if the clerk picked (by default the preselected newest backup) and clicked Restore."""

    def exec_(dialog: RestoreDialog) -> int:
        if pick is not None:
            pick(dialog)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(RestoreDialog, "exec", exec_)


def test_the_file_menu_has_backup_and_restore_before_quit(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [plain(a.text()) for a in file_menu.actions()]  # type: ignore[attr-defined]
    b = window.backup_actions
    assert texts[-6:] == ["Remove demo data", "", "Back up now", "Restore backup", "", "Quit"]
    assert b.backup_action.shortcut() == QKeySequence("Ctrl+Shift+B")
    assert "Ctrl+Shift+B" in b.backup_action.toolTip()


def test_ctrl_shift_b_backs_up_and_says_so_in_the_status_line(
    window: MainWindow, demo_desk: Desk, show_active: Callable[[MainWindow], MainWindow], qtbot: QtBot,
    tmp_path: Path,
) -> None:  # fmt: skip
    show_active(window)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    backups = demo_desk.backups.list_backups()
    assert len(backups) == 1 and backups[0].path.parent == tmp_path / "backups"
    assert window.notice_label.text() == f"Backup saved: {backups[0].path}"


def test_a_failed_backup_is_explained(window: MainWindow, demo_desk: Desk, tmp_path: Path,
                                      answers: dict[str, list[str]]) -> None:  # fmt: skip
    demo_desk.settings.save(demo_desk.settings.with_changes(backup_dir=str(tmp_path / "pulled" / "stick")))
    assert window.backup_actions.backup_now() is None
    assert len(answers["warning"]) == 1 and "不存在或已移除" in answers["warning"][0]
    assert window.notice_label.text() == ""


def test_the_automatic_backup_at_start_runs_beside_the_window_and_reports(
    window: MainWindow, demo_desk: Desk, qtbot: QtBot
) -> None:
    thread = window.backup_actions.backup_on_start()
    assert thread is not None  # the copy and its check run on a worker: the window stays responsive
    qtbot.waitUntil(lambda: window.notice_label.text().startswith("Automatic backup saved"), timeout=10_000)
    newest = demo_desk.backups.newest()
    assert newest is not None and window.notice_label.text() == f"Automatic backup saved: {newest.path}"
    assert demo_desk.backups.start_folder() is None  # recorded: today's is done
    window.notice_label.clear()
    assert window.backup_actions.backup_on_start() is None  # the same day: nothing to do, nothing to say
    assert window.notice_label.text() == ""


def test_a_failed_automatic_backup_shows_in_the_status_line(
    window: MainWindow, demo_desk: Desk, tmp_path: Path, qtbot: QtBot
) -> None:
    demo_desk.settings.save(demo_desk.settings.with_changes(backup_dir=str(tmp_path / "pulled" / "stick")))
    window.backup_actions.backup_on_start()
    qtbot.waitUntil(lambda: window.notice_label.text() != "", timeout=10_000)
    assert window.notice_label.text().startswith("The automatic backup failed:")
    assert "不存在或已移除" in window.notice_label.text()


# --- the restore dialog -------------------------------------------------------------------------
def _infos(folder: Path) -> list[BackupInfo]:
    return [
        BackupInfo(folder / "officedesk-20261123-093000.db", datetime(2026, 11, 23, 9, 30), 3 * 1024 * 1024),
        BackupInfo(folder / "officedesk-20261122-170500.db", datetime(2026, 11, 22, 17, 5), 2048),
    ]


def test_the_dialog_lists_time_and_size_newest_selected(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = RestoreDialog(_infos(tmp_path), tmp_path)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    assert [table.item(r, 0).text() for r in range(2)] == ["2026-11-23 09:30:00", "2026-11-22 17:05:00"]
    assert "3" in table.item(0, 1).text() and "MB" in table.item(0, 1).text()
    assert table.item(0, 0).toolTip() == str(tmp_path / "officedesk-20261123-093000.db")
    assert dialog.restore_button.isEnabled()
    assert dialog.chosen() == tmp_path / "officedesk-20261123-093000.db"
    table.selectRow(1)
    assert dialog.chosen() == tmp_path / "officedesk-20261122-170500.db"
    table.clearSelection()
    assert not dialog.restore_button.isEnabled()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Rejected  # nothing chosen: Enter does nothing


def test_the_dialog_without_backups_offers_another_file(qtbot: QtBot, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    dialog = RestoreDialog([], tmp_path, intro="The data file is damaged")
    qtbot.addWidget(dialog)
    assert dialog.table.isHidden() and not dialog.restore_button.isEnabled()
    assert "No backups were found" in dialog.folder_label.text()
    picked = tmp_path / "stick" / "officedesk-20261101-080000.db"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(picked), ""))
    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen() == picked


# --- restoring from the menu --------------------------------------------------------------------
def test_restore_replaces_the_data_and_the_window_reloads(
    window: MainWindow, demo_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    answers: dict[str, list[str]], qtbot: QtBot,
) -> None:  # fmt: skip
    window.show()
    backup = demo_desk.backups.backup_now()
    in_backup = demo_desk.visits.count()
    demo_desk.visits.save(Visit(channel="来访", received_at=NOW, petitioner="王五", requests="备份之后登记的"))
    _accept_dialog(monkeypatch)
    new = window.backup_actions.restore()
    assert isinstance(new, MainWindow) and new is not window
    try:
        assert new.isVisible() and not window.isVisible()
        assert new.desk is not demo_desk and new.desk.visits.count() == in_backup
        assert new.register_view.summary().total == in_backup  # what the clerk sees
        assert "2026-11-23 10:00:00" in answers["question"][0]  # the backup's time, asked before anything
        assert str(backup) in answers["information"][0] and ".pre-restore-" in answers["information"][0]
        assert len(list(tmp_path.glob("t.pre-restore-*.db"))) == 1
        assert new.desk.backups.list_backups()[0].path == backup
    finally:
        new.close()
        new.desk.close()


def test_a_refused_backup_keeps_the_window_and_its_data(
    window: MainWindow, demo_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    answers: dict[str, list[str]],
) -> None:  # fmt: skip
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a backup at all " * 500)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(garbage), ""))
    _accept_dialog(monkeypatch, pick=lambda d: d.choose_other())
    count = demo_desk.visits.count()
    assert window.backup_actions.restore() is None
    assert len(answers["warning"]) == 1 and "不是 OfficeDesk 的备份文件" in answers["warning"][0]
    assert "garbage.db" in answers["question"][0]
    assert not demo_desk.backups.closed and demo_desk.visits.count() == count
    assert window.backup_actions.replacement is None


def test_cancelling_the_confirmation_changes_nothing(
    window: MainWindow, demo_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_desk.backups.backup_now()
    _accept_dialog(monkeypatch)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    assert window.backup_actions.restore() is None
    assert not demo_desk.backups.closed


# --- a damaged file at start --------------------------------------------------------------------
def test_a_damaged_file_at_start_is_restored_from_the_chosen_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: dict[str, list[str]]
) -> None:
    from officedesk.services.demo_service import load_demo
    from officedesk.services.errors import StorageUnavailable

    path = tmp_path / "office.db"
    desk = Desk.open(path, Clock.fixed(NOW))
    load_demo(desk, visits=30)
    desk.backups.backup_now()
    desk.close()
    with path.open("r+b") as f:
        f.write(b"\x00garbage\x00" * 20)
    with pytest.raises(StorageUnavailable) as raised:
        Desk.open(path)
    assert raised.value.damaged
    shown: list[RestoreDialog] = []
    _accept_dialog(monkeypatch, pick=shown.append)
    restored = offer_restore_if_damaged(path, raised.value)
    assert restored is not None
    try:
        assert restored.visits.count() == 30
        assert "damaged" in shown[0].findChild(QLabel, "restoreIntro").text()
        assert len(list(tmp_path.glob("office.damaged-*.db"))) == 1
        assert ".damaged-" in answers["information"][0]
    finally:
        restored.close()


def test_a_file_that_is_not_damaged_gets_no_restore_offer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from officedesk.services.errors import StorageUnavailable

    monkeypatch.setattr(RestoreDialog, "exec", lambda _d: pytest.fail("no dialog for a locked file"))
    assert offer_restore_if_damaged(tmp_path / "x.db", StorageUnavailable("数据库被锁定", 6)) is None
    assert offer_restore_if_damaged(tmp_path / "x.db", ValueError("a bug")) is None


def test_run_gui_backs_up_once_the_window_shows(qapp: QApplication, tmp_path: Path, qtbot: QtBot,
                                                monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    import officedesk.ui.application as application

    desk = Desk.open(tmp_path / "register.db")  # not new: no set-up wizard
    desk.close()
    font, locale = qapp.font(), QLocale()
    monkeypatch.setattr(application, "install_translators", lambda _app: [])
    notices: list[str] = []

    def exec_once(*_args: object) -> int:  # the event loop, until the automatic backup has reported
        for w in QApplication.topLevelWidgets():
            if shiboken6.isValid(w) and isinstance(w, MainWindow) and w.isVisible():
                qtbot.waitUntil(lambda w=w: w.notice_label.text().startswith("Automatic backup"), timeout=10_000)
                notices.append(w.notice_label.text())
                w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_once)
    try:
        assert application.run_gui(tmp_path / "register.db", []) == 0
    finally:
        qapp.setFont(font)
        QLocale.setDefault(locale)
    assert len(list((tmp_path / "backups").glob("officedesk-*.db"))) == 1
    assert notices and notices[0].startswith("Automatic backup saved:")
    assert not (tmp_path / "register.db.lock").exists()  # released on the way out
