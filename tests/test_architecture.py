"""The layers of DESIGN.md hold: import-linter's contracts in pyproject.toml, checked on every test run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken." in result.stdout


def test_no_module_below_ui_mentions_qt() -> None:
    """A second, simpler guard (STYLE.md §2.2): catches a lazy import inside a function too."""
    offenders = [
        str(p.relative_to(ROOT))
        for layer in ("domain", "storage", "services", "forms", "exchange")
        for p in (ROOT / "officedesk" / layer).rglob("*.py")
        if "PySide6" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []
