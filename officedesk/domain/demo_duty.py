"""Sample duty data (invented people and numbers): a bureau's staff list, its rotation rules, leaves, swaps,
November's duty log, and the printed table's settings. services/demo_service.py loads it."""

from __future__ import annotations

from datetime import date, datetime, time

from officedesk.domain.duty import (
    DailyReport,
    DutyLogEntry,
    DutyTableSettings,
    RotationRules,
    StaffMember,
    StaffRole,
)

FIRST = date(2026, 1, 1)
LAST = date(2027, 1, 31)

# The leaders are the 包案领导 of the demo ledger (demo_risks.py), so both screens name the same people.
STAFF = (
    StaffMember(None, "王建国", StaffRole.LEADER, "局长", "局领导", "13805561001", "0556-5123401"),
    StaffMember(None, "李卫东", StaffRole.LEADER, "副局长", "局领导", "13805561002", "0556-5123402"),
    StaffMember(None, "陈志强", StaffRole.LEADER, "副局长", "局领导", "13805561003", "0556-5123403"),
    StaffMember(None, "赵红梅", StaffRole.LEADER, "副局长", "局领导", "13805561004", "0556-5123404"),
    StaffMember(None, "周敏", StaffRole.STAFF, "办公室主任", "办公室", "13805562011"),
    StaffMember(None, "吴磊", StaffRole.STAFF, "科员", "办公室", "13805562012"),
    StaffMember(None, "郑芳", StaffRole.STAFF, "科员", "市场监管股", "13805562013"),
    StaffMember(None, "冯军", StaffRole.STAFF, "股长", "安全生产股", "13805562014"),
    StaffMember(None, "孙丽娟", StaffRole.STAFF, "科员", "商贸流通股", "13805562015"),
    StaffMember(None, "黄涛", StaffRole.STAFF, "科员", "综合执法大队", "13805562016"),
    StaffMember(None, "何静", StaffRole.STAFF, "科员", "办公室", "13805562017"),
    StaffMember(None, "马俊", StaffRole.STAFF, "科员", "安全生产股", "13805562018"),
)
LEADERS = tuple(m.name for m in STAFF if m.role == StaffRole.LEADER)
STAFF_NAMES = tuple(m.name for m in STAFF if m.role == StaffRole.STAFF)

# Ordinary weeks: one leader a week, one person a day. Holidays: leaders by the day in pairs, two people.
RULES = RotationRules(leader_order=LEADERS, staff_order=STAFF_NAMES, leaders_by_week=True, staff_per_day=1)
HOLIDAY_RULES = RotationRules(leader_order=LEADERS, staff_order=STAFF_NAMES, leaders_by_week=False,
                              staff_per_day=2, weekend_same_leader=True, max_consecutive_days=1)  # fmt: skip

TABLE = DutyTableSettings(duty_phone="0556-5123456", compiled_by="周敏", reviewed_by="王建国")

# (name, first, last, reason) — entered before the fill, so the rotation passes these people over.
LEAVES = (
    ("郑芳", date(2026, 3, 9), date(2026, 3, 13), "年休假"),
    ("李卫东", date(2026, 7, 20), date(2026, 7, 24), "外出学习"),
    ("黄涛", date(2026, 9, 28), date(2026, 10, 9), "婚假"),
    ("何静", date(2026, 11, 16), date(2026, 11, 20), "病假"),
    ("吴磊", date(2026, 12, 21), date(2026, 12, 25), "年休假"),
)

# (day, role, reason): the loader swaps that day's leader, or its first person, for the next one free.
SWAPS = (
    (date(2026, 2, 17), StaffRole.STAFF, "家中有事"),
    (date(2026, 6, 19), StaffRole.LEADER, "赴市里开会"),
    (date(2026, 11, 10), StaffRole.STAFF, "临时出差"),
    (date(2026, 12, 8), StaffRole.STAFF, "参加培训"),
)

APPROVER = "王建国"
SENT_VIA = "政务内网"
SENT_TO = "县政府总值班室"


def log_entries() -> tuple[DutyLogEntry, ...]:
    """A few days of November with something to report; every other day is a zero report."""
    return (
        DutyLogEntry(None, date(2026, 11, 5), "09:40", "来电", "城关镇群众来电反映建设路自来水管道破裂，部分居民停水",
                     "已通知县水务公司抢修，11时恢复供水", "带班领导李卫东", "09:50"),
        DutyLogEntry(None, date(2026, 11, 12), "15:20", "上级交办", "市信访局转来网上信访件1件，反映小区电梯长期故障",
                     "已交办市场监管股，限期5日内答复", "带班领导陈志强", "15:40"),
        DutyLogEntry(None, date(2026, 11, 18), "20:10", "来电", "河口镇某加油站附近有人焚烧秸秆，烟雾较大",
                     "已通知河口镇政府和消防救援站到场处置，21时明火扑灭", "县应急管理局值班室", "20:20"),
        DutyLogEntry(None, date(2026, 11, 18), "22:30", "巡查", "夜间巡查办公区，门窗水电正常", "无需处置"),
    )  # fmt: skip


def reports(first: date, last: date, logged: set[date], staff_of: dict[date, str]) -> list[DailyReport]:
    """Sent reports for first..last: zero reports on days without log entries (无事报平安)."""
    out = []
    day = first
    while day <= last:
        handover = "秸秆焚烧点次日复查" if day == date(2026, 11, 18) else ""
        out.append(DailyReport(day, zero=day not in logged, handover=handover,
                               sent_at=datetime.combine(day, time(9, 30)), sent_via=SENT_VIA, sent_to=SENT_TO,
                               sent_by=staff_of.get(day, "周敏")))  # fmt: skip
        day = date.fromordinal(day.toordinal() + 1)
    return out
