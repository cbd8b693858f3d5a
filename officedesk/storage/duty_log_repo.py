"""The duty log (值班日志, entries soft-deleted with a reason), the daily reports, and what happened on a day
in the register and the ledger (the drafts of the log are made from it)."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any

from officedesk.domain.duty import DailyReport, DutyLogEntry
from officedesk.domain.risks import RiskStatus
from officedesk.domain.visits import VisitState
from officedesk.storage.database import Database
from officedesk.storage.errors import RecordNotFound, translated_errors
from officedesk.storage.row_codec import select_record, select_records, to_row

_ENTRY_COLUMNS = "id, day, time, source, matter, action, reported_to, reported_at, origin"


def _stamp(at: datetime) -> str:
    return at.isoformat(sep=" ", timespec="seconds")


class DutyLogRepo:
    def __init__(self, database: Database) -> None:
        self.conn = database.conn

    # --- log entries --------------------------------------------------------------------------
    def entries(self, day: date) -> list[DutyLogEntry]:
        """The day's live entries (deleted ones stay in the table, out of the log)."""
        return select_records(
            self.conn,
            DutyLogEntry,
            f"SELECT {_ENTRY_COLUMNS} FROM duty_log WHERE day = ? AND deleted_at IS NULL ORDER BY time, id",
            (day.isoformat(),),
        )

    def get(self, entry_id: int) -> DutyLogEntry:
        entry = select_record(
            self.conn, DutyLogEntry, f"SELECT {_ENTRY_COLUMNS} FROM duty_log WHERE id = ? AND deleted_at IS NULL",
            (entry_id,),
        )  # fmt: skip
        if entry is None:
            raise RecordNotFound(f"值班日志不存在或已删除（编号 {entry_id}）")
        return entry

    def count(self, day: date) -> int:
        row = self.conn.execute(
            "SELECT count(*) FROM duty_log WHERE day = ? AND deleted_at IS NULL", (day.isoformat(),)
        ).fetchone()
        return int(row[0])

    def put(self, entry: DutyLogEntry, now: datetime) -> DutyLogEntry:
        row: dict[str, Any] = to_row(entry)
        row["now"] = _stamp(now)
        with translated_errors():
            if entry.id is None:
                cur = self.conn.execute(
                    "INSERT INTO duty_log (day, time, source, matter, action, reported_to, reported_at, origin, "
                    "created_at, updated_at) VALUES (:day, :time, :source, :matter, :action, :reported_to, "
                    ":reported_at, :origin, :now, :now)",
                    row,
                )
                return dataclasses.replace(entry, id=int(cur.lastrowid or 0))
            cur = self.conn.execute(
                "UPDATE duty_log SET day = :day, time = :time, source = :source, matter = :matter, action = :action, "
                "reported_to = :reported_to, reported_at = :reported_at, origin = :origin, updated_at = :now "
                "WHERE id = :id AND deleted_at IS NULL",
                row,
            )
        if cur.rowcount == 0:
            raise RecordNotFound(f"值班日志不存在或已删除（编号 {entry.id}）")
        return entry

    def soft_delete(self, entry_id: int, reason: str, now: datetime) -> None:
        with translated_errors():
            cur = self.conn.execute(
                "UPDATE duty_log SET deleted_at = ?, deleted_reason = ? WHERE id = ? AND deleted_at IS NULL",
                (_stamp(now), reason, entry_id),
            )
        if cur.rowcount == 0:
            raise RecordNotFound(f"值班日志不存在或已删除（编号 {entry_id}）")

    # --- daily reports ------------------------------------------------------------------------
    def report(self, day: date) -> DailyReport | None:
        return select_record(self.conn, DailyReport, "SELECT * FROM duty_reports WHERE day = ?", (day.isoformat(),))

    def put_report(self, report: DailyReport, now: datetime) -> None:
        row: dict[str, Any] = to_row(report)
        row["now"] = _stamp(now)
        cols = [k for k in to_row(report)]
        with translated_errors():
            self.conn.execute(
                f"INSERT INTO duty_reports ({', '.join(cols)}, updated_at) "
                f"VALUES ({', '.join(':' + c for c in cols)}, :now) ON CONFLICT(day) DO UPDATE SET "
                + ", ".join(f"{c} = excluded.{c}" for c in cols if c != "day")
                + ", updated_at = excluded.updated_at",
                row,
            )

    def reports(self, first: date, last: date) -> list[DailyReport]:
        return select_records(
            self.conn, DailyReport, "SELECT * FROM duty_reports WHERE day BETWEEN ? AND ? ORDER BY day",
            (first.isoformat(), last.isoformat()),
        )  # fmt: skip

    # --- the day in the register and the ledger -----------------------------------------------
    def visit_ids_received(self, day: date) -> list[int]:
        cur = self.conn.execute(
            "SELECT id FROM visits WHERE received_at >= ? AND received_at < ? AND status != ? ORDER BY received_at, id",
            (day.isoformat(), _next_day(day), VisitState.VOID),
        )
        return [int(r[0]) for r in cur]

    def risk_ids_touched(self, day: date) -> list[int]:
        """Ledger lines found that day, changed that day (saved, moved, extended) or given a 进展 dated that day."""
        d = day.isoformat()
        cur = self.conn.execute(
            "SELECT id FROM risks WHERE status != :void AND (found_on = :d OR substr(updated_at, 1, 10) = :d "
            "OR id IN (SELECT risk_id FROM risk_progress WHERE on_date = :d)) ORDER BY found_on, id",
            {"d": d, "void": RiskStatus.VOID},
        )
        return [int(r[0]) for r in cur]

    def progress_on(self, risk_id: int, day: date) -> str:
        row = self.conn.execute(
            "SELECT text FROM risk_progress WHERE risk_id = ? AND on_date = ? ORDER BY id DESC LIMIT 1",
            (risk_id, day.isoformat()),
        ).fetchone()
        return str(row[0]) if row else ""


def _next_day(day: date) -> str:
    return date.fromordinal(day.toordinal() + 1).isoformat()
