"""The "Facts" tab of a ledger line: 基本情况 as the paper ledger has it, and what the line is linked to."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from officedesk.domain.risk_rules import levels_for
from officedesk.domain.risks import SOURCES, Risk, RiskKind
from officedesk.services.desk import Desk
from officedesk.ui.dialogs.visit_intake_page import combo, text_box
from officedesk.ui.widgets.field_binding import changed_signal, read, write
from officedesk.ui.widgets.field_messages import FieldMessages
from officedesk.ui.widgets.form_grid import FormGrid
from officedesk.ui.widgets.optional_date_edit import FieldDateEdit, OptionalDateEdit


class DateField(FieldDateEdit):
    """A date that must be set (排查日期); field_binding knows only date-times and optional dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")

    def value(self) -> date:
        d = self.date()
        return date(d.year(), d.month(), d.day())

    def setValue(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))


class RiskFactsPage(QWidget):
    """基本情况 (DOMAIN §4.2/§4.3); `fields` maps each Risk field name to its editor, in Tab order."""

    changed = Signal(str)  # the Risk field name

    def __init__(self, desk: Desk, messages: FieldMessages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.kind = combo(RiskKind.ALL)
        self.found_on = DateField()
        self.source = combo(SOURCES, editable=True)
        self.checker = QLineEdit()
        self.checked_unit = combo(desk.risks.choices("checked_unit"), editable=True)
        self.place = QLineEdit()
        self.description = text_box(4)
        self.category = combo(desk.risks.choices("category"), editable=True)
        self.level = combo([])
        self.basis = QLineEdit()
        self.basis.setPlaceholderText(self.tr("e.g. 应急管理部令第10号 第X条"))
        self.people_involved = QSpinBox()
        self.people_involved.setRange(0, 99999)
        self.people_involved.setSpecialValueText(self.tr("none"))
        self.fields: dict[str, QWidget] = {
            "kind": self.kind,
            "found_on": self.found_on,
            "source": self.source,
            "checker": self.checker,
            "checked_unit": self.checked_unit,
            "place": self.place,
            "description": self.description,
            "category": self.category,
            "level": self.level,
            "basis": self.basis,
            "people_involved": self.people_involved,
        }
        self.origin = QLabel()  # 关联: the visit it came from, the unit's sheet it came in on (read-only)
        self.origin.setWordWrap(True)
        self.origin.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lay_out(messages)
        self.kind.currentTextChanged.connect(self._fill_levels)
        for name, widget in self.fields.items():
            signal = widget.dateChanged if isinstance(widget, DateField) else changed_signal(widget)
            signal.connect(lambda *_args, n=name: self.changed.emit(n))

    def _lay_out(self, messages: FieldMessages) -> None:
        facts = QGroupBox(self.tr("Basic facts (基本情况)"))
        grid = FormGrid(messages, columns=2, parent=facts)
        grid.add(self.tr("Kind"), self.kind, "kind")
        grid.add(self.tr("Found on"), self.found_on, "found_on")
        grid.add(self.tr("Source"), self.source, "source")
        grid.add(self.tr("Checked by"), self.checker, "checker")
        grid.add(self.tr("Checked unit"), self.checked_unit, "checked_unit")
        grid.add(self.tr("Place"), self.place, "place")
        grid.add(self.tr("Description"), self.description, "description", wide=True, grow=True)
        grid.add(self.tr("Category"), self.category, "category")
        grid.add(self.tr("Level"), self.level, "level")
        grid.add(self.tr("Basis of the level"), self.basis, "basis")
        grid.add(self.tr("People involved"), self.people_involved, "people_involved")
        links = QGroupBox(self.tr("Links (关联)"))
        links_layout = QVBoxLayout(links)
        links_layout.addWidget(self.origin)
        layout = QVBoxLayout(self)
        layout.addWidget(facts, 1)
        layout.addWidget(links)

    def _fill_levels(self, kind: str) -> None:
        """The level list follows the kind: 一般/重大 for hazards, 高/中/低 for disputes and petition risks."""
        keep = self.level.currentText()
        levels = ["", *levels_for(kind)]
        self.level.blockSignals(True)
        self.level.clear()
        self.level.addItems(levels)
        self.level.setCurrentIndex(levels.index(keep) if keep in levels else 0)
        self.level.blockSignals(False)
        if keep != self.level.currentText():
            self.changed.emit("level")

    # --- values -------------------------------------------------------------------------------
    def tab_chain(self) -> list[QWidget]:
        return list(self.fields.values())

    def load(self, risk: Risk) -> None:
        self._fill_levels(risk.kind)
        for name, widget in self.fields.items():
            if isinstance(widget, DateField):
                widget.setValue(getattr(risk, name))
            else:
                write(widget, getattr(risk, name))
        self.origin.setText(self._origin(risk) or self.tr("Not linked to a visit or a unit's sheet."))

    def _origin(self, risk: Risk) -> str:
        parts = []
        found = self._desk.visits.fetch([risk.related_visit_id]) if risk.related_visit_id is not None else []
        for v in found:
            parts.append(self.tr("From visit {no} of {day}: {requests}").format(
                no=v.reg_no, day=v.received_at.date().isoformat(), requests=v.requests))  # fmt: skip
        if risk.source_unit:
            parts.append(self.tr("From the sheet of {unit}, their No. {no}").format(
                unit=risk.source_unit, no=risk.source_no or "—"))  # fmt: skip
        return "\n".join(parts)

    def values(self) -> dict[str, object]:
        return {name: w.value() if isinstance(w, DateField) else read(w) for name, w in self.fields.items()}


def chain_widgets(widgets: list[QWidget]) -> list[QWidget]:
    """Tab stops of a list of editors: an optional date is two (its box, then its date)."""
    out: list[QWidget] = []
    for widget in widgets:
        out.extend([widget.check, widget.edit] if isinstance(widget, OptionalDateEdit) else [widget])
    return out
