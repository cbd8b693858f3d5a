"""Duty slots: one row a day."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime

from officedesk.domain.duty import DutySlot
from officedesk.storage.database import Database
from officedesk.storage.errors import translated_errors


class DutyRepo:
    def __init__(self, database: Database) -> None:
        self.conn = database.conn

    def put_many(self, slots: Sequence[DutySlot], now: datetime) -> None:
        rows = [
            (s.day.isoformat(), s.leader, json.dumps(list(s.staff), ensure_ascii=False),
             json.dumps(list(s.phones), ensure_ascii=False), s.remarks, now.isoformat(sep=" ", timespec="seconds"))
            for s in slots
        ]  # fmt: skip
        with translated_errors():
            self.conn.executemany(
                "INSERT INTO duty_slots (day, leader, staff, phones, remarks, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(day) DO UPDATE SET leader = excluded.leader, staff = excluded.staff, "
                "phones = excluded.phones, remarks = excluded.remarks, updated_at = excluded.updated_at",
                rows,
            )

    def between(self, first: date, last: date) -> list[DutySlot]:
        cur = self.conn.execute(
            "SELECT day, leader, staff, phones, remarks FROM duty_slots WHERE day BETWEEN ? AND ? ORDER BY day",
            (first.isoformat(), last.isoformat()),
        )
        return [
            DutySlot(date.fromisoformat(d), leader, tuple(json.loads(staff)), tuple(json.loads(phones)), remarks)
            for d, leader, staff, phones, remarks in cur
        ]

    def existing_days(self, days: Sequence[date]) -> set[date]:
        cur = self.conn.execute(
            "SELECT day FROM duty_slots WHERE day IN (SELECT value FROM json_each(?))",
            (json.dumps([d.isoformat() for d in days]),),
        )
        return {date.fromisoformat(r[0]) for r in cur}
