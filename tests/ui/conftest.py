"""UI tests keep QSettings (window geometry, columns) in a temporary folder, never in the tester's profile.

And what the UI tests share: showing a view or a dialog, typing Chinese as the input method commits it, the bundled
CJK font for screenshots, the warnings a QMessageBox would have shown, a desk with a duty staff list."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontDatabase, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from officedesk import paths
from officedesk.services.desk import Desk

W = TypeVar("W", bound=QWidget)


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> Path:
    folder = tmp_path / "qsettings"
    folder.mkdir()
    # On Linux QSettings' native format is an INI file; both formats are pointed at the test folder.
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def cjk_font(qapp: QApplication) -> str:
    """The bundled font, so Chinese renders in screenshots (a fresh machine has only DejaVu: PLATFORM.md)."""
    if "WenQuanYi Micro Hei" not in QFontDatabase.families():
        assert QFontDatabase.addApplicationFont(str(paths.bundled_font_path())) >= 0
    QApplication.setFont(QFont("WenQuanYi Micro Hei", 10))
    return "WenQuanYi Micro Hei"


@pytest.fixture
def show_view(qtbot: QtBot) -> Callable[[W], W]:
    """`show_view(view)`: the register's or the ledger's view on screen at 1100×600, closed after the test."""

    def show(view: W) -> W:
        qtbot.addWidget(view)
        view.resize(1100, 600)
        view.show()
        qtbot.waitExposed(view)
        return view

    return show


@pytest.fixture
def show_active(qtbot: QtBot) -> Callable[[W], W]:
    """`show_active(dialog)`: shown and the active window, as keyboard tests need; closed after the test."""

    def show(widget: W) -> W:
        qtbot.addWidget(widget)
        widget.show()
        widget.activateWindow()
        qtbot.waitUntil(widget.isActiveWindow)  # waitActive returns early offscreen
        return widget

    return show


def _commit(widget: QWidget, text: str) -> None:
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def type_chinese() -> Callable[[QWidget, str], None]:
    """`type_chinese(widget, text)`: Chinese arrives through the input method, one committed character at a time
    (QTest.keyClicks is ASCII-only)."""

    def type_(widget: QWidget, text: str) -> None:
        for ch in text:
            _commit(widget, ch)

    return type_


@pytest.fixture
def type_into(qtbot: QtBot) -> Callable[[QWidget, str], None]:
    """`type_into(widget, text)`: typed as the clerk does, ASCII as key presses, Chinese as the input method
    commits it, into the widget with the focus."""

    def type_(widget: QWidget, text: str) -> None:
        widget.setFocus()
        for chunk in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
            if chunk.isascii():
                qtbot.keyClicks(widget, chunk)
            else:
                _commit(QApplication.focusWidget() or widget, chunk)

    return type_


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the warnings QMessageBox.warning would have shown."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    return shown


@pytest.fixture
def duty_desk(desk: Desk) -> Desk:
    """The desk with a small duty staff list: two leaders and four staff, in rotation order (no slots yet)."""
    from officedesk.domain.duty import StaffMember, StaffRole

    people = (
        ("王建国", StaffRole.LEADER, "局长", "13805561001"),
        ("李卫东", StaffRole.LEADER, "副局长", "13805561002"),
        ("周敏", StaffRole.STAFF, "办公室主任", "13805562011"),
        ("吴磊", StaffRole.STAFF, "科员", "13805562012"),
        ("郑芳", StaffRole.STAFF, "科员", "13805562013"),
        ("冯军", StaffRole.STAFF, "股长", "13805562014"),
    )
    for order, (name, role, post, mobile) in enumerate(people, start=1):
        desk.duty.save_staff(StaffMember(None, name, role, post, "局机关", mobile, rotation_order=order))
    return desk
