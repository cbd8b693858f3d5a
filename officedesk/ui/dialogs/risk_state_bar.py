"""The state bar of a ledger line: where it stands, its deadline, and a button for each state it may move to."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from officedesk.domain.risk_rules import TRANSITIONS, missing_five_in_place
from officedesk.domain.risks import Risk, RiskStatus
from officedesk.ui.models.risk_table_model import state_colour
from officedesk.ui.models.visit_table_model import STATE_BACKGROUNDS, STATE_FOREGROUNDS
from officedesk.ui.widgets.field_messages import message_label

_OPEN_BADGE = ("#e8eef7", "#1f3b63")  # an ordinary open line: neutral blue (the table leaves it uncoloured)


class RiskStateBar(QFrame):
    """Emits `move_requested(target)` for the plain moves; crossing off and 延期 ask their own questions."""

    move_requested = Signal(str)
    cross_off_requested = Signal()
    extend_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.badge = QLabel()
        self.badge.setObjectName("stateBadge")
        self.due = QLabel()
        self.due.setWordWrap(True)
        self.five = QLabel()  # the major hazard's "five in place" (五到位)
        self.five.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start work"))
        self.ready_button = QPushButton(self.tr("Ready for acceptance"))
        self.cross_off_button = QPushButton(self.tr("Cross off (销号)…"))
        self.back_button = QPushButton(self.tr("Back to work"))
        self.extend_button = QPushButton(self.tr("Extend…"))
        self.extend_button.setToolTip(self.tr("A later deadline (延期), with the approver and the reason"))
        self.message = message_label()  # why a move was refused
        for button in self.buttons():
            button.setAutoDefault(False)  # Enter in a field must not move the line
        top = QHBoxLayout()
        top.addWidget(self.badge)
        top.addWidget(self.due, 1)
        for button in self.buttons():
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.five)
        layout.addWidget(self.message)
        self.start_button.clicked.connect(lambda: self.move_requested.emit(RiskStatus.IN_PROGRESS))
        self.back_button.clicked.connect(lambda: self.move_requested.emit(RiskStatus.IN_PROGRESS))
        self.ready_button.clicked.connect(lambda: self.move_requested.emit(RiskStatus.AWAITING_ACCEPTANCE))
        self.cross_off_button.clicked.connect(self.cross_off_requested)
        self.extend_button.clicked.connect(self.extend_requested)

    def buttons(self) -> list[QPushButton]:
        return [self.start_button, self.ready_button, self.cross_off_button, self.back_button, self.extend_button]

    def show_risk(self, risk: Risk, state: str, today: date, due_soon_days: int) -> None:
        """`risk` as the fields now show it, but with its stored status; `state` is its display state."""
        targets = TRANSITIONS.get(risk.status, ())
        self.start_button.setVisible(risk.status == RiskStatus.OPEN and RiskStatus.IN_PROGRESS in targets)
        self.back_button.setVisible(risk.status != RiskStatus.OPEN and RiskStatus.IN_PROGRESS in targets)
        self.ready_button.setVisible(RiskStatus.AWAITING_ACCEPTANCE in targets)
        self.cross_off_button.setVisible(RiskStatus.CLOSED in targets)
        self.extend_button.setVisible(risk.status not in (RiskStatus.CLOSED, RiskStatus.VOID))
        self.extend_button.setEnabled(risk.id is not None)

        key = state_colour(risk, today, due_soon_days)
        background, colour = (STATE_BACKGROUNDS[key].name(), STATE_FOREGROUNDS[key].name()) if key else _OPEN_BADGE
        self.badge.setText(state)
        self.badge.setProperty("colour", key or "")
        self.badge.setStyleSheet(f"background: {background}; color: {colour}; border-radius: 3px; "
                                 "padding: 2px 8px; font-weight: bold;")  # fmt: skip
        self.due.setText(self._due_text(risk))
        missing = missing_five_in_place(risk) if risk.is_major_hazard else []
        self.five.setVisible(risk.is_major_hazard and risk.status in (RiskStatus.OPEN, RiskStatus.IN_PROGRESS))
        if missing:
            self.five.setText(self.tr("Major hazard — five in place (五到位) still missing: {items}")
                              .format(items="、".join(missing)))  # fmt: skip
            self.five.setStyleSheet("color: #a15c00;")
        else:
            self.five.setText(self.tr("Major hazard — five in place (五到位): complete"))
            self.five.setStyleSheet("color: #1d5e20;")

    def _due_text(self, risk: Risk) -> str:
        parts: list[str] = []
        if risk.current_due is None:
            parts.append(self.tr("No deadline set"))
        else:
            parts.append(self.tr("Deadline {due}").format(due=risk.current_due.isoformat()))
        if risk.extended_due is not None:
            parts.append(self.tr("extended from {due} (approved by {who}: {why})").format(
                due=risk.due_date.isoformat() if risk.due_date else "—", who=risk.extension_approver,
                why=risk.extension_reason))  # fmt: skip
        if risk.status == RiskStatus.CLOSED:
            parts.append(self.tr("crossed off {day}, verified by {who} on {on}").format(
                day=risk.closed_on.isoformat() if risk.closed_on else "—", who=risk.verifier,
                on=risk.verified_on.isoformat() if risk.verified_on else "—"))  # fmt: skip
            if risk.verify_conclusion:
                parts.append(risk.verify_conclusion)
        if risk.status == RiskStatus.VOID and risk.void_reason:
            parts.append(self.tr("void: {reason}").format(reason=risk.void_reason))
        return " · ".join(parts)

    def show_problems(self, problems: list[str]) -> None:
        self.message.setText("\n".join(problems))
        self.message.setStyleSheet("color: #c62828;" if problems else "")
        self.message.setVisible(bool(problems))
