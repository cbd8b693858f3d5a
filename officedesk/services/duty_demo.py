"""Sample duty data through the duty service's own rules: staff, leaves, rules, the rota, swaps, November's
log and zero reports, and the reception schedule (demo_service.load_demo_duty marks it as demo data)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from officedesk.domain import demo_duty as data
from officedesk.domain.duty import StaffLeave, StaffRole
from officedesk.services.duty_service import DutyService


def _month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def add_demo_duty(duty: DutyService, today: date) -> int:
    """Add the sample duty data (call inside one transaction). Returns the days filled; 0 when the desk
    already has a staff list (the demo never mixes with the office's own people)."""
    if duty.staff():
        return 0
    ids = {m.name: duty.save_staff(m).id for m in data.STAFF}
    for name, first, last, reason in data.LEAVES:
        duty.save_leave(StaffLeave(None, int(ids[name] or 0), first, last, reason))
    duty.save_rotation_rules(data.RULES)
    duty.save_rotation_rules(data.HOLIDAY_RULES, holiday=True)
    duty.save_table_settings(data.TABLE)
    filled = duty.fill(data.FIRST, data.LAST)
    # Weeks before this one were printed and posted: they are published, and change only by swap.
    published_to = min(today - timedelta(days=today.weekday() + 1), data.LAST)
    if published_to >= data.FIRST:
        duty.publish(data.FIRST, published_to)
    for day, role, reason in data.SWAPS:
        _swap(duty, day, role, reason)
    logged = set()
    for entry in data.log_entries():
        if entry.day <= today:
            duty.save_log_entry(entry)
            logged.add(entry.day)
    november = date(2026, 11, 1)
    last_sent = min(today - timedelta(days=1), date(2026, 11, 30))
    if last_sent >= november:
        staff_of = {s.day: s.staff[0] for s in duty.between(november, last_sent) if s.staff}
        for report in data.reports(november, last_sent, logged, staff_of):
            duty.save_report(report)
    month = today.replace(day=1) if data.FIRST <= today <= data.LAST else date(2026, 11, 1)
    for slot in duty.draft_reception(month, _month_end(_month_end(month) + timedelta(days=1))):
        duty.save_reception_slot(replace(slot, accompany="办公室"))
    return len(filled.slots)


def _swap(duty: DutyService, day: date, role: str, reason: str) -> None:
    around = {s.day: s for s in duty.between(day - timedelta(days=1), day + timedelta(days=1))}
    slot = around.get(day)
    if slot is None:
        return
    # Someone free that day and not on duty the day before or after (no two days running).
    neighbours = {n for d in (day - timedelta(days=1), day + timedelta(days=1)) if d in around
                  for n in (around[d].leader, *around[d].staff)}  # fmt: skip
    order = data.LEADERS if role == StaffRole.LEADER else data.STAFF_NAMES
    current = slot.leader if role == StaffRole.LEADER else (slot.staff[0] if slot.staff else "")
    busy = {slot.leader, *slot.staff} | (neighbours if role == StaffRole.STAFF else set())
    book = duty.people.book()
    free = [n for n in order if n not in busy and book.absence(n, day) is None]
    if not current or not free:
        return
    start = order.index(current) + 1 if current in order else 0
    to_name = min(free, key=lambda n: (order.index(n) - start) % len(order))
    approver = data.APPROVER if current != data.APPROVER else data.LEADERS[1]
    duty.swap(day, role, current, to_name, approver, reason)
