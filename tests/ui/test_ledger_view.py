"""LedgerView: Chinese search as you type, filters, grouping with counts, empty states, counts, 50,000 lines."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from officedesk.domain.risks import Risk, RiskFilter, RiskKind
from officedesk.services.desk import Desk
from officedesk.ui.views.ledger_view import LedgerView

ShowView = Callable[[LedgerView], LedgerView]
TypeText = Callable[[QWidget, str], None]


def record(desk: Desk, **fields: Any) -> Risk:
    base: dict[str, Any] = {"kind": RiskKind.DISPUTE, "found_on": date(2026, 11, 2), "description": "欠薪纠纷"}
    base.update(fields)
    return desk.risks.save(Risk(**base))


def shown(view: LedgerView, key: str) -> list[str]:
    column = view.model.column_of(key)
    assert column is not None
    return [view.model.data(view.model.index(r, column)) for r in range(view.model.rowCount())]


def test_empty_ledger_says_how_to_start(desk: Desk, show_view: ShowView) -> None:
    view = show_view(LedgerView(desk))
    assert view.empty_label.isVisible()
    assert "Ctrl+Shift+N" in view.empty_label.text() and "import a unit's sheet" in view.empty_label.text()
    assert view.count_label.text() == "Lines: 0 · overdue: 0 · due within 3 days: 0"


def test_search_by_two_characters_as_you_type(
    desk: Desk, qtbot: Any, show_view: ShowView, type_chinese: TypeText
) -> None:
    record(desk, description="某小区业主与物业费用纠纷", responsible_unit="城关镇")
    record(desk, description="建筑工地拖欠农民工工资", responsible_unit="人社局")
    record(desk, description="商场消防通道堵塞", kind=RiskKind.HAZARD, responsible_unit="商务局")
    view = show_view(LedgerView(desk))
    assert view.model.rowCount() == 3

    type_chinese(view.search_box, "物业")  # two characters: below the trigram index's reach
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert shown(view, "description") == ["某小区业主与物业费用纠纷"]
    assert view.count_label.text().startswith("Lines shown: 1 of 3")

    view.search_box.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    type_chinese(view.search_box, "消防")
    qtbot.waitUntil(lambda: shown(view, "description") == ["商场消防通道堵塞"])

    type_chinese(view.search_box, "水电")  # "消防水电": nothing
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert view.empty_label.isVisible()
    assert view.empty_label.text() == "Nothing matches — clear the filters"


def test_levels_follow_the_kind_and_filter(desk: Desk, show_view: ShowView) -> None:
    record(desk, kind=RiskKind.HAZARD, level="重大", description="液氨制冷车间")
    record(desk, kind=RiskKind.HAZARD, level="一般", description="灭火器过期")
    record(desk, level="高", description="征地补偿纠纷")
    view = show_view(LedgerView(desk))
    bar = view.filter_bar
    levels = [bar.level.itemText(i) for i in range(bar.level.count())]
    assert levels == ["All levels", "一般", "重大", "高", "中", "低"]

    bar.kind.setCurrentIndex(bar.kind.findData(RiskKind.HAZARD))
    assert [bar.level.itemText(i) for i in range(bar.level.count())] == ["All levels", "一般", "重大"]
    assert view.model.rowCount() == 2
    bar.level.setCurrentIndex(bar.level.findData("重大"))
    assert shown(view, "description") == ["液氨制冷车间"]

    bar.kind.setCurrentIndex(bar.kind.findData(RiskKind.DISPUTE))  # 重大 is no dispute level: dropped
    assert bar.level.currentData() == ""
    assert shown(view, "description") == ["征地补偿纠纷"]


def test_overdue_only_and_due_within_days(desk: Desk, show_view: ShowView) -> None:
    record(desk, description="已超期", due_date=date(2026, 11, 20))
    record(desk, description="五日内", due_date=date(2026, 11, 28))
    record(desk, description="年底", due_date=date(2026, 12, 31))
    view = show_view(LedgerView(desk))
    bar = view.filter_bar
    bar.overdue_only.setChecked(True)
    assert shown(view, "description") == ["已超期"]
    bar.overdue_only.setChecked(False)
    bar.days.setValue(5)
    assert view.model.rowCount() == 3  # the spin box alone filters nothing
    bar.due_within.setChecked(True)
    assert shown(view, "description") == ["五日内"]
    bar.days.setValue(40)
    assert sorted(shown(view, "description")) == ["五日内", "年底"]
    bar.clear()
    assert view.model.rowCount() == 3


def test_group_by_unit_shows_counts_and_a_click_filters(desk: Desk, qtbot: Any, show_view: ShowView) -> None:
    for due in (date(2026, 11, 5), date(2026, 11, 10), date(2026, 12, 31)):
        record(desk, responsible_unit="城关镇", due_date=due)
    record(desk, responsible_unit="人社局", due_date=date(2026, 12, 31), description="社保断缴")
    record(desk, responsible_unit="", description="无责任单位")
    view = show_view(LedgerView(desk))
    assert not view.groups.isVisible()

    view.group_by.setCurrentIndex(view.group_by.findData("responsible_unit"))
    assert view.groups.isVisible()
    assert view.groups.rows() == [("All", "5", "2"), ("城关镇", "3", "2"), ("(not filled in)", "1", ""),
                                  ("人社局", "1", "")]  # fmt: skip

    item = view.groups.topLevelItem(3)
    assert item is not None
    rect = view.groups.visualItemRect(item)
    qtbot.mouseClick(view.groups.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.filter_bar.unit.currentData() == "人社局"
    assert shown(view, "description") == ["社保断缴"]
    assert len(view.groups.rows()) == 4  # the other groups stay listed, one click away
    current = view.groups.currentItem()
    assert current is not None and current.text(0) == "人社局"

    view.filter_to_group("")  # the "All" row
    assert view.model.rowCount() == 5

    view.group_by.setCurrentIndex(view.group_by.findData("lead_leader"))
    assert view.groups.rows() == [("All", "5", "2"), ("(not filled in)", "5", "2")]  # nobody leads them yet


def test_fifty_thousand_lines_stay_instant(desk: Desk, show_view: ShowView) -> None:
    now = desk.clock.now()
    lines = [Risk(kind=RiskKind.ALL[i % 3], found_on=date(2026, 1 + i % 10, 1 + i % 28), description=f"隐患事项{i}",
                  reg_no=f"YH-2026-{i + 1:05d}", responsible_unit=f"单位{i % 40}", due_date=date(2026, 12, 1))
             for i in range(50_000)]  # fmt: skip
    desk.risks.repo.bulk_insert(lines, now)
    started = time.perf_counter()
    view = show_view(LedgerView(desk))
    view.select_row(49_999)  # scrolled to the end: one more page is fetched
    elapsed = time.perf_counter() - started
    assert view.model.rowCount() == 50_000
    assert view.count_label.text().startswith("Lines: 50000 ·")
    assert elapsed < 3.0, f"{elapsed:.2f} s to show 50,000 lines"  # measured ~0.3 s; generous for slow CI
    assert view.model.data(view.model.index(49_999, 0)) == "50000"
    assert desk.risks.count_matching(RiskFilter()) == 50_000
