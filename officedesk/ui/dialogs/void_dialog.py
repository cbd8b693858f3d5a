"""Ask why a visit is voided: nothing is deleted from the UI, a void (作废) always carries its reason (DESIGN.md)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from officedesk.ui.widgets.button_order import tab_in_shown_order


class VoidDialog(QDialog):
    """The reason is required: Void stays disabled until one is typed.

    The caller voids the visit: `reason_given` → `desk.visits.void(visit_id, reason)`, then `open()`.
    """

    reason_given = Signal(str)

    def __init__(self, parent: QWidget | None = None, reg_no: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Void visit %1").replace("%1", reg_no) if reg_no else self.tr("Void visit"))
        intro = QLabel(self.tr("A voided visit stays in the register, marked void, with this reason. Why is it void?"))
        intro.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(self.tr("e.g. registered twice, see XF-2026-0012"))
        self.reason_edit.setMinimumHeight(self.reason_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.void_button: QPushButton = self.buttons.addButton(self.tr("Void"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.void_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason_edit, 1)
        layout.addWidget(self.buttons)
        tab_in_shown_order(self.buttons)
        self.reason_edit.textChanged.connect(lambda: self.void_button.setEnabled(bool(self.reason())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(420, 220)
        self.reason_edit.setFocus()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def accept(self) -> None:
        if not self.reason():  # OK is disabled then, but Ctrl+Enter-style shortcuts may still get here
            self.reason_edit.setFocus()
            return
        super().accept()
        self.reason_given.emit(self.reason())
