"""Who can be on duty on a day: the staff list and its leaves looked up by name (DOMAIN.md §4.4).

Slots hold names (see duty.py), so every rule that asks "is this person here that day?" goes through
`StaffBook`: the rotation to pass someone over, the conflict check to flag them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from officedesk.domain.duty import ConflictKind, StaffLeave, StaffMember

UNKNOWN = "不在人员名单"
NOT_STARTED = "尚未到岗"
LEFT = "已离岗"
ON_LEAVE = "休假"  # a leave typed without a reason


def month_day(day: date) -> str:
    """ "12月24日", as the duty table and its messages write a day."""
    return f"{day.month}月{day.day}日"


@dataclass(frozen=True)
class Absence:
    """Why a name cannot be on duty that day."""

    kind: str  # ConflictKind.INACTIVE or ConflictKind.ON_LEAVE
    reason: str  # "年休假", "已离岗", "不在人员名单" …
    member: StaffMember | None = None
    leave: StaffLeave | None = None


class StaffBook:
    """The staff list and leaves, indexed for the day-by-day questions of the rotation and the conflicts."""

    def __init__(self, staff: Iterable[StaffMember], leaves: Iterable[StaffLeave] = ()) -> None:
        self._by_name: dict[str, list[StaffMember]] = {}
        for member in staff:
            self._by_name.setdefault(member.name.strip(), []).append(member)
        self._leaves: dict[int, list[StaffLeave]] = {}
        for leave in leaves:
            self._leaves.setdefault(leave.staff_id, []).append(leave)

    def knows(self, name: str) -> bool:
        return name.strip() in self._by_name

    def member(self, name: str, day: date | None = None) -> StaffMember | None:
        """The person of that name: the one active that day, else the most recent one on the list."""
        found = self._by_name.get(name.strip(), [])
        if day is not None:
            for member in found:
                if member.is_active(day):
                    return member
        return max(found, key=lambda m: (m.active_to or date.max, m.id or 0), default=None)

    def leave_on(self, member: StaffMember, day: date) -> StaffLeave | None:
        if member.id is None:
            return None
        return next((lv for lv in self._leaves.get(member.id, ()) if lv.covers(day)), None)

    def absence(self, name: str, day: date) -> Absence | None:
        """None when `name` is on the list, active and not on leave that day."""
        member = self.member(name, day)
        if member is None:
            return Absence(ConflictKind.INACTIVE, UNKNOWN)
        if not member.is_active(day):
            started = member.active_from is None or day >= member.active_from
            return Absence(ConflictKind.INACTIVE, LEFT if started else NOT_STARTED, member)
        leave = self.leave_on(member, day)
        if leave is not None:
            return Absence(ConflictKind.ON_LEAVE, leave.reason.strip() or ON_LEAVE, member, leave)
        return None

    def active_within(self, name: str, first: date, last: date) -> bool:
        """Whether the person is on the list on some day of the period (a rotation keeps only those)."""
        for member in self._by_name.get(name.strip(), []):
            starts = member.active_from or date.min
            ends = member.active_to or date.max
            if starts <= last and ends >= first:
                return True
        return False
