"""Register, handle, void and find petitions: each a transaction with its audit rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime

from officedesk.domain.deadlines import VisitDeadlines, compute_deadlines, display_state, with_deadlines
from officedesk.domain.ids import VisitId
from officedesk.domain.visit_validation import FieldIssue, has_errors, validate_visit
from officedesk.domain.visits import AuditEntry, Visit, VisitFilter, VisitNote, VisitState
from officedesk.services.changes import Changes
from officedesk.services.clock import Clock
from officedesk.services.settings_service import SettingsService
from officedesk.storage.audit_repo import AuditRepo
from officedesk.storage.database import Database
from officedesk.storage.visits_repo import VisitsRepo

_NOT_AUDITED = {"created_at", "updated_at", "id"}


class ValidationFailed(Exception):
    """The save was refused; `issues` say why, field by field. Nothing was written."""

    def __init__(self, issues: Sequence[FieldIssue]) -> None:
        super().__init__("; ".join(i.message for i in issues if i.severity == "error"))
        self.issues = list(issues)


@dataclass(frozen=True)
class Saved:
    visit: Visit
    warnings: tuple[FieldIssue, ...]
    changes: Changes = field(default_factory=lambda: Changes(visits=True))


class VisitService:
    def __init__(self, database: Database, settings: SettingsService, clock: Clock) -> None:
        self.database = database
        self.settings = settings
        self.clock = clock
        self.repo = VisitsRepo(database)
        self.audit = AuditRepo(database)

    # --- drafting and checking ----------------------------------------------------------------
    def new_draft(self) -> Visit:
        return Visit(channel="来访", received_at=self.clock.now().replace(second=0), petitioner="", requests="")

    def check(self, visit: Visit) -> list[FieldIssue]:
        return validate_visit(visit, self.settings.settings, self.clock.now())

    def deadlines(self, visit: Visit) -> VisitDeadlines:
        return compute_deadlines(visit, self.settings.settings.periods, self.settings.calendar)

    def state_of(self, visit: Visit) -> str:
        return display_state(visit, self.clock.today(), self.settings.settings.due_soon_days)

    def prepare(self, visit: Visit) -> Visit:
        """Stored status and computed deadlines: derived from what was entered, never typed."""
        if visit.disposition == "当场答复" and visit.closed_on is None:
            visit = visit.replace(closed_on=visit.received_at.date())  # answered on the spot: handled
        if visit.reply_on is not None and visit.closed_on is None:
            # The written reply (处理意见书, 条例 第三十二条) is what ends the §34 clock.
            visit = visit.replace(closed_on=visit.reply_on)
        if visit.status != VisitState.VOID:
            if visit.suspended:
                status = VisitState.SUSPENDED
            elif visit.closed_on is not None:
                status = VisitState.CLOSED
            else:
                status = VisitState.OPEN
            visit = visit.replace(status=status)
        return with_deadlines(visit, self.settings.settings.periods, self.settings.calendar)

    # --- writes -------------------------------------------------------------------------------
    def save(self, visit: Visit) -> Saved:
        """Insert or update. Raises ValidationFailed (nothing written) when a field is wrong."""
        issues = self.check(visit)
        if has_errors(issues):
            raise ValidationFailed(issues)
        now = self.clock.now()
        user = self.settings.operator()
        prepared = self.prepare(visit)
        with self.database.atomic():
            if prepared.id is None:
                if not prepared.reg_no:
                    prepared = prepared.replace(reg_no=self.repo.next_reg_no(prepared.received_at.year))
                saved = self.repo.insert(prepared, now)
                assert saved.id is not None
                self.settings.log.write("visit", saved.id, "insert", after=saved.reg_no)
            else:
                before = self.repo.get(prepared.id)
                saved = self.repo.update(prepared, now)
                self.audit.record(_diff(before, saved, now, user))
        return Saved(saved, tuple(i for i in issues if i.severity == "warning"))

    def void(self, visit_id: VisitId, reason: str) -> Changes:
        """作废 with a reason: nothing is hard-deleted (DESIGN.md)."""
        if not reason.strip():
            raise ValidationFailed([FieldIssue("void_reason", "error", "作废必须说明理由")])
        now = self.clock.now()
        with self.database.atomic():
            before = self.repo.get(visit_id)
            after = self.repo.update(before.replace(status=VisitState.VOID, void_reason=reason.strip()), now)
            self.settings.log.write(
                "visit", visit_id, "void", "status", before.status, f"{after.status}：{reason.strip()}"
            )
        return Changes(visits=True)

    def add_note(self, visit_id: VisitId, on_date: date, text: str) -> VisitNote:
        if not text.strip():
            raise ValidationFailed([FieldIssue("note", "error", "进展内容不能为空")])
        now = self.clock.now()
        with self.database.atomic():
            note = self.repo.add_note(VisitNote(visit_id, on_date, text.strip()), now)
            self.settings.log.write("visit", visit_id, "note", "progress", "", f"{on_date.isoformat()} {text.strip()}")
        return note

    def recompute_deadlines(self) -> int:
        """After the periods or the calendar change: every open visit's clocks again."""
        today = self.clock.today()
        f = VisitFilter(states=(VisitState.OPEN, VisitState.DUE_SOON, VisitState.OVERDUE))
        changed = 0
        now = self.clock.now()
        with self.database.atomic():
            for visit in list(self.repo.iter_filtered(f, today, self.settings.settings.due_soon_days)):
                again = self.prepare(visit)
                if again != visit:
                    self.repo.update(again, now)
                    changed += 1
        return changed

    # --- reads --------------------------------------------------------------------------------
    def get(self, visit_id: VisitId) -> Visit:
        return self.repo.get(visit_id)

    def search(self, f: VisitFilter, limit: int | None = None) -> list[VisitId]:
        return self.repo.search_ids(f, self.clock.today(), self.settings.settings.due_soon_days, limit)

    def count_matching(self, f: VisitFilter) -> int:
        """How many visits the filter selects, without listing them (status-line counts)."""
        return self.repo.count_filtered(f, self.clock.today(), self.settings.settings.due_soon_days)

    def fetch(self, ids: Sequence[VisitId]) -> list[Visit]:
        return self.repo.get_many(ids)

    def notes(self, visit_id: VisitId) -> list[VisitNote]:
        return self.repo.notes(visit_id)

    def history(self, visit_id: VisitId) -> list[AuditEntry]:
        return self.audit.for_entity("visit", visit_id)

    def count(self) -> int:
        return self.repo.count()

    def related_suggestions(self, visit: Visit, limit: int = 8) -> list[Visit]:
        """A matter raised again: earlier visits with the same phone or ID, or a very similar request."""
        found = self.repo.related_candidates(visit.phone.strip(), visit.id_number.strip(), visit.id, limit)
        if len(found) < limit and len(visit.requests) >= 8:
            seen = {v.id for v in found}
            similar = [i for i in self.repo.similar_text_ids(visit.requests, visit.id, limit) if i not in seen]
            found += [v for v in self.repo.get_many(similar) if v.status != VisitState.VOID]
        return found[:limit]

    def handling_units(self) -> list[str]:
        units = self.settings.units()
        return units + [u for u in self.repo.distinct_values("handling_unit") if u not in units]

    def with_display_state(self, visits: Sequence[Visit]) -> list[Visit]:
        """Copies whose `status` reads as the register shows it (临期/超期), for prints and exports."""
        return [v.replace(status=self.state_of(v)) for v in visits]


def _diff(before: Visit, after: Visit, now: datetime, user: str) -> list[AuditEntry]:
    assert after.id is not None
    out: list[AuditEntry] = []
    for f in fields(Visit):
        if f.name in _NOT_AUDITED:
            continue
        a, b = getattr(before, f.name), getattr(after, f.name)
        if a != b:
            out.append(AuditEntry(now, user, "visit", after.id, "update", f.name, audit_text(a), audit_text(b)))
    return out


def audit_text(value: object) -> str:
    """How a value reads in the audit trail."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
