"""One line of the 领导接访日程安排表 (DOMAIN.md §4.5): a date, or a weekday repeated each week; time, place,
the receiving leader and the stand-in (补位) leader, the appointment phone, who accompanies."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from officedesk.domain.duty import WEEKDAY_NAMES, ReceptionSlot, StaffRole
from officedesk.services.desk import Desk
from officedesk.ui.dialogs.service_dialog import ServiceDialog
from officedesk.ui.widgets.date_edit import date_edit, to_date


class ReceptionSlotDialog(ServiceDialog):
    """Saves through `desk.duty.save_reception_slot`; emits `saved(slot)`."""

    def __init__(self, desk: Desk, slot: ReceptionSlot, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.slot = slot
        self.setWindowTitle(self.tr("New reception slot") if slot.id is None else self.tr("Edit reception slot"))
        today = desk.clock.today()
        self.dated = QRadioButton(self.tr("On a date"))
        self.weekly = QRadioButton(self.tr("Every week on"))
        group = QButtonGroup(self)
        group.addButton(self.dated)
        group.addButton(self.weekly)
        self.day = date_edit(slot.day or today)
        self.weekday = QComboBox()
        self.weekday.addItems(list(WEEKDAY_NAMES[:5]))  # reception days are working days
        self.weekday.setCurrentIndex(slot.weekday if slot.weekday is not None else 0)
        (self.weekly if slot.weekday is not None and slot.day is None else self.dated).setChecked(True)
        when = QHBoxLayout()
        for widget in (self.dated, self.day, self.weekly, self.weekday):
            when.addWidget(widget)
        when.addStretch(1)
        self.time_range = QLineEdit(slot.time_range)
        self.place = QLineEdit(slot.place)
        leaders = desk.duty.staff(StaffRole.LEADER, active_on=slot.day or today)
        self._posts = {m.name: m.post for m in leaders}
        self._phones = {m.name: m.office_phone or m.mobile for m in leaders}
        self.leader = self._name_combo([m.name for m in leaders], slot.leader)
        self.leader_post = QLineEdit(slot.leader_post)
        self.standin = self._name_combo([m.name for m in leaders], slot.standin)
        self.phone = QLineEdit(slot.phone)
        self.accompany = QLineEdit(slot.accompany)
        self.accompany.setPlaceholderText(self.tr("e.g. 办公室 张敏"))
        self.remarks = QLineEdit(slot.remarks)
        self.form.addRow(self.tr("When:"), when)
        self.form.addRow(self.tr("&Time:"), self.time_range)
        self.form.addRow(self.tr("&Place:"), self.place)
        self.form.addRow(self.tr("&Leader receiving:"), self.leader)
        self.form.addRow(self.tr("Leader's p&ost:"), self.leader_post)
        self.form.addRow(self.tr("&Stand-in leader (补位):"), self.standin)
        self.form.addRow(self.tr("Appointment p&hone:"), self.phone)
        self.form.addRow(self.tr("&Accompanied by:"), self.accompany)
        self.form.addRow(self.tr("&Remarks:"), self.remarks)
        self.dated.toggled.connect(self._update_when)
        self.leader.currentTextChanged.connect(self._leader_chosen)
        self._update_when()

    def _name_combo(self, names: list[str], current: str) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(["", *names])
        combo.setCurrentText(current)
        return combo

    def _update_when(self) -> None:
        self.day.setEnabled(self.dated.isChecked())
        self.weekday.setEnabled(self.weekly.isChecked())

    def _leader_chosen(self, name: str) -> None:
        # The post and phone follow the staff list, unless the clerk already typed them.
        if name in self._posts and not self.leader_post.isModified():
            self.leader_post.setText(self._posts[name])
        if self._phones.get(name) and not self.phone.text():
            self.phone.setText(self._phones[name])

    def value(self) -> ReceptionSlot:
        dated = self.dated.isChecked()
        return dataclasses.replace(
            self.slot, day=to_date(self.day.date()) if dated else None,
            weekday=None if dated else self.weekday.currentIndex(), time_range=self.time_range.text().strip(),
            place=self.place.text().strip(), leader=self.leader.currentText().strip(),
            leader_post=self.leader_post.text().strip(), standin=self.standin.currentText().strip(),
            phone=self.phone.text().strip(), accompany=self.accompany.text().strip(),
            remarks=self.remarks.text().strip(),
        )  # fmt: skip

    def store(self) -> object:
        slot = self.value()
        if not slot.leader:
            self.refuse(self.tr("Choose the leader who receives."))
            self.leader.setFocus()
            return None
        return self.desk.duty.save_reception_slot(slot)


def slot_day_text(slot: ReceptionSlot) -> str:
    return slot.day.isoformat() if slot.day is not None else ""


def slot_weekday_text(slot: ReceptionSlot) -> str:
    if slot.day is not None:
        return WEEKDAY_NAMES[slot.day.weekday()]
    return WEEKDAY_NAMES[slot.weekday] if slot.weekday is not None else ""
