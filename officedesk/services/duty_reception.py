"""The leader reception schedule's lines (领导接访日程安排表, DOMAIN.md §4.5): save, delete, list; audited."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from officedesk.domain.duty import WEEKDAY_NAMES, ReceptionSlot
from officedesk.services.duty_errors import DutyRefused
from officedesk.services.settings_service import SettingsService
from officedesk.storage.database import Database
from officedesk.storage.reception_repo import ReceptionRepo


def _when(slot: ReceptionSlot) -> str:
    return slot.day.isoformat() if slot.day else WEEKDAY_NAMES[slot.weekday or 0]


class DutyReception:
    def __init__(self, database: Database, settings: SettingsService) -> None:
        self.database = database
        self.settings = settings
        self.repo = ReceptionRepo(database)

    def slots(self, first: date, last: date) -> list[ReceptionSlot]:
        return self.repo.between(first, last)

    def save(self, slot: ReceptionSlot) -> ReceptionSlot:
        slot = replace(slot, leader=slot.leader.strip(), standin=slot.standin.strip())
        if (slot.day is None) == (slot.weekday is None):
            raise DutyRefused("接访安排须填写日期，或每周的星期几（二者选一）")
        if slot.weekday is not None and not 0 <= slot.weekday <= 6:
            raise DutyRefused(f"星期应为星期一至星期日：{slot.weekday}")
        if not slot.leader:
            raise DutyRefused("请填写接访领导")
        if slot.standin == slot.leader:
            raise DutyRefused("补位领导不能与接访领导相同")
        with self.database.atomic():
            saved = self.repo.put(slot)
            assert saved.id is not None
            self.settings.log.write("reception", saved.id, "insert" if slot.id is None else "update", "", "",
                                    f"{_when(saved)} {saved.leader} 补位 {saved.standin}")  # fmt: skip
        return saved

    def delete(self, slot_id: int) -> None:
        with self.database.atomic():
            slot = self.repo.get(slot_id)
            self.repo.delete(slot_id)
            self.settings.log.write("reception", slot_id, "delete", "", f"{_when(slot)} {slot.leader}", "")
