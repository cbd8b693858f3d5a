"""Fixtures for the Qt-free layers: a real database file in tmp_path and the desk over it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from officedesk.services.clock import Clock
from officedesk.services.desk import Desk

TODAY = datetime(2026, 11, 23, 10, 0)


@pytest.fixture
def unit_desk(tmp_path: Path) -> Iterator[Desk]:
    desk = Desk.open(tmp_path / "desk.db", Clock.fixed(TODAY))
    yield desk
    desk.close()
