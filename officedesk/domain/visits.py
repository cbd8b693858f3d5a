"""The petition (信访事项) record and its fixed vocabularies (DOMAIN.md §4.1)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime

from officedesk.domain.ids import NoteId, VisitId

# 信访形式 — 信访工作条例 第十七条 forms, as offices label them.
CHANNELS = ("来访", "来信", "来电", "网上", "热线", "上级交办")
# 事项性质 — decides which clock applies (条例 第二十九至三十一条).
MATTER_TYPES = ("建议意见", "检举控告", "申诉求决")
# 处理方式 (DESIGN.md vocabulary; 条例 第二十二、二十三条).
DISPOSITIONS = ("当场答复", "交办", "转送", "告知向有权机关提出", "不予受理")
# Dispositions that send the matter away: the 5个工作日 objection clock applies (条例 第二十三条).
OUTSIDE_REMIT = ("告知向有权机关提出", "不予受理")
RESULTS = ("支持", "解释说明", "不予支持")  # 条例 第三十二条
REPLY_WAYS = ("书面", "当面", "电话", "网上", "短信")
SATISFACTION = ("满意", "基本满意", "不满意")
FOLLOWUP_WAYS = ("电话", "上门", "当面", "短信", "网上")
SETTLED = ("是", "否", "部分")  # 息诉罢访
ANONYMOUS = "匿名"


class VisitState:
    """Display states of a visit. Stored `status` is one of OPEN/CLOSED/SUSPENDED/VOID;
    DUE_SOON and OVERDUE are derived from the active deadline and today's date."""

    OPEN = "办理中"
    DUE_SOON = "临期"
    OVERDUE = "超期"
    CLOSED = "办结"
    SUSPENDED = "中止"
    VOID = "作废"

    ALL = (OPEN, DUE_SOON, OVERDUE, CLOSED, SUSPENDED, VOID)
    STORED = (OPEN, CLOSED, SUSPENDED, VOID)


@dataclass(frozen=True)
class Visit:
    """One petition received (one 批次). Deadline fields are computed by the domain rules, never typed."""

    channel: str
    received_at: datetime
    petitioner: str
    requests: str
    id: VisitId | None = None
    reg_no: str = ""  # 登记编号 XF-YYYY-NNNN, given on first save
    external_ref: str = ""  # 信访件号 / 工单号 / 转送文号
    people_count: int = 1
    phone: str = ""
    id_number: str = ""
    address: str = ""
    locality: str = ""  # 问题属地
    category: str = ""  # 一级
    subcategory: str = ""  # 二级
    matter_type: str = "申诉求决"
    facts: str = ""
    receiver: str = ""
    receiving_leader: str = ""
    # Handling.
    disposition: str = ""
    handling_unit: str = ""
    handling_person: str = ""
    accepted_on: date | None = None  # 受理日期
    accept_notified_on: date | None = None  # 受理告知日期 (书面告知)
    reply_on: date | None = None
    reply_way: str = ""
    reply_doc_no: str = ""
    result: str = ""
    extension_days: int = 0  # 条例 第三十四条: ≤ 30日, approved
    extension_approver: str = ""
    extension_reason: str = ""
    extension_notified_on: date | None = None
    followup_on: date | None = None  # 回访
    followup_way: str = ""
    followup_by: str = ""
    satisfaction: str = ""
    followup_missing_reason: str = ""
    review_requested_on: date | None = None  # 复查 (条例 第三十五条)
    review_result: str = ""
    recheck_requested_on: date | None = None  # 复核 (条例 第三十六条)
    recheck_result: str = ""
    settled: str = ""  # 息诉罢访
    closed_on: date | None = None  # 办结日期
    suspended: bool = False  # 中止
    related_visit_id: VisitId | None = None  # a link between cases, never a profile
    remarks: str = ""
    status: str = VisitState.OPEN
    void_reason: str = ""
    # Computed deadlines (domain.deadlines), stored so lists can filter and sort on them.
    accept_due: date | None = None
    objection_due: date | None = None
    due_date: date | None = None
    extended_due: date | None = None
    active_due: date | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def replace(self, **changes: object) -> Visit:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    @property
    def is_group(self) -> bool:
        """Default 集体访 test; the threshold is a setting, so prefer `DeskSettings.is_group`."""
        return self.people_count >= 5


@dataclass(frozen=True)
class VisitNote:
    """A dated progress note (进展) on a visit."""

    visit_id: VisitId
    on_date: date
    text: str
    id: NoteId | None = None
    created_at: datetime | None = None


@dataclass(frozen=True)
class VisitFilter:
    """What the register shows: every field narrows; empty means no restriction."""

    text: str = ""
    date_from: date | None = None
    date_to: date | None = None
    channels: tuple[str, ...] = ()
    category: str = ""
    disposition: str = ""
    handling_unit: str = ""
    states: tuple[str, ...] = ()  # VisitState values, derived ones included
    overdue_only: bool = False
    include_void: bool = False


@dataclass(frozen=True)
class AuditEntry:
    """One recorded change: who, when, what, before → after."""

    at: datetime
    user: str
    entity: str
    entity_id: int
    action: str  # insert / update / void / note / import
    field: str = ""
    before: str = ""
    after: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Category:
    """A two-level 问题类别 entry; `parent` is empty for a first-level category."""

    name: str
    parent: str = ""
    children: tuple[str, ...] = field(default=())
