"""Duty: the staff list, the duty table, rotation fill, swaps, conflicts, the duty log, the daily report
and the leader reception schedule (DOMAIN.md §3.3, §4.4–§4.6).

CONTRACT: the UI, the forms and the CLI program against these signatures.
Every change is one transaction and one audit line (`settings.log.write("duty", ...)`).
Refusals raise `DutyRefused` with a Chinese message the UI shows as-is.
Built as `DutyService(database, settings, visits, risks)`; `desk.duty` is one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from officedesk.domain.duty import (
    WEEKDAY_NAMES,
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
    StaffRole,
)
from officedesk.domain.duty_conflicts import conflicts_by_day, find_conflicts
from officedesk.domain.duty_people import month_day
from officedesk.domain.duty_periods import days_of, holiday_of_period, period_problem
from officedesk.domain.duty_reception import draft_reception
from officedesk.domain.duty_rotation import fill_rotation
from officedesk.domain.duty_sheets import DailyReportSheet, DutyTable, ReceptionSchedule
from officedesk.services.duty_daybook import DutyDaybook, day_id
from officedesk.services.duty_errors import DutyRefused
from officedesk.services.duty_output import (
    calendar_label,
    clean_slot,
    realign_phones,
    render,
    save_file,
    slot_people,
    slot_phones,
    swaps_in_effect,
    table_rows,
)
from officedesk.services.duty_reception import DutyReception
from officedesk.services.duty_roster import DutyImportPlan, plan_duty_import
from officedesk.services.duty_staff import DutyStaff
from officedesk.services.risk_service import RiskService
from officedesk.services.settings_service import SettingsService
from officedesk.services.visit_service import VisitService
from officedesk.storage.database import Database
from officedesk.storage.duty_repo import DutyRepo

__all__ = ["DutyDay", "DutyImportPlan", "DutyRefused", "DutyService", "FillResult"]

RULES_KEY = "duty_rotation"
HOLIDAY_RULES_KEY = "duty_rotation_holiday"
TABLE_KEY = "duty_table"
_HISTORY_DAYS = 366  # how far back a fill looks for the last person used


@dataclass(frozen=True)
class DutyDay:
    """One row of the grid editor: the slot with what the calendar and the staff list say about it."""

    slot: DutySlot
    weekday: str
    day_kind: str  # DayKind label
    holiday_name: str
    leader_phone: str  # from the staff list (or the imported phones)
    staff_phones: tuple[str, ...]
    swaps: tuple[DutySwap, ...]  # those in effect (the stand-in still on duty); all of them: DutyService.swaps
    conflicts: tuple[DutyConflict, ...]
    locked: bool  # published and in the past: change only through a swap


@dataclass(frozen=True)
class FillResult:
    slots: tuple[DutySlot, ...]  # what was written
    skipped: tuple[str, ...]  # "12月24日 张三（年休假）" — who the rotation passed over and why
    conflicts: tuple[DutyConflict, ...]  # left after the fill (e.g. too few people)


class DutyService:
    def __init__(self, database: Database, settings: SettingsService, visits: VisitService,
                 risks: RiskService) -> None:  # fmt: skip
        self.database = database
        self.settings = settings
        self.visits = visits
        self.risks = risks
        self.clock = settings.clock
        self.repo = DutyRepo(database)
        self.reception = DutyReception(database, settings)
        self.people = DutyStaff(database, settings)
        self.daybook = DutyDaybook(database, settings, visits, risks)

    @property
    def office_name(self) -> str:
        return self.settings.settings.office_name

    def _period(self, first: date, last: date) -> list[date]:
        problem = period_problem(first, last)
        if problem is not None:
            raise DutyRefused(problem)
        return list(days_of(first, last))

    def _locked(self, slot: DutySlot | None) -> bool:
        return slot is not None and slot.published_at is not None and slot.day < self.clock.today()

    def _refuse_locked(self, slots: Sequence[DutySlot | None], what: str) -> None:
        locked = [s.day for s in slots if s is not None and self._locked(s)]
        if locked:
            more = f"等 {len(locked)} 天" if len(locked) > 1 else ""
            raise DutyRefused(f"{month_day(locked[0])}{more}的值班表已发布且已过去，不能{what}；请用“调班”记录人员替换")

    def _audit(self, day: date | None, action: str, field: str = "", before: str = "", after: str = "") -> None:
        self.settings.log.write("duty", day_id(day) if day else 0, action, field, before, after)

    # --- staff list ---------------------------------------------------------------------------
    def staff(self, role: str | None = None, active_on: date | None = None) -> list[StaffMember]:
        """Ordered by rotation_order, id. `active_on` keeps those active that day."""
        return self.people.staff(role, active_on)

    def save_staff(self, member: StaffMember) -> StaffMember:
        """Insert (id None) or update; returns the stored member. Name required and unique among active."""
        return self.people.save(member)

    def retire_staff(self, staff_id: int, last_day: date) -> None:
        """Set active_to (people are never deleted: old tables must still print their names)."""
        self.people.retire(staff_id, last_day)

    def leaves(self, first: date | None = None, last: date | None = None) -> list[StaffLeave]:
        return self.people.leaves(first, last)

    def save_leave(self, leave: StaffLeave) -> StaffLeave:
        return self.people.save_leave(leave)

    def delete_leave(self, leave_id: int) -> None:
        self.people.delete_leave(leave_id)

    def duty_counts(self, year: int) -> dict[str, int]:
        """Duty days per name in the year (leader and staff days both count) — the fairness figures."""
        counts: dict[str, int] = {}
        for slot in self.repo.between(date(year, 1, 1), date(year, 12, 31)):
            for name in dict.fromkeys(([slot.leader] if slot.leader else []) + list(slot.staff)):
                counts[name] = counts.get(name, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    # --- the table ----------------------------------------------------------------------------
    def days(self, first: date, last: date) -> list[DutyDay]:
        """Every day of the period, including days with no slot yet (an empty DutySlot)."""
        period = self._period(first, last)
        rules = self.rotation_rules()
        lookback = first - timedelta(days=max(rules.max_consecutive_days, 2) + 1)
        slots = {s.day: s for s in self.repo.between(lookback, last)}
        book, calendar = self.people.book(), self.settings.calendar
        conflicts = conflicts_by_day(find_conflicts(first, last, slots.values(), rules, book, calendar))
        swaps = self.repo.swaps(first, last)
        out = []
        for day in period:
            slot = slots.get(day) or DutySlot(day)
            leader_phone, staff_phones = slot_phones(slot, book)
            out.append(DutyDay(slot, WEEKDAY_NAMES[day.weekday()], calendar.day_kind(day),
                               calendar_label(day, calendar), leader_phone, staff_phones,
                               swaps_in_effect(slot, swaps), conflicts.get(day, ()),
                               self._locked(slot)))  # fmt: skip
        return out

    def save_slot(self, slot: DutySlot, reason: str = "") -> None:
        """Write one day. A published day in the past raises DutyRefused (use `swap`)."""
        new = clean_slot(slot)
        if new.leader and new.leader in new.staff:
            raise DutyRefused(f"{month_day(new.day)} {new.leader}不能既是带班领导又是值班人员")
        with self.database.atomic():
            old = self.repo.get(new.day)
            self._refuse_locked([old], "直接修改")
            new = replace(new, phones=realign_phones(old, new))
            if new.is_empty and not new.remarks:
                self.repo.delete_days([new.day])
            else:
                self.repo.put_many([new], self.clock.now())
            before = old or DutySlot(new.day)
            why = f"（理由：{reason.strip()}）" if reason.strip() else ""
            for name, a, b in (("leader", before.leader, new.leader), ("staff", "、".join(before.staff),
                               "、".join(new.staff)), ("remarks", before.remarks, new.remarks)):  # fmt: skip
                if a != b:
                    self._audit(new.day, "update", name, a, b + why)

    def copy_week(self, source_monday: date, target_monday: date) -> int:
        """Copy seven days' leader/staff/remarks; refuses if any target day is locked. Returns days written."""
        if source_monday.weekday() != 0 or target_monday.weekday() != 0:
            raise DutyRefused("复制整周请从星期一开始")
        if source_monday == target_monday:
            raise DutyRefused("源周与目标周相同")
        shift = target_monday - source_monday
        with self.database.atomic():
            source = [s for s in self.repo.between(source_monday, source_monday + timedelta(days=6)) if not s.is_empty]
            targets = self.repo.between(target_monday, target_monday + timedelta(days=6))
            self._refuse_locked(targets, "覆盖")
            copies = [DutySlot(s.day + shift, s.leader, s.staff, (), s.remarks) for s in source]
            self.repo.put_many(copies, self.clock.now())
            self._audit(
                None, "copy_week", "", source_monday.isoformat(), f"{target_monday.isoformat()} {len(copies)} 天"
            )
        return len(copies)

    def clear(self, first: date, last: date) -> int:
        """Empty the period's slots (locked days refuse the whole clear). Returns days cleared."""
        self._period(first, last)
        with self.database.atomic():
            slots = self.repo.between(first, last)
            self._refuse_locked(slots, "清空")
            n = self.repo.delete_days([s.day for s in slots])
            self._audit(None, "clear", "", "", f"{first.isoformat()}—{last.isoformat()} {n} 天")
        return n

    def publish(self, first: date, last: date) -> int:
        """Mark the period's slots published (printing/exporting the final table calls this)."""
        self._period(first, last)
        with self.database.atomic():
            n = self.repo.publish(first, last, self.clock.now())
            if n:
                self._audit(None, "publish", "", "", f"{first.isoformat()}—{last.isoformat()} {n} 天")
        return n

    def swap(self, day: date, role: str, from_name: str, to_name: str, approver: str, reason: str = "") -> DutySwap:
        """调班: replace from_name by to_name on that day (as leader or staff), keep the swap as history."""
        from_name, to_name, approver = from_name.strip(), to_name.strip(), approver.strip()
        md = month_day(day)
        if role not in StaffRole.ALL:
            raise DutyRefused(f"调班对象应为带班领导或值班人员：{role}")
        if not from_name or not to_name or from_name == to_name:
            raise DutyRefused("请填写原值班人和替班人（两人不能相同）")
        if not approver:
            raise DutyRefused("调班须填写批准人")
        with self.database.atomic():
            slot = self.repo.get(day)
            if role == StaffRole.LEADER:
                if slot is None or slot.leader != from_name:
                    raise DutyRefused(f"{md}的带班领导不是{from_name}")
                if to_name in slot.staff:
                    raise DutyRefused(f"{to_name}当天已是值班人员")
                new = replace(slot, leader=to_name)
            else:
                if slot is None or from_name not in slot.staff:
                    raise DutyRefused(f"{md}的值班人员中没有{from_name}")
                if to_name in slot.staff or to_name == slot.leader:
                    raise DutyRefused(f"{to_name}当天已在值班")
                new = replace(slot, staff=tuple(to_name if n == from_name else n for n in slot.staff))
            new = replace(new, phones=realign_phones(slot, replace(new, phones=slot.phones)))
            self.repo.put_many([new], self.clock.now())
            swap = self.repo.add_swap(DutySwap(None, day, role, from_name, to_name, approver, self.clock.now(),
                                               reason.strip()))  # fmt: skip
            why = f"：{swap.reason}" if swap.reason else ""
            self._audit(day, "swap", role, from_name, f"{to_name}（{approver}批准{why}）")
        return swap

    def swaps(self, first: date, last: date) -> list[DutySwap]:
        return self.repo.swaps(first, last)

    def conflicts(self, first: date, last: date) -> list[DutyConflict]:
        self._period(first, last)
        rules = self.rotation_rules()
        slots = self.repo.between(first - timedelta(days=max(rules.max_consecutive_days, 2) + 1), last)
        return find_conflicts(first, last, slots, rules, self.people.book(), self.settings.calendar)

    # --- rotation -----------------------------------------------------------------------------
    def rotation_rules(self, holiday: bool = False) -> RotationRules:
        """The saved rules; `holiday=True` gives the holiday roster's own rules (falls back to the normal)."""
        if holiday:
            saved = self.repo.load_settings(HOLIDAY_RULES_KEY, RotationRules)
            if saved is not None:
                return saved
        saved = self.repo.load_settings(RULES_KEY, RotationRules)
        if saved is not None:
            return saved
        # Never saved: the staff list's own order, so a first fill works out of the box.
        today = self.clock.today()
        return RotationRules(
            leader_order=tuple(m.name for m in self.staff(StaffRole.LEADER, today)),
            staff_order=tuple(m.name for m in self.staff(StaffRole.STAFF, today)),
        )

    def save_rotation_rules(self, rules: RotationRules, holiday: bool = False) -> None:
        leaders = tuple(n.strip() for n in rules.leader_order if n.strip())
        staff = tuple(n.strip() for n in rules.staff_order if n.strip())
        if len(set(leaders)) != len(leaders) or len(set(staff)) != len(staff):
            raise DutyRefused("轮换顺序中有重复的姓名")
        if rules.staff_per_day < 1 or rules.max_consecutive_days < 1:
            raise DutyRefused("每天值班人数和连续值班天数至少为 1")
        rules = replace(rules, leader_order=leaders, staff_order=staff)
        key = HOLIDAY_RULES_KEY if holiday else RULES_KEY
        with self.database.atomic():
            self.repo.save_settings(key, rules)
            self.settings.log.write("duty", 0, "rules", key, "", f"领导 {'、'.join(leaders)}；人员 {'、'.join(staff)}")

    def fill(self, first: date, last: date, rules: RotationRules | None = None, overwrite: bool = False) -> FillResult:
        """Fill the period from the rules (continuing the rotation after the last filled day before `first`).
        Without `overwrite`, days that already have people are kept. Locked days are never touched."""
        period = self._period(first, last)
        calendar = self.settings.calendar
        existing = {s.day: s for s in self.repo.between(first - timedelta(days=_HISTORY_DAYS), last)}
        targets = [
            d for d in period
            if not self._locked(existing.get(d)) and (overwrite or d not in existing or existing[d].is_empty)
        ]  # fmt: skip
        holiday_rules = None
        if rules is None:
            rules = self.rotation_rules()
            if self.repo.has_settings(HOLIDAY_RULES_KEY):
                # The holiday roster (DESIGN.md: holiday periods "may have their own roster") fills 法定节假日.
                holiday_rules = self.rotation_rules(holiday=True)
        if not (rules.leader_order or rules.staff_order):
            raise DutyRefused("请先在人员名单中添加带班领导和值班人员，或设置轮换顺序")
        kept = [s for d, s in existing.items() if d not in set(targets)]
        result = fill_rotation(targets, rules, self.people.book(), kept, calendar, holiday_rules)
        # A day filled again keeps its 备注 (remarks are the clerk's, not the rotation's).
        written = [replace(s, remarks=existing[s.day].remarks) if s.day in existing else s for s in result.slots]
        with self.database.atomic():
            self.repo.put_many(written, self.clock.now())
            self._audit(None, "fill", "", "", f"{first.isoformat()}—{last.isoformat()} {len(written)} 天")
        return FillResult(tuple(written), result.skipped, tuple(self.conflicts(first, last)))

    # --- printed sheets -----------------------------------------------------------------------
    def table_settings(self) -> DutyTableSettings:
        return self.repo.load_settings(TABLE_KEY, DutyTableSettings) or DutyTableSettings()

    def save_table_settings(self, settings: DutyTableSettings) -> None:
        before = self.table_settings()
        with self.database.atomic():
            self.repo.save_settings(TABLE_KEY, settings)
            for name in settings.__dataclass_fields__:
                a, b = getattr(before, name), getattr(settings, name)
                if a != b:
                    self.settings.log.write("duty", 0, "table_settings", name, str(a), str(b))

    def table(self, first: date, last: date, title: str = "", unmasked: bool = False) -> DutyTable:
        """The printed table; title "" → "值班安排表", or "<year>年<holiday>值班安排表" when the whole period
        is one holiday's. Phones are masked unless `unmasked` (then the output is audited by the caller)."""
        period = self._period(first, last)
        calendar = self.settings.calendar
        slots = {s.day: s for s in self.repo.between(first, last)}
        rows = table_rows(period, slots, self.repo.swaps(first, last), calendar, self.people.book(), not unmasked)
        if not title.strip():
            title = f"{holiday_of_period(first, last, calendar)}值班安排表"
        return DutyTable(self.office_name, title.strip(), first, last, rows, self.table_settings())

    def _audit_unmasked(self, unmasked: bool, action: str, what: str) -> None:
        """Unmasked phones leaving the desk are recorded (PIPL: who saw what, when)."""
        if unmasked:
            with self.database.atomic():
                self.settings.log.write("duty", 0, action, "unmasked", "", what)

    def _pdf(self, write: Callable[..., None], sheet: object, **options: object) -> bytes:
        """A printed form in the office's print font (Settings → Printing)."""
        return render(write, sheet, fonts=self.settings.print_fonts(), **options)

    def table_pdf(self, first: date, last: date, unmasked: bool = False, by_week: bool = False) -> bytes:
        """For the print preview (ui/print_preview.py shows PDF bytes). `by_week`: a row per leader's week
        and per holiday (按周汇总, the 附件2 shape) instead of a row a day."""
        from officedesk.forms.duty_table_form import write_duty_table_pdf  # lazy: reportlab costs start-up time

        data = self._pdf(write_duty_table_pdf, self.table(first, last, unmasked=unmasked), by_week=by_week)
        self._audit_unmasked(unmasked, "print", f"值班安排表 {first.isoformat()}—{last.isoformat()}")
        return data

    def _save_table(self, first: date, last: date, target: Path, data: bytes, kind: str, unmasked: bool) -> Path:
        save_file(target, data, kind)
        self.publish(first, last)  # the final table went out: past days now change only by swap
        self._audit_unmasked(unmasked, "export", f"值班安排表 {target.name}")
        return target

    def save_table_pdf(self, first: date, last: date, target: Path, unmasked: bool = False,
                       by_week: bool = False) -> Path:  # fmt: skip
        from officedesk.forms.duty_table_form import write_duty_table_pdf

        data = self._pdf(write_duty_table_pdf, self.table(first, last, unmasked=unmasked), by_week=by_week)
        return self._save_table(first, last, target, data, "pdf", unmasked)

    def save_table_xlsx(self, first: date, last: date, target: Path, unmasked: bool = False,
                        by_week: bool = False) -> Path:  # fmt: skip
        from officedesk.exchange.duty_table_export import write_duty_table_xlsx

        data = render(write_duty_table_xlsx, self.table(first, last, unmasked=unmasked), by_week=by_week)
        return self._save_table(first, last, target, data, "xlsx", unmasked)

    # --- duty log and daily report --------------------------------------------------------------
    def log_entries(self, day: date) -> list[DutyLogEntry]:
        return self.daybook.entries(day)

    def save_log_entry(self, entry: DutyLogEntry) -> DutyLogEntry:
        return self.daybook.save_entry(entry)

    def delete_log_entry(self, entry_id: int, reason: str) -> None:
        self.daybook.delete_entry(entry_id, reason)

    def draft_entries(self, day: date) -> list[DutyLogEntry]:
        """Unsaved entries (id None) for the day's new visits and ledger changes not yet in the log."""
        return self.daybook.drafts(day)

    def report(self, day: date) -> DailyReport:
        return self.daybook.report(day)

    def save_report(self, report: DailyReport) -> None:
        self.daybook.save_report(report)

    def mark_zero_report(self, day: date) -> DailyReport:
        """无事报平安 in one click; refused (DutyRefused) if the day has log entries."""
        return self.daybook.mark_zero(day)

    def mark_sent(self, day: date, via: str, to: str) -> DailyReport:
        """Record when (now), how and to whom the report went; the sender is the operator."""
        return self.daybook.mark_sent(day, via, to)

    def report_sheet(self, day: date) -> DailyReportSheet:
        leader, staff = slot_people(self.repo.get(day) or DutySlot(day), self.people.book(), masked=True)
        return self.daybook.sheet(day, self.office_name, leader, staff, self.table_settings())

    def report_pdf(self, day: date) -> bytes:
        from officedesk.forms.daily_report_form import write_daily_report_pdf

        return self._pdf(write_daily_report_pdf, self.report_sheet(day))

    def save_report_pdf(self, day: date, target: Path) -> Path:
        return save_file(target, self.report_pdf(day), "pdf")

    # --- leader reception schedule ---------------------------------------------------------------
    def reception_slots(self, first: date, last: date) -> list[ReceptionSlot]:
        """Dated slots in the period plus the weekly (weekday) ones."""
        return self.reception.slots(first, last)

    def save_reception_slot(self, slot: ReceptionSlot) -> ReceptionSlot:
        return self.reception.save(slot)

    def delete_reception_slot(self, slot_id: int) -> None:
        self.reception.delete(slot_id)

    def draft_reception(self, first: date, last: date) -> list[ReceptionSlot]:
        """Unsaved dated slots, one per working day of the period, the duty leader receiving
        (the next leader in the rotation as 补位); holidays are skipped (DOMAIN.md §4.5)."""
        self._period(first, last)
        slots = {s.day: s for s in self.repo.between(first, last)}
        return draft_reception(first, last, slots, self.rotation_rules(), self.people.book(), self.settings.calendar,
                               self.table_settings().duty_phone)  # fmt: skip

    def reception_schedule(self, first: date, last: date) -> ReceptionSchedule:
        self._period(first, last)
        return ReceptionSchedule(self.office_name, first, last, tuple(self.reception_slots(first, last)),
                                 self.table_settings().reception_notes)  # fmt: skip

    def reception_pdf(self, first: date, last: date) -> bytes:
        from officedesk.forms.reception_form import write_reception_schedule_pdf

        return self._pdf(write_reception_schedule_pdf, self.reception_schedule(first, last))

    def save_reception_pdf(self, first: date, last: date, target: Path) -> Path:
        return save_file(target, self.reception_pdf(first, last), "pdf")

    # --- import -------------------------------------------------------------------------------
    def plan_import(self, path: Path, sheet: str | None = None) -> DutyImportPlan:
        """Read a roster sheet (all or nothing) and say which days it would replace."""
        return plan_duty_import(self.repo, path, sheet, self.clock.today())

    def commit_import(self, plan: DutyImportPlan) -> int:
        with self.database.atomic():
            self._refuse_locked([self.repo.get(d) for d in plan.replaced_days], "由导入覆盖")
            self.repo.put_many(plan.slots, self.clock.now())
            first, last = plan.slots[0].day if plan.slots else None, plan.slots[-1].day if plan.slots else None
            self.settings.log.write("duty", 0, "import", plan.path.name, "", f"{len(plan.slots)} 天 {first}–{last}")
        return len(plan.slots)

    def between(self, first: date, last: date) -> list[DutySlot]:
        """The stored slots of the period (days without one are left out)."""
        return self.repo.between(first, last)

    def save_slots(self, slots: Sequence[DutySlot]) -> None:
        cleaned = [clean_slot(s) for s in slots]
        with self.database.atomic():
            self._refuse_locked([self.repo.get(s.day) for s in cleaned], "直接修改")
            self.repo.put_many(cleaned, self.clock.now())
            if cleaned:
                self._audit(None, "save_slots", "", "", f"{len(cleaned)} 天 {cleaned[0].day}–{cleaned[-1].day}")
