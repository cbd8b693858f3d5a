"""Duty: the staff list, the duty table, rotation fill, swaps, conflicts, the duty log, the daily report
and the leader reception schedule (DOMAIN.md §3.3, §4.4–§4.6).

CONTRACT (bodies are being written): the UI, the forms and the CLI program against these signatures.
Every change is one transaction and one audit line (`settings.log.write("duty", ...)`).
Refusals raise `DutyRefused` with a Chinese message the UI shows as-is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from officedesk.domain.duty import (
    DailyReport,
    DutyConflict,
    DutyLogEntry,
    DutySlot,
    DutySwap,
    DutyTableSettings,
    ReceptionSlot,
    RotationRules,
    StaffLeave,
    StaffMember,
)
from officedesk.domain.duty_sheets import DailyReportSheet, DutyTable, ReceptionSchedule


class DutyRefused(Exception):
    """A change the duty rules do not allow (e.g. editing a published past day without a swap)."""


@dataclass(frozen=True)
class DutyDay:
    """One row of the grid editor: the slot with what the calendar and the staff list say about it."""

    slot: DutySlot
    weekday: str
    day_kind: str  # DayKind label
    holiday_name: str
    leader_phone: str  # from the staff list (or the imported phones)
    staff_phones: tuple[str, ...]
    swaps: tuple[DutySwap, ...]
    conflicts: tuple[DutyConflict, ...]
    locked: bool  # published and in the past: change only through a swap


@dataclass(frozen=True)
class FillResult:
    slots: tuple[DutySlot, ...]  # what was written
    skipped: tuple[str, ...]  # "12月24日 张三（年休假）" — who the rotation passed over and why
    conflicts: tuple[DutyConflict, ...]  # left after the fill (e.g. too few people)


class DutyService:
    # --- staff list ---------------------------------------------------------------------------
    def staff(self, role: str | None = None, active_on: date | None = None) -> list[StaffMember]:
        """Ordered by rotation_order, id. `active_on` keeps those active that day."""
        raise NotImplementedError

    def save_staff(self, member: StaffMember) -> StaffMember:
        """Insert (id None) or update; returns the stored member. Name required and unique among active."""
        raise NotImplementedError

    def retire_staff(self, staff_id: int, last_day: date) -> None:
        """Set active_to (people are never deleted: old tables must still print their names)."""
        raise NotImplementedError

    def leaves(self, first: date | None = None, last: date | None = None) -> list[StaffLeave]:
        raise NotImplementedError

    def save_leave(self, leave: StaffLeave) -> StaffLeave:
        raise NotImplementedError

    def delete_leave(self, leave_id: int) -> None:
        raise NotImplementedError

    def duty_counts(self, year: int) -> dict[str, int]:
        """Duty days per name in the year (leader and staff days both count) — the fairness figures."""
        raise NotImplementedError

    # --- the table --------------------------------------------------------------------------
    def days(self, first: date, last: date) -> list[DutyDay]:
        """Every day of the period, including days with no slot yet (an empty DutySlot)."""
        raise NotImplementedError

    def save_slot(self, slot: DutySlot, reason: str = "") -> None:
        """Write one day. A published day in the past raises DutyRefused (use `swap`)."""
        raise NotImplementedError

    def copy_week(self, source_monday: date, target_monday: date) -> int:
        """Copy seven days' leader/staff/remarks; refuses if any target day is locked. Returns days written."""
        raise NotImplementedError

    def clear(self, first: date, last: date) -> int:
        """Empty the period's slots (locked days refuse the whole clear). Returns days cleared."""
        raise NotImplementedError

    def publish(self, first: date, last: date) -> int:
        """Mark the period's slots published (printing/exporting the final table calls this)."""
        raise NotImplementedError

    def swap(self, day: date, role: str, from_name: str, to_name: str, approver: str, reason: str = "") -> DutySwap:
        """调班: replace from_name by to_name on that day (as leader or staff), keep the swap as history."""
        raise NotImplementedError

    def swaps(self, first: date, last: date) -> list[DutySwap]:
        raise NotImplementedError

    def conflicts(self, first: date, last: date) -> list[DutyConflict]:
        raise NotImplementedError

    # --- rotation ---------------------------------------------------------------------------
    def rotation_rules(self, holiday: bool = False) -> RotationRules:
        """The saved rules; `holiday=True` gives the holiday roster's own rules (falls back to the normal)."""
        raise NotImplementedError

    def save_rotation_rules(self, rules: RotationRules, holiday: bool = False) -> None:
        raise NotImplementedError

    def fill(self, first: date, last: date, rules: RotationRules | None = None, overwrite: bool = False) -> FillResult:
        """Fill the period from the rules (continuing the rotation after the last filled day before `first`).
        Without `overwrite`, days that already have people are kept. Locked days are never touched."""
        raise NotImplementedError

    # --- printed sheets -----------------------------------------------------------------------
    def table_settings(self) -> DutyTableSettings:
        raise NotImplementedError

    def save_table_settings(self, settings: DutyTableSettings) -> None:
        raise NotImplementedError

    def table(self, first: date, last: date, title: str = "", unmasked: bool = False) -> DutyTable:
        """The printed table; title "" → "值班安排表", or "<year>年<holiday>值班安排表" when the whole period
        is one holiday's. Phones are masked unless `unmasked` (then the output is audited by the caller)."""
        raise NotImplementedError

    def table_pdf(self, first: date, last: date, unmasked: bool = False) -> bytes:
        """For the print preview (ui/print_preview.py shows PDF bytes)."""
        raise NotImplementedError

    def save_table_pdf(self, first: date, last: date, target: Path, unmasked: bool = False) -> Path:
        raise NotImplementedError

    def save_table_xlsx(self, first: date, last: date, target: Path, unmasked: bool = False) -> Path:
        raise NotImplementedError

    # --- duty log and daily report --------------------------------------------------------------
    def log_entries(self, day: date) -> list[DutyLogEntry]:
        raise NotImplementedError

    def save_log_entry(self, entry: DutyLogEntry) -> DutyLogEntry:
        raise NotImplementedError

    def delete_log_entry(self, entry_id: int, reason: str) -> None:
        raise NotImplementedError

    def draft_entries(self, day: date) -> list[DutyLogEntry]:
        """Unsaved entries (id None) for the day's new visits and ledger changes not yet in the log."""
        raise NotImplementedError

    def report(self, day: date) -> DailyReport:
        raise NotImplementedError

    def save_report(self, report: DailyReport) -> None:
        raise NotImplementedError

    def mark_zero_report(self, day: date) -> DailyReport:
        """无事报平安 in one click; refused (DutyRefused) if the day has log entries."""
        raise NotImplementedError

    def mark_sent(self, day: date, via: str, to: str) -> DailyReport:
        """Record when (now), how and to whom the report went; the sender is the operator."""
        raise NotImplementedError

    def report_sheet(self, day: date) -> DailyReportSheet:
        raise NotImplementedError

    def report_pdf(self, day: date) -> bytes:
        raise NotImplementedError

    def save_report_pdf(self, day: date, target: Path) -> Path:
        raise NotImplementedError

    # --- leader reception schedule ---------------------------------------------------------------
    def reception_slots(self, first: date, last: date) -> list[ReceptionSlot]:
        """Dated slots in the period plus the weekly (weekday) ones."""
        raise NotImplementedError

    def save_reception_slot(self, slot: ReceptionSlot) -> ReceptionSlot:
        raise NotImplementedError

    def delete_reception_slot(self, slot_id: int) -> None:
        raise NotImplementedError

    def draft_reception(self, first: date, last: date) -> list[ReceptionSlot]:
        """Unsaved dated slots, one per working day of the period, the duty leader receiving
        (the next leader in the rotation as 补位); holidays are skipped (DOMAIN.md §4.5)."""
        raise NotImplementedError

    def reception_schedule(self, first: date, last: date) -> ReceptionSchedule:
        raise NotImplementedError

    def reception_pdf(self, first: date, last: date) -> bytes:
        raise NotImplementedError

    def save_reception_pdf(self, first: date, last: date, target: Path) -> Path:
        raise NotImplementedError

    # --- import (exists: services/duty_roster.py) -------------------------------------------------
    def save_slots(self, slots: Sequence[DutySlot]) -> None:
        raise NotImplementedError
