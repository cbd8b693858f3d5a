"""The "Registration" tab: who came, how, when and what for (信访工作条例 第十九条; DOMAIN.md §4.1 columns 2–15)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from officedesk.domain.visits import ANONYMOUS, CHANNELS, MATTER_TYPES, Category, Visit
from officedesk.services.desk import Desk
from officedesk.ui.widgets.field_binding import changed_signal, read, write
from officedesk.ui.widgets.field_messages import FieldMessages
from officedesk.ui.widgets.form_grid import FormGrid
from officedesk.ui.widgets.optional_date_edit import FieldDateTimeEdit


def combo(items: tuple[str, ...] | list[str], *, editable: bool = False, empty: bool = False) -> QComboBox:
    box = QComboBox()
    box.setEditable(editable)
    if empty:
        box.addItem("")
    box.addItems(list(items))
    if editable:
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.setCurrentText("")
    return box


def text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    # Tab must move on to the next field: registration is done from the keyboard.
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class VisitIntakePage(QWidget):
    """Registration fields; `fields` maps each Visit field name to its editor, in Tab order."""

    changed = Signal(str)  # the Visit field name

    def __init__(self, desk: Desk, messages: FieldMessages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._categories: list[Category] = desk.settings.categories()

        self.channel = combo(CHANNELS)
        self.received_at = FieldDateTimeEdit()
        self.received_at.setCalendarPopup(True)
        self.received_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.people_count = QSpinBox()
        self.people_count.setRange(1, 9999)
        self.group_mark = QLabel(self.tr("Group visit"))
        self.group_mark.setStyleSheet("color: white; background: #b23c17; border-radius: 3px; padding: 1px 6px;")
        self.group_mark.setVisible(False)
        self.petitioner = QLineEdit()
        self.anonymous = QCheckBox(self.tr("Anonymous"))
        self.anonymous.setToolTip(self.tr("The petitioner does not give a name: records %1").replace("%1", ANONYMOUS))
        self.phone = QLineEdit()
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("optional"))
        self.address = QLineEdit()
        self.locality = combo([], editable=True)
        self.category = combo([c.name for c in self._categories], editable=True, empty=True)
        self.subcategory = combo([], editable=True)
        self.matter_type = combo(MATTER_TYPES)
        self.facts = text_box(3)
        self.requests = text_box(3)
        self.receiver = QLineEdit()
        self.receiving_leader = QLineEdit()
        self.external_ref = QLineEdit()
        self.external_ref.setPlaceholderText(self.tr("petition system no., 12345 ticket, transfer document no."))

        self.fields: dict[str, QWidget] = {
            "channel": self.channel,
            "received_at": self.received_at,
            "people_count": self.people_count,
            "petitioner": self.petitioner,
            "phone": self.phone,
            "id_number": self.id_number,
            "address": self.address,
            "locality": self.locality,
            "category": self.category,
            "subcategory": self.subcategory,
            "matter_type": self.matter_type,
            "facts": self.facts,
            "requests": self.requests,
            "receiver": self.receiver,
            "receiving_leader": self.receiving_leader,
            "external_ref": self.external_ref,
        }
        self._lay_out(messages)
        self.category.currentTextChanged.connect(self._fill_subcategories)
        self.people_count.valueChanged.connect(self._update_group_mark)
        self.anonymous.toggled.connect(self._on_anonymous)
        self.petitioner.textChanged.connect(lambda text: self._sync_anonymous(text))
        for name, widget in self.fields.items():
            changed_signal(widget).connect(lambda *_args, n=name: self.changed.emit(n))

    def _lay_out(self, messages: FieldMessages) -> None:
        grid = FormGrid(messages, columns=2)
        grid.add(self.tr("Channel"), self.channel, "channel")
        grid.add(self.tr("Received"), self.received_at, "received_at")
        grid.add(self.tr("People"), _row(self.people_count, self.group_mark), "people_count", editor=self.people_count)
        grid.add(self.tr("Petitioner"), _row(self.petitioner, self.anonymous), "petitioner", editor=self.petitioner)
        grid.add(self.tr("Phone"), self.phone, "phone")
        grid.add(self.tr("ID number"), self.id_number, "id_number")
        grid.add(self.tr("Address or employer"), self.address, "address")
        grid.add(self.tr("Issue locality"), self.locality, "locality")
        grid.add(self.tr("Category"), _row(self.category, self.subcategory, stretch=True), ("category", "subcategory"),
                 editor=self.category)  # fmt: skip
        grid.add(self.tr("Matter type"), self.matter_type, "matter_type")
        grid.add(self.tr("Main facts"), self.facts, "facts", wide=True, grow=True)
        grid.add(self.tr("Requests"), self.requests, "requests", wide=True, grow=True)
        grid.add(self.tr("Receiver"), self.receiver, "receiver")
        grid.add(self.tr("Receiving leader"), self.receiving_leader, "receiving_leader")
        grid.add(self.tr("External reference"), self.external_ref, "external_ref", wide=True)
        # The message of the subcategory shows under the pair, and focusing it means its own combo.
        messages.register("subcategory", self.subcategory, messages.label("category"))
        outer = QVBoxLayout(self)
        outer.addLayout(grid)

    # --- values -------------------------------------------------------------------------------
    def tab_chain(self) -> list[QWidget]:
        """The editors in Tab order (the Anonymous box right after the name it fills in)."""
        chain = list(self.fields.values())
        chain.insert(chain.index(self.petitioner) + 1, self.anonymous)
        return chain

    def load(self, visit: Visit) -> None:
        for name, widget in self.fields.items():
            write(widget, getattr(visit, name))
        self._update_group_mark()

    def values(self) -> dict[str, object]:
        return {name: read(widget) for name, widget in self.fields.items()}

    # --- behaviour ----------------------------------------------------------------------------
    def _update_group_mark(self) -> None:
        # 集体访 threshold is a setting (default ≥ 5; 条例 第二十条 names 5 representatives).
        group = self._desk.settings.settings.is_group(self.people_count.value())
        self.group_mark.setVisible(group)

    def _fill_subcategories(self, name: str) -> None:
        typed = self.subcategory.currentText()
        children = next((c.children for c in self._categories if c.name == name), ())
        self.subcategory.blockSignals(True)
        self.subcategory.clear()
        self.subcategory.addItems(["", *children])
        self.subcategory.setCurrentText(typed if typed in children else "")
        self.subcategory.blockSignals(False)
        if typed != self.subcategory.currentText():
            self.changed.emit("subcategory")

    def _on_anonymous(self, on: bool) -> None:
        if on:
            self.petitioner.setText(ANONYMOUS)
        elif self.petitioner.text() == ANONYMOUS:
            self.petitioner.clear()
        self.petitioner.setReadOnly(on)

    def _sync_anonymous(self, text: str) -> None:
        anonymous = text == ANONYMOUS
        if self.anonymous.isChecked() != anonymous:
            self.anonymous.blockSignals(True)
            self.anonymous.setChecked(anonymous)
            self.anonymous.blockSignals(False)
            self.petitioner.setReadOnly(anonymous)


def _row(*widgets: QWidget, stretch: bool = False) -> QWidget:
    """Widgets side by side; the first takes the room unless `stretch` shares it equally."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    for i, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if stretch or i == 0 else 0)
    return box
