"""The ledger's columns with DOMAIN §4.2/§4.3's Chinese headings, shared by the table, exports and prints."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from officedesk.domain.risks import Risk, RiskKind
from officedesk.domain.visit_columns import CellValue


@dataclass(frozen=True)
class LedgerLine:
    """A ledger line as it is listed: the record, its latest 进展, and its state as of the listing day."""

    risk: Risk
    progress: str = ""
    state: str = ""
    number: int = 0  # 序号 in this listing


@dataclass(frozen=True)
class RiskColumn:
    key: str
    heading: str
    kind: str  # text / int / date
    get: Callable[[LedgerLine], CellValue]
    personal: bool = False
    width: int = 12
    hazard_heading: str = ""  # the safety-hazard ledger's own name for the column, where it differs

    def heading_for(self, kind: str) -> str:
        return self.hazard_heading if self.hazard_heading and RiskKind.is_hazard(kind) else self.heading


def _supervision(line: LedgerLine) -> str:
    r = line.risk
    parts = [r.supervision_level, r.supervision_doc_no, r.supervision_on.isoformat() if r.supervision_on else ""]
    return " ".join(p for p in parts if p)


ALL_RISK_COLUMNS: tuple[RiskColumn, ...] = (
    RiskColumn("number", "序号", "int", lambda line: line.number, width=5),
    RiskColumn("reg_no", "编号", "text", lambda line: line.risk.reg_no, width=13),
    RiskColumn("kind", "类型", "text", lambda line: line.risk.kind, width=8),
    RiskColumn("found_on", "排查日期", "date", lambda line: line.risk.found_on, width=11),
    RiskColumn("source", "排查方式", "text", lambda line: line.risk.source, width=9),
    RiskColumn("checked_unit", "排查单位", "text", lambda line: line.risk.checked_unit, width=12,
               hazard_heading="被检查单位"),
    RiskColumn("place", "属地", "text", lambda line: line.risk.place, width=10, hazard_heading="隐患部位"),
    RiskColumn("responsible_unit", "责任单位", "text", lambda line: line.risk.responsible_unit, width=12),
    RiskColumn("description", "事项名称及简要情况", "text", lambda line: line.risk.description, width=30,
               hazard_heading="隐患描述"),
    RiskColumn("category", "类别", "text", lambda line: line.risk.category, width=10),
    RiskColumn("level", "风险等级", "text", lambda line: line.risk.level, width=7, hazard_heading="隐患等级"),
    RiskColumn("basis", "判定依据", "text", lambda line: line.risk.basis, width=16),
    RiskColumn("people_involved", "涉及人数", "int", lambda line: line.risk.people_involved, width=7),
    RiskColumn("lead_leader", "包案领导", "text", lambda line: line.risk.lead_leader, width=8),
    RiskColumn("responsible_person", "责任人", "text", lambda line: line.risk.responsible_person, width=8),
    RiskColumn("responsible_phone", "联系电话", "text", lambda line: line.risk.responsible_phone, personal=True,
               width=13),
    RiskColumn("measures", "化解措施", "text", lambda line: line.risk.measures, width=26, hazard_heading="整改措施"),
    RiskColumn("funds", "整改资金（万元）", "text", lambda line: line.risk.funds, width=9),
    RiskColumn("due_date", "化解时限", "date", lambda line: line.risk.current_due, width=11,
               hazard_heading="整改时限"),
    RiskColumn("interim_controls", "临时管控措施及预案", "text", lambda line: line.risk.interim_controls, width=20),
    RiskColumn("supervision", "挂牌督办", "text", _supervision, width=14),
    RiskColumn("progress", "进展情况", "text", lambda line: line.progress, width=26),
    RiskColumn("state", "状态", "text", lambda line: line.state, width=9),
    RiskColumn("result", "化解结果", "text", lambda line: line.risk.result, width=9, hazard_heading="整改结果"),
    RiskColumn("verifier", "验收人", "text", lambda line: line.risk.verifier, width=8),
    RiskColumn("verified_on", "验收日期", "date", lambda line: line.risk.verified_on, width=11),
    RiskColumn("verify_conclusion", "验收结论", "text", lambda line: line.risk.verify_conclusion, width=12),
    RiskColumn("closed_on", "销号日期", "date", lambda line: line.risk.closed_on, width=11),
    RiskColumn("remarks", "备注", "text", lambda line: line.risk.remarks, width=14),
)  # fmt: skip

RISK_COLUMNS_BY_KEY = {c.key: c for c in ALL_RISK_COLUMNS}

# The default layouts DOMAIN names for each kind of ledger. Each ends with the state and what 销号 rests on
# (DOMAIN §4.2 销号审核人/销号日期, §4.3 验收人/验收日期/验收结论/销号日期), so that a closed line reads back as
# closed when the file is imported again.
DEFAULT_DISPUTE_KEYS = (
    "number", "found_on", "responsible_unit", "description", "category", "level", "lead_leader",
    "responsible_person", "measures", "due_date", "progress", "result", "state", "verifier", "closed_on",
)  # fmt: skip
DEFAULT_HAZARD_KEYS = (
    "number", "found_on", "checked_unit", "place", "description", "category", "level", "basis", "measures",
    "responsible_unit", "responsible_person", "funds", "due_date", "interim_controls", "supervision", "progress",
    "state", "verifier", "verified_on", "verify_conclusion", "closed_on",
)  # fmt: skip


# The paper ledgers' own names (DOMAIN §4.2, §4.3), as the xlsx sheets and the printed sections title them.
_LEDGER_TITLES = {
    RiskKind.DISPUTE: "矛盾纠纷排查化解台账",
    RiskKind.PETITION: "信访隐患排查化解台账",
    RiskKind.HAZARD: "安全生产隐患排查整改台账",
}


def ledger_title(kind: str, office_name: str = "") -> str:
    """The title of `kind`'s ledger with the office's name in front: "××镇矛盾纠纷排查化解台账"."""
    return f"{office_name}{_LEDGER_TITLES[kind]}"


def default_keys(kind: str) -> tuple[str, ...]:
    return DEFAULT_HAZARD_KEYS if RiskKind.is_hazard(kind) else DEFAULT_DISPUTE_KEYS


def risk_columns(keys: tuple[str, ...] | list[str]) -> list[RiskColumn]:
    return [RISK_COLUMNS_BY_KEY[k] for k in keys]
