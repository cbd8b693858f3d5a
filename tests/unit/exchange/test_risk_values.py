"""How units spell a ledger line's values (risk_values.py), and the 填报单位 line above the header."""

from __future__ import annotations

from datetime import date

import pytest

from officedesk.domain.risks import RiskKind, RiskStatus
from officedesk.exchange.risk_values import (
    kind_in_text,
    kind_of,
    level_for,
    people,
    split_phone,
    status_for,
    supervision,
)
from officedesk.exchange.risks_import import reporting_unit


@pytest.mark.parametrize(
    ("notes", "unit"),
    [
        (["××镇矛盾纠纷排查化解台账", "填报单位：××镇（盖章）", "填报日期：2026年5月31日"], "××镇"),
        (["填报单位（盖章）：××镇 填报日期：2026年5月31日"], "××镇"),
        (["填报单位：", "××镇人民政府", "填报日期：2026年5月31日"], "××镇人民政府"),
        (["填报单位：", "填报日期：2026年5月31日"], ""),
        (["报送单位:城关派出所"], "城关派出所"),
        (["××镇矛盾纠纷排查化解台账"], ""),
    ],
)
def test_reporting_unit(notes: list[str], unit: str) -> None:
    assert reporting_unit(notes) == unit


def test_values_as_units_spell_them() -> None:
    assert [status_for(t, RiskKind.HAZARD) for t in ("已销号", "整改中", "待整改", "已整改", "超期未整改")] == [
        RiskStatus.CLOSED, RiskStatus.IN_PROGRESS, RiskStatus.OPEN, RiskStatus.AWAITING_ACCEPTANCE, RiskStatus.OPEN,
    ]  # fmt: skip
    assert status_for("已化解·销号", RiskKind.DISPUTE) == RiskStatus.CLOSED
    assert status_for("搁置", RiskKind.DISPUTE) is None
    assert level_for("高风险", RiskKind.DISPUTE) == "高" and level_for("重大事故隐患", RiskKind.HAZARD) == "重大"
    with pytest.raises(ValueError, match="一般、重大"):
        level_for("高", RiskKind.HAZARD)
    assert supervision("县级挂牌督办").level == "县级"
    assert supervision("") == supervision("否")
    assert split_phone("张建国（0551-12345678）") == ("张建国", "0551-12345678")
    assert split_phone("张建国") == ("张建国", "")


def test_kinds_named_in_cells_and_titles() -> None:
    assert kind_of("安全生产隐患") == RiskKind.HAZARD and kind_of(" 信访隐患 ") == RiskKind.PETITION
    assert kind_of("") == ""
    with pytest.raises(ValueError, match="火灾"):
        kind_of("火灾")
    assert kind_in_text(["Sheet1", "××镇信访隐患排查化解台账"]) == RiskKind.PETITION
    assert kind_in_text(["××镇安全生产隐患排查整改台账"]) == RiskKind.HAZARD
    assert kind_in_text(["2026年5月", "填报单位：××镇"]) is None


def test_supervision_as_the_export_writes_it() -> None:
    watched = supervision("市级 安委办〔2026〕3号 2026-03-01")
    assert (watched.level, watched.doc_no, watched.on) == ("市级", "安委办〔2026〕3号", date(2026, 3, 1))
    assert supervision("省级挂牌督办 2026年3月5日").on == date(2026, 3, 5)
    with pytest.raises(ValueError, match="级别"):
        supervision("是")


def test_people_involved() -> None:
    assert [people(v) for v in (35.0, "35人", "", None)] == [35, 35, 0, 0]
    with pytest.raises(ValueError, match="整数"):
        people("很多")
