"""The duty table's use cases on a real database file: staff and leaves, the lock on published past days, swaps,
copy and clear, the rotation fill (holiday roster too), and the printed table (title, day kinds, masking)."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from officedesk.domain.calendar import DayKind
from officedesk.domain.duty import (
    ConflictKind,
    DutySlot,
    RotationRules,
    StaffLeave,
    StaffMember,
    StaffRole,
)
from officedesk.services.desk import Desk
from officedesk.services.duty_service import DutyRefused, DutyService

LEADERS = (("王建国", "局长"), ("李卫东", "副局长"), ("陈志强", "副局长"), ("赵红梅", "副局长"))
STAFF = ("周敏", "吴磊", "郑芳", "冯军", "孙丽娟", "黄涛")
PAST_WEEK = date(2026, 11, 9)  # a Monday before the fixed today, 2026-11-23
NEXT_WEEK = date(2026, 11, 30)


def mobile(n: int) -> str:
    return f"138{n:04d}5678"


@pytest.fixture
def duty(unit_desk: Desk) -> DutyService:
    d = unit_desk.duty
    for i, (name, post) in enumerate(LEADERS):
        d.save_staff(StaffMember(None, name, StaffRole.LEADER, post, mobile=mobile(i + 1)))
    for i, name in enumerate(STAFF):
        d.save_staff(StaffMember(None, name, StaffRole.STAFF, "科员", mobile=mobile(i + 11)))
    return d


def member(duty: DutyService, name: str) -> StaffMember:
    return next(m for m in duty.staff() if m.name == name)


def dump(desk: Desk) -> list[tuple[object, ...]]:
    """Everything the duty table holds, and the audit trail, to show a refusal wrote nothing."""
    conn = desk.database.conn
    return [*conn.execute("SELECT * FROM duty_slots ORDER BY day"), *conn.execute("SELECT * FROM duty_swaps"),
            (desk.settings.audit.count(),)]  # fmt: skip


# --- staff and leaves -----------------------------------------------------------------------------
def test_staff_list_keeps_rotation_order_and_refuses_duplicates_and_bad_phones(duty: DutyService) -> None:
    leaders = duty.staff(StaffRole.LEADER)
    assert [m.name for m in leaders] == [n for n, _ in LEADERS]
    assert [m.rotation_order for m in leaders] == [1, 2, 3, 4]
    assert duty.rotation_rules().staff_order == STAFF  # never saved: the staff list's own order
    with pytest.raises(DutyRefused, match="已有“周敏”"):
        duty.save_staff(StaffMember(None, " 周敏 ", StaffRole.STAFF))
    with pytest.raises(DutyRefused, match="手机"):
        duty.save_staff(StaffMember(None, "钱七", StaffRole.STAFF, mobile="12345"))
    with pytest.raises(DutyRefused, match="姓名"):
        duty.save_staff(StaffMember(None, "  ", StaffRole.STAFF))
    # A namesake is fine once the first one has left.
    zhou = member(duty, "周敏")
    assert zhou.id is not None
    duty.retire_staff(zhou.id, date(2026, 6, 30))
    duty.save_staff(StaffMember(None, "周敏", StaffRole.STAFF, active_from=date(2026, 7, 1)))
    assert [m.active_from for m in duty.staff(active_on=date(2026, 11, 23)) if m.name == "周敏"] == [date(2026, 7, 1)]
    assert [m.active_to for m in duty.staff(active_on=date(2026, 3, 1)) if m.name == "周敏"] == [date(2026, 6, 30)]


def test_staff_changes_and_leaves_are_audited(unit_desk: Desk, duty: DutyService) -> None:
    wu = member(duty, "吴磊")
    assert wu.id is not None
    duty.save_staff(StaffMember(wu.id, "吴磊", StaffRole.STAFF, "副主任", mobile=mobile(99), rotation_order=2))
    history = unit_desk.visits.audit.for_entity("staff", wu.id)
    assert ("post", "科员", "副主任") in {(h.field, h.before, h.after) for h in history}
    leave = duty.save_leave(StaffLeave(None, wu.id, date(2026, 12, 21), date(2026, 12, 25), "年休假"))
    assert leave.id is not None
    assert duty.leaves(date(2026, 12, 25), date(2026, 12, 31)) == [leave]
    assert duty.leaves(date(2026, 12, 26), date(2026, 12, 31)) == []
    with pytest.raises(DutyRefused, match="早于"):
        duty.save_leave(StaffLeave(None, wu.id, date(2026, 12, 21), date(2026, 12, 20)))
    duty.delete_leave(leave.id)
    assert duty.leaves() == []
    assert [h.action for h in unit_desk.visits.audit.for_entity("staff_leave", leave.id)] == ["insert", "delete"]


# --- save, publish, lock --------------------------------------------------------------------------
def test_a_published_past_day_refuses_edits_copy_and_clear_but_takes_a_swap(unit_desk: Desk, duty: DutyService) -> None:
    for i in range(7):
        duty.save_slot(DutySlot(PAST_WEEK + timedelta(days=i), "王建国", (STAFF[i % 6],)))
        duty.save_slot(DutySlot(NEXT_WEEK + timedelta(days=i), "李卫东", (STAFF[i % 6],)))
    assert duty.publish(PAST_WEEK, PAST_WEEK + timedelta(days=6)) == 7
    assert duty.publish(NEXT_WEEK, NEXT_WEEK + timedelta(days=6)) == 7
    assert duty.publish(PAST_WEEK, PAST_WEEK + timedelta(days=6)) == 0  # already published
    days = duty.days(PAST_WEEK, PAST_WEEK + timedelta(days=1))
    assert [d.locked for d in days] == [True, True]
    before = dump(unit_desk)
    with pytest.raises(DutyRefused, match="11月9日的值班表已发布且已过去"):
        duty.save_slot(DutySlot(PAST_WEEK, "陈志强", ("周敏",)))
    with pytest.raises(DutyRefused, match="等 7 天"):
        duty.clear(PAST_WEEK, PAST_WEEK + timedelta(days=13))
    with pytest.raises(DutyRefused, match="已发布"):
        duty.copy_week(NEXT_WEEK, PAST_WEEK)
    assert dump(unit_desk) == before
    # A published day still to come may change; so may today's unpublished neighbours.
    duty.save_slot(DutySlot(NEXT_WEEK, "陈志强", ("周敏", "吴磊")), reason="领导出差")
    assert duty.days(NEXT_WEEK, NEXT_WEEK)[0].slot.staff == ("周敏", "吴磊")
    assert not duty.days(NEXT_WEEK, NEXT_WEEK)[0].locked
    history = unit_desk.visits.audit.for_entity("duty", 20261130)
    assert ("leader", "李卫东", "陈志强（理由：领导出差）") in {(h.field, h.before, h.after) for h in history}
    swap = duty.swap(PAST_WEEK, StaffRole.STAFF, "周敏", "冯军", "王建国", "家中有事")
    assert swap.id is not None
    assert duty.days(PAST_WEEK, PAST_WEEK)[0].slot.staff == ("冯军",)
    assert duty.days(PAST_WEEK, PAST_WEEK)[0].locked  # still published


def test_swaps_are_history_printed_in_the_remarks(unit_desk: Desk, duty: DutyService) -> None:
    day = date(2026, 12, 2)
    duty.save_slot(DutySlot(day, "王建国", ("周敏", "吴磊"), remarks="含夜间巡查"))
    duty.swap(day, StaffRole.LEADER, "王建国", "李卫东", "王建国")
    duty.swap(day, StaffRole.STAFF, "吴磊", "郑芳", "李卫东", "出差")
    slot = duty.days(day, day)[0].slot
    assert (slot.leader, slot.staff) == ("李卫东", ("周敏", "郑芳"))
    assert [(s.from_name, s.to_name, s.approver) for s in duty.swaps(day, day)] == [
        ("王建国", "李卫东", "王建国"), ("吴磊", "郑芳", "李卫东")]  # fmt: skip
    row = duty.table(day, day).rows[0]
    assert row.remarks == "含夜间巡查；调班：王建国→李卫东（王建国批准）；调班：吴磊→郑芳（李卫东批准）"
    for bad, needle in [
        ((StaffRole.STAFF, "吴磊", "冯军", "王建国"), "没有吴磊"),
        ((StaffRole.LEADER, "王建国", "冯军", "王建国"), "不是王建国"),
        ((StaffRole.STAFF, "周敏", "冯军", " "), "批准人"),
        ((StaffRole.STAFF, "周敏", "郑芳", "王建国"), "已在值班"),
    ]:
        with pytest.raises(DutyRefused, match=needle):
            duty.swap(day, *bad)
    # The history is never rewritten, in the file itself.
    with pytest.raises(sqlite3.IntegrityError):
        unit_desk.database.conn.execute("UPDATE duty_swaps SET to_name = '冯军'")
    # Refilled, the day no longer prints the old swaps; the history still lists them.
    duty.save_slot(DutySlot(day, "陈志强", ("冯军",), remarks="含夜间巡查"))
    assert duty.table(day, day).rows[0].remarks == "含夜间巡查"
    assert duty.days(day, day)[0].swaps == () and len(duty.swaps(day, day)) == 2


def test_copy_week_and_clear(duty: DutyService) -> None:
    source = date(2026, 12, 7)
    for i in range(5):
        duty.save_slot(DutySlot(source + timedelta(days=i), LEADERS[i % 4][0], (STAFF[i],), remarks=f"备注{i}"))
    assert duty.copy_week(source, date(2026, 12, 14)) == 5
    copied = {d.slot.day: d.slot for d in duty.days(date(2026, 12, 14), date(2026, 12, 20))}
    assert copied[date(2026, 12, 16)] == DutySlot(date(2026, 12, 16), "陈志强", ("郑芳",), (), "备注2")
    assert copied[date(2026, 12, 19)].is_empty
    with pytest.raises(DutyRefused, match="星期一"):
        duty.copy_week(date(2026, 12, 8), date(2026, 12, 15))
    assert duty.clear(date(2026, 12, 14), date(2026, 12, 16)) == 3
    assert [d.slot.is_empty for d in duty.days(date(2026, 12, 14), date(2026, 12, 18))] == [True] * 3 + [False] * 2


def test_save_slot_keeps_imported_phones_with_their_people(duty: DutyService) -> None:
    day = date(2026, 12, 3)
    duty.save_slots([DutySlot(day, "王建国", ("周敏", "吴磊"), ("13911112222", "", "13933334444"))])
    assert duty.days(day, day)[0].staff_phones == (mobile(11), "13933334444")  # "" → the staff list
    duty.save_slot(DutySlot(day, "王建国", ("吴磊", "郑芳"), ("13911112222", "", "13933334444")))
    d = duty.days(day, day)[0]
    assert (d.leader_phone, d.staff_phones) == ("13911112222", ("13933334444", mobile(13)))


# --- fill -----------------------------------------------------------------------------------------
def test_fill_continues_the_rotation_keeps_filled_days_and_reports_leaves(duty: DutyService) -> None:
    zheng = member(duty, "郑芳")
    assert zheng.id is not None
    duty.save_leave(StaffLeave(None, zheng.id, date(2026, 12, 7), date(2026, 12, 9), "年休假"))
    first = duty.fill(date(2026, 11, 30), date(2026, 12, 6))
    assert [s.leader for s in first.slots] == ["王建国"] * 7
    assert [s.staff for s in first.slots][:2] == [("周敏",), ("吴磊",)]
    duty.save_slot(DutySlot(date(2026, 12, 10), "李卫东", ("黄涛",), remarks="已定"))
    second = duty.fill(date(2026, 12, 7), date(2026, 12, 13))
    assert date(2026, 12, 10) not in {s.day for s in second.slots}  # kept as it was
    assert {s.leader for s in second.slots} == {"李卫东"}  # the next leader's week
    on_duty = {s.day: s.staff for s in second.slots}
    assert on_duty[date(2026, 12, 7)] == ("吴磊",)  # after 12-06's 周敏
    assert on_duty[date(2026, 12, 8)] == ("冯军",)  # 郑芳's turn, and she is away
    assert all("郑芳" not in on_duty.get(date(2026, 12, d), ()) for d in (7, 8, 9))
    assert second.skipped and second.skipped[0].endswith("郑芳（年休假）")
    assert not [c for c in second.conflicts if c.kind == ConflictKind.ON_LEAVE]
    again = duty.fill(date(2026, 12, 7), date(2026, 12, 13), overwrite=True)
    assert len(again.slots) == 7
    assert duty.days(date(2026, 12, 10), date(2026, 12, 10))[0].slot.remarks == "已定"
    counts = duty.duty_counts(2026)
    assert counts["王建国"] == 7 and counts["李卫东"] == 7 and sum(counts.values()) == 28


def test_fill_never_touches_a_locked_day_and_refuses_without_people(unit_desk: Desk, duty: DutyService) -> None:
    duty.save_slot(DutySlot(PAST_WEEK, "赵红梅", ("黄涛",)))
    duty.publish(PAST_WEEK, PAST_WEEK)
    result = duty.fill(PAST_WEEK, PAST_WEEK + timedelta(days=2), overwrite=True)
    assert [s.day for s in result.slots] == [PAST_WEEK + timedelta(days=1), PAST_WEEK + timedelta(days=2)]
    assert duty.days(PAST_WEEK, PAST_WEEK)[0].slot.leader == "赵红梅"
    empty = Desk.open(unit_desk.database.path.with_name("empty.db"), unit_desk.clock)  # type: ignore[union-attr]
    try:
        with pytest.raises(DutyRefused, match="人员名单"):
            empty.duty.fill(date(2026, 12, 1), date(2026, 12, 7))
    finally:
        empty.close()


def test_holiday_roster_fills_the_spring_festival_with_its_own_rules(duty: DutyService) -> None:
    assert duty.rotation_rules(holiday=True) == duty.rotation_rules()  # none saved: the normal ones
    holiday = RotationRules(leader_order=("王建国", "李卫东"), staff_order=STAFF, leaders_by_week=False,
                            staff_per_day=2)  # fmt: skip
    duty.save_rotation_rules(RotationRules(leader_order=tuple(n for n, _ in LEADERS), staff_order=STAFF))
    duty.save_rotation_rules(holiday, holiday=True)
    assert duty.rotation_rules(holiday=True) == holiday
    result = duty.fill(date(2026, 2, 9), date(2026, 3, 1))
    by_day = {s.day: s for s in result.slots}
    festival = [date(2026, 2, 15) + timedelta(days=i) for i in range(9)]
    assert all(len(by_day[d].staff) == 2 and by_day[d].leader in ("王建国", "李卫东") for d in festival)
    # 休息日带班领导两天同人 on the holiday roster: 15/16, 17/18, 19/20, 21/22, then 23 alone. 王建国 held
    # ISO week 7 up to 2-14 on the normal roster, so he rests first: one person, one run, whatever the roster.
    assert [by_day[d].leader for d in festival] == ["李卫东"] * 2 + ["王建国"] * 2 + ["李卫东"] * 2 + ["王建国"] * 2 + [
        "李卫东"]  # fmt: skip
    assert by_day[date(2026, 2, 14)].leader == "王建国"
    assert len(by_day[date(2026, 2, 14)].staff) == 1  # a worked Saturday is on the normal roster
    # ISO week 8 is all holiday (the holiday roster's): the normal roster's next leader takes week 9.
    assert by_day[date(2026, 2, 24)].leader == "李卫东"
    assert not [c for c in result.conflicts if c.kind == ConflictKind.CONSECUTIVE]
    with pytest.raises(DutyRefused, match="重复"):
        duty.save_rotation_rules(RotationRules(staff_order=("周敏", "周敏")))


# --- the printed table ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("first", "last", "title"),
    [
        (date(2026, 2, 15), date(2026, 2, 23), "2026年春节值班安排表"),
        (date(2026, 2, 14), date(2026, 2, 28), "2026年春节值班安排表"),  # with its worked Saturdays
        (date(2026, 2, 16), date(2026, 2, 22), "值班安排表"),  # ISO week 8: part of the holiday
        (date(2026, 9, 30), date(2026, 10, 8), "2026年国庆节值班安排表"),
        (date(2026, 9, 21), date(2026, 10, 8), "值班安排表"),  # 中秋节 and 国庆节
        (date(2026, 11, 23), date(2026, 11, 29), "值班安排表"),
    ],
)
def test_table_title(duty: DutyService, first: date, last: date, title: str) -> None:
    assert duty.table(first, last).title == title


def test_table_rows_day_kinds_holidays_masking(unit_desk: Desk, duty: DutyService) -> None:
    duty.fill(date(2026, 2, 9), date(2026, 3, 1))
    table = duty.table(date(2026, 2, 13), date(2026, 2, 24))
    kinds = {r.day: (r.weekday, r.day_kind, r.holiday_name) for r in table.rows}
    assert kinds[date(2026, 2, 13)] == ("星期五", DayKind.WORKDAY, "")
    assert kinds[date(2026, 2, 14)] == ("星期六", DayKind.MAKEUP_WORKDAY, "春节")
    assert kinds[date(2026, 2, 15)] == ("星期日", DayKind.HOLIDAY, "春节")
    assert kinds[date(2026, 2, 24)] == ("星期二", DayKind.WORKDAY, "")
    assert len(table.rows) == 12 and table.office_name == unit_desk.settings.settings.office_name
    row = table.rows[0]
    assert row.leader is not None and (row.leader.name, row.leader.post, row.leader.mobile) == (
        "王建国", "局长", "138****5678")  # fmt: skip
    assert all("****" in p.mobile for r in table.rows for p in r.staff)
    full = duty.table(date(2026, 2, 13), date(2026, 2, 13), unmasked=True).rows[0]
    assert full.leader is not None and full.leader.mobile == mobile(1)
    assert duty.table(date(2026, 2, 13), date(2026, 2, 13), title=" 春节前值班表 ").title == "春节前值班表"
    with pytest.raises(DutyRefused, match="早于"):
        duty.table(date(2026, 2, 13), date(2026, 2, 1))


def test_import_plan_and_commit_refuse_a_locked_day(tmp_path: object, duty: DutyService) -> None:
    from pathlib import Path

    from openpyxl import Workbook

    sheet = Path(str(tmp_path)) / "值班表.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["2026年11月值班安排表"])
    ws.append(["日期", "带班领导", "值班人员", "手机"])
    ws.append(["2026-11-10", "王建国", "周敏、吴磊", "13800000001"])
    wb.save(sheet)
    plan = duty.plan_import(sheet)
    assert plan.replaced_days == ()
    assert duty.commit_import(plan) == 1
    duty.publish(date(2026, 11, 10), date(2026, 11, 10))
    plan = duty.plan_import(sheet)
    assert plan.replaced_days == (date(2026, 11, 10),)
    with pytest.raises(DutyRefused, match="导入覆盖"):
        duty.commit_import(plan)
