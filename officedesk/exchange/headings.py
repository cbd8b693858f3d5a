"""How hand-kept sheets say things: heading variants → field keys, and the many spellings of a date.

RELIABILITY.md E2: title rows, header synonyms, seven date formats, full-width digits, NBSP — all
understood; anything ambiguous is refused with a reason rather than guessed.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta

from officedesk.domain.risk_columns import ALL_RISK_COLUMNS, RiskColumn
from officedesk.domain.risks import RiskKind
from officedesk.domain.visit_columns import ALL_COLUMNS

# A heading that is recognised (it helps find the header row) but whose column is not imported.
IGNORE = ""

_BLANKS = re.compile(r"[\s\u00a0\u3000\u200b\ufeff]+")
_BRACKETED = re.compile(r"[(\[【〔][^)\]】〕]*[)\]】〕]")
# Marks templates put on headings: required-field stars, trailing colons.
_EDGE_MARKS = "*★☆:"


def normalise_heading(text: str) -> str:
    """`登记时间\n（年月日）：` → `登记时间(年月日)`: NFKC (full-width → ASCII), no blanks, no marks."""
    text = unicodedata.normalize("NFKC", text)
    return _BLANKS.sub("", text).strip(_EDGE_MARKS)


def heading_variants(text: str) -> tuple[str, ...]:
    """The normalised heading, then the same without bracketed notes (`登记时间(年月日)` → `登记时间`)."""
    full = normalise_heading(text)
    bare = _BRACKETED.sub("", full).strip(_EDGE_MARKS)
    return (full, bare) if bare and bare != full else (full,)


def vocabulary(*pairs: tuple[str, str]) -> dict[str, str]:
    """A normalised heading → key mapping; the first heading given for a key is its canonical name."""
    result: dict[str, str] = {}
    for heading, key in pairs:
        name = normalise_heading(heading)
        if result.get(name, key) != key:
            raise ValueError(f"heading {heading!r} given for both {result[name]!r} and {key!r}")
        result[name] = key
    return result


def synonyms(key: str, *headings: str) -> list[tuple[str, str]]:
    return [(heading, key) for heading in headings]


def canonical_heading(vocab: Mapping[str, str], key: str) -> str:
    return next((heading for heading, k in vocab.items() if k == key), key)


# Columns of our own export that are computed, never typed (deadlines, state): re-importing an
# export must still find its header, but these values are recomputed by the domain rules.
_COMPUTED_KEYS = {"accept_due", "due_date", "extension", "followup", "state"}

VISIT_VOCABULARY = vocabulary(
    *((c.heading, IGNORE if c.key in _COMPUTED_KEYS else c.key) for c in ALL_COLUMNS),
    *synonyms(IGNORE, "序号", "序", "No", "No."),
    *synonyms("reg_no", "编号", "登记号", "登记编号"),
    *synonyms("external_ref", "件号", "信访件号", "工单号", "查询码", "转送文号"),
    *synonyms("channel", "来访形式", "形式", "渠道", "信访方式", "来源"),
    *synonyms("received_at", "来访时间", "时间", "日期", "来访日期", "登记日期", "接待时间", "接待日期"),
    *synonyms("people_count", "来访人数", "人次", "人数(人次)"),
    *synonyms("petitioner", "姓名", "来访人", "信访人姓名", "代表姓名", "来访人姓名"),
    *synonyms("phone", "电话", "手机", "联系方式", "手机号", "手机号码", "电话号码"),
    *synonyms("id_number", "身份证号码", "证件号码", "身份证", "公民身份号码"),
    *synonyms("address", "住址", "地址", "单位", "工作单位", "家庭住址", "住址或工作单位"),
    *synonyms("locality", "属地", "问题发生地"),
    *synonyms("category", "内容分类", "类别", "问题分类", "分类"),
    *synonyms("matter_type", "性质"),
    *synonyms("facts", "事实", "反映情况"),
    *synonyms("requests", "诉求", "反映问题", "来访事由", "事由", "信访诉求", "诉求内容"),
    *synonyms("receiver", "接待人员", "登记人"),
    *synonyms("receiving_leader", "接待领导"),
    *synonyms("disposition", "处理情况"),
    *synonyms("handling_unit", "责任单位", "交办单位"),
)
VISIT_REQUIRED = {"received_at", "petitioner", "requests"}

# ---- the hidden-risk ledger (DOMAIN §4.2, §4.3) and the duty roster (§4.4) -------------------------

# The ledger export's keys that import under another name: 序号 is the sender's own numbering, 编号 its
# number for the line (both end up as Risk.source_no), 状态 is read into the stored status.
_RISK_IMPORT_KEY = {"number": "serial", "reg_no": "source_no", "state": "status"}


def kinds_heading(column: RiskColumn, kinds: Iterable[str]) -> str:
    """A column's heading for a sheet holding `kinds`: "化解时限/整改时限" where the kinds name it differently."""
    return "/".join(dict.fromkeys(column.heading_for(kind) for kind in kinds))


def _export_headings() -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for column in ALL_RISK_COLUMNS:
        key = _RISK_IMPORT_KEY.get(column.key, column.key)
        pairs += [(column.heading, key), (column.heading_for(RiskKind.HAZARD), key)]
        pairs.append((kinds_heading(column, (RiskKind.DISPUTE, RiskKind.HAZARD)), key))
    return pairs


RISK_VOCABULARY = vocabulary(
    *_export_headings(),
    *synonyms("serial", "序", "No", "No."),
    *synonyms("source_no", "隐患编号", "纠纷编号", "序号/编号", "台账编号"),
    *synonyms("kind", "台账类型", "事项类型"),
    *synonyms("found_on", "发现日期", "日期", "排查时间", "发现时间", "检查日期", "检查时间", "登记日期"),
    *synonyms("source", "来源", "排查方式/来源", "隐患来源", "线索来源"),
    *synonyms("checker", "排查人", "检查组", "检查人", "检查组/排查人", "检查人员"),
    *synonyms("checked_unit", "排查单位/排查人", "被检查单位名称", "单位名称", "企业名称"),
    *synonyms("place", "地点", "隐患部位/地点", "所在地", "发生地", "所属地"),
    *synonyms(
        "description",
        "纠纷简要情况",
        "主要问题",
        "事项名称",
        "简要情况",
        "隐患内容",
        "存在问题",
        "隐患情况",
        "基本情况",
        "纠纷情况",
        "矛盾纠纷简要情况",
        "事项名称及主要问题",
    ),
    *synonyms("category", "问题类别", "内容分类", "纠纷类别", "隐患类别", "隐患类型", "纠纷类型", "问题类型", "分类"),
    *synonyms("level", "隐患等级", "等级", "隐患级别", "风险级别"),
    *synonyms("basis", "依据", "判定标准"),
    *synonyms("people_involved", "人数", "涉及人员数"),
    *synonyms(
        "measures",
        "措施",
        "化解措施/方案",
        "整改要求/措施",
        "整改要求",
        "化解方案",
        "处置措施",
        "整改措施/要求",
        "工作措施",
    ),
    *synonyms("lead_leader", "包案领导(姓名/职务)", "包保领导", "包案责任领导", "责任领导"),
    *synonyms("responsible_unit", "整改责任单位", "化解责任单位", "牵头单位", "责任部门"),
    *synonyms("responsible_person", "整改责任人", "化解责任人", "具体责任人"),
    *synonyms("responsible_phone", "电话", "责任人电话", "手机", "联系方式", "责任人联系电话", "手机号码"),
    *synonyms("funds", "整改资金", "资金", "治理资金"),
    *synonyms("due_date", "时限", "完成时限", "办结时限", "整改期限", "化解期限", "整改完成时限", "化解完成时限"),
    *synonyms("interim_controls", "临时管控措施", "应急预案", "临时管控措施/应急预案", "管控措施"),
    *synonyms("supervision", "挂牌督办情况"),
    *synonyms("progress", "进展", "整改进展", "化解进展", "工作进展", "整改情况"),
    *synonyms("status", "整改状态", "办理状态", "当前状态", "化解状态"),
    *synonyms("result", "整改结果", "处理结果"),
    *synonyms("completed_on", "整改完成日期", "完成日期", "整改完成时间"),
    *synonyms("verifier", "复查/验收人", "复查人", "销号审核人", "验收人员"),
    *synonyms("verified_on", "验收日期", "复查日期", "验收时间"),
    *synonyms("closed_on", "销号时间"),
    *synonyms(IGNORE, "关联信访登记号"),
)
RISK_REQUIRED = {"found_on", "description"}

DUTY_VOCABULARY = vocabulary(
    *synonyms("day", "日期", "值班日期", "时间", "值班时间"),
    *synonyms("leader", "带班领导", "值班领导", "带班", "领导带班"),
    *synonyms("staff", "值班人员", "值班员", "值班人", "值班干部", "值班工作人员", "工作人员"),
    *synonyms(
        "phones",
        "手机",
        "电话",
        "联系电话",
        "手机号码",
        "联系方式",
        "值班电话",
        "领导电话",
        "带班领导电话",
        "值班人员电话",
        "带班领导手机",
        "值班人员手机",
    ),
    *synonyms("remarks", "备注"),
    *synonyms(IGNORE, "序号", "星期", "班次"),
)
DUTY_REQUIRED = {"day"}
# A roster may give each person on duty a column of their own, and the leader's phone its own column.
DUTY_REPEATABLE = frozenset({"staff", "phones"})

# ---- dates -------------------------------------------------------------------------------------

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 once Lotus's phantom 1900-02-29 is skipped
_SERIAL_MAX = 2958466  # 9999-12-31 is 2958465, Excel's last day
_YEARS = range(1900, 2100)
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_TIME = re.compile(r"(\d{1,2})\s*[:时点]\s*(?:(\d{1,2})\s*分?)?\s*(?::\s*(\d{1,2})\s*秒?)?")


def _date_error(value: object) -> ValueError:
    return ValueError(f"日期无法识别：{_shown(value)}")


def _shown(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _from_serial(value: float) -> datetime:
    """An Excel serial (1900 system) as a datetime, to the second (floats carry rounding dust)."""
    if not math.isfinite(value) or not 1 < value < _SERIAL_MAX or int(value) == 60:
        raise _date_error(value)
    days = int(value)
    # Serials below 60 predate Lotus's phantom leap day and count from one day later.
    start = _EXCEL_EPOCH if days > 60 else _EXCEL_EPOCH + timedelta(days=1)
    seconds = round((value - days) * 86400)
    return datetime.combine(start + timedelta(days=days), time()) + timedelta(seconds=seconds)


def _checked(year: int, month: int, day: int, value: object) -> date:
    if year not in _YEARS:
        raise _date_error(value)
    try:
        return date(year, month, day)
    except ValueError:
        raise _date_error(value) from None


def _split_text(value: str) -> tuple[date, str]:
    """The date at the start of a text, and whatever follows it (a time, perhaps)."""
    text = unicodedata.normalize("NFKC", value).strip()
    match = _DATE.match(text) or _COMPACT_DATE.match(text)
    if match is None:
        raise _date_error(value)
    year, month, day = (int(g) for g in match.groups())
    return _checked(year, month, day, value), text[match.end() :].strip().lstrip("T").strip()


def parse_date(value: object) -> date:
    """A date cell as typed or stored: date/datetime, an Excel serial, or text such as 2026-12-31,
    2026/12/31, 2026.12.31, 2026年12月31日, 20261231 (full-width digits too)."""
    if type(value) is date:  # as calamine reads a date cell: kept as it is when its year is allowed
        if value.year not in _YEARS:
            raise _date_error(value)
        return value
    if isinstance(value, datetime):
        return _checked(value.year, value.month, value.day, value)
    if isinstance(value, date):
        return _checked(value.year, value.month, value.day, value)
    if isinstance(value, bool):
        raise _date_error(value)
    if isinstance(value, int | float):
        return _from_serial(float(value)).date()
    if isinstance(value, str):
        day, rest = _split_text(value)
        if rest:
            raise _date_error(value)
        return day
    raise _date_error(value)


def parse_time(text: str) -> time:
    """`09:30`, `9:30`, `9:30:15`, `9时30分`, `9点` → time; ValueError otherwise."""
    match = _TIME.fullmatch(unicodedata.normalize("NFKC", text).strip())
    if match is None:
        raise ValueError(f"时间无法识别：{text}")
    hour, minute, second = (int(g) if g else 0 for g in match.groups())
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(f"时间无法识别：{text}")
    return time(hour, minute, second)


def parse_datetime(value: object) -> datetime:
    """Like parse_date, plus a time part (`2026-12-31 09:30`, `2026年12月31日9时30分`); a date alone is 00:00."""
    if isinstance(value, datetime):
        parse_date(value)  # same year bounds
        return value.replace(microsecond=0)
    if isinstance(value, float | int) and not isinstance(value, bool):
        moment = _from_serial(float(value))
        parse_date(moment)
        return moment
    if isinstance(value, str):
        day, rest = _split_text(value)
        try:
            clock = parse_time(rest) if rest else time()
        except ValueError:
            raise _date_error(value) from None
        return datetime.combine(day, clock)
    return datetime.combine(parse_date(value), time())


def first_of(values: Iterable[str], vocab: Mapping[str, str]) -> str | None:
    """The key of the first heading in `values` that the vocabulary knows (None if none does)."""
    for value in values:
        for variant in heading_variants(value):
            if variant in vocab:
                return vocab[variant]
    return None
