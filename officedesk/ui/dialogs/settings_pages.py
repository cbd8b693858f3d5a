"""Settings pages with symmetric load()/save() (like Picard's options pages): the base, Office and Deadlines."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from officedesk.domain.settings import DeadlinePeriods
from officedesk.services.desk import Desk
from officedesk.ui.widgets.deadline_periods import ProfileCombo, days_suffix, period_rows, profile_note


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
    """Every period of 信访工作条例 is a setting: provinces shorten some (DOMAIN.md §3.1, 浙江/山东/北京).

    A province's profile fills the periods; each stays editable, and the page says when they differ."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        days = days_suffix(False)
        self.profile = ProfileCombo()
        self.profile.setToolTip(self.tr("Choosing a profile fills in its periods; each can still be changed"))
        self.profile_note = QLabel()
        self.profile_note.setWordWrap(True)
        self.profile_note.setObjectName("profileNote")
        profile_box = QGroupBox(self.tr("Province"))
        profile_form = QFormLayout(profile_box)
        profile_form.addRow(self.tr("&Deadline profile"), self.profile)
        profile_form.addRow(self.profile_note)
        self.periods: dict[str, QSpinBox] = {}
        periods_box = QGroupBox(self.tr("Periods of the Regulations on Letters and Visits"))
        periods_form = QFormLayout(periods_box)
        periods_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.accept_in_workdays = QCheckBox(self.tr("count working days"))
        self.accept_in_workdays.setToolTip(self.tr("浙江省信访条例 第二十条 counts this period in working days"))
        for name, label, workdays, maximum in period_rows():
            spin = QSpinBox()
            spin.setRange(1, maximum)
            spin.setSuffix(days_suffix(workdays))
            self.periods[name] = spin
            if name == "accept_notice_days":
                row = QHBoxLayout()
                row.addWidget(spin)
                row.addWidget(self.accept_in_workdays)
                row.addStretch(1)
                caption = QLabel(label)
                caption.setBuddy(spin)
                periods_form.addRow(caption, row)
            else:
                periods_form.addRow(label, spin)
            spin.valueChanged.connect(self._update_profile_note)
        self.roll_to_workday = QCheckBox(self.tr("Move a last day on a rest day to the next working day (民法典 §203)"))
        periods_form.addRow(self.roll_to_workday)
        self.restore_button = QPushButton(self.tr("&Restore the profile's periods"))
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self._restore_defaults)
        periods_form.addRow("", self.restore_button)
        other = QGroupBox(self.tr("Register"))
        other_form = QFormLayout(other)
        other_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.due_soon_days = QSpinBox()
        self.due_soon_days.setRange(0, 30)
        self.due_soon_days.setSuffix(days)
        self.due_soon_days.setToolTip(self.tr("Items due within this many days are shown as due soon"))
        self.group_threshold = QSpinBox()
        self.group_threshold.setRange(2, 999)
        self.group_threshold.setSuffix(self.tr(" people or more"))
        self.group_threshold.setToolTip(self.tr("A visit by this many people or more is a group visit (集体访)"))
        other_form.addRow(self.tr("Due &soon within"), self.due_soon_days)
        other_form.addRow(self.tr("&Group visit at"), self.group_threshold)
        note = QLabel(self.tr("Changed periods are applied to every open visit when you press OK."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(profile_box)
        layout.addWidget(periods_box)
        layout.addWidget(other)
        layout.addWidget(note)
        layout.addStretch(1)
        self.accept_in_workdays.toggled.connect(self._accept_unit_changed)
        self.profile.activated.connect(lambda _index: self._apply_profile())
        self.roll_to_workday.toggled.connect(self._update_profile_note)

    def title(self) -> str:
        return self.tr("Deadlines")

    def load(self) -> None:
        s = self.desk.settings.settings
        self.profile.set_profile(s.deadline_profile)
        self._show_periods(s.periods)
        self.due_soon_days.setValue(s.due_soon_days)
        self.group_threshold.setValue(s.group_threshold)
        self._update_profile_note()

    def _show_periods(self, periods: DeadlinePeriods) -> None:
        for name, spin in self.periods.items():
            spin.setValue(getattr(periods, name))
        self.accept_in_workdays.setChecked(periods.accept_notice_workdays)
        self.roll_to_workday.setChecked(periods.roll_to_workday)

    def shown_periods(self) -> DeadlinePeriods:
        return DeadlinePeriods(
            roll_to_workday=self.roll_to_workday.isChecked(),
            accept_notice_workdays=self.accept_in_workdays.isChecked(),
            **{name: spin.value() for name, spin in self.periods.items()},
        )

    def _apply_profile(self) -> None:
        """The chosen province's periods (民法典 §203 rolling stays as it is: no province changes it)."""
        current = self.desk.settings.settings
        applied = dataclasses.replace(current, periods=self.shown_periods()).with_profile(self.profile.profile())
        self._show_periods(applied.periods)
        self._update_profile_note()

    def _restore_defaults(self) -> None:
        self._apply_profile()

    def _accept_unit_changed(self, workdays: bool) -> None:
        self.periods["accept_notice_days"].setSuffix(days_suffix(workdays))
        self._update_profile_note()

    def _update_profile_note(self) -> None:
        key = self.profile.profile()
        text = profile_note(key)
        candidate = dataclasses.replace(self.desk.settings.settings, periods=self.shown_periods(), deadline_profile=key)
        if not candidate.follows_profile():
            text += "\n" + self.tr("The periods below have been changed from the profile's.")
        self.profile_note.setText(text)

    def save(self) -> None:
        s = self.desk.settings
        new = s.with_changes(periods=self.shown_periods(), deadline_profile=self.profile.profile(),
                             due_soon_days=self.due_soon_days.value(),
                             group_threshold=self.group_threshold.value())  # fmt: skip
        if new != s.settings:
            s.save(new)
