"""The register leaves the desk: prints (来访登记表, the list) and exports (xlsx/csv/pdf), masked by default."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from officedesk.domain.ids import VisitId
from officedesk.domain.visit_columns import DEFAULT_EXPORT_KEYS, DEFAULT_PRINT_KEYS, columns
from officedesk.domain.visits import Visit, VisitFilter
from officedesk.services.visit_service import VisitService

Progress = Callable[[int, int], None]
FORMATS = ("xlsx", "csv", "pdf")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


class RegisterOutput:
    def __init__(self, visits: VisitService) -> None:
        self.visits = visits

    @property
    def office_name(self) -> str:
        return self.visits.settings.settings.office_name

    def _filtered(self, f: VisitFilter) -> tuple[int, Iterator[Visit]]:
        ids = self.visits.search(f)

        def gen() -> Iterator[Visit]:
            for start in range(0, len(ids), 2000):
                yield from self.visits.with_display_state(self.visits.fetch(ids[start : start + 2000]))

        return len(ids), gen()

    def write_visit_form(self, out: BinaryIO, visit_id: VisitId, *, masked: bool = True) -> None:
        from officedesk.forms.visit_form import write_visit_form  # lazy: reportlab costs start-up time

        visit = self.visits.with_display_state([self.visits.get(visit_id)])[0]
        deadlines = [(d.caption, d.label + "期限", d.due) for d in self.visits.deadlines(visit).listed()]
        write_visit_form(
            out,
            visit,
            self.visits.notes(visit_id),
            self.office_name,
            masked=masked,
            deadlines=deadlines,
            group_threshold=self.visits.settings.settings.group_threshold,
            fonts=self.visits.settings.print_fonts(),
        )
        self._audit_unmasked(masked, "print", f"来访登记表 {visit.reg_no}")

    def visit_form_pdf(self, visit_id: VisitId, *, masked: bool = True) -> bytes:
        buf = io.BytesIO()
        self.write_visit_form(buf, visit_id, masked=masked)
        return buf.getvalue()

    def write_register_list(
        self,
        out: BinaryIO,
        f: VisitFilter,
        *,
        masked: bool = True,
        keys: Sequence[str] = DEFAULT_PRINT_KEYS,
        progress: Progress | None = None,
    ) -> int:
        from officedesk.forms.register_list_form import write_register_list

        total, rows = self._filtered(f)
        pages = write_register_list(
            out,
            rows,
            columns(list(keys)),
            title=f"{self.office_name}信访接待登记台账",
            subtitle=self.describe(f, total),
            masked=masked,
            progress=progress,
            total=total,
            fonts=self.visits.settings.print_fonts(),
        )
        self._audit_unmasked(masked, "print", f"登记台账 {total} 件")
        return pages

    def export(
        self,
        path: Path,
        f: VisitFilter,
        *,
        masked: bool = True,
        keys: Sequence[str] = DEFAULT_EXPORT_KEYS,
        progress: Progress | None = None,
    ) -> ExportResult:
        """Write the filtered register to `path` (.xlsx, .csv or .pdf) safely: temp file, fsync, rename, verify."""
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in FORMATS:
            raise ValueError(f"不支持的导出格式：{path.suffix or '（无扩展名）'}，请用 .xlsx、.csv 或 .pdf")
        if fmt == "pdf":
            from officedesk.exchange.safe_write import write_atomically

            total, _ = self._filtered(f)

            def write(out: BinaryIO) -> None:
                self.write_register_list(out, f, masked=masked, keys=keys, progress=progress)

            write_atomically(path, write, verify=_verify_pdf)
            return ExportResult(path, total)
        from officedesk.exchange.visits_export import export_visits

        total, rows = self._filtered(f)
        written = export_visits(
            path,
            rows,
            columns(list(keys)),
            fmt=fmt,
            masked=masked,
            title=f"{self.office_name}信访接待登记台账",
            progress=progress,
            total=total,
        )
        self._audit_unmasked(masked, "export", f"{path.name} {written} 行")
        return ExportResult(path, written)

    def describe(self, f: VisitFilter, total: int) -> str:
        parts = []
        if f.date_from or f.date_to:
            parts.append(
                f"{f.date_from.isoformat() if f.date_from else '…'} 至 {f.date_to.isoformat() if f.date_to else '…'}"
            )
        if f.text:
            parts.append(f"检索“{f.text}”")
        parts.append(f"共 {total} 件")
        return "  ".join(parts)

    def _audit_unmasked(self, masked: bool, action: str, what: str) -> None:
        """Unmasked personal data leaving the desk is recorded (PIPL: who saw what, when)."""
        if masked:
            return
        s = self.visits
        with s.database.atomic():
            s.settings.log.write("register", 0, action, "unmasked", "", what)


def _verify_pdf(path: Path) -> None:
    """Read back what reached the target (a USB stick can lie): a PDF ends with its %%EOF marker."""
    with path.open("rb") as f:
        head = f.read(5)
        f.seek(max(path.stat().st_size - 1024, 0))
        tail = f.read()
    if head != b"%PDF-" or b"%%EOF" not in tail:
        raise OSError(f"写入的 PDF 文件不完整：{path}")


def save_pdf(path: Path, pdf: bytes) -> None:
    """Save an already-built PDF (from the print preview) safely: temp file, fsync, rename, read back."""
    from officedesk.exchange.safe_write import write_atomically

    def write(out: BinaryIO) -> None:
        out.write(pdf)

    def verify(written: Path) -> None:
        if written.stat().st_size != len(pdf):
            raise OSError(f"写入的 PDF 文件不完整：{written}")
        _verify_pdf(written)

    write_atomically(path, write, verify=verify)
