"""Fixtures for the printed forms: a realistic visit, and reading a written PDF back page by page."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

import pytest

from officedesk.domain.ids import VisitId
from officedesk.domain.visits import Visit, VisitNote

VisitFactory = Callable[..., Visit]
PageTexts = Callable[[Path], list[str]]


def _make_visit(**changes: object) -> Visit:
    visit = Visit(
        channel="来访",
        received_at=datetime(2026, 3, 1, 9, 5),
        petitioner="张建国",
        requests="要求建筑公司支付拖欠的2025年度工资共计38600元。",
        id=VisitId(1),
        reg_no="XF-2026-0001",
        external_ref="12345-20260301-0088",
        people_count=6,
        phone="13812345678",
        id_number="11010519491231002X",  # the GB 11643-1999 standard example
        address="城关镇幸福路18号",
        locality="城关镇",
        category="劳动社保",
        subcategory="欠薪",
        facts="信访人称其与同村5人在县第二中学教学楼工地务工，工程已竣工验收，公司拖欠工资至今。",
        receiver="李明",
        receiving_leader="王副局长",
        disposition="交办",
        handling_unit="劳动保障监察大队",
        handling_person="赵强",
        accepted_on=date(2026, 3, 1),
        reply_on=date(2026, 3, 20),
        reply_way="书面",
        reply_doc_no="×劳信复〔2026〕3号",
        result="支持",
        followup_on=date(2026, 4, 1),
        followup_way="电话",
        followup_by="李明",
        satisfaction="满意",
    )
    return visit.replace(**changes) if changes else visit


@pytest.fixture
def make_visit() -> VisitFactory:
    """A realistic 集体访 (6 people) with every section filled; keyword arguments change fields."""
    return _make_visit


@pytest.fixture
def visit() -> Visit:
    return _make_visit()


@pytest.fixture
def notes() -> list[VisitNote]:
    return [
        VisitNote(VisitId(1), date(2026, 3, 15), "公司已支付工资30000元，余款承诺3月底前付清。"),
        VisitNote(VisitId(1), date(2026, 3, 5), "监察大队约谈公司负责人，责令限期支付。"),
    ]


def _pdftotext(path: Path, page: int) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
    )
    return result.stdout


@pytest.fixture
def page_texts() -> PageTexts:
    """The text of each page of a PDF as poppler's pdftotext -layout reads it (pages counted by pypdf)."""
    from pypdf import PdfReader

    def read(path: Path) -> list[str]:
        count = len(PdfReader(path).pages)
        return [_pdftotext(path, n) for n in range(1, count + 1)]

    return read


@pytest.fixture
def page_fonts() -> Callable[[Path], list[dict[str, Any]]]:
    """The font dictionaries of a PDF's first page, each with its /FontDescriptor resolved."""
    from pypdf import PdfReader

    def read(path: Path) -> list[dict[str, Any]]:
        resources = cast(dict[str, Any], PdfReader(path).pages[0]["/Resources"])
        fonts = [cast(dict[str, Any], f.get_object()) for f in resources["/Font"].values()]
        return [{**font, "/FontDescriptor": font["/FontDescriptor"].get_object()} for font in fonts]

    return read
