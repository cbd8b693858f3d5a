"""Duty slots (one row a day), their swaps (append-only history) and the duty settings kept as JSON rows."""

from __future__ import annotations

import dataclasses
import json
import typing
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from officedesk.domain.duty import DutySlot, DutySwap
from officedesk.storage.database import Database
from officedesk.storage.errors import translated_errors
from officedesk.storage.row_codec import insert_record, select_records, to_row

T = TypeVar("T")

_SLOT_COLUMNS = "day, leader, staff, phones, remarks, published_at"


def _stamp(at: datetime) -> str:
    return at.isoformat(sep=" ", timespec="seconds")


def _slot(row: Sequence[Any]) -> DutySlot:
    day, leader, staff, phones, remarks, published = row
    return DutySlot(
        date.fromisoformat(day),
        leader,
        tuple(json.loads(staff)),
        tuple(json.loads(phones)),
        remarks,
        datetime.fromisoformat(published) if published else None,
    )


class DutyRepo:
    def __init__(self, database: Database) -> None:
        self.conn = database.conn

    # --- slots --------------------------------------------------------------------------------
    def put_many(self, slots: Sequence[DutySlot], now: datetime) -> None:
        """Insert or replace the days' people; a day's published mark is kept (publish() sets it)."""
        rows = [
            (s.day.isoformat(), s.leader, json.dumps(list(s.staff), ensure_ascii=False),
             json.dumps(list(s.phones), ensure_ascii=False), s.remarks, _stamp(now))
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
            f"SELECT {_SLOT_COLUMNS} FROM duty_slots WHERE day BETWEEN ? AND ? ORDER BY day",
            (first.isoformat(), last.isoformat()),
        )
        return [_slot(r) for r in cur]

    def get(self, day: date) -> DutySlot | None:
        row = self.conn.execute(f"SELECT {_SLOT_COLUMNS} FROM duty_slots WHERE day = ?", (day.isoformat(),)).fetchone()
        return _slot(row) if row else None

    def existing_days(self, days: Sequence[date]) -> set[date]:
        cur = self.conn.execute(
            "SELECT day FROM duty_slots WHERE day IN (SELECT value FROM json_each(?))",
            (json.dumps([d.isoformat() for d in days]),),
        )
        return {date.fromisoformat(r[0]) for r in cur}

    def delete_days(self, days: Sequence[date]) -> int:
        with translated_errors():
            cur = self.conn.execute(
                "DELETE FROM duty_slots WHERE day IN (SELECT value FROM json_each(?))",
                (json.dumps([d.isoformat() for d in days]),),
            )
        return int(cur.rowcount)

    def publish(self, first: date, last: date, now: datetime) -> int:
        """Mark the period's days published; returns how many were not published before."""
        with translated_errors():
            cur = self.conn.execute(
                "UPDATE duty_slots SET published_at = ? WHERE day BETWEEN ? AND ? AND published_at IS NULL",
                (_stamp(now), first.isoformat(), last.isoformat()),
            )
        return int(cur.rowcount)

    def last_slot_day(self, before: date) -> date | None:
        row = self.conn.execute("SELECT max(day) FROM duty_slots WHERE day < ?", (before.isoformat(),)).fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    # --- swaps (append-only: the table has triggers) -------------------------------------------
    def add_swap(self, swap: DutySwap) -> DutySwap:
        with translated_errors():
            new_id = insert_record(self.conn, "duty_swaps", to_row(swap, skip=("id",)))
        return dataclasses.replace(swap, id=new_id)

    def swaps(self, first: date, last: date) -> list[DutySwap]:
        return select_records(
            self.conn, DutySwap, "SELECT * FROM duty_swaps WHERE day BETWEEN ? AND ? ORDER BY day, id",
            (first.isoformat(), last.isoformat()),
        )  # fmt: skip

    # --- settings rows ------------------------------------------------------------------------
    def load_settings(self, key: str, cls: type[T]) -> T | None:
        """A frozen dataclass saved under `key` in `settings`; None if never saved. Unknown keys are
        ignored and missing ones take defaults (an older file); lists come back as tuples."""
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        data = json.loads(row[0])
        hints = typing.get_type_hints(cls)
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            if f.name in data:
                value = data[f.name]
                values[f.name] = tuple(value) if typing.get_origin(hints[f.name]) is tuple else value
        return cls(**values)

    def save_settings(self, key: str, value: object) -> None:
        data = dataclasses.asdict(value)  # type: ignore[call-overload]
        with translated_errors():
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(data, ensure_ascii=False)),
            )

    def has_settings(self, key: str) -> bool:
        return self.conn.execute("SELECT 1 FROM settings WHERE key = ?", (key,)).fetchone() is not None
