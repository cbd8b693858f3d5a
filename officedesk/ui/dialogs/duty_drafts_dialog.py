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
        all_button = QPushButton(self.tr("Tick all"))
        none_button = QPushButton(self.tr("Untick all"))
        all_button.clicked.connect(lambda: self._tick_all(True))
        none_button.clicked.connect(lambda: self._tick_all(False))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(self.tr("Add to the log"), QDialogButtonBox.ButtonRole.AcceptRole)
        row = QHBoxLayout()
        row.addWidget(all_button)
        row.addWidget(none_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
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
