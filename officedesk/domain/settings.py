"""The office's settings that rules depend on: periods (provinces shorten some), thresholds, names."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class DeadlinePeriods:
    """Every period of 信访工作条例 as a setting (DOMAIN.md §3.1; 浙江/山东/北京 shorten some)."""

    accept_notice_days: int = 15  # 第二十三条: 书面告知 within 15日 of receipt
    # True: accept_notice_days counts 个工作日, not 日 (浙江省信访条例 第二十条: 5个工作日).
    accept_notice_workdays: bool = False
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

    def with_profile(self, key: str) -> DeskSettings:
        """The settings with a province's periods (DEADLINE_PROFILES); each period stays editable afterwards.

        `roll_to_workday` is kept: it comes from 民法典 第二百零三条, which no province changes.
        """
        profile = DEADLINE_PROFILES[key]
        periods = dataclasses.replace(profile.periods, roll_to_workday=self.periods.roll_to_workday)
        return dataclasses.replace(self, periods=periods, deadline_profile=key)

    def follows_profile(self) -> bool:
        """Whether the periods are still exactly those of `deadline_profile` (False once one was edited)."""
        profile = DEADLINE_PROFILES.get(self.deadline_profile)
        if profile is None:
            return False
        return dataclasses.replace(profile.periods, roll_to_workday=self.periods.roll_to_workday) == self.periods

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


@dataclass(frozen=True)
class DeadlineProfile:
    """A province's periods: the national 信访工作条例 with what its own regulation shortens (DOMAIN.md §3.1).

    `unchanged` names the provincial rules that set a period the desk does not track (so it is not here).
    """

    key: str
    regulation: str  # the regulation's name, as printed
    periods: DeadlinePeriods
    changed: tuple[str, ...] = ()  # DeadlinePeriods fields that differ from the national ones
    untracked: tuple[str, ...] = ()  # the province's other periods, for the clerk to know


NATIONAL = "national"

# Only what the provincial text supports is changed (DOMAIN.md §3.1 "Local variations"); every other
# period is the national one. Each profile is a starting point: every period stays editable in Settings.
DEADLINE_PROFILES: dict[str, DeadlineProfile] = {
    # 信访工作条例 (2022): §23 15日 / 5个工作日, §34 60日 + 30日, §35 and §36 30日 / 30日.
    NATIONAL: DeadlineProfile(NATIONAL, "信访工作条例", DeadlinePeriods()),
    # 浙江省信访条例 第二十条: a matter is dealt with within 5个工作日, and a matter transferred in is decided
    # within 5个工作日 (DOMAIN.md §3.1). Read as the intake decision and its notice, i.e. the clock national
    # §23 sets at 15日: here 5 working days. Nothing else is shortened by the text.
    "zhejiang": DeadlineProfile(
        "zhejiang",
        "浙江省信访条例",
        DeadlinePeriods(accept_notice_days=5, accept_notice_workdays=True),
        changed=("accept_notice_days", "accept_notice_workdays"),
    ),
    # 山东省信访条例 第四十三条、第四十四条: whether a 复查/复核 request is accepted is decided within 3个工作日
    # (a step the desk does not clock); the opinion is due within 30日, as nationally (§35, §36).
    "shandong": DeadlineProfile(
        "shandong",
        "山东省信访条例",
        DeadlinePeriods(),
        untracked=("第四十三条、第四十四条：复查、复核申请3个工作日内决定是否受理",),
    ),
    # 北京市信访条例: an objection (not in remit) within 5个工作日, as §23 nationally; 3个工作日 to explain why a
    # suggestion was not adopted (not clocked by the desk).
    "beijing": DeadlineProfile(
        "beijing",
        "北京市信访条例",
        DeadlinePeriods(),
        untracked=("建议意见类事项未采纳的，3个工作日内说明理由",),
    ),
}
