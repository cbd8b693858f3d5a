"""`officedesk --self-test` (DESIGN.md command line): the app checks itself headless, one line per check.

Run as the clerk's IT person runs it, in a child process; the bundle runs the same command (make bundle-test).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from officedesk.paths import RESOURCES_ENV, resources_dir

# Every check, in the order the report prints them: services/self_test.py, then ui/self_test_window.py.
CHECKS = (
    "fonts", "translations", "database", "visit", "ledger-line", "duty-week", "duty-table-pdf", "ledger-pdf",
    "register-pdf", "register-xlsx", "register-csv", "ledger-xlsx", "ledger-csv",
    "qt", "qt-translations", "qt-font", "window", "print-preview",
)  # fmt: skip
OK_LINE = re.compile(r"^OK  (?P<name>[a-z-]+)(?:: (?P<detail>.+))? \((?P<ms>\d+) ms\)$")
FAILED_LINE = re.compile(r"^FAILED (?P<name>[a-z-]+): (?P<reason>.+)$")


def self_test(**env: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "officedesk", "--self-test"],
        capture_output=True, text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
    )  # fmt: skip
    assert "Traceback" not in result.stdout + result.stderr, result.stdout + result.stderr
    return result


def parse(stdout: str) -> tuple[dict[str, re.Match[str]], list[str], str]:
    """(check name → its OK match, the FAILED names, the last line)."""
    lines = stdout.strip().splitlines()
    oks: dict[str, re.Match[str]] = {}
    failed: list[str] = []
    for line in lines[:-1]:
        if ok := OK_LINE.match(line):
            oks[ok["name"]] = ok
        elif bad := FAILED_LINE.match(line):
            failed.append(bad["name"])
        else:
            raise AssertionError(f"not a report line: {line!r}")
    assert [*oks, *failed] and len(lines) - 1 == len(CHECKS), stdout
    return oks, failed, lines[-1]


def test_every_check_passes_and_says_what_it_saw() -> None:
    result = self_test()
    assert result.returncode == 0, result.stdout + result.stderr
    oks, failed, last = parse(result.stdout)
    assert (failed, last) == ([], "OK")
    assert tuple(oks) == CHECKS  # every check, once, in order
    assert "wqy-microhei.ttc" in oks["fonts"]["detail"]
    assert oks["visit"]["detail"].startswith("XF-2026-0001")
    assert "7 days filled" in oks["duty-week"]["detail"]
    for name in ("duty-table-pdf", "ledger-pdf", "register-pdf"):
        assert "fonts embedded" in oks[name]["detail"]
    assert "phone masked" in oks["register-xlsx"]["detail"]
    assert "办公桌" in oks["qt-translations"]["detail"]
    # Every navigation page, by its translated name.
    assert re.search(r"^4 pages shown \(信访登记、隐患台账、值班、报表\)|^\d+ pages shown", oks["window"]["detail"])
    assert "duty-table-pdf, ledger-pdf, register-pdf" in oks["print-preview"]["detail"]


def test_a_missing_font_fails_those_checks_and_the_whole(tmp_path: Path) -> None:
    """OFFICEDESK_RESOURCES (paths.py) points the app at a resources folder without its font: no mocks."""
    broken = tmp_path / "resources"
    shutil.copytree(resources_dir(), broken)
    (broken / "fonts" / "wqy-microhei.ttc").unlink()
    result = self_test(**{RESOURCES_ENV: str(broken)})
    assert result.returncode == 1
    oks, failed, last = parse(result.stdout)
    assert last == "FAILED"
    assert re.search(r"^FAILED fonts: bundled font missing: .*wqy-microhei\.ttc$", result.stdout, re.MULTILINE)
    assert {"fonts", "duty-table-pdf", "ledger-pdf", "register-pdf"} <= set(failed)
    # What does not need the font still runs and passes: one failure does not stop the others.
    assert {"translations", "database", "visit", "ledger-line", "duty-week", "register-xlsx", "ledger-csv",
            "window"} <= set(oks)  # fmt: skip


def test_missing_translations_fail_the_self_test(tmp_path: Path) -> None:
    broken = tmp_path / "resources"
    shutil.copytree(resources_dir(), broken)
    for qm in (broken / "i18n").glob("*.qm"):
        qm.unlink()
    result = self_test(**{RESOURCES_ENV: str(broken)})
    assert result.returncode == 1
    _oks, failed, last = parse(result.stdout)
    assert last == "FAILED"
    assert {"translations", "qt-translations"} <= set(failed)
