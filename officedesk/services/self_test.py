"""`officedesk --self-test`: the installed app (or the PyInstaller bundle) checks itself, headless.

On a temporary database in a temporary folder it does what the clerk does — registers a visit, records a
ledger line, fills a week of duty — prints the duty table and the ledger to PDF, exports the register and
the ledger to xlsx and csv and reads each file back, and checks that the fonts and translations are where
the app looks for them. One line per check ("OK  <check>: <what> (<ms> ms)" or "FAILED <check>: <reason>"),
then "OK" or "FAILED"; the exit code is 0 or 1. app.py adds the window checks (ui/self_test_window.py).

Nothing here touches the clerk's data: the clock is fixed (a known day of the official holiday calendar),
and the database, the PDFs and the exports live in the temporary folder, removed afterwards.
"""

from __future__ import annotations

import contextlib
import csv
import re
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from officedesk.paths import bundled_font_licence_path, bundled_font_path, resource_path
from officedesk.services.clock import Clock
from officedesk.services.desk import Desk

# A Monday inside chinese-calendar's years (PLATFORM.md: it ends with 2026), so deadlines use the official
# calendar and the output is the same whatever day the self-test runs.
SELF_TEST_NOW = datetime(2026, 11, 23, 9, 30)
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # the first 16 bytes of every Qt .qm file
LANGUAGES = ("zh_CN",)
PHONE = "13812345678"  # printed and exported masked: the full number must not appear in a file
MASKED_PHONE = "138****5678"
MARK = "自检"  # in every text the self-test writes, so a read-back finds its own line


class SelfTestFailure(Exception):
    """A check found something wrong; its message is the line's reason."""


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    ms: int
    detail: str  # OK: what was checked; FAILED: why

    def line(self) -> str:
        if self.ok:
            return f"OK  {self.name}{': ' + self.detail if self.detail else ''} ({self.ms} ms)"
        return f"FAILED {self.name}: {self.detail}"


class SelfTest:
    """The checks, in order, over one temporary database; later checks read what earlier ones made."""

    def __init__(self, work_dir: Path) -> None:
        self.work_dir = work_dir
        self.desk: Desk | None = None
        self.files: dict[str, Path] = {}  # check name → the file it wrote (the window checks preview the PDFs)
        self.week = (SELF_TEST_NOW.date(), SELF_TEST_NOW.date() + timedelta(days=6))
        self.visit_no = ""
        self.risk_text = f"{MARK}：某小区业主与物业因停车收费产生纠纷（办公桌程序自检）"

    def checks(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("fonts", self.check_fonts),
            ("translations", self.check_translations),
            ("database", self.check_database),
            ("visit", self.check_visit),
            ("ledger-line", self.check_ledger_line),
            ("duty-week", self.check_duty_week),
            ("duty-table-pdf", self.check_duty_table_pdf),
            ("ledger-pdf", self.check_ledger_pdf),
            ("register-pdf", self.check_register_pdf),
            ("register-xlsx", lambda: self.check_register_export("xlsx")),
            ("register-csv", lambda: self.check_register_export("csv")),
            ("ledger-xlsx", lambda: self.check_ledger_export("xlsx")),
            ("ledger-csv", lambda: self.check_ledger_export("csv")),
        ]

    def close(self) -> None:
        if self.desk is not None:
            self.desk.close()  # before the folder goes: Windows cannot delete an open database file
            self.desk = None

    def need_desk(self) -> Desk:
        if self.desk is None:
            raise SelfTestFailure("not run: the database did not open")
        return self.desk

    # --- resources ------------------------------------------------------------------------------
    def check_fonts(self) -> str:
        from officedesk.forms.fonts import register_fonts, windows_fonts_dir

        bundled = bundled_font_path()
        if not bundled.is_file():
            raise SelfTestFailure(f"bundled font missing: {bundled}")
        if not bundled_font_licence_path().is_file():
            raise SelfTestFailure(f"font licence missing: {bundled_font_licence_path()}")
        fonts = register_fonts()  # the office PC's 宋体/仿宋/黑体/楷体 first (C:\Windows\Fonts), then the bundled one
        used = ", ".join(Path(f).name for f in fonts.used_files)
        if fonts.used_files == (str(bundled),):
            return f"{used} from {bundled.parent} (no 宋体/仿宋/黑体/楷体 in {windows_fonts_dir()})"
        return f"{used} (宋体/仿宋/黑体/楷体 from {windows_fonts_dir()}, any missing from {bundled.parent})"

    def check_translations(self) -> str:
        found = []
        for lang in LANGUAGES:
            path = resource_path("i18n", f"officedesk_{lang}.qm")
            if not path.is_file():
                raise SelfTestFailure(f"translation missing: {path}")
            with path.open("rb") as f:
                if f.read(len(QM_MAGIC)) != QM_MAGIC:
                    raise SelfTestFailure(f"not a Qt translation file: {path}")
            found.append(f"{path.name} {path.stat().st_size // 1024} KB")
        return ", ".join(found)

    # --- the desk -------------------------------------------------------------------------------
    def check_database(self) -> str:
        path = self.work_dir / "self-test.db"
        self.desk = Desk.open(path, Clock.fixed(SELF_TEST_NOW))
        problems = self.desk.database.integrity_problems()
        if problems:
            raise SelfTestFailure(f"integrity check: {problems[0]}")
        return f"{path.name}, integrity ok"

    def check_visit(self) -> str:
        from officedesk.domain.visits import Visit

        desk = self.need_desk()
        visit = Visit(channel="来访", received_at=SELF_TEST_NOW, petitioner="张建国", phone=PHONE,
                      requests=f"{MARK}：请求督促支付拖欠的工资", category="欠薪")  # fmt: skip
        saved = desk.visits.save(visit).visit
        if saved.id is None or not saved.reg_no:
            raise SelfTestFailure("the visit was not numbered")
        again = desk.visits.get(saved.id)
        if again.requests != visit.requests or again.accept_due is None:
            raise SelfTestFailure("the visit read back differs or has no acceptance deadline")
        self.visit_no = saved.reg_no
        return f"{saved.reg_no}, 受理告知期限 {again.accept_due.isoformat()}"

    def check_ledger_line(self) -> str:
        from officedesk.domain.risks import Risk, RiskKind

        desk = self.need_desk()
        today = SELF_TEST_NOW.date()
        risk = Risk(kind=RiskKind.DISPUTE, found_on=today, description=self.risk_text, level="中",
                    responsible_unit="城关镇人民政府", responsible_person="李明", responsible_phone=PHONE,
                    measures="组织双方协商，依法依规处理", due_date=today + timedelta(days=30))  # fmt: skip
        saved = desk.risks.save(risk)
        if saved.id is None or desk.risks.get(saved.id).description != self.risk_text:
            raise SelfTestFailure("the ledger line read back differs")
        return saved.reg_no

    def check_duty_week(self) -> str:
        from officedesk.domain.duty import RotationRules, StaffMember, StaffRole

        duty = self.need_desk().duty
        leaders = ("王建国", "刘志强")
        staff = ("张伟", "李娜", "陈静", "赵磊")
        for i, name in enumerate((*leaders, *staff)):
            role = StaffRole.LEADER if name in leaders else StaffRole.STAFF
            duty.save_staff(StaffMember(None, name, role=role, mobile=f"139{i:08d}", rotation_order=i))
        first, last = self.week
        result = duty.fill(first, last, RotationRules(leader_order=leaders, staff_order=staff))
        days = duty.days(first, last)
        empty = [d.slot.day.isoformat() for d in days if not d.slot.leader or not d.slot.staff]
        if len(days) != 7 or empty:
            raise SelfTestFailure(f"the week is not filled: {len(days)} days, empty {', '.join(empty) or '-'}")
        conflicts = duty.conflicts(first, last)
        if conflicts:
            raise SelfTestFailure(f"the filled week has {len(conflicts)} conflicts: {conflicts[0].message}")
        return f"{first.isoformat()}–{last.isoformat()}, {len(result.slots)} days filled from {len(leaders)} leaders " \
               f"and {len(staff)} staff"  # fmt: skip

    def check_duty_table_pdf(self) -> str:
        first, last = self.week
        path = self.work_dir / "duty-table.pdf"
        path.write_bytes(self.need_desk().duty.table_pdf(first, last))
        return self._pdf_file("duty-table-pdf", path, "7 days")

    # --- paper ----------------------------------------------------------------------------------
    def check_ledger_pdf(self) -> str:
        from officedesk.domain.risks import RiskFilter

        path = self.work_dir / "ledger.pdf"
        result = self.need_desk().ledger_io.export(path, RiskFilter())
        return self._pdf_file("ledger-pdf", path, f"{result.rows} line")

    def check_register_pdf(self) -> str:
        from officedesk.domain.visits import VisitFilter

        path = self.work_dir / "register.pdf"
        result = self.need_desk().output.export(path, VisitFilter())
        return self._pdf_file("register-pdf", path, f"{result.rows} visit")

    def _pdf_file(self, name: str, path: Path, what: str) -> str:
        pages = check_pdf(path.read_bytes())
        self.files[name] = path
        return f"{what}, {pages} page{'s' if pages > 1 else ''}, fonts embedded, {path.stat().st_size // 1024} KB"

    # --- files for the USB stick ----------------------------------------------------------------
    def check_register_export(self, fmt: str) -> str:
        from officedesk.domain.visits import VisitFilter

        path = self.work_dir / f"register.{fmt}"
        result = self.need_desk().output.export(path, VisitFilter())
        rows = read_back(path)
        self.files[f"register-{fmt}"] = path
        _expect_in(rows, self.visit_no, path)
        _expect_in(rows, MASKED_PHONE, path)
        if any(PHONE in cell for row in rows for cell in row):
            raise SelfTestFailure(f"{path.name}: the phone number is not masked")
        return f"{result.rows} visit written and read back, phone masked"

    def check_ledger_export(self, fmt: str) -> str:
        from officedesk.domain.risks import RiskFilter

        path = self.work_dir / f"ledger.{fmt}"
        result = self.need_desk().ledger_io.export(path, RiskFilter())
        rows = read_back(path)
        self.files[f"ledger-{fmt}"] = path
        _expect_in(rows, self.risk_text, path)
        return f"{result.rows} line written and read back"


# --- reading files back, with what the bundle carries (no PDF library at run time) -----------------
_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")


def check_pdf(data: bytes) -> int:
    """The page count of a complete PDF whose fonts are embedded; SelfTestFailure otherwise.

    reportlab writes an uncompressed object structure: the header, one `/Type /Page` object per page,
    `/FontFile2` for each embedded TrueType subset, and a cross-reference table that `startxref` points at.
    """
    if not data.startswith(b"%PDF-"):
        raise SelfTestFailure("not a PDF (no %PDF- header)")
    end = _STARTXREF.search(data[-1024:])
    if end is None:
        raise SelfTestFailure("PDF incomplete (no startxref/%%EOF at the end)")
    offset = int(end.group(1))
    if not (data[offset : offset + 4] == b"xref" or re.match(rb"\d+ \d+ obj", data[offset : offset + 24])):
        raise SelfTestFailure("PDF damaged (startxref does not point at the cross-reference table)")
    pages = len(_PAGE.findall(data))
    if pages == 0:
        raise SelfTestFailure("PDF has no pages")
    if b"/FontFile2" not in data:
        raise SelfTestFailure("PDF fonts are not embedded (would print as boxes without a CJK font)")
    return pages


def read_back(path: Path) -> list[list[str]]:
    """Every cell of every sheet (xlsx, through calamine like the import) or every field (csv) as text."""
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as f:  # the export writes UTF-8 with a BOM for Excel
            return [list(row) for row in csv.reader(f)]
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(str(path))
    rows: list[list[str]] = []
    for name in book.sheet_names:
        rows.extend([str(cell) for cell in row] for row in book.get_sheet_by_name(name).to_python())
    return rows


def _expect_in(rows: Sequence[Sequence[str]], needle: str, path: Path) -> None:
    if not needle or not any(needle in cell for row in rows for cell in row):
        raise SelfTestFailure(f"{path.name}: “{needle}” not found when read back ({len(rows)} rows)")


# --- running ------------------------------------------------------------------------------------
ExtraCheck = Callable[[SelfTest], str]


def run_checks(checks: Sequence[tuple[str, Callable[[], str]]], out: Callable[[str], None]) -> list[CheckResult]:
    """Run every check (a failure does not stop the others) and print its line as soon as it is known."""
    results = []
    for name, check in checks:
        start = time.perf_counter()
        try:
            detail, ok = check(), True
        except Exception as e:  # any failure is a line of the report, never a traceback
            detail, ok = _reason(e), False
        result = CheckResult(name, ok, round((time.perf_counter() - start) * 1000), detail)
        out(result.line())
        results.append(result)
    return results


def _reason(e: Exception) -> str:
    text = " ".join(str(e).split())  # one line
    if isinstance(e, SelfTestFailure):
        return text
    return f"{type(e).__name__}: {text}" if text else type(e).__name__


def self_test(
    extra: Sequence[tuple[str, ExtraCheck]] = (),
    out: Callable[[str], None] | None = None,
    report: Path | None = None,
) -> int:
    """Run the checks, then `extra` (app.py's window checks, given this SelfTest); 0 when all pass.

    `report`: also write the lines to this file (a windowed program on Windows has no stdout).
    """
    lines: list[str] = []

    def emit(line: str) -> None:
        lines.append(line)
        if out is None:
            print(line, flush=True)  # line by line: a hanging check shows where it hangs
        else:
            out(line)

    with tempfile.TemporaryDirectory(prefix="officedesk-self-test-", ignore_cleanup_errors=True) as tmp:
        test = SelfTest(Path(tmp))
        try:
            checks = [*test.checks(), *((name, _bound(check, test)) for name, check in extra)]
            results = run_checks(checks, emit)
        finally:
            test.close()
    ok = bool(results) and all(r.ok for r in results)
    emit("OK" if ok else "FAILED")
    if report is not None:
        with contextlib.suppress(OSError):  # the report is a convenience; the exit code still says it
            report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0 if ok else 1


def _bound(check: ExtraCheck, test: SelfTest) -> Callable[[], str]:
    return lambda: check(test)
