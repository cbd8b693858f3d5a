"""Before an import writes anything: how the file's columns were understood, and how many visits it adds."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from officedesk.domain.visit_columns import COLUMNS_BY_KEY
from officedesk.services.visit_import import ImportPlan
from officedesk.ui.widgets.button_order import tab_in_shown_order


def _field_heading(name: str) -> str:
    column = COLUMNS_BY_KEY.get(name)
    return column.heading if column else name


class ImportPreviewDialog(QDialog):
    """Accepting it means "import"; the caller then commits the plan."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import visits"))
        new = len(plan.visits) - len(plan.already_present)
        summary = QLabel(
            self.tr("File: {file} (sheet {sheet})\nVisits to add: {new}. Already in the register, skipped: {skipped}.")
            .format(file=plan.path.name, sheet=plan.sheet_name or "—", new=new, skipped=len(plan.already_present)),
            self,
        )  # fmt: skip
        summary.setWordWrap(True)

        mapping = QTableWidget(len(plan.column_map), 2, self)
        mapping.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Register column")])
        mapping.verticalHeader().setVisible(False)
        mapping.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (heading, field) in enumerate(plan.column_map):
            mapping.setItem(row, 0, QTableWidgetItem(heading))
            mapping.setItem(row, 1, QTableWidgetItem(_field_heading(field)))
        mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(QLabel(self.tr("How the columns were understood:"), self))
        layout.addWidget(mapping, 2)
        if plan.ignored_headings:
            ignored = QLabel(self.tr("Not imported: {names}").format(names="、".join(plan.ignored_headings)), self)
            ignored.setWordWrap(True)
            layout.addWidget(ignored)
        if plan.warnings:
            layout.addWidget(QLabel(self.tr("Please check afterwards:"), self))
            warnings = QListWidget(self)
            warnings.addItems(list(plan.warnings))
            layout.addWidget(warnings, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(new > 0)  # nothing new: importing would only add an audit line
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        tab_in_shown_order(buttons)
        self.resize(560, 520)
