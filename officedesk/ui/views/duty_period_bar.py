"""Which period the duty grid shows: a week or a month, previous / next / today, and a date picker.

The navigation actions live here (their shortcuts work while the duty page shows); the 值班 menu lists the same
actions, so the menu, the buttons and the keys never disagree.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

from officedesk.ui.widgets.date_edit import date_edit, to_date, to_qdate
from officedesk.ui.widgets.shortcut_action import shortcut_action

WEEK, MONTH = "week", "month"


def period_of(mode: str, anchor: date) -> tuple[date, date]:
    """The ISO week (Monday–Sunday) or the calendar month that holds `anchor`."""
    if mode == MONTH:
        return anchor.replace(day=1), anchor.replace(day=calendar.monthrange(anchor.year, anchor.month)[1])
    monday = anchor - timedelta(days=anchor.weekday())
    return monday, monday + timedelta(days=6)


def shifted(mode: str, anchor: date, steps: int) -> date:
    """`anchor` moved by whole weeks or months (a month keeps the day where the month has it)."""
    if mode == WEEK:
        return anchor + timedelta(weeks=steps)
    month = anchor.month - 1 + steps
    year, month = anchor.year + month // 12, month % 12 + 1
    return date(year, month, min(anchor.day, calendar.monthrange(year, month)[1]))


class DutyPeriodBar(QWidget):
    """Emits `changed` whenever the period (or only the anchor day inside it) moves, `date_entered` on Enter in the
    date (Go to date…, Ctrl+G: type the day, Enter, and the grid takes the keys on that day)."""

    changed = Signal()
    date_entered = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._mode = WEEK
        self._anchor = today
        sp = QStyle.StandardPixmap
        self.week_action = shortcut_action(self, self.tr("&Week"), lambda: self.set_mode(WEEK), "Alt+W",
                                           tooltip=self.tr("Show one week, Monday to Sunday"))  # fmt: skip
        self.month_action = shortcut_action(self, self.tr("&Month"), lambda: self.set_mode(MONTH), "Alt+M",
                                            tooltip=self.tr("Show a whole month"))  # fmt: skip
        group = QActionGroup(self)
        for action in (self.week_action, self.month_action):
            action.setCheckable(True)
            group.addAction(action)
        self.week_action.setChecked(True)
        self.previous_action = shortcut_action(self, self.tr("&Previous"), lambda: self.step(-1), "Alt+Left",
                                               sp.SP_ArrowBack, tooltip=self.tr("Previous week or month"))  # fmt: skip
        self.next_action = shortcut_action(self, self.tr("&Next"), lambda: self.step(1), "Alt+Right",
                                           sp.SP_ArrowForward, tooltip=self.tr("Next week or month"))  # fmt: skip
        self.today_action = shortcut_action(self, self.tr("&Today"), self.go_today, "Alt+Home",
                                            tooltip=self.tr("Back to the week or month of today"))  # fmt: skip
        self.goto_action = shortcut_action(
            self, self.tr("&Go to date…"), self.focus_date, "Ctrl+G",
            tooltip=self.tr("Type or pick a date to show its week or month"))  # fmt: skip
        self.date_edit = date_edit(today, self)
        self.date_edit.setObjectName("dutyDate")
        self.date_edit.setToolTip(self.goto_action.toolTip())
        self.title = QLabel(self)
        self.title.setObjectName("dutyPeriodTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        items: tuple[QAction | None, ...] = (self.week_action, self.month_action, None, self.previous_action,
                                             self.today_action, self.next_action)  # fmt: skip
        self.buttons: list[QToolButton] = []
        for item in items:
            if item is None:
                layout.addSpacing(12)
            else:
                self.buttons.append(self._button(item))
                layout.addWidget(self.buttons[-1])
        layout.addWidget(self.date_edit)
        layout.addSpacing(12)
        layout.addWidget(self.title, 1)
        self.date_edit.dateChanged.connect(lambda d: self.set_anchor(to_date(d)))
        self.date_edit.installEventFilter(self)
        self._update_title()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        enter = isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.date_edit and event.type() == QEvent.Type.KeyPress and enter:
            self.date_edit.interpretText()  # a day typed but not yet taken
            self.date_entered.emit()
            return True
        return super().eventFilter(watched, event)

    def tab_chain(self) -> list[QWidget]:
        """Tab stops as shown, left to right: the buttons, then the date."""
        return [*self.buttons, self.date_edit]

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(not action.isCheckable())
        return button

    # --- state ----------------------------------------------------------------------------------
    def mode(self) -> str:
        return self._mode

    def anchor(self) -> date:
        return self._anchor

    def period(self) -> tuple[date, date]:
        return period_of(self._mode, self._anchor)

    def set_mode(self, mode: str) -> None:
        (self.month_action if mode == MONTH else self.week_action).setChecked(True)
        if mode != self._mode:
            self._mode = mode
            self._moved()

    def set_anchor(self, day: date) -> None:
        if day != self._anchor:
            self._anchor = day
            self._moved()

    def step(self, steps: int) -> None:
        self.set_anchor(shifted(self._mode, self._anchor, steps))

    def go_today(self) -> None:
        self.set_anchor(self._today)

    def focus_date(self) -> None:
        self.date_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.date_edit.setSelectedSection(QDateEdit.Section.DaySection)

    def _moved(self) -> None:
        blocked = self.date_edit.blockSignals(True)
        self.date_edit.setDate(to_qdate(self._anchor))
        self.date_edit.blockSignals(blocked)
        self._update_title()
        self.changed.emit()

    def _update_title(self) -> None:
        first, last = self.period()
        if self._mode == WEEK:
            year, week, _ = first.isocalendar()
            text = self.tr("{first} — {last} · week {week} of {year}")
            self.title.setText(text.format(first=first.isoformat(), last=last.isoformat(), week=week, year=year))
        else:
            text = self.tr("{first} — {last} · {year}-{month:02d}")
            self.title.setText(text.format(first=first.isoformat(), last=last.isoformat(), year=first.year,
                                           month=first.month))  # fmt: skip
