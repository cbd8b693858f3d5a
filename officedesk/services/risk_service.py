"""The hidden-risk ledger's use cases: record, move through the states, extend, cross off, find; all audited."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date

from officedesk.domain.ids import RiskId, VisitId
from officedesk.domain.risk_columns import LedgerLine
from officedesk.domain.risk_rules import display_state, extension_problems, transition_problems, validate_risk
from officedesk.domain.risks import Risk, RiskFilter, RiskKind, RiskProgress, RiskStatus
from officedesk.domain.visit_validation import FieldIssue, has_errors
from officedesk.domain.visits import AuditEntry, VisitFilter, VisitState
from officedesk.services.settings_service import SettingsService
from officedesk.services.visit_service import ValidationFailed, VisitService, audit_text
from officedesk.storage.database import Database
from officedesk.storage.risks_repo import RisksRepo

_NOT_AUDITED = {"created_at", "updated_at", "id"}


class TransitionRefused(ValidationFailed):
    """A state change the rules do not allow yet; `issues` say what is missing (nothing was written)."""


def _refuse(problems: Sequence[str], field: str = "status") -> TransitionRefused:
    return TransitionRefused([FieldIssue(field, "error", p) for p in problems])


@dataclass(frozen=True)
class Reminders:
    """What the start-up reminder lists: overdue and due-soon ledger lines and visits."""

    overdue_risks: tuple[Risk, ...]
    due_soon_risks: tuple[Risk, ...]
    overdue_visit_ids: tuple[VisitId, ...]
    due_soon_visit_ids: tuple[VisitId, ...]

    @property
    def empty(self) -> bool:
        return not (self.overdue_risks or self.due_soon_risks or self.overdue_visit_ids or self.due_soon_visit_ids)


class RiskService:
    def __init__(self, database: Database, settings: SettingsService, visits: VisitService) -> None:
        self.database = database
        self.settings = settings
        self.visits = visits
        self.clock = settings.clock
        self.repo = RisksRepo(database)

    # --- drafting and checking ----------------------------------------------------------------
    def new_draft(self, kind: str = RiskKind.DISPUTE) -> Risk:
        return Risk(kind=kind, found_on=self.clock.today(), description="")

    def draft_from_visit(self, visit_id: VisitId) -> Risk:
        """A visit opens a ledger line in one click: a petition risk linked to the case it came from."""
        v = self.visits.get(visit_id)
        return Risk(
            kind=RiskKind.PETITION,
            found_on=self.clock.today(),
            description=v.requests,
            source="信访转来",
            place=v.locality,
            category=v.category,
            people_involved=v.people_count,
            responsible_unit=v.handling_unit,
            related_visit_id=visit_id,
            remarks=f"来自信访登记 {v.reg_no}",
        )

    def check(self, risk: Risk) -> list[FieldIssue]:
        return validate_risk(risk, self.clock.today())

    def state_of(self, risk: Risk) -> str:
        return display_state(risk, self.clock.today())

    # --- writes -------------------------------------------------------------------------------
    def save(self, risk: Risk, reason: str = "") -> Risk:
        """Insert or update the line's fields. A crossed-off line is locked: a change needs a reason (audited).
        State changes go through `move`."""
        issues = self.check(risk)
        if has_errors(issues):
            raise ValidationFailed(issues)
        now = self.clock.now()
        log = self.settings.log
        with self.database.atomic():
            if risk.id is None:
                if risk.status != RiskStatus.OPEN:
                    raise _refuse(transition_problems(risk.replace(status=RiskStatus.OPEN), risk.status))
                if not risk.reg_no:
                    risk = risk.replace(reg_no=self.repo.next_reg_no(risk.found_on.year))
                saved = self.repo.insert(risk, now)
                assert saved.id is not None
                log.write("risk", saved.id, "insert", after=saved.reg_no)
                return saved
            before = self.repo.get(risk.id)
            if risk.status != before.status:
                raise _refuse(["状态请用“推进状态”更改"])
            if before.status == RiskStatus.CLOSED and not reason.strip():
                raise _refuse(["已销号的事项已锁定，修改须说明理由"], "reason")
            saved = self.repo.update(risk, now)
            for name, a, b in _changed(before, saved):
                log.write("risk", risk.id, "update", name, a, b if not reason else f"{b}（理由：{reason.strip()}）")
            return saved

    def move(self, risk_id: RiskId, target: str, **fields_: object) -> Risk:
        """Move to `target` (e.g. 整改中, 待验收, 销号), setting `fields_` (verifier, verified_on …) with it."""
        with self.database.atomic():
            before = self.repo.get(risk_id)
            candidate = before.replace(**fields_)
            problems = transition_problems(candidate, target)
            if problems:
                raise _refuse(problems)
            moved = candidate.replace(status=target)
            if target == RiskStatus.CLOSED and moved.closed_on is None:
                moved = moved.replace(closed_on=moved.verified_on or self.clock.today())
            issues = self.check(moved)
            if has_errors(issues):
                raise ValidationFailed(issues)
            saved = self.repo.update(moved, self.clock.now())
            for name, a, b in _changed(before, saved):
                self.settings.log.write("risk", risk_id, "move" if name == "status" else "update", name, a, b)
        return saved

    def extend(self, risk_id: RiskId, new_due: date | None, approver: str, reason: str) -> Risk:
        """延期: a new deadline, approved, with the reason; the original 时限 stays on the record."""
        with self.database.atomic():
            before = self.repo.get(risk_id)
            problems = extension_problems(before, new_due, approver, reason)
            if problems:
                raise _refuse(problems, "extended_due")
            saved = self.repo.update(
                before.replace(extended_due=new_due, extension_approver=approver.strip(),
                               extension_reason=reason.strip()),
                self.clock.now(),
            )  # fmt: skip
            self.settings.log.write("risk", risk_id, "extend", "extended_due", audit_text(before.current_due),
                                    f"{audit_text(new_due)}（{approver.strip()}批准：{reason.strip()}）")  # fmt: skip
        return saved

    def add_progress(self, risk_id: RiskId, on_date: date, text: str) -> RiskProgress:
        if not text.strip():
            raise ValidationFailed([FieldIssue("progress", "error", "进展内容不能为空")])
        if on_date > self.clock.today():
            raise ValidationFailed([FieldIssue("progress", "error", "进展日期不能晚于今天")])
        with self.database.atomic():
            entry = self.repo.add_progress(RiskProgress(risk_id, on_date, text.strip()), self.clock.now())
            self.settings.log.write("risk", risk_id, "progress", "", "", f"{on_date.isoformat()} {text.strip()}")
        return entry

    def void(self, risk_id: RiskId, reason: str) -> None:
        if not reason.strip():
            raise ValidationFailed([FieldIssue("void_reason", "error", "作废必须说明理由")])
        with self.database.atomic():
            before = self.repo.get(risk_id)
            self.repo.update(before.replace(status=RiskStatus.VOID, void_reason=reason.strip()), self.clock.now())
            self.settings.log.write("risk", risk_id, "void", "status", before.status, f"void：{reason.strip()}")

    # --- reads --------------------------------------------------------------------------------
    def get(self, risk_id: RiskId) -> Risk:
        return self.repo.get(risk_id)

    def search(self, f: RiskFilter) -> list[RiskId]:
        return self.repo.search_ids(f, self.clock.today())

    def count_matching(self, f: RiskFilter) -> int:
        return self.repo.count_filtered(f, self.clock.today())

    def fetch(self, ids: Sequence[RiskId]) -> list[Risk]:
        return self.repo.get_many(ids)

    def lines(self, ids: Sequence[RiskId], as_of: date | None = None, first_number: int = 1) -> list[LedgerLine]:
        """Listed lines: each with its latest 进展 and its state as of `as_of` (default today), numbered."""
        return self.lines_of(self.repo.get_many(ids), as_of, first_number)

    def lines_of(self, risks: Sequence[Risk], as_of: date | None = None, first_number: int = 1) -> list[LedgerLine]:
        """`lines` for records already fetched."""
        day = as_of or self.clock.today()
        latest = self.repo.latest_progress([r.id for r in risks if r.id is not None], as_of)
        return [
            LedgerLine(r, latest.get(int(r.id or 0), ""), display_state(r, day), first_number + i)
            for i, r in enumerate(risks)
        ]

    def progress(self, risk_id: RiskId) -> list[RiskProgress]:
        return self.repo.progress(risk_id)

    def history(self, risk_id: RiskId) -> list[AuditEntry]:
        return self.visits.audit.for_entity("risk", risk_id)

    def group_counts(self, f: RiskFilter, by: str) -> list[tuple[str, int, int]]:
        return self.repo.group_counts(f, self.clock.today(), by)

    def choices(self, column: str) -> list[str]:
        return self.repo.distinct_values(column)

    def reminders(self, due_soon_days: int | None = None) -> Reminders:
        """Overdue and due-soon lines and visits, for the reminder shown on every start (no network)."""
        days = self.settings.settings.due_soon_days if due_soon_days is None else due_soon_days
        return Reminders(
            tuple(self.fetch(self.search(RiskFilter(overdue_only=True)))),
            tuple(self.fetch(self.search(RiskFilter(due_within_days=days)))),
            tuple(self.visits.search(VisitFilter(states=(VisitState.OVERDUE,)))),
            tuple(self.visits.search(VisitFilter(states=(VisitState.DUE_SOON,)))),
        )


def _changed(before: Risk, after: Risk) -> list[tuple[str, str, str]]:
    out = []
    for f in fields(Risk):
        if f.name in _NOT_AUDITED:
            continue
        a, b = getattr(before, f.name), getattr(after, f.name)
        if a != b:
            out.append((f.name, audit_text(a), audit_text(b)))
    return out
