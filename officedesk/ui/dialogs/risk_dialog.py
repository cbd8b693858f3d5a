"""Record or edit one ledger line (隐患台账): its fields as the paper ledger groups them, its state, its log.

Ctrl+S saves; the state bar moves the line on (each refusal says what is missing); a crossed-off
line is locked, so saving a change to it asks for the reason, which goes into the audit.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from officedesk.domain.ids import RiskId
from officedesk.domain.risks import Risk, RiskKind, RiskStatus
from officedesk.services.desk import Desk
from officedesk.services.errors import ValidationFailed
from officedesk.ui.dialogs.record_dialog import RecordDialog
from officedesk.ui.dialogs.risk_facts_page import RiskFactsPage, chain_widgets
from officedesk.ui.dialogs.risk_measures_page import RiskMeasuresPage
from officedesk.ui.dialogs.risk_progress_panel import RiskHistoryPage, RiskProgressPanel
from officedesk.ui.dialogs.risk_state_bar import RiskStateBar
from officedesk.ui.dialogs.risk_state_dialogs import CrossOffDialog, ExtendDialog
from officedesk.ui.widgets.optional_date_edit import OptionalDateEdit
from officedesk.ui.widgets.remembered import remember_geometry, remember_splitter

_STATE_FIELDS = ("status",)  # refusals of a move: shown in the state bar, not under a field


class RiskDialog(RecordDialog):
    saved = Signal(int)  # the RiskId, after every write (save, move, 延期): the ledger refreshes

    def __init__(self, desk: Desk, risk_id: RiskId | None, kind: str = RiskKind.DISPUTE,
                 parent: QWidget | None = None, *, draft: Risk | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._desk = desk
        if risk_id is not None:
            self._risk = desk.risks.get(risk_id)
        else:
            self._risk = draft if draft is not None else desk.risks.new_draft(kind)
        self.state_bar = RiskStateBar()
        self.facts = RiskFactsPage(desk, self.messages)
        self.measures = RiskMeasuresPage(desk, self.messages)
        self.history = RiskHistoryPage(desk)
        self.progress = RiskProgressPanel(desk, risk_id)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.facts, self.tr("Facts"))
        self.tabs.addTab(self.measures, self.tr("Responsibility && measures"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.close_button = QPushButton(self.tr("Close"))
        self._lay_out()

        self._show(self._risk)
        self.facts.changed.connect(self._on_field_changed)
        self.measures.changed.connect(self._on_field_changed)
        self.state_bar.move_requested.connect(lambda target: self.move_to(target))
        self.state_bar.cross_off_requested.connect(self.cross_off)
        self.state_bar.extend_requested.connect(self.extend)
        self.progress.progress_added.connect(self._after_progress)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        for first, second in pairwise(chain_widgets([*self.facts.tab_chain(), *self.measures.tab_chain()])):
            QWidget.setTabOrder(first, second)
        if risk_id is not None:
            self.refresh_checks()

    def _lay_out(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.progress)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([760, 400])
        remember_splitter(splitter, "risk_dialog")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        for button in (self.save_button, self.close_button):
            button.setAutoDefault(False)  # Enter in a field must not save half a line
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.general_message)
        layout.addLayout(buttons)
        self.resize(1180, 760)
        remember_geometry(self, "risk_dialog")

    def _focus_first_field(self) -> None:
        self.tabs.setCurrentWidget(self.facts)
        self.facts.kind.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    # --- the line on screen -------------------------------------------------------------------
    @property
    def risk(self) -> Risk:
        """The line as last stored (or the draft it started from)."""
        return self._risk

    def current_risk(self) -> Risk:
        """The line as the fields now show it: nothing typed is lost, whatever the checks say."""
        return self._risk.replace(**self.facts.values(), **self.measures.values())

    def is_dirty(self) -> bool:
        return self.current_risk() != self._loaded

    def _typed_changes(self) -> dict[str, object]:
        current, loaded = self.current_risk(), self._loaded
        names = [*self.facts.fields, *self.measures.fields]
        return {n: getattr(current, n) for n in names if getattr(current, n) != getattr(loaded, n)}

    def _show(self, stored: Risk, keep: dict[str, object] | None = None) -> None:
        """Show the stored line (with the clerk's unsaved `keep` changes on top) and its state, log and history."""
        self._risk = stored
        self.facts.load(stored)
        self.measures.load(stored)
        self._loaded = self.current_risk()  # as the editors hold it, so an untouched form is never "changed"
        if keep:
            self.facts.load(stored.replace(**keep))
            self.measures.load(stored.replace(**keep))
        self.progress.set_risk(stored.id)
        self.history.reload(stored.id, stored.kind)
        self._update_state()
        self._update_title()

    def _on_field_changed(self, _name: str) -> None:
        self._update_title()
        self._update_state()
        self._check_timer.start()

    def _update_state(self) -> None:
        shown = self.current_risk()  # typed values, stored status: the five in place update as the clerk types
        days = self._desk.settings.settings.due_soon_days
        self.state_bar.show_risk(shown, self._desk.risks.state_of(shown), self._desk.clock.today(), days)

    def _update_title(self) -> None:
        title = self.tr("New ledger line") if self._risk.id is None else self.tr("Ledger line {no}").format(
            no=self._risk.reg_no)  # fmt: skip
        self.setWindowTitle(title + (" *" if self.is_dirty() else ""))

    def refresh_checks(self) -> None:
        self._check_timer.stop()
        self.messages.show(self._desk.risks.check(self.current_risk()))

    def _show_refusal(self, failed: ValidationFailed) -> list[str]:
        """Field messages beside their fields, a refused move in the state bar; returns every message."""
        self.state_bar.show_problems([i.message for i in failed.issues if i.field in _STATE_FIELDS])
        fields = [i for i in failed.issues if i.field not in _STATE_FIELDS]
        self._show_refused(fields, [*self.facts.fields, *self.measures.fields])
        return [i.message for i in failed.issues]

    def focus_field(self, field: str | None) -> None:
        """Show the tab holding `field` and put the cursor in it."""
        widget = self.messages.widget(field) if field else None
        if widget is None:
            return
        self.tabs.setCurrentWidget(self.facts if field in self.facts.fields else self.measures)
        if isinstance(widget, OptionalDateEdit):
            widget = widget.edit if widget.value() is not None else widget.check
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        line = widget.lineEdit() if isinstance(widget, QComboBox) else widget
        if isinstance(line, QLineEdit):
            line.selectAll()

    # --- writes -------------------------------------------------------------------------------
    def _write(self, reason: str = "") -> list[str]:
        """Save what the fields show; returns the refusal's messages (shown where they belong), or none."""
        try:
            stored = self._desk.risks.save(self.current_risk(), reason)
        except ValidationFailed as failed:
            return self._show_refusal(failed)
        assert stored.id is not None
        self.state_bar.show_problems([])
        self._show(stored)
        self.messages.show(self._desk.risks.check(stored))
        self.saved.emit(int(stored.id))
        return []

    def save(self) -> bool:
        """Save and close; a crossed-off line first asks why it is changed (the reason is audited)."""
        reason = ""
        if self._risk.status == RiskStatus.CLOSED and self.is_dirty():
            reason, ok = QInputDialog.getText(self, self.tr("Change a crossed-off line"), self.tr(
                "This line is crossed off (销号) and locked. Why is it changed?"))  # fmt: skip
            if not ok or not reason.strip():
                return False
        if self._write(reason):
            return False
        self.accept()
        return True

    def move_to(self, target: str, **fields: object) -> list[str]:
        """Move the line to `target` with what was typed; a new line is saved first. Returns refusal messages."""
        problems = self._write() if self._risk.id is None else []
        if problems:
            return problems
        assert self._risk.id is not None
        try:
            stored = self._desk.risks.move(self._risk.id, target, **self._typed_changes(), **fields)
        except ValidationFailed as failed:  # TransitionRefused: what the rules still miss
            return self._show_refusal(failed)
        assert stored.id is not None
        self.state_bar.show_problems([])
        self._show(stored)
        self.refresh_checks()
        self.saved.emit(int(stored.id))
        return []

    def cross_off(self) -> CrossOffDialog:
        dialog = CrossOffDialog(
            lambda verifier, on, conclusion: self.move_to(RiskStatus.CLOSED, verifier=verifier, verified_on=on,
                                                          verify_conclusion=conclusion),
            self._desk.clock.today(), self)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def extend(self) -> ExtendDialog:
        dialog = ExtendDialog(self._extend, self._risk.current_due, self._desk.clock.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _extend(self, new_due: date, approver: str, reason: str) -> list[str]:
        if self._risk.id is None:
            return [self.tr("Save the line first")]
        keep = self._typed_changes()
        try:
            stored = self._desk.risks.extend(self._risk.id, new_due, approver, reason)
        except ValidationFailed as failed:
            return [i.message for i in failed.issues]
        self._show(stored, keep)  # what was typed meanwhile stays on screen, still to be saved
        self.saved.emit(int(self._risk.id))
        return []

    def _after_progress(self) -> None:
        self.history.reload(self._risk.id, self._risk.kind)
        if self._risk.id is not None:
            self.saved.emit(int(self._risk.id))  # the ledger's 进展情况 column shows the latest entry

    def _discard_question(self) -> str:
        return self.tr("Discard the changes made to this line?")
