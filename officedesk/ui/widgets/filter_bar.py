"""The register's filters: received-date range, channel, category, handling, unit, state, overdue only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from officedesk.domain.visits import CHANNELS, DISPOSITIONS, VisitFilter, VisitState
from officedesk.services.desk import Desk
from officedesk.ui.widgets.list_combo import fill_combo, list_combo

# The lowest date shows as "Any": an open end of the range without a second checkbox per date.
NO_LIMIT = QDate(2000, 1, 1)


class FilterDateEdit(QDateEdit):
    """A date edit whose minimum means "no limit"; `value()` is then None."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_LIMIT)
        self.setSpecialValueText(self.tr("Any"))
        self.setDate(NO_LIMIT)
        # The popup opens on this month, not in January 2000, when no date is set yet.
        self.calendarWidget().setCurrentPage(today.year, today.month)

    def value(self) -> date | None:
        d = self.date()
        return None if d == NO_LIMIT else date(d.year(), d.month(), d.day())

    def clear_value(self) -> None:
        self.setDate(NO_LIMIT)


class FilterBar(QWidget):
    """Emits `changed` whenever a filter changes; `visit_filter(text)` builds the VisitFilter."""

    changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        today = desk.clock.today()
        self.date_from = FilterDateEdit(today, self)
        self.date_to = FilterDateEdit(today, self)
        self.date_from.setToolTip(self.tr("Received on or after this day"))
        self.date_to.setToolTip(self.tr("Received on or before this day"))
        self.channel = list_combo(self, self.tr("Channel"))
        self.category = list_combo(self, self.tr("Category"))
        self.disposition = list_combo(self, self.tr("Handling"))
        self.unit = list_combo(self, self.tr("Handling unit"))
        self.state = list_combo(self, self.tr("State"))
        self.overdue_only = QCheckBox(self.tr("Overdue only"), self)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setToolTip(self.tr("Show the whole register again"))
        self.reload_lists()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("From"), self))
        layout.addWidget(self.date_from)
        layout.addWidget(QLabel(self.tr("to"), self))
        layout.addWidget(self.date_to)
        for combo in (self.channel, self.category, self.disposition, self.unit, self.state):
            layout.addWidget(combo)
        layout.addWidget(self.overdue_only)
        layout.addStretch(1)
        layout.addWidget(self.clear_button)

        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.changed)
        for combo in (self.channel, self.category, self.disposition, self.unit, self.state):
            combo.currentIndexChanged.connect(self.changed)
        self.overdue_only.toggled.connect(self.changed)
        self.clear_button.clicked.connect(self.clear)

    def reload_lists(self) -> None:
        """Fill the combos from the vocabularies and the office's lists (after Settings changed them)."""
        categories: list[tuple[str, str]] = []
        for c in self.desk.settings.categories():
            categories.append((c.name, c.name))
            categories += [("　" + child, f"{c.name}/{child}") for child in c.children]  # indented: 二级
        fill_combo(self.channel, self.tr("All channels"), ((c, c) for c in CHANNELS))
        fill_combo(self.category, self.tr("All categories"), categories)
        fill_combo(self.disposition, self.tr("All handling"), ((d, d) for d in DISPOSITIONS))
        fill_combo(self.unit, self.tr("All units"), ((u, u) for u in self.desk.visits.handling_units()))
        fill_combo(self.state, self.tr("All states"), ((s, s) for s in VisitState.ALL))

    def visit_filter(self, text: str = "") -> VisitFilter:
        state = str(self.state.currentData() or "")
        channel = str(self.channel.currentData() or "")
        return VisitFilter(
            text=text,
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            channels=(channel,) if channel else (),
            category=str(self.category.currentData() or ""),
            disposition=str(self.disposition.currentData() or ""),
            handling_unit=str(self.unit.currentData() or ""),
            states=(state,) if state else (),
            overdue_only=self.overdue_only.isChecked(),
        )

    def is_default(self) -> bool:
        return self.visit_filter() == VisitFilter()

    def clear(self) -> None:
        widgets = (self.date_from, self.date_to, self.channel, self.category, self.disposition, self.unit,
                   self.state, self.overdue_only)  # fmt: skip
        for w in widgets:
            w.blockSignals(True)
        self.date_from.clear_value()
        self.date_to.clear_value()
        for combo in (self.channel, self.category, self.disposition, self.unit, self.state):
            combo.setCurrentIndex(0)
        self.overdue_only.setChecked(False)
        for w in widgets:
            w.blockSignals(False)
        self.changed.emit()
