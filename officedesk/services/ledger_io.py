"""The ledger in and out: subordinate units' sheets merged in (never duplicated), exports per recipient layout."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import compress, repeat
from operator import attrgetter, is_
from pathlib import Path

from officedesk.domain.ids import RiskId
from officedesk.domain.risk_columns import LedgerLine, RiskColumn, default_keys, risk_columns
from officedesk.domain.risks import Risk, RiskFilter, RiskKind, RiskProgress
from officedesk.services.reg_numbers import RegNumbers
from officedesk.services.register_output import ExportResult
from officedesk.services.risk_service import RiskService
from officedesk.storage.errors import RecordNotFound

Progress = Callable[[int, int], None]
_SOURCE = attrgetter("source_unit", "kind", "source_no")  # what a re-import matches a line on
_YEAR = attrgetter("found_on.year")  # what a new line's number counts in
LAYOUT_TARGET = "risks"
DEFAULT_LAYOUT = ""


@dataclass(frozen=True)
class LedgerImportPlan:
    """What an import would do, shown before anything is written."""

    path: Path
    sheet_name: str
    lines: tuple[Risk, ...]
    progress_texts: tuple[str, ...]
    existing: tuple[RiskId | None, ...]  # the line each row updates, or None for a new one
    column_map: tuple[tuple[str, str], ...]
    ignored_headings: tuple[str, ...]
    warnings: tuple[str, ...] = field(default=())

    @property
    def new_count(self) -> int:
        return sum(1 for e in self.existing if e is None)

    @property
    def update_count(self) -> int:
        return len(self.existing) - self.new_count


class LedgerIO:
    def __init__(self, risks: RiskService) -> None:
        self.risks = risks

    # --- import -------------------------------------------------------------------------------
    def plan_import(
        self, path: Path, sheet: str | None = None, kind: str | None = None, unit: str = ""
    ) -> LedgerImportPlan:
        """Read and check the whole sheet; raises ExchangeError (ImportRefused …) naming rows and headings.

        Lines are matched on the sending unit and its own 序号/编号, so re-importing an updated sheet updates."""
        from officedesk.exchange.risks_import import read_risks_file

        preview = read_risks_file(path, sheet=sheet, kind=kind, today=self.risks.clock.today(), unit=unit)
        lines = preview.lines  # each under the 填报单位 the sheet names, else `unit`
        # RisksRepo.find_by_source for every line, in one query.
        keys = list(map(_SOURCE, lines))
        found = self.risks.repo.ids_by_source(keys)
        existing = list(map(found.get, keys)) if found else [None] * len(keys)
        return LedgerImportPlan(
            path=path,
            sheet_name=preview.sheet_name,
            lines=tuple(lines),
            progress_texts=tuple(preview.progress_texts),
            existing=tuple(existing),
            column_map=tuple((str(a), str(b)) for a, b in preview.column_map),
            ignored_headings=tuple(preview.ignored_headings),
            warnings=tuple(w.describe() for w in preview.warnings),
        )

    def commit_import(self, plan: LedgerImportPlan) -> tuple[int, int]:
        """All or nothing in one transaction. Returns (added, updated)."""
        from officedesk.exchange.risks_import import collection_paused

        s = self.risks
        now = s.clock.now()
        today = s.clock.today()
        if not len(plan.lines) == len(plan.progress_texts) == len(plan.existing):
            raise ValueError("one 进展 and one match per line")
        with collection_paused(), s.database.atomic():
            numbers = RegNumbers(s.repo.next_reg_no)
            is_new = list(map(is_, plan.existing, repeat(None)))
            new_lines = list(compress(plan.lines, is_new))
            new_texts = list(map(str.strip, compress(plan.progress_texts, is_new)))
            reg_nos = list(map(numbers.take, map(_YEAR, new_lines)))  # numbered in the sheet's order
            updates = [
                (line, text.strip(), existing_id)
                for line, text, existing_id in zip(plan.lines, plan.progress_texts, plan.existing, strict=True)
                if existing_id is not None
            ]
            updated = self._update_lines(updates, now, today)
            added = len(s.repo.bulk_insert(new_lines, now, new_texts, today, reg_nos))
            s.settings.log.write("risk", 0, "import", plan.path.name, "", f"新增 {added} 项，更新 {updated} 项")
        return added, updated

    def _update_lines(self, updates: list[tuple[Risk, str, RiskId]], now: datetime, today: date) -> int:
        """Lines already in the ledger take the sheet's values (keeping their number, creation and linked
        visit); a 进展 the line does not end with yet becomes a new entry. As update() and add_progress()
        line by line would, in a few statements."""
        if not updates:
            return 0
        repo = self.risks.repo
        ids = [existing_id for _, _, existing_id in updates]
        kept = repo.kept_on_update(ids)
        latest = repo.latest_progress(ids)
        merged: list[Risk] = []
        entries: list[RiskProgress] = []
        for line, text, existing_id in updates:
            if existing_id not in kept:
                raise RecordNotFound(f"risk {existing_id}")
            reg_no, created_at, visit_id = kept[existing_id]
            merged.append(_with(line, id=existing_id, reg_no=reg_no, created_at=created_at,
                                related_visit_id=visit_id or line.related_visit_id))  # fmt: skip
            if text and not latest.get(int(existing_id), "").endswith(text):
                entries.append(RiskProgress(existing_id, today, text))
        repo.update_many(merged, now, entries)
        return len(updates)

    # --- layouts ------------------------------------------------------------------------------
    def layouts(self) -> dict[str, dict[str, list[str]]]:
        return self.risks.repo.layouts(LAYOUT_TARGET)

    def save_layout(self, name: str, keys_by_kind: dict[str, list[str]]) -> None:
        if not name.strip():
            raise ValueError("请为列方案命名")
        with self.risks.database.atomic():
            self.risks.repo.save_layout(LAYOUT_TARGET, name.strip(), keys_by_kind)

    def delete_layout(self, name: str) -> None:
        with self.risks.database.atomic():
            self.risks.repo.delete_layout(LAYOUT_TARGET, name)

    def columns_for(self, kind: str, layout: str | None) -> list[RiskColumn]:
        keys = self.layouts().get(layout or DEFAULT_LAYOUT, {}).get(kind) if layout else None
        return risk_columns(list(keys or default_keys(kind)))

    # --- export -------------------------------------------------------------------------------
    def lines_by_kind(self, f: RiskFilter, as_of: date | None = None) -> dict[str, list[LedgerLine]]:
        if as_of is not None:
            f = dataclasses.replace(f, as_of=as_of)
        risks = self.risks.fetch(self.risks.search(f))  # in the ledger's order
        out: dict[str, list[LedgerLine]] = {}
        for kind in RiskKind.ALL:
            of_kind = [r for r in risks if r.kind == kind]
            if of_kind:
                out[kind] = self.risks.lines_of(of_kind, as_of)
        return out

    def export(
        self,
        path: Path,
        f: RiskFilter,
        *,
        masked: bool = True,
        layout: str | None = None,
        as_of: date | None = None,
        reporting_unit: str = "",
        progress: Progress | None = None,
    ) -> ExportResult:
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in ("xlsx", "csv", "pdf"):
            raise ValueError(f"不支持的导出格式：{path.suffix or '（无扩展名）'}，请用 .xlsx、.csv 或 .pdf")
        by_kind = self.lines_by_kind(f, as_of)
        columns = {kind: self.columns_for(kind, layout) for kind in by_kind}
        office = self.risks.settings.settings.office_name
        rows = sum(len(v) for v in by_kind.values())
        if fmt == "pdf":
            from officedesk.services.register_output import save_pdf

            save_pdf(path, self._pdf(by_kind, columns, masked, as_of, progress))
        else:
            from officedesk.exchange.ledger_export import export_ledger

            rows = export_ledger(
                path, by_kind, columns, fmt=fmt, masked=masked, office_name=office, ledger_name="隐患台账",
                reporting_unit=reporting_unit or office, report_date=as_of or self.risks.clock.today(),
                progress=progress,
            )  # fmt: skip
        if not masked:
            self.risks.settings.log.write("risk", 0, "export", "unmasked", "", f"{path.name} {rows} 项")
        return ExportResult(path, rows)

    def ledger_pdf(self, f: RiskFilter, *, masked: bool = True, as_of: date | None = None,
                   layout: str | None = None) -> bytes:  # fmt: skip
        by_kind = self.lines_by_kind(f, as_of)
        return self._pdf(by_kind, {k: self.columns_for(k, layout) for k in by_kind}, masked, as_of, None)

    def _pdf(self, by_kind: dict[str, list[LedgerLine]], columns: dict[str, list[RiskColumn]], masked: bool,
             as_of: date | None, progress: Progress | None) -> bytes:  # fmt: skip
        from officedesk.forms.ledger_form import write_ledger_pdf

        day = as_of or self.risks.clock.today()
        buf = io.BytesIO()
        write_ledger_pdf(
            buf, by_kind, columns, title=f"{self.risks.settings.settings.office_name}隐患台账",
            subtitle=f"截至 {day.year}年{day.month}月{day.day}日  共 {sum(len(v) for v in by_kind.values())} 项",
            masked=masked, progress=progress, office_name=self.risks.settings.settings.office_name,
            fonts=self.risks.settings.print_fonts(),
        )  # fmt: skip
        return buf.getvalue()


def _with(risk: Risk, **changes: object) -> Risk:
    """risk.replace(**changes), without dataclasses.replace's walk over every field (once per re-imported line)."""
    return Risk(**{**vars(risk), **changes})
