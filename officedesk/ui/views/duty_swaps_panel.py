"""The selected day's swap history (调班 / 替班): who replaced whom, approved by whom, when and why."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QToolButton, QVBoxLayout, QWidget

from officedesk.domain.duty import DutySwap, StaffRole
from officedesk.ui.models.rows_table_model import Column, RowsTableModel
from officedesk.ui.widgets.fit_columns import fit_columns
from officedesk.ui.widgets.record_table import RecordTable

SWAP_COLUMNS: tuple[Column[DutySwap], ...] = (
    Column(str(QT_TRANSLATE_NOOP("DutySwapsPanel", "Recorded")), lambda s: s.recorded_at.strftime("%Y-%m-%d %H:%M")),
    Column(str(QT_TRANSLATE_NOOP("DutySwapsPanel", "Role")), lambda s: StaffRole.LABELS.get(s.role, s.role)),
    Column(str(QT_TRANSLATE_NOOP("DutySwapsPanel", "From")), lambda s: s.from_name),
    Column(str(QT_TRANSLATE_NOOP("DutySwapsPanel", "To")), lambda s: s.to_name),
    Column(str(QT_TRANSLATE_NOOP("DutySwapsPanel", "Approved by")), lambda s: s.approver),
    Column(str(QT_TRANSLATE_NOOP("DutySwapsPanel", "Reason")), lambda s: s.reason),
)


class DutySwapsPanel(QWidget):
    """`set_swaps(swaps)` for the selected day; `attach(swap_action)` adds the Swap shift… button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RowsTableModel[DutySwap] = RowsTableModel("DutySwapsPanel", SWAP_COLUMNS, self)
        self.table = RecordTable(self.model, self)
        self.table.setObjectName("swapsTable")
        self.table.horizontalHeader().setSectionsMovable(False)
        self.table.horizontalHeader().setSectionResizeMode(len(SWAP_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.heading = QLabel(self)
        self._empty_text = self.tr("No swaps (调班) on this day.")
        self.swap_button = QToolButton(self)  # Swap shift…, once `attach` gives it the window's action
        self.swap_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.swap_button.hide()
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.heading, 1)
        self.buttons.addWidget(self.swap_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)

    def attach(self, swap_action: QAction, named: str) -> None:
        """The Swap shift… button; `named` is how a sentence names it ("Duty ▸ Swap shift (Ctrl+Shift+W)")."""
        self.swap_button.setDefaultAction(swap_action)
        self.swap_button.show()
        self._empty_text = self.tr("No swaps (调班) on this day. To replace someone on duty, use {action}.").format(
            action=named
        )
        if not self.model.rowCount():
            self.table.show_empty(self._empty_text)

    def tab_chain(self) -> list[QWidget]:
        """Tab stops as shown: Swap shift… above the table, then the table."""
        return [self.swap_button, self.table]

    def set_swaps(self, swaps: Sequence[DutySwap], day_text: str) -> None:
        self.model.set_rows(swaps)
        fit_columns(self.table)
        self.heading.setText(self.tr("Swaps on {day}: {count}").format(day=day_text, count=len(swaps)))
        if swaps:
            self.table.hide_empty()
        else:
            self.table.show_empty(self._empty_text)
