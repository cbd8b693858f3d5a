"""Duty grid speed: time to open a month in the duty view on a filled demo database. A report, not a test.

    .venv/bin/python bench/bench_duty_grid.py [--runs 5] [--visits 2000] [--db PATH]

The demo duty year (2026-01-01..2027-01-31: staff, leaves, swaps, logs, reception) is loaded into a fresh
database (with --visits demo visits, so the day's drafts have something to look at). For each month of 2026 the
clock runs from "show this month" (DutyView: the month grid read through `desk.duty.days()`, conflicts, the
selected day's log and report, the month's reception schedule) until the grid's viewport has painted. The baseline
is a plain QTableWidget filled with the same strings and painted the same way. Exits 0 whatever the figures are;
a figure over its target is marked OVER.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QFont, QFontDatabase  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem  # noqa: E402

from officedesk.paths import bundled_font_path  # noqa: E402
from officedesk.services.clock import Clock  # noqa: E402
from officedesk.services.demo_service import load_demo, load_demo_duty  # noqa: E402
from officedesk.services.desk import Desk  # noqa: E402
from officedesk.ui.models.duty_grid_model import HEADINGS  # noqa: E402
from officedesk.ui.views.duty_period_bar import MONTH  # noqa: E402
from officedesk.ui.views.duty_view import DutyView  # noqa: E402

TARGET_MS = 150.0


def keep_singletons_alive() -> None:
    """PySide6 6.12.0 on CPython 3.11 returns None, True and False without a new reference, so each void or bool
    call (setText, setItem, repaint, isVisible …) takes one reference from them; after some thousands the
    interpreter aborts ("none_dealloc", "bool_dealloc"). Python 3.12 made them immortal. The bench makes many
    calls in one process, so it pads their counts."""
    if sys.version_info < (3, 12):
        import ctypes

        for singleton in (None, True, False):
            ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
NOW = datetime(2026, 11, 23, 10, 0)  # the demo's own "today": the weeks before it are published
MONTHS = [date(2026, m, 15) for m in range(1, 13)]


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=5, help="rounds over the twelve months (median of all)")
    p.add_argument("--visits", type=int, default=2000, help="demo visits beside the duty data")
    p.add_argument("--db", type=Path, help="use this file (built if missing) instead of a temporary one")
    args = p.parse_args(argv)
    keep_singletons_alive()

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    font_id = QFontDatabase.addApplicationFont(str(bundled_font_path()))
    if font_id >= 0:
        app.setFont(QFont(QFontDatabase.applicationFontFamilies(font_id)[0], 10))
    tmp = None if args.db else Path(tempfile.mkdtemp(prefix="officedesk-duty-bench-"))
    path = args.db or (tmp / "duty.db")  # type: ignore[operator]
    try:
        fresh = not path.exists()
        desk = Desk.open(path, Clock.fixed(NOW))
        if fresh:
            built = timed(lambda: (load_demo(desk, visits=args.visits), load_demo_duty(desk)))
            print(f"built {path.name}: {args.visits} visits + the demo duty year in {built / 1000:.1f} s")
        view = DutyView(desk)
        view.resize(1280, 760)
        view.show()
        app.processEvents()
        view.period_bar.set_mode(MONTH)
        app.processEvents()
        table = QTableWidget()
        table.resize(view.grid.size())
        table.show()
        app.processEvents()

        def open_month(day: date) -> None:
            view.period_bar.set_anchor(day)
            view.grid.viewport().repaint()  # painted, not just scheduled

        def plain_month(texts: list[list[str]]) -> None:
            table.setRowCount(0)
            table.setColumnCount(len(HEADINGS))
            table.setHorizontalHeaderLabels(list(HEADINGS))
            table.setRowCount(len(texts[0]))
            for column, cells in enumerate(texts):
                for row, text in enumerate(cells):
                    table.setItem(row, column, QTableWidgetItem(text))
            table.viewport().repaint()

        app_ms: list[float] = []
        plain_ms: list[float] = []
        service_ms: list[float] = []
        for round_ in range(args.runs + 1):
            for day in MONTHS:
                view.period_bar.set_anchor(date(2025, 6, 15))  # away first, so each month is a real change
                app.processEvents()
                a = timed(lambda day=day: open_month(day))  # type: ignore[misc]
                texts = [view.model.column_texts(c) for c in range(len(HEADINGS))]
                b = timed(lambda texts=texts: plain_month(texts))  # type: ignore[misc]
                first, last = view.period()
                s = timed(lambda first=first, last=last: desk.duty.days(first, last))  # type: ignore[misc]
                app.processEvents()
                if round_:  # the first round warms up
                    app_ms.append(a)
                    plain_ms.append(b)
                    service_ms.append(s)
        app_med, plain_med, service_med = (statistics.median(x) for x in (app_ms, plain_ms, service_ms))
        verdict = "OK" if app_med <= TARGET_MS else "OVER"
        print(f"\nOfficeDesk duty grid bench — {len(MONTHS)} months × {args.runs} rounds, 1280×760 offscreen, "
              f"{os.cpu_count()} cores")  # fmt: skip
        print(f"open the month grid (DutyView, painted)   median {app_med:7.1f} ms   max {max(app_ms):7.1f} ms   "
              f"target ≤ {TARGET_MS:.0f} ms   {verdict}")  # fmt: skip
        print(f"  of which desk.duty.days(month)           median {service_med:7.1f} ms")
        print(f"plain QTableWidget, same strings, painted  median {plain_med:7.1f} ms")
        print(f"ratio app / plain QTableWidget             {app_med / plain_med:7.1f}×")
        desk.close()
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
