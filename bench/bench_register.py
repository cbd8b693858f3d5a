"""Register speed on a large database: cold open, search to first page, start-up. A report, not a test.

    .venv/bin/python bench/bench_register.py [--visits 200000] [--db PATH] [--keep] [--verify]

Every app figure stands beside the same thing done the simplest way with plain sqlite3 (no index but the
date index, LIKE scans), so a ratio shows what the app's machinery costs or saves. Exits 0 whatever the
figures are; a figure over its target is marked OVER. See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchkit import display_width, median, print_report  # noqa: E402

from officedesk.domain.visits import VisitFilter, VisitState  # noqa: E402
from officedesk.services.desk import Desk  # noqa: E402

# --- the queries -------------------------------------------------------------------------------
# About 20 per class: common surnames and characters, names and topic words that the demo data has, and
# terms it never has (an absent term is the worst case for a LIKE scan: it reads every row).
QUERIES: dict[str, tuple[str, ...]] = {
    "1": ("张", "王", "李", "刘", "陈", "杨", "黄", "赵", "周", "吴", "国", "工", "费", "噪",
          "鑫", "犇", "淼", "燚", "罡", "龘"),
    "2": ("建国", "秀英", "桂兰", "志强", "海燕", "卫东", "欠薪", "物业", "拆迁", "噪声", "油烟", "社保", "电梯",
          "超市", "城关", "飞机", "股票", "疫苗", "彩票", "高铁"),
    "3+": ("农民工工资", "征地拆迁", "预付卡", "健身房", "物业公司", "养老保险", "退役军人", "过期食品", "夜间施工",
           "摊位费", "承包地", "便民服务点", "王建国", "张秀英", "城关镇", "量子计算机", "核电站泄漏", "无人机航拍",
           "网络诈骗案", "房产证办理"),
}  # fmt: skip
CLASS_LABEL = {"1": "1 character", "2": "2 characters", "3+": "3+ characters"}
SEARCH_TARGET_MS = {"1": 150.0, "2": 50.0, "3+": 30.0}
COLD_TARGET_MS = 100.0
STARTUP_TARGET_MS = 800.0
RSS_TARGET_MB = 200.0
PAGE = 50

RAW_FIRST_PAGE = f"SELECT * FROM visits WHERE status != '作废' ORDER BY received_at DESC LIMIT {PAGE}"
RAW_SEARCH = (
    "SELECT * FROM visits WHERE (petitioner LIKE ? OR requests LIKE ? OR facts LIKE ?) "
    f"ORDER BY received_at DESC LIMIT {PAGE}"
)
RAW_COUNT = "SELECT count(*) FROM visits WHERE (petitioner LIKE ? OR requests LIKE ? OR facts LIKE ?)"
# What the search box should find: the indexed text (visit_search.body) of non-void visits.
TRUE_COUNT = (
    "SELECT count(*) FROM visit_search s JOIN visits v ON v.id = s.id WHERE v.status != '作废' AND instr(s.body, ?) > 0"
)

# The cold child: imports first (reported apart), then the clock runs over open + first page.
COLD_APP = """
import json, sys, time
t0 = time.perf_counter()
from officedesk.domain.visits import VisitFilter
from officedesk.services.desk import Desk
t1 = time.perf_counter()
desk = Desk.open(sys.argv[1])
t2 = time.perf_counter()
ids = desk.visits.search(VisitFilter())
t3 = time.perf_counter()
page = desk.visits.fetch(ids[:50])
t4 = time.perf_counter()
assert len(page) == min(50, len(ids))
ms = lambda a, b: round((b - a) * 1000, 2)
print(json.dumps({"ms": ms(t1, t4), "import": ms(t0, t1), "open": ms(t1, t2), "search": ms(t2, t3),
                  "fetch": ms(t3, t4), "ids": len(ids)}))
"""
COLD_RAW = """
import json, sqlite3, sys, time
t1 = time.perf_counter()
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute(sys.argv[2]).fetchall()
t4 = time.perf_counter()
print(json.dumps({"ms": round((t4 - t1) * 1000, 2), "rows": len(rows)}))
"""
# The floor for start-up: an empty Qt main window, shown.
EMPTY_QT = """
import time
t0 = time.perf_counter()
import json, os, resource
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1200, 800)
w.show()
app.processEvents()
spawned = float(os.environ["OFFICEDESK_BENCH_SPAWNED"])
print(json.dumps({"spawn_to_shown_ms": round((time.time() - spawned) * 1000, 1),
                  "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))
"""


# --- small helpers -----------------------------------------------------------------------------
def ms_since(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


@dataclass
class Child:
    returncode: int
    stdout: str
    stderr: str
    wall_ms: float
    rss_mb: float
    timed_out: bool

    def json(self) -> dict[str, Any] | None:
        """The last stdout line that parses as a JSON object."""
        for line in reversed(self.stdout.strip().splitlines()):
            try:
                value = json.loads(line)
            except ValueError:
                continue
            if isinstance(value, dict):
                return value
        return None


def run_child(cmd: Sequence[str], timeout_s: float = 60.0, extra_env: dict[str, str] | None = None) -> Child:
    """Run a child process; wall time measured here, peak RSS of that very child from wait4."""
    env = {**os.environ, **(extra_env or {})}
    env.setdefault("PYTHONPATH", str(ROOT))
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        env["OFFICEDESK_BENCH_SPAWNED"] = repr(time.time())
        t0 = time.perf_counter()
        proc = subprocess.Popen(list(cmd), stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env, cwd=ROOT)
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            proc.kill()

        timer = threading.Timer(timeout_s, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = ms_since(t0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Child(
            proc.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            wall,
            usage.ru_maxrss / 1024,
            killed.is_set(),
        )


@dataclass
class Row:
    measure: str
    figure: float | None  # None: could not be measured
    unit: str = "ms"
    baseline: float | None = None
    target: float | None = None  # None: information only
    note: str = ""

    def cells(self) -> list[str]:
        fig = _fmt(self.figure, self.unit)
        base = _fmt(self.baseline, self.unit) if self.baseline is not None else "–"
        ratio = f"{self.figure / self.baseline:.2f}×" if self.figure and self.baseline else "–"
        target = f"≤ {self.target:.0f} {self.unit}" if self.target is not None else "–"
        if self.target is None:
            verdict = "info"
        elif self.figure is None:
            verdict = "n/a"
        else:
            verdict = "OK" if self.figure <= self.target else "OVER"
        return [self.measure, fig, base, ratio, target, verdict]


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "s":
        return f"{value:.1f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


# --- 1. the database ---------------------------------------------------------------------------
def ensure_database(path: Path, visits: int, seed: int) -> tuple[float | None, int]:
    """Build `path` with `visits` demo visits unless it already holds exactly that many.

    Returns (build seconds or None when reused, visits in the file).
    """
    if path.exists():
        desk = Desk.open(path)
        try:
            have = desk.visits.count()
            indexed = int(desk.database.conn.execute("SELECT count(*) FROM visit_search").fetchone()[0])
        finally:
            desk.close()
        if have == visits and indexed == visits:
            print(f"reusing {path}: {have:,} visits")
            return None, have
        raise SystemExit(
            f"{path} holds {have:,} visits ({indexed:,} indexed), not {visits:,}: "
            "pass --visits with that number or another --db (nothing was changed)"
        )
    from officedesk.services.demo_service import load_demo

    print(f"building {path} with {visits:,} demo visits …", flush=True)
    t0 = time.perf_counter()
    desk = Desk.open(path)
    try:
        done = load_demo(desk, visits=visits, seed=seed)
        insert_s = time.perf_counter() - t0
        desk.database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        desk.close()
    total_s = time.perf_counter() - t0
    size_mb = path.stat().st_size / 1e6
    print(f"built in {total_s:.1f} s (load_demo {insert_s:.1f} s, checkpoint {total_s - insert_s:.1f} s), "
          f"{size_mb:.0f} MB")  # fmt: skip
    return total_s, done


# --- 2. cold open ------------------------------------------------------------------------------
def cold_open(path: Path, runs: int) -> Row:
    app: list[dict[str, Any]] = []
    raw: list[float] = []
    for _ in range(runs):  # interleaved, so both see the same page cache
        child = run_child([sys.executable, "-c", COLD_APP, str(path)])
        data = child.json()
        if child.returncode != 0 or data is None:
            print(f"cold open child failed ({child.returncode}): {child.stderr.strip()[-500:]}")
            return Row("cold open + first page (new process)", None, target=COLD_TARGET_MS)
        data["wall"] = child.wall_ms
        app.append(data)
        child = run_child([sys.executable, "-c", COLD_RAW, str(path), RAW_FIRST_PAGE])
        raw_data = child.json()
        if raw_data is not None:
            raw.append(float(raw_data["ms"]))
    fig = median([float(d["ms"]) for d in app])
    parts = ", ".join(f"{k} {median([float(d[k]) for d in app]):.1f}" for k in ("open", "search", "fetch"))
    note = (
        f"median of {runs}: {parts} ms ({app[0]['ids']:,} ids); imports before the clock "
        f"{median([float(d['import']) for d in app]):.0f} ms; whole child process "
        f"{median([float(d['wall']) for d in app]):.0f} ms"
    )
    print(f"cold open: {fig:.1f} ms — {note}")
    row = Row("cold open + first page (new process)", fig, baseline=median(raw) if raw else None,
              target=COLD_TARGET_MS, note=note)  # fmt: skip
    return row


# --- 3. search ---------------------------------------------------------------------------------
@dataclass
class QueryResult:
    query: str
    hits: int
    app_ms: float  # search (all ids) + fetch of the first page
    search_ms: float
    fetch_ms: float
    raw_ms: float
    raw_count_ms: float | None = None
    true_count: int | None = None


@dataclass
class ClassResult:
    key: str
    queries: list[QueryResult] = field(default_factory=list)


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    value = fn()
    return ms_since(t0), value


def search_bench(desk: Desk, raw: sqlite3.Connection, repeats: int, verify: bool, counts: bool) -> list[ClassResult]:
    out: list[ClassResult] = []
    for key, queries in QUERIES.items():
        result = ClassResult(key)
        for q in queries:
            f = VisitFilter(text=q)
            like = f"%{q}%"
            ids = desk.visits.search(f)  # warm-up, not counted
            raw.execute(RAW_SEARCH, (like, like, like)).fetchall()
            totals, searches, fetches, raws = [], [], [], []
            for _ in range(repeats):
                s_ms, ids = _timed(lambda f=f: desk.visits.search(f))  # type: ignore[misc]
                f_ms, _page = _timed(lambda ids=ids: desk.visits.fetch(ids[:PAGE]))  # type: ignore[misc]
                totals.append(s_ms + f_ms)
                searches.append(s_ms)
                fetches.append(f_ms)
                r_ms, _rows = _timed(lambda like=like: raw.execute(RAW_SEARCH, (like, like, like)).fetchall())  # type: ignore[misc]
                raws.append(r_ms)
            qr = QueryResult(q, len(ids), median(totals), median(searches), median(fetches), median(raws))
            if counts:
                qr.raw_count_ms, _n = _timed(lambda like=like: raw.execute(RAW_COUNT, (like, like, like)).fetchone())  # type: ignore[misc]
            if verify:
                qr.true_count = int(raw.execute(TRUE_COUNT, (q,)).fetchone()[0])
            result.queries.append(qr)
        out.append(result)
    return out


def print_search_details(results: Sequence[ClassResult]) -> None:
    print("\nsearch → first page, per query (warm process; medians):")
    print(f"  {'query':<12} {'hits':>7} {'app':>8} {'search':>8} {'fetch':>7} {'raw LIKE':>9} {'raw count':>10}  check")
    for cr in results:
        for q in cr.queries:
            check = ""
            if q.true_count is not None:
                check = "ok" if q.true_count == q.hits else f"MISMATCH: text has it in {q.true_count:,}"
            rc = f"{q.raw_count_ms:.0f}" if q.raw_count_ms is not None else "–"
            pad = " " * max(0, 12 - display_width(q.query))
            print(f"  {q.query}{pad} {q.hits:>7,} {q.app_ms:>8.1f} {q.search_ms:>8.1f} {q.fetch_ms:>7.1f} "
                  f"{q.raw_ms:>9.1f} {rc:>10}  {check}")  # fmt: skip


def search_rows(results: Sequence[ClassResult]) -> list[Row]:
    rows: list[Row] = []
    for cr in results:
        app = [q.app_ms for q in cr.queries]
        worst = max(cr.queries, key=lambda q: q.app_ms)
        raw_worst = max(cr.queries, key=lambda q: q.raw_ms)
        note = (
            f"{len(app)} queries; app worst {worst.app_ms:.1f} ms ({worst.query}, {worst.hits:,} hits), "
            f"raw worst {raw_worst.raw_ms:.0f} ms ({raw_worst.query})"
        )
        rows.append(Row(f"search {CLASS_LABEL[cr.key]} → first page", median(app),
                        baseline=median([q.raw_ms for q in cr.queries]), target=SEARCH_TARGET_MS[cr.key],
                        note=note))  # fmt: skip
    for cr in results:
        raw_counts = [q.raw_count_ms for q in cr.queries if q.raw_count_ms is not None]
        if raw_counts:
            rows.append(Row(f"  all matches counted, {CLASS_LABEL[cr.key]}", median([q.search_ms for q in cr.queries]),
                            baseline=median(raw_counts)))  # fmt: skip
    return rows


def warm_rows(desk: Desk, raw: sqlite3.Connection, repeats: int) -> list[Row]:
    """The empty filter in a warm process, and the three counts register_view.summary() adds."""
    empty, raw_empty, summary, raw_summary = [], [], [], []
    overdue = VisitFilter(states=(VisitState.OVERDUE,))
    due_soon = VisitFilter(states=(VisitState.DUE_SOON,))
    today = desk.clock.today().isoformat()
    soon_iso = (desk.clock.today() + timedelta(days=desk.settings.settings.due_soon_days)).isoformat()

    def app_counts() -> tuple[int, int, int]:
        count = desk.visits.count_matching
        return count(VisitFilter()), count(overdue), count(due_soon)

    def raw_counts() -> list[Any]:
        open_ = "SELECT count(*) FROM visits WHERE status = '办理中'"
        return [
            raw.execute("SELECT count(*) FROM visits WHERE status != '作废'").fetchone(),
            raw.execute(f"{open_} AND active_due < ?", (today,)).fetchone(),
            raw.execute(f"{open_} AND active_due >= ? AND active_due <= ?", (today, soon_iso)).fetchone(),
        ]

    for i in range(repeats + 1):
        s_ms, ids = _timed(lambda: desk.visits.search(VisitFilter()))
        f_ms, _ = _timed(lambda ids=ids: desk.visits.fetch(ids[:PAGE]))  # type: ignore[misc]
        r_ms, _ = _timed(lambda: raw.execute(RAW_FIRST_PAGE).fetchall())
        c_ms, _ = _timed(app_counts)
        rc_ms, _ = _timed(raw_counts)
        if i:  # the first round warms up
            empty.append(s_ms + f_ms)
            raw_empty.append(r_ms)
            summary.append(c_ms)
            raw_summary.append(rc_ms)
    return [
        Row("empty filter → first page (warm process)", median(empty), baseline=median(raw_empty),
            note="search() returns every id (all of them when nothing is filtered); the raw query stops at 50"),
        Row("status-line counts (total, 超期, 临期)", median(summary), baseline=median(raw_summary),
            note="register_view.summary() through visits.count_matching() vs three plain SELECT count(*)"),
    ]  # fmt: skip


# --- 4. start-up -------------------------------------------------------------------------------
_MS = re.compile(r"(\d+(?:\.\d+)?)\s*ms\b")


def _app_ms(child: Child) -> float | None:
    """The elapsed ms the app prints under OFFICEDESK_EXIT_AFTER_SHOW=1 (a JSON object or 'NNN ms')."""
    if child.returncode != 0 or child.timed_out:
        return None
    data = child.json()
    if data is not None:
        for key in ("shown_ms", "elapsed_ms", "ms"):
            if isinstance(data.get(key), int | float):
                return float(data[key])
    found = _MS.findall(child.stdout) or re.findall(r"^\s*(\d+(?:\.\d+)?)\s*$", child.stdout, re.M)
    return float(found[-1]) if found else None


def startup(path: Path, runs: int) -> list[Row]:
    qt_env = {"QT_QPA_PLATFORM": "offscreen"}
    app_env = {**qt_env, "OFFICEDESK_EXIT_AFTER_SHOW": "1"}
    figures: list[float] = []
    walls: list[float] = []
    rss: list[float] = []
    how = ""
    first = run_child([sys.executable, "-m", "officedesk", "--db", str(path)], timeout_s=15, extra_env=app_env)
    if _app_ms(first) is not None:
        how = "python -m officedesk with OFFICEDESK_EXIT_AFTER_SHOW=1 (the app's own figure)"
        children = [first] + [
            run_child([sys.executable, "-m", "officedesk", "--db", str(path)], timeout_s=60, extra_env=app_env)
            for _ in range(runs - 1)
        ]
        for c in children:
            ms = _app_ms(c)
            if ms is not None:
                figures.append(ms)
                walls.append(c.wall_ms)
                rss.append(c.rss_mb)
    else:
        why = "timed out" if first.timed_out else f"exit {first.returncode}, no elapsed ms printed"
        print(f"start-up: the app does not honour OFFICEDESK_EXIT_AFTER_SHOW yet ({why}); using bench/startup_probe.py")
        if first.stderr.strip():
            print("  app stderr: " + first.stderr.strip().splitlines()[-1][:300])
        probe = str(Path(__file__).resolve().parent / "startup_probe.py")
        marks: list[dict[str, float]] = []
        for _ in range(runs):
            c = run_child([sys.executable, probe, str(path)], timeout_s=60, extra_env=qt_env)
            data = c.json()
            if c.returncode != 0 or data is None:
                print(f"  probe failed ({c.returncode}): {c.stderr.strip()[-800:]}")
                break
            figures.append(float(data.get("spawn_to_shown_ms") or data["shown_ms"]))
            walls.append(c.wall_ms)
            rss.append(c.rss_mb)
            marks.append(data["marks"])
        how = (
            "bench/startup_probe.py: QApplication + configure() (font, translators) + Desk.open + MainWindow, "
            "show, processEvents"
        )
        if marks:
            keys = list(marks[0])
            how += "; probe marks (ms from probe start): " + ", ".join(
                f"{k} {median([m[k] for m in marks]):.0f}" for k in keys
            )
    floor = run_child([sys.executable, "-c", EMPTY_QT], timeout_s=60, extra_env=qt_env)
    floor_data = floor.json() or {}
    floor_ms = floor_data.get("spawn_to_shown_ms")
    note = f"{how}; whole child process {median(walls):.0f} ms" if walls else how
    print(f"start-up: {figures} ms, RSS {rss} MB")
    return [
        Row(f"start-up to shown window (median of {len(figures)})", median(figures) if figures else None,
            baseline=float(floor_ms) if floor_ms else None, target=STARTUP_TARGET_MS,
            note=note + "; baseline: an empty QMainWindow shown"),
        Row("start-up peak RSS", median(rss) if rss else None, unit="MB", baseline=floor.rss_mb if floor_ms else None,
            target=RSS_TARGET_MB),
    ]  # fmt: skip


# --- main --------------------------------------------------------------------------------------
def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--visits", type=int, default=200_000)
    p.add_argument("--db", type=Path, help="build here if missing, reuse if it holds --visits visits (kept)")
    p.add_argument("--keep", action="store_true", help="keep the temporary database (its path is printed)")
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--repeats", type=int, default=5, help="timed runs per search query (median)")
    p.add_argument("--cold-runs", type=int, default=5)
    p.add_argument("--startup-runs", type=int, default=3)
    p.add_argument("--no-startup", action="store_true", help="skip the window start-up measure")
    p.add_argument("--no-counts", action="store_true", help="skip the raw full-scan count per query (~0.4 s each)")
    p.add_argument("--verify", action="store_true", help="check each hit count against instr() over the text")
    args = p.parse_args(argv)

    tmp: Path | None = None
    if args.db is None:
        tmp = Path(tempfile.mkdtemp(prefix="officedesk-bench-"))
        path = tmp / "bench.db"
    else:
        path = args.db
    rows: list[Row] = []
    try:
        build_s, have = ensure_database(path, args.visits, args.seed)
        rows.append(Row(f"build {have:,} demo visits (load_demo)", build_s, unit="s",
                        note="" if build_s is not None else "reused an existing file"))  # fmt: skip
        rows.append(cold_open(path, args.cold_runs))

        desk = Desk.open(path)
        raw = sqlite3.connect(path)
        try:
            rows.extend(warm_rows(desk, raw, args.repeats))
            print("searching …", flush=True)
            results = search_bench(desk, raw, args.repeats, args.verify, not args.no_counts)
        finally:
            raw.close()
            desk.close()
        print_search_details(results)
        rows.extend(search_rows(results))
        if not args.no_startup:
            rows.extend(startup(path, args.startup_runs))
        print_report(f"OfficeDesk register bench — {have:,} visits, {path.stat().st_size / 1e6:.0f} MB, "
                     f"SQLite {sqlite3.sqlite_version}, Python {sys.version.split()[0]}, {os.cpu_count()} cores",
                     rows)  # fmt: skip
    finally:
        if tmp is not None:
            if args.keep:
                print(f"kept {path}")
            else:
                shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
