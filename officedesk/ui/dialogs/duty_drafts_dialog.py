"""Choose which drafted log entries (from the day's register and ledger) go into the duty log."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from officedesk.domain.duty import DutyLogEntry
from officedesk.ui.widgets.button_order import chain

EntryRole = Qt.ItemDataRole.UserRole


def draft_text(entry: DutyLogEntry) -> str:
    head = " ".join(p for p in (entry.time, entry.source) if p)
    return f"{head}  {entry.matter}" if head else entry.matter


class DutyDraftsDialog(QDialog):
    """Every draft ticked at first; `chosen()` is what stays ticked when the clerk presses Add."""

    def __init__(self, drafts: Sequence[DutyLogEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        day = drafts[0].day.isoformat() if drafts else ""
        self.setWindowTitle(self.tr("Drafts for the duty log of {day}").format(day=day))
        intro = QLabel(self.tr("These visits and ledger changes of the day are not in the log yet. Untick what "
                               "does not belong in the duty log; you can edit each entry afterwards."))  # fmt: skip
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("draftsList")
        self.list.setWordWrap(True)
        for entry in drafts:
            item = QListWidgetItem(draft_text(entry), self.list)
            item.setData(EntryRole, entry)
            item.setToolTip(entry.matter)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked)
        self.tick_all_button = QPushButton(self.tr("Tick all"))
        self.untick_all_button = QPushButton(self.tr("Untick all"))
        self.tick_all_button.clicked.connect(lambda: self._tick_all(True))
        self.untick_all_button.clicked.connect(lambda: self._tick_all(False))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(self.tr("Add to the log"), QDialogButtonBox.ButtonRole.AcceptRole)
        row = QHBoxLayout()
        row.addWidget(self.tick_all_button)
        row.addWidget(self.untick_all_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        # Tab as shown: the list, Tick all, Untick all, then "Add to the log" and Cancel as the platform lays them out.
        chain([self.list, self.tick_all_button, self.untick_all_button], self.buttons)
        self.list.setFocus()  # Space ticks or unticks the current draft, Enter adds the ticked ones
        if self.list.count():
            self.list.setCurrentRow(0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(lambda _item: self.add_button.setEnabled(bool(self.chosen())))
        self.resize(620, 360)

    def _items(self) -> list[QListWidgetItem]:
        return [item for i in range(self.list.count()) if (item := self.list.item(i)) is not None]

    def _tick_all(self, on: bool) -> None:
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> list[DutyLogEntry]:
        return [item.data(EntryRole) for item in self._items() if item.checkState() == Qt.CheckState.Checked]
