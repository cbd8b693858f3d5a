"""The register leaving the desk: masked by default, unmasked output audited, imports all or nothing."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from pypdf import PdfReader

from officedesk.domain.visits import Visit, VisitFilter
from officedesk.exchange.errors import ImportRefused
from officedesk.services.desk import Desk


def _visit(**kw: object) -> Visit:
    base: dict[str, object] = dict(
        channel="来访",
        received_at=datetime(2026, 11, 2, 9, 0),
        petitioner="张建国",
        requests='=HYPERLINK("http://x") 请求督促支付拖欠的工资',
        phone="13812345678",
        id_number="11010519491231002X",
        accepted_on=date(2026, 11, 3),
    )
    base.update(kw)
    return Visit(**base)  # type: ignore[arg-type]


def _csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_exports_are_masked_unless_unmasked_and_that_is_audited(unit_desk: Desk, tmp_path: Path) -> None:
    unit_desk.visits.save(_visit())
    audit_before = unit_desk.visits.audit.count()
    unit_desk.output.export(tmp_path / "m.csv", VisitFilter())
    rows = _csv_rows(tmp_path / "m.csv")
    assert rows[1][rows[0].index("联系电话")] == "138****5678"
    assert rows[1][rows[0].index("身份证号")] == "110105********002X"
    assert rows[1][rows[0].index("主要诉求")].startswith("'=HYPERLINK")  # OWASP: never a formula
    assert rows[1][rows[0].index("办结期限")] == "2027-01-04"  # §34: 60日 from 11-03 is Sat 01-02 → Monday
    assert unit_desk.visits.audit.count() == audit_before  # masked output is not a disclosure

    unit_desk.output.export(tmp_path / "u.csv", VisitFilter(), masked=False)
    rows = _csv_rows(tmp_path / "u.csv")
    assert rows[1][rows[0].index("联系电话")] == "13812345678"
    last = unit_desk.visits.audit.for_entity("register", 0)[-1]
    assert (last.action, last.field) == ("export", "unmasked")


def test_a_refused_format_names_the_suffix(unit_desk: Desk, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.docx"):
        unit_desk.output.export(tmp_path / "x.docx", VisitFilter())


def test_visit_form_carries_the_deadlines_with_their_articles(unit_desk: Desk) -> None:
    saved = unit_desk.visits.save(_visit()).visit
    assert saved.id is not None
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(unit_desk.output.visit_form_pdf(saved.id))).pages)
    assert "来访登记表" in text and "§34 60日" in text and "2027年1月4日" in text
    assert "13812345678" not in text


def test_register_list_pdf_has_a_page_per_screenful(unit_desk: Desk, tmp_path: Path) -> None:
    from officedesk.services.demo_service import load_demo

    load_demo(unit_desk, visits=60)
    result = unit_desk.output.export(tmp_path / "list.pdf", VisitFilter())
    reader = PdfReader(tmp_path / "list.pdf")
    assert result.rows == 60
    assert len(reader.pages) > 2
    assert all("登记编号" in page.extract_text() for page in reader.pages)  # header on every page


def test_import_reports_rows_as_excel_numbers_them_and_writes_nothing(unit_desk: Desk, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["××县××局信访登记台账"])
    ws.append([])
    ws.append(["登记时间", "信访人", "联系电话", "主要诉求"])
    ws.append(["2026-11-02 09:30", "张建国", "13812345678", "请求督促支付工资"])
    ws.append(["2026-11-03 10:00", "李秀英", "12345", "反映物业问题"])
    wb.save(tmp_path / "in.xlsx")
    with pytest.raises(ImportRefused) as e:
        unit_desk.imports.plan(tmp_path / "in.xlsx")
    assert [p.row for p in e.value.problems] == [5]
    assert unit_desk.visits.count() == 0

    ws["C5"] = "0571-88886666"
    wb.save(tmp_path / "in.xlsx")
    plan = unit_desk.imports.plan(tmp_path / "in.xlsx")
    assert unit_desk.imports.commit(plan) == 2
    again = unit_desk.imports.plan(tmp_path / "in.xlsx")
    assert again.already_present == ("XF-2026-0001", "XF-2026-0002")  # the same sheet twice: not doubled
    assert unit_desk.imports.commit(again) == 0
    ws.append(["2026-11-04 08:30", "王磊", "", "预付卡无法退款"])
    wb.save(tmp_path / "in.xlsx")
    assert unit_desk.imports.commit(unit_desk.imports.plan(tmp_path / "in.xlsx")) == 1
    numbered = unit_desk.visits.fetch(unit_desk.visits.search(VisitFilter()))
    assert sorted(v.reg_no for v in numbered) == ["XF-2026-0001", "XF-2026-0002", "XF-2026-0003"]
