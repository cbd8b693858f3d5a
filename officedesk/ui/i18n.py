"""Install the app's and Qt's own translations (like Picard): zh_CN by default, English selectable.

The language is chosen in Settings (kept in QSettings, for this PC) and applied at the next start;
OFFICEDESK_LANG=en (or zh_CN) in the environment overrides the stored choice.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from officedesk.paths import resource_path
from officedesk.ui.widgets.remembered import stored_language

DEFAULT_LANGUAGE = "zh_CN"
LANG_ENV = "OFFICEDESK_LANG"
# The languages offered in Settings, each named in its own language (as language pickers do).
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}


def _normalise(value: str) -> str:
    if value.lower().startswith("en"):
        return "en"
    return value


def wanted_language(environ: dict[str, str] | None = None, stored: str | None = None) -> str:
    """The UI language: the environment, else the choice made in Settings, else Chinese (source strings are
    English, so English is the opt-in). `stored` defaults to the value kept in QSettings."""
    env = os.environ if environ is None else environ
    value = env.get(LANG_ENV, "").strip()
    if value:
        return _normalise(value)
    chosen = (stored_language() if stored is None else stored).strip()
    if chosen:
        return _normalise(chosen)
    return DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load officedesk_<lang>.qm (if built) and Qt's qtbase_<lang>.qm. Returns the installed translators.

    Each translator is a child of `app`, so it stays installed after the Python wrapper is gone.
    """
    lang = language or wanted_language()
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return []
    QLocale.setDefault(QLocale(lang))
    installed: list[QTranslator] = []
    candidates = (
        (f"officedesk_{lang}", str(resource_path("i18n"))),
        # Standard buttons (OK/Cancel), file dialogs and context menus come from Qt's own catalogue.
        (f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            installed.append(translator)
    return installed
