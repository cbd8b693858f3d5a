"""Start-up of the bundle (or any officedesk command) to a shown window, as the clerk starts it: median of N.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bundle_startup.py                 (dist/OfficeDesk/OfficeDesk)
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bundle_startup.py -- .venv/bin/python -m officedesk

The command itself first makes a database with 500 demo visits (so the bundle's `demo` runs too, and the
window opens on a register with rows, without the first-start question), then opens the window N times with
OFFICEDESK_EXIT_AFTER_SHOW=1: the app prints the ms from its process start to the shown window and exits
(ui/application.py). The wall time from spawn to exit is printed beside it. Offscreen unless QT_QPA_PLATFORM
says otherwise; nothing is written outside a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "OfficeDesk" / ("OfficeDesk.exe" if sys.platform == "win32" else "OfficeDesk")
TARGET_MS = 800  # the target: start to a shown window ≤ 0.8 s
SHOWN = re.compile(r"^(\d+) ms$", re.MULTILINE)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--visits", type=int, default=500)
    parser.add_argument("--max-ms", type=int, help="exit 1 when the median is over this (default: only report)")
    parser.add_argument("command", nargs="*", help="the program to start (default: the bundle)")
    args = parser.parse_args()
    command = args.command or [str(BUNDLE)]
    if not args.command and not BUNDLE.exists():
        print(f"no bundle at {BUNDLE}: make bundle", file=sys.stderr)
        return 1
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory(prefix="officedesk-startup-") as tmp:
        db = Path(tmp) / "desk.db"
        made = subprocess.run([*command, "demo", "--db", str(db), "--visits", str(args.visits)], env=env,
                              capture_output=True, text=True, timeout=300)  # fmt: skip
        if made.returncode != 0:
            print(f"demo data failed: {made.stderr.strip() or made.stdout.strip()}", file=sys.stderr)
            return 1
        shown, walls = [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            run = subprocess.run([*command, "--db", str(db)], env={**env, "OFFICEDESK_EXIT_AFTER_SHOW": "1"},
                                 capture_output=True, text=True, timeout=120)  # fmt: skip
            walls.append((time.perf_counter() - start) * 1000)
            found = SHOWN.findall(run.stdout)
            if run.returncode != 0 or not found:
                print(f"start-up run failed (exit {run.returncode}): {run.stderr.strip()[-500:]}", file=sys.stderr)
                return 1
            shown.append(int(found[-1]))
    median = statistics.median(shown)
    verdict = "met" if median <= TARGET_MS else "NOT met"
    print(f"start-up to a shown window ({env['QT_QPA_PLATFORM']}, {args.visits} visits), {' '.join(command)}:")
    print(f"  process start → shown: {', '.join(f'{ms} ms' for ms in shown)}; median {median:.0f} ms "
          f"(target ≤ {TARGET_MS} ms: {verdict})")  # fmt: skip
    wall = statistics.median(walls)
    print(f"  spawn → exit (wall):   {', '.join(f'{ms:.0f} ms' for ms in walls)}; median {wall:.0f} ms")
    return 1 if args.max_ms is not None and median > args.max_ms else 0


if __name__ == "__main__":
    raise SystemExit(main())
