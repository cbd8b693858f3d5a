"""The leader reception schedule drafted from the duty table (DOMAIN.md §4.5, "Beyond" item 5).

One line per working day: the day's duty leader receives, the next leader in the rotation stands in
(补位, as 桐城市 publishes it). Holidays and weekends are skipped ("Avoid holidays"); a 调休 Saturday
is a working day and gets its line.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from officedesk.domain.calendar import WorkCalendar
from officedesk.domain.duty import DutySlot, ReceptionSlot, RotationRules
from officedesk.domain.duty_people import StaffBook
from officedesk.domain.duty_periods import days_of


def _available(order: list[str], start: int, day: date, book: StaffBook, skip: str = "") -> str:
    for i in range(len(order)):
        name = order[(start + i) % len(order)]
        if name != skip and book.absence(name, day) is None:
            return name
    return ""


def draft_reception(
    first: date,
    last: date,
    slots: Mapping[date, DutySlot],
    rules: RotationRules,
    book: StaffBook,
    calendar: WorkCalendar,
    phone: str = "",
) -> list[ReceptionSlot]:
    """Unsaved dated lines (id None) for the working days of first..last."""
    order = [n for n in dict.fromkeys(n.strip() for n in rules.leader_order) if n]
    out: list[ReceptionSlot] = []
    for day in days_of(first, last):
        if not calendar.is_workday(day):
            continue
        slot = slots.get(day)
        leader = slot.leader if slot is not None and slot.leader else ""
        if not leader and order:
            # No duty leader that day: the rotation's own turn (by week, or by day), the first one present.
            turn = (day.toordinal() - 1) // 7 if rules.leaders_by_week else day.toordinal()  # ordinal 1 is a Monday
            leader = _available(order, turn % len(order), day, book)
        start = order.index(leader) + 1 if leader in order else 0
        standin = _available(order, start, day, book, skip=leader) if order else ""
        member = book.member(leader, day) if leader else None
        out.append(ReceptionSlot(None, day=day, leader=leader, leader_post=member.post if member else "",
                                 standin=standin, phone=phone))  # fmt: skip
    return out
