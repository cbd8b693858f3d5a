"""The staff list (people are never deleted, only given a last day) and their leaves."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from officedesk.domain.duty import StaffLeave, StaffMember
from officedesk.storage.database import Database
from officedesk.storage.errors import RecordNotFound, translated_errors
from officedesk.storage.row_codec import insert_record, select_record, select_records, to_row, update_record

_STAFF_ORDER = "rotation_order, id"


class StaffRepo:
    def __init__(self, database: Database) -> None:
        self.conn = database.conn

    def _members(self, sql: str, params: Any = ()) -> list[StaffMember]:
        return select_records(self.conn, StaffMember, sql, params)

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
        with translated_errors():
            new_id = insert_record(self.conn, "staff", to_row(member, skip=("id",)))
        return dataclasses.replace(member, id=new_id)

    def update(self, member: StaffMember) -> StaffMember:
        with translated_errors():
            changed = update_record(self.conn, "staff", to_row(member))
        if changed == 0:
            raise RecordNotFound(f"人员不存在（编号 {member.id}）")
        return member

    # --- leaves -------------------------------------------------------------------------------
    def leaves(self, first: date | None = None, last: date | None = None) -> list[StaffLeave]:
        """Leaves overlapping first..last (all of them when open-ended)."""
        return select_records(
            self.conn, StaffLeave, "SELECT * FROM staff_leaves WHERE last >= ? AND first <= ? ORDER BY first, id",
            ((first or date.min).isoformat(), (last or date.max).isoformat()),
        )  # fmt: skip

    def get_leave(self, leave_id: int) -> StaffLeave:
        leave = select_record(self.conn, StaffLeave, "SELECT * FROM staff_leaves WHERE id = ?", (leave_id,))
        if leave is None:
            raise RecordNotFound(f"休假记录不存在（编号 {leave_id}）")
        return leave

    def put_leave(self, leave: StaffLeave) -> StaffLeave:
        with translated_errors():
            if leave.id is None:
                new_id = insert_record(self.conn, "staff_leaves", to_row(leave, skip=("id",)))
                return dataclasses.replace(leave, id=new_id)
            changed = update_record(self.conn, "staff_leaves", to_row(leave))
        if changed == 0:
            raise RecordNotFound(f"休假记录不存在（编号 {leave.id}）")
        return leave

    def delete_leave(self, leave_id: int) -> None:
        with translated_errors():
            cur = self.conn.execute("DELETE FROM staff_leaves WHERE id = ?", (leave_id,))
        if cur.rowcount == 0:
            raise RecordNotFound(f"休假记录不存在（编号 {leave_id}）")
