"""The leader reception schedule (领导接访日程): dated lines and lines repeated on a weekday."""

from __future__ import annotations

import dataclasses
from datetime import date

from officedesk.domain.duty import ReceptionSlot
from officedesk.storage.database import Database
from officedesk.storage.errors import RecordNotFound, translated_errors
from officedesk.storage.row_codec import insert_record, select_record, select_records, to_row, update_record


class ReceptionRepo:
    def __init__(self, database: Database) -> None:
        self.conn = database.conn

    def between(self, first: date, last: date) -> list[ReceptionSlot]:
        """Dated lines in the period (by day), then the weekly lines (by weekday)."""
        return select_records(
            self.conn,
            ReceptionSlot,
            "SELECT * FROM reception_slots WHERE (day BETWEEN ? AND ?) OR weekday IS NOT NULL "
            "ORDER BY day IS NULL, day, weekday, time_range, id",
            (first.isoformat(), last.isoformat()),
        )

    def get(self, slot_id: int) -> ReceptionSlot:
        slot = select_record(self.conn, ReceptionSlot, "SELECT * FROM reception_slots WHERE id = ?", (slot_id,))
        if slot is None:
            raise RecordNotFound(f"接访安排不存在（编号 {slot_id}）")
        return slot

    def put(self, slot: ReceptionSlot) -> ReceptionSlot:
        row = to_row(slot, skip=("id",))
        with translated_errors():
            if slot.id is None:
                return dataclasses.replace(slot, id=insert_record(self.conn, "reception_slots", row))
            changed = update_record(self.conn, "reception_slots", {**row, "id": slot.id})
        if changed == 0:
            raise RecordNotFound(f"接访安排不存在（编号 {slot.id}）")
        return slot

    def delete(self, slot_id: int) -> None:
        with translated_errors():
            cur = self.conn.execute("DELETE FROM reception_slots WHERE id = ?", (slot_id,))
        if cur.rowcount == 0:
            raise RecordNotFound(f"接访安排不存在（编号 {slot_id}）")
