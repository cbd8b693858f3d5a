"""The staff list (people are never deleted, only given a last day) and their leaves."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from officedesk.domain.duty import StaffLeave, StaffMember
from officedesk.storage.database import Database
from officedesk.storage.errors import RecordNotFound, translated_errors
from officedesk.storage.row_codec import from_row, to_row

_STAFF_ORDER = "rotation_order, id"


class StaffRepo:
    def __init__(self, database: Database) -> None:
        self.conn = database.conn

    def _members(self, sql: str, params: Any = ()) -> list[StaffMember]:
        cur = self.conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [from_row(StaffMember, dict(zip(names, r, strict=True))) for r in cur]

    # --- staff --------------------------------------------------------------------------------
    def all(self) -> list[StaffMember]:
        return self._members(f"SELECT * FROM staff ORDER BY {_STAFF_ORDER}")

    def get(self, staff_id: int) -> StaffMember:
        found = self._members("SELECT * FROM staff WHERE id = ?", (staff_id,))
        if not found:
            raise RecordNotFound(f"人员不存在（编号 {staff_id}）")
        return found[0]

    def named(self, name: str) -> list[StaffMember]:
        return self._members(f"SELECT * FROM staff WHERE name = ? ORDER BY {_STAFF_ORDER}", (name,))

    def next_order(self, role: str) -> int:
        row = self.conn.execute("SELECT coalesce(max(rotation_order), 0) + 1 FROM staff WHERE role = ?", (role,))
        return int(row.fetchone()[0])

    def insert(self, member: StaffMember) -> StaffMember:
        row = to_row(member, skip=("id",))
        with translated_errors():
            cur = self.conn.execute(
                f"INSERT INTO staff ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})", row
            )
        return dataclasses.replace(member, id=int(cur.lastrowid or 0))

    def update(self, member: StaffMember) -> StaffMember:
        row = to_row(member)
        sets = ", ".join(f"{k} = :{k}" for k in row if k != "id")
        with translated_errors():
            cur = self.conn.execute(f"UPDATE staff SET {sets} WHERE id = :id", row)
        if cur.rowcount == 0:
            raise RecordNotFound(f"人员不存在（编号 {member.id}）")
        return member

    # --- leaves -------------------------------------------------------------------------------
    def leaves(self, first: date | None = None, last: date | None = None) -> list[StaffLeave]:
        """Leaves overlapping first..last (all of them when open-ended)."""
        cur = self.conn.execute(
            "SELECT * FROM staff_leaves WHERE last >= ? AND first <= ? ORDER BY first, id",
            ((first or date.min).isoformat(), (last or date.max).isoformat()),
        )
        names = [d[0] for d in cur.description]
        return [from_row(StaffLeave, dict(zip(names, r, strict=True))) for r in cur]

    def get_leave(self, leave_id: int) -> StaffLeave:
        cur = self.conn.execute("SELECT * FROM staff_leaves WHERE id = ?", (leave_id,))
        names = [d[0] for d in cur.description]
        row = cur.fetchone()
        if row is None:
            raise RecordNotFound(f"休假记录不存在（编号 {leave_id}）")
        return from_row(StaffLeave, dict(zip(names, row, strict=True)))

    def put_leave(self, leave: StaffLeave) -> StaffLeave:
        row = to_row(leave, skip=("id",) if leave.id is None else ())
        with translated_errors():
            if leave.id is None:
                cur = self.conn.execute(
                    "INSERT INTO staff_leaves (staff_id, first, last, reason) "
                    "VALUES (:staff_id, :first, :last, :reason)",
                    row,
                )
                return dataclasses.replace(leave, id=int(cur.lastrowid or 0))
            cur = self.conn.execute(
                "UPDATE staff_leaves SET staff_id = :staff_id, first = :first, last = :last, reason = :reason "
                "WHERE id = :id",
                row,
            )
        if cur.rowcount == 0:
            raise RecordNotFound(f"休假记录不存在（编号 {leave.id}）")
        return leave

    def delete_leave(self, leave_id: int) -> None:
        with translated_errors():
            cur = self.conn.execute("DELETE FROM staff_leaves WHERE id = ?", (leave_id,))
        if cur.rowcount == 0:
            raise RecordNotFound(f"休假记录不存在（编号 {leave_id}）")
