"""Before a unit's ledger sheet is merged in: how its columns were understood, how many lines are new or updated.

The sending unit and the kind can be corrected here; the file is then read again. Nothing is written
until the clerk presses Import (the caller commits the plan).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officedesk.domain.risk_columns import RISK_COLUMNS_BY_KEY
from officedesk.domain.risks import RiskKind
from officedesk.services.ledger_io import LedgerImportPlan
from officedesk.ui.dialogs.risk_progress_panel import FIELD_NAMES
from officedesk.ui.widgets.button_order import tab_in_shown_order
from officedesk.ui.widgets.field_messages import error_label

Replan = Callable[[str, str], LedgerImportPlan]  # (sending unit, kind or "") → a fresh plan; raises on refusal


def _warning_text(warning: object) -> str:
    """A row's warning: a sentence, or a row problem that describes itself ("第5行「时限」：…")."""
    describe = getattr(warning, "describe", None)
    return str(describe()) if callable(describe) else str(warning)


def field_heading(name: str) -> str:
    """How a file's column is understood: the service names the ledger column; a bare field key is named too."""
    column = RISK_COLUMNS_BY_KEY.get(name)
    return column.heading if column is not None else FIELD_NAMES.get(name, name)


class LedgerImportDialog(QDialog):
    """Accepting it means "import"; `plan` is the plan to commit (re-read after a correction)."""

    def __init__(self, plan: LedgerImportPlan, replan: Replan, units: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a unit's ledger sheet"))
        self.plan = plan
        self._replan = replan
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        sent_by = {r.source_unit for r in plan.lines}
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(["", *units])
        self.unit.setCurrentText(sent_by.pop() if len(sent_by) == 1 else "")
        self.unit.setToolTip(self.tr("Lines are matched on the sending unit and its own numbers: "
                                     "importing its updated sheet again updates them"))  # fmt: skip
        self.kind = QComboBox()
        self.kind.addItem(self.tr("As the sheet says"), "")
        for kind in RiskKind.ALL:
            self.kind.addItem(kind, kind)
        self.reread_button = QPushButton(self.tr("Read again"))
        self.reread_button.setAutoDefault(False)
        self.mapping = QTableWidget(0, 2)
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Ledger column")])
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ignored = QLabel()
        self.ignored.setWordWrap(True)
        self.warnings = QListWidget()
        self.error = error_label()

        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        kind_row.addWidget(self.reread_button)
        form = QFormLayout()
        form.addRow(self.tr("Sending unit"), self.unit)
        form.addRow(self.tr("Kind of ledger"), kind_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button: QPushButton = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("How the columns were understood:")))
        layout.addWidget(self.mapping, 2)
        layout.addWidget(self.ignored)
        self.warnings_title = QLabel(self.tr("Please check afterwards:"))
        layout.addWidget(self.warnings_title)
        layout.addWidget(self.warnings, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        tab_in_shown_order(buttons)
        self.reread_button.clicked.connect(self.reread)
        self._planned_with = self._choice()
        self.show_plan(plan)
        self.resize(600, 580)

    def show_plan(self, plan: LedgerImportPlan) -> None:
        self.plan = plan
        self.summary.setText(
            self.tr("File: {file} (sheet {sheet})\nNew lines: {new}. Lines already in the ledger, updated: {updated}.")
            .format(file=plan.path.name, sheet=plan.sheet_name or "—", new=plan.new_count, updated=plan.update_count)
        )  # fmt: skip
        self.mapping.setRowCount(len(plan.column_map))
        for row, (heading, field) in enumerate(plan.column_map):
            self.mapping.setItem(row, 0, QTableWidgetItem(heading))
            self.mapping.setItem(row, 1, QTableWidgetItem(field_heading(field)))
        self.ignored.setText(
            self.tr("Not imported: {names}").format(names="、".join(plan.ignored_headings))
            if plan.ignored_headings else ""
        )  # fmt: skip
        self.ignored.setVisible(bool(plan.ignored_headings))
        self.warnings.clear()
        self.warnings.addItems([_warning_text(w) for w in plan.warnings])
        self.warnings_title.setVisible(bool(plan.warnings))
        self.warnings.setVisible(bool(plan.warnings))
        self.import_button.setEnabled(bool(plan.lines))

    def _choice(self) -> tuple[str, str]:
        return self.unit.currentText().strip(), str(self.kind.currentData() or "")

    def reread(self) -> bool:
        """Read the file again with the unit and kind as now chosen; a refusal is shown and blocks Import."""
        self._planned_with = self._choice()
        try:
            plan = self._replan(*self._planned_with)
        except Exception as e:  # ExchangeError / ImportRefused: str() names the row and the problem
            self.error.setText(str(e) or type(e).__name__)
            self.error.setVisible(True)
            self.import_button.setEnabled(False)
            return False
        self.error.setVisible(False)
        self.show_plan(plan)
        return True

    def accept(self) -> None:
        # A unit or kind changed without "Read again" would import under the old one: read first.
        if self._choice() != self._planned_with and not self.reread():
            return
        super().accept()
