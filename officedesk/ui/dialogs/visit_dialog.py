"""Register or edit one petition: three tabs, live deadlines and related cases, checks beside each field.

Built for keyboard-only entry in under a minute: the first field has the focus, Tab follows the
visual order, Ctrl+S saves and Esc cancels (asking first when something was typed).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from officedesk.domain.ids import VisitId
from officedesk.domain.visit_validation import FieldIssue
from officedesk.domain.visits import Visit
from officedesk.services.desk import Desk
from officedesk.services.visit_service import ValidationFailed
from officedesk.ui.dialogs.record_dialog import RecordDialog, single_shot
from officedesk.ui.dialogs.visit_handling_page import VisitHandlingPage
from officedesk.ui.dialogs.visit_intake_page import VisitIntakePage
from officedesk.ui.dialogs.visit_progress_page import VisitProgressPage
from officedesk.ui.dialogs.visit_side_panels import DeadlinesPanel, RelatedPanel
from officedesk.ui.print_preview import show_pdf_preview
from officedesk.ui.widgets.optional_date_edit import OptionalDateEdit
from officedesk.ui.widgets.remembered import remember_geometry, remember_splitter

RELATED_DELAY_MS = 600  # the related search reads the database: wait a little longer
_RELATED_FIELDS = ("phone", "id_number", "requests")


class VisitDialog(RecordDialog):
    saved = Signal(int)  # the VisitId of the saved visit
    notes_changed = Signal(int)  # a progress note was added (the register may show it)

    def __init__(self, desk: Desk, visit_id: VisitId | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._visit: Visit = desk.visits.get(visit_id) if visit_id is not None else desk.visits.new_draft()
        self._related: VisitId | None = self._visit.related_visit_id
        self.warnings: tuple[FieldIssue, ...] = ()  # warnings of the last save, for the caller to show

        self.intake = VisitIntakePage(desk, self.messages)
        self.handling = VisitHandlingPage(desk, self.messages)
        self.progress = VisitProgressPage(desk, visit_id)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.intake, self.tr("Registration"))
        self.tabs.addTab(self.handling, self.tr("Handling"))
        self.tabs.addTab(self.progress, self.tr("Progress && history"))
        self.deadlines = DeadlinesPanel()
        self.related = RelatedPanel()
        self.print_button = QPushButton(self.tr("Print registration form…"))
        self.print_button.setToolTip(self.tr("Prints the visit as last saved"))
        self.print_button.setEnabled(visit_id is not None)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self._lay_out()

        self._related_timer = single_shot(self, RELATED_DELAY_MS, self.refresh_related)
        self.intake.load(self._visit)
        self.handling.load(self._visit)
        self._loaded = self.current_visit()
        self.intake.changed.connect(self._on_field_changed)
        self.handling.changed.connect(self._on_field_changed)
        self.related.link_changed.connect(self._set_related)
        self.progress.note_added.connect(lambda: self.notes_changed.emit(int(visit_id or 0)))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.print_button.clicked.connect(self.print_form)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self._chain_tab_order()
        self._update_title()
        self.refresh_deadlines()
        self._set_related(self._related)
        if visit_id is not None:
            self.refresh_checks()
            self.refresh_related()

    def _focus_first_field(self) -> None:
        self.tabs.setCurrentWidget(self.intake)
        self.intake.channel.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _lay_out(self) -> None:
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.deadlines)
        side_layout.addWidget(self.related, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([820, 300])
        remember_splitter(splitter, "visit_dialog")
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        for button in (self.print_button, self.save_button, self.cancel_button):
            # Enter in a field must not save half a form: saving is Ctrl+S or the button.
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.general_message)
        layout.addLayout(buttons)
        self.resize(1160, 700)
        remember_geometry(self, "visit_dialog")

    def _chain_tab_order(self) -> None:
        chain: list[QWidget] = []
        for widget in [*self.intake.tab_chain(), *self.handling.tab_chain()]:
            chain.extend([widget.check, widget.edit] if isinstance(widget, OptionalDateEdit) else [widget])
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- the visit on screen ------------------------------------------------------------------
    def current_visit(self) -> Visit:
        """The visit as the fields now show it: nothing typed is lost, whatever the checks say."""
        values = {**self.intake.values(), **self.handling.values(), "related_visit_id": self._related}
        return self._visit.replace(**values)

    def is_dirty(self) -> bool:
        return self.current_visit() != self._loaded

    def _on_field_changed(self, name: str) -> None:
        self._update_title()
        self.refresh_deadlines()
        self._check_timer.start()
        if name in _RELATED_FIELDS:
            self._related_timer.start()

    def refresh_deadlines(self) -> None:
        visit = self.current_visit()
        running = visit.closed_on is None and not visit.suspended
        self.deadlines.show_deadlines(self._desk.visits.deadlines(visit), self._desk.clock.today(), running)

    def refresh_checks(self) -> None:
        self._check_timer.stop()
        self.messages.show(self._desk.visits.check(self.current_visit()))

    def refresh_related(self) -> None:
        self._related_timer.stop()
        self.related.set_suggestions(self._desk.visits.related_suggestions(self.current_visit()))

    def _set_related(self, visit_id: object) -> None:
        self._related = VisitId(int(visit_id)) if isinstance(visit_id, int) else None
        found = self._desk.visits.fetch([self._related]) if self._related is not None else []
        self.related.set_linked(found[0].reg_no if found else None)
        self._update_title()

    def _update_title(self) -> None:
        if self._visit.id is None:
            title = self.tr("New visit")
        else:
            title = self.tr("Visit %1").replace("%1", self._visit.reg_no)
        self.setWindowTitle(title + (" *" if self.is_dirty() else ""))

    # --- actions ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save through the service; on refusal show why beside each field and keep everything typed."""
        visit = self.current_visit()
        try:
            result = self._desk.visits.save(visit)
        except ValidationFailed as failed:
            self._show_refused(failed.issues, self._field_order())
            return False
        self.warnings = result.warnings
        self.messages.show(result.warnings)
        assert result.visit.id is not None
        self._visit = result.visit
        self._loaded = self.current_visit()
        self.saved.emit(int(result.visit.id))
        self.accept()
        return True

    def focus_field(self, field: str | None) -> None:
        """Show the tab holding `field` and put the cursor in it."""
        widget = self.messages.widget(field) if field else None
        if widget is None:
            return
        page = self.intake if field in self.intake.fields or field == "subcategory" else self.handling
        self.tabs.setCurrentWidget(page)
        if isinstance(widget, OptionalDateEdit):
            widget = widget.edit if widget.value() is not None else widget.check
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        line = widget.lineEdit() if isinstance(widget, QComboBox) else None
        if line is not None:
            line.selectAll()

    def _field_order(self) -> list[str]:
        return [*self.intake.fields, *self.handling.fields]

    def print_form(self) -> None:
        if self._visit.id is None:
            return
        pdf = self._desk.output.visit_form_pdf(self._visit.id)
        show_pdf_preview(self, pdf, self.tr("Registration form %1").replace("%1", self._visit.reg_no))

    def _discard_question(self) -> str:
        return self.tr("Discard the changes made to this visit?")
