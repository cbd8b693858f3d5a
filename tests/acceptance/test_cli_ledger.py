"""The ledger's command line: import a unit's sheet (twice: updated, never duplicated), export, duty roster."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

Run = Callable[..., subprocess.CompletedProcess[str]]


def _unit_sheet(path: Path, progress: str, extra: bool = False) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "矛盾纠纷"
    ws.append(["城关镇矛盾纠纷排查化解台账"])
    ws.append(["填报单位：城关镇"])
    ws.append(["序号", "排查日期", "责任单位", "事项名称及简要情况", "风险等级", "包案领导", "化解时限", "进展情况"])
    ws.append([1, "2026年11月2日", "城关镇", "幸福小区业主与物业因停车费纠纷", "中", "李卫东", "2026/12/31", progress])
    ws.append([2, "2026.11.05", "城关镇", "两户村民宅基地边界争执", "低", "王建国", "2026-12-15", ""])
    if extra:
        ws.append([3, "2026-11-20", "城关镇", "培训机构停业学员退费", "高", "王建国", "2026-12-20", "已约谈负责人"])
    ws.append(["合计", "共 2 项"])
    wb.save(path)


def test_import_twice_updates_then_exports(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    sheet = tmp_path / "城关镇.xlsx"
    _unit_sheet(sheet, "已组织调解一次")
    assert "新增 2 项，更新 0 项" in run("import", "risks", sheet, "--db", db).stdout
    _unit_sheet(sheet, "达成初步协议", extra=True)
    assert "新增 1 项，更新 2 项" in run("import", "risks", sheet, "--db", db).stdout

    out = tmp_path / "台账.xlsx"
    assert "3 项" in run("export", "risks", "--db", db, "-o", out).stdout
    wb = load_workbook(out)
    ws = wb["矛盾纠纷"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    flat = [str(v) for row in values for v in row if v is not None]
    assert any("达成初步协议" in v for v in flat)
    assert sum("停车费" in v for v in flat) == 1  # updated, not duplicated
    assert any(v.startswith("合计") for v in flat)

    pdf = tmp_path / "台账.pdf"
    run("export", "risks", "--db", db, "-o", pdf)
    assert "停车费" in "".join(p.extract_text() for p in PdfReader(pdf).pages)


def test_a_refused_sheet_changes_nothing(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    good = tmp_path / "good.xlsx"
    _unit_sheet(good, "")
    run("import", "risks", good, "--db", db)
    before = tmp_path / "before.csv"
    run("export", "risks", "--db", db, "-o", before)

    bad = tmp_path / "bad.xlsx"
    wb = load_workbook(good)
    ws = wb.active
    assert ws is not None
    ws["G5"] = "2026年13月40日"
    wb.save(bad)
    refused = run("import", "risks", bad, "--db", db, ok=False)
    assert "第5行" in refused.stderr
    after = tmp_path / "after.csv"
    run("export", "risks", "--db", db, "-o", after)
    assert before.read_bytes() == after.read_bytes()


def test_duty_roster_import(run: Run, tmp_path: Path, december_roster: Path) -> None:
    db = tmp_path / "d.db"
    assert "2 天" in run("import", "duty", december_roster, "--db", db).stdout
    stats = json.loads(run("stats", "--db", db, "--json").stdout)
    assert stats["批次"] == 0
