"""Read and write a record field through its editor widget, whatever kind of editor it is.

The visit dialog has about fifty fields; declaring each as `name → widget` and reading them all the
same way keeps the pages free of per-field plumbing (and makes "nothing typed is lost" easy to keep).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from officedesk.ui.widgets.optional_date_edit import OptionalDateEdit


def read(widget: QWidget) -> object:
    """The value a field's editor holds, as the record stores it (text kept exactly as typed)."""
    if isinstance(widget, OptionalDateEdit):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QDateTimeEdit):
        qdt = widget.dateTime()
        d, t = qdt.date(), qdt.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    raise TypeError(f"no field binding for {type(widget).__name__}")


def write(widget: QWidget, value: object) -> None:
    """Show `value` in the editor. A combo value missing from its list is added, so it is never lost."""
    if isinstance(widget, OptionalDateEdit):
        widget.setValue(value if isinstance(value, date) else None)
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value or ""))
        widget.setCursorPosition(0)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value or ""))
    elif isinstance(widget, QComboBox):
        text = str(value or "")
        if widget.isEditable():
            widget.setCurrentText(text)
            return
        index = widget.findText(text)
        if index < 0:
            widget.addItem(text)
            index = widget.count() - 1
        widget.setCurrentIndex(index)
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value) if isinstance(value, int) else 0)
    elif isinstance(widget, QDateTimeEdit):
        if isinstance(value, datetime):
            qd = QDate(value.year, value.month, value.day)
            widget.setDateTime(QDateTime(qd, QTime(value.hour, value.minute)))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    else:
        raise TypeError(f"no field binding for {type(widget).__name__}")


def changed_signal(widget: QWidget) -> SignalInstance:
    """The signal an editor emits when the clerk changes its value."""
    if isinstance(widget, OptionalDateEdit):
        return widget.changed
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentTextChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTimeChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    raise TypeError(f"no field binding for {type(widget).__name__}")
