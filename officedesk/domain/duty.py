"""Duty (值班): staff, the daily slot, swaps, rotation rules, conflicts, the duty log and daily report,
and the leader reception schedule (DOMAIN.md §3.3, §4.4–§4.6).

Names, not ids, are what a slot holds: offices import rosters typed in Excel, and a name typed there
must survive even when the staff list does not know it yet (a conflict says so instead).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import ClassVar


class StaffRole:
    LEADER = "leader"  # 带班领导
    STAFF = "staff"  # 值班人员
    ALL = (LEADER, STAFF)
    LABELS: ClassVar[dict[str, str]] = {LEADER: "带班领导", STAFF: "值班人员"}


@dataclass(frozen=True)
class StaffMember:
    """One person of the staff list (DOMAIN.md §4.4: 姓名 / 职务 / 手机)."""

    id: int | None
    name: str
    role: str = StaffRole.STAFF
    post: str = ""  # 职务, e.g. 副局长
    unit: str = ""  # 科室 / 单位
    mobile: str = ""
    office_phone: str = ""
    active_from: date | None = None
    active_to: date | None = None  # last day on the list (transferred, retired)
    rotation_order: int = 0  # place in the rotation; ties by id

    def is_active(self, day: date) -> bool:
        if self.active_from is not None and day < self.active_from:
            return False
        return self.active_to is None or day <= self.active_to


@dataclass(frozen=True)
class StaffLeave:
    """A person away (休假, 出差 as a reason text only): the rotation skips them, conflicts flag them."""

    id: int | None
    staff_id: int
    first: date
    last: date
    reason: str = ""

    def covers(self, day: date) -> bool:
        return self.first <= day <= self.last


@dataclass(frozen=True)
class DutySlot:
    """One day of the duty table."""

    day: date
    leader: str = ""  # 带班领导
    staff: tuple[str, ...] = ()  # 值班人员, one or more
    phones: tuple[str, ...] = ()  # 手机 as an imported sheet gave them (leader first); empty → staff list
    remarks: str = ""  # 备注, free text; swaps are appended when printed
    published_at: datetime | None = None  # printed/exported as final; a past published day changes only by swap

    @property
    def is_empty(self) -> bool:
        return not self.leader and not self.staff


@dataclass(frozen=True)
class DutySwap:
    """调班 / 替班: on `day`, `to_name` takes `from_name`'s place as leader or staff."""

    id: int | None
    day: date
    role: str  # StaffRole
    from_name: str
    to_name: str
    approver: str  # 批准人
    recorded_at: datetime
    reason: str = ""

    def remark(self) -> str:
        """The 备注 text printed on the duty table, e.g. "调班：张三→李四（王建国批准）"."""
        return f"调班：{self.from_name}→{self.to_name}（{self.approver}批准）"


@dataclass(frozen=True)
class RotationRules:
    """How a period is filled automatically (DOMAIN.md §4.4 "rules the user can configure")."""

    leader_order: tuple[str, ...] = ()  # names, in rotation order
    staff_order: tuple[str, ...] = ()
    leaders_by_week: bool = True  # a leader holds a whole ISO week (offices do); False → daily
    staff_per_day: int = 1
    weekend_same_leader: bool = True  # 休息日带班领导两天同人 (only matters when leaders rotate daily)
    max_consecutive_days: int = 1  # a staff member on duty more days running than this is a conflict
    holiday_leader_required: bool = True  # a rest day (holiday or weekend) without a leader is a conflict


class ConflictKind:
    EMPTY = "empty"  # no leader or no staff
    INACTIVE = "inactive"  # not on the staff list that day (left, not yet started, unknown name)
    ON_LEAVE = "on_leave"
    CONSECUTIVE = "consecutive"  # more days running than the rules allow
    NO_HOLIDAY_LEADER = "no_holiday_leader"
    ALL = (EMPTY, INACTIVE, ON_LEAVE, CONSECUTIVE, NO_HOLIDAY_LEADER)


@dataclass(frozen=True)
class DutyConflict:
    day: date
    kind: str  # ConflictKind
    message: str  # Chinese, shown as-is: "12月24日 值班人员张三已休假（年休假）"
    name: str = ""


@dataclass(frozen=True)
class DutyLogEntry:
    """One entry of a day's duty log (DOMAIN.md §4.6 情况: 时间 / 来源 / 事项 / 处置 / 已报告对象及时间)."""

    id: int | None
    day: date
    time: str  # "14:20"
    source: str  # 来电 / 来访 / 上级交办 / 台账 …
    matter: str
    action: str = ""  # 处置
    reported_to: str = ""  # 已报告对象
    reported_at: str = ""  # 及时间, as typed ("15:00")
    origin: str = ""  # "visit:12" / "risk:7" when drafted from the register or ledger; "" when typed


@dataclass(frozen=True)
class DailyReport:
    """The day's report sheet (值班日报告); `zero` marks "本时段内无异常情况（零报告）"."""

    day: date
    period: str = ""  # 报告时段, e.g. "前日17:30—当日8:30"; "" → the settings' default
    zero: bool = False
    handover: str = ""  # 交接事项
    sent_at: datetime | None = None
    sent_via: str = ""  # 报送方式: 传真 / 电话 / 政务内网 / 当面
    sent_to: str = ""
    sent_by: str = ""


ZERO_REPORT_SENTENCE = "本时段内无异常情况（零报告）"


@dataclass(frozen=True)
class ReceptionSlot:
    """One line of the 领导接访日程安排表 (DOMAIN.md §4.5): a date, or a weekday repeated each week."""

    id: int | None
    day: date | None = None
    weekday: int | None = None  # 0 = 星期一 … 4 = 星期五 when the schedule repeats weekly
    time_range: str = "8:00—11:00"
    place: str = "办公室"
    leader: str = ""
    leader_post: str = ""
    standin: str = ""  # 补位领导
    phone: str = ""  # 预约电话
    accompany: str = ""  # 陪同科室 / 人员
    remarks: str = ""


@dataclass(frozen=True)
class DutyTableSettings:
    """The office's printed duty table: header and footnotes (editable; DOMAIN.md "as offices post them")."""

    duty_phone: str = ""  # 值班电话
    duty_hours: str = "08:30—次日08:30"  # 值班时段
    report_time: str = "10:00"  # 每日上午10时前报送
    report_period: str = "前日17:30—当日8:30"
    compiled_by: str = ""  # 制表人
    reviewed_by: str = ""  # 审核领导
    footnotes: tuple[str, ...] = field(
        default=(
            "元旦、春节及其他法定节假日期间值班人员以节假日值班安排为准，相关上报工作由节假日值班人员完成。",
            "值班时间要求24小时有人在岗，保证24小时通信畅通，保证交办事务第一时间办理、突发事件第一时间处置。",
            "实行“日报告”制度，有事报事、无事报平安，每日上午10时前报送值班情况。",
        )
    )
    reception_notes: tuple[str, ...] = ("元旦、春节期间，接访领导按春节值班安排执行。",)


WEEKDAY_NAMES = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
