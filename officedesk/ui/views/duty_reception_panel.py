"""The leader reception schedule (领导接访日程安排表, DOMAIN.md §4.5) of the month the duty grid shows: its
slots, drafts from the duty leaders (holidays skipped, the next leader as 补位), and the printed schedule."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from officedesk.domain.duty import ReceptionSlot
from officedesk.services.desk import Desk
from officedesk.ui.dialogs.reception_slot_dialog import ReceptionSlotDialog, slot_day_text, slot_weekday_text
from officedesk.ui.models.rows_table_model import Column, RowsTableModel
from officedesk.ui.widgets.busy_cursor import busy
from officedesk.ui.widgets.fit_columns import fit_columns
from officedesk.ui.widgets.record_table import RecordTable
from officedesk.ui.widgets.shortcut_action import shortcut_action

RECEPTION_COLUMNS: tuple[Column[ReceptionSlot], ...] = (
    Column(str(QT_TRANSLATE_NOOP("DutyReceptionPanel", "Date")),
           lambda s: slot_day_text(s) or QApplication.translate("DutyReceptionPanel", "every week")),
    Column(str(QT_TRANSLATE_NOOP("DutyReceptionPanel", "Weekday")), slot_weekday_text),
    Column(str(QT_TRANSLATE_NOOP("DutyReceptionPanel", "Time")), lambda s: s.time_range),
    Column(str(QT_TRANSLATE_NOOP("DutyReceptionPanel", "Place")), lambda s: s.place),
    Column(str(QT_TRANSLATE_NOOP("DutyReceptionPanel", "Leader receiving")), lambda s: s.leader),
    Column(str(QT_TRANSLATE_NOOP("DutyReceptionPanel", "Post")), lambda s: s.leader_post),
    Column(str(QT_TRANSLATE_NOOP("DutyReceptionPanel", "Stand-in leader")), lambda s: s.standin),
    Column(str(QT_TRANSLATE_NOOP("DutyReceptionPanel", "Appointment phone")), lambda s: s.phone),
    Column(str(QT_TRANSLATE_NOOP("DutyReceptionPanel", "Accompanied by")), lambda s: s.accompany),
    Column(str(QT_TRANSLATE_NOOP("DutyReceptionPanel", "Remarks")), lambda s: s.remarks),
)  # fmt: skip


class DutyReceptionPanel(QWidget):
    """`set_period(first, last)` lists that month's slots; `notice` carries a result line."""

    notice = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.first = self.last = desk.clock.today()
        sp = QStyle.StandardPixmap
        self.add_action = shortcut_action(self, self.tr("Add recept&ion slot…"), self.add_slot, "", sp.SP_FileIcon)
        self.edit_action = shortcut_action(self, self.tr("Edit slot…"), self.edit_slot, "",
                                           sp.SP_FileDialogDetailedView)  # fmt: skip
        self.delete_action = shortcut_action(self, self.tr("Delete slot…"), self.delete_slot, "", sp.SP_TrashIcon)
        self.draft_action = shortcut_action(
            self, self.tr("Draft from dut&y leaders"), self.draft, "", sp.SP_FileDialogNewFolder,
            tooltip=self.tr("One slot per working day of the month, the duty leader receiving and the next leader "
                            "standing in; holidays are skipped"))  # fmt: skip
        self.print_action = shortcut_action(self, self.tr("Print reception sc&hedule…"), self.print_schedule, "",
                                            sp.SP_FileDialogContentsView)  # fmt: skip
        self.model: RowsTableModel[ReceptionSlot] = RowsTableModel("DutyReceptionPanel", RECEPTION_COLUMNS, self)
        self.table = RecordTable(self.model, self)
        self.table.setObjectName("receptionTable")
        self.table.horizontalHeader().setSectionResizeMode(len(RECEPTION_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.heading = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading, 1)
        self.buttons: list[QToolButton] = []
        for action in (self.add_action, self.edit_action, self.delete_action, self.draft_action, self.print_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            buttons.addWidget(button)
            self.buttons.append(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.table.activated.connect(lambda _index: self.edit_slot())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_enabled())

    def tab_chain(self) -> list[QWidget]:
        """Tab stops as shown: the buttons above the table, left to right, then the table."""
        return [*self.buttons, self.table]

    def set_period(self, first: date, last: date) -> None:
        self.first, self.last = first, last
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.desk.duty.reception_slots(self.first, self.last))
        fit_columns(self.table)  # a month of short cells; the remarks stretch
        text = self.tr("Leader reception schedule, {first} — {last}")
        self.heading.setText(text.format(first=self.first.isoformat(), last=self.last.isoformat()))
        if self.model.rowCount():
            self.table.hide_empty()
        else:
            self.table.show_empty(self.tr("No reception slots in this month — press Draft from duty leaders to "
                                          "fill the working days, or add a slot."))  # fmt: skip
        self._update_enabled()

    def selected_slot(self) -> ReceptionSlot | None:
        row = self.table.selected_row()
        return self.model.row(row) if row is not None else None

    def _update_enabled(self) -> None:
        selected = self.selected_slot() is not None
        self.edit_action.setEnabled(selected)
        self.delete_action.setEnabled(selected)

    # --- editing --------------------------------------------------------------------------------
    def add_slot(self) -> None:
        today = self.desk.clock.today()
        day = today if self.first <= today <= self.last else self.first
        self._open(ReceptionSlot(id=None, day=day))

    def edit_slot(self) -> None:
        slot = self.selected_slot()
        if slot is not None:
            self._open(slot)

    def _open(self, slot: ReceptionSlot) -> None:
        dialog = ReceptionSlotDialog(self.desk, slot, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _slot: self._changed(self.tr("Reception slot saved")))
        dialog.open()

    def delete_slot(self) -> None:
        slot = self.selected_slot()
        if slot is None or slot.id is None:
            return
        what = " ".join(p for p in (slot_day_text(slot), slot_weekday_text(slot), slot.leader) if p)
        answer = QMessageBox.question(self.window(), self.tr("Delete reception slot"),
                                      self.tr("Delete the reception slot {what}?").format(what=what))  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(lambda: self.desk.duty.delete_reception_slot(slot.id or 0), self.tr("Reception slot deleted"))

    def draft(self) -> None:
        taken = {s.day for s in self.model.rows() if s.day is not None}
        drafts = [s for s in self.desk.duty.draft_reception(self.first, self.last) if s.day not in taken]
        if not drafts:
            QMessageBox.information(self.window(), self.tr("Draft from duty leaders"), self.tr(
                "Every working day of this month already has a slot, or no duty leaders are set for it yet."))
            return
        answer = QMessageBox.question(self.window(), self.tr("Draft from duty leaders"), self.tr(
            "Add {count} slots, one per working day without a slot, with the duty leader receiving?").format(
            count=len(drafts)))  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return

        def save_all() -> None:
            for slot in drafts:
                self.desk.duty.save_reception_slot(slot)

        self._run(save_all, self.tr("{count} reception slots drafted — check them before printing").format(
            count=len(drafts)))  # fmt: skip

    def print_schedule(self) -> None:
        try:
            with busy():
                pdf = self.desk.duty.reception_pdf(self.first, self.last)
        except Exception as e:
            QMessageBox.warning(self.window(), self.tr("Printing failed"), str(e) or type(e).__name__)
            return
        from officedesk.ui import print_preview

        print_preview.show_pdf_preview(self.window(), pdf, self.tr("Leader reception schedule"))

    def _run(self, work: Callable[[], object], notice: str) -> None:
        try:
            work()
        except Exception as e:  # DutyRefused / StorageUnavailable: the service's sentence
            self.refresh()
            QMessageBox.warning(self.window(), self.tr("Not saved"), str(e) or type(e).__name__)
            return
        self._changed(notice)

    def _changed(self, notice: str) -> None:
        self.refresh()
        self.notice.emit(notice)
