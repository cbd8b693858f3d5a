"""Start-up pieces of run_gui: high-DPI policy, the bundled font, translators and the stored language, opening
the desk, the set-up wizard on first start."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from officedesk.services.desk import Desk
from officedesk.ui.application import open_desk, use_bundled_font
from officedesk.ui.dialogs.backup_dialog import RestoreDialog
from officedesk.ui.dialogs.setup_wizard import SetupWizard
from officedesk.ui.i18n import install_translators, wanted_language
from officedesk.ui.widgets.remembered import LANGUAGE_KEY, pc_settings, store_language


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


def test_language_chosen_in_settings_is_read_and_the_environment_overrides_it() -> None:
    assert wanted_language({}) == "zh_CN"  # nothing stored (the test's own QSettings folder)
    store_language("en")
    assert pc_settings().value(LANGUAGE_KEY) == "en"
    assert wanted_language({}) == "en"
    assert wanted_language({"OFFICEDESK_LANG": "zh_CN"}) == "zh_CN"  # the environment still wins
    store_language("zh_CN")
    assert wanted_language({}) == "zh_CN"
    assert wanted_language({"OFFICEDESK_LANG": "en"}) == "en"
    assert wanted_language({}, stored="en_GB") == "en"


def test_high_dpi_policy_is_set_before_the_application_exists() -> None:
    # A fresh process: the policy can only be set before QApplication is built, which the session's qapp already is.
    # Another policy is set first, as a platform default might: make_application must replace it.
    script = (
        "from PySide6.QtCore import Qt\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "from officedesk.ui.application import make_application\n"
        "QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.Round)\n"
        "app = make_application([])\n"
        "print(QGuiApplication.highDpiScaleFactorRoundingPolicy().name)\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env,
                          check=True)  # fmt: skip
    assert done.stdout.strip() == "PassThrough"


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
    offered: list[RestoreDialog] = []  # a damaged file first gets the restore offer (test_backup_actions.py)
    monkeypatch.setattr(RestoreDialog, "exec", lambda dialog: offered.append(dialog) or 0)  # declined
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_bytes(b"this is not sqlite, just some text " * 100)
    assert open_desk(not_a_database) is None
    assert len(offered) == 1
    assert len(shown) == 1 and str(not_a_database) in shown[0]


def test_first_start_runs_the_set_up_wizard_and_a_known_file_does_not(
    app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import officedesk.ui.application as application

    monkeypatch.setattr(application, "install_translators", lambda _app: [])
    wizards: list[str] = []

    def finish(wizard: SetupWizard) -> int:
        wizards.append(wizard.windowTitle())
        wizard.office.office_name.setText("平阳县商务局")
        wizard.accept()  # Finish
        return int(QWizard.DialogCode.Accepted)

    monkeypatch.setattr(SetupWizard, "exec", finish)
    monkeypatch.setattr(QApplication, "exec", lambda *_a: [w.close() for w in QApplication.topLevelWidgets()] and 0)
    path = tmp_path / "register.db"
    assert application.run_gui(path, []) == 0
    assert wizards == ["Set up OfficeDesk"]
    assert application.run_gui(path, []) == 0  # the second start: not new, no wizard
    assert wizards == ["Set up OfficeDesk"]
    desk = Desk.open(path)
    try:
        assert desk.settings.settings.office_name == "平阳县商务局"
    finally:
        desk.close()


def test_run_gui_opens_the_window_on_the_file(app: QApplication, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    import officedesk.ui.application as application
    from officedesk.ui.main_window import MainWindow

    monkeypatch.setattr(application, "install_translators", lambda _app: [])  # keep the session in English
    monkeypatch.setattr(SetupWizard, "exec", lambda wizard: int(wizard.reject() or QWizard.DialogCode.Rejected))
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
