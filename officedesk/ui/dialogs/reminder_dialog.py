"""Shown on every start while something is overdue or due soon: ledger lines and visits, one click from each.

No network and no e-mail (DESIGN.md): the reminder is this list, on this PC, when the desk opens.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officedesk.domain.ids import VisitId
from officedesk.domain.risks import Risk
from officedesk.domain.visits import VisitState
from officedesk.services.desk import Desk
from officedesk.services.risk_service import Reminders
from officedesk.ui.models.visit_table_model import STATE_BACKGROUNDS, STATE_FOREGROUNDS
from officedesk.ui.widgets.button_order import tab_in_shown_order

TargetRole = Qt.ItemDataRole.UserRole  # ("risk" | "visit", id) on each openable row
_SNIPPET = 40  # characters of a description or request shown in the list


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SNIPPET else text[:_SNIPPET] + "…"


class ReminderDialog(QDialog):
    """Emits `risk_requested(id)` or `visit_requested(id)` on double-click or Open; the caller opens it."""

    risk_requested = Signal(int)
    visit_requested = Signal(int)

    def __init__(self, desk: Desk, reminders: Reminders, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reminder: deadlines"))
        self._desk = desk
        today = desk.clock.today()
        days = desk.settings.settings.due_soon_days
        intro = QLabel(self.tr("Today is {today}. These need attention (due soon: within {days} days). "
                               "Double-click one to open it.").format(today=today.isoformat(), days=days))  # fmt: skip
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("No."), self.tr("What"), self.tr("Who"), self.tr("Deadline")])
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(0)  # the section rows head the lists; indenting would only clip the numbers
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(0, self.fontMetrics().horizontalAdvance("YH-0000-00000") + 24)
        self.tree.setColumnWidth(2, self.fontMetrics().horizontalAdvance("0" * 18))
        self.tree.setColumnWidth(3, self.fontMetrics().horizontalAdvance("0000-00-00") + 24)
        self._add_risks(self.tr("Overdue ledger lines"), reminders.overdue_risks, VisitState.OVERDUE)
        self._add_risks(self.tr("Ledger lines due soon"), reminders.due_soon_risks, VisitState.DUE_SOON)
        self._add_visits(self.tr("Overdue visits"), reminders.overdue_visit_ids, VisitState.OVERDUE)
        self._add_visits(self.tr("Visits due soon"), reminders.due_soon_visit_ids, VisitState.DUE_SOON)
        self.tree.expandAll()
        first = self.tree.topLevelItem(0)
        most_pressing = first.child(0) if first is not None else None
        if most_pressing is not None:
            self.tree.setCurrentItem(most_pressing)  # Enter opens it

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button: QPushButton = self.buttons.addButton(self.tr("Open"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        tab_in_shown_order(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_current)
        self.tree.itemActivated.connect(lambda item, _column: self._open(item))  # double-click, or Enter on a row
        self.tree.currentItemChanged.connect(
            lambda item, _old: self.open_button.setEnabled(item is not None and item.data(0, TargetRole) is not None)
        )
        self.resize(820, 480)

    def _section(self, title: str, count: int) -> QTreeWidgetItem:
        section = QTreeWidgetItem(self.tree, [f"{title} ({count})"])
        section.setFirstColumnSpanned(True)
        section.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(section.font(0))
        font.setBold(True)
        section.setFont(0, font)
        return section

    def _row(self, section: QTreeWidgetItem, texts: Sequence[str], target: tuple[str, int], state: str) -> None:
        item = QTreeWidgetItem(section, list(texts))
        item.setData(0, TargetRole, target)
        item.setToolTip(1, texts[1])
        for column in range(4):
            item.setBackground(column, QBrush(STATE_BACKGROUNDS[state]))
            item.setForeground(column, QBrush(STATE_FOREGROUNDS[state]))

    def _add_risks(self, title: str, risks: Iterable[Risk], state: str) -> None:
        risks = list(risks)
        if not risks:
            return
        section = self._section(title, len(risks))
        for r in risks:
            assert r.id is not None
            who = " ".join(p for p in (r.responsible_unit, r.responsible_person) if p)
            due = r.current_due.isoformat() if r.current_due else ""
            self._row(section, [r.reg_no, f"[{r.kind}] {_snippet(r.description)}", who, due], ("risk", r.id), state)

    def _add_visits(self, title: str, ids: Sequence[VisitId], state: str) -> None:
        if not ids:
            return
        section = self._section(title, len(ids))
        for v in self._desk.visits.fetch(ids):
            assert v.id is not None
            active = self._desk.visits.deadlines(v).active
            due = active.due.isoformat() if active is not None else ""
            texts = [v.reg_no, f"{v.petitioner}：{_snippet(v.requests)}", v.handling_unit, due]
            self._row(section, texts, ("visit", v.id), state)

    def targets(self) -> list[tuple[str, int]]:
        """Every openable row, top to bottom."""
        out: list[tuple[str, int]] = []
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            if section is None:
                continue
            children = (section.child(j) for j in range(section.childCount()))
            for child in children:
                if child is not None:
                    kind, ident = child.data(0, TargetRole)
                    out.append((str(kind), int(ident)))
        return out

    def open_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self._open(item)

    def _open(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, TargetRole)
        if not target:
            return
        kind, ident = target
        (self.risk_requested if kind == "risk" else self.visit_requested).emit(int(ident))
