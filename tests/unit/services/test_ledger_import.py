"""A unit's workbook into the ledger: planned, committed in one go, found by search at once, merged on re-import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import officedesk.exchange.file_checks as file_checks
from officedesk.domain.risk_columns import ALL_RISK_COLUMNS, LedgerLine
from officedesk.domain.risks import Risk, RiskFilter, RiskKind, RiskStatus
from officedesk.exchange.ledger_export import export_ledger
from officedesk.services.desk import Desk
from officedesk.storage.text_search import TextIndex

UNIT = "城关镇综治中心"
KINDS = (RiskKind.DISPUTE, RiskKind.PETITION, RiskKind.HAZARD)
TEXTS = {
    RiskKind.DISPUTE: ("业主与物业因停车收费产生纠纷", "邻里宅基地纠纷"),
    RiskKind.PETITION: ("征地补偿款未到位", "拆迁安置房延期交付"),
    RiskKind.HAZARD: ("仓库消防通道堵塞", "配电箱线路老化"),
}


def _workbook(path: Path, progress: str = "已组织调解", extra: bool = False) -> Path:
    lines: dict[str, list[LedgerLine]] = {}
    for kind in KINDS:
        texts = TEXTS[kind] + (("新发现的一项",) if extra and kind == RiskKind.DISPUTE else ())
        lines[kind] = [
            LedgerLine(_line(kind, n, text), f"{progress}{n}", RiskStatus.label(RiskStatus.IN_PROGRESS, kind), n)
            for n, text in enumerate(texts, 1)
        ]
    columns = {kind: ALL_RISK_COLUMNS for kind in KINDS}
    export_ledger(path, lines, columns, fmt="xlsx", masked=False, office_name="××镇", ledger_name="隐患台账",
                  reporting_unit=UNIT, report_date=date(2026, 11, 1))  # fmt: skip
    return path


def _line(kind: str, n: int, text: str) -> Risk:
    level = "一般" if kind == RiskKind.HAZARD else "中"
    return Risk(kind=kind, found_on=date(2026, 3, n), description=text, level=level,
                responsible_unit="城关镇人民政府", due_date=date(2026, 12, 31), reg_no=f"{kind}-{n}")  # fmt: skip


def _import(desk: Desk, path: Path) -> tuple[int, int]:
    added = updated = 0
    for kind in KINDS:
        plan = desk.ledger_io.plan_import(path, sheet=kind)
        new, changed = desk.ledger_io.commit_import(plan)
        added, updated = added + new, updated + changed
    return added, updated


def _descriptions(desk: Desk, text: str) -> set[str]:
    return {r.description for r in desk.risks.fetch(desk.risks.search(RiskFilter(text=text)))}


def test_an_import_is_searchable_at_once_and_merged_when_sent_again(unit_desk: Desk, tmp_path: Path) -> None:
    path = _workbook(tmp_path / "城关镇.xlsx")
    assert _import(unit_desk, path) == (6, 0)
    lines = unit_desk.risks.fetch(unit_desk.risks.search(RiskFilter()))
    assert len(lines) == 6 and {r.source_unit for r in lines} == {UNIT}
    assert sorted(r.reg_no for r in lines)[:2] == ["YH-2026-0001", "YH-2026-0002"]
    # 1, 2 and 3+ characters, in the description and in the first 进展.
    assert _descriptions(unit_desk, "堵") == {"仓库消防通道堵塞"}
    assert _descriptions(unit_desk, "物业") == {"业主与物业因停车收费产生纠纷"}
    assert _descriptions(unit_desk, "安置房") == {"拆迁安置房延期交付"}
    assert len(_descriptions(unit_desk, "组织调解")) == 6
    assert _descriptions(unit_desk, "城关镇 老化") == {"配电箱线路老化"}

    sent_again = _workbook(tmp_path / "城关镇.xlsx", progress="达成协议", extra=True)
    plan = unit_desk.ledger_io.plan_import(sent_again, sheet=RiskKind.DISPUTE)
    assert (plan.new_count, plan.update_count) == (1, 2)
    unit_desk.ledger_io.commit_import(plan)
    assert _import(unit_desk, sent_again) == (0, 7)  # every line already there: updated, never doubled
    assert len(unit_desk.risks.search(RiskFilter())) == 7
    [parking] = unit_desk.risks.search(RiskFilter(text="停车收费"))
    assert [p.text for p in unit_desk.risks.progress(parking)] == ["已组织调解1", "达成协议1"]  # once, not twice
    assert _descriptions(unit_desk, "新发现") == {"新发现的一项"}
    assert len(_descriptions(unit_desk, "达成协议")) == 7
    imports = [e for e in unit_desk.risks.history(0) if e.action == "import"]  # type: ignore[arg-type]
    assert [e.after for e in imports] == ["新增 2 项，更新 0 项"] * 3 + ["新增 1 项，更新 2 项"] + [
        "新增 0 项，更新 3 项", "新增 0 项，更新 2 项", "新增 0 项，更新 2 项"
    ]  # fmt: skip


def test_a_failed_commit_leaves_nothing(unit_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = unit_desk.ledger_io.plan_import(_workbook(tmp_path / "a.xlsx"), sheet=RiskKind.DISPUTE)
    conn = unit_desk.database.conn
    audit_before = conn.execute("SELECT count(*) FROM audit").fetchone()[0]

    def broken(*args: object, **kwargs: object) -> None:
        assert conn.execute("SELECT count(*) FROM risks").fetchone()[0] == 2  # the lines are in by now
        raise RuntimeError("disk full")

    monkeypatch.setattr(TextIndex, "index_many", broken)
    with pytest.raises(RuntimeError):
        unit_desk.ledger_io.commit_import(plan)
    for table in ("risks", "risk_progress", "risk_search"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM audit").fetchone()[0] == audit_before


def test_a_workbook_is_checked_once_for_all_its_sheets(
    unit_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[Path] = []
    real = file_checks.check_zip

    def counted(path: Path, suffix: str) -> None:
        checked.append(path)
        real(path, suffix)

    monkeypatch.setattr(file_checks, "check_zip", counted)
    file_checks.forget_checked_files()
    path = _workbook(tmp_path / "a.xlsx")
    for kind in KINDS:
        unit_desk.ledger_io.plan_import(path, sheet=kind)
    unit_desk.ledger_io.plan_import(path, sheet=RiskKind.DISPUTE, unit="别的单位")  # the preview's 重新读取
    assert checked == [path]
    _workbook(path, progress="另一份")  # the file changed: its bytes are checked again
    unit_desk.ledger_io.plan_import(path, sheet=RiskKind.DISPUTE)
    assert checked == [path, path]


def test_merged_lines_are_the_replaced_lines() -> None:
    from officedesk.domain.ids import RiskId, VisitId
    from officedesk.services.ledger_io import _with

    line = _line(RiskKind.HAZARD, 2, "配电箱线路老化")
    changes: dict[str, object] = {"id": RiskId(7), "reg_no": "YH-2026-0007", "related_visit_id": VisitId(3)}
    assert _with(line, **changes) == line.replace(**changes)


def _recorded(desk: Desk, kind: str, text: str, closed: bool) -> Risk:
    level = "一般" if kind == RiskKind.HAZARD else "中"
    saved = desk.risks.save(Risk(kind=kind, found_on=date(2026, 3, 2), description=text, level=level,
                                 responsible_unit="城关镇人民政府", due_date=date(2026, 12, 31)))  # fmt: skip
    assert saved.id is not None
    if not closed:
        return desk.risks.move(saved.id, RiskStatus.IN_PROGRESS)
    desk.risks.move(saved.id, RiskStatus.AWAITING_ACCEPTANCE)
    return desk.risks.move(saved.id, RiskStatus.CLOSED, verifier="王建国", verified_on=date(2026, 11, 20),
                           verify_conclusion="整改合格")  # fmt: skip


_ACCEPTANCE = ("status", "verifier", "verified_on", "closed_on")


def _acceptance(risk: Risk) -> tuple[object, ...]:
    return tuple(getattr(risk, name) for name in _ACCEPTANCE)


def test_a_default_export_imported_again_keeps_closed_lines_closed(desk: Desk, tmp_path: Path) -> None:
    sent = [
        _recorded(desk, RiskKind.HAZARD, "仓库消防通道堵塞", closed=True),
        _recorded(desk, RiskKind.HAZARD, "配电箱线路老化", closed=False),
        _recorded(desk, RiskKind.DISPUTE, "邻里宅基地纠纷", closed=True),
        _recorded(desk, RiskKind.DISPUTE, "业主与物业因停车收费产生纠纷", closed=False),
    ]
    path = tmp_path / "台账.xlsx"
    desk.ledger_io.export(path, RiskFilter(), masked=False)

    other = Desk.open(tmp_path / "other.db", desk.risks.clock)
    try:
        for kind in (RiskKind.DISPUTE, RiskKind.HAZARD):
            plan = other.ledger_io.plan_import(path, sheet=kind)
            assert plan.warnings == ()
            other.ledger_io.commit_import(plan)
        got = {r.description: r for r in other.risks.fetch(other.risks.search(RiskFilter()))}
    finally:
        other.close()
    assert {r.description: _acceptance(r) for r in sent} == {text: _acceptance(r) for text, r in got.items()}
    assert got["仓库消防通道堵塞"].verify_conclusion == "整改合格"


def test_a_closed_line_without_its_acceptance_is_named_in_the_preview(desk: Desk, tmp_path: Path) -> None:
    _recorded(desk, RiskKind.HAZARD, "仓库消防通道堵塞", closed=True)
    desk.ledger_io.save_layout("简表", {RiskKind.HAZARD: ["number", "found_on", "description", "state"]})
    path = tmp_path / "简表.xlsx"
    desk.ledger_io.export(path, RiskFilter(), layout="简表")

    plan = desk.ledger_io.plan_import(path, sheet=RiskKind.HAZARD, unit="别的单位")
    [line] = plan.lines
    assert line.status == RiskStatus.AWAITING_ACCEPTANCE  # never closed without who verified it and when
    [warning] = plan.warnings
    assert warning.startswith("第4行「状态」") and "已销号" in warning and "验收人" in warning
