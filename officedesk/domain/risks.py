"""The hidden-risk ledger line (隐患台账): disputes and safety hazards with owners and deadlines (DOMAIN §4.2, §4.3)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from typing import ClassVar

from officedesk.domain.ids import RiskId, VisitId


class RiskKind:
    DISPUTE = "矛盾纠纷"
    PETITION = "信访隐患"  # a petition risk: kept like a dispute
    HAZARD = "安全隐患"

    ALL = (DISPUTE, PETITION, HAZARD)

    @staticmethod
    def is_hazard(kind: str) -> bool:
        return kind == RiskKind.HAZARD


# 风险等级 for disputes; 隐患等级 for safety hazards (事故隐患排查治理暂行规定 第三条).
DISPUTE_LEVELS = ("高", "中", "低")
HAZARD_LEVELS = ("一般", "重大")
MAJOR = "重大"
SOURCES = ("日常排查", "专项检查", "群众举报", "上级交办", "信访转来", "随手拍")
SUPERVISION_LEVELS = ("省级", "市级", "县级")
RESULTS = ("已化解", "化解中", "未化解", "导入法定途径")


class RiskStatus:
    """Stored status codes; `label` names them as each kind's ledger does."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    AWAITING_ACCEPTANCE = "awaiting_acceptance"
    CLOSED = "closed"
    VOID = "void"

    ORDER = (OPEN, IN_PROGRESS, AWAITING_ACCEPTANCE, CLOSED)
    _DISPUTE: ClassVar[dict[str, str]] = {
        OPEN: "未化解",
        IN_PROGRESS: "化解中",
        AWAITING_ACCEPTANCE: "待验收",
        CLOSED: "已化解·销号",
        VOID: "作废",
    }
    _HAZARD: ClassVar[dict[str, str]] = {
        OPEN: "待整改",
        IN_PROGRESS: "整改中",
        AWAITING_ACCEPTANCE: "待验收",
        CLOSED: "已销号",
        VOID: "作废",
    }
    OVERDUE_LABEL = "超期"

    @classmethod
    def label(cls, status: str, kind: str) -> str:
        return (cls._HAZARD if RiskKind.is_hazard(kind) else cls._DISPUTE).get(status, status)

    @classmethod
    def from_label(cls, text: str) -> str | None:
        for table in (cls._DISPUTE, cls._HAZARD):
            for code, label in table.items():
                if text.strip() in (label, label.replace("·销号", "")):
                    return code
        return {"已整改": cls.AWAITING_ACCEPTANCE, "销号": cls.CLOSED, "已销号": cls.CLOSED}.get(text.strip())


@dataclass(frozen=True)
class Risk:
    """One ledger line. `due_date` is the 化解/整改时限; an approved 延期 sets `extended_due`."""

    kind: str
    found_on: date
    description: str  # 事项名称及简要情况 / 隐患描述
    id: RiskId | None = None
    reg_no: str = ""  # the office's number, YH-YYYY-NNNN
    source_unit: str = ""  # the subordinate unit whose sheet it came from (re-import matches on unit + its 序号)
    source_no: str = ""  # that unit's own 序号/编号
    source: str = ""  # 排查方式 / 来源
    checker: str = ""  # 检查组 / 排查人
    checked_unit: str = ""  # 被检查单位 / 排查单位
    place: str = ""  # 属地 / 隐患部位
    category: str = ""
    level: str = ""
    basis: str = ""  # 判定依据 (e.g. 应急管理部令第10号 第X条)
    people_involved: int = 0
    measures: str = ""  # 化解措施 / 整改措施
    lead_leader: str = ""  # 包案领导
    responsible_unit: str = ""
    responsible_person: str = ""
    responsible_phone: str = ""
    funds: str = ""  # 整改资金（万元）, kept as typed
    due_date: date | None = None
    interim_controls: str = ""  # 临时管控措施 / 应急预案
    supervision_level: str = ""  # 挂牌督办
    supervision_doc_no: str = ""
    supervision_on: date | None = None
    related_visit_id: VisitId | None = None
    status: str = RiskStatus.OPEN
    extended_due: date | None = None
    extension_approver: str = ""
    extension_reason: str = ""
    completed_on: date | None = None  # 整改完成日期
    verifier: str = ""  # 复查 / 验收人
    verified_on: date | None = None
    verify_conclusion: str = ""
    closed_on: date | None = None  # 销号日期
    result: str = ""  # 化解结果
    remarks: str = ""
    void_reason: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def replace(self, **changes: object) -> Risk:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    @property
    def current_due(self) -> date | None:
        return self.extended_due or self.due_date

    @property
    def is_major_hazard(self) -> bool:
        return RiskKind.is_hazard(self.kind) and self.level == MAJOR


@dataclass(frozen=True)
class RiskProgress:
    """A dated 进展 entry; the ledger's 进展情况 column shows the latest."""

    risk_id: RiskId
    on_date: date
    text: str
    id: int | None = None
    created_at: datetime | None = None


@dataclass(frozen=True)
class RiskFilter:
    text: str = ""
    kinds: tuple[str, ...] = ()
    level: str = ""
    responsible_unit: str = ""
    lead_leader: str = ""
    statuses: tuple[str, ...] = ()  # RiskStatus codes
    overdue_only: bool = False
    due_within_days: int | None = None
    found_from: date | None = None
    found_to: date | None = None
    as_of: date | None = None  # the ledger as it stood: lines found by then and not closed before
    include_void: bool = False
