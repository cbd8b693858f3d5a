"""Start-up pieces of run_gui: the bundled font, translators, opening the desk, the demo-data offer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from officedesk.services.desk import Desk
from officedesk.ui.application import DEMO_VISITS, offer_demo_data, open_desk, use_bundled_font
from officedesk.ui.i18n import install_translators, wanted_language


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The session's application, with its font and locale put back afterwards."""
    font, locale = qapp.font(), QLocale()
    yield qapp
    qapp.setFont(font)
    QLocale.setDefault(locale)


def test_bundled_font_becomes_the_app_font_at_the_platform_size(app: QApplication) -> None:
    size = app.font().pointSizeF()
    family = use_bundled_font(app)
    assert family == "WenQuanYi Micro Hei"
    assert app.font().families()[0] == family
    assert app.font().pointSizeF() == size


def test_language_defaults_to_chinese_and_en_switches_it_off() -> None:
    assert wanted_language({}) == "zh_CN"
    assert wanted_language({"OFFICEDESK_LANG": "en"}) == "en"
    assert wanted_language({"OFFICEDESK_LANG": "en_US.UTF-8"}) == "en"


def test_qt_standard_texts_are_translated(app: QApplication) -> None:
    assert install_translators(app, "en") == []
    translators = install_translators(app, "zh_CN")
    try:
        assert translators
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        for t in translators:
            app.removeTranslator(t)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_a_file_that_cannot_be_opened_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *a: shown.append(text))
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_bytes(b"this is not sqlite, just some text " * 100)
    assert open_desk(not_a_database) is None
    assert len(shown) == 1 and str(not_a_database) in shown[0]


@pytest.mark.parametrize(("answer", "added"), [(QMessageBox.StandardButton.Yes, DEMO_VISITS),
                                               (QMessageBox.StandardButton.No, 0)])  # fmt: skip
def test_first_start_offers_demo_data(desk: Desk, monkeypatch: pytest.MonkeyPatch, answer: Any, added: int) -> None:
    assert desk.is_new
    monkeypatch.setattr(QMessageBox, "question", lambda *a: answer)
    assert offer_demo_data(desk) == added
    assert desk.visits.count() == added


def test_run_gui_opens_the_window_on_the_file(app: QApplication, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    import officedesk.ui.application as application
    from officedesk.ui.main_window import MainWindow

    monkeypatch.setattr(application, "install_translators", lambda _app: [])  # keep the session in English
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    titles: list[str] = []

    def exec_once(*_args: object) -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        titles.extend(w.windowTitle() for w in windows)
        for w in windows:
            w.close()
        return 7

    monkeypatch.setattr(QApplication, "exec", exec_once)
    assert application.run_gui(tmp_path / "register.db", []) == 7
    assert titles == ["OfficeDesk — register.db"]
    assert app.applicationName() == "OfficeDesk"
