"""The office's settings that rules depend on: periods (provinces shorten some), thresholds, names."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class DeadlinePeriods:
    """Every period of 信访工作条例 as a setting (DOMAIN.md §3.1; 浙江/山东/北京 shorten some)."""

    accept_notice_days: int = 15  # 第二十三条: 书面告知 within 15日 of receipt
    objection_workdays: int = 5  # 第二十三条: not in remit → object within 5个工作日
    handling_days: int = 60  # 第三十四条: 60日 from acceptance
    max_extension_days: int = 30  # 第三十四条: extended once, ≤ 30日
    review_request_days: int = 30  # 第三十五条: 复查 requested within 30日 of the written reply
    review_answer_days: int = 30  # 第三十五条: answered within 30日
    recheck_request_days: int = 30  # 第三十六条: 复核 requested within 30日
    recheck_answer_days: int = 30  # 第三十六条
    roll_to_workday: bool = True  # 民法典 第二百零三条: a last day on a rest day moves to the next working day


@dataclass(frozen=True)
class DeskSettings:
    """Settings kept in the database (the office's), not in QSettings (the PC's)."""

    office_name: str = "××县××局"
    periods: DeadlinePeriods = DeadlinePeriods()
    due_soon_days: int = 3  # 临期 window
    group_threshold: int = 5  # 集体访 at ≥ 5 people (条例 第二十条 names 5 representatives)
    operator: str = ""  # who is recorded in the audit; empty → the OS user
    demo_data: bool = False
    # Backups (RELIABILITY.md §5.5): "" → a "backups" folder beside the database file.
    backup_dir: str = ""
    backup_keep: int = 10  # rotating copies kept
    # Printing: "" → automatic (Windows 宋体/仿宋 first, then the bundled font; forms/fonts.py).
    print_font: str = ""
    # Export defaults: the folder offered first ("" → removable drive or home), the ledger layout, masking.
    export_dir: str = ""
    export_layout: str = ""
    export_masked: bool = True
    deadline_profile: str = "national"  # a key of DEADLINE_PROFILES; periods may differ after editing

    def is_group(self, people_count: int) -> bool:
        return people_count >= self.group_threshold

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DeskSettings:
        """Tolerant: unknown keys are ignored and missing ones take defaults (older files)."""
        period_fields = {f.name for f in dataclasses.fields(DeadlinePeriods)}
        periods = DeadlinePeriods(**{k: v for k, v in dict(data.get("periods") or {}).items() if k in period_fields})
        own = {f.name for f in dataclasses.fields(cls)} - {"periods"}
        return cls(periods=periods, **{k: v for k, v in data.items() if k in own})
