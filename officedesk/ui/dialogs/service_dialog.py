"""A small editor that writes through a service: a form, a line for the refusal, Save / Cancel.

Tab walks the form's fields row by row (left to right in a row of several), then Save and Cancel as shown; the
cursor starts in the first field unless the subclass put it elsewhere. Enter saves (Save is the default button),
Escape cancels; a label's Alt+letter jumps to its field (QFormLayout makes each row's label its field's buddy)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from officedesk.services.desk import Desk
from officedesk.ui.widgets.button_order import chain, focus_first, form_fields
from officedesk.ui.widgets.field_messages import error_label


class ServiceDialog(QDialog):
    """A subclass fills `form` and writes in `store()`; `saved(obj)` follows a write and the dialog closes.

    `store()` returns None when it refused what was typed (`refuse()` says why); an exception it raises
    (DutyRefused, ValidationFailed, StorageUnavailable) is shown as its sentence and the dialog stays open.
    """

    saved = Signal(object)

    def __init__(self, desk: Desk, parent: QWidget | None, *, form_stretch: int = 0, min_width: int = 0) -> None:
        super().__init__(parent)
        self.desk = desk
        self.form = QFormLayout()
        self.message = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form, form_stretch)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        if min_width:
            self.setMinimumWidth(min_width)
        self._tab_order_set = False

    def tab_chain(self) -> list[QWidget]:
        """The fields in Tab order: the form's, as laid out."""
        return form_fields(self.form)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._tab_order_set:  # the subclass has filled the form by now
            self._tab_order_set = True
            fields = self.tab_chain()
            chain(fields, self.buttons)
            focus_first(fields, self)  # not Save, which was made before the fields
        super().showEvent(event)

    def store(self) -> object:
        raise NotImplementedError

    def refuse(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def save(self) -> None:
        try:
            stored = self.store()
        except Exception as e:  # the service's sentence, shown as it is
            self.refuse(str(e) or type(e).__name__)
            return
        if stored is not None:
            self.saved.emit(stored)
            self.accept()
