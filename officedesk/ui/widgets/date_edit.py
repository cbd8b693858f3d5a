"""A date field with a calendar drop-down (ISO, as the clerk types dates), and date ↔ QDate."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from officedesk.ui.widgets.optional_date_edit import FieldDateEdit


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_edit(day: date, parent: QWidget | None = None) -> QDateEdit:
    """A date edit on `day`, yyyy-MM-dd, with the calendar pop-up; Tab leaves it, as every other form field."""
    edit = FieldDateEdit(to_qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit
