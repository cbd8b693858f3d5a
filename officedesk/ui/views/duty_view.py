"""The duty (值班) screen: the week or month grid editor; under it the selected day's duty log, daily report and swap
history, and the period's conflicts; a second tab holds the month's leader reception schedule (DOMAIN.md §4.4–§4.6)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from officedesk.services.desk import Desk
from officedesk.ui.models.duty_grid_model import DutyGridModel, period_days
from officedesk.ui.views.duty_conflicts_panel import DutyConflictsPanel
from officedesk.ui.views.duty_delegates import StaffChoices
from officedesk.ui.views.duty_grid import DutyGrid
from officedesk.ui.views.duty_log_panel import DutyLogPanel
from officedesk.ui.views.duty_period_bar import MONTH, WEEK, DutyPeriodBar, period_of
from officedesk.ui.views.duty_reception_panel import DutyReceptionPanel
from officedesk.ui.views.duty_swaps_panel import DutySwapsPanel
from officedesk.ui.widgets.button_order import chain
from officedesk.ui.widgets.duty_icons import warning_icon

HINT_STYLE = "background: #fff3cd; color: #664d03; border: 1px solid #e6c770; padding: 6px 10px;"
GUIDE_STYLE = "background: #e8f1fb; color: #1f3f66; border: 1px solid #b9d2ee; padding: 8px 10px;"


class DutyView(QWidget):
    """Emits `day_changed(date | None)` when the selected day changes, `period_changed` when the period moves,
    `changed` after any edit made in the view, and `notice(text)` for the status bar."""

    day_changed = Signal(object)
    period_changed = Signal()
    changed = Signal()
    notice = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._shown_once = False
        self._tips = {"fill": self.tr("Fill from rotation…"), "staff": self.tr("Staff list…"),
                      "swap": self.tr("Swap shift…")}  # fmt: skip
        self.choices = StaffChoices(desk.duty)
        self.period_bar = DutyPeriodBar(desk.clock.today(), self)
        self.model = DutyGridModel(desk, self)
        self.grid = DutyGrid(self.model, self.choices, self)
        self.hint = self._banner("dutyHint", HINT_STYLE)
        self.guide = self._banner("dutyGuide", GUIDE_STYLE)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("dutyCounts")
        self.conflicts_panel = DutyConflictsPanel(self)
        self.log_panel = DutyLogPanel(desk, self)
        self.swaps_panel = DutySwapsPanel(self)
        self.reception_panel = DutyReceptionPanel(desk, self)
        self.day_tabs = QTabWidget(self)
        self.day_tabs.setObjectName("dutyDayTabs")
        self.day_tabs.addTab(self.log_panel, self.tr("Duty log && daily report"))
        self.day_tabs.addTab(self.swaps_panel, self.tr("Swaps (调班)"))
        self.day_tabs.addTab(self.conflicts_panel, "")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dutyTabs")
        self._lay_out()

        self.period_bar.changed.connect(self.load)
        self.period_bar.date_entered.connect(self._date_entered)
        self.grid.day_selected.connect(self._day_selected)
        self.grid.locked_edit.connect(self._locked_edit)
        self.model.refused.connect(self.show_hint)
        self.model.saved.connect(lambda _day: self._after_edit())
        self.conflicts_panel.day_chosen.connect(self.select_day)
        self.grid.conflict_clicked.connect(self.show_conflicts)
        self.log_panel.notice.connect(self.notice)
        self.reception_panel.notice.connect(self.notice)
        mode = QSettings("OfficeDesk", "OfficeDesk").value("duty/mode", WEEK)
        if mode == MONTH:
            self.period_bar.set_mode(MONTH)  # emits `changed`: loads
        else:
            self.load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:  # typing starts in the table, not in the first widget of the period bar
            self._shown_once = True
            self.grid.setFocus(Qt.FocusReason.OtherFocusReason)

    def _banner(self, name: str, style: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(style)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        return label

    def _lay_out(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.grid)
        self.splitter.addWidget(self.day_tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        table_page = QWidget(self)
        page = QVBoxLayout(table_page)
        page.setContentsMargins(0, 4, 0, 0)
        page.addWidget(self.hint)
        page.addWidget(self.guide)
        page.addWidget(self.splitter, 1)
        page.addWidget(self.count_label)
        self.tabs.addTab(table_page, self.tr("Duty table"))
        self.tabs.addTab(self.reception_panel, self.tr("Leader reception schedule"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.period_bar)
        layout.addWidget(self.tabs, 1)
        self._chain_tab_order()
        state = QSettings("OfficeDesk", "OfficeDesk").value("duty/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)

    def _chain_tab_order(self) -> None:
        """Tab goes as the page reads: the period bar, the page tabs, the grid, the tabs under it and the shown
        tab's panel; the reception tab's buttons and table. (Widgets on hidden tabs are passed over.) A tab widget
        stands in the chain for its tab bar (its focus proxy): naming the bar would leave the widget a second stop."""
        chain([*self.period_bar.tab_chain(), self.tabs, self.grid, self.day_tabs,
               *self.log_panel.tab_chain(), *self.swaps_panel.tab_chain(), self.conflicts_panel.list,
               *self.reception_panel.tab_chain()])  # fmt: skip

    def focus_grid(self) -> None:
        """The cursor into the grid, on the selected day (the duty page's Go to, Ctrl+3)."""
        self.tabs.setCurrentIndex(0)
        self.grid.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _date_entered(self) -> None:
        self.select_day(self.period_bar.anchor())
        self.focus_grid()

    def set_action_tips(self, fill: str, staff: str, swap: str) -> None:
        """The actions' tooltips (with their shortcuts), for the guides and hints to name."""
        self._tips = {"fill": fill, "staff": staff, "swap": swap}
        self._update_guide()

    # --- the period -----------------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        return self.period_bar.period()

    def load(self) -> None:
        """Read the period the bar shows; keep the selected day when it is still in it."""
        keep = self.grid.selected_day()
        first, last = self.period()
        self.model.load(first, last)
        self.choices.invalidate()
        self.hint.hide()
        anchor = self.period_bar.anchor()
        self.select_day(keep if keep is not None and first <= keep <= last else anchor)
        self.reception_panel.set_period(*period_of(MONTH, anchor))
        self._update_period_state()
        QSettings("OfficeDesk", "OfficeDesk").setValue("duty/mode", self.period_bar.mode())
        self.period_changed.emit()

    def refresh(self) -> None:
        """After a change made elsewhere (a fill, a swap, the staff list): read the period again."""
        self.choices.invalidate()
        self.model.reload()
        self._update_period_state()
        self._day_selected(self.grid.selected_day())
        self.reception_panel.refresh()

    def _after_edit(self) -> None:
        self.hint.hide()
        self.choices.invalidate()
        self._update_period_state()
        self._day_selected(self.grid.selected_day())
        self.changed.emit()

    def _update_period_state(self) -> None:
        days = self.model.days()
        conflicts = [c for d in days for c in d.conflicts]
        self.conflicts_panel.set_conflicts(conflicts)
        tab = self.day_tabs.indexOf(self.conflicts_panel)
        self.day_tabs.setTabText(tab, self.tr("Conflicts in this period ({count})").format(count=len(conflicts)))
        self.day_tabs.setTabIcon(tab, warning_icon() if conflicts else QIcon())
        filled, total = period_days(days)
        published = sum(1 for d in days if d.slot.published_at is not None)
        text = self.tr("{filled} of {total} days filled · {conflicts} conflicts · {published} published")
        self.count_label.setText(text.format(filled=filled, total=total, published=published,
                                             conflicts=len(conflicts)))  # fmt: skip
        self._update_guide()

    def _update_guide(self) -> None:
        days = self.model.days()
        if not self.desk.duty.staff():
            text = self.tr("No staff list yet. Add the leaders and staff who take duty with {staff}, then fill the "
                           "period with {fill}.").format(**self._tips)  # fmt: skip
        elif days and all(d.slot.is_empty for d in days):
            text = self.tr("Nobody is on duty in this period yet. Fill it with {fill}, or double-click a day's "
                           "leader or staff cell to choose who is on duty.").format(**self._tips)  # fmt: skip
        else:
            self.guide.hide()
            return
        self.guide.setText(text)
        self.guide.show()

    # --- the selected day -----------------------------------------------------------------------
    def selected_day(self) -> date | None:
        return self.grid.selected_day()

    def select_day(self, day: date) -> None:
        """Select `day`, moving the period to it when it lies outside."""
        first, last = self.period()
        if not first <= day <= last:
            self.period_bar.set_anchor(day)  # loads; the anchor day is selected
            return
        if self.grid.selected_day() == day:
            self._day_selected(day)
        else:
            self.grid.select_day(day)

    def _day_selected(self, day: date | None) -> None:
        self.log_panel.set_day(day)
        row = self.model.row_of(day) if day is not None else None
        if row is None:
            self.swaps_panel.set_swaps((), "—")
        else:
            duty_day = self.model.day(row)
            self.swaps_panel.set_swaps(duty_day.swaps, f"{day} {duty_day.weekday}")
        self.day_changed.emit(day)

    def show_conflicts(self) -> None:
        """Bring the period's conflicts list forward (a click on a day's conflict marker does)."""
        self.day_tabs.setCurrentWidget(self.conflicts_panel)

    def show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.show()

    def _locked_edit(self, day: date) -> None:
        self.show_hint(self.tr("{day} is published and past, so it is not edited directly. Record the change "
                               "with {swap}: who replaces whom, approved by whom.").format(
                                   day=day.isoformat(), swap=self._tips["swap"]))  # fmt: skip

    def save_state(self) -> None:
        QSettings("OfficeDesk", "OfficeDesk").setValue("duty/splitter", self.splitter.saveState())
