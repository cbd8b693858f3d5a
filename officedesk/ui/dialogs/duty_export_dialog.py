"""Before the duty table leaves the desk: a row a day or a row a week (按周汇总, the 附件2 shape offices post),
and masked mobiles unless the clerk ticks "unmasked". An exported table is the final one: the service publishes
the period (past days then change only through a swap), and this says so. The layout chosen is remembered on this
PC (an office posts the same shape every time); the unmasking never is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from officedesk.ui.widgets.remembered import pc_settings

BY_WEEK_KEY = "duty/export_by_week"


@dataclass(frozen=True)
class DutyExportOptions:
    unmasked: bool
    by_week: bool = False  # a row per leader's week and per holiday instead of a row a day


class DutyExportDialog(QDialog):
    def __init__(self, first: date, last: date, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export duty table"))
        intro = QLabel(self.tr("The duty table {first} — {last} goes to {file}.").format(
            first=first.isoformat(), last=last.isoformat(), file=file_name))  # fmt: skip
        intro.setWordWrap(True)
        self.by_day = QRadioButton(self.tr("A row a &day"))
        self.by_day.setToolTip(self.tr("日期, 星期, 带班领导, 值班人员, 手机 and 备注 for every day"))
        self.by_week = QRadioButton(self.tr("A row a &week (按周汇总)"))
        self.by_week.setToolTip(self.tr("时间, 带班领导, 值班人员 and 手机: a row for each leader's week and one for "
                                        "each holiday, as offices post it"))  # fmt: skip
        layout_group = QButtonGroup(self)
        layout_group.addButton(self.by_day)
        layout_group.addButton(self.by_week)
        (self.by_week if pc_settings().value(BY_WEEK_KEY, False, type=bool) else self.by_day).setChecked(True)
        layout_row = QHBoxLayout()
        layout_row.addWidget(QLabel(self.tr("Layout:")))
        layout_row.addWidget(self.by_day)
        layout_row.addWidget(self.by_week)
        layout_row.addStretch(1)
        self.unmasked = QCheckBox(self.tr("Unmasked: full mobile numbers (recorded in the audit log)"))
        self.unmasked.setToolTip(self.tr("Without this tick the mobiles read 138****5678"))
        final = QLabel(self.tr("The exported table is the final one: the period is published, and once its days "
                               "are past they change only through a swap (调班)."))  # fmt: skip
        final.setWordWrap(True)
        final.setStyleSheet("color: #555;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(layout_row)
        layout.addWidget(self.unmasked)
        layout.addWidget(final)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.accepted.connect(lambda: pc_settings().setValue(BY_WEEK_KEY, self.by_week.isChecked()))

    def options(self) -> DutyExportOptions:
        return DutyExportOptions(unmasked=self.unmasked.isChecked(), by_week=self.by_week.isChecked())
