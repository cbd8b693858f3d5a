"""The Holidays page: the office's own calendar entries, above the official calendar (DOMAIN.md §3.3, §3.5).

chinese-calendar only knows the years already announced; each December the 国务院办公厅 notice for
the next year is typed in here, so 工作日 clocks and 民法典 §203 roll-overs stay right in January.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officedesk.domain.calendar import CalendarOverride, DayKind, OverrideKind, WorkCalendar
from officedesk.services.desk import Desk
from officedesk.ui.dialogs.settings_pages import SettingsPage

# The stored kind and the words the office uses for it (DOMAIN.md §3.5: say 调休上班, not just 调休).
_KIND_LABELS = {
    OverrideKind.HOLIDAY: DayKind.HOLIDAY,
    OverrideKind.DAY_OFF: "调休放假",
    OverrideKind.MAKEUP_WORKDAY: f"{DayKind.MAKEUP_WORKDAY}（补班）",
}


def last_official_year(today: date) -> int:
    """The last year the built-in official calendar covers (looked for a few years either side of today)."""
    official = WorkCalendar()
    known = [y for y in range(today.year - 3, today.year + 6) if official.is_known_year(y)]
    return max(known) if known else today.year - 1


class HolidaysPage(SettingsPage):
    COLUMNS = 4  # date, kind, name, source

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        today = desk.clock.today()
        self._loaded: dict[date, CalendarOverride] = {}
        note = QLabel(self.tr("The built-in official calendar covers the years up to %1. When the State Council "
                              "(国务院) publishes the holiday notice for a later year, enter its holidays and "
                              "make-up working days here. Entries here take precedence over the built-in calendar.")
                      .replace("%1", str(last_official_year(today))))  # fmt: skip
        note.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Name"), self.tr("Source")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 100)
        self.table.setColumnWidth(1, 90)
        self.table.setColumnWidth(2, 90)
        self.day = QDateEdit(QDate(today.year + 1, 1, 1))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        for kind, label in _KIND_LABELS.items():
            self.kind.addItem(label, kind)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 元旦"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("e.g. the notice's document number"))
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove selected"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.day)
        add_row.addWidget(self.kind)
        add_row.addWidget(self.name, 1)
        add_row.addWidget(self.source, 2)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_selected)

    def title(self) -> str:
        return self.tr("Holidays")

    def load(self) -> None:
        self._loaded = {o.day: o for o in self.desk.settings.calendar_overrides()}
        self.table.setRowCount(0)
        for override in self._loaded.values():
            self._put_row(override)

    def entries(self) -> list[CalendarOverride]:
        items = (self.table.item(row, 0) for row in range(self.table.rowCount()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item is not None]

    def changed(self) -> bool:
        return {o.day: o for o in self.entries()} != self._loaded

    def save(self) -> None:
        current = {o.day: o for o in self.entries()}
        for day in sorted(set(self._loaded) - set(current)):
            self.desk.settings.delete_calendar_override(day)
        for day, override in sorted(current.items()):
            if self._loaded.get(day) != override:
                self.desk.settings.put_calendar_override(override)
        self._loaded = current

    # --- editing ------------------------------------------------------------------------------
    def add_entry(self) -> None:
        """Add the entry typed in the row below the table; a day already listed is replaced."""
        d = self.day.date()
        override = CalendarOverride(date(d.year(), d.month(), d.day()), str(self.kind.currentData()),
                                    self.name.text().strip(), self.source.text().strip())  # fmt: skip
        self._put_row(override)
        self.day.setDate(d.addDays(1))  # holidays come in runs: the next day is the likeliest next entry

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def _put_row(self, override: CalendarOverride) -> None:
        entries = self.entries()
        row = next((r for r, o in enumerate(entries) if o.day == override.day), None)
        if row is None:
            # Keep the table in date order: the row goes before the first later day.
            later = [r for r, o in enumerate(entries) if o.day > override.day]
            row = later[0] if later else self.table.rowCount()
            self.table.insertRow(row)
        texts = (override.day.isoformat(), _KIND_LABELS[override.kind], override.name, override.source)
        for col, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if col == 0:
                item.setData(Qt.ItemDataRole.UserRole, override)
            self.table.setItem(row, col, item)
        self.table.selectRow(row)
