"""A dated note typed on one row (a ledger line's 进展, a visit's progress note): the date, the text, Add."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit

from officedesk.services.errors import ValidationFailed
from officedesk.ui.widgets.date_edit import to_date


def add_dated_note(on: QDateEdit, text: QLineEdit, message: QLabel, add: Callable[[date, str], object]) -> bool:
    """`add(day, text)`; True once added (the text is cleared), else the refusal in `message`, the cursor in `text`."""
    try:
        add(to_date(on.date()), text.text())
    except ValidationFailed as failed:
        message.setText("\n".join(i.message for i in failed.issues))
        message.setVisible(True)
        text.setFocus()
        return False
    message.setVisible(False)
    text.clear()
    return True
