"""RiskTableModel: Qt model rules, lazy pages, state colours like the register's, masking, kind headings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from officedesk.domain.ids import RiskId
from officedesk.domain.risk_columns import LedgerLine
from officedesk.domain.risks import Risk, RiskFilter, RiskKind, RiskStatus
from officedesk.domain.visits import VisitState
from officedesk.services.desk import Desk
from officedesk.ui.models.risk_table_model import PAGE_SIZE, ObjectRole, RiskTableModel
from officedesk.ui.models.visit_table_model import STATE_BACKGROUNDS, STATE_FOREGROUNDS

DISPLAY = Qt.ItemDataRole.DisplayRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole


def record(desk: Desk, **fields: Any) -> Risk:
    base: dict[str, Any] = {"kind": RiskKind.DISPUTE, "found_on": date(2026, 11, 2), "description": "欠薪纠纷",
                            "responsible_unit": "城关镇"}  # fmt: skip
    base.update(fields)
    return desk.risks.save(Risk(**base))


def cell(model: RiskTableModel, row: int, key: str, role: int = DISPLAY) -> Any:
    column = model.column_of(key)
    assert column is not None
    return model.data(model.index(row, column), role)


def row_of(model: RiskTableModel, risk: Risk) -> int:
    assert risk.id is not None
    row = model.row_of(risk.id)
    assert row is not None
    return row


@pytest.fixture
def many(desk: Desk) -> Desk:
    """450 lines: three pages."""
    now = desk.clock.now()
    lines = [Risk(kind=RiskKind.ALL[i % 3], found_on=date(2026, 1 + i % 10, 1 + i % 28), description=f"事项{i}",
                  reg_no=f"YH-2026-{i + 1:04d}", due_date=date(2026, 12, 1)) for i in range(450)]  # fmt: skip
    desk.risks.repo.bulk_insert(lines, now)
    return desk


def test_model_passes_qtmodeltester(many: Desk, qtmodeltester: Any) -> None:
    model = RiskTableModel(many)
    model.search(RiskFilter())
    assert model.rowCount() == 450
    qtmodeltester.check(model)


def test_rows_are_fetched_a_page_at_a_time_and_numbered(many: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    model = RiskTableModel(many)
    model.search(RiskFilter())
    asked: list[tuple[int, int]] = []
    real_lines = many.risks.lines

    def counting_lines(ids: Sequence[RiskId], as_of: date | None = None, first_number: int = 1) -> list[LedgerLine]:
        asked.append((len(ids), first_number))
        return real_lines(ids, as_of, first_number)

    monkeypatch.setattr(many.risks, "lines", counting_lines)
    assert cell(model, 250, "number") == "251"  # 序号 counts down the listing
    cell(model, 260, "description")
    assert asked == [(PAGE_SIZE, PAGE_SIZE + 1)]  # one page: the one holding row 250
    line = cell(model, 250, "reg_no", ObjectRole)
    assert isinstance(line, LedgerLine) and line.risk.id == model.risk_id(250)


def test_state_colours_follow_the_register(desk: Desk) -> None:
    overdue = record(desk, due_date=date(2026, 11, 20))
    soon = record(desk, due_date=date(2026, 11, 25), description="噪声扰民")  # within 3 days of 2026-11-23
    later = record(desk, due_date=date(2026, 12, 30), description="邻里纠纷")
    closed = record(desk, due_date=date(2026, 11, 10), description="土地纠纷")
    assert closed.id is not None
    desk.risks.move(closed.id, RiskStatus.AWAITING_ACCEPTANCE)
    desk.risks.move(closed.id, RiskStatus.CLOSED, verifier="王局长", verified_on=date(2026, 11, 20))
    model = RiskTableModel(desk)
    model.search(RiskFilter())

    row = row_of(model, overdue)
    assert cell(model, row, "state") == "超期"
    assert cell(model, row, "description", BACKGROUND) == STATE_BACKGROUNDS[VisitState.OVERDUE]
    assert cell(model, row, "description", Qt.ItemDataRole.ForegroundRole) == STATE_FOREGROUNDS[VisitState.OVERDUE]
    assert cell(model, row_of(model, soon), "state") == "未化解"
    assert cell(model, row_of(model, soon), "state", BACKGROUND) == STATE_BACKGROUNDS[VisitState.DUE_SOON]
    assert cell(model, row_of(model, later), "state", BACKGROUND) is None
    assert cell(model, row_of(model, closed), "state") == "已化解·销号"
    assert cell(model, row_of(model, closed), "state", BACKGROUND) == STATE_BACKGROUNDS[VisitState.CLOSED]


def test_void_lines_are_grey_when_listed(desk: Desk) -> None:
    line = record(desk)
    assert line.id is not None
    desk.risks.void(line.id, "重复登记")
    model = RiskTableModel(desk)
    model.search(RiskFilter())
    assert model.rowCount() == 0
    model.search(RiskFilter(statuses=(RiskStatus.VOID,)))
    assert cell(model, 0, "state") == "作废"
    assert cell(model, 0, "state", BACKGROUND) == STATE_BACKGROUNDS[VisitState.VOID]


def test_phone_is_masked_unless_unmasked_and_text_is_one_line(desk: Desk) -> None:
    record(desk, responsible_phone="13812345678", description="欠薪纠纷\n涉及12人", people_involved=12)
    model = RiskTableModel(desk)
    model.search(RiskFilter())
    assert cell(model, 0, "responsible_phone") == "138****5678"
    assert cell(model, 0, "description") == "欠薪纠纷 涉及12人"
    assert cell(model, 0, "reg_no", Qt.ItemDataRole.ToolTipRole) == "欠薪纠纷\n涉及12人"
    assert cell(model, 0, "people_involved") == "12"
    model.set_unmasked(True)
    assert cell(model, 0, "responsible_phone") == "13812345678"


def test_headings_are_the_hazard_ledgers_own_when_only_hazards_show(desk: Desk) -> None:
    record(desk, kind=RiskKind.HAZARD, level="一般")
    model = RiskTableModel(desk)
    model.search(RiskFilter())
    description = model.column_of("description")
    assert description is not None
    assert model.headerData(description, Qt.Orientation.Horizontal) == "事项名称及简要情况"
    model.search(RiskFilter(kinds=(RiskKind.HAZARD,)))
    assert model.headerData(description, Qt.Orientation.Horizontal) == "隐患描述"
    assert model.rowCount() == 1
