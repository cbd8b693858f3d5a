"""Settings pages with symmetric load()/save() (like Picard's options pages): the base, Office and Deadlines."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from officedesk.domain.settings import DeadlinePeriods
from officedesk.services.desk import Desk


class SettingsPage(QWidget):
    """One page: `load()` shows what the desk holds, `save()` writes what changed through the services.

    `problem()` is checked on every page before any page saves, so a refused dialog writes nothing.
    """

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk

    def title(self) -> str:
        raise NotImplementedError

    def load(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        raise NotImplementedError

    def problem(self) -> tuple[str, QWidget | None]:
        """A sentence saying what must be fixed first (and where), or ("", None)."""
        return "", None


class OfficePage(SettingsPage):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.office_name = QLineEdit()
        self.office_name.setToolTip(self.tr("Printed at the top of forms and lists"))
        self.operator = QLineEdit()
        self.operator.setPlaceholderText(self.tr("empty: the computer's login name"))
        self.operator.setToolTip(self.tr("Recorded as the author of every change in the history"))
        form = QFormLayout(self)
        form.addRow(self.tr("Office name"), self.office_name)
        form.addRow(self.tr("Operator"), self.operator)

    def title(self) -> str:
        return self.tr("Office")

    def load(self) -> None:
        s = self.desk.settings.settings
        self.office_name.setText(s.office_name)
        self.operator.setText(s.operator)

    def save(self) -> None:
        s = self.desk.settings
        new = s.with_changes(office_name=self.office_name.text().strip(), operator=self.operator.text().strip())
        if new != s.settings:
            s.save(new)

    def problem(self) -> tuple[str, QWidget | None]:
        if not self.office_name.text().strip():
            return self.tr("Enter the office name: it heads every printed form."), self.office_name
        return "", None


class DeadlinesPage(SettingsPage):
    """Every period of 信访工作条例 is a setting: provinces shorten some (DOMAIN.md §3.1, 浙江/山东/北京)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        days, workdays = self.tr(" days"), self.tr(" working days")
        # (DeadlinePeriods field, label with its article, unit suffix, maximum)
        rows = [
            ("accept_notice_days", self.tr("Acceptance notice (§23)"), days, 60),
            ("objection_workdays", self.tr("Objection, matter outside remit (§23)"), workdays, 30),
            ("handling_days", self.tr("Handling (§34)"), days, 180),
            ("max_extension_days", self.tr("Longest extension (§34)"), days, 90),
            ("review_request_days", self.tr("Review request (§35)"), days, 90),
            ("review_answer_days", self.tr("Review answer (§35)"), days, 90),
            ("recheck_request_days", self.tr("Re-check request (§36)"), days, 90),
            ("recheck_answer_days", self.tr("Re-check answer (§36)"), days, 90),
        ]
        self.periods: dict[str, QSpinBox] = {}
        periods_box = QGroupBox(self.tr("Periods of the Regulations on Letters and Visits"))
        periods_form = QFormLayout(periods_box)
        periods_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for name, label, suffix, maximum in rows:
            spin = QSpinBox()
            spin.setRange(1, maximum)
            spin.setSuffix(suffix)
            self.periods[name] = spin
            periods_form.addRow(label, spin)
        self.roll_to_workday = QCheckBox(self.tr("Move a last day on a rest day to the next working day (民法典 §203)"))
        periods_form.addRow(self.roll_to_workday)
        defaults = QPushButton(self.tr("Restore the national periods"))
        defaults.clicked.connect(self._restore_defaults)
        periods_form.addRow("", defaults)
        other = QGroupBox(self.tr("Register"))
        other_form = QFormLayout(other)
        other_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.due_soon_days = QSpinBox()
        self.due_soon_days.setRange(0, 30)
        self.due_soon_days.setSuffix(days)
        self.group_threshold = QSpinBox()
        self.group_threshold.setRange(2, 999)
        self.group_threshold.setSuffix(self.tr(" people or more"))
        other_form.addRow(self.tr("Due soon within"), self.due_soon_days)
        other_form.addRow(self.tr("Group visit at"), self.group_threshold)
        note = QLabel(self.tr("Changed periods are applied to every open visit when you press OK."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(periods_box)
        layout.addWidget(other)
        layout.addWidget(note)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Deadlines")

    def load(self) -> None:
        s = self.desk.settings.settings
        self._show_periods(s.periods)
        self.due_soon_days.setValue(s.due_soon_days)
        self.group_threshold.setValue(s.group_threshold)

    def _show_periods(self, periods: DeadlinePeriods) -> None:
        for name, spin in self.periods.items():
            spin.setValue(getattr(periods, name))
        self.roll_to_workday.setChecked(periods.roll_to_workday)

    def _restore_defaults(self) -> None:
        self._show_periods(DeadlinePeriods())

    def save(self) -> None:
        s = self.desk.settings
        periods = dataclasses.replace(
            s.settings.periods,
            roll_to_workday=self.roll_to_workday.isChecked(),
            **{name: spin.value() for name, spin in self.periods.items()},
        )
        new = s.with_changes(periods=periods, due_soon_days=self.due_soon_days.value(),
                             group_threshold=self.group_threshold.value())  # fmt: skip
        if new != s.settings:
            s.save(new)
