"""In-cell editors of the duty grid: the leader from a combo of active leaders, the staff from a checkable list
of active staff; each name shows its duty days this year (the fairness figure, DOMAIN.md §4.4)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from officedesk.domain.duty import StaffRole
from officedesk.services.duty_service import DutyService
from officedesk.ui.models.duty_grid_model import DayRole

Index = QModelIndex | QPersistentModelIndex
NameRole = Qt.ItemDataRole.UserRole


class StaffChoices:
    """Who may be chosen on a day (active that day, in rotation order) and their duty days this year."""

    def __init__(self, duty: DutyService) -> None:
        self.duty = duty
        self._counts: dict[int, dict[str, int]] = {}

    def invalidate(self) -> None:
        """After any change to the table: the counts are read again on the next editor."""
        self._counts.clear()

    def count(self, name: str, year: int) -> int:
        if year not in self._counts:
            self._counts[year] = self.duty.duty_counts(year)
        return self._counts[year].get(name, 0)

    def names(self, role: str, day: date) -> list[str]:
        return [m.name for m in self.duty.staff(role, active_on=day)]

    def label(self, name: str, year: int) -> str:
        text = QCoreApplication.translate("StaffChoices", "{name} ({count} this year)")
        return text.format(name=name, count=self.count(name, year))

    def tooltip(self, name: str, year: int) -> str:
        text = QCoreApplication.translate("StaffChoices", "{name}: {count} duty days in {year}")
        return text.format(name=name, count=self.count(name, year), year=year)

    def not_listed(self, name: str) -> str:
        text = QCoreApplication.translate("StaffChoices", "{name} (not on the staff list that day)")
        return text.format(name=name)


def _day(index: Index) -> date:
    value = index.data(DayRole)
    assert isinstance(value, date)
    return value


class LeaderCombo(QComboBox):
    """The leader editor. A choice is written at once, so the arrow keys open the list rather than write the next
    name: the clerk moves down the list and Enter writes the one chosen (Escape leaves the day as it was)."""

    OPENING_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home,
                    Qt.Key.Key_End)  # fmt: skip

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in self.OPENING_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.showPopup()
            event.accept()
            return
        super().keyPressEvent(event)


class LeaderDelegate(QStyledItemDelegate):
    """A combo of the day's active leaders; choosing one writes it at once."""

    def __init__(self, choices: StaffChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = LeaderCombo(parent)
        combo.setObjectName("leaderEditor")
        combo.setToolTip(self.tr("The leader on duty (带班领导): active leaders of the staff list, with their duty "
                                 "days this year"))  # fmt: skip
        day = _day(index)
        combo.addItem(self.tr("(nobody)"), "")
        for name in self.choices.names(StaffRole.LEADER, day):
            combo.addItem(self.choices.label(name, day.year), name)
            combo.setItemData(combo.count() - 1, self.choices.tooltip(name, day.year), Qt.ItemDataRole.ToolTipRole)
        combo.activated.connect(lambda _i: self._commit(combo))
        return combo

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        current = str(index.data(Qt.ItemDataRole.EditRole) or "")
        found = editor.findData(current)
        if found < 0:  # an imported name the staff list does not (or no longer) know: kept, marked
            editor.addItem(self.choices.not_listed(current), current)
            found = editor.count() - 1
        editor.setCurrentIndex(found)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = str(editor.currentData() or "")
        if value != str(index.data(Qt.ItemDataRole.EditRole) or ""):
            model.setData(index, value, Qt.ItemDataRole.EditRole)


class StaffChecklist(QListWidget):
    """The staff editor: one checkable line per active staff member; Enter or a click elsewhere writes it."""

    def checked_names(self) -> list[str]:
        items = (self.item(i) for i in range(self.count()))
        return [str(i.data(NameRole)) for i in items if i is not None and i.checkState() == Qt.CheckState.Checked]

    def set_checked(self, names: list[str]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            if item is not None:
                on = item.data(NameRole) in names
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class StaffDelegate(QStyledItemDelegate):
    """A checkable list, taller than the cell, of the day's active staff (names on the slot but not on the
    list stay, marked, so an imported roster never loses a name by being opened)."""

    MAX_HEIGHT = 240

    def __init__(self, choices: StaffChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = StaffChecklist(parent)
        editor.setObjectName("staffEditor")
        editor.setToolTip(self.tr("Tick who is on duty (值班人员); Enter or a click elsewhere saves, Esc cancels"))
        editor.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        day = _day(index)
        current = [str(n) for n in (index.data(Qt.ItemDataRole.EditRole) or [])]
        active = self.choices.names(StaffRole.STAFF, day)
        for name in [n for n in current if n not in active] + active:
            text = self.choices.label(name, day.year) if name in active else self.choices.not_listed(name)
            item = QListWidgetItem(text, editor)
            item.setData(NameRole, name)
            item.setToolTip(self.choices.tooltip(name, day.year))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        if editor.count():
            editor.setCurrentRow(0)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, StaffChecklist)
        editor.set_checked([str(n) for n in (index.data(Qt.ItemDataRole.EditRole) or [])])

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, StaffChecklist)
        current = [str(n) for n in (index.data(Qt.ItemDataRole.EditRole) or [])]
        checked = editor.checked_names()
        # Names already on the day keep their order (the first is the one printed first); new ones follow.
        names = [n for n in current if n in checked] + [n for n in checked if n not in current]
        if names != current:
            model.setData(index, names, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        assert isinstance(editor, StaffChecklist)
        cell: QRect = option.rect
        rows = max(editor.count(), 1)
        row_height = max(editor.sizeHintForRow(0), editor.fontMetrics().height() + 10)  # before polish: too small
        height = min(rows * row_height + 2 * editor.frameWidth() + 4, self.MAX_HEIGHT)
        width = max(cell.width(), editor.sizeHintForColumn(0) + 2 * editor.frameWidth() + 24)
        viewport = editor.parentWidget()
        area = viewport.rect() if viewport is not None else cell
        top = cell.top() if cell.top() + height <= area.bottom() else max(area.bottom() - height, 0)
        left = min(cell.left(), max(area.right() - width, 0))
        editor.setGeometry(left, top, width, height)
