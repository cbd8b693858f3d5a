"""How the units' ledgers spell a line's kind, level, state, 挂牌督办 and 责任人（电话）, read into the
ledger's own values (domain/risks.py). Each parser raises ValueError with the clerk's sentence;
nothing unknown is guessed (RELIABILITY.md E2).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from officedesk.domain.risk_rules import levels_for
from officedesk.domain.risks import SUPERVISION_LEVELS, RiskKind, RiskStatus
from officedesk.exchange.cell_values import cell_text, compact_text
from officedesk.exchange.headings import parse_date

_KIND_ALIASES = {
    "纠纷": RiskKind.DISPUTE, "矛盾": RiskKind.DISPUTE, "矛盾纠纷隐患": RiskKind.DISPUTE,
    "信访": RiskKind.PETITION, "信访风险": RiskKind.PETITION, "信访隐患风险": RiskKind.PETITION,
    "安全生产隐患": RiskKind.HAZARD, "安全生产": RiskKind.HAZARD, "生产安全隐患": RiskKind.HAZARD,
    "安全生产事故隐患": RiskKind.HAZARD, "事故隐患": RiskKind.HAZARD,
}  # fmt: skip
# The states units write beyond RiskStatus's own labels. 超期 is derived from the deadline, never stored:
# an overdue line is still open. 延期 keeps the line in hand under a later deadline.
_STATUS_ALIASES = {
    "超期": RiskStatus.OPEN, "超期未整改": RiskStatus.OPEN, "超期未化解": RiskStatus.OPEN,
    "未整改": RiskStatus.OPEN, "未销号": RiskStatus.OPEN,
    "正在整改": RiskStatus.IN_PROGRESS, "正在化解": RiskStatus.IN_PROGRESS, "延期": RiskStatus.IN_PROGRESS,
    "延期整改": RiskStatus.IN_PROGRESS, "延期化解": RiskStatus.IN_PROGRESS,
    "整改完成": RiskStatus.AWAITING_ACCEPTANCE, "已完成": RiskStatus.AWAITING_ACCEPTANCE,
    "已化解销号": RiskStatus.CLOSED, "导入法定途径": RiskStatus.CLOSED,
}  # fmt: skip
_LEVEL_SUFFIXES = ("事故隐患", "隐患", "风险", "等级", "级")
_PHONE_AT_END = re.compile(r"^(?P<name>.*?)[\s（(/:,，、]*(?P<phone>1[3-9]\d{9}|0\d{2,3}-?\d{7,8})[)）]?$")
_SUPERVISION_LEVEL = re.compile(r"^(?P<level>[省市县])级?(?:挂牌)?(?:督办)?")
_SUPERVISION_WORDS = re.compile(r"挂牌督办|挂牌|督办")
_NONE_WORDS = ("", "否", "无", "未挂牌", "/", "-", "—")


def kind_of(value: object) -> str:
    """A 类型 cell: 矛盾纠纷 / 信访隐患 / 安全隐患 or a common spelling of one ("" when blank)."""
    text = compact_text(value)
    if not text or text in RiskKind.ALL:
        return text
    if text in _KIND_ALIASES:
        return _KIND_ALIASES[text]
    raise ValueError(f"类型「{text}」无法识别，应为{'、'.join(RiskKind.ALL)}之一")


def kind_in_text(texts: list[str]) -> str | None:
    """The ledger a sheet's name or title names ("××镇信访隐患排查化解台账" → 信访隐患), if any."""
    for text in texts:
        compact = "".join(text.split())
        if "信访隐患" in compact or "信访风险" in compact:
            return RiskKind.PETITION
        if "安全生产" in compact or "安全隐患" in compact or "隐患排查整改" in compact:
            return RiskKind.HAZARD
        if "矛盾纠纷" in compact:
            return RiskKind.DISPUTE
    return None


@lru_cache(maxsize=256)
def level_for(text: str, kind: str) -> str:
    """高/中/低 for disputes, 一般/重大 for hazards ("高风险", "重大隐患" read too); "" when blank."""
    allowed = levels_for(kind)
    bare = text
    for suffix in _LEVEL_SUFFIXES:
        if bare in allowed:
            break
        bare = bare.removesuffix(suffix)
    if not text or bare in allowed:
        return bare
    name = "隐患等级" if RiskKind.is_hazard(kind) else "风险等级"
    raise ValueError(f"{name}「{text}」无法识别，{kind}应为{'、'.join(allowed)}之一")


@lru_cache(maxsize=256)
def status_for(text: str, kind: str) -> str | None:
    """The stored status a 状态/化解结果 text names, or None when it names none."""
    bare = text.replace("·", "").replace("•", "")
    code = RiskStatus.from_label(text) or RiskStatus.from_label(bare)
    return code if code is not None else _STATUS_ALIASES.get(bare)


def status_choices(kind: str) -> str:
    return "、".join(RiskStatus.label(code, kind) for code in RiskStatus.ORDER)


@dataclass(frozen=True)
class Supervision:
    level: str = ""
    doc_no: str = ""
    on: date | None = None


def supervision(value: object) -> Supervision:
    """A 挂牌督办 cell as the export writes it ("市级 安委办〔2026〕3号 2026-03-01") or in parts of it."""
    text = unicodedata.normalize("NFKC", cell_text(value)).strip()
    if text in _NONE_WORDS:
        return Supervision()
    match = _SUPERVISION_LEVEL.match(text)
    if match is None:
        levels = "、".join(SUPERVISION_LEVELS)
        raise ValueError(f"挂牌督办应写明级别（{levels}），如“市级 安委办〔2026〕3号 2026-03-01”，未挂牌的留空")
    rest = _SUPERVISION_WORDS.sub(" ", text[match.end() :]).split()
    on: date | None = None
    if rest:
        try:
            on = parse_date(rest[-1])
            rest = rest[:-1]
        except ValueError:
            on = None
    return Supervision(f"{match.group('level')}级", " ".join(rest), on)


def split_phone(person: str) -> tuple[str, str]:
    """ "张建国 13812345678" or "张建国（13812345678）" → (name, phone), as 责任人（电话） columns hold them."""
    match = _PHONE_AT_END.match(unicodedata.normalize("NFKC", person))
    if match is None or not match.group("name").strip():
        return person, ""
    return match.group("name").strip(), match.group("phone")


def people(value: object) -> int:
    """涉及人数: a whole number ("35", "35人", 35.0); blank is 0 (not counted)."""
    text = compact_text(value).removesuffix("人次").removesuffix("人")
    if not text:
        return 0
    if text.isascii() and text.isdigit():
        return int(text)
    raise ValueError(f"涉及人数应为整数：{text}")
