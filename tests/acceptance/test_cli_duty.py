"""The duty commands of the command line (DESIGN.md contract): the table by ISO week or dates, the daily report,
and every refusal as one line with the database left as it was."""

from __future__ import annotations

import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

Run = Callable[..., subprocess.CompletedProcess[str]]


def text_of(pdf: Path) -> str:
    return "".join("".join(p.extract_text().split()) for p in PdfReader(pdf).pages)


def state(db: Path) -> list[object]:
    """The duty tables and the audit trail: what a refused command must leave untouched."""
    conn = sqlite3.connect(db)
    try:
        return [
            conn.execute("SELECT * FROM duty_slots ORDER BY day").fetchall(),
            conn.execute("SELECT * FROM duty_reports ORDER BY day").fetchall(),
            conn.execute("SELECT count(*), max(id) FROM audit").fetchall(),
        ]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo_db(run: Run, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("duty") / "demo.db"
    out = run("demo", "--db", db, "--visits", "20", "--seed", "3")
    assert "值班安排 396 天" in out.stdout
    return db


def test_duty_table_for_a_spring_festival_week_as_pdf_and_xlsx(run: Run, demo_db: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "第8周.pdf"
    out = run("export", "duty-table", "--db", demo_db, "--week", "2026-W08", "-o", pdf)
    assert "2026-02-16—2026-02-22（7 天）" in out.stdout
    text = text_of(pdf)
    assert "值班安排表" in text and "春节" in text and "2月16日" in text and "2月22日" in text
    assert "138****" in text and "13805561001" not in text  # masked by default
    xlsx = tmp_path / "第8周.xlsx"
    run("export", "duty-table", "--db", demo_db, "--week", "2026-w8", "-o", xlsx)
    ws = load_workbook(xlsx).active
    assert ws is not None
    cells = "".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)
    assert "春节" in cells and "值班安排表" in cells


def test_duty_table_by_dates_unmasked_is_audited(run: Run, demo_db: Path, tmp_path: Path) -> None:
    before = state(demo_db)[2][0]
    pdf = tmp_path / "国庆.pdf"
    run("export", "duty-table", "--db", demo_db, "--from", "2026-09-30", "--to", "2026-10-08", "--unmasked",
        "-o", pdf)  # fmt: skip
    text = text_of(pdf)
    assert "2026年国庆节值班安排表" in text and "138055" in text
    after = state(demo_db)[2][0]
    assert after[0] > before[0]  # the unmasked export (and the publishing) went into the audit trail


def test_duty_table_by_week_for_a_quarter_as_pdf_and_xlsx(run: Run, demo_db: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "四季度.pdf"
    out = run("export", "duty-table", "--db", demo_db, "--from", "2026-10-01", "--to", "2026-12-31", "--by-week",
              "-o", pdf)  # fmt: skip
    assert "2026-10-01—2026-12-31（92 天，按周汇总）" in out.stdout
    assert len(PdfReader(pdf).pages) == 1  # 13 weeks and the 国庆节 on one page, as offices post them
    text = text_of(pdf)
    assert "时间带班领导值班人员手机" in text and "10月1日—7日国庆节" in text and "12月28日—31日" in text
    assert all(name in text for name in ("王建国", "李卫东", "陈志强", "赵红梅")) and "138****" in text
    assert "注：1、元旦、春节及其他法定节假日期间" in text and "值班电话：0556-5123456" in text
    xlsx = tmp_path / "四季度.xlsx"
    run("export", "duty-table", "--db", demo_db, "--from", "2026-10-01", "--to", "2026-12-31", "--by-week",
        "-o", xlsx)  # fmt: skip
    ws = load_workbook(xlsx).active
    assert ws is not None and [c.value for c in ws[3]] == ["时间", "带班领导", "值班人员", "手机"]
    assert [ws.cell(r, 1).value for r in (4, 5, 17)] == ["10月1日—7日（国庆节）", "10月8日—11日", "12月28日—31日"]
    assert ws.cell(18, 1).value is None  # fourteen rows, then the 值班时段 line after a gap
    assert all(ws.cell(r, c).data_type == "s" for r in range(4, 18) for c in range(1, 5))
    week = tmp_path / "第48周.pdf"
    run("export", "duty-table", "--db", demo_db, "--week", "2026-W48", "--by-week", "-o", week)
    assert "11月23日—29日" in text_of(week) and "星期" not in text_of(week)


def test_daily_report_of_a_zero_day(run: Run, demo_db: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "日报告.pdf"
    out = run("export", "daily-report", "--db", demo_db, "--date", "2026-11-10", "-o", pdf)
    assert "2026-11-10" in out.stdout
    text = text_of(pdf)
    assert "值班日报告" in text and "本时段内无异常情况（零报告）" in text
    run("export", "daily-report", "--db", demo_db, "--date", "2026-11-18", "-o", pdf)
    assert "秸秆" in text_of(pdf)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("duty-table", "--week", "2026-W60"), "没有第60周"),
        (("duty-table", "--week", "第8周"), "ISO 周"),
        (("duty-table", "--from", "2026-02-30", "--to", "2026-03-01"), "YYYY-MM-DD"),
        (("duty-table", "--from", "2026-03-08", "--to", "2026-03-01"), "早于"),
        (("duty-table",), "--week"),
        (("duty-table", "--week", "2026-W08", "--from", "2026-02-16"), "只能选一种"),
        (("daily-report", "--date", "2026-13-01"), "YYYY-MM-DD"),
        (("daily-report",), "--date"),
    ],
)
def test_refusals_are_one_line_and_change_nothing(run: Run, demo_db: Path, tmp_path: Path, args: tuple[str, ...],
                                                  needle: str) -> None:  # fmt: skip
    before = state(demo_db)
    target = tmp_path / "out.pdf"
    refused = run("export", *args, "--db", demo_db, "-o", target, ok=False)
    assert needle in refused.stderr
    assert not target.exists()
    assert state(demo_db) == before


@pytest.mark.parametrize("kind", ["duty-table", "daily-report"])
def test_an_unwritable_target_or_wrong_format_changes_nothing(
    run: Run, demo_db: Path, tmp_path: Path, kind: str
) -> None:
    before = state(demo_db)
    when = ("--week", "2026-W50") if kind == "duty-table" else ("--date", "2026-11-12")
    missing = tmp_path / "拔掉的U盘" / "值班.pdf"
    refused = run("export", kind, *when, "--db", demo_db, "-o", missing, ok=False)
    assert "无法写入" in refused.stderr
    refused = run("export", kind, *when, "--db", demo_db, "-o", tmp_path / "值班.csv", ok=False)
    assert ".pdf" in refused.stderr
    assert state(demo_db) == before
    assert list(tmp_path.iterdir()) == []


def test_a_missing_database_is_refused(run: Run, tmp_path: Path) -> None:
    refused = run("export", "duty-table", "--db", tmp_path / "none.db", "--week", "2026-W08", "-o",
                  tmp_path / "x.pdf", ok=False)  # fmt: skip
    assert "数据库不存在" in refused.stderr
    assert not (tmp_path / "none.db").exists()


def test_import_duty_still_works_then_exports(run: Run, tmp_path: Path, december_roster: Path) -> None:
    db = tmp_path / "d.db"
    assert "2 天" in run("import", "duty", december_roster, "--db", db).stdout
    pdf = tmp_path / "12月.pdf"
    run("export", "duty-table", "--db", db, "--from", "2026-12-01", "--to", "2026-12-02", "-o", pdf)
    text = text_of(pdf)
    assert all(name in text for name in ("王建国", "周敏", "吴磊", "李卫东", "郑芳"))
    assert "138****0001" in text  # the sheet's own phone, masked
