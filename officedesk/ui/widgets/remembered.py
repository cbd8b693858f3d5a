"""What the PC remembers between sessions (QSettings, not the database): window and dialog sizes, splitters,
the interface language. Table columns are kept by column_state.py under the same organisation."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QDialog, QSplitter

ORGANIZATION = "OfficeDesk"
APPLICATION = "OfficeDesk"
LANGUAGE_KEY = "ui/language"


def pc_settings() -> QSettings:
    """This PC's settings for this user (the registry on Windows, an INI file elsewhere)."""
    return QSettings(ORGANIZATION, APPLICATION)


def stored_language() -> str:
    """The language chosen in Settings ("" when never chosen); applied at the next start."""
    value = pc_settings().value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) else ""


def store_language(language: str) -> None:
    pc_settings().setValue(LANGUAGE_KEY, language)


def remember_splitter(splitter: QSplitter, key: str) -> None:
    """Restore `splitter`'s sizes from `<key>/splitter` now, and save them whenever the clerk moves it."""
    settings_key = f"{key}/splitter"
    state = pc_settings().value(settings_key)
    if isinstance(state, QByteArray):
        splitter.restoreState(state)
    splitter.splitterMoved.connect(lambda _pos, _index: pc_settings().setValue(settings_key, splitter.saveState()))


def remember_geometry(dialog: QDialog, key: str) -> None:
    """Restore `dialog`'s size and place from `<key>/geometry` now, and save them when it closes."""
    settings_key = f"{key}/geometry"
    geometry = pc_settings().value(settings_key)
    if isinstance(geometry, QByteArray):
        dialog.restoreGeometry(geometry)
    dialog.finished.connect(lambda _code: pc_settings().setValue(settings_key, dialog.saveGeometry()))
