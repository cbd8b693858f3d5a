"""Duty speed: fill a year's rota, and print a week's duty table. A report, not a test.

    .venv/bin/python bench/bench_duty.py [--runs 7] [--keep]

Each app figure stands beside the same work done the simplest way in the same run, as bench_ledger.py does:
the fill beside plain sqlite3 `executemany` of the same 365 rows (one transaction, the app's pragmas), the
week's PDF beside plain reportlab drawing the same table. The targets are absolute (issue "Duty", "Speed"):
fill ≤ 200 ms, week PDF ≤ 300 ms; the ratio to the baseline is printed for information. Medians of --runs,
app and baseline alternating. Exits 0 whatever the figures are; a figure over its target is marked OVER.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import reportlab  # noqa: E402
from benchkit import median, print_report, timed  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle  # noqa: E402

from officedesk.domain.duty import DutySlot  # noqa: E402
from officedesk.domain.duty_sheets import DutyTable  # noqa: E402
from officedesk.paths import bundled_font_path  # noqa: E402
from officedesk.services.clock import Clock  # noqa: E402
from officedesk.services.desk import Desk  # noqa: E402

FILL_TARGET = 0.200
PDF_TARGET = 0.300
YEAR = (date(2026, 1, 1), date(2026, 12, 31))
WEEK = (date(2026, 2, 16), date(2026, 2, 22))  # ISO week 8: the Spring Festival week, the busiest table
NOW = datetime(2026, 11, 23, 10, 0)
RAW_FONT = "BenchCJK"


@dataclass
class Row:
    measure: str
    figure: float
    baseline: float
    target: float  # seconds
    note: str = ""

    def cells(self) -> list[str]:
        verdict = "OK" if self.figure <= self.target else "OVER"
        return [self.measure, f"{self.figure * 1000:.0f} ms", f"{self.baseline * 1000:.1f} ms",
                f"{self.figure / self.baseline:.1f}×", f"≤ {self.target * 1000:.0f} ms", verdict]  # fmt: skip


def _ms(values: Sequence[float], digits: int = 0) -> str:
    return "/".join(f"{v * 1000:.{digits}f}" for v in values)


# --- 1. the database with the demo staff list and rules, no rota -------------------------------------
def template(folder: Path) -> Path:
    from officedesk.domain import demo_duty as data
    from officedesk.domain.duty import StaffLeave

    path = folder / "template.db"
    desk = Desk.open(path, Clock.fixed(NOW))
    try:
        ids = {m.name: desk.duty.save_staff(m).id for m in data.STAFF}
        for name, first, last, reason in data.LEAVES:
            desk.duty.save_leave(StaffLeave(None, int(ids[name] or 0), first, last, reason))
        desk.duty.save_rotation_rules(data.RULES)
        desk.duty.save_rotation_rules(data.HOLIDAY_RULES, holiday=True)
        desk.duty.save_table_settings(data.TABLE)
        desk.database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        desk.close()
    return path


def app_fill(db: Path) -> tuple[float, list[DutySlot]]:
    """DutyService.fill of the year on a fresh copy (Desk.open before the clock): rotation, write, conflicts."""
    desk = Desk.open(db, Clock.fixed(NOW))
    try:
        seconds, result = timed(lambda: desk.duty.fill(*YEAR))
        return seconds, list(result.slots)
    finally:
        desk.close()


def raw_fill(db: Path, slots: Sequence[DutySlot]) -> float:
    """Plain sqlite3: the same rows (built before the clock) into the same table, one transaction."""
    rows = [(s.day.isoformat(), s.leader, json.dumps(list(s.staff), ensure_ascii=False), "[]", s.remarks,
             NOW.isoformat(sep=" ")) for s in slots]  # fmt: skip
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("CREATE TABLE IF NOT EXISTS raw_slots (day TEXT PRIMARY KEY, leader TEXT, staff TEXT, "
                     "phones TEXT, remarks TEXT, updated_at TEXT)")  # fmt: skip
        t0 = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO raw_slots VALUES (?, ?, ?, ?, ?, ?)", rows)
        conn.execute("COMMIT")
        return time.perf_counter() - t0
    finally:
        conn.close()


def fill_bench(folder: Path, base: Path, runs: int) -> Row:
    apps: list[float] = []
    raws: list[float] = []
    slots: list[DutySlot] = []
    for i in range(runs + 1):  # round 0 warms the imports and caches, not counted
        app_db, raw_db = folder / f"app{i}.db", folder / f"raw{i}.db"
        shutil.copy(base, app_db)
        shutil.copy(base, raw_db)
        s, slots = app_fill(app_db)
        r = raw_fill(raw_db, slots)
        if i:
            apps.append(s)
            raws.append(r)
    print(f"fill: app {_ms(apps)} ms, raw {_ms(raws, 1)} ms")
    return Row(f"fill a year's rota ({len(slots)} days)", median(apps), median(raws), FILL_TARGET,
               note="DutyService.fill: both rosters (weekly leaders, holiday roster), 5 leaves, conflicts "
                    "after; baseline: sqlite3 executemany of the same rows in one transaction (WAL, "
                    "synchronous=FULL)")  # fmt: skip


# --- 2. a week's table PDF -----------------------------------------------------------------------------
def raw_pdf(table: DutyTable) -> bytes:
    """Plain reportlab: A4 portrait, a title, a Table of Paragraph cells (CJK wrap), grid lines, the notes."""
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=28 * mm, rightMargin=26 * mm, topMargin=37 * mm,
                            bottomMargin=35 * mm, title=table.title)  # fmt: skip
    cell = ParagraphStyle("c", fontName=RAW_FONT, fontSize=10.5, leading=14, wordWrap="CJK")
    title = ParagraphStyle("t", fontName=RAW_FONT, fontSize=22, leading=30, alignment=1)
    data = [[Paragraph(h, cell) for h in ("日期", "星期", "带班领导", "值班人员", "手机", "备注")]]
    for r in table.rows:
        people = ([r.leader] if r.leader else []) + list(r.staff)
        data.append([Paragraph(escape(t), cell) for t in (
            f"{r.day.month}月{r.day.day}日", r.weekday, r.leader.name if r.leader else "",
            "<br/>".join(p.name for p in r.staff), "<br/>".join(p.mobile for p in people),
            "；".join(x for x in (r.holiday_name, r.remarks) if x))])  # fmt: skip
    grid = Table(data, colWidths=[w * mm for w in (22, 16, 30, 30, 34, 24)], repeatRows=1)
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    notes = [Paragraph(escape(f"{i}、{n}"), cell) for i, n in enumerate(table.settings.footnotes, 1)]
    doc.build([Paragraph(escape(table.office_name + table.title), title), grid, *notes])
    return out.getvalue()


def pdf_bench(db: Path, runs: int) -> Row:
    from officedesk.forms.duty_table_form import write_duty_table_pdf

    if RAW_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(RAW_FONT, str(bundled_font_path()), subfontIndex=0))
    desk = Desk.open(db, Clock.fixed(NOW))
    try:
        table = desk.duty.table(*WEEK)

        def app() -> bytes:
            return desk.duty.table_pdf(*WEEK)  # assembles the table from the DB, then the form draws it

        def form_only() -> bytes:
            out = io.BytesIO()
            write_duty_table_pdf(out, table)
            return out.getvalue()

        app(), form_only(), raw_pdf(table)  # warm-up: fonts parsed and cached on both sides
        apps, forms, raws = [], [], []
        for _ in range(runs):
            raws.append(timed(lambda: raw_pdf(table))[0])
            apps.append(timed(app)[0])
            forms.append(timed(form_only)[0])
    finally:
        desk.close()
    print(f"pdf: app {_ms(apps)} ms, form alone {_ms(forms)} ms, raw {_ms(raws)} ms")
    return Row("week's duty table PDF (春节, 7 days)", median(apps), median(raws), PDF_TARGET,
               note=f"DutyService.table_pdf (DB read + write_duty_table_pdf; the form alone {median(forms) * 1000:.0f} "
                    "ms); baseline: SimpleDocTemplate A4, Table of Paragraph cells, bundled CJK font")  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=7, help="rounds per measure (median)")
    p.add_argument("--keep", action="store_true", help="keep the temporary folder (its path is printed)")
    args = p.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="officedesk-duty-bench-"))
    try:
        base = template(folder)
        rows = [fill_bench(folder, base, args.runs)]
        rows.append(pdf_bench(folder / "app1.db", args.runs))
        print_report(f"OfficeDesk duty bench — medians of {args.runs}, SQLite {sqlite3.sqlite_version}, "
                     f"Python {sys.version.split()[0]}, reportlab {reportlab.Version}, {os.cpu_count()} cores",
                     rows)  # fmt: skip
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
