"""LedgerActions with a LedgerView and a plain parent: new, void, reminders, layouts, export, print, import;
and the register's "Open a ledger line from this visit" in the main window."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QWidget

import officedesk.ui.print_preview as print_preview
from officedesk.domain.risks import Risk, RiskFilter, RiskKind, RiskStatus
from officedesk.domain.visits import Visit
from officedesk.services.desk import Desk
from officedesk.ui import ledger_actions
from officedesk.ui.dialogs.ledger_export_dialog import LedgerExportDialog
from officedesk.ui.dialogs.ledger_import_dialog import LedgerImportDialog
from officedesk.ui.dialogs.ledger_layouts_dialog import LedgerLayoutsDialog
from officedesk.ui.dialogs.reminder_dialog import ReminderDialog
from officedesk.ui.dialogs.risk_dialog import RiskDialog
from officedesk.ui.ledger_actions import LedgerActions
from officedesk.ui.views.ledger_view import LedgerView


def record(desk: Desk, **fields: Any) -> Risk:
    base: dict[str, Any] = {"kind": RiskKind.DISPUTE, "found_on": date(2026, 11, 2), "description": "欠薪纠纷",
                            "responsible_unit": "城关镇"}  # fmt: skip
    base.update(fields)
    return desk.risks.save(Risk(**base))


def overdue_visit(desk: Desk) -> Visit:
    """Accepted on 2 September, assigned: its 60日 ran out in November."""
    visit = Visit(channel="来访", received_at=datetime(2026, 9, 1, 9, 30), petitioner="张三",
                  requests="要求支付拖欠工资", accepted_on=date(2026, 9, 2), disposition="交办",
                  handling_unit="人社局")  # fmt: skip
    return desk.visits.save(visit).visit


@pytest.fixture
def actions(desk: Desk, qtbot: Any) -> LedgerActions:
    window = QWidget()
    qtbot.addWidget(window)
    view = LedgerView(desk, window)
    return LedgerActions(desk, view, window)


def only_child(parent: QWidget, kind: type[QDialog]) -> Any:
    found = [d for d in parent.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, found
    return found[0]


def test_reminder_lists_an_overdue_line_and_opens_it(actions: LedgerActions, qtbot: Any) -> None:
    late = record(actions.desk, due_date=date(2026, 11, 20), description="拖欠工程款纠纷")
    soon = record(actions.desk, due_date=date(2026, 11, 25), description="噪声扰民")
    record(actions.desk, due_date=date(2026, 12, 31), description="年底到期")
    visit = overdue_visit(actions.desk)
    opened_visits: list[int] = []
    actions.open_visit = opened_visits.append

    dialog = actions.show_reminders()
    assert isinstance(dialog, ReminderDialog) and dialog.isVisible() and not dialog.isModal()
    assert dialog.targets() == [("risk", late.id), ("risk", soon.id), ("visit", visit.id)]
    sections = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]  # type: ignore[union-attr]
    assert sections == ["Overdue ledger lines (1)", "Ledger lines due soon (1)", "Overdue visits (1)"]

    first = dialog.tree.topLevelItem(0).child(0)  # type: ignore[union-attr]
    assert first.text(0) == late.reg_no and "拖欠工程款纠纷" in first.text(1)
    qtbot.waitExposed(dialog)
    rect = dialog.tree.visualItemRect(first)
    # A real double-click: press and release, then the second press arrives as a double-click.
    qtbot.mouseClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    opened = only_child(actions.window, RiskDialog)
    assert opened.risk.id == late.id and opened.state_bar.badge.text() == "超期"
    opened.reject()

    visit_item = dialog.tree.topLevelItem(2).child(0)  # type: ignore[union-attr]
    dialog.tree.setCurrentItem(visit_item)
    assert dialog.open_button.isEnabled()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened_visits == [visit.id]


def test_no_reminder_when_nothing_is_due(actions: LedgerActions) -> None:
    record(actions.desk, due_date=date(2026, 12, 31))
    with pytest.raises(AssertionError):
        only_child(actions.window, ReminderDialog)
    assert actions.show_reminders() is None


def test_new_line_takes_the_filtered_kind(actions: LedgerActions, qtbot: Any) -> None:
    bar = actions.view.filter_bar
    bar.kind.setCurrentIndex(bar.kind.findData(RiskKind.HAZARD))
    actions.new_action.trigger()
    dialog = only_child(actions.window, RiskDialog)
    assert dialog.facts.kind.currentText() == RiskKind.HAZARD
    dialog.facts.description.setPlainText("配电箱未接地")
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save()
    assert actions.view.model.rowCount() == 1
    assert actions.view.selected_risk_id() == actions.view.model.risk_id(0)
    assert actions.edit_action.isEnabled()


def test_void_asks_a_reason_then_hides_the_line(actions: LedgerActions, qtbot: Any) -> None:
    from officedesk.ui.dialogs.void_dialog import VoidDialog

    line = record(actions.desk)
    actions.view.refresh()
    actions.view.select_row(0)
    actions.void_action.trigger()
    dialog = only_child(actions.window, VoidDialog)
    assert dialog.windowTitle() == f"Void ledger line {line.reg_no}"
    assert "A voided line stays in the ledger" in dialog.findChild(QLabel).text()  # type: ignore[union-attr]
    dialog.reason_edit.setPlainText("重复录入")
    with qtbot.waitSignal(actions.notice):
        dialog.accept()
    assert line.id is not None
    voided = actions.desk.risks.get(line.id)
    assert (voided.status, voided.void_reason) == (RiskStatus.VOID, "重复录入")
    assert actions.view.model.rowCount() == 0


def test_layouts_are_named_saved_and_deleted(actions: LedgerActions) -> None:
    actions.layouts_action.trigger()
    dialog = only_child(actions.window, LedgerLayoutsDialog)
    assert not dialog.save_layout()  # no name yet
    assert "name" in dialog.message.text()
    dialog.name.setText("县应急局")
    hazard = dialog.lists[RiskKind.HAZARD]
    keys = hazard.keys()
    assert keys[:3] == ["number", "found_on", "checked_unit"]  # the standard columns, ticked
    item = hazard.item(0)
    assert item is not None
    item.setCheckState(Qt.CheckState.Unchecked)  # no 序号 for this recipient
    assert dialog.save_layout()
    saved = actions.desk.ledger_io.layouts()["县应急局"]
    assert saved[RiskKind.HAZARD] == keys[1:] and saved[RiskKind.DISPUTE][0] == "number"
    assert [dialog.names.item(i).text() for i in range(dialog.names.count())] == ["县应急局"]  # type: ignore[union-attr]
    dialog.delete_layout()
    assert actions.desk.ledger_io.layouts() == {}


def test_export_uses_the_options_and_the_filter(actions: LedgerActions, tmp_path: Path, qtbot: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    record(actions.desk, responsible_phone="13812345678", description="物业纠纷")
    record(actions.desk, kind=RiskKind.HAZARD, level="一般", description="灭火器过期")
    actions.view.refresh()
    bar = actions.view.filter_bar
    bar.kind.setCurrentIndex(bar.kind.findData(RiskKind.DISPUTE))
    target = tmp_path / "台账"  # no suffix: the chosen filter decides
    monkeypatch.setattr(ledger_actions, "ask_export_path", lambda *a, **k: (str(target), "Excel workbook (*.xlsx)"))
    actions.export_action.trigger()
    dialog = only_child(actions.window, LedgerExportDialog)
    dialog.reporting_unit.setText("城关镇人民政府")
    with qtbot.waitSignal(actions.notice) as blocker:
        dialog.accept()
    assert blocker.args == ["Exported 1 lines to 台账.xlsx"]
    book = load_workbook(tmp_path / "台账.xlsx")
    texts = [str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    assert "物业纠纷" in texts and "灭火器过期" not in texts
    assert any("城关镇人民政府" in t for t in texts)
    assert not any("13812345678" in t for t in texts)


def test_print_previews_the_filtered_ledger(actions: LedgerActions, monkeypatch: pytest.MonkeyPatch) -> None:
    record(actions.desk)
    shown: list[tuple[bytes, str]] = []
    monkeypatch.setattr(print_preview, "show_pdf_preview", lambda _parent, pdf, title: shown.append((pdf, title)))
    actions.print_action.trigger()
    assert len(shown) == 1 and shown[0][0].startswith(b"%PDF") and shown[0][1] == "Ledger"


def unit_sheet(path: Path, progress: str) -> Path:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["城关镇矛盾纠纷排查化解台账"])
    ws.append(["填报单位：城关镇人民政府", None, None, "填报日期：2026年11月20日"])
    ws.append(["序号", "排查日期", "事项名称及简要情况", "风险等级", "包案领导", "化解时限", "进展情况"])
    ws.append([1, "2026.11.02", "某小区物业费纠纷", "中", "李镇长", "2026年12月31日", progress])
    ws.append([2, "2026/11/05", "工地欠薪", "高", "王书记", "2026-12-15", ""])
    book.save(path)
    return path


def test_import_previews_then_merges_a_units_sheet(
    actions: LedgerActions, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> None:
    first = unit_sheet(tmp_path / "城关镇.xlsx", "已约谈物业")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(first), ""))
    actions.import_action.trigger()
    dialog = only_child(actions.window, LedgerImportDialog)
    assert "New lines: 2. Lines already in the ledger, updated: 0." in dialog.summary.text()
    mapping = [(dialog.mapping.item(r, 0).text(), dialog.mapping.item(r, 1).text())  # type: ignore[union-attr]
               for r in range(dialog.mapping.rowCount())]  # fmt: skip
    assert ("进展情况", "进展情况") in mapping and ("化解时限", "化解时限") in mapping
    assert dialog.unit.currentText() == "城关镇人民政府"
    with qtbot.waitSignal(actions.notice) as blocker:
        dialog.accept()
    assert blocker.args == ["Imported 2 new and 0 updated lines"]
    assert actions.view.model.rowCount() == 2

    again = unit_sheet(tmp_path / "城关镇-更新.xlsx", "双方达成调解协议")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(again), ""))
    actions.import_action.trigger()
    dialog = only_child(actions.window, LedgerImportDialog)
    assert "New lines: 0. Lines already in the ledger, updated: 2." in dialog.summary.text()
    dialog.accept()
    assert actions.desk.risks.count_matching(RiskFilter()) == 2  # updated, never duplicated
    assert warnings == []


def test_a_refused_sheet_is_explained_and_nothing_changes(actions: LedgerActions, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          warnings: list[str]) -> None:  # fmt: skip
    bad = tmp_path / "坏.xlsx"
    bad.write_bytes(b"not a workbook at all")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    actions.import_action.trigger()
    assert len(warnings) == 1 and warnings[0]
    assert actions.desk.risks.count_matching(RiskFilter(include_void=True)) == 0


def test_register_opens_a_prefilled_ledger_line_from_a_visit(desk: Desk, qtbot: Any) -> None:
    from officedesk.ui.main_window import MainWindow

    visit = overdue_visit(desk)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    assert not window.to_ledger_action.isEnabled()
    window.register_view.select_row(0)
    assert window.to_ledger_action in window.register_view.table.actions()  # in the table's context menu too
    window.to_ledger_action.trigger()
    dialog = only_child(window, RiskDialog)
    assert dialog.facts.kind.currentText() == RiskKind.PETITION
    assert dialog.facts.description.toPlainText() == "要求支付拖欠工资"
    assert dialog.measures.responsible_unit.currentText() == "人社局"
    assert visit.reg_no in dialog.facts.origin.text()
    with qtbot.waitSignal(dialog.saved) as blocker:
        assert dialog.save()
    line = desk.risks.get(blocker.args[0])
    assert line.related_visit_id == visit.id and line.kind == RiskKind.PETITION
    assert window.ledger_view.model.rowCount() == 1


def test_window_shows_the_ledger_toolbar_and_search_on_its_page(desk: Desk, qtbot: Any) -> None:
    from officedesk.ui.main_window import PAGE_LEDGER, PAGE_REGISTER, MainWindow

    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the search box can take the focus only in the active window
    toolbar = window.ledger_actions.toolbar
    assert toolbar is not None
    assert window.register_toolbar.isVisible() and not toolbar.isVisible()
    window.show_page(PAGE_LEDGER)
    assert toolbar.isVisible() and not window.register_toolbar.isVisible()
    assert not window.counts_label.isVisible()  # the ledger has its own counts
    window.find_action.trigger()
    assert window.nav.currentRow() == PAGE_LEDGER
    assert window.ledger_view.search_box.hasFocus()
    window.show_page(PAGE_REGISTER)
    assert window.register_toolbar.isVisible() and not toolbar.isVisible()
