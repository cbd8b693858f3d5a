"""调班 / 替班: on a day, someone else takes a leader's or a staff member's place, approved by a leader.

The only way to change a published past day; the swap stays in the day's history and is printed in 备注.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from officedesk.domain.duty import StaffRole
from officedesk.services.desk import Desk
from officedesk.ui.widgets.button_order import chain
from officedesk.ui.widgets.date_edit import date_edit, to_date
from officedesk.ui.widgets.field_messages import error_label


class DutySwapDialog(QDialog):
    """Emits `swapped(DutySwap)` once the service recorded it."""

    swapped = Signal(object)

    def __init__(self, desk: Desk, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Swap shift (调班)"))
        intro = QLabel(self.tr("Someone else takes the duty of a person on this day. The swap is kept in the "
                               "day's history and printed in the remarks."))  # fmt: skip
        intro.setWordWrap(True)
        self.day = date_edit(day)
        self.role = QComboBox()
        for role in StaffRole.ALL:
            self.role.addItem(StaffRole.LABELS[role], role)
        self.from_name = QComboBox()
        self.from_name.setObjectName("swapFrom")
        self.to_name = QComboBox()
        self.to_name.setObjectName("swapTo")
        self.to_name.setEditable(True)
        self.to_name.setToolTip(self.tr("Choose from the staff list, or type a name"))
        self.approver = QComboBox()
        self.approver.setEditable(True)
        self.approver.setToolTip(self.tr("The leader who approved the swap (批准人)"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. 出差, 家中有事"))
        form = QFormLayout()
        form.addRow(self.tr("&Day:"), self.day)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("Re&place:"), self.from_name)
        form.addRow(self.tr("&By:"), self.to_name)
        form.addRow(self.tr("&Approved by:"), self.approver)
        form.addRow(self.tr("R&eason:"), self.reason)
        self.message = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.swap_button = self.buttons.addButton(self.tr("Swap"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        chain([self.day, self.role, self.from_name, self.to_name, self.approver, self.reason], self.buttons)
        self.day.setFocus()
        self.day.dateChanged.connect(lambda _d: self._load_names())
        self.role.currentIndexChanged.connect(lambda _i: self._load_names())
        for combo in (self.from_name, self.to_name, self.approver):
            combo.currentTextChanged.connect(lambda _t: self._update_ok())
        self.buttons.accepted.connect(self.swap)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(440)
        self._load_names()

    def chosen_day(self) -> date:
        return to_date(self.day.date())

    def chosen_role(self) -> str:
        return str(self.role.currentData())

    def _load_names(self) -> None:
        """Who is on duty that day in the role (to be replaced), and who may replace them."""
        day = self.chosen_day()
        role = self.chosen_role()
        days = self.desk.duty.days(day, day)
        slot = days[0].slot if days else None
        on_duty = ([slot.leader] if slot and slot.leader else []) if role == StaffRole.LEADER else \
            list(slot.staff if slot else ())  # fmt: skip
        counts = self.desk.duty.duty_counts(day.year)
        self.from_name.clear()
        self.from_name.addItems(on_duty)
        self.from_name.setEnabled(bool(on_duty))
        if not on_duty:
            self.from_name.addItem(self.tr("(nobody on duty in this role)"))
        keep = self.to_name.currentText()
        self.to_name.clear()
        for member in self.desk.duty.staff(role, active_on=day):
            if member.name not in on_duty:
                label = self.tr("{name} ({count} this year)").format(name=member.name, count=counts.get(member.name, 0))
                self.to_name.addItem(label, member.name)
        self.to_name.setCurrentIndex(-1)
        self.to_name.setEditText(keep)
        keep_approver = self.approver.currentText()
        self.approver.clear()
        self.approver.addItems([m.name for m in self.desk.duty.staff(StaffRole.LEADER, active_on=day)])
        self.approver.setEditText(keep_approver)
        self._update_ok()

    def to(self) -> str:
        """The replacing name: the chosen entry's name (its label carries the count), or what was typed."""
        text = self.to_name.currentText().strip()
        index = self.to_name.findText(text)
        return str(self.to_name.itemData(index)) if index >= 0 else text

    def _update_ok(self) -> None:
        ok = self.from_name.isEnabled() and bool(self.to()) and bool(self.approver.currentText().strip())
        self.swap_button.setEnabled(ok and self.to() != self.from_name.currentText())

    def swap(self) -> None:
        if not self.swap_button.isEnabled():
            return
        try:
            done = self.desk.duty.swap(self.chosen_day(), self.chosen_role(), self.from_name.currentText(), self.to(),
                                       self.approver.currentText().strip(), self.reason.text().strip())  # fmt: skip
        except Exception as e:  # DutyRefused: the service's Chinese sentence
            self.message.setText(str(e) or type(e).__name__)
            self.message.show()
            return
        self.swapped.emit(done)
        self.accept()
