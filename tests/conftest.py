"""Shared fixtures: a fresh desk on a fixed day, and one with demo data, for the UI tests."""

from __future__ import annotations

import os

# Before any Qt import: the tests run headless (PLATFORM.md: offscreen works).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from officedesk.services.clock import Clock
from officedesk.services.desk import Desk

FIXED_NOW = datetime(2026, 11, 23, 10, 0)


def pytest_configure(config: pytest.Config) -> None:
    # The offscreen platform plugin warns on every top-level show(); it says nothing about our code.
    config.addinivalue_line("qt_log_ignore", "This plugin does not support propagateSizeHints")


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    d = Desk.open(tmp_path / "t.db", Clock.fixed(FIXED_NOW))
    try:
        yield d
    finally:
        d.close()


@pytest.fixture
def demo_desk(desk: Desk) -> Desk:
    from officedesk.services.demo_service import load_demo

    load_demo(desk, visits=300)
    return desk
