"""What the printed duty table, daily report and reception schedule show: assembled by the duty service
from slots, the staff list, swaps and the calendar, and read by forms/ (PDF), exchange/ (xlsx) and ui/."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from officedesk.domain.calendar import DayKind
from officedesk.domain.duty import DailyReport, DutyLogEntry, DutyTableSettings, ReceptionSlot

MISSING_PHONE = "—"  # a person without a phone keeps their line in the 手机 column


@dataclass(frozen=True)
class DutyPerson:
    name: str
    post: str = ""
    mobile: str = ""  # masked or not as the caller asked

    def text(self, one_line: bool = True) -> str:
        """ "王建国（副局长）", or the post on a line of its own when the column is too narrow for both."""
        if not self.post:
            return self.name
        return f"{self.name}（{self.post}）" if one_line else f"{self.name}\n{self.post}"


@dataclass(frozen=True)
class DutyTableRow:
    day: date
    weekday: str  # 星期一 …
    day_kind: str  # DayKind label: 工作日 / 周末 / 法定节假日 / 调休上班
    holiday_name: str  # "春节" on holiday rows and on make-up workdays, else ""
    leader: DutyPerson | None
    staff: tuple[DutyPerson, ...]
    remarks: str  # the slot's 备注 followed by its swaps' remarks, "；"-joined
    published: bool = False

    @property
    def holiday_label(self) -> str:
        """ "春节" on a holiday row, "春节调休上班" on its make-up workday, "" otherwise."""
        if self.day_kind == DayKind.MAKEUP_WORKDAY:
            return f"{self.holiday_name}{DayKind.MAKEUP_WORKDAY}"
        return self.holiday_name if self.day_kind == DayKind.HOLIDAY else ""

    @property
    def remarks_text(self) -> str:
        """The holiday's name, then the slot's 备注 and swaps, each on its own line."""
        return "\n".join(part for part in (self.holiday_label, self.remarks) if part)

    @property
    def phones_text(self) -> str:
        """The leader's mobile, then each staff member's, one a line in the order of the names."""
        people = ([self.leader] if self.leader else []) + list(self.staff)
        if not any(p.mobile for p in people):
            return ""
        return "\n".join(p.mobile or MISSING_PHONE for p in people)


@dataclass(frozen=True)
class DutyTable:
    """The 值班安排表 of one period (a week, a month, or a holiday such as 春节)."""

    office_name: str
    title: str  # "值班安排表" or "2026年春节值班安排表"
    first: date
    last: date
    rows: tuple[DutyTableRow, ...]
    settings: DutyTableSettings

    @property
    def period_text(self) -> str:
        """"2026年2月16日—2月22日" (the year repeated only when the period crosses one)."""
        tail = f"{self.last.month}月{self.last.day}日"
        if self.last.year != self.first.year:
            tail = f"{self.last.year}年{tail}"
        return f"{self.first.year}年{self.first.month}月{self.first.day}日—{tail}"


@dataclass(frozen=True)
class DailyReportSheet:
    """The 值班日报告 of one day (DOMAIN.md §4.6)."""

    office_name: str
    report: DailyReport
    period: str  # the report's own period, or the settings' default
    leader: DutyPerson | None
    staff: tuple[DutyPerson, ...]
    duty_phone: str
    entries: tuple[DutyLogEntry, ...]  # empty and report.zero → the zero-report sentence
    visit_batches: int  # 信访情况: 批次 / 人次 registered that day
    visit_people: int
    group_visits: int  # 集体访 批次
    new_risks: tuple[str, ...]  # 安全生产 / 隐患: one line per ledger line found that day
    printed_at: datetime


@dataclass(frozen=True)
class ReceptionSchedule:
    """The 领导接访日程安排表 (DOMAIN.md §4.5 and the 附件1 shape: 时间 | 地点 | 接访领导 …)."""

    office_name: str
    first: date
    last: date
    slots: tuple[ReceptionSlot, ...]
    notes: tuple[str, ...]  # 注: "本日程安排自…起，至…止" is added by the form from first/last
