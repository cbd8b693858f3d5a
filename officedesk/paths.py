"""Where resources and user data live; the only module that knows about the frozen bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Diagnostics: point the app (or `officedesk --self-test`) at another resources/ folder, e.g. a bundle's
# `_internal/resources` from a source checkout, or a copy with a file removed to see what breaks.
RESOURCES_ENV = "OFFICEDESK_RESOURCES"


def resources_dir() -> Path:
    """resources/: beside the package from source; in the PyInstaller bundle under sys._MEIPASS.

    PyInstaller sets `sys.frozen` and `sys._MEIPASS` (one-folder: the `_internal` folder next to the
    executable, where build.spec puts resources/); from source the folder is the project root's.
    """
    override = os.environ.get(RESOURCES_ENV, "").strip()
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    """A file under resources/ (see resources_dir)."""
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    from platformdirs import user_data_path  # lazy: start-up time

    return user_data_path("OfficeDesk", appauthor=False, ensure_exists=True)


def default_database_path() -> Path:
    return user_data_dir() / "officedesk.db"


def bundled_font_path() -> Path:
    return resource_path("fonts", "wqy-microhei.ttc")


def bundled_font_licence_path() -> Path:
    return resource_path("fonts", "wqy-microhei.LICENSE.txt")
