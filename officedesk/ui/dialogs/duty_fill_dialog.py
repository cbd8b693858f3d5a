"""Fill a period from the rotation (DOMAIN.md §4.4 "rules the user can configure"): the normal or the holiday
roster's rules, the order of leaders and staff, then what was filled, who was passed over and what conflicts remain."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from officedesk.domain.duty import RotationRules, StaffRole
from officedesk.services.desk import Desk
from officedesk.services.duty_service import FillResult
from officedesk.ui.widgets.busy_cursor import busy
from officedesk.ui.widgets.button_order import chain
from officedesk.ui.widgets.date_edit import date_edit, to_date
from officedesk.ui.widgets.field_messages import error_label
from officedesk.ui.widgets.order_list import OrderList


class DutyFillDialog(QDialog):
    """Page 1 sets the period and the rules; Fill writes them (`filled(FillResult)`); page 2 shows the outcome."""

    filled = Signal(object)

    def __init__(self, desk: Desk, first: date, last: date, holiday: bool = False,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.desk = desk
        self.fill_result: FillResult | None = None
        self.setWindowTitle(self.tr("Fill from rotation"))
        self.first = date_edit(first)
        self.last = date_edit(last)
        self.normal = QRadioButton(self.tr("Normal rota"))
        self.holiday = QRadioButton(self.tr("Holiday rota (节假日值班)"))
        self.holiday.setToolTip(self.tr("Holidays may have their own order; without one the normal rules are used"))
        (self.holiday if holiday else self.normal).setChecked(True)
        self.leaders = OrderList(self)
        self.staff = OrderList(self)
        self.by_week = QCheckBox(self.tr("A leader holds a whole week (Monday to Sunday)"))
        self.weekend_same = QCheckBox(self.tr("The same leader on both weekend days"))
        self.per_day = QSpinBox()
        self.per_day.setRange(1, 6)
        self.max_run = QSpinBox()
        self.max_run.setRange(1, 7)
        self.max_run.setToolTip(self.tr("More days running than this is listed as a conflict"))
        self.holiday_leader = QCheckBox(self.tr("A rest day without a leader is a conflict"))
        self.overwrite = QCheckBox(self.tr("Replace days that already have people (published past days are never "
                                           "touched)"))  # fmt: skip
        self.remember = QCheckBox(self.tr("Remember this order and these rules for next time"))
        self.remember.setChecked(True)
        self.message = error_label()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.skipped_list = QListWidget()
        self.skipped_list.setObjectName("skippedList")
        self.conflicts_list = QListWidget()
        self.conflicts_list.setObjectName("remainingConflicts")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._rules_page())
        self.pages.addWidget(self._result_page())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.fill_button = self.buttons.addButton(self.tr("Fill"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        chain(self.tab_chain(), self.buttons)
        self.first.setFocus()  # Enter fills the period shown with the saved rules
        self.buttons.accepted.connect(self.fill)
        self.buttons.rejected.connect(self.reject)
        self.holiday.toggled.connect(lambda _on: self.load_rules())
        self.by_week.toggled.connect(lambda on: self.weekend_same.setEnabled(not on))
        self.load_rules()
        self.resize(760, 560)

    def tab_chain(self) -> list[QWidget]:
        """As shown: the period and the roster, the two orders (each list, then its Up and Down), the rules; on
        the result page its two lists."""
        lists = [w for o in (self.leaders, self.staff) for w in (o.list, o.up_button, o.down_button)]
        return [self.first, self.last, self.normal, self.holiday, *lists, self.by_week, self.weekend_same,
                self.per_day, self.max_run, self.holiday_leader, self.overwrite, self.remember, self.skipped_list,
                self.conflicts_list]  # fmt: skip

    def _rules_page(self) -> QWidget:
        page = QWidget(self)
        period = QHBoxLayout()
        for part in (QLabel(self.tr("From")), self.first, QLabel(self.tr("to")), self.last):
            period.addWidget(part)
        period.addSpacing(24)
        period.addWidget(self.normal)
        period.addWidget(self.holiday)
        period.addStretch(1)
        lists = QGridLayout()
        for column, (title, widget) in enumerate(((self.tr("Leaders on duty (带班领导), in order"), self.leaders),
                                                  (self.tr("Staff on duty (值班人员), in order"), self.staff))):
            box = QGroupBox(title, page)
            QVBoxLayout(box).addWidget(widget)
            lists.addWidget(box, 0, column)
        rules = QFormLayout()
        rules.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        rules.addRow(self.by_week)
        rules.addRow(self.weekend_same)
        rules.addRow(self.tr("Staff on duty per day:"), self.per_day)
        rules.addRow(self.tr("Longest run of days for one person:"), self.max_run)
        rules.addRow(self.holiday_leader)
        rules.addRow(self.overwrite)
        rules.addRow(self.remember)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(period)
        layout.addLayout(lists, 1)
        layout.addLayout(rules)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Passed over by the rotation:")))
        layout.addWidget(self.skipped_list, 1)
        layout.addWidget(QLabel(self.tr("Conflicts left in the period:")))
        layout.addWidget(self.conflicts_list, 1)
        return page

    # --- rules ----------------------------------------------------------------------------------
    def load_rules(self) -> None:
        """Show the saved rules of the chosen roster; names on the staff list but not in the order follow, unticked."""
        duty = self.desk.duty
        rules = duty.rotation_rules(holiday=self.holiday.isChecked())
        day = to_date(self.first.date())
        counts = duty.duty_counts(day.year)
        for widget, role, order in ((self.leaders, StaffRole.LEADER, rules.leader_order),
                                    (self.staff, StaffRole.STAFF, rules.staff_order)):  # fmt: skip
            active = [m.name for m in duty.staff(role, active_on=day)]
            labels = {n: self.tr("{name} ({count} this year)").format(name=n, count=counts.get(n, 0))
                      for n in [*order, *active]}  # fmt: skip
            widget.set_names(order or active, active, labels)
        self.by_week.setChecked(rules.leaders_by_week)
        self.weekend_same.setChecked(rules.weekend_same_leader)
        self.weekend_same.setEnabled(not rules.leaders_by_week)
        self.per_day.setValue(rules.staff_per_day)
        self.max_run.setValue(rules.max_consecutive_days)
        self.holiday_leader.setChecked(rules.holiday_leader_required)

    def rules(self) -> RotationRules:
        return RotationRules(
            leader_order=tuple(self.leaders.names()), staff_order=tuple(self.staff.names()),
            leaders_by_week=self.by_week.isChecked(), staff_per_day=self.per_day.value(),
            weekend_same_leader=self.weekend_same.isChecked(), max_consecutive_days=self.max_run.value(),
            holiday_leader_required=self.holiday_leader.isChecked(),
        )  # fmt: skip

    # --- filling --------------------------------------------------------------------------------
    def fill(self) -> None:
        if self.pages.currentIndex() == 1:  # the result page's Close
            self.accept()
            return
        first, last = to_date(self.first.date()), to_date(self.last.date())
        rules = self.rules()
        if last < first:
            return self._refuse(self.tr("The period ends before it starts."))
        if not rules.leader_order and not rules.staff_order:
            return self._refuse(self.tr("Tick at least one leader or staff member to rotate."))
        try:
            with busy():
                if self.remember.isChecked():
                    self.desk.duty.save_rotation_rules(rules, holiday=self.holiday.isChecked())
                result = self.desk.duty.fill(first, last, rules, overwrite=self.overwrite.isChecked())
        except Exception as e:  # DutyRefused and storage errors: the service's sentence
            return self._refuse(str(e) or type(e).__name__)
        self.show_result(result, first, last)
        self.filled.emit(result)

    def show_result(self, result: FillResult, first: date, last: date) -> None:
        self.fill_result = result
        self.message.hide()
        text = self.tr("{count} days written, {first} — {last}.")
        self.summary.setText(text.format(count=len(result.slots), first=first.isoformat(), last=last.isoformat()))
        self.skipped_list.clear()
        self.skipped_list.addItems(list(result.skipped) or [self.tr("Nobody")])
        self.conflicts_list.clear()
        self.conflicts_list.addItems([c.message for c in result.conflicts] or [self.tr("None")])
        for box in (self.skipped_list, self.conflicts_list):
            box.setCurrentRow(-1)
        self.pages.setCurrentIndex(1)
        self.fill_button.setText(self.tr("Close"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()

    def _refuse(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
