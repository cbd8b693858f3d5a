"""The "Handling" tab: disposition, acceptance, reply, extension, follow-up, reviews, closing.

Grouped as the procedure runs (信访工作条例 第二十三、三十二、三十四至三十六条; DOMAIN.md §4.1 columns 16–28).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from officedesk.domain.visits import DISPOSITIONS, FOLLOWUP_WAYS, REPLY_WAYS, RESULTS, SATISFACTION, SETTLED, Visit
from officedesk.services.desk import Desk
from officedesk.ui.dialogs.visit_intake_page import combo, text_box
from officedesk.ui.widgets.field_binding import changed_signal, read, write
from officedesk.ui.widgets.field_messages import FieldMessages
from officedesk.ui.widgets.form_grid import FormGrid
from officedesk.ui.widgets.optional_date_edit import OptionalDateEdit

# The spin box goes past the legal limit on purpose: an over-long extension gets the validation's
# sentence citing 第三十四条 (≤ 30日, a setting) instead of a keystroke silently swallowed.
_EXTENSION_SPIN_MAX = 365


class VisitHandlingPage(QWidget):
    """Handling fields; `fields` maps each Visit field name to its editor, in Tab order."""

    changed = Signal(str)  # the Visit field name

    def __init__(self, desk: Desk, messages: FieldMessages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = desk.clock.today()

        def day() -> OptionalDateEdit:
            edit = OptionalDateEdit()
            edit.setDefaultDate(today)
            return edit

        self.disposition = combo(DISPOSITIONS, empty=True)
        self.handling_unit = combo(desk.visits.handling_units(), editable=True)
        self.handling_person = QLineEdit()
        self.accepted_on = day()
        self.accept_notified_on = day()
        self.reply_on = day()
        self.reply_way = combo(REPLY_WAYS, empty=True)
        self.reply_doc_no = QLineEdit()
        self.result = combo(RESULTS, empty=True)
        self.extension_days = QSpinBox()
        self.extension_days.setRange(0, _EXTENSION_SPIN_MAX)
        self.extension_days.setSuffix(self.tr(" days"))
        self.extension_days.setSpecialValueText(self.tr("none"))
        self.extension_approver = QLineEdit()
        self.extension_reason = QLineEdit()
        self.extension_notified_on = day()
        self.followup_on = day()
        self.followup_way = combo(FOLLOWUP_WAYS, empty=True)
        self.followup_by = QLineEdit()
        self.satisfaction = combo(SATISFACTION, empty=True)
        self.followup_missing_reason = QLineEdit()
        self.review_requested_on = day()
        self.review_result = QLineEdit()
        self.recheck_requested_on = day()
        self.recheck_result = QLineEdit()
        self.settled = combo(SETTLED, empty=True)
        self.closed_on = day()
        self.suspended = QCheckBox(self.tr("Suspended"))
        self.remarks = text_box(2)

        self.fields: dict[str, QWidget] = {}
        groups = [
            (self.tr("Acceptance (§23)"), [
                (self.tr("Disposition"), "disposition"), (self.tr("Handling unit"), "handling_unit"),
                (self.tr("Handled by"), "handling_person"), (self.tr("Accepted on"), "accepted_on"),
                (self.tr("Acceptance notice"), "accept_notified_on"),
            ]),
            (self.tr("Reply (§32)"), [
                (self.tr("Replied on"), "reply_on"), (self.tr("Reply by"), "reply_way"),
                (self.tr("Document no."), "reply_doc_no"), (self.tr("Result"), "result"),
            ]),
            (self.tr("Extension (§34)"), [
                (self.tr("Extended by"), "extension_days"), (self.tr("Approved by"), "extension_approver"),
                (self.tr("Reason"), "extension_reason"), (self.tr("Petitioner told on"), "extension_notified_on"),
            ]),
            (self.tr("Follow-up visit"), [
                (self.tr("Followed up on"), "followup_on"), (self.tr("How"), "followup_way"),
                (self.tr("By"), "followup_by"), (self.tr("Satisfaction"), "satisfaction"),
                (self.tr("Why no follow-up"), "followup_missing_reason"),
            ]),
            (self.tr("Review (§35) and re-check (§36)"), [
                (self.tr("Review requested"), "review_requested_on"), (self.tr("Review result"), "review_result"),
                (self.tr("Re-check requested"), "recheck_requested_on"),
                (self.tr("Re-check result"), "recheck_result"),
            ]),
            (self.tr("Closing"), [
                (self.tr("Petitioner settled"), "settled"), (self.tr("Closed on"), "closed_on"),
                (self.tr("State"), "suspended"), (self.tr("Remarks"), "remarks"),
            ]),
        ]  # fmt: skip
        self._lay_out(groups, messages)
        for name, widget in self.fields.items():
            changed_signal(widget).connect(lambda *_args, n=name: self.changed.emit(n))

    def _lay_out(self, groups: list[tuple[str, list[tuple[str, str]]]], messages: FieldMessages) -> None:
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setContentsMargins(4, 4, 4, 4)
        for i, (title, rows) in enumerate(groups):
            box = QGroupBox(title)
            form = FormGrid(messages, columns=1)
            for text, name in rows:
                widget: QWidget = getattr(self, name)
                form.add(text, widget, name)
                self.fields[name] = widget
            form.finish()
            box.setLayout(form)
            # Two columns of groups, read (and tabbed through) row by row.
            grid.addWidget(box, i // 2, i % 2)
        grid.setRowStretch(len(groups) // 2 + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def tab_chain(self) -> list[QWidget]:
        return list(self.fields.values())

    def load(self, visit: Visit) -> None:
        for name, widget in self.fields.items():
            write(widget, getattr(visit, name))

    def values(self) -> dict[str, object]:
        return {name: read(widget) for name, widget in self.fields.items()}
