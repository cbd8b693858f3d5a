"""The command line contract (DESIGN.md): every sub-command, and every refusal as one clear line."""

from __future__ import annotations

import csv
import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(scope="module")
def demo_db(run: Run, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "demo.db"
    out = run("demo", "--db", db, "--visits", "120", "--seed", "7")
    assert "120" in out.stdout
    return db


def test_demo_then_check_and_stats(run: Run, demo_db: Path) -> None:
    assert "完好" in run("check", "--db", demo_db).stdout
    stats = json.loads(run("stats", "--db", demo_db, "--json").stdout)
    assert stats["批次"] == 120
    assert stats["人次"] >= 120
    assert sum(v["批次"] for v in stats["按信访形式"].values()) == 120


def test_export_csv_xlsx_pdf(run: Run, demo_db: Path, tmp_path: Path) -> None:
    run("export", "visits", "--db", demo_db, "-o", tmp_path / "r.csv")
    raw = (tmp_path / "r.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["登记编号", "信访形式", "登记时间"]
    assert len(rows) == 121
    phones = [r[rows[0].index("联系电话")] for r in rows[1:] if r[rows[0].index("联系电话")]]
    assert phones and all("****" in p for p in phones)  # masked by default

    run("export", "visits", "--db", demo_db, "-o", tmp_path / "r.xlsx", "--unmasked")
    ws = load_workbook(tmp_path / "r.xlsx").active
    assert ws is not None
    headings = [c.value for c in next(ws.iter_rows(min_row=1, max_row=3)) if c.value]
    assert headings  # a title row or the header row

    run("export", "visits", "--db", demo_db, "-o", tmp_path / "r.pdf", "--from", "2026-01-01", "--to", "2026-06-30")
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "r.pdf").pages)
    assert "信访接待登记台账" in text


def test_import_all_or_nothing(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "imp.db"
    good = tmp_path / "good.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["登记时间", "信访形式", "信访人", "联系电话", "主要诉求"])
    ws.append(["2026-11-02 09:30", "来访", "张建国", "13812345678", "请求督促支付工资"])
    ws.append(["2026-11-03 10:00", "来信", "李秀英", "", "反映物业问题"])
    wb.save(good)
    assert "2" in run("import", "visits", good, "--db", db).stdout

    bad = tmp_path / "bad.xlsx"
    ws.append(["2026年13月40日", "来访", "王磊", "", "某事"])
    wb.save(bad)
    refused = run("import", "visits", bad, "--db", db, ok=False)
    assert "第4行" in refused.stderr
    stats = json.loads(run("stats", "--db", db, "--json").stdout)
    assert stats["批次"] == 2  # nothing of the refused file was written


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["check", "--db", "{tmp}/missing.db"], "不存在"),
        (["export", "visits", "--db", "{tmp}/missing.db", "-o", "{tmp}/x.csv"], "不存在"),
        (["export", "visits", "--db", "{demo}", "-o", "{tmp}/x.docx"], "格式"),
        (["export", "visits", "--db", "{demo}", "-o", "{tmp}/no/such/dir/x.csv"], ""),
        (["import", "visits", "{tmp}/missing.xlsx", "--db", "{tmp}/i.db"], "不存在"),
        (["import", "visits", "{tmp}/empty.xlsx", "--db", "{tmp}/i.db"], "空"),
        (["import", "visits", "{tmp}/junk.xlsx", "--db", "{tmp}/i.db"], ""),
        (["check", "--db", "{tmp}/junk.xlsx"], ""),
    ],
)
def test_refusals_are_one_line(run: Run, demo_db: Path, tmp_path: Path, args: list[str], needle: str) -> None:
    (tmp_path / "empty.xlsx").write_bytes(b"")
    (tmp_path / "junk.xlsx").write_bytes(os.urandom(3000))
    filled = [a.format(tmp=tmp_path, demo=demo_db) for a in args]
    result = run(*filled, ok=False)
    assert needle in result.stderr


def test_bad_date_argument_is_a_usage_error(run: Run, demo_db: Path, tmp_path: Path) -> None:
    result = run("export", "visits", "--db", demo_db, "-o", tmp_path / "x.csv", "--from", "2026-13-01", ok=False)
    assert "YYYY-MM-DD" in result.stderr
