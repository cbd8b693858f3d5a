"""The "Responsibility" tab of a ledger line: 责任与措施, 挂牌督办, and the result (DOMAIN §4.2/§4.3)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLineEdit, QVBoxLayout, QWidget

from officedesk.domain.risks import RESULTS, SUPERVISION_LEVELS, Risk
from officedesk.services.desk import Desk
from officedesk.ui.dialogs.visit_intake_page import combo, text_box
from officedesk.ui.widgets.field_binding import changed_signal, read, write
from officedesk.ui.widgets.field_messages import FieldMessages
from officedesk.ui.widgets.form_grid import FormGrid
from officedesk.ui.widgets.optional_date_edit import OptionalDateEdit


def _optional_date(desk: Desk) -> OptionalDateEdit:
    edit = OptionalDateEdit()
    edit.setDefaultDate(desk.clock.today())
    return edit


class RiskMeasuresPage(QWidget):
    """Who owns the line, what is done and by when; `fields` maps Risk field names to editors in Tab order."""

    changed = Signal(str)  # the Risk field name

    def __init__(self, desk: Desk, messages: FieldMessages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        units = sorted({*desk.settings.units(), *desk.risks.choices("responsible_unit")})
        self.lead_leader = combo(desk.risks.choices("lead_leader"), editable=True)
        self.responsible_unit = combo(units, editable=True)
        self.responsible_person = QLineEdit()
        self.responsible_phone = QLineEdit()
        self.measures = text_box(3)
        self.funds = QLineEdit()
        self.funds.setPlaceholderText(self.tr("in 10,000 yuan (万元), as written"))
        self.due_date = _optional_date(desk)
        self.interim_controls = text_box(2)
        self.supervision_level = combo(SUPERVISION_LEVELS, empty=True)
        self.supervision_doc_no = QLineEdit()
        self.supervision_on = _optional_date(desk)
        self.completed_on = _optional_date(desk)
        self.result = combo(RESULTS, empty=True)
        self.remarks = QLineEdit()
        self.fields: dict[str, QWidget] = {
            "lead_leader": self.lead_leader,
            "responsible_unit": self.responsible_unit,
            "responsible_person": self.responsible_person,
            "responsible_phone": self.responsible_phone,
            "measures": self.measures,
            "funds": self.funds,
            "due_date": self.due_date,
            "interim_controls": self.interim_controls,
            "supervision_level": self.supervision_level,
            "supervision_doc_no": self.supervision_doc_no,
            "supervision_on": self.supervision_on,
            "completed_on": self.completed_on,
            "result": self.result,
            "remarks": self.remarks,
        }
        self._lay_out(messages)
        for name, widget in self.fields.items():
            changed_signal(widget).connect(lambda *_args, n=name: self.changed.emit(n))

    def _lay_out(self, messages: FieldMessages) -> None:
        owners = QGroupBox(self.tr("Responsibility and measures (责任与措施)"))
        grid = FormGrid(messages, columns=2, parent=owners)
        grid.add(self.tr("Lead leader"), self.lead_leader, "lead_leader")
        grid.add(self.tr("Responsible unit"), self.responsible_unit, "responsible_unit")
        grid.add(self.tr("Responsible person"), self.responsible_person, "responsible_person")
        grid.add(self.tr("Phone"), self.responsible_phone, "responsible_phone")
        grid.add(self.tr("Measures"), self.measures, "measures", wide=True, grow=True)
        grid.add(self.tr("Funds"), self.funds, "funds")
        grid.add(self.tr("Deadline"), self.due_date, ("due_date", "extended_due"), editor=self.due_date)
        grid.add(self.tr("Interim controls / plan"), self.interim_controls, "interim_controls", wide=True, grow=True)

        supervision = QGroupBox(self.tr("Listed supervision (挂牌督办)"))
        sgrid = FormGrid(messages, columns=3, parent=supervision)
        sgrid.add(self.tr("Level"), self.supervision_level, "supervision_level")
        sgrid.add(self.tr("Document no."), self.supervision_doc_no, "supervision_doc_no")
        sgrid.add(self.tr("Date"), self.supervision_on, "supervision_on")

        outcome = QGroupBox(self.tr("Outcome"))
        ogrid = FormGrid(messages, columns=3, parent=outcome)
        ogrid.add(self.tr("Work done on"), self.completed_on, "completed_on")
        ogrid.add(self.tr("Result"), self.result, "result")
        ogrid.add(self.tr("Remarks"), self.remarks, "remarks")

        layout = QVBoxLayout(self)
        layout.addWidget(owners, 1)
        layout.addWidget(supervision)
        layout.addWidget(outcome)

    # --- values -------------------------------------------------------------------------------
    def tab_chain(self) -> list[QWidget]:
        return list(self.fields.values())

    def load(self, risk: Risk) -> None:
        for name, widget in self.fields.items():
            write(widget, getattr(risk, name))

    def values(self) -> dict[str, object]:
        return {name: read(widget) for name, widget in self.fields.items()}
