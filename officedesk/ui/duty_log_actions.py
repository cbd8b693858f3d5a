"""What the duty log's buttons (and the same entries of the 值班 menu) do, for the day the log panel shows.

The actions belong to the panel, so their shortcuts work while the duty page shows and act on its selected day.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox, QStyle

from officedesk.domain.duty import DailyReport, DutyLogEntry
from officedesk.services.desk import Desk
from officedesk.ui.widgets.busy_cursor import busy
from officedesk.ui.widgets.shortcut_action import shortcut_action

if TYPE_CHECKING:
    from officedesk.ui.views.duty_log_panel import DutyLogPanel


class DutyLogActions(QObject):
    """Add / edit / delete entries, drafts from the register and ledger, zero report, sent, print."""

    def __init__(self, desk: Desk, panel: DutyLogPanel) -> None:
        super().__init__(panel)
        self.desk = desk
        self.panel = panel
        sp = QStyle.StandardPixmap
        self.add_action = shortcut_action(panel, self.tr("Add log &entry…"), self.add_entry, "Ctrl+Shift+L",
                                          sp.SP_FileIcon, tooltip=self.tr("Log what happened on duty"))  # fmt: skip
        self.edit_action = shortcut_action(panel, self.tr("Edit entry…"), self.edit_entry, "",
                                           sp.SP_FileDialogDetailedView,
                                           tooltip=self.tr("Edit the selected entry (Enter)"))  # fmt: skip
        self.delete_action = shortcut_action(panel, self.tr("Delete entry…"), self.delete_entry, "",
                                             sp.SP_TrashIcon)  # fmt: skip
        self.drafts_action = shortcut_action(
            panel, self.tr("Add &drafts from the day's register and ledger…"), self.add_drafts, "",
            sp.SP_FileDialogNewFolder,
            tooltip=self.tr("Draft entries for the visits registered and ledger lines changed that day; "
                            "you choose which to keep"))  # fmt: skip
        self.zero_action = shortcut_action(panel, self.tr("Nothing happened — &zero report"), self.zero_report)
        self.sent_action = shortcut_action(panel, self.tr("Mar&k sent…"), self.mark_sent, "", sp.SP_ArrowUp,
                                           tooltip=self.tr("Record when, how and to whom the daily report "
                                                           "went"))  # fmt: skip
        self.print_action = shortcut_action(panel, self.tr("Print daily rep&ort…"), self.print_report, "Ctrl+Alt+D",
                                            sp.SP_FileDialogContentsView,
                                            tooltip=self.tr("Preview, print or save the day's report"))  # fmt: skip

    def all(self) -> tuple[QAction, ...]:
        return (self.add_action, self.edit_action, self.delete_action, self.drafts_action, self.zero_action,
                self.sent_action, self.print_action)  # fmt: skip

    # --- entries --------------------------------------------------------------------------------
    def add_entry(self) -> None:
        if self.panel.day is not None:
            now = self.desk.clock.now()
            time = now.strftime("%H:%M") if now.date() == self.panel.day else ""
            self._open_entry(DutyLogEntry(id=None, day=self.panel.day, time=time, source="", matter=""))

    def edit_entry(self) -> None:
        entry = self.panel.selected_entry()
        if entry is not None:
            self._open_entry(entry)

    def _open_entry(self, entry: DutyLogEntry) -> None:
        from officedesk.ui.dialogs.duty_log_entry_dialog import DutyLogEntryDialog

        dialog = DutyLogEntryDialog(self.desk, entry, self.panel.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _entry: self._after_change(self.tr("Log entry saved")))
        dialog.open()

    def delete_entry(self) -> None:
        entry = self.panel.selected_entry()
        if entry is None or entry.id is None:
            return
        from officedesk.ui.dialogs.void_dialog import VoidDialog

        dialog = VoidDialog(self.panel.window())
        dialog.setWindowTitle(self.tr("Delete log entry"))
        intro = dialog.findChild(QLabel)
        if intro is not None:  # the void dialog's only label is its question
            intro.setText(self.tr("The entry leaves the day's log; the reason is kept in the audit log. "
                                  "Why is it deleted?"))  # fmt: skip
        dialog.void_button.setText(self.tr("Delete"))
        dialog.reason_edit.setPlaceholderText(self.tr("e.g. logged twice"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        entry_id = entry.id
        dialog.reason_given.connect(lambda reason: self._delete(entry_id, reason))
        dialog.open()

    def _delete(self, entry_id: int, reason: str) -> None:
        try:
            self.desk.duty.delete_log_entry(entry_id, reason)
        except Exception as e:  # DutyRefused / StorageUnavailable: str() is the clerk's sentence
            self._warn(self.tr("Not deleted"), e)
            return
        self._after_change(self.tr("Log entry deleted"))

    def add_drafts(self) -> None:
        day = self.panel.day
        if day is None:
            return
        drafts = self.desk.duty.draft_entries(day)
        if not drafts:
            QMessageBox.information(self.panel.window(), self.tr("Drafts"), self.tr(
                "Nothing new on {day}: no visit registered and no ledger line changed that the log does not "
                "already hold.").format(day=day.isoformat()))  # fmt: skip
            return
        from officedesk.ui.dialogs.duty_drafts_dialog import DutyDraftsDialog

        dialog = DutyDraftsDialog(drafts, self.panel.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_drafts(dialog.chosen()))
        dialog.open()

    def _save_drafts(self, entries: list[DutyLogEntry]) -> None:
        try:
            for entry in entries:
                self.desk.duty.save_log_entry(entry)
        except Exception as e:
            self._warn(self.tr("Not saved"), e)
        self._after_change(self.tr("{count} entries added to the log").format(count=len(entries)))

    # --- the report -----------------------------------------------------------------------------
    def zero_report(self) -> None:
        day = self.panel.day
        if day is None:
            return
        try:
            self.desk.duty.mark_zero_report(day)
        except Exception as e:  # DutyRefused: the day has entries
            self._warn(self.tr("No zero report"), e)
            return
        self._after_change(self.tr("Zero report recorded for {day}").format(day=day.isoformat()))

    def mark_sent(self) -> None:
        day = self.panel.day
        if day is None:
            return
        from officedesk.ui.dialogs.duty_report_sent_dialog import DutyReportSentDialog

        dialog = DutyReportSentDialog(day, self.panel.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._sent(day, dialog.via(), dialog.to()))
        dialog.open()

    def _sent(self, day: date, via: str, to: str) -> None:
        try:
            self.desk.duty.mark_sent(day, via, to)
        except Exception as e:
            self._warn(self.tr("Not recorded"), e)
            return
        self._after_change(self.tr("Daily report recorded as sent"))

    def save_report(self, report: DailyReport) -> None:
        try:
            self.desk.duty.save_report(report)
        except Exception as e:
            self._warn(self.tr("Not saved"), e)
            return
        self._after_change(self.tr("Handover saved"))

    def print_report(self) -> None:
        day = self.panel.day
        if day is None:
            return
        try:
            with busy():
                pdf = self.desk.duty.report_pdf(day)
        except Exception as e:
            self._warn(self.tr("Printing failed"), e)
            return
        from officedesk.ui import print_preview

        print_preview.show_pdf_preview(self.panel.window(), pdf, self.tr("Daily report {day}").format(day=day))

    # --- helpers --------------------------------------------------------------------------------
    def _after_change(self, notice: str) -> None:
        self.panel.refresh()
        self.panel.changed.emit()
        self.panel.notice.emit(notice)

    def _warn(self, title: str, error: Exception) -> None:
        QMessageBox.warning(self.panel.window(), title, str(error) or type(error).__name__)
