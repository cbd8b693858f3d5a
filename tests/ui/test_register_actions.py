"""RegisterActions with a RegisterView and a plain parent widget: void, export, print, import, new visit."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

import officedesk.ui.print_preview as print_preview
from officedesk.domain.visits import Visit, VisitState
from officedesk.services.desk import Desk
from officedesk.services.visit_import import ImportPlan
from officedesk.ui import register_actions
from officedesk.ui.dialogs.import_preview_dialog import ImportPreviewDialog
from officedesk.ui.register_actions import RegisterActions
from officedesk.ui.views.register_view import RegisterView


@pytest.fixture
def actions(demo_desk: Desk, qtbot: Any) -> RegisterActions:
    window = QWidget()
    qtbot.addWidget(window)
    view = RegisterView(demo_desk, window)
    return RegisterActions(demo_desk, view, window)


def test_void_asks_a_reason_then_hides_the_visit(actions: RegisterActions, qtbot: Any) -> None:
    from officedesk.ui.dialogs.void_dialog import VoidDialog

    view = actions.view
    before = view.model.rowCount()
    view.select_row(0)
    vid = view.selected_visit_id()
    assert vid is not None
    actions.void_visit()
    dialog = actions.window.findChild(VoidDialog)
    assert dialog is not None
    dialog.reason_edit.setPlainText("重复登记")
    with qtbot.waitSignal(actions.notice):
        dialog.accept()

    voided = actions.desk.visits.get(vid)
    assert voided.status == VisitState.VOID and voided.void_reason == "重复登记"
    assert view.model.rowCount() == before - 1 and view.model.row_of(vid) is None


def test_export_is_masked_and_reports_the_rows(actions: RegisterActions, tmp_path: Path, qtbot: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    target = tmp_path / "台账"  # no suffix: the chosen filter decides
    monkeypatch.setattr(register_actions, "ask_export_path", lambda *a: (str(target), "Excel workbook (*.xlsx)"))
    monkeypatch.setattr(actions, "_ask_masked", lambda: True)
    actions.view.filter_bar.channel.setCurrentIndex(actions.view.filter_bar.channel.findData("来电"))
    rows = actions.view.model.rowCount()

    with qtbot.waitSignal(actions.notice) as notice:
        actions.export()

    written = tmp_path / "台账.xlsx"
    assert notice.args == [f"Exported {rows} visits to 台账.xlsx"]
    book = load_workbook(written, read_only=True)
    try:
        cells = [str(c) for row in book.active.iter_rows(values_only=True) for c in row if c is not None]
    finally:
        book.close()  # read-only workbooks keep the file open until closed
    assert "来电" in cells and "来访" not in cells  # the view's filter went along
    assert not [c for c in cells if re.search(r"\b1\d{10}\b", c)]  # no full mobile number left the desk


def test_export_failure_shows_the_clerks_message(actions: RegisterActions, tmp_path: Path, warnings: list[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    target = tmp_path / "gone" / "x.csv"
    monkeypatch.setattr(register_actions, "ask_export_path", lambda *a: (str(target), ""))
    monkeypatch.setattr(actions, "_ask_masked", lambda: True)
    actions.export()
    assert len(warnings) == 1 and "gone" in warnings[0]
    assert not target.exists()


def test_print_list_and_visit_form_open_a_preview(actions: RegisterActions, monkeypatch: pytest.MonkeyPatch) -> None:
    previews: list[tuple[bytes, str]] = []
    monkeypatch.setattr(print_preview, "show_pdf_preview", lambda _p, pdf, title: previews.append((pdf, title)))
    actions.print_list()
    actions.view.select_row(0)
    actions.print_visit_form()
    assert [title for _, title in previews] == ["Register list", "Visit form"]
    assert all(pdf.startswith(b"%PDF") for pdf, _ in previews)


def test_import_refusal_is_shown(actions: RegisterActions, warnings: list[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: ("/x/登记.xlsx", ""))

    def refuse(_path: Path) -> ImportPlan:
        raise ValueError("第3行「登记时间」：日期无法识别")

    monkeypatch.setattr(actions.desk.imports, "plan", refuse)
    actions.import_file()
    assert warnings == ["第3行「登记时间」：日期无法识别"]


def test_import_preview_then_commit(actions: RegisterActions, tmp_path: Path, qtbot: Any,
                                    monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    visits = tuple(Visit(channel="来信", received_at=datetime(2026, 11, 2, 9, 0), petitioner=name, requests="要求答复")
                   for name in ("甲某", "乙某"))  # fmt: skip
    column_map = (("姓名", "petitioner"), ("来信日期", "received_at"))
    plan = ImportPlan(tmp_path / "旧台账.xlsx", "Sheet1", visits, column_map, ())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(plan.path), ""))
    monkeypatch.setattr(actions.desk.imports, "plan", lambda _path: plan)
    previews: list[ImportPreviewDialog] = []

    def accept(dialog: ImportPreviewDialog) -> int:
        previews.append(dialog)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    before = actions.view.model.rowCount()
    with qtbot.waitSignal(actions.notice) as notice:
        actions.import_file()

    assert notice.args == ["Imported 2 visits from 旧台账.xlsx"]
    assert actions.view.model.rowCount() == before + 2
    assert previews[0].import_button.isEnabled()


def test_new_visit_opens_the_dialog_and_selects_the_saved_visit(actions: RegisterActions) -> None:
    from officedesk.ui.dialogs.visit_dialog import VisitDialog

    actions.new_visit()
    dialog = actions.window.findChild(VisitDialog)
    assert dialog is not None and dialog.isVisible()
    saved = actions.desk.visits.save(
        Visit(channel="来电", received_at=datetime(2026, 11, 10, 9, 0), petitioner="丙某", requests="咨询社保")
    ).visit
    assert saved.id is not None
    dialog.saved.emit(saved.id)
    assert actions.view.selected_visit_id() == saved.id
    dialog.reject()
