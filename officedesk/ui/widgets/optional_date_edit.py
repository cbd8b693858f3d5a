"""Date fields for keyboard entry, and one that may be left empty (most handling dates are unknown at intake)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDateTimeEdit, QHBoxLayout, QWidget

# The date edit shows its special "not set" text at its minimum date; no petition predates this.
_UNSET = QDate(2000, 1, 1)


class FieldDateTimeEdit(QDateTimeEdit):
    """Tab leaves the field, as in every other field of a form.

    QDateTimeEdit uses Tab to step between its sections; typing a section full moves on by itself,
    so the clerk never needs Tab inside a date, and needs it to reach the next field.
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class FieldDateEdit(QDateEdit):
    """A date edit whose Tab leaves the field (see FieldDateTimeEdit)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class _DateEdit(FieldDateEdit):
    """Delete clears the field, so a date set by mistake is undone from the keyboard."""

    cleared = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.cleared.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class OptionalDateEdit(QWidget):
    """A checkbox ("set") plus a date edit; `value()` is a date or None.

    Ticking the box fills in the default day (today, from the desk's clock) and moves the focus to the
    date so the clerk can type over it; unticking it (or Delete in the date) clears the value.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._default = QDate.currentDate()
        self.check = QCheckBox(self)
        self.check.setToolTip(self.tr("Set this date"))
        self.edit = _DateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(_UNSET)
        self.edit.setSpecialValueText(self.tr("not set"))
        self.edit.setDate(_UNSET)
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._on_toggled)
        self.edit.dateChanged.connect(self._on_date_changed)
        self.edit.cleared.connect(lambda: self.setValue(None))

    def setDefaultDate(self, day: date) -> None:
        """The day put in when the clerk ticks the box (the desk's today, so tests stand on a fixed day)."""
        self._default = QDate(day.year, day.month, day.day)

    def value(self) -> date | None:
        if not self.check.isChecked() or self.edit.date() == _UNSET:
            return None
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())

    def setValue(self, value: date | None) -> None:
        if value == self.value():
            return
        self.check.blockSignals(True)
        self.check.setChecked(value is not None)
        self.check.blockSignals(False)
        self.edit.setEnabled(value is not None)
        self.edit.setDate(QDate(value.year, value.month, value.day) if value is not None else _UNSET)
        self.changed.emit()

    def _on_toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.edit.setDate(self._default if on else _UNSET)
        if on:
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.edit.selectAll()
        self.changed.emit()

    def _on_date_changed(self, _day: QDate) -> None:
        if self.check.isChecked():
            self.changed.emit()
