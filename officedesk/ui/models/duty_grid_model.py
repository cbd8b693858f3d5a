"""The duty grid (值班安排表 editor): one row per day of a week or month, read from `desk.duty.days()`.

A small table (≤ 31 rows), so the whole period is held (STYLE.md §2.4, Vorta-style). An edit writes the
day through `save_slot` and re-reads the period: phones, conflicts and the consecutive-days rule all
depend on the neighbouring days. A refusal (a locked day, DutyRefused) is emitted, never raised.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from officedesk.domain.calendar import DayKind
from officedesk.domain.duty import DutySlot
from officedesk.domain.identity import mask_phone
from officedesk.services.desk import Desk
from officedesk.services.duty_service import DutyDay
from officedesk.ui.widgets.duty_icons import lock_icon, warning_icon

Index = QModelIndex | QPersistentModelIndex
ObjectRole = Qt.ItemDataRole.UserRole + 1  # the row's DutyDay
DayRole = Qt.ItemDataRole.UserRole + 2  # the row's date

HEADINGS = (
    str(QT_TRANSLATE_NOOP("DutyGridModel", "Date")),
    str(QT_TRANSLATE_NOOP("DutyGridModel", "Weekday")),
    str(QT_TRANSLATE_NOOP("DutyGridModel", "Day type")),
    str(QT_TRANSLATE_NOOP("DutyGridModel", "Leader on duty")),
    str(QT_TRANSLATE_NOOP("DutyGridModel", "Staff on duty")),
    str(QT_TRANSLATE_NOOP("DutyGridModel", "Mobile")),
    str(QT_TRANSLATE_NOOP("DutyGridModel", "Remarks")),
    str(QT_TRANSLATE_NOOP("DutyGridModel", "Conflicts")),
)
COL_DATE, COL_WEEKDAY, COL_KIND, COL_LEADER, COL_STAFF, COL_PHONES, COL_REMARKS, COL_CONFLICTS = range(len(HEADINGS))
EDITABLE = (COL_LEADER, COL_STAFF, COL_REMARKS)

# Light backgrounds with dark text of the same hue (as the register's state colours): holidays red-ish,
# weekends grey, 调休上班 amber — the colours offices use on the printed 春节 tables.
KIND_BACKGROUNDS = {DayKind.HOLIDAY: QColor("#fbdcdc"), DayKind.WEEKEND: QColor("#ececec"),
                    DayKind.MAKEUP_WORKDAY: QColor("#ffeec2")}  # fmt: skip
KIND_FOREGROUNDS = {DayKind.HOLIDAY: QColor("#8e1b1b"), DayKind.WEEKEND: QColor("#3f3f3f"),
                    DayKind.MAKEUP_WORKDAY: QColor("#6b4a00")}  # fmt: skip


def kind_text(day: DutyDay) -> str:
    """"法定节假日（春节）", "调休上班（春节）", "周末", "工作日" (the service's Chinese labels)."""
    return f"{day.day_kind}（{day.holiday_name}）" if day.holiday_name else day.day_kind


def remarks_text(day: DutyDay) -> str:
    """The 备注 as printed: the slot's own remarks, then each swap's "调班：张三→李四（王建国批准）"."""
    parts = [day.slot.remarks] if day.slot.remarks else []
    parts += [swap.remark() for swap in day.swaps]
    return "；".join(parts)


class DutyGridModel(QAbstractTableModel):
    """Rows are the DutyDays of `load(first, last)`. Emits `refused(message)` when the service refuses an edit
    and `saved(day)` after a day is written."""

    refused = Signal(str)
    saved = Signal(object)  # datetime.date

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.first = self.last = desk.clock.today()
        self._days: list[DutyDay] = []
        self._unmasked = False

    # --- loading --------------------------------------------------------------------------------
    def load(self, first: date, last: date) -> None:
        self.beginResetModel()
        self.first, self.last = first, last
        self._days = self.desk.duty.days(first, last)
        self.endResetModel()

    def reload(self) -> None:
        """Read the same period again; the rows keep their places (and the selection stays)."""
        days = self.desk.duty.days(self.first, self.last)
        if [d.slot.day for d in days] != [d.slot.day for d in self._days]:
            self.load(self.first, self.last)
            return
        self._days = days
        if days:
            self.dataChanged.emit(self.index(0, 0), self.index(len(days) - 1, len(HEADINGS) - 1))

    def set_unmasked(self, unmasked: bool) -> None:
        """Full mobile numbers on screen (the window's "Show full phone and ID numbers"); never remembered."""
        self._unmasked = unmasked
        if self._days:
            self.dataChanged.emit(self.index(0, COL_PHONES), self.index(len(self._days) - 1, COL_PHONES))

    # --- lookups --------------------------------------------------------------------------------
    def days(self) -> list[DutyDay]:
        return list(self._days)

    def day(self, row: int) -> DutyDay:
        return self._days[row]

    def row_of(self, day: date) -> int | None:
        return next((r for r, d in enumerate(self._days) if d.slot.day == day), None)

    def column_texts(self, column: int) -> list[str]:
        return [str(self.data(self.index(r, column)) or "") for r in range(len(self._days))]

    # --- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._days)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADINGS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(HEADINGS):
            return str(QCoreApplication.translate("DutyGridModel", HEADINGS[section]))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        # A locked day (published, past) changes only through a swap (调班): the grid refuses to open an editor.
        if index.column() in EDITABLE and not self._days[index.row()].locked:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._days)):
            return None
        day = self._days[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(day, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(day, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(day, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return KIND_BACKGROUNDS.get(day.day_kind)
        if role == Qt.ItemDataRole.ForegroundRole:
            return KIND_FOREGROUNDS.get(day.day_kind)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == COL_DATE and day.locked:
                return lock_icon()
            if column == COL_CONFLICTS and day.conflicts:
                return warning_icon()
            return None
        if role == Qt.ItemDataRole.FontRole and day.slot.day == self.desk.clock.today():
            font = QFont()
            font.setBold(True)
            return font
        if role == ObjectRole:
            return day
        if role == DayRole:
            return day.slot.day
        return None

    def _display(self, day: DutyDay, column: int) -> str:
        slot = day.slot
        if column == COL_DATE:
            return slot.day.isoformat()
        if column == COL_WEEKDAY:
            return day.weekday
        if column == COL_KIND:
            return kind_text(day)
        if column == COL_LEADER:
            return slot.leader
        if column == COL_STAFF:
            return "、".join(slot.staff)
        if column == COL_PHONES:
            phones = [p for p in (day.leader_phone, *day.staff_phones) if p]
            return " / ".join(p if self._unmasked else mask_phone(p) for p in phones)
        if column == COL_REMARKS:
            return remarks_text(day)
        if column == COL_CONFLICTS:
            return str(len(day.conflicts)) if len(day.conflicts) > 1 else ""
        return ""

    def _edit_value(self, day: DutyDay, column: int) -> Any:
        if column == COL_LEADER:
            return day.slot.leader
        if column == COL_STAFF:
            return list(day.slot.staff)
        if column == COL_REMARKS:
            return day.slot.remarks  # the swaps' remarks are the service's, not typed here
        return self._display(day, column)

    def _tooltip(self, day: DutyDay, column: int) -> str | None:
        if column == COL_CONFLICTS:
            return "\n".join(c.message for c in day.conflicts) or None
        if column == COL_DATE and day.locked:
            return self.tr("Published and past: it changes only through Swap shift… (调班)")
        if column == COL_DATE and day.slot.published_at is not None:
            return self.tr("Published on {time}").format(time=day.slot.published_at.strftime("%Y-%m-%d %H:%M"))
        if column == COL_PHONES:
            names = (day.slot.leader, *day.slot.staff)
            phones = (day.leader_phone, *day.staff_phones)
            lines = [f"{n}：{p if self._unmasked else mask_phone(p)}" for n, p in zip(names, phones, strict=False) if p]
            return "\n".join(lines) or None
        text = self._display(day, column)
        return text or None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in EDITABLE:
            return False
        day = self._days[index.row()]
        column = index.column()
        if column == COL_LEADER:
            slot = dataclasses.replace(day.slot, leader=str(value or "").strip())
        elif column == COL_STAFF:
            names = [value] if isinstance(value, str) else list(value or ())
            slot = dataclasses.replace(day.slot, staff=tuple(n.strip() for n in names if n and n.strip()))
        else:
            slot = dataclasses.replace(day.slot, remarks=str(value or "").strip())
        if slot == day.slot:
            return False
        return self.save(slot)

    def save(self, slot: DutySlot) -> bool:
        """Write one day's slot; False (and `refused`) when the duty rules say no."""
        try:
            self.desk.duty.save_slot(slot)
        except Exception as e:  # DutyRefused (Chinese, shown as-is), ValidationFailed, StorageUnavailable
            self.refused.emit(str(e) or type(e).__name__)
            return False
        self.reload()
        self.saved.emit(slot.day)
        return True


def period_days(days: Sequence[DutyDay]) -> tuple[int, int]:
    """(days with someone on duty, days in the period) — for the view's count line."""
    return sum(1 for d in days if not d.slot.is_empty), len(days)
