"""Ledger lines written in bulk (an import) are the lines insert() writes, found by search and by source."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from officedesk.domain.ids import RiskId, VisitId
from officedesk.domain.risks import Risk, RiskFilter, RiskKind, RiskProgress, RiskStatus
from officedesk.services.desk import Desk
from officedesk.storage.risks_repo import RisksRepo

NOW = datetime(2026, 11, 23, 10, 0, 7, 123456)


def _lines() -> list[Risk]:
    return [
        Risk(kind=RiskKind.DISPUTE, found_on=date(2026, 3, 1), description="业主与物业因停车收费产生纠纷",
             source_unit="城关镇", source_no="1", level="高", responsible_unit="城关镇人民政府",
             responsible_person="张建国", responsible_phone="13812345678", due_date=date(2026, 6, 30),
             people_involved=12, status=RiskStatus.IN_PROGRESS),
        Risk(kind=RiskKind.HAZARD, found_on=date(2026, 4, 2), description="仓库消防通道堵塞", source_unit="城关镇",
             source_no="1", level="重大", measures="清理通道", funds="2.5", interim_controls="专人值守",
             supervision_level="市级", supervision_doc_no="安委办〔2026〕3号", supervision_on=date(2026, 4, 3),
             completed_on=date(2026, 5, 1), verifier="刘强", verified_on=date(2026, 5, 2), closed_on=date(2026, 5, 3),
             status=RiskStatus.CLOSED, remarks="复查合格"),
        Risk(kind=RiskKind.PETITION, found_on=date(2026, 5, 5), description="征地补偿", remarks="它's \"quoted\""),
    ]  # fmt: skip


@pytest.fixture
def repo(unit_desk: Desk) -> RisksRepo:
    return unit_desk.risks.repo


def _rows(repo: RisksRepo, ids: list[RiskId]) -> list[dict[str, object]]:
    marks = ",".join("?" * len(ids))
    cur = repo.conn.execute(f"SELECT * FROM risks WHERE id IN ({marks}) ORDER BY id", ids)
    names = [d[0] for d in cur.description]
    return [{k: v for k, v in zip(names, row, strict=True) if k not in ("id", "reg_no")} for row in cur]


def _bodies(repo: RisksRepo, ids: list[RiskId]) -> list[str]:
    return [repo.conn.execute("SELECT body FROM risk_search WHERE id = ?", (i,)).fetchone()[0] for i in ids]


def test_bulk_insert_writes_what_insert_writes(unit_desk: Desk, repo: RisksRepo) -> None:
    lines = _lines()
    with unit_desk.database.atomic():
        one_by_one = [repo.insert(r.replace(reg_no=f"YH-2026-{i:04d}"), NOW).id for i, r in enumerate(lines, 1)]
        bulk = repo.bulk_insert(lines, NOW, reg_nos=[f"YH-2026-{i:04d}" for i in range(11, 14)])
    singles = [i for i in one_by_one if i is not None]
    assert _rows(repo, bulk) == _rows(repo, singles)
    assert [b.replace("YH-2026-001", "YH-2026-000") for b in _bodies(repo, bulk)] == _bodies(repo, singles)
    assert [r.reg_no for r in repo.get_many(bulk)] == ["YH-2026-0011", "YH-2026-0012", "YH-2026-0013"]
    assert repo.get_many(bulk)[1] == repo.get(singles[1]).replace(id=bulk[1], reg_no="YH-2026-0012")


def test_bulk_insert_sends_only_the_columns_lines_set(unit_desk: Desk, repo: RisksRepo) -> None:
    sent: list[str] = []
    unit_desk.database.conn.set_trace_callback(sent.append)
    try:
        with unit_desk.database.atomic():
            [risk_id] = repo.bulk_insert([_lines()[2]], NOW, reg_nos=["YH-2026-0001"])
    finally:
        unit_desk.database.conn.set_trace_callback(None)
    insert = next(s for s in sent if s.startswith("INSERT INTO risks"))
    assert "verifier" not in insert and "due_date" not in insert and "remarks" in insert
    saved = repo.get(risk_id)
    assert saved == _lines()[2].replace(id=risk_id, reg_no="YH-2026-0001", created_at=NOW.replace(microsecond=0),
                                        updated_at=NOW.replace(microsecond=0))  # fmt: skip
    assert saved.related_visit_id is None and saved.people_involved == 0 and saved.due_date is None


@pytest.mark.parametrize(
    ("query", "found"),
    [("纠", {"1"}), ("物业", {"1"}), ("停车收费", {"1"}), ("堵", {"2"}), ("通道", {"2"}), ("安委办", {"2"}),
     ("协调", {"1"}), ("协调会", {"1"}), ("城关镇", {"1", "2"}), ("yh", {"1", "2", "3"}), ("征地 补偿", {"3"}),
     ("不存在", set())],
)  # fmt: skip
def test_bulk_inserted_lines_are_found_at_once(unit_desk: Desk, repo: RisksRepo, query: str, found: set[str]) -> None:
    lines = [r.replace(source_no=str(i)) for i, r in enumerate(_lines(), 1)]
    with unit_desk.database.atomic():
        repo.bulk_insert(lines, NOW, ["已召开协调会", "", ""], date(2026, 11, 20), ["YH-1", "YH-2", "YH-3"])
    hits = repo.get_many(repo.search_ids(RiskFilter(text=query, include_void=True), date(2026, 11, 23)))
    assert {r.source_no for r in hits} == found


def test_lines_are_found_by_their_source(unit_desk: Desk, repo: RisksRepo) -> None:
    lines = _lines()
    with unit_desk.database.atomic():
        ids = repo.bulk_insert([*lines, lines[0].replace(description="同号的第二行")], NOW)
    first, hazard, _petition, second = ids
    assert repo.ids_by_source(
        [("城关镇", RiskKind.DISPUTE, "1"), ("城关镇", RiskKind.HAZARD, "1"), ("城关镇", RiskKind.PETITION, "1"),
         ("别的镇", RiskKind.DISPUTE, "1"), ("城关镇", RiskKind.DISPUTE, "")]
    ) == {("城关镇", RiskKind.DISPUTE, "1"): first, ("城关镇", RiskKind.HAZARD, "1"): hazard}  # fmt: skip
    found = repo.find_by_source("城关镇", RiskKind.DISPUTE, "1")
    assert found is not None and found.id == first  # the earliest of two
    with unit_desk.database.atomic():
        repo.update(repo.get(first).replace(status=RiskStatus.VOID), NOW)
    assert repo.ids_by_source([("城关镇", RiskKind.DISPUTE, "1")]) == {("城关镇", RiskKind.DISPUTE, "1"): second}
    assert repo.find_by_source("城关镇", RiskKind.DISPUTE, "9") is None
    assert repo.ids_by_source([]) == {}


def test_a_visit_link_and_progress_survive_the_bulk_path(unit_desk: Desk, repo: RisksRepo) -> None:
    with unit_desk.database.atomic():
        [risk_id] = repo.bulk_insert([_lines()[0]], NOW, ["  "], date(2026, 11, 20))
        repo.add_progress(RiskProgress(risk_id, date(2026, 11, 21), "第二次协调"), NOW)
    assert [p.text for p in repo.progress(risk_id)] == ["  ", "第二次协调"]
    assert repo.get(risk_id).related_visit_id is None
    linked = _lines()[0].replace(related_visit_id=VisitId(99))
    with pytest.raises(Exception, match=r"FOREIGN|外键|约束|constraint"), unit_desk.database.atomic():
        repo.bulk_insert([linked], NOW)


def test_update_many_writes_what_update_and_add_progress_write(unit_desk: Desk, repo: RisksRepo) -> None:
    later = datetime(2026, 11, 24, 8, 30)
    with unit_desk.database.atomic():
        one_by_one = repo.bulk_insert(_lines(), NOW, ["旧进展", "", ""], date(2026, 11, 20), ["A1", "A2", "A3"])
        bulk = repo.bulk_insert(_lines(), NOW, ["旧进展", "", ""], date(2026, 11, 20), ["B1", "B2", "B3"])

    def changed(risk_id: RiskId, n: int) -> Risk:
        return repo.get(risk_id).replace(description=f"改写后的事项{n}", level="", status=RiskStatus.OPEN,
                                         due_date=None, remarks="")  # fmt: skip

    with unit_desk.database.atomic():
        for n, risk_id in enumerate(one_by_one):
            repo.update(changed(risk_id, n), later)
        repo.add_progress(RiskProgress(one_by_one[0], date(2026, 11, 24), "新进展"), later)
        repo.add_progress(RiskProgress(one_by_one[2], date(2026, 11, 24), "另一条"), later)
        repo.update_many(
            [changed(i, n) for n, i in enumerate(bulk)],
            later,
            [RiskProgress(bulk[0], date(2026, 11, 24), "新进展"), RiskProgress(bulk[2], date(2026, 11, 24), "另一条")],
        )
    assert _rows(repo, bulk) == _rows(repo, one_by_one)
    assert [b.replace("\nB", "\nA").replace("B", "A", 1) for b in _bodies(repo, bulk)] == _bodies(repo, one_by_one)
    assert [[p.text for p in repo.progress(i)] for i in bulk] == [["旧进展", "新进展"], [], ["另一条"]]

    def found(text: str) -> set[str]:
        return {r.reg_no for r in repo.get_many(repo.search_ids(RiskFilter(text=text), date(2026, 11, 24)))}

    assert found("停车") == found("堵") == found("仓库消防") == set()  # the old texts left both indexes
    assert found("改写后") == found("写") == found("事项") == {"A1", "A2", "A3", "B1", "B2", "B3"}
    assert found("另一条") == {"A3", "B3"} and found("新进") == {"A1", "B1"}


def test_update_many_refuses_lines_not_saved(unit_desk: Desk, repo: RisksRepo) -> None:
    with pytest.raises(ValueError, match="saved"):
        repo.update_many(_lines(), NOW)
    with pytest.raises(Exception, match="risk"), unit_desk.database.atomic():
        repo.update_many([_lines()[0].replace(id=RiskId(4242))], NOW)


def test_a_large_bulk_insert_is_found_at_once(unit_desk: Desk, repo: RisksRepo) -> None:
    """From BACKGROUND_FROM lines the bigram texts are worked out beside the trigram index: found all the same."""
    from officedesk.storage.text_search import BACKGROUND_FROM

    lines = [_lines()[i % 3].replace(source_no=str(i), description=f"第{i}项{'甲乙丙'[i % 3]}事") for i in range(1200)]
    assert len(lines) >= BACKGROUND_FROM
    progress = ["召开协调会" if i % 2 else "" for i in range(len(lines))]
    with unit_desk.database.atomic():
        ids = repo.bulk_insert(lines, NOW, progress, date(2026, 11, 20))

    def found(text: str) -> int:
        return len(repo.search_ids(RiskFilter(text=text, include_void=True), date(2026, 11, 23)))

    assert len(ids) == 1200 and found("甲") == found("甲事") == 400 and found("第1199项") == 1
    assert found("协调会") == found("协调") == 600 and found("城关镇") == 800
    assert repo.get(ids[1199]).description == "第1199项丙事"
