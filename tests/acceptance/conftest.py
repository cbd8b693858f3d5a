"""What the command-line tests share: `run`, the program as a script calls it, and a small duty roster sheet."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook


def _run(*args: str | Path, ok: bool = True) -> subprocess.CompletedProcess[str]:
    """`officedesk ARGS`: never a traceback; a refusal (`ok=False`) exits non-zero with one clear line."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "officedesk", *map(str, args)], capture_output=True, text=True, env=env, timeout=120
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert (result.returncode == 0) == ok, result.stdout + result.stderr
    if not ok:
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr  # one clear line
    return result


@pytest.fixture(scope="session")
def run() -> Callable[..., subprocess.CompletedProcess[str]]:
    return _run


@pytest.fixture
def december_roster(tmp_path: Path) -> Path:
    """A duty sheet as offices keep it: a title row, the header, two days of December 2026."""
    roster = tmp_path / "值班表.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["2026年12月值班安排表"])
    ws.append(["日期", "带班领导", "值班人员", "手机"])
    ws.append(["2026-12-01", "王建国", "周敏、吴磊", "13800000001"])
    ws.append(["2026-12-02", "李卫东", "郑芳", "13800000002"])
    wb.save(roster)
    return roster
