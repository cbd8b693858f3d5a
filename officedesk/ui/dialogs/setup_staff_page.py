"""The set-up wizard's staff page: who takes duty, as leader (带班领导) or staff (值班人员), with their phones.

People are typed in the row under the table (Enter or Add puts them in the table); the duty service stores
them when the wizard finishes.
"""

from __future__ import annotations

import dataclasses
import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from officedesk.domain.duty import StaffMember, StaffRole
from officedesk.ui.widgets.name_list_edit import EnterFilter


class StaffSetupPage(QWizardPage):
    COLUMNS = 5  # name, role, post, mobile, office phone

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Staff on duty"))
        self.setSubTitle(self.tr("The leaders and staff who take turns on duty, with the phones printed on the "
                                 "duty table."))  # fmt: skip
        self._members: list[StaffMember] = []
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Post"), self.tr("Mobile"),
                                              self.tr("Office phone")])  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.name = QLineEdit()
        self.role = QComboBox()
        self.role.addItem(self.tr("Leader on duty (带班领导)"), StaffRole.LEADER)
        self.role.addItem(self.tr("Staff on duty (值班人员)"), StaffRole.STAFF)
        self.role.setCurrentIndex(1)
        self.post = QLineEdit()
        self.post.setPlaceholderText(self.tr("e.g. 副局长"))
        self.mobile = QLineEdit()
        self.mobile.setPlaceholderText(self.tr("11 digits"))
        self.office_phone = QLineEdit()
        self.add_button = QPushButton(self.tr("&Add"))
        self.remove_button = QPushButton(self.tr("&Remove selected"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #c62828;")
        entry = QGridLayout()
        fields = ((self.tr("&Name"), self.name), (self.tr("R&ole"), self.role), (self.tr("&Post"), self.post),
                  (self.tr("&Mobile"), self.mobile), (self.tr("O&ffice phone"), self.office_phone))  # fmt: skip
        for i, (caption, field) in enumerate(fields):
            label = QLabel(caption)
            label.setBuddy(field)
            row, col = divmod(i, 3)
            entry.addWidget(label, row, col * 2)
            entry.addWidget(field, row, col * 2 + 1)
        entry.addWidget(self.add_button, 1, 5)
        for col in (1, 3, 5):
            entry.setColumnStretch(col, 1)
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(entry)
        layout.addWidget(self.message)
        hint = QLabel(self.tr("Skip this page to enter the staff later on the Duty page."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        enter = EnterFilter(self.add_member, self)
        for field in (self.name, self.post, self.mobile, self.office_phone):
            field.installEventFilter(enter)
        # As shown: the list and its Remove, then the entry row; typing starts in Name (initializePage).
        chain: list[QWidget] = [self.table, self.remove_button, self.name, self.role, self.post, self.mobile,
                                self.office_phone, self.add_button]  # fmt: skip
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self.remove_selected)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)  # typing starts in Name, not in the list above it

    def members(self) -> list[StaffMember]:
        """In the order typed, which is the rotation order the duty table starts from."""
        return [dataclasses.replace(m, rotation_order=i) for i, m in enumerate(self._members, start=1)]

    def add_member(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.message.setText(self.tr("Type the person's name first."))
            self.name.setFocus()
            return
        if name in (m.name for m in self._members):
            self.message.setText(self.tr("%1 is already in the list.").replace("%1", name))
            self.name.setFocus()
            return
        member = StaffMember(None, name, role=str(self.role.currentData()), post=self.post.text().strip(),
                             mobile=self.mobile.text().strip(),
                             office_phone=self.office_phone.text().strip())  # fmt: skip
        self._members.append(member)
        row = self.table.rowCount()
        self.table.insertRow(row)
        texts = (member.name, self.role.currentText(), member.post, member.mobile, member.office_phone)
        for col, text in enumerate(texts):
            self.table.setItem(row, col, QTableWidgetItem(text))
        self.message.clear()
        for field in (self.name, self.post, self.mobile, self.office_phone):
            field.clear()
        self.name.setFocus()  # the next person

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
            del self._members[row]
