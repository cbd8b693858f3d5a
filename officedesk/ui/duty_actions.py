"""What the 值班 (Duty) menu and toolbar do: one small method per user action, then a refresh of the duty view.

The table actions belong to the window (their shortcuts work on any page and bring the duty page forward); the
navigation, duty-log and reception actions belong to their panels and are listed in the same menu.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QMessageBox, QStyle, QToolBar, QWidget

from officedesk.domain.calendar import DayKind
from officedesk.services.desk import Desk
from officedesk.ui.dialogs.duty_export_dialog import DutyExportOptions
from officedesk.ui.views.duty_view import DutyView
from officedesk.ui.widgets.action_bars import add_menu, fixed_toolbar
from officedesk.ui.widgets.action_text import plain
from officedesk.ui.widgets.busy_cursor import busy
from officedesk.ui.widgets.duty_icons import copy_icon, people_icon, swap_icon
from officedesk.ui.widgets.export_file_dialog import ask_export_path
from officedesk.ui.widgets.shortcut_action import shortcut_action

EXPORT_SUFFIXES = (".pdf", ".xlsx")


class DutyActions(QObject):
    """Handlers for the duty table; `notice` carries a result line for the status bar. `install()` adds the 值班
    menu and a toolbar that shows only while the duty page does (`set_active`)."""

    notice = Signal(str)

    def __init__(self, desk: Desk, view: DutyView, window: QWidget) -> None:
        super().__init__(window)
        self.desk = desk
        self.view = view
        self.window = window
        self.toolbar: QToolBar | None = None
        self.show_page: Callable[[], None] = lambda: None  # set by the window: bring the duty page forward
        sp = QStyle.StandardPixmap
        a = self._action
        self.fill_action = a(self.tr("&Fill from rotation…"), self.fill, "Ctrl+Shift+R", sp.SP_BrowserReload,
                             self.tr("Fill the period from the rotation order"))  # fmt: skip
        self.copy_week_action = a(self.tr("&Copy week to…"), self.copy_week, "", None,
                                  self.tr("Copy the selected day's week onto another week"))  # fmt: skip
        self.clear_action = a(self.tr("C&lear days…"), self.clear, "", sp.SP_DialogResetButton,
                              self.tr("Empty a range of days"))  # fmt: skip
        self.swap_action = a(self.tr("&Swap shift…"), self.swap, "Ctrl+Shift+W", None,
                             self.tr("Swap shift (调班): someone else takes a person's duty on a day"))  # fmt: skip
        self.publish_action = a(self.tr("P&ublish period…"), self.publish, "", sp.SP_DialogApplyButton,
                                self.tr("Mark the period's table final: past days then change only by a "
                                        "swap"))  # fmt: skip
        self.print_action = a(self.tr("P&rint duty table…"), self.print_table, "Ctrl+Shift+D",
                              sp.SP_FileDialogContentsView, self.tr("Preview and print the period's duty table"))
        self.print_week_action = a(self.tr("Print weekly o&verview…"), lambda: self.print_table(by_week=True), "",
                                   sp.SP_FileDialogContentsView, self.tr(
                                       "Preview and print the period's duty table by week (按周汇总): a row for each "
                                       "leader's week and one for each holiday, as offices post it"))  # fmt: skip
        self.export_action = a(self.tr("E&xport duty table…"), self.export, "Ctrl+Shift+X", sp.SP_DialogSaveButton,
                               self.tr("Save the period's duty table as PDF or Excel"))  # fmt: skip
        self.staff_action = a(self.tr("St&aff list…"), self.staff_list, "Ctrl+Shift+M", None,
                              self.tr("Leaders and staff who take duty, their order and leave"))  # fmt: skip
        self.settings_action = a(self.tr("Duty ta&ble settings…"), self.table_settings, "", None,
                                 self.tr("Duty phone, hours, footnotes, compiled and reviewed by"))  # fmt: skip
        self.copy_week_action.setIcon(copy_icon())
        self.swap_action.setIcon(swap_icon())
        self.staff_action.setIcon(people_icon())
        view.swaps_panel.attach(self.swap_action, self.menu_path(self.swap_action))
        view.set_action_tips(fill=self.menu_path(self.fill_action), staff=self.menu_path(self.staff_action),
                             swap=self.menu_path(self.swap_action))  # fmt: skip
        view.notice.connect(self.notice)
        # The grid's context menu: what applies to the selected day and its week.
        view.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.grid.addActions([self.swap_action, self.copy_week_action, self.clear_action, self.fill_action])
        # The panels' own actions act on what the duty page shows: triggered from the menu, the page comes forward.
        for action in self._panel_actions():
            action.triggered.connect(lambda _checked=False: self.show_page())

    def _action(self, text: str, slot: Callable[[], object], shortcut: str, icon: QStyle.StandardPixmap | None,
                tooltip: str) -> QAction:  # fmt: skip
        def run() -> None:
            self.show_page()
            slot()

        return shortcut_action(self.window, text, run, shortcut, icon, tooltip)

    def menu_path(self, action: QAction) -> str:
        """How a sentence names an action: "Duty ▸ Staff list (Ctrl+Shift+M)"."""
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        text = self.tr("Duty ▸ {action}").format(action=plain(action.text()))
        return f"{text} ({keys})" if keys else text

    def _panel_actions(self) -> list[QAction]:
        bar, log, rec = self.view.period_bar, self.view.log_panel.log_actions, self.view.reception_panel
        return [bar.week_action, bar.month_action, bar.previous_action, bar.today_action, bar.next_action,
                bar.goto_action, *log.all(), rec.add_action, rec.draft_action, rec.print_action]  # fmt: skip

    def install(self, menu_bar: QMenuBar, before: QAction | None = None) -> QToolBar:
        """Add the 值班 menu (before `before`, e.g. Help) and return the duty toolbar for the window."""
        bar, log, rec = self.view.period_bar, self.view.log_panel.log_actions, self.view.reception_panel
        menu = QMenu(self.tr("&Duty"), menu_bar)
        menu.setToolTipsVisible(True)
        add_menu(menu_bar, menu, before)
        groups: tuple[tuple[QAction, ...], ...] = (
            (bar.week_action, bar.month_action, bar.previous_action, bar.next_action, bar.today_action,
             bar.goto_action),
            (self.fill_action, self.copy_week_action, self.clear_action, self.swap_action, self.publish_action),
            (self.print_action, self.print_week_action, self.export_action),
            (log.add_action, log.drafts_action, log.zero_action, log.sent_action, log.print_action),
            (rec.add_action, rec.draft_action, rec.print_action),
            (self.staff_action, self.settings_action),
        )  # fmt: skip
        for i, group in enumerate(groups):
            if i:
                menu.addSeparator()
            menu.addActions(list(group))
        self.menu = menu
        self.toolbar = fixed_toolbar(self.tr("Duty toolbar"), "dutyToolbar", self.window, (
            self.fill_action, self.copy_week_action, self.swap_action, self.publish_action, None, self.print_action,
            self.export_action, None, self.staff_action))  # fmt: skip
        return self.toolbar

    def set_active(self, active: bool) -> None:
        """The duty page is (not) showing: its toolbar follows it."""
        if self.toolbar is not None:
            self.toolbar.setVisible(active)

    # --- the table ------------------------------------------------------------------------------
    def fill(self) -> None:
        from officedesk.ui.dialogs.duty_fill_dialog import DutyFillDialog

        first, last = self.view.period()
        holiday = any(d.day_kind == DayKind.HOLIDAY for d in self.view.model.days())
        dialog = DutyFillDialog(self.desk, first, last, holiday, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filled.connect(lambda result: self._changed(
            self.tr("{count} days filled from the rotation").format(count=len(result.slots))))  # fmt: skip
        dialog.open()

    def copy_week(self) -> None:
        from officedesk.ui.dialogs.duty_range_dialogs import CopyWeekDialog

        dialog = CopyWeekDialog(self.desk, self.view.selected_day() or self.view.period()[0], self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.done_.connect(lambda count: self._changed(self.tr("{count} days copied").format(count=count)))
        dialog.open()

    def clear(self) -> None:
        from officedesk.ui.dialogs.duty_range_dialogs import ClearRangeDialog

        dialog = ClearRangeDialog(self.desk, *self.view.period(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.done_.connect(lambda count: self._changed(self.tr("{count} days cleared").format(count=count)))
        dialog.open()

    def swap(self) -> None:
        from officedesk.ui.dialogs.duty_swap_dialog import DutySwapDialog

        day = self.view.selected_day() or self.desk.clock.today()
        dialog = DutySwapDialog(self.desk, day, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.swapped.connect(lambda done: self._changed(self.tr("Swap recorded: {remark}").format(
            remark=done.remark()), select=done.day))  # fmt: skip
        dialog.open()

    def publish(self) -> None:
        first, last = self.view.period()
        answer = QMessageBox.question(self.window, self.tr("Publish period"), self.tr(
            "Publish the duty table {first} — {last} as final?\n\nOnce a published day is past, it changes only "
            "through a swap (调班), which is kept in its history.").format(first=first, last=last))  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(lambda: self.desk.duty.publish(first, last), self.tr("{count} days published"))

    # --- out ------------------------------------------------------------------------------------
    def print_table(self, by_week: bool = False) -> None:
        """Preview the period's table: a row a day, or `by_week` a row a week (按周汇总)."""
        first, last = self.view.period()
        try:
            with busy():
                pdf = self.desk.duty.table_pdf(first, last, by_week=by_week)
        except Exception as e:
            self._warn(self.tr("Printing failed"), e)
            return
        from officedesk.ui import print_preview

        title = (self.tr("Duty table by week {first} — {last}") if by_week
                 else self.tr("Duty table {first} — {last}")).format(first=first, last=last)  # fmt: skip
        print_preview.show_pdf_preview(self.window, pdf, title)

    def export(self) -> None:
        first, last = self.view.period()
        filters = ";;".join([self.tr("PDF (*.pdf)"), self.tr("Excel workbook (*.xlsx)")])
        name, chosen = ask_export_path(self.window, self.tr("Export duty table"),
                                       f"值班安排表-{first.isoformat()}-{last.isoformat()}.pdf", filters,
                                       self.desk.settings.settings.export_dir)  # fmt: skip
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in EXPORT_SUFFIXES:
            path = path.with_name(path.name + (".xlsx" if "*.xlsx" in chosen else ".pdf"))
        from officedesk.ui.dialogs.duty_export_dialog import DutyExportDialog

        dialog = DutyExportDialog(first, last, path.name, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._export(path, dialog.options()))
        dialog.open()

    def _export(self, path: Path, options: DutyExportOptions) -> None:
        first, last = self.view.period()
        duty = self.desk.duty
        save = duty.save_table_xlsx if path.suffix.lower() == ".xlsx" else duty.save_table_pdf
        try:
            with busy():
                written = save(first, last, path, unmasked=options.unmasked, by_week=options.by_week)  # publishes too
        except Exception as e:  # a full or removed stick, DutyRefused: the service's sentence
            self._warn(self.tr("Export failed"), e)
            return
        self.view.refresh()
        self.notice.emit(self.tr("Duty table saved to {file}").format(file=written.name))

    # --- lists and settings ---------------------------------------------------------------------
    def staff_list(self) -> None:
        from officedesk.ui.dialogs.staff_list_dialog import StaffListDialog

        dialog = StaffListDialog(self.desk, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.view.refresh)
        dialog.show()  # non-modal: the clerk can look at the table while editing the list

    def table_settings(self) -> None:
        from officedesk.ui.dialogs.duty_table_settings_dialog import DutyTableSettingsDialog

        dialog = DutyTableSettingsDialog(self.desk, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.notice.emit(self.tr("Duty table settings saved")))
        dialog.open()

    # --- helpers --------------------------------------------------------------------------------
    def _run(self, work: Callable[[], int], done: str) -> None:
        try:
            with busy():
                count = work()
        except Exception as e:  # DutyRefused: the service's Chinese sentence, shown as it is
            self._warn(self.tr("Refused"), e)
            return
        self._changed(done.format(count=count))

    def _changed(self, notice: str, select: date | None = None) -> None:
        self.view.refresh()
        if select is not None:
            self.view.select_day(select)
        self.notice.emit(notice)

    def _warn(self, title: str, error: Exception) -> None:
        QMessageBox.warning(self.window, title, str(error) or type(error).__name__)
