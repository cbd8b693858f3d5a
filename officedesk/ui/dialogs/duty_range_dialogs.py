"""Copy a week of the duty table to another week, and clear a range of days (locked days refuse both)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from officedesk.services.desk import Desk
from officedesk.ui.widgets.busy_cursor import busy
from officedesk.ui.widgets.button_order import chain, focus_first, form_fields
from officedesk.ui.widgets.date_edit import date_edit, to_date
from officedesk.ui.widgets.field_messages import error_label


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


class _RangeDialog(QDialog):
    """An intro, a form, an error line and two buttons; `done_(count)` after the service wrote.

    Tab walks the form, then the buttons as shown; the cursor starts in the first date; Enter runs, Escape cancels.
    """

    done_ = Signal(int)

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.message = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(440)
        self._tab_order_set = False

    def showEvent(self, event: QShowEvent) -> None:
        if not self._tab_order_set:  # the subclass has filled the form by now
            self._tab_order_set = True
            fields = form_fields(self.form)
            chain(fields, self.buttons)
            focus_first(fields, self)
        super().showEvent(event)

    def work(self) -> int:
        raise NotImplementedError

    def run(self) -> None:
        try:
            with busy():
                count = self.work()
        except Exception as e:  # DutyRefused (a locked day), ValueError: the sentence is shown as it is
            self.message.setText(str(e) or type(e).__name__)
            self.message.show()
            return
        self.done_.emit(count)
        self.accept()


class CopyWeekDialog(_RangeDialog):
    def __init__(self, desk: Desk, source: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.source_monday = monday_of(source)
        sunday = self.source_monday + timedelta(days=6)
        self.setWindowTitle(self.tr("Copy week"))
        self.intro.setText(self.tr(
            "Copies the leader, staff and remarks of the week {first} — {last} onto the seven days from the Monday "
            "you choose. Days there are replaced; a published past day refuses the copy.").format(
            first=self.source_monday.isoformat(), last=sunday.isoformat()))  # fmt: skip
        self.ok_button.setText(self.tr("Copy"))
        self.target = date_edit(self.source_monday + timedelta(days=7))
        self.target.setToolTip(self.tr("Any day of the target week: the copy starts on its Monday"))
        self.target_label = QLabel()
        self.form.addRow(self.tr("&Target week of:"), self.target)
        self.form.addRow("", self.target_label)
        self.target.dateChanged.connect(lambda _d: self._update())
        self._update()

    def target_monday(self) -> date:
        return monday_of(to_date(self.target.date()))

    def _update(self) -> None:
        monday = self.target_monday()
        text = self.tr("{first} — {last}").format(first=monday.isoformat(),
                                                    last=(monday + timedelta(days=6)).isoformat())  # fmt: skip
        self.target_label.setText(text)
        self.ok_button.setEnabled(monday != self.source_monday)

    def work(self) -> int:
        return self.desk.duty.copy_week(self.source_monday, self.target_monday())


class ClearRangeDialog(_RangeDialog):
    def __init__(self, desk: Desk, first: date, last: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Clear days"))
        self.intro.setText(self.tr("Empties the leader, staff and remarks of every day in the range. Swaps stay in "
                                   "the history. If a day in the range is published and past, nothing is "
                                   "cleared."))  # fmt: skip
        self.ok_button.setText(self.tr("Clear"))
        self.first = date_edit(first)
        self.last = date_edit(last)
        self.form.addRow(self.tr("&From:"), self.first)
        self.form.addRow(self.tr("&To:"), self.last)

    def work(self) -> int:
        first, last = to_date(self.first.date()), to_date(self.last.date())
        if last < first:
            raise ValueError(self.tr("The range ends before it starts."))
        return self.desk.duty.clear(first, last)
