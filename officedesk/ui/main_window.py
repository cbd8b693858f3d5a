"""The main window: navigation, menus and toolbar, the calendar warning banner and the lasting status line."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from officedesk import __version__
from officedesk.services.desk import Desk
from officedesk.ui.backup_actions import BackupActions
from officedesk.ui.duty_actions import DutyActions
from officedesk.ui.ledger_actions import LedgerActions
from officedesk.ui.register_actions import RegisterActions
from officedesk.ui.views.duty_view import DutyView
from officedesk.ui.views.ledger_view import LedgerView
from officedesk.ui.views.placeholder_view import PlaceholderView
from officedesk.ui.views.register_view import RegisterView
from officedesk.ui.widgets.action_bars import add_actions, fixed_toolbar
from officedesk.ui.widgets.action_text import plain

PAGE_REGISTER, PAGE_LEDGER, PAGE_DUTY, PAGE_REPORTS = range(4)
NAV_STYLE = "QListWidget#navigation { font-size: 11pt; } QListWidget#navigation::item { padding: 8px 14px; }"
BANNER_STYLE = "background: #fff3cd; color: #664d03; border-bottom: 1px solid #e6c770; padding: 6px 10px;"
DEMO_BANNER_STYLE = "background: #e3f2fd; color: #0d47a1; border-bottom: 1px solid #90caf9; padding: 6px 10px;"


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.register_view = RegisterView(desk, self)
        self.actions_ = RegisterActions(desk, self.register_view, self)
        self.ledger_view = LedgerView(desk, self)
        self.ledger_actions = LedgerActions(desk, self.ledger_view, self)
        self.ledger_actions.open_visit = self.actions_.open_visit
        self.duty_view = DutyView(desk, self)
        self.duty_actions = DutyActions(desk, self.duty_view, self)
        self.duty_actions.show_page = lambda: self.show_page(PAGE_DUTY)
        self.update_title()

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.register_view)
        pages = (
            (self.tr("Register"), self.register_view),
            (self.tr("Ledger"), self.ledger_view),
            (self.tr("Duty"), self.duty_view),
            (self.tr("Reports"), PlaceholderView(self.tr("Reports"), self.tr(
                "Counts by category, channel and month. Coming in a later version."))),
        )  # fmt: skip
        for name, page in pages:
            self.nav.addItem(name)
            if page is not self.register_view:
                self.pages.addWidget(page)
        self.nav.setStyleSheet(NAV_STYLE)
        self.nav.setFixedWidth(max(110, self.nav.sizeHintForColumn(0) + 16))
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(PAGE_REGISTER)

        self.banner = QLabel(self)
        self.banner.setObjectName("calendarBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.demo_banner = QLabel(self)  # while demo data is in the file: say so, and how to remove it
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setWordWrap(True)
        self.demo_banner.setStyleSheet(DEMO_BANNER_STYLE)
        self.demo_banner.setText(self.tr(
            "This data file holds demo data: invented visits, ledger lines and duty for trying OfficeDesk out. "
            "File → Remove demo data deletes all of it, and nothing you entered yourself."))  # fmt: skip
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        body_layout.addWidget(self.demo_banner)
        body_layout.addWidget(self.banner)
        body_layout.addWidget(self.pages, 1)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(body, 1)
        self.setCentralWidget(central)

        # Permanent widgets: a showMessage() text vanishes on the next hover over the table (PLATFORM.md).
        self.notice_label = QLabel(self)
        self.counts_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.notice_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)

        self._build_actions()
        self.backup_actions = BackupActions(desk, self)  # File → Back up now, Restore backup… (before Quit)
        self.backup_actions.install(self.menuBar(), before=self.quit_action)
        self.backup_actions.notice.connect(self.notice_label.setText)
        self.register_view.refreshed.connect(self.update_counts)
        self.register_view.selection_changed.connect(self._update_enabled)
        self.register_view.open_requested.connect(self.actions_.open_visit)
        self.actions_.notice.connect(self.notice_label.setText)
        self.actions_.settings_changed.connect(self.update_banner)
        self.ledger_actions.notice.connect(self.notice_label.setText)
        self.duty_actions.notice.connect(self.notice_label.setText)
        self.update_counts()
        self.update_banner()
        self.update_demo_marker()
        self._update_enabled()
        self._restore_geometry()
        self.nav.currentRowChanged.connect(self._page_changed)
        self._page_changed(self.nav.currentRow())  # after restoreState: the toolbars follow the page

    # --- actions --------------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], shortcut: str = "",
                icon: QStyle.StandardPixmap | None = None) -> QAction:  # fmt: skip
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            shown = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{plain(text)} ({shown})")
        else:
            action.setToolTip(plain(text))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work whichever widget has the focus
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        a, a_l = self.actions_, self.ledger_actions
        self.new_action = self._action(self.tr("&New visit…"), self._new_visit, "Ctrl+N", sp.SP_FileIcon)
        self.import_action = self._action(self.tr("&Import…"), a.import_file, "", sp.SP_DialogOpenButton)
        self.export_action = self._action(self.tr("&Export…"), a.export, "Ctrl+E", sp.SP_DialogSaveButton)
        self.print_list_action = self._action(
            self.tr("&Print list…"), a.print_list, "Ctrl+P", sp.SP_FileDialogContentsView
        )
        self.print_form_action = self._action(self.tr("Print visit &form…"), a.print_visit_form, "Ctrl+Shift+P")
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.remove_demo_action = self._action(self.tr("Remove &demo data…"), self.remove_demo_data)
        self.edit_action = self._action(self.tr("&Edit visit…"), a.edit_visit, "Ctrl+O", sp.SP_FileDialogDetailedView)
        self.edit_action.setToolTip(self.tr("Edit visit (Enter, Ctrl+O)"))
        self.void_action = self._action(self.tr("&Void visit…"), a.void_visit, "", sp.SP_DialogDiscardButton)
        self.find_action = self._action(self.tr("&Search"), self._focus_search, "Ctrl+F")
        self.settings_action = self._action(self.tr("Se&ttings…"), a.edit_settings, "Ctrl+,")
        self.columns_action = self._action(self.tr("&Columns…"), self.register_view.choose_columns)
        self.refresh_action = self._action(self.tr("&Refresh"), self.refresh, "F5", sp.SP_BrowserReload)
        self.unmask_action = QAction(self.tr("Show full phone and &ID numbers"), self)
        self.unmask_action.setCheckable(True)  # on screen only, never remembered; prints and exports ask on their own
        self.unmask_action.toggled.connect(self.register_view.model.set_unmasked)
        self.unmask_action.toggled.connect(self.ledger_view.model.set_unmasked)
        self.unmask_action.toggled.connect(self.duty_view.model.set_unmasked)
        self.to_ledger_action = self._action(
            self.tr("Open a &ledger line from this visit…"),
            lambda: a_l.new_from_visit(self.register_view.selected_visit_id()),
        )
        self.about_action = self._action(self.tr("&About OfficeDesk"), self._about)

        # The navigation list's pages by keyboard too: Ctrl+1 … Ctrl+4, the cursor then in the page's table.
        page_names = (self.tr("Go to Re&gister"), self.tr("Go to Le&dger"), self.tr("Go to D&uty"),
                      self.tr("Go to Re&ports"))  # fmt: skip
        self.page_actions = [self._action(name, functools.partial(self.go_to_page, page), f"Ctrl+{page + 1}")
                             for page, name in enumerate(page_names)]  # fmt: skip
        menus = (
            (self.tr("&File"), (self.new_action, None, self.import_action, self.export_action, None,
                                self.print_list_action, self.print_form_action, None, self.remove_demo_action,
                                None, self.quit_action)),
            (self.tr("&Edit"), (self.edit_action, self.void_action, self.to_ledger_action, None, self.find_action,
                                None, self.settings_action)),
            (self.tr("&View"), (*self.page_actions, None, self.columns_action, self.unmask_action, None,
                                self.refresh_action)),
            (self.tr("&Help"), (self.about_action,)),
        )  # fmt: skip
        for title, actions in menus:
            add_actions(self.menuBar().addMenu(title), actions)
        self.addToolBar(a_l.install(self.menuBar(), before=self.menuBar().actions()[-1]))  # before Help
        self.addToolBar(self.duty_actions.install(self.menuBar(), before=self.menuBar().actions()[-1]))
        table = self.register_view.table  # the register's context menu: the selected visit's actions
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.addActions([self.edit_action, self.void_action, self.print_form_action, self.to_ledger_action])

        toolbar = fixed_toolbar(self.tr("Main toolbar"), "mainToolbar", self, (
            self.new_action, self.edit_action, self.void_action, None, self.import_action, self.export_action,
            self.print_list_action, None, self.refresh_action))  # fmt: skip
        self.addToolBar(toolbar)
        self.register_toolbar = toolbar

    def _update_enabled(self) -> None:
        selected = self.register_view.selected_visit_id() is not None
        for action in (self.edit_action, self.void_action, self.print_form_action, self.to_ledger_action):
            action.setEnabled(selected)

    def _new_visit(self) -> None:
        self.show_page(PAGE_REGISTER)
        self.actions_.new_visit()

    def _focus_search(self) -> None:
        if self.nav.currentRow() != PAGE_LEDGER:
            self.show_page(PAGE_REGISTER)
        view = self.ledger_view if self.nav.currentRow() == PAGE_LEDGER else self.register_view
        view.search_box.setFocus()
        view.search_box.selectAll()

    def _page_changed(self, page: int) -> None:
        self.register_toolbar.setVisible(page == PAGE_REGISTER)
        self.counts_label.setVisible(page == PAGE_REGISTER)  # the register's counts; the ledger shows its own
        self.ledger_actions.set_active(page == PAGE_LEDGER)
        self.duty_actions.set_active(page == PAGE_DUTY)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About OfficeDesk"), self.tr(
            "OfficeDesk {version}\nPetition register, risk ledger and duty table for a county office.\n\n"
            "Data file: {path}").format(version=__version__, path=self.desk.path or self.tr("in memory")))  # fmt: skip

    # --- state ----------------------------------------------------------------------------------
    def show_page(self, page: int) -> None:
        self.nav.setCurrentRow(page)

    def go_to_page(self, page: int) -> None:
        """The page, with the cursor in its table: the keys work there at once (the arrows, Enter, F2)."""
        self.show_page(page)
        if page == PAGE_DUTY:
            self.duty_view.focus_grid()
        elif page in (PAGE_REGISTER, PAGE_LEDGER):
            view = self.register_view if page == PAGE_REGISTER else self.ledger_view
            view.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def refresh(self) -> None:
        self.register_view.reload_lists()
        self.register_view.refresh()
        self.ledger_view.refresh()
        self.duty_view.refresh()
        self.update_banner()

    def update_counts(self) -> None:
        s = self.register_view.summary()
        if s.shown == s.total:
            text = self.tr("{total} visits · {overdue} overdue · {due_soon} due soon")
        else:
            text = self.tr("{shown} of {total} visits shown · {overdue} overdue · {due_soon} due soon")
        self.counts_label.setText(text.format(shown=s.shown, total=s.total, overdue=s.overdue, due_soon=s.due_soon))

    def update_title(self) -> None:
        title = self.tr("OfficeDesk") + " — " + (self.desk.path.name if self.desk.path else self.tr("in memory"))
        if self.desk.settings.settings.demo_data:
            title += self.tr(" (demo data)")
        self.setWindowTitle(title)

    def update_demo_marker(self) -> None:
        """The title suffix, the banner and File → Remove demo data follow whether demo data is in the file."""
        present = self.desk.settings.settings.demo_data
        self.update_title()
        self.demo_banner.setVisible(present)
        self.remove_demo_action.setEnabled(present)

    def remove_demo_data(self) -> None:
        from officedesk.services.demo_service import demo_counts, remove_demo

        counts = demo_counts(self.desk)
        text = self.tr("Delete all demo data — {visits} visits and {risks} ledger lines, with the duty data that "
                       "came with them?\n\nWhat you entered yourself is kept, even where it refers to a demo "
                       "visit.").format(visits=counts.get("visits", 0), risks=counts.get("risks", 0))  # fmt: skip
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        answer = QMessageBox.question(self, self.tr("Remove demo data"), text, buttons,
                                      QMessageBox.StandardButton.Cancel)  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            deleted = remove_demo(self.desk)
        except Exception as e:  # StorageUnavailable: str() is the clerk's sentence
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Remove demo data"), str(e) or type(e).__name__)
            return
        QApplication.restoreOverrideCursor()
        self.refresh()
        self.update_demo_marker()
        self.notice_label.setText(self.tr("Demo data removed: {visits} visits, {risks} ledger lines").format(
            visits=deleted.get("visits", 0), risks=deleted.get("risks", 0)))  # fmt: skip

    def update_banner(self) -> None:
        """Warn while this or next year has no official holiday data: deadlines then count weekends only."""
        calendar = self.desk.settings.calendar
        year = self.desk.clock.today().year
        years = [y for y in (year, year + 1) if y in calendar.fallback_years or not calendar.is_known_year(y)]
        self.banner.setVisible(bool(years))
        self.banner.setText(self.tr(
            "The official holiday calendar for {years} is not known yet; deadlines count weekends only. "
            "Add the holidays in Settings.").format(years=", ".join(str(y) for y in years)))  # fmt: skip

    def _restore_geometry(self) -> None:
        settings = QSettings("OfficeDesk", "OfficeDesk")
        geometry = settings.value("main/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(1280, 800)
        state = settings.value("main/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings("OfficeDesk", "OfficeDesk")
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        self.register_view.save_columns()
        self.ledger_view.save_columns()
        self.duty_view.save_state()
        super().closeEvent(event)
