"""The ledger's columns show each of DOMAIN §4.2/§4.3's fields under its own heading."""

from __future__ import annotations

from datetime import date

from officedesk.domain.risk_columns import ALL_RISK_COLUMNS, LedgerLine
from officedesk.domain.risks import Risk, RiskKind, RiskStatus


def _cells(kind: str) -> dict[str, object]:
    risk = Risk(kind=kind, found_on=date(2026, 3, 2), description="仓库消防通道堵塞", status=RiskStatus.CLOSED,
                result="已化解", verifier="王建国", verified_on=date(2026, 11, 20), verify_conclusion="整改合格",
                closed_on=date(2026, 11, 21))  # fmt: skip
    line = LedgerLine(risk)
    return {column.heading_for(kind): column.get(line) for column in ALL_RISK_COLUMNS}


def test_the_hazard_ledger_shows_the_verification_conclusion() -> None:
    cells = _cells(RiskKind.HAZARD)
    assert cells["验收结论"] == "整改合格"
    assert cells["验收人"] == "王建国" and cells["验收日期"] == date(2026, 11, 20)
    assert cells["销号日期"] == date(2026, 11, 21)


def test_the_dispute_ledger_shows_its_result() -> None:
    cells = _cells(RiskKind.DISPUTE)
    assert cells["化解结果"] == "已化解"
    assert cells["验收结论"] == "整改合格"


def test_every_heading_is_one_column_of_a_ledger() -> None:
    for kind in RiskKind.ALL:
        headings = [column.heading_for(kind) for column in ALL_RISK_COLUMNS]
        assert len(headings) == len(set(headings)), kind
