"""What the visit and the ledger-line dialogs share: messages beside the fields, checks after a pause in typing,
the cursor on the first field when first shown, and a question before what was typed is thrown away."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from officedesk.ui.widgets.field_messages import FieldMessages, Issue, message_label

CHECK_DELAY_MS = 400  # checks wait for a pause in typing, so a half-typed phone is not called wrong


class RecordDialog(QDialog):
    """A subclass says what is typed (`is_dirty`), how it is checked (`refresh_checks`), where a field is
    (`focus_field`), where typing starts (`_focus_first_field`) and what a discard throws away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._discarding = False
        self._shown_once = False
        self.general_message = message_label(self)
        self.messages = FieldMessages(self.general_message)
        self._check_timer = single_shot(self, CHECK_DELAY_MS, self.refresh_checks)

    def is_dirty(self) -> bool:
        raise NotImplementedError

    def refresh_checks(self) -> None:
        raise NotImplementedError

    def focus_field(self, field: str | None) -> None:
        raise NotImplementedError

    def _focus_first_field(self) -> None:
        raise NotImplementedError

    def _discard_question(self) -> str:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            # Keyboard entry starts at the first field, whatever tab or widget Qt would pick.
            self._shown_once = True
            self._focus_first_field()

    def _show_refused(self, issues: Sequence[Issue], order: list[str]) -> None:
        """A refused write: each message beside its field, the cursor in the first field in error."""
        self._check_timer.stop()
        self.messages.show(issues)
        self.focus_field(FieldMessages.first_error(issues, order))

    def reject(self) -> None:
        """Esc, Cancel or Close, or the close box: ask before throwing away what was typed."""
        if self._discarding or not self.is_dirty():
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"), self._discard_question(),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)  # fmt: skip
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName("discardQuestion")
        box.finished.connect(lambda _code: self._discard() if _chose_discard(box) else None)
        box.open()

    def _discard(self) -> None:
        self._discarding = True
        self.reject()


def _chose_discard(box: QMessageBox) -> bool:
    return box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Discard


def single_shot(parent: QWidget, ms: int, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer
