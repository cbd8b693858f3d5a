"""Where resources and user data live; the only module that knows about the frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """A file under resources/: beside the package from source, under sys._MEIPASS when frozen."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[1]))
    return base.joinpath("resources", *parts)


def user_data_dir() -> Path:
    from platformdirs import user_data_path  # lazy: start-up time

    return user_data_path("OfficeDesk", appauthor=False, ensure_exists=True)


def default_database_path() -> Path:
    return user_data_dir() / "officedesk.db"


def bundled_font_path() -> Path:
    return resource_path("fonts", "wqy-microhei.ttc")
