"""The period's conflicts (an empty day, a person on leave or no longer on the list, too many days running):
one line each, in the service's Chinese words; a click selects the day in the grid."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from officedesk.domain.duty import DutyConflict
from officedesk.ui.widgets.duty_icons import warning_icon

DayRole = Qt.ItemDataRole.UserRole


class DutyConflictsPanel(QWidget):
    """`set_conflicts(conflicts)` lists them; emits `day_chosen(date)` on a click or Enter."""

    day_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setObjectName("conflictsHeading")
        self.list = QListWidget(self)
        self.list.setObjectName("conflictsList")
        self.list.setWordWrap(True)
        self.list.setToolTip(self.tr("Click a conflict to select its day in the table"))
        self.empty_label = QLabel(self.tr("No conflicts in this period: every day has a leader and staff who are "
                                          "on the list and not on leave."), self)  # fmt: skip
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #2e6b30;")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label, 1)
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)
        self.set_conflicts(())

    def set_conflicts(self, conflicts: Sequence[DutyConflict]) -> None:
        self.list.clear()
        for conflict in conflicts:
            item = QListWidgetItem(warning_icon(), conflict.message, self.list)
            item.setData(DayRole, conflict.day)
            item.setToolTip(conflict.message)
        heading = self.tr("Conflicts in this period: {count} — click one to select its day in the table")
        self.heading.setText(heading.format(count=len(conflicts)) if conflicts else "")
        self.heading.setVisible(bool(conflicts))
        self.list.setVisible(bool(conflicts))
        self.empty_label.setVisible(not conflicts)

    def messages(self) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item.text() for item in items if item is not None]

    def choose(self, row: int) -> None:
        """As a click on line `row` does."""
        item = self.list.item(row)
        if item is not None:
            self.list.setCurrentItem(item)
            self._chosen(item)

    def _chosen(self, item: QListWidgetItem) -> None:
        day = item.data(DayRole)
        if isinstance(day, date):
            self.day_chosen.emit(day)
