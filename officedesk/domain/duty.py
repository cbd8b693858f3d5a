"""The duty roster (值班安排): one slot a day with its leader on duty and duty staff (DOMAIN §4.4)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DutySlot:
    day: date
    leader: str = ""  # 带班领导
    staff: tuple[str, ...] = ()  # 值班人员
    phones: tuple[str, ...] = ()  # 手机, in the order of leader then staff as the sheet gave them
    remarks: str = ""
