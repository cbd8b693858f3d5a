"""The ledger's filters: kind, level, 责任单位, 包案领导, state, overdue only, due within N days."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QPushButton, QSpinBox, QWidget

from officedesk.domain.risk_rules import levels_for
from officedesk.domain.risks import DISPUTE_LEVELS, HAZARD_LEVELS, RiskFilter, RiskKind, RiskStatus
from officedesk.services.desk import Desk
from officedesk.ui.widgets.list_combo import fill_combo, list_combo

# Each state with both ledgers' names for it (矛盾纠纷 says 未化解 where 安全隐患 says 待整改).
STATE_CHOICES: tuple[tuple[str, str], ...] = tuple(
    (" / ".join(dict.fromkeys(RiskStatus.label(code, kind) for kind in (RiskKind.DISPUTE, RiskKind.HAZARD))), code)
    for code in (*RiskStatus.ORDER, RiskStatus.VOID)
)


class LedgerFilterBar(QWidget):
    """Emits `changed` whenever a filter changes; `risk_filter(text)` builds the RiskFilter."""

    changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.kind = list_combo(self, self.tr("Kind"))
        self.level = list_combo(self, self.tr("Level (风险等级 / 隐患等级)"))
        self.unit = list_combo(self, self.tr("Responsible unit (责任单位)"))
        self.leader = list_combo(self, self.tr("Lead leader (包案领导)"))
        self.state = list_combo(self, self.tr("State"))
        self.overdue_only = QCheckBox(self.tr("Overdue only"), self)
        self.due_within = QCheckBox(self.tr("Due within"), self)
        self.due_within.setToolTip(self.tr("Open lines whose deadline falls within this many days from today"))
        self.days = QSpinBox(self)
        self.days.setRange(0, 365)
        self.days.setValue(desk.settings.settings.due_soon_days)
        self.days.setSuffix(self.tr(" days"))
        self.days.setEnabled(False)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setToolTip(self.tr("Show the whole ledger again"))
        fill_combo(self.kind, self.tr("All kinds"), ((k, k) for k in RiskKind.ALL))
        fill_combo(self.state, self.tr("All states"), STATE_CHOICES)
        self._fill_levels()
        self.reload_lists()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for combo in (self.kind, self.level, self.unit, self.leader, self.state):
            layout.addWidget(combo)
        layout.addWidget(self.overdue_only)
        layout.addWidget(self.due_within)
        layout.addWidget(self.days)
        layout.addStretch(1)
        layout.addWidget(self.clear_button)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.level, self.unit, self.leader, self.state):
            combo.currentIndexChanged.connect(self.changed)
        self.overdue_only.toggled.connect(self.changed)
        self.due_within.toggled.connect(self._due_within_toggled)
        self.days.valueChanged.connect(lambda _days: self.changed.emit() if self.due_within.isChecked() else None)
        self.clear_button.clicked.connect(self.clear)

    def reload_lists(self) -> None:
        """The units and leaders the ledger holds (after an import or an edit brought new ones)."""
        fill_combo(self.unit, self.tr("All units"), ((u, u) for u in self.desk.risks.choices("responsible_unit")))
        fill_combo(self.leader, self.tr("All leaders"), ((n, n) for n in self.desk.risks.choices("lead_leader")))

    def _fill_levels(self) -> None:
        kind = str(self.kind.currentData() or "")
        levels = levels_for(kind) if kind else (*HAZARD_LEVELS, *DISPUTE_LEVELS)
        fill_combo(self.level, self.tr("All levels"), ((level, level) for level in levels))

    def _kind_changed(self) -> None:
        self._fill_levels()  # a level of the other kind no longer applies and falls back to "All levels"
        self.changed.emit()

    def _due_within_toggled(self, on: bool) -> None:
        self.days.setEnabled(on)
        self.changed.emit()

    def set_value(self, combo: QComboBox, value: str) -> None:
        """Choose `value` in a list combo (adding it if the list lacks it): a group clicked in the side list."""
        index = combo.findData(value) if value else 0
        if index < 0:
            combo.addItem(value, value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def risk_filter(self, text: str = "") -> RiskFilter:
        kind = str(self.kind.currentData() or "")
        state = str(self.state.currentData() or "")
        return RiskFilter(
            text=text,
            kinds=(kind,) if kind else (),
            level=str(self.level.currentData() or ""),
            responsible_unit=str(self.unit.currentData() or ""),
            lead_leader=str(self.leader.currentData() or ""),
            statuses=(state,) if state else (),
            overdue_only=self.overdue_only.isChecked(),
            due_within_days=self.days.value() if self.due_within.isChecked() else None,
        )

    def clear(self) -> None:
        widgets = (self.kind, self.level, self.unit, self.leader, self.state, self.overdue_only, self.due_within)
        for w in widgets:
            w.blockSignals(True)
        for combo in (self.kind, self.unit, self.leader, self.state):
            combo.setCurrentIndex(0)
        self._fill_levels()
        self.level.setCurrentIndex(0)
        self.overdue_only.setChecked(False)
        self.due_within.setChecked(False)
        self.days.setEnabled(False)
        for w in widgets:
            w.blockSignals(False)
        self.changed.emit()
