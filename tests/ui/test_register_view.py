"""RegisterView: search as you type, filters, empty states, opening a visit, remembered columns."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from officedesk.domain.visits import Visit, VisitFilter, VisitState
from officedesk.services.desk import Desk
from officedesk.ui.views.register_view import DEFAULT_VISIBLE, RegisterView
from officedesk.ui.widgets.column_chooser import ColumnChooser, apply_columns

ShowView = Callable[[RegisterView], RegisterView]
TypeText = Callable[[QWidget, str], None]


def register(desk: Desk, **fields: Any) -> Visit:
    base: dict[str, Any] = {"channel": "来访", "received_at": datetime(2026, 11, 20, 9, 30), "petitioner": "张三",
                            "requests": "要求支付拖欠工资"}  # fmt: skip
    base.update(fields)
    return desk.visits.save(Visit(**base)).visit


def shown_values(view: RegisterView, key: str) -> list[str]:
    column = view.model.column_of(key)
    assert column is not None
    return [view.model.data(view.model.index(r, column)) for r in range(view.model.rowCount())]


def test_empty_register_says_how_to_start(desk: Desk, show_view: ShowView) -> None:
    view = show_view(RegisterView(desk))
    assert view.model.rowCount() == 0
    assert view.empty_label.isVisible()
    assert view.empty_label.text() == "No visits yet — press Ctrl+N to register the first one"


def test_search_box_filters_as_you_type(
    demo_desk: Desk, qtbot: Any, show_view: ShowView, type_chinese: TypeText
) -> None:
    marked = register(demo_desk, petitioner="蔺琪", requests="要求解决噪声扰民问题")
    register(demo_desk, petitioner="匿名", requests="要求游泳健身会所退还预付费",
             received_at=datetime(2026, 11, 21, 8, 0))  # fmt: skip
    view = show_view(RegisterView(demo_desk))
    everything = view.model.rowCount()
    assert everything > 300

    type_chinese(view.search_box, "蔺琪")  # two characters: below the trigram index's reach
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert shown_values(view, "petitioner") == ["蔺琪"]

    view.search_box.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == everything)
    type_chinese(view.search_box, "游泳健身")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert shown_values(view, "requests") == ["要求游泳健身会所退还预付费"]
    assert not view.empty_label.isVisible()

    view.search_box.clear()
    qtbot.keyClicks(view.search_box, marked.reg_no)
    qtbot.waitUntil(lambda: shown_values(view, "reg_no") == [marked.reg_no])


def test_search_without_hits_says_to_clear_filters(
    desk: Desk, qtbot: Any, show_view: ShowView, type_chinese: TypeText
) -> None:
    register(desk)
    view = show_view(RegisterView(desk))
    type_chinese(view.search_box, "没有这种诉求")
    qtbot.waitUntil(view.empty_label.isVisible)
    assert view.empty_label.text() == "Nothing matches — clear the filters"

    view.clear_filters()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert not view.empty_label.isVisible()


def test_overdue_only_and_state_filter(demo_desk: Desk, show_view: ShowView) -> None:
    view = show_view(RegisterView(demo_desk))
    overdue = demo_desk.visits.search(VisitFilter(states=(VisitState.OVERDUE,)))
    assert 0 < len(overdue) < view.model.rowCount()

    view.filter_bar.overdue_only.setChecked(True)
    assert view.model.rowCount() == len(overdue)
    assert set(shown_values(view, "state")) == {VisitState.OVERDUE}

    view.filter_bar.clear()
    view.filter_bar.state.setCurrentIndex(view.filter_bar.state.findData(VisitState.CLOSED))
    assert set(shown_values(view, "state")) == {VisitState.CLOSED}


def test_channel_and_date_filters(demo_desk: Desk, show_view: ShowView) -> None:
    view = show_view(RegisterView(demo_desk))
    bar = view.filter_bar
    bar.channel.setCurrentIndex(bar.channel.findData("来信"))
    assert view.model.rowCount() > 0
    assert set(shown_values(view, "channel")) == {"来信"}

    bar.date_from.setDate(QDate(2026, 10, 1))
    bar.date_to.setDate(QDate(2026, 10, 31))
    assert view.current_filter().date_from == date(2026, 10, 1)
    received = shown_values(view, "received_at")
    assert received and all("2026-10-01" <= r[:10] <= "2026-10-31" for r in received)

    bar.clear()
    assert view.current_filter() == VisitFilter()


def test_phone_is_masked_in_the_table(desk: Desk, show_view: ShowView) -> None:
    register(desk, phone="13912345678")
    view = show_view(RegisterView(desk))
    phone = view.model.column_of("phone")
    assert phone is not None and not view.table.isColumnHidden(phone)
    assert shown_values(view, "phone") == ["139****5678"]


def test_enter_opens_the_selected_visit(desk: Desk, qtbot: Any, show_view: ShowView) -> None:
    visit = register(desk)
    view = show_view(RegisterView(desk))
    view.select_row(0)
    view.table.setFocus()
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [visit.id]


def test_double_click_opens_the_visit(desk: Desk, qtbot: Any, show_view: ShowView) -> None:
    register(desk)
    second = register(desk, petitioner="李四", received_at=datetime(2026, 11, 19, 9, 0))
    view = show_view(RegisterView(desk))
    rect = view.table.visualRect(view.model.index(1, 0))
    # A click first: QTest's very first synthesized double-click in a window arrives as a single press.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [second.id]


def test_refresh_keeps_the_selection(desk: Desk, show_view: ShowView) -> None:
    first = register(desk)
    view = show_view(RegisterView(desk))
    view.select_row(0)
    register(desk, petitioner="李四", received_at=datetime(2026, 11, 22, 9, 0))  # newer: lands above
    view.refresh()
    assert view.model.rowCount() == 2
    assert view.selected_visit_id() == first.id
    assert view.table.selectionModel().selectedRows()[0].row() == 1


def test_columns_are_remembered(desk: Desk, show_view: ShowView) -> None:
    view = show_view(RegisterView(desk))
    header = view.table.horizontalHeader()
    keys = [c.key for c in view.model.columns]
    in_order = [header.logicalIndex(v) for v in range(header.count())]
    shown = [keys[i] for i in in_order if not header.isSectionHidden(i)]
    assert shown == list(DEFAULT_VISIBLE)

    order = [keys.index("petitioner"), keys.index("reg_no"), keys.index("remarks")]
    apply_columns(header, [(i, True) for i in order] + [(i, False) for i in range(len(keys)) if i not in order])
    header.resizeSection(keys.index("petitioner"), 222)
    view.save_columns()

    again = show_view(RegisterView(desk)).table.horizontalHeader()
    visible = [again.logicalIndex(v) for v in range(again.count()) if not again.isSectionHidden(again.logicalIndex(v))]
    assert visible == order
    assert again.sectionSize(keys.index("petitioner")) == 222


def test_column_chooser_hides_and_orders(desk: Desk, qtbot: Any, show_view: ShowView) -> None:
    view = show_view(RegisterView(desk))
    header = view.table.horizontalHeader()
    dialog = ColumnChooser(header, view)
    qtbot.addWidget(dialog)
    phone_row = next(i for i in range(dialog.list.count()) if dialog.list.item(i).text() == "联系电话")
    dialog.list.item(phone_row).setCheckState(Qt.CheckState.Unchecked)
    dialog.list.setCurrentRow(phone_row)
    dialog._move(-1)
    dialog.apply()

    phone = view.model.column_of("phone")
    petitioner = view.model.column_of("petitioner")
    assert phone is not None and petitioner is not None
    assert header.isSectionHidden(phone)
    assert header.visualIndex(phone) < header.visualIndex(petitioner)  # moved up past 信访人
