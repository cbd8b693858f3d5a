"""Panels beside the visit form: the live deadline clocks, and earlier cases that may be the same matter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from officedesk.domain.deadlines import VisitDeadlines
from officedesk.domain.identity import mask_phone
from officedesk.domain.ids import VisitId
from officedesk.domain.visits import Visit

_OVERDUE = "#c62828"
_REQUEST_WORDS = 24  # characters of the request shown per suggestion


class DeadlinesPanel(QGroupBox):
    """Each clock as "label (caption): YYYY-MM-DD"; the running one bold, red once it is past."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Deadlines"), parent)
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(3)
        self._labels: list[QLabel] = []
        self._empty = QLabel(self.tr("No deadline applies yet."))
        self._empty.setWordWrap(True)
        self._layout.addWidget(self._empty)

    def show_deadlines(self, deadlines: VisitDeadlines, today: date, running: bool) -> None:
        """`running` is False for a closed or suspended visit: its clocks no longer run, so none is overdue."""
        listed = deadlines.listed()
        self._empty.setVisible(not listed)
        # Labels are reused as the clerk types (a refresh per keystroke); only a surplus is dropped.
        while len(self._labels) > len(listed):
            surplus = self._labels.pop()
            surplus.hide()
            self._layout.removeWidget(surplus)
            surplus.deleteLater()
        while len(self._labels) < len(listed):
            label = QLabel()
            label.setWordWrap(True)
            self._layout.addWidget(label)
            self._labels.append(label)
        for clock, label in zip(listed, self._labels, strict=True):
            text = self.tr("%1 (%2): %3").replace("%1", clock.label).replace("%2", clock.caption)
            label.setText(text.replace("%3", clock.due.isoformat()))
            # The domain names the clock the office must meet now (`active`); the others are met,
            # superseded or the petitioner's own (复查申请), so only the active one can be overdue.
            active = clock == deadlines.active
            overdue = active and running and clock.due < today
            font = label.font()
            font.setBold(active)
            label.setFont(font)
            label.setProperty("active", active)
            label.setProperty("overdue", overdue)
            label.setStyleSheet(f"color: {_OVERDUE};" if overdue else "")
            label.setToolTip(self.tr("Overdue") if overdue else "")

    def lines(self) -> list[QLabel]:
        return list(self._labels)


class RelatedPanel(QGroupBox):
    """Earlier visits with the same phone or ID number, or a similar request: a link between cases only."""

    link_changed = Signal(object)  # VisitId | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Possibly related"), parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.hint = QLabel(self.tr("Earlier visits with the same phone, ID number or a similar request show here."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        self.link_button = QPushButton(self.tr("Link"))
        self.link_button.setToolTip(self.tr("Record the selected visit as related to this one"))
        self.link_button.setEnabled(False)
        self.linked = QLabel()
        self.linked.setWordWrap(True)
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.unlink_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.linked, 1)
        buttons.addWidget(self.unlink_button)
        buttons.addWidget(self.link_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(lambda item, _old: self.link_button.setEnabled(item is not None))
        self.list.itemDoubleClicked.connect(lambda _item: self._link())
        self.link_button.clicked.connect(self._link)
        self.unlink_button.clicked.connect(lambda: self.link_changed.emit(None))

    def set_suggestions(self, visits: list[Visit]) -> None:
        self.list.clear()
        for v in visits:
            request = v.requests.replace("\n", " ")
            if len(request) > _REQUEST_WORDS:
                request = request[:_REQUEST_WORDS] + "…"
            # Masked even on screen: the panel only hints that it may be the same matter.
            who = f"{v.petitioner}  {mask_phone(v.phone)}".strip()
            item = QListWidgetItem(f"{v.reg_no}  {v.received_at.date().isoformat()}\n{who}\n{request}")
            item.setToolTip(v.requests)
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            self.list.addItem(item)
        self.hint.setVisible(not visits)
        self.link_button.setEnabled(False)

    def set_linked(self, reg_no: str | None) -> None:
        """Show the visit this one is linked to (by its registration number), or nothing."""
        self.linked.setText(self.tr("Linked to %1").replace("%1", reg_no) if reg_no else "")
        self.unlink_button.setVisible(bool(reg_no))

    def _link(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.link_changed.emit(VisitId(int(item.data(Qt.ItemDataRole.UserRole))))
