"""The office's settings: a page list on the left, the page on the right (like Picard's options dialog).

OK checks every page, then saves every page through the services, then recomputes the clocks of the
open visits if the periods or the calendar changed (their stored deadlines depend on both).
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from officedesk.services.desk import Desk
from officedesk.ui.dialogs.settings_holidays_page import HolidaysPage
from officedesk.ui.dialogs.settings_lists_page import ListsPage
from officedesk.ui.dialogs.settings_output_pages import BackupPage, ExportPage, InterfacePage, PrintingPage
from officedesk.ui.dialogs.settings_pages import DeadlinesPage, OfficePage, SettingsPage
from officedesk.ui.widgets.field_messages import message_label
from officedesk.ui.widgets.remembered import remember_geometry

P = TypeVar("P", bound=SettingsPage)

# The pages in the order listed; a new page is one more entry here.
PAGE_TYPES: tuple[type[SettingsPage], ...] = (OfficePage, DeadlinesPage, ListsPage, HolidaysPage, PrintingPage,
                                              ExportPage, BackupPage, InterfacePage)  # fmt: skip


class SettingsDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.setWindowTitle(self.tr("Settings"))
        self.recomputed = -1  # open visits whose clocks changed at the last OK; -1: not recomputed
        self.pages: list[SettingsPage] = [page_type(desk) for page_type in PAGE_TYPES]
        self.page_list = QListWidget()
        self.stack = QStackedWidget()
        for page in self.pages:
            page.load()
            self.page_list.addItem(page.title())
            self.stack.addWidget(page)
        self.page_list.setFixedWidth(max(140, self.page_list.sizeHintForColumn(0) + 24))
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.page_list.setCurrentRow(0)
        self.message = message_label(self)
        self.message.setStyleSheet("color: #c62828;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(860, 680)
        remember_geometry(self, "settings_dialog")
        # Tab: the page list, then the page's own fields, then OK / Cancel.
        QWidget.setTabOrder(self.page_list, self.stack)
        QWidget.setTabOrder(self.stack, self.buttons)

    def page(self, page_type: type[P]) -> P:
        return next(p for p in self.pages if isinstance(p, page_type))

    def show_page(self, page: SettingsPage) -> None:
        self.page_list.setCurrentRow(self.pages.index(page))

    def accept(self) -> None:
        for page in self.pages:
            text, widget = page.problem()
            if text:
                self.show_page(page)
                self.message.setText(text)
                self.message.setVisible(True)
                if widget is not None:
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        calendar_changed = self.page(HolidaysPage).changed()
        periods_before = self._desk.settings.settings.periods
        for page in self.pages:
            page.save()
        if calendar_changed or self._desk.settings.settings.periods != periods_before:
            # Stored deadlines of open visits were counted with the old periods or calendar.
            self.recomputed = self._desk.visits.recompute_deadlines()
        super().accept()
