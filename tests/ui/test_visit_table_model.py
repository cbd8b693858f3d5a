"""VisitTableModel: lazy paging, display text, masking, state colours, the group mark, Qt model rules."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt

from officedesk.domain.ids import VisitId
from officedesk.domain.visits import Visit, VisitFilter, VisitState
from officedesk.services.desk import Desk
from officedesk.ui.models import visit_table_model
from officedesk.ui.models.visit_table_model import (
    PAGE_SIZE,
    STATE_BACKGROUNDS,
    STATE_FOREGROUNDS,
    ObjectRole,
    VisitTableModel,
)

DISPLAY = Qt.ItemDataRole.DisplayRole


def register(desk: Desk, **fields: Any) -> Visit:
    base: dict[str, Any] = {"channel": "来访", "received_at": datetime(2026, 11, 20, 9, 30), "petitioner": "张三",
                            "requests": "要求支付拖欠工资"}  # fmt: skip
    base.update(fields)
    return desk.visits.save(Visit(**base)).visit


def cell(model: VisitTableModel, row: int, key: str, role: int = DISPLAY) -> Any:
    column = model.column_of(key)
    assert column is not None
    return model.data(model.index(row, column), role)


def test_model_passes_qtmodeltester(demo_desk: Desk, qtmodeltester: Any) -> None:
    model = VisitTableModel(demo_desk)
    model.search(VisitFilter())
    assert model.rowCount() > 250
    qtmodeltester.check(model)


def test_rows_are_fetched_a_page_at_a_time(demo_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    model = VisitTableModel(demo_desk)
    model.search(VisitFilter())
    fetched: list[int] = []
    real_fetch = demo_desk.visits.fetch

    def counting_fetch(ids: Sequence[VisitId]) -> list[Visit]:
        fetched.append(len(ids))
        return real_fetch(ids)

    monkeypatch.setattr(demo_desk.visits, "fetch", counting_fetch)

    reg_no = cell(model, 250, "reg_no")
    cell(model, 251, "petitioner")
    cell(model, 260, "requests")

    assert fetched == [min(PAGE_SIZE, model.rowCount() - PAGE_SIZE)]  # one page, the one holding row 250
    assert reg_no == demo_desk.visits.get(model.visit_id(250)).reg_no


def test_least_recently_used_pages_are_let_go(demo_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(visit_table_model, "MAX_PAGES", 1)
    model = VisitTableModel(demo_desk)
    model.search(VisitFilter())
    fetched: list[int] = []
    real_fetch = demo_desk.visits.fetch

    def counting_fetch(ids: Sequence[VisitId]) -> list[Visit]:
        fetched.append(int(ids[0]))
        return real_fetch(ids)

    monkeypatch.setattr(demo_desk.visits, "fetch", counting_fetch)
    first = cell(model, 0, "reg_no")
    cell(model, 250, "reg_no")
    assert cell(model, 0, "reg_no") == first  # fetched again: page 0 was let go for page 1
    assert fetched == [model.visit_id(0), model.visit_id(PAGE_SIZE), model.visit_id(0)]


def test_newest_first_and_object_role(demo_desk: Desk) -> None:
    model = VisitTableModel(demo_desk)
    model.search(VisitFilter())
    first = cell(model, 0, "received_at", ObjectRole)
    second = cell(model, 1, "received_at", ObjectRole)
    assert isinstance(first, Visit) and isinstance(second, Visit)
    assert first.received_at >= second.received_at
    assert first.id == model.visit_id(0)


def test_overdue_row_is_red_and_says_so(desk: Desk) -> None:
    visit = register(desk, received_at=datetime(2026, 9, 1, 9, 30), accepted_on=date(2026, 9, 2),
                     disposition="交办", handling_unit="办公室")  # fmt: skip
    register(desk, petitioner="李四", disposition="当场答复")  # answered on the spot: 办结
    model = VisitTableModel(desk)
    model.search(VisitFilter())
    row = model.row_of(visit.id)  # type: ignore[arg-type]
    assert row is not None

    assert cell(model, row, "state") == VisitState.OVERDUE
    assert cell(model, row, "reg_no", Qt.ItemDataRole.BackgroundRole) == STATE_BACKGROUNDS[VisitState.OVERDUE]
    assert cell(model, row, "reg_no", Qt.ItemDataRole.ForegroundRole) == STATE_FOREGROUNDS[VisitState.OVERDUE]
    closed_row = 1 - row
    assert cell(model, closed_row, "state") == VisitState.CLOSED
    assert cell(model, closed_row, "reg_no", Qt.ItemDataRole.BackgroundRole) == STATE_BACKGROUNDS[VisitState.CLOSED]


def test_open_row_has_no_state_colour(desk: Desk) -> None:
    register(desk, accepted_on=date(2026, 11, 20), disposition="交办", handling_unit="办公室")
    model = VisitTableModel(desk)
    model.search(VisitFilter())
    assert cell(model, 0, "state") == VisitState.OPEN
    assert cell(model, 0, "state", Qt.ItemDataRole.BackgroundRole) is None


def test_dates_personal_data_and_tooltip(desk: Desk) -> None:
    register(desk, phone="13812345678", id_number="110101199003077777",
             requests="要求支付拖欠的三个月工资\n共计一万二千元")  # fmt: skip
    model = VisitTableModel(desk)
    model.search(VisitFilter())

    assert cell(model, 0, "received_at") == "2026-11-20 09:30"
    assert cell(model, 0, "phone") == "138****5678"
    assert cell(model, 0, "id_number") == "110101********7777"
    assert cell(model, 0, "requests") == "要求支付拖欠的三个月工资 共计一万二千元"  # one line in the table
    assert cell(model, 0, "petitioner", Qt.ItemDataRole.ToolTipRole) == "要求支付拖欠的三个月工资\n共计一万二千元"

    model.set_unmasked(True)
    assert cell(model, 0, "phone") == "13812345678"
    assert cell(model, 0, "id_number") == "110101199003077777"


def test_group_visits_are_marked_from_the_threshold(desk: Desk) -> None:
    register(desk, people_count=4)
    register(desk, people_count=6, received_at=datetime(2026, 11, 21, 9, 0))
    model = VisitTableModel(desk)
    model.search(VisitFilter())
    assert cell(model, 0, "people_count") == "6 group"  # the English source; zh_CN reads "6 集体"
    assert cell(model, 1, "people_count") == "4"

    desk.settings.save(desk.settings.with_changes(group_threshold=3))
    model.refresh()
    assert cell(model, 1, "people_count") == "4 group"


def test_search_resets_and_filters(desk: Desk, qtbot: Any) -> None:
    register(desk, petitioner="王五", channel="来信")
    register(desk, petitioner="赵六", received_at=datetime(2026, 11, 21, 9, 0))
    model = VisitTableModel(desk)
    with qtbot.waitSignal(model.modelReset):
        model.search(VisitFilter(channels=("来信",)))
    assert model.rowCount() == 1
    assert cell(model, 0, "petitioner") == "王五"
    assert model.current_filter.channels == ("来信",)
