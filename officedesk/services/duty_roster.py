"""The duty roster in from a sheet (日期, 带班领导, 值班人员, 手机): preview, then all or nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from officedesk.domain.duty import DutySlot
from officedesk.services.settings_service import SettingsService
from officedesk.storage.database import Database
from officedesk.storage.duty_repo import DutyRepo


@dataclass(frozen=True)
class DutyImportPlan:
    path: Path
    sheet_name: str
    slots: tuple[DutySlot, ...]
    replaced_days: tuple[date, ...]  # days the roster already held: the sheet's version replaces them
    column_map: tuple[tuple[str, str], ...]


class DutyRoster:
    def __init__(self, database: Database, settings: SettingsService) -> None:
        self.database = database
        self.settings = settings
        self.repo = DutyRepo(database)

    def plan_import(self, path: Path, sheet: str | None = None) -> DutyImportPlan:
        from officedesk.exchange.duty_import import read_duty_file

        preview: Any = read_duty_file(path, sheet=sheet, today=self.settings.clock.today())
        slots = tuple(DutySlot(r.day, r.leader, tuple(r.staff), tuple(r.phones), r.remarks) for r in preview.rows)
        replaced = self.repo.existing_days([s.day for s in slots])
        return DutyImportPlan(
            path=path,
            sheet_name=preview.sheet_name,
            slots=slots,
            replaced_days=tuple(sorted(replaced)),
            column_map=tuple((str(a), str(b)) for a, b in preview.column_map),
        )

    def commit_import(self, plan: DutyImportPlan) -> int:
        with self.database.atomic():
            self.repo.put_many(plan.slots, self.settings.clock.now())
            first, last = plan.slots[0].day if plan.slots else None, plan.slots[-1].day if plan.slots else None
            self.settings.log.write("duty", 0, "import", plan.path.name, "", f"{len(plan.slots)} 天 {first}–{last}")
        return len(plan.slots)

    def between(self, first: date, last: date) -> list[DutySlot]:
        return self.repo.between(first, last)
