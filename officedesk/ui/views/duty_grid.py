"""The duty grid's table: the day-kind colours, in-cell editors, and a locked day that says to use 调班.

By keyboard: Up and Down move between days, Left and Right between cells, F2 or Enter opens the editor of the
leader, staff or remarks cell (Enter on the conflicts cell shows the conflicts), Tab leaves the grid."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from officedesk.ui.models.duty_grid_model import (
    COL_CONFLICTS,
    COL_DATE,
    COL_KIND,
    COL_LEADER,
    COL_PHONES,
    COL_REMARKS,
    COL_STAFF,
    COL_WEEKDAY,
    EDITABLE,
    DutyGridModel,
)
from officedesk.ui.views.duty_delegates import LeaderDelegate, StaffChoices, StaffDelegate

# The widest typical content of each column (a holiday day has a leader and two staff: three mobiles).
SAMPLES = {COL_DATE: "2026-02-16", COL_WEEKDAY: "星期三", COL_KIND: "法定节假日（春节）", COL_LEADER: "王建国",
           COL_STAFF: "孙丽娟、黄涛", COL_PHONES: "138****1004 / 138****2011 / 138****2013", COL_CONFLICTS: "2"}
ICON_SPACE = 24  # the lock on a date, the warning sign on a conflict


class DutyGrid(QTableView):
    """Emits `day_selected(date | None)`; `locked_edit(date)` when the clerk tries to edit a locked day."""

    day_selected = Signal(object)
    locked_edit = Signal(object)
    conflict_clicked = Signal()

    def __init__(self, model: DutyGridModel, choices: StaffChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dutyGrid")
        self.setModel(model)
        self.grid_model = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)  # fmt: skip
        self.setTabKeyNavigation(False)  # Tab goes on to the tabs below, not cell by cell round the grid
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.leader_delegate = LeaderDelegate(choices, self)
        self.staff_delegate = StaffDelegate(choices, self)
        self.setItemDelegateForColumn(COL_LEADER, self.leader_delegate)
        self.setItemDelegateForColumn(COL_STAFF, self.staff_delegate)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        metrics, header_metrics = self.fontMetrics(), header.fontMetrics()
        for column, sample in SAMPLES.items():
            heading = str(model.headerData(column, Qt.Orientation.Horizontal))
            icon = ICON_SPACE if column in (COL_DATE, COL_CONFLICTS) else 0
            width = max(metrics.horizontalAdvance(sample) + icon, header_metrics.horizontalAdvance(heading))
            self.setColumnWidth(column, width + 20)
        header.setSectionResizeMode(COL_REMARKS, QHeaderView.ResizeMode.Stretch)
        self.selectionModel().selectionChanged.connect(lambda _sel, _desel: self.day_selected.emit(self.selected_day()))
        self.clicked.connect(lambda index: self.conflict_clicked.emit() if index.column() == COL_CONFLICTS and
                             index.data(Qt.ItemDataRole.ToolTipRole) else None)  # fmt: skip

    # --- days -----------------------------------------------------------------------------------
    def selected_day(self) -> date | None:
        rows = self.selectionModel().selectedRows()
        return self.grid_model.day(rows[0].row()).slot.day if rows else None

    def select_day(self, day: date) -> bool:
        row = self.grid_model.row_of(day)
        if row is None:
            return False
        index = self.grid_model.index(row, COL_DATE)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)
        return True

    # --- editing --------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain
        if enter and index.isValid() and self.state() != QAbstractItemView.State.EditingState:
            if index.column() in EDITABLE:  # as F2 does (a locked day says to use 调班)
                self.edit(index, QAbstractItemView.EditTrigger.EditKeyPressed, event)
                event.accept()
                return
            if index.column() == COL_CONFLICTS and index.data(Qt.ItemDataRole.ToolTipRole):
                self.conflict_clicked.emit()  # as a click on the marker does
                event.accept()
                return
        super().keyPressEvent(event)

    def edit(self, index: Any, trigger: Any = None, event: Any = None) -> bool:  # type: ignore[override]
        if trigger is None:  # the public slot edit(index)
            super().edit(index)
            return False
        user_edit = trigger not in (QAbstractItemView.EditTrigger.CurrentChanged,
                                    QAbstractItemView.EditTrigger.SelectedClicked)  # fmt: skip
        if user_edit and index.isValid() and index.column() in EDITABLE:
            day = self.grid_model.day(index.row())
            if day.locked and trigger & self.editTriggers():
                self.locked_edit.emit(day.slot.day)  # the view says why, and points to Swap shift…
                return False
        return bool(super().edit(index, trigger, event))
