"""The staff list for duty (DOMAIN.md §4.4: 姓名 / 职务 / 手机): leaders and staff, their rotation order, who has
left (retired, never deleted) and each person's leave periods."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from officedesk.domain.duty import StaffLeave, StaffMember, StaffRole
from officedesk.services.desk import Desk
from officedesk.ui.dialogs.staff_member_dialog import RetireDialog, StaffLeaveDialog, StaffMemberDialog
from officedesk.ui.models.rows_table_model import Column, RowsTableModel
from officedesk.ui.widgets.button_order import chain
from officedesk.ui.widgets.record_table import RecordTable


def _day(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


STAFF_COLUMNS: tuple[Column[StaffMember], ...] = (
    Column(str(QT_TRANSLATE_NOOP("StaffListDialog", "Name")), lambda m: m.name),
    Column(str(QT_TRANSLATE_NOOP("StaffListDialog", "Role")), lambda m: StaffRole.LABELS.get(m.role, m.role)),
    Column(str(QT_TRANSLATE_NOOP("StaffListDialog", "Post")), lambda m: m.post),
    Column(str(QT_TRANSLATE_NOOP("StaffListDialog", "Unit")), lambda m: m.unit),
    Column(str(QT_TRANSLATE_NOOP("StaffListDialog", "Mobile")), lambda m: m.mobile),
    Column(str(QT_TRANSLATE_NOOP("StaffListDialog", "Office phone")), lambda m: m.office_phone),
    Column(str(QT_TRANSLATE_NOOP("StaffListDialog", "From")), lambda m: _day(m.active_from)),
    Column(str(QT_TRANSLATE_NOOP("StaffListDialog", "Until")), lambda m: _day(m.active_to)),
    Column(str(QT_TRANSLATE_NOOP("StaffListDialog", "Order")), lambda m: str(m.rotation_order)),
)
LEAVE_COLUMNS: tuple[Column[StaffLeave], ...] = (
    Column(str(QT_TRANSLATE_NOOP("StaffListDialog", "From")), lambda v: v.first.isoformat()),
    Column(str(QT_TRANSLATE_NOOP("StaffListDialog", "To")), lambda v: v.last.isoformat()),
    Column(str(QT_TRANSLATE_NOOP("StaffListDialog", "Reason")), lambda v: v.reason),
)


class StaffListDialog(QDialog):
    """Non-modal editor of the staff list; emits `changed` after every save, retirement or leave change."""

    changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Staff list for duty"))
        self.show_left = QCheckBox(self.tr("Show people who have left"))
        self.model: RowsTableModel[StaffMember] = RowsTableModel("StaffListDialog", STAFF_COLUMNS, self)
        self.table = RecordTable(self.model, self)
        self.table.setObjectName("staffTable")
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.leave_model: RowsTableModel[StaffLeave] = RowsTableModel("StaffListDialog", LEAVE_COLUMNS, self)
        self.leave_table = RecordTable(self.leave_model, self)
        self.leave_table.setObjectName("leaveTable")
        self.leave_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add person…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.retire_button = QPushButton(self.tr("Retire…"))
        self.retire_button.setToolTip(self.tr("Set the last day on the list; people are never deleted, so old "
                                              "tables still print their names"))  # fmt: skip
        self.add_leave_button = QPushButton(self.tr("Add leave…"))
        self.delete_leave_button = QPushButton(self.tr("Delete leave"))
        self.leave_box = QGroupBox(self.tr("Leave"))
        self._lay_out()
        self.show_left.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.leave_table.selectionModel().selectionChanged.connect(lambda *_a: self._update_enabled())
        self.table.activated.connect(lambda _i: self.edit_person())
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.retire_button.clicked.connect(self.retire_person)
        self.add_leave_button.clicked.connect(self.add_leave)
        self.delete_leave_button.clicked.connect(self.delete_leave)
        self.resize(940, 600)
        self.refresh()
        if self.selected() is None and self.model.rowCount():
            self.table.select_row(0)  # Enter edits, the leave below is that person's, from the first key
        self.table.setFocus()

    def _lay_out(self) -> None:
        person_buttons = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.retire_button):
            person_buttons.addWidget(widget)
        person_buttons.addStretch(1)
        person_buttons.addWidget(self.show_left)
        leave_buttons = QVBoxLayout()
        leave_buttons.addWidget(self.add_leave_button)
        leave_buttons.addWidget(self.delete_leave_button)
        leave_buttons.addStretch(1)
        leave_row = QHBoxLayout(self.leave_box)
        leave_row.addWidget(self.leave_table, 1)
        leave_row.addLayout(leave_buttons)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(person_buttons)
        top_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.leave_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        # Enter closes, as Escape does (Enter in the list edits the person), rather than press the first button.
        close.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        # Tab as shown, top to bottom: the buttons above the list, the list, the leave and its buttons, Close.
        chain([self.add_button, self.edit_button, self.retire_button, self.show_left, self.table, self.leave_table,
               self.add_leave_button, self.delete_leave_button], close)  # fmt: skip

    # --- listing --------------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        keep = select if select is not None else (m.id if (m := self.selected()) else None)
        today = self.desk.clock.today()
        people = [m for m in self.desk.duty.staff()
                  if self.show_left.isChecked() or m.active_to is None or m.active_to >= today]  # fmt: skip
        people.sort(key=lambda m: m.role != StaffRole.LEADER)  # leaders first, each group in rotation order
        self.model.set_rows(people)
        if people:
            self.table.hide_empty()
        else:
            self.table.show_empty(self.tr("Nobody on the list yet — press Add person… for each leader and staff "
                                          "member who takes duty"))  # fmt: skip
        row = next((r for r, m in enumerate(people) if m.id == keep), None)
        if row is not None:
            self.table.select_row(row)
        self._selection_changed()

    def selected(self) -> StaffMember | None:
        row = self.table.selected_row()
        return self.model.row(row) if row is not None else None

    def _selection_changed(self) -> None:
        member = self.selected()
        if member is None or member.id is None:
            self.leave_model.set_rows([])
            self.leave_box.setTitle(self.tr("Leave"))
        else:
            self.leave_model.set_rows([v for v in self.desk.duty.leaves() if v.staff_id == member.id])
            self.leave_box.setTitle(self.tr("Leave of {name}").format(name=member.name))
        self._update_enabled()

    def _update_enabled(self) -> None:
        member = self.selected()
        self.edit_button.setEnabled(member is not None)
        self.retire_button.setEnabled(member is not None)
        self.add_leave_button.setEnabled(member is not None)
        self.delete_leave_button.setEnabled(self.leave_table.selected_row() is not None)

    # --- editing --------------------------------------------------------------------------------
    def add_person(self) -> None:
        order = max((m.rotation_order for m in self.model.rows()), default=0) + 1
        self._open(StaffMemberDialog(self.desk, StaffMember(id=None, name="", rotation_order=order), self))

    def edit_person(self) -> None:
        member = self.selected()
        if member is not None:
            self._open(StaffMemberDialog(self.desk, member, self))

    def retire_person(self) -> None:
        member = self.selected()
        if member is not None:
            self._open(RetireDialog(self.desk, member, self))

    def add_leave(self) -> None:
        member = self.selected()
        if member is not None and member.id is not None:
            self._open(StaffLeaveDialog(self.desk, member, self))

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)  # type: ignore[attr-defined]
        dialog.open()

    def _saved(self, stored: object) -> None:
        self.refresh(select=stored.id if isinstance(stored, StaffMember) else None)
        self.changed.emit()

    def delete_leave(self) -> None:
        row = self.leave_table.selected_row()
        if row is None:
            return
        leave = self.leave_model.row(row)
        text = self.tr("Delete the leave {first} — {last}?").format(first=leave.first, last=leave.last)
        if QMessageBox.question(self, self.tr("Delete leave"), text) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.desk.duty.delete_leave(leave.id or 0)
        except Exception as e:
            QMessageBox.warning(self, self.tr("Not deleted"), str(e) or type(e).__name__)
            return
        self._selection_changed()
        self.changed.emit()
