"""Import a register kept in Excel/CSV: preview first, then all or nothing in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from officedesk.domain.visit_columns import COLUMNS_BY_KEY
from officedesk.domain.visit_validation import validate_visit
from officedesk.domain.visits import Visit
from officedesk.services.reg_numbers import RegNumbers
from officedesk.services.visit_service import VisitService


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do: shown to the clerk before anything is written."""

    path: Path
    sheet_name: str
    visits: tuple[Visit, ...]
    column_map: tuple[tuple[str, str], ...]
    ignored_headings: tuple[str, ...]
    already_present: tuple[str, ...] = field(default=())  # 登记编号 already in the register: not imported again
    warnings: tuple[str, ...] = field(default=())


class VisitImport:
    def __init__(self, visits: VisitService) -> None:
        self.visits = visits

    def plan(self, path: Path, sheet: str | None = None) -> ImportPlan:
        """Read and check the whole file; raises ExchangeError (ImportRefused …) with row-numbered problems."""
        from officedesk.exchange.errors import ImportRefused, RowProblem
        from officedesk.exchange.visits_import import read_visits_file

        now = self.visits.clock.now()
        preview = read_visits_file(path, sheet=sheet, now=now)
        row_numbers = list(preview.row_numbers)
        problems: list[RowProblem] = []
        warnings: list[str] = []
        settings = self.visits.settings.settings
        for row_no, visit in zip(row_numbers, preview.visits, strict=False):
            for issue in validate_visit(visit, settings, now):
                if issue.severity == "error":
                    heading = COLUMNS_BY_KEY[issue.field].heading if issue.field in COLUMNS_BY_KEY else issue.field
                    problems.append(RowProblem(row_no, heading, issue.message))
                else:
                    warnings.append(f"第{row_no}行：{issue.message}")
        if problems:
            raise ImportRefused(problems)
        reg_nos = [v.reg_no for v in preview.visits if v.reg_no]
        present = self.visits.repo.existing_reg_nos(reg_nos) if reg_nos else set()
        # A row without 登记编号 that the register already holds (same time, petitioner, requests): the same
        # sheet imported twice must not double the register.
        unnumbered = [(v, self.visits.repo.find_same(v)) for v in preview.visits if not v.reg_no]
        duplicates = {v for v, found in unnumbered if found}
        present |= {found for _, found in unnumbered if found}
        return ImportPlan(
            path=path,
            sheet_name=preview.sheet_name,
            visits=tuple(v for v in preview.visits if v not in duplicates),
            column_map=tuple((str(a), str(b)) for a, b in preview.column_map),
            ignored_headings=tuple(preview.ignored_headings),
            already_present=tuple(sorted(present)),
            warnings=tuple(warnings),
        )

    def commit(self, plan: ImportPlan) -> int:
        """Write every new visit of the plan in one transaction (all or nothing). Returns how many."""
        s = self.visits
        now = s.clock.now()
        present = set(plan.already_present)
        todo = [s.prepare(v) for v in plan.visits if not (v.reg_no and v.reg_no in present)]
        with s.database.atomic():
            numbered: list[Visit] = []
            numbers = RegNumbers(s.repo.next_reg_no)
            for v in todo:
                if not v.reg_no:
                    v = v.replace(reg_no=numbers.take(v.received_at.year))
                numbered.append(v)
            count = s.repo.bulk_insert(numbered, now)
            s.settings.log.write("register", 0, "import", plan.path.name, "", f"{count} 件")
        if count > 1000:
            s.repo.analyze()
        return count
