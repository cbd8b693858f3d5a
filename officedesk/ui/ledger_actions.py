"""What the ledger's menu and toolbar do: one small method per user action, then a refresh of the ledger view."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMenu,
    QMenuBar,
    QMessageBox,
    QStyle,
    QToolBar,
    QWidget,
)

from officedesk.domain.ids import RiskId, VisitId
from officedesk.domain.risks import Risk, RiskKind
from officedesk.services.desk import Desk
from officedesk.services.ledger_io import LedgerImportPlan
from officedesk.ui.dialogs.ledger_export_dialog import ExportOptions, LedgerExportDialog
from officedesk.ui.views.ledger_view import LedgerView
from officedesk.ui.widgets.action_bars import add_actions, add_menu, fixed_toolbar
from officedesk.ui.widgets.action_text import plain
from officedesk.ui.widgets.export_file_dialog import ask_export_path
from officedesk.ui.widgets.progress_runner import Cancelled, run_with_progress

EXPORT_SUFFIXES = (".xlsx", ".csv", ".pdf")


class LedgerActions(QObject):
    """Handlers for the ledger: new, edit, void, import, export, print, layouts, reminders.

    `notice` carries a result line for the status bar. `install()` adds the Ledger menu and a toolbar
    that shows only while the ledger page does (`set_active`).
    """

    notice = Signal(str)

    def __init__(self, desk: Desk, view: LedgerView, window: QWidget) -> None:
        super().__init__(window)
        self.desk = desk
        self.view = view
        self.window = window
        self.toolbar: QToolBar | None = None
        sp = QStyle.StandardPixmap
        self.new_action = self._action(self.tr("&New ledger line…"), self.new_line, "Ctrl+Shift+N", sp.SP_FileIcon)
        self.edit_action = self._action(self.tr("&Edit line…"), self.edit_line, "Ctrl+Shift+O",
                                        sp.SP_FileDialogDetailedView)  # fmt: skip
        self.edit_action.setToolTip(self.tr("Edit line (Enter, Ctrl+Shift+O)"))
        self.void_action = self._action(self.tr("&Void line…"), self.void_line, "", sp.SP_DialogDiscardButton)
        self.import_action = self._action(self.tr("&Import a unit's sheet…"), self.import_sheet, "Ctrl+Shift+I",
                                          sp.SP_DialogOpenButton)  # fmt: skip
        self.export_action = self._action(self.tr("E&xport ledger…"), self.export, "Ctrl+Shift+E",
                                          sp.SP_DialogSaveButton)  # fmt: skip
        self.print_action = self._action(self.tr("&Print ledger…"), self.print_ledger, "Ctrl+Alt+P",
                                         sp.SP_FileDialogContentsView)  # fmt: skip
        self.layouts_action = self._action(self.tr("Export &layouts…"), self.manage_layouts)
        self.columns_action = self._action(self.tr("Ledger &columns…"), view.choose_columns)
        self.reminders_action = self._action(self.tr("Deadline &reminder…"), self.show_reminders)
        self.open_visit: Callable[[int], None] = lambda _visit_id: None  # set by the window: the register opens it
        view.selection_changed.connect(self._update_enabled)
        view.open_requested.connect(self.open_line)
        self._update_enabled()

    def _action(self, text: str, slot: Callable[[], object], shortcut: str = "",
                icon: QStyle.StandardPixmap | None = None) -> QAction:  # fmt: skip
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            shown = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{plain(text)} ({shown})")
        else:
            action.setToolTip(plain(text))
        if icon is not None:
            action.setIcon(self.window.style().standardIcon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)  # shortcuts work whichever widget has the focus
        return action

    def install(self, menu_bar: QMenuBar, before: QAction | None = None) -> QToolBar:
        """Add the Ledger menu (before `before`, e.g. Help) and return the ledger's toolbar for the window."""
        menu = QMenu(self.tr("&Ledger"), menu_bar)
        add_menu(menu_bar, menu, before)
        add_actions(menu, (self.new_action, self.edit_action, self.void_action, None, self.import_action,
                           self.export_action, self.print_action, self.layouts_action, None, self.columns_action,
                           self.reminders_action))  # fmt: skip
        self.toolbar = fixed_toolbar(self.tr("Ledger toolbar"), "ledgerToolbar", self.window, (
            self.new_action, self.edit_action, self.void_action, None, self.import_action, self.export_action,
            self.print_action))  # fmt: skip
        return self.toolbar

    def set_active(self, active: bool) -> None:
        """The ledger page is (not) showing: its toolbar follows it."""
        if self.toolbar is not None:
            self.toolbar.setVisible(active)

    def _update_enabled(self) -> None:
        selected = self.view.selected_risk_id() is not None
        for action in (self.edit_action, self.void_action):
            action.setEnabled(selected)

    # --- editing --------------------------------------------------------------------------------
    def new_line(self) -> None:
        kinds = self.view.current_filter().kinds
        self._open_dialog(None, kinds[0] if len(kinds) == 1 else RiskKind.DISPUTE)

    def edit_line(self) -> None:
        rid = self.view.selected_risk_id()
        if rid is not None:
            self.open_line(int(rid))

    def open_line(self, risk_id: int) -> None:
        self._open_dialog(RiskId(risk_id))

    def new_from_visit(self, visit_id: VisitId | None) -> None:
        """A visit opens a ledger line in one click: a petition risk, prefilled and linked to the visit."""
        if visit_id is None:
            return
        draft = self.desk.risks.draft_from_visit(visit_id)
        self._open_dialog(None, draft.kind, draft=draft)

    def _open_dialog(self, risk_id: RiskId | None, kind: str = RiskKind.DISPUTE, draft: Risk | None = None) -> None:
        from officedesk.ui.dialogs.risk_dialog import RiskDialog  # lazy: the dialog's start-up cost

        dialog = RiskDialog(self.desk, risk_id, kind, self.window, draft=draft)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda rid: self.view.refresh(select=RiskId(rid)))
        dialog.open()

    def void_line(self) -> None:
        rid = self.view.selected_risk_id()
        if rid is None:
            return
        from officedesk.ui.dialogs.void_dialog import VoidDialog

        dialog = VoidDialog(self.window)
        # The void dialog speaks of visits; its only label is the question, asked here of a ledger line.
        dialog.setWindowTitle(self.tr("Void ledger line {no}").format(no=self.desk.risks.get(rid).reg_no))
        intro = dialog.findChild(QLabel)
        if intro is not None:
            intro.setText(self.tr("A voided line stays in the ledger, marked void, with this reason. Why is it void?"))
        dialog.reason_edit.setPlaceholderText(self.tr("e.g. recorded twice, see YH-2026-0012"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reason_given.connect(lambda reason: self._void(rid, reason))
        dialog.open()

    def _void(self, risk_id: RiskId, reason: str) -> None:
        try:
            self.desk.risks.void(risk_id, reason)
        except Exception as e:  # ValidationFailed / StorageUnavailable: str() is the clerk's sentence
            self._warn(self.tr("Void failed"), e)
            return
        self.view.refresh()
        self.notice.emit(self.tr("Ledger line voided"))

    # --- files in -------------------------------------------------------------------------------
    def import_sheet(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a unit's ledger sheet"), str(Path.home()),
            self.tr("Spreadsheets (*.xlsx *.xls *.csv);;All files (*)"),
        )  # fmt: skip
        if not name:
            return
        path = Path(name)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            plan = self.desk.ledger_io.plan_import(path)
        except Exception as e:  # ExchangeError / ImportRefused: str() names the file, row and problem
            self._warn(self.tr("Import refused"), e)
            return
        finally:
            QApplication.restoreOverrideCursor()
        from officedesk.ui.dialogs.ledger_import_dialog import LedgerImportDialog

        dialog = LedgerImportDialog(
            plan, lambda unit, kind: self.desk.ledger_io.plan_import(path, kind=kind or None, unit=unit),
            self.desk.risks.choices("source_unit"), self.window,
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._commit_import(dialog.plan))
        dialog.open()

    def _commit_import(self, plan: LedgerImportPlan) -> None:
        try:
            added, updated = self.desk.ledger_io.commit_import(plan)
        except Exception as e:
            self._warn(self.tr("Import failed"), e)
            return
        self.view.refresh()
        text = self.tr("Imported {added} new and {updated} updated lines")
        self.notice.emit(text.format(added=added, updated=updated))

    # --- files out ------------------------------------------------------------------------------
    def export(self) -> None:
        today = self.desk.clock.today()
        filters = ";;".join([self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, UTF-8 (*.csv)"),
                             self.tr("PDF (*.pdf)")])  # fmt: skip
        defaults = self.desk.settings.settings  # Settings → Export: folder, columns, masking
        name, chosen = ask_export_path(
            self.window, self.tr("Export ledger"), f"隐患台账-{today.isoformat()}.xlsx", filters, defaults.export_dir
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in EXPORT_SUFFIXES:
            path = path.with_name(path.name + next((s for s in EXPORT_SUFFIXES if f"*{s}" in chosen), ".xlsx"))
        layouts = [n for n in self.desk.ledger_io.layouts() if n]
        office = self.desk.settings.settings.office_name
        dialog = LedgerExportDialog(layouts, today, office, path.name, self.window,
                                    layout_name=defaults.export_layout, masked=defaults.export_masked)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._export(path, dialog.options()))
        dialog.open()

    def _export(self, path: Path, options: ExportOptions) -> None:
        f = self.view.current_filter()
        try:
            result = run_with_progress(self.window, self.tr("Exporting the ledger…"), lambda progress: (
                self.desk.ledger_io.export(path, f, masked=options.masked, layout=options.layout,
                                           as_of=options.as_of, reporting_unit=options.reporting_unit,
                                           progress=progress)))  # fmt: skip
        except Cancelled:
            return
        except Exception as e:  # the exporters' errors carry the clerk's message (a full or removed stick …)
            self._warn(self.tr("Export failed"), e)
            return
        self.notice.emit(self.tr("Exported {rows} lines to {file}").format(rows=result.rows, file=result.path.name))

    def print_ledger(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pdf = self.desk.ledger_io.ledger_pdf(self.view.current_filter(), masked=True)
        except Exception as e:
            self._warn(self.tr("Printing failed"), e)
            return
        finally:
            QApplication.restoreOverrideCursor()
        from officedesk.ui.print_preview import show_pdf_preview

        show_pdf_preview(self.window, pdf, self.tr("Ledger"))

    def manage_layouts(self) -> None:
        from officedesk.ui.dialogs.ledger_layouts_dialog import LedgerLayoutsDialog

        dialog = LedgerLayoutsDialog(self.desk, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- start-up reminder --------------------------------------------------------------------
    def show_reminders(self) -> QWidget | None:
        """The overdue and due-soon lines and visits, if any; non-modal, so the clerk works beside it."""
        reminders = self.desk.risks.reminders()
        if reminders.empty:
            self.notice.emit(self.tr("Nothing is overdue or due soon"))
            return None
        from officedesk.ui.dialogs.reminder_dialog import ReminderDialog

        dialog = ReminderDialog(self.desk, reminders, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.risk_requested.connect(self.open_line)
        dialog.visit_requested.connect(lambda vid: self.open_visit(vid))
        dialog.show()
        return dialog

    def _warn(self, title: str, error: Exception) -> None:
        QMessageBox.warning(self.window, title, str(error) or type(error).__name__)
