"""Ledger speed on 50,000 lines: export to xlsx and pdf, import of a 50,000-line xlsx. A report, not a test.

    .venv/bin/python bench/bench_ledger.py [--risks 50000] [--keep] [--runs 3] [--pdf-lines 2000] [--no-profile]
                                           [--import-only]

Every app figure stands beside the same work done the simplest way (plain xlsxwriter, plain reportlab,
python-calamine + plain sqlite3) in the same run, and the target is a ratio to that (issue 3, "Speed").
Each figure is the median of --runs rounds; app and baseline alternate within a round. Exits 0 whatever
the figures are; a figure over its target is marked OVER. See bench/README.md.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import re
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import xlsxwriter  # noqa: E402
from benchkit import median, print_report, timed  # noqa: E402
from python_calamine import CalamineWorkbook  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle  # noqa: E402

from officedesk.domain.risk_columns import LedgerLine, RiskColumn  # noqa: E402
from officedesk.domain.risks import RiskFilter  # noqa: E402
from officedesk.exchange.file_checks import forget_checked_files  # noqa: E402
from officedesk.exchange.ledger_export import export_ledger  # noqa: E402
from officedesk.forms.ledger_form import write_ledger_pdf  # noqa: E402
from officedesk.paths import bundled_font_path  # noqa: E402
from officedesk.services.desk import Desk  # noqa: E402
from officedesk.storage.text_search import bigram_text  # noqa: E402

XLSX_RATIO = 1.2
PDF_RATIO = 1.2
IMPORT_RATIO = 1.5
HEAD_ROWS = 3  # the app's xlsx: title, 填报单位/填报日期, header; a 合计 line closes each sheet
# The second import baseline's search tables: as text_search.TextIndex.create_sql makes them for the ledger.
RAW_FTS_SCHEMA = """
CREATE TABLE raw_search (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
CREATE VIRTUAL TABLE raw_fts USING fts5(body, tokenize='trigram', detail='full', content='raw_search',
                                        content_rowid='id');
CREATE VIRTUAL TABLE raw_bigrams USING fts5(body, tokenize='unicode61', content='', detail='none');
"""
RAW_FONT = "BenchCJK"

ByKind = Mapping[str, Sequence[LedgerLine]]
Columns = Mapping[str, Sequence[RiskColumn]]


# --- small helpers -----------------------------------------------------------------------------
@dataclass
class Row:
    measure: str
    figure: float | None  # seconds; None: could not be measured
    baseline: float | None = None
    ratio_target: float | None = None  # None: information only
    note: str = ""

    def cells(self) -> list[str]:
        fig = _fmt(self.figure)
        base = _fmt(self.baseline) if self.baseline is not None else "–"
        ratio = f"{self.figure / self.baseline:.2f}×" if self.figure and self.baseline else "–"
        target = f"≤ {self.ratio_target:.1f}×" if self.ratio_target is not None else "–"
        if self.ratio_target is None:
            verdict = "info"
        elif self.figure is None or not self.baseline:
            verdict = "n/a"
        else:
            verdict = "OK" if self.figure / self.baseline <= self.ratio_target else "OVER"
        return [self.measure, fig, base, ratio, target, verdict]


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.2f} s" if value < 10 else f"{value:.1f} s"


def _secs(values: Sequence[float]) -> str:
    return "/".join(f"{v:.2f}" for v in values) + " s"


# --- 1. the database ---------------------------------------------------------------------------
def build_database(path: Path, risks: int, seed: int) -> tuple[float, int]:
    from officedesk.services.demo_service import load_demo_risks

    print(f"building {path} with {risks:,} demo ledger lines …", flush=True)
    t0 = time.perf_counter()
    desk = Desk.open(path)
    try:
        done = load_demo_risks(desk, risks=risks, seed=seed)
        insert_s = time.perf_counter() - t0
        desk.database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        desk.close()
    total_s = time.perf_counter() - t0
    print(f"built in {total_s:.1f} s (load_demo_risks {insert_s:.1f} s), {path.stat().st_size / 1e6:.0f} MB")
    return total_s, done


# --- 2. xlsx -----------------------------------------------------------------------------------
def cell_rows(by_kind: ByKind, columns: Columns) -> dict[str, list[list[Any]]]:
    """The cell values the default layout shows, per kind: `column.get(line)` for every column."""
    return {kind: [[c.get(line) for c in columns[kind]] for line in lines] for kind, lines in by_kind.items()}


def raw_xlsx(path: Path, headings: Mapping[str, Sequence[str]], rows: Mapping[str, Sequence[Sequence[Any]]]) -> None:
    """Plain xlsxwriter: one sheet per kind, a header row, then write_row per line (None and "" stay blank)."""
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "default_date_format": "yyyy-mm-dd"})
    for kind, kind_rows in rows.items():
        sheet = book.add_worksheet(kind)
        sheet.write_row(0, 0, headings[kind])
        for r, values in enumerate(kind_rows, start=1):
            sheet.write_row(r, 0, values)
    book.close()


def xlsx_bench(desk: Desk, by_kind: ByKind, columns: Columns, read_s: float, tmp: Path, runs: int) -> list[Row]:
    rows = cell_rows(by_kind, columns)  # prepared before any clock runs
    headings = {kind: [c.heading_for(kind) for c in columns[kind]] for kind in by_kind}
    office = desk.risks.settings.settings.office_name
    today = desk.risks.clock.today()
    total = sum(len(v) for v in by_kind.values())

    def app_full() -> None:
        desk.ledger_io.export(tmp / "app_full.xlsx", RiskFilter())

    def app_writer() -> int:
        # What LedgerIO.export does once it has the lines (same arguments, masked by default).
        return export_ledger(tmp / "app_writer.xlsx", by_kind, columns, fmt="xlsx", masked=True, office_name=office,
                             ledger_name="隐患台账", reporting_unit=office, report_date=today)  # fmt: skip

    full, writer, raw = [], [], []
    for i in range(runs):
        print(f"xlsx round {i + 1}/{runs} …", flush=True)
        raw.append(timed(lambda: raw_xlsx(tmp / "raw.xlsx", headings, rows))[0])
        s, written = timed(app_writer)
        assert written == total, (written, total)
        writer.append(s)
        full.append(timed(app_full)[0])
    sizes = ", ".join(f"{name} {(tmp / name).stat().st_size / 1e6:.1f} MB" for name in ("app_writer.xlsx", "raw.xlsx"))
    print(f"xlsx: app full {_secs(full)}, app writer {_secs(writer)}, raw {_secs(raw)}")
    cols = "/".join(str(len(columns[k])) for k in by_kind)
    return [
        Row(f"xlsx export, app writer (export_ledger, {total:,} lines)", median(writer), median(raw), XLSX_RATIO,
            note=f"ledger_export.export_ledger on lines read before the clock: layout, merged title rows, 合计, "
                 f"atomic write with fsync + zip read-back (verify_xlsx). Baseline: plain xlsxwriter "
                 f"constant_memory (+ default_date_format), header + write_row of the same values "
                 f"({cols} columns by kind). {sizes}"),
        Row("xlsx export, app full (LedgerIO.export, incl. DB read)", median(full), median(raw),
            note="the clerk's figure: lines_by_kind (search + fetch + lines) then export_ledger; target applies "
                 "to the writer row above"),
        Row("  of which DB read (LedgerIO.lines_by_kind)", read_s,
            note="timed once, before the rounds (the lines every measure here uses)"),
    ]  # fmt: skip


# --- 3. pdf ------------------------------------------------------------------------------------
def first_lines(by_kind: ByKind, n: int) -> dict[str, list[LedgerLine]]:
    """The first lines of each kind, in proportion to its share, n in all (so every layout is printed)."""
    total = sum(len(v) for v in by_kind.values())
    counts = {kind: min(len(lines), round(n * len(lines) / total)) for kind, lines in by_kind.items()}
    last = list(counts)[-1]
    counts[last] = max(0, min(len(by_kind[last]), counts[last] + n - sum(counts.values())))
    return {kind: list(lines[: counts[kind]]) for kind, lines in by_kind.items() if counts[kind]}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def raw_pdf(out: io.BytesIO, title: str, headings: Mapping[str, Sequence[str]],
            texts: Mapping[str, Sequence[Sequence[str]]], widths: Mapping[str, Sequence[int]]) -> int:  # fmt: skip
    """Plain reportlab: SimpleDocTemplate A4 landscape (the app's GB/T 9704 margins), per kind a title and a
    Table of Paragraph cells (CJK wrap) with repeatRows=1, a page break between kinds. Returns pages."""
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=35 * mm, rightMargin=37 * mm,
                            topMargin=28 * mm, bottomMargin=26 * mm, title=title)  # fmt: skip
    title_style = ParagraphStyle("t", fontName=RAW_FONT, fontSize=22, leading=28, alignment=1)
    story: list[Any] = []
    for kind, rows in texts.items():
        size = 8.0 if len(headings[kind]) >= 13 else 9.0  # the app sets a wide ledger a size smaller too
        cell = ParagraphStyle("c", fontName=RAW_FONT, fontSize=size, leading=size * 1.3, wordWrap="CJK")
        data = [[Paragraph(escape(h), cell) for h in headings[kind]]]
        data += [[Paragraph(escape(t), cell) for t in row] for row in rows]
        scale = doc.width / sum(widths[kind])
        table = Table(data, colWidths=[w * scale for w in widths[kind]], repeatRows=1)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]))  # fmt: skip
        if story:
            story.append(PageBreak())
        story += [Paragraph(escape(kind), title_style), table]
    doc.build(story)
    return int(doc.page)


def pdf_bench(desk: Desk, by_kind: ByKind, columns: Columns, n: int, runs: int) -> list[Row]:
    some = first_lines(by_kind, n)
    office = desk.risks.settings.settings.office_name
    day = desk.risks.clock.today()
    count = sum(len(v) for v in some.values())
    subtitle = f"截至 {day.year}年{day.month}月{day.day}日  共 {count} 项"
    headings = {kind: [c.heading_for(kind) for c in columns[kind]] for kind in some}
    texts = {kind: [[_text(c.get(line)) for c in columns[kind]] for line in lines] for kind, lines in some.items()}
    widths = {kind: [c.width for c in columns[kind]] for kind in some}
    if RAW_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(RAW_FONT, str(bundled_font_path()), subfontIndex=0))

    def app() -> int:
        # As LedgerIO._pdf calls it (masked by default).
        return write_ledger_pdf(io.BytesIO(), some, columns, title=f"{office}隐患台账", subtitle=subtitle,
                                masked=True, office_name=office)  # fmt: skip

    def raw() -> int:
        return raw_pdf(io.BytesIO(), f"{office}隐患台账", headings, texts, widths)

    app(), raw()  # warm-up, not counted: font files parsed and cached on both sides
    apps, raws, app_pages, raw_pages = [], [], 0, 0
    for i in range(runs):
        print(f"pdf round {i + 1}/{runs} …", flush=True)
        s, raw_pages = timed(raw)
        raws.append(s)
        s, app_pages = timed(app)
        apps.append(s)
    print(f"pdf: app {_secs(apps)} ({app_pages} pages), raw {_secs(raws)} ({raw_pages} pages)")
    split = " + ".join(f"{len(v):,} {k}" for k, v in some.items())
    return [
        Row(f"pdf export, first {count:,} lines (write_ledger_pdf)", median(apps), median(raws), PDF_RATIO,
            note=f"the first lines of each kind in proportion ({split}), to keep the run short; into memory. "
                 f"App {app_pages} pages, baseline {raw_pages}. Baseline: SimpleDocTemplate A4 landscape, Table of "
                 f"Paragraph cells (wordWrap CJK, bundled font), repeatRows=1; the app draws a cell that fits on "
                 f"one line as a plain string and wraps only the rest"),
    ]  # fmt: skip


# --- 4. import ---------------------------------------------------------------------------------
@dataclass
class ImportRun:
    seconds: float
    plan_s: dict[str, float]
    commit_s: dict[str, float]
    added: int
    warnings: int


def app_import(xlsx: Path, db: Path, sheets: Sequence[str]) -> ImportRun:
    """Every sheet of the file into a fresh database: plan_import (read, check, match) then commit_import.

    plan_import reads one sheet (the first with data unless told), so each kind's sheet is planned and
    committed in turn, as a clerk would import them. Desk.open (migrations) runs before the clock."""
    desk = Desk.open(db)
    forget_checked_files()  # every round checks the file's bytes, as the first import of a file does
    try:
        plan_s: dict[str, float] = {}
        commit_s: dict[str, float] = {}
        added = warnings = 0
        t0 = time.perf_counter()
        for name in sheets:
            s, plan = timed(lambda name=name: desk.ledger_io.plan_import(xlsx, sheet=name))  # type: ignore[misc]
            plan_s[name] = s
            s, (new, _updated) = timed(lambda plan=plan: desk.ledger_io.commit_import(plan))  # type: ignore[misc]
            commit_s[name] = s
            added += new
            warnings += len(plan.warnings)
        seconds = time.perf_counter() - t0
    finally:
        desk.close()
    return ImportRun(seconds, plan_s, commit_s, added, warnings)


def raw_import(xlsx: Path, db: Path, widths: Sequence[int], fts: bool = False) -> tuple[float, int]:
    """calamine reads every sheet, plain sqlite3 inserts the lines in one transaction. (seconds, rows).

    With `fts`, the same transaction also builds the search indexes the app keeps (text_search.py): each
    line's texts joined by line breaks into a content table, a trigram FTS5 index over it (external content)
    and a contentless bigram FTS5 index fed with `bigram_text` of each text — done the simplest way, one
    executemany each, so the second baseline holds what the app must build for its 1-, 2- and 3+-character
    search right after the import."""
    conn = sqlite3.connect(db)
    try:
        for i, width in enumerate(widths):  # the tables exist before the clock, as the app's schema does
            conn.execute(f"CREATE TABLE t{i} ({', '.join(f'c{c}' for c in range(width))})")
        if fts:
            conn.executescript(RAW_FTS_SCHEMA)
        conn.commit()
        t0 = time.perf_counter()
        book = CalamineWorkbook.from_path(str(xlsx))
        sheets = [book.get_sheet_by_index(i).to_python() for i in range(len(book.sheet_names))]
        inserted = 0
        with conn:
            for i, rows in enumerate(sheets):
                width = widths[i]
                data = [
                    [v.isoformat() if isinstance(v, date) else v for v in row[:width]]
                    for row in rows[HEAD_ROWS:-1]  # the lines: under the header, above 合计
                ]
                conn.executemany(f"INSERT INTO t{i} VALUES ({', '.join('?' * width)})", data)
                if fts:
                    bodies = [
                        (inserted + n, "\n".join(v for v in line if isinstance(v, str) and v))
                        for n, line in enumerate(data, start=1)
                    ]
                    conn.executemany("INSERT INTO raw_search (id, body) VALUES (?, ?)", bodies)
                    conn.executemany("INSERT INTO raw_fts (rowid, body) VALUES (?, ?)", bodies)
                    conn.executemany(
                        "INSERT INTO raw_bigrams (rowid, body) VALUES (?, ?)", [(n, bigram_text(b)) for n, b in bodies]
                    )
                inserted += len(data)
        seconds = time.perf_counter() - t0
    finally:
        conn.close()
    return seconds, inserted


def import_bench(desk: Desk, columns: Columns, expected: int, tmp: Path, runs: int, profile: bool) -> list[Row]:
    xlsx = tmp / "import.xlsx"
    print("writing the file to import with the app's export (masked=False) …", flush=True)
    desk.ledger_io.export(xlsx, RiskFilter(), masked=False)
    book = CalamineWorkbook.from_path(str(xlsx))
    sheets = list(book.sheet_names)
    widths = [len(columns[name]) for name in sheets]
    apps: list[ImportRun] = []
    raws: list[float] = []
    raws_fts: list[float] = []
    for i in range(runs):
        print(f"import round {i + 1}/{runs} …", flush=True)
        s, inserted = raw_import(xlsx, tmp / f"raw_import_{i}.db", widths)
        assert inserted == expected, (inserted, expected)
        raws.append(s)
        s_fts, inserted = raw_import(xlsx, tmp / f"raw_fts_import_{i}.db", widths, fts=True)
        assert inserted == expected, (inserted, expected)
        raws_fts.append(s_fts)
        run = app_import(xlsx, tmp / f"app_import_{i}.db", sheets)
        assert run.added == expected, (run.added, expected)
        apps.append(run)
        print("  app " + ", ".join(f"{k} plan {run.plan_s[k]:.2f} + commit {run.commit_s[k]:.2f} s" for k in sheets)
              + f" = {run.seconds:.2f} s; raw {s:.2f} s; raw + search indexes {s_fts:.2f} s")  # fmt: skip
    app_s = median([r.seconds for r in apps])
    raw_s = median(raws)
    raw_fts_s = median(raws_fts)
    per_sheet = "; ".join(
        f"{k} plan {median([r.plan_s[k] for r in apps]):.2f} s + commit {median([r.commit_s[k] for r in apps]):.2f} s"
        for k in sheets
    )
    print(f"import: app {app_s:.2f} s, raw {raw_s:.2f} s ({app_s / raw_s:.2f}×), raw with the same search indexes "
          f"{raw_fts_s:.2f} s ({app_s / raw_fts_s:.2f}×)")  # fmt: skip
    rows = [
        Row(f"xlsx import, {expected:,} lines (plan_import + commit_import)", app_s, raw_s, IMPORT_RATIO,
            note=f"fresh database each round, each of the {len(sheets)} sheets planned and committed in turn "
                 f"(medians: {per_sheet}); {apps[0].warnings:,} row warnings shown in the preview. Baseline: "
                 f"CalamineWorkbook to_python() of every sheet + sqlite3 executemany into tables of "
                 f"{'/'.join(map(str, widths))} columns, one transaction"),
        Row("  the same, against raw + the same search indexes", app_s, raw_fts_s,
            note="second baseline: the raw import above plus, in the same transaction, what the app's 1-, 2- and "
                 "3+-character search needs right after an import (text_search.py): a content table, a trigram "
                 "FTS5 index over it and a contentless bigram FTS5 index (bigram_text of each line's texts)"),
    ]  # fmt: skip
    phase_split(xlsx, tmp / "phases_import.db", sheets)
    if profile and app_s / raw_s > IMPORT_RATIO:
        profile_import(xlsx, tmp / "profile_import.db", sheets)
    return rows


def phase_split(xlsx: Path, db: Path, sheets: Sequence[str]) -> None:
    """Where one import's time goes, by phase: the functions doing each step wrapped with a clock."""
    import officedesk.exchange.cell_values as cell_values
    import officedesk.exchange.risks_import as risks_import
    import officedesk.exchange.table_reader as table_reader
    import officedesk.services.ledger_io as ledger_io
    import officedesk.storage.risks_repo as risks_repo
    import officedesk.storage.text_search as text_search
    from officedesk.services.audit_log import AuditLog
    from officedesk.storage.text_search import TextIndex

    spent: dict[str, float] = {}
    wrapped: list[tuple[Any, str, Any]] = []
    ends: dict[str, float] = {}  # when each clocked call last returned

    def clock(owner: Any, name: str, label: str) -> None:
        inner = getattr(owner, name)

        def timed_call(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return inner(*args, **kwargs)
            finally:
                ends[label] = time.perf_counter()
                spent[label] = spent.get(label, 0.0) + ends[label] - t0
                if label == commit:  # from the audit line, the last write, to the end: the transaction commit
                    spent[committed] = spent.get(committed, 0.0) + ends[label] - ends[audit]

        wrapped.append((owner, name, inner))
        setattr(owner, name, timed_call)

    check, read, header, rows, parse, match, plan = (
        "file check (zip members, CRC, DTD, sheet extent)", "calamine read of the sheet", "header detection",
        "data rows (blank lines, 合计, merged cells)", "row parsing + validation",
        "re-import match (find_by_source, one query)", "PLAN total",
    )  # fmt: skip
    bulk, index, trigrams, bigrams, commit = (
        "bulk insert total", "search indexes (content, trigram FTS5, bigram FTS5)",
        "trigram FTS5 (one INSERT … SELECT; SQLite lets go of the GIL)",
        "bigram texts (worker thread, during the trigram statement)", "COMMIT total",
    )  # fmt: skip
    audit, committed = "audit line", "transaction commit (WAL write, fsync, checkpoint)"
    phases = [
        (table_reader, "file_kind", check),
        (table_reader, "_read_workbook", read),
        (risks_import, "find_header", header),
        (cell_values, "data_rows", rows),
        (risks_import._LineReader, "read_rows", parse),
        (risks_repo.RisksRepo, "ids_by_source", match),
        (ledger_io.LedgerIO, "plan_import", plan),
        (text_search, "bigram_texts", bigrams),
        (TextIndex, "_index_trigrams", trigrams),
        (TextIndex, "index_many", index),
        (risks_repo.RisksRepo, "bulk_insert", bulk),
        (AuditLog, "write", audit),
        (ledger_io.LedgerIO, "commit_import", commit),
    ]
    desk = Desk.open(db)
    forget_checked_files()
    try:
        for owner, name, label in phases:
            clock(owner, name, label)
        t0 = time.perf_counter()
        for name in sheets:
            desk.ledger_io.commit_import(desk.ledger_io.plan_import(xlsx, sheet=name))
        total = time.perf_counter() - t0
    finally:
        for owner, name, inner in reversed(wrapped):
            setattr(owner, name, inner)
        desk.close()

    def took(label: str) -> float:
        return spent.get(label, 0.0)

    split = [
        *((label, took(label)) for label in (check, read, header, rows, parse, match)),
        ("plan: the rest (preview, column map, warnings)",
         took(plan) - sum(took(label) for label in (check, read, header, rows, parse, match))),
        ("commit: numbering, new and updated lines sorted out, audit line",
         took(commit) - took(bulk) - took(committed)),
        ("insert lines + 进展 (executemany into risks, risk_progress)", took(bulk) - took(index)),
        (index, took(index)),
        (f"  of which {trigrams}", took(trigrams)),
        (f"  alongside it: {bigrams}", took(bigrams)),
        (committed, took(committed)),
    ]  # fmt: skip
    print(f"\nimport phases (one more import, fresh database, {total:.2f} s in all):")
    for label, seconds in split:
        print(f"  {label:<72} {seconds:6.2f} s")


def profile_import(xlsx: Path, db: Path, sheets: Sequence[str]) -> None:
    print(f"\nimport over {IMPORT_RATIO}× its baseline: cProfile of one more import (fresh database), "
          "top 15 by cumulative time", flush=True)  # fmt: skip
    desk = Desk.open(db)
    prof = cProfile.Profile()
    try:
        prof.enable()
        for name in sheets:
            desk.ledger_io.commit_import(desk.ledger_io.plan_import(xlsx, sheet=name))
        prof.disable()
    finally:
        desk.close()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).strip_dirs().sort_stats("cumulative").print_stats(15)
    print(out.getvalue().rstrip())
    diagnose_source_lookup(db)


def diagnose_source_lookup(db: Path) -> None:
    """How the re-import match (RisksRepo.find_by_source) runs on the imported lines: time per call and the
    query plan of the very statement it sends (caught by a trace callback, literals put back as parameters)."""
    desk = Desk.open(db)
    try:
        conn = desk.database.conn
        unit, kind = conn.execute(
            "SELECT source_unit, kind FROM risks WHERE source_no != '' ORDER BY id DESC LIMIT 1"
        ).fetchone()
        lines = int(conn.execute("SELECT count(*) FROM risks").fetchone()[0])
        seen: list[str] = []
        conn.set_trace_callback(seen.append)
        desk.risks.repo.find_by_source(unit, kind, "no-such-number")
        conn.set_trace_callback(None)
        calls = 50
        s, _ = timed(lambda: [desk.risks.repo.find_by_source(unit, kind, f"x{i}") for i in range(calls)])
        print(f"\nfind_by_source on {lines:,} lines: {s / calls * 1000:.2f} ms a call (a number not there)")
        literal = re.compile(r"'((?:[^']|'')*)'")
        for sql in seen:  # the unit's lines looked for, then the numbers
            params = [m.replace("''", "'") for m in literal.findall(sql)]
            plan = conn.execute("EXPLAIN QUERY PLAN " + literal.sub("?", sql), params).fetchall()
            print(f"  {literal.sub('?', sql)}\n  query plan: {' / '.join(str(r[-1]) for r in plan)}")
    finally:
        desk.close()


# --- main --------------------------------------------------------------------------------------
def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--risks", type=int, default=50_000, help="ledger lines in the database")
    p.add_argument("--keep", action="store_true", help="keep the temporary folder (its path is printed)")
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--runs", type=int, default=3, help="rounds per measure (median)")
    p.add_argument("--pdf-lines", type=int, default=2000, help="lines printed in the pdf measure")
    p.add_argument("--no-profile", action="store_true", help="skip the profile of an import over target")
    p.add_argument("--import-only", action="store_true", help="measure the import only (no xlsx/pdf export)")
    args = p.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="officedesk-ledger-bench-"))
    path = tmp / "ledger.db"
    rows: list[Row] = []
    try:
        build_s, have = build_database(path, args.risks, args.seed)
        rows.append(Row(f"build {have:,} demo ledger lines (load_demo_risks)", build_s))
        desk = Desk.open(path)
        try:
            read_s, by_kind = timed(lambda: desk.ledger_io.lines_by_kind(RiskFilter()))
            columns = {kind: desk.ledger_io.columns_for(kind, None) for kind in by_kind}
            lines = sum(len(v) for v in by_kind.values())
            split = ", ".join(f"{k} {len(v):,}" for k, v in by_kind.items())
            print(f"read {lines:,} lines in {read_s:.1f} s: {split}")
            if not args.import_only:
                rows.extend(xlsx_bench(desk, by_kind, columns, read_s, tmp, args.runs))
                rows.extend(pdf_bench(desk, by_kind, columns, args.pdf_lines, args.runs))
            rows.extend(import_bench(desk, columns, lines, tmp, args.runs, not args.no_profile))
        finally:
            desk.close()
        print_report(f"OfficeDesk ledger bench — {have:,} lines, medians of {args.runs}, SQLite "
                     f"{sqlite3.sqlite_version}, Python {sys.version.split()[0]}, xlsxwriter {xlsxwriter.__version__}, "
                     f"{os.cpu_count()} cores", rows)  # fmt: skip
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
