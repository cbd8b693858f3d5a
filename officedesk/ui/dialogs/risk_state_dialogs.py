"""Small dialogs of a line's state: crossing it off (销号: who verified, when, concluding what) and 延期.

Each takes an `attempt` callback that tries the change through the service and returns the refusal's
messages; the dialog closes only when there are none, and otherwise shows them and keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from officedesk.ui.dialogs.risk_facts_page import DateField
from officedesk.ui.widgets.button_order import tab_in_shown_order
from officedesk.ui.widgets.field_messages import error_label

CrossOffAttempt = Callable[[str, date, str], list[str]]  # verifier, verified on, conclusion → problems
ExtendAttempt = Callable[[date, str, str], list[str]]  # new deadline, approver, reason → problems


class _AttemptDialog(QDialog):
    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.message = error_label()
        self.message.setObjectName("fieldMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(460, 300)

    def _try(self) -> list[str]:
        raise NotImplementedError

    def accept(self) -> None:
        problems = self._try()
        if problems:
            self.message.setText("\n".join(problems))
            self.message.setVisible(True)
            return
        super().accept()

    def problems(self) -> str:
        """The messages showing (empty when there are none)."""
        return self.message.text() if self.message.isVisibleTo(self) else ""


def _date(today: date) -> DateField:
    edit = DateField()
    edit.setValue(today)
    edit.setMaximumDate(QDate(today.year, today.month, today.day))
    return edit


class CrossOffDialog(_AttemptDialog):
    """销号: a line is crossed off only when verified, with the verifier and the date (DOMAIN §3.2)."""

    def __init__(self, attempt: CrossOffAttempt, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cross off (销号)"), self.tr(
            "Who verified the work, and when? A crossed-off line is locked: later changes need a reason."),
            self.tr("Cross off"), parent)  # fmt: skip
        self._attempt = attempt
        self.verifier = QLineEdit()
        self.verified_on = _date(today)
        self.conclusion = QPlainTextEdit()
        self.conclusion.setTabChangesFocus(True)
        self.conclusion.setPlaceholderText(self.tr("e.g. 经现场复查，整改到位，同意销号"))
        self.form.addRow(self.tr("Verified by"), self.verifier)
        self.form.addRow(self.tr("Verified on"), self.verified_on)
        self.form.addRow(self.tr("Conclusion"), self.conclusion)
        tab_in_shown_order(self.buttons)  # once the fields are in: they come first, then the buttons as shown
        self.verifier.setFocus()

    def _try(self) -> list[str]:
        return self._attempt(self.verifier.text().strip(), self.verified_on.value(),
                             self.conclusion.toPlainText().strip())  # fmt: skip


class ExtendDialog(_AttemptDialog):
    """延期: a later deadline, who approved it and why; the original 时限 stays on the record."""

    def __init__(self, attempt: ExtendAttempt, current_due: date | None, today: date,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        due = current_due.isoformat() if current_due else self.tr("none")
        super().__init__(self.tr("Extend the deadline (延期)"),
                         self.tr("The deadline now is {due}. The new one needs an approver and a reason.")
                         .format(due=due), self.tr("Extend"), parent)  # fmt: skip
        self._attempt = attempt
        self.new_due = DateField()
        self.new_due.setValue(max(current_due or today, today))
        self.approver = QLineEdit()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.form.addRow(self.tr("New deadline"), self.new_due)
        self.form.addRow(self.tr("Approved by"), self.approver)
        self.form.addRow(self.tr("Reason"), self.reason)
        tab_in_shown_order(self.buttons)
        self.new_due.setFocus()

    def _try(self) -> list[str]:
        return self._attempt(self.new_due.value(), self.approver.text().strip(), self.reason.toPlainText().strip())
