"""The register's columns with DOMAIN.md §4.1's Chinese headings, shared by lists, exports and prints."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from officedesk.domain.visits import Visit

CellValue = str | int | date | datetime | None


@dataclass(frozen=True)
class VisitColumn:
    """One column: `kind` tells writers how to type the cell (text/int/date/datetime)."""

    key: str
    heading: str
    kind: str
    get: Callable[[Visit], CellValue]
    personal: bool = False  # masked unless the user unmasks
    width: int = 12  # characters, for xlsx and printed lists


def _category(v: Visit) -> str:
    return f"{v.category}/{v.subcategory}" if v.subcategory else v.category


def _extension(v: Visit) -> str:
    if not v.extension_days:
        return ""
    return f"{v.extension_days}日（{v.extension_approver}批准）"


def _followup(v: Visit) -> str:
    if v.followup_on:
        return f"{v.followup_on.isoformat()} {v.followup_way} {v.satisfaction}".strip()
    return v.followup_missing_reason


# Display state depends on today; writers pass it in through `state_of`.
ALL_COLUMNS: tuple[VisitColumn, ...] = (
    VisitColumn("reg_no", "登记编号", "text", lambda v: v.reg_no, width=14),
    VisitColumn("external_ref", "外部编号", "text", lambda v: v.external_ref, width=14),
    VisitColumn("channel", "信访形式", "text", lambda v: v.channel, width=8),
    VisitColumn("received_at", "登记时间", "datetime", lambda v: v.received_at, width=17),
    VisitColumn("people_count", "人数", "int", lambda v: v.people_count, width=8),
    VisitColumn("petitioner", "信访人", "text", lambda v: v.petitioner, width=10),
    VisitColumn("phone", "联系电话", "text", lambda v: v.phone, personal=True, width=13),
    VisitColumn("id_number", "身份证号", "text", lambda v: v.id_number, personal=True, width=20),
    VisitColumn("address", "住址或单位", "text", lambda v: v.address, width=20),
    VisitColumn("locality", "问题属地", "text", lambda v: v.locality, width=10),
    VisitColumn("category", "问题类别", "text", _category, width=12),
    VisitColumn("matter_type", "事项性质", "text", lambda v: v.matter_type, width=9),
    VisitColumn("facts", "主要事实", "text", lambda v: v.facts, width=30),
    VisitColumn("requests", "主要诉求", "text", lambda v: v.requests, width=30),
    VisitColumn("receiver", "接待人", "text", lambda v: v.receiver, width=8),
    VisitColumn("receiving_leader", "接访领导", "text", lambda v: v.receiving_leader, width=8),
    VisitColumn("disposition", "处理方式", "text", lambda v: v.disposition, width=10),
    VisitColumn("handling_unit", "承办单位", "text", lambda v: v.handling_unit, width=12),
    VisitColumn("handling_person", "承办人", "text", lambda v: v.handling_person, width=8),
    VisitColumn("accepted_on", "受理日期", "date", lambda v: v.accepted_on, width=11),
    VisitColumn("accept_due", "受理告知期限", "date", lambda v: v.accept_due, width=11),
    VisitColumn("due_date", "办结期限", "date", lambda v: v.extended_due or v.due_date, width=11),
    VisitColumn("extension", "延期", "text", _extension, width=14),
    VisitColumn("reply_on", "答复日期", "date", lambda v: v.reply_on, width=11),
    VisitColumn("reply_doc_no", "答复文书号", "text", lambda v: v.reply_doc_no, width=14),
    VisitColumn("result", "处理结果", "text", lambda v: v.result, width=9),
    VisitColumn("settled", "息诉罢访", "text", lambda v: v.settled, width=8),
    VisitColumn("followup", "回访", "text", _followup, width=16),
    VisitColumn("review_requested_on", "复查申请日", "date", lambda v: v.review_requested_on, width=11),
    VisitColumn("recheck_requested_on", "复核申请日", "date", lambda v: v.recheck_requested_on, width=11),
    VisitColumn("closed_on", "办结日期", "date", lambda v: v.closed_on, width=11),
    VisitColumn("state", "状态", "text", lambda v: v.status, width=8),
    VisitColumn("remarks", "备注", "text", lambda v: v.remarks, width=16),
)

COLUMNS_BY_KEY = {c.key: c for c in ALL_COLUMNS}

# The default export layout the foundation issue names.
DEFAULT_EXPORT_KEYS = (
    "reg_no",
    "channel",
    "received_at",
    "people_count",
    "petitioner",
    "phone",
    "id_number",
    "category",
    "requests",
    "disposition",
    "handling_unit",
    "accept_due",
    "due_date",
    "state",
)

# The printed list is landscape A4: fewer, narrower columns.
DEFAULT_PRINT_KEYS = (
    "reg_no",
    "received_at",
    "channel",
    "petitioner",
    "phone",
    "category",
    "requests",
    "handling_unit",
    "due_date",
    "state",
)


def columns(keys: tuple[str, ...] | list[str]) -> list[VisitColumn]:
    return [COLUMNS_BY_KEY[k] for k in keys]
