"""Editors for the staff list: one person (姓名 / 领导或工作人员 / 职务 / 手机 …), a last day on the list
(people are retired, never deleted: old tables still print their names), and a leave period."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit, QSpinBox, QWidget

from officedesk.domain.duty import StaffLeave, StaffMember, StaffRole
from officedesk.services.desk import Desk
from officedesk.ui.dialogs.service_dialog import ServiceDialog
from officedesk.ui.widgets.date_edit import date_edit, to_date
from officedesk.ui.widgets.optional_date_edit import OptionalDateEdit


class StaffMemberDialog(ServiceDialog):
    def __init__(self, desk: Desk, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent, min_width=420)
        self.member = member
        self.setWindowTitle(self.tr("Add person") if member.id is None else self.tr("Edit person"))
        today = desk.clock.today()
        self.name = QLineEdit(member.name)
        self.role = QComboBox()
        for role in StaffRole.ALL:
            self.role.addItem(StaffRole.LABELS[role], role)
        self.role.setCurrentIndex(max(self.role.findData(member.role), 0))
        self.post = QLineEdit(member.post)
        self.post.setPlaceholderText(self.tr("e.g. 副局长"))
        self.unit = QLineEdit(member.unit)
        self.mobile = QLineEdit(member.mobile)
        self.office_phone = QLineEdit(member.office_phone)
        self.active_from = OptionalDateEdit()
        self.active_from.setDefaultDate(today)
        self.active_from.setValue(member.active_from)
        self.active_to = OptionalDateEdit()
        self.active_to.setDefaultDate(today)
        self.active_to.setValue(member.active_to)
        self.order = QSpinBox()
        self.order.setRange(0, 999)
        self.order.setValue(member.rotation_order)
        self.order.setToolTip(self.tr("Place in the rotation: lower goes first (ties by the order people were added)"))
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Role:"), self.role)
        self.form.addRow(self.tr("&Post:"), self.post)
        self.form.addRow(self.tr("&Unit:"), self.unit)
        self.form.addRow(self.tr("&Mobile:"), self.mobile)
        self.form.addRow(self.tr("&Office phone:"), self.office_phone)
        self.form.addRow(self.tr("On the list &from:"), self.active_from)
        self.form.addRow(self.tr("On the list un&til:"), self.active_to)
        self.form.addRow(self.tr("Rotation or&der:"), self.order)
        for field in (self.active_from, self.active_to):
            label = self.form.labelForField(field)
            if isinstance(label, QLabel):  # Alt+F, Alt+T reach the date's box (the row's widget takes no focus)
                label.setBuddy(field.check)
        self.name.setFocus()

    def value(self) -> StaffMember:
        return dataclasses.replace(
            self.member, name=self.name.text().strip(), role=str(self.role.currentData()),
            post=self.post.text().strip(), unit=self.unit.text().strip(), mobile=self.mobile.text().strip(),
            office_phone=self.office_phone.text().strip(), active_from=self.active_from.value(),
            active_to=self.active_to.value(), rotation_order=self.order.value(),
        )  # fmt: skip

    def store(self) -> object:
        member = self.value()
        if not member.name:
            self.refuse(self.tr("The name is required."))
            self.name.setFocus()
            return None
        return self.desk.duty.save_staff(member)


class RetireDialog(ServiceDialog):
    """The last day on the list; the rotation and the editors leave the person out after it."""

    def __init__(self, desk: Desk, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent, min_width=420)
        self.member = member
        self.setWindowTitle(self.tr("Retire {name}").format(name=member.name))
        intro = QLabel(self.tr("{name} stays in every table already made, and is no longer offered for duty after "
                               "the last day.").format(name=member.name))  # fmt: skip
        intro.setWordWrap(True)
        self.last_day = date_edit(member.active_to or desk.clock.today())
        self.form.addRow(intro)
        self.form.addRow(self.tr("&Last day on the list:"), self.last_day)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Retire"))

    def store(self) -> object:
        assert self.member.id is not None
        last = to_date(self.last_day.date())
        self.desk.duty.retire_staff(self.member.id, last)
        return last


class StaffLeaveDialog(ServiceDialog):
    """A leave period (休假, 出差 as a reason only): the rotation passes over it, the conflicts list it."""

    def __init__(self, desk: Desk, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent, min_width=420)
        assert member.id is not None
        self.member = member
        self.setWindowTitle(self.tr("Leave of {name}").format(name=member.name))
        today = desk.clock.today()
        self.first = date_edit(today)
        self.last = date_edit(today)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. 年休假, 出差"))
        self.form.addRow(self.tr("&From:"), self.first)
        self.form.addRow(self.tr("&To:"), self.last)
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.first.dateChanged.connect(lambda d: self.last.setDate(max(d, self.last.date())))

    def store(self) -> object:
        first, last = to_date(self.first.date()), to_date(self.last.date())
        if last < first:
            self.refuse(self.tr("The leave ends before it starts."))
            return None
        assert self.member.id is not None
        leave = StaffLeave(id=None, staff_id=self.member.id, first=first, last=last, reason=self.reason.text().strip())
        return self.desk.duty.save_leave(leave)
