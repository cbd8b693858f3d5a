"""The leader reception schedule (领导接访日程): dated lines and lines repeated on a weekday."""

from __future__ import annotations

import dataclasses
from datetime import date

from officedesk.domain.duty import ReceptionSlot
from officedesk.storage.database import Database
from officedesk.storage.errors import RecordNotFound, translated_errors
from officedesk.storage.row_codec import from_row, to_row


class ReceptionRepo:
    def __init__(self, database: Database) -> None:
        self.conn = database.conn

    def between(self, first: date, last: date) -> list[ReceptionSlot]:
        """Dated lines in the period (by day), then the weekly lines (by weekday)."""
        cur = self.conn.execute(
            "SELECT * FROM reception_slots WHERE (day BETWEEN ? AND ?) OR weekday IS NOT NULL "
            "ORDER BY day IS NULL, day, weekday, time_range, id",
            (first.isoformat(), last.isoformat()),
        )
        names = [d[0] for d in cur.description]
        return [from_row(ReceptionSlot, dict(zip(names, r, strict=True))) for r in cur]

    def get(self, slot_id: int) -> ReceptionSlot:
        cur = self.conn.execute("SELECT * FROM reception_slots WHERE id = ?", (slot_id,))
        names = [d[0] for d in cur.description]
        row = cur.fetchone()
        if row is None:
            raise RecordNotFound(f"接访安排不存在（编号 {slot_id}）")
        return from_row(ReceptionSlot, dict(zip(names, row, strict=True)))

    def put(self, slot: ReceptionSlot) -> ReceptionSlot:
        row = to_row(slot, skip=("id",))
        with translated_errors():
            if slot.id is None:
                cur = self.conn.execute(
                    f"INSERT INTO reception_slots ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})", row
                )
                return dataclasses.replace(slot, id=int(cur.lastrowid or 0))
            sets = ", ".join(f"{k} = :{k}" for k in row)
            cur = self.conn.execute(f"UPDATE reception_slots SET {sets} WHERE id = :id", {**row, "id": slot.id})
        if cur.rowcount == 0:
            raise RecordNotFound(f"接访安排不存在（编号 {slot.id}）")
        return slot

    def delete(self, slot_id: int) -> None:
        with translated_errors():
            cur = self.conn.execute("DELETE FROM reception_slots WHERE id = ?", (slot_id,))
        if cur.rowcount == 0:
            raise RecordNotFound(f"接访安排不存在（编号 {slot_id}）")
