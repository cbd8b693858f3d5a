"""The duty roster in from a sheet (日期, 带班领导, 值班人员, 手机): preview, then all or nothing.

DutyService.plan_import / commit_import use this (desk.duty is the DutyService).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from officedesk.domain.duty import DutySlot
from officedesk.storage.duty_repo import DutyRepo


@dataclass(frozen=True)
class DutyImportPlan:
    path: Path
    sheet_name: str
    slots: tuple[DutySlot, ...]
    replaced_days: tuple[date, ...]  # days the roster already held: the sheet's version replaces them
    column_map: tuple[tuple[str, str], ...]


def plan_duty_import(repo: DutyRepo, path: Path, sheet: str | None, today: date) -> DutyImportPlan:
    from officedesk.exchange.duty_import import read_duty_file

    preview: Any = read_duty_file(path, sheet=sheet, today=today)
    slots = tuple(DutySlot(r.day, r.leader, tuple(r.staff), tuple(r.phones), r.remarks) for r in preview.rows)
    replaced = repo.existing_days([s.day for s in slots])
    return DutyImportPlan(
        path=path,
        sheet_name=preview.sheet_name,
        slots=slots,
        replaced_days=tuple(sorted(replaced)),
        column_map=tuple((str(a), str(b)) for a, b in preview.column_map),
    )
