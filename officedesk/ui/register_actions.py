"""What the register's menu and toolbar actions do: one small method per user action, then a refresh."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from officedesk.domain.ids import VisitId
from officedesk.services.desk import Desk
from officedesk.ui.views.register_view import RegisterView
from officedesk.ui.widgets.export_file_dialog import ask_export_path
from officedesk.ui.widgets.progress_runner import Cancelled, run_with_progress

EXPORT_SUFFIXES = {"xlsx": ".xlsx", "csv": ".csv", "pdf": ".pdf"}


class RegisterActions(QObject):
    """Handlers for the register: new, edit, void, export, print, import. `notice` carries a result line."""

    notice = Signal(str)
    settings_changed = Signal()

    def __init__(self, desk: Desk, view: RegisterView, window: QWidget) -> None:
        super().__init__(window)
        self.desk = desk
        self.view = view
        self.window = window

    # --- editing --------------------------------------------------------------------------------
    def new_visit(self) -> None:
        self._open_visit(None)

    def edit_visit(self) -> None:
        vid = self.view.selected_visit_id()
        if vid is not None:
            self._open_visit(vid)

    def open_visit(self, visit_id: int) -> None:
        self._open_visit(VisitId(visit_id))

    def _open_visit(self, visit_id: VisitId | None) -> None:
        from officedesk.ui.dialogs.visit_dialog import VisitDialog  # lazy: another module's start-up cost

        dialog = VisitDialog(self.desk, visit_id, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda vid: self.view.refresh(select=VisitId(vid)))
        dialog.notes_changed.connect(lambda _vid: self.view.refresh())  # notes are searchable text
        dialog.open()

    def void_visit(self) -> None:
        vid = self.view.selected_visit_id()
        if vid is None:
            return
        from officedesk.ui.dialogs.void_dialog import VoidDialog

        dialog = VoidDialog(self.window, self.desk.visits.get(vid).reg_no)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reason_given.connect(lambda reason: self._void(vid, reason))
        dialog.open()

    def _void(self, visit_id: VisitId, reason: str) -> None:
        try:
            self.desk.visits.void(visit_id, reason)
        except Exception as e:  # ValidationFailed / StorageUnavailable: str() is the clerk's sentence
            self._warn(self.tr("Void failed"), e)
            return
        self.view.refresh()  # a void visit leaves the default list; the selection goes with it
        self.notice.emit(self.tr("Visit voided"))

    def edit_settings(self) -> None:
        from officedesk.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.desk, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._after_settings)
        dialog.open()

    def _after_settings(self) -> None:
        # Periods, the 临期 window, the lists and the calendar may all have changed.
        self.view.reload_lists()
        self.view.refresh()
        self.settings_changed.emit()

    # --- files out ------------------------------------------------------------------------------
    def export(self) -> None:
        today = self.desk.clock.today().isoformat()
        filters = ";;".join([self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, UTF-8 (*.csv)"),
                             self.tr("PDF list (*.pdf)")])  # fmt: skip
        name, chosen = ask_export_path(self.window, self.tr("Export register"), f"信访登记台账-{today}.xlsx", filters,
                                       self.desk.settings.settings.export_dir)  # fmt: skip
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in EXPORT_SUFFIXES.values():
            fmt = next((k for k in EXPORT_SUFFIXES if f"*.{k}" in chosen), "xlsx")
            path = path.with_name(path.name + EXPORT_SUFFIXES[fmt])
        masked = self._ask_masked()
        if masked is None:
            return
        f = self.view.current_filter()
        try:
            result = run_with_progress(
                self.window,
                self.tr("Exporting…"),
                lambda progress: self.desk.output.export(path, f, masked=masked, progress=progress),
            )
        except Cancelled:
            return
        except Exception as e:  # the exporters' errors carry the clerk's message (exchange/errors.py)
            self._warn(self.tr("Export failed"), e)
            return
        self.notice.emit(self.tr("Exported {rows} visits to {file}").format(rows=result.rows, file=result.path.name))

    def _ask_masked(self) -> bool | None:
        """Masked unless the clerk explicitly asks otherwise (personal data leaves the desk). None: cancel."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Export register"),
                          self.tr("Phone and ID numbers are masked in exports. Export them in full?\n"
                                  "Full exports are recorded in the audit log."),
                          QMessageBox.StandardButton.Cancel, self.window)  # fmt: skip
        masked = box.addButton(self.tr("Masked"), QMessageBox.ButtonRole.AcceptRole)
        full = box.addButton(self.tr("In full"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(masked if self.desk.settings.settings.export_masked else full)  # Settings → Export
        box.exec()
        if box.clickedButton() is full:
            return False
        return True if box.clickedButton() is masked else None

    def print_list(self) -> None:
        buf = io.BytesIO()
        f = self.view.current_filter()
        try:
            run_with_progress(
                self.window,
                self.tr("Preparing the list…"),
                lambda progress: self.desk.output.write_register_list(buf, f, masked=True, progress=progress),
            )
        except Cancelled:
            return
        except Exception as e:
            self._warn(self.tr("Printing failed"), e)
            return
        self._preview(buf.getvalue(), self.tr("Register list"))

    def print_visit_form(self) -> None:
        vid = self.view.selected_visit_id()
        if vid is None:
            return
        try:
            pdf = self.desk.output.visit_form_pdf(vid)
        except Exception as e:
            self._warn(self.tr("Printing failed"), e)
            return
        self._preview(pdf, self.tr("Visit form"))

    def _preview(self, pdf: bytes, title: str) -> None:
        from officedesk.ui.print_preview import show_pdf_preview

        show_pdf_preview(self.window, pdf, title)

    # --- files in -------------------------------------------------------------------------------
    def import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import visits"), str(Path.home()),
            self.tr("Spreadsheets (*.xlsx *.xls *.csv);;All files (*)"),
        )  # fmt: skip
        if not name:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            plan = self.desk.imports.plan(Path(name))
        except Exception as e:  # ImportRefused & co.: str() names the file, sheet, row and column
            QApplication.restoreOverrideCursor()
            self._warn(self.tr("Import refused"), e)
            return
        QApplication.restoreOverrideCursor()
        from officedesk.ui.dialogs.import_preview_dialog import ImportPreviewDialog

        dialog = ImportPreviewDialog(plan, self.window)
        if dialog.exec() != ImportPreviewDialog.DialogCode.Accepted:
            return
        try:
            count = self.desk.imports.commit(plan)
        except Exception as e:
            self._warn(self.tr("Import failed"), e)
            return
        self.view.refresh()
        self.notice.emit(self.tr("Imported {count} visits from {file}").format(count=count, file=plan.path.name))

    # --- helpers --------------------------------------------------------------------------------
    def _warn(self, title: str, error: Exception) -> None:
        QMessageBox.warning(self.window, title, str(error) or type(error).__name__)
