"""What the PC remembers between sessions (QSettings): splitters and dialog sizes; table columns and the main
window are covered with their views (test_register_view, test_main_window)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from officedesk.services.desk import Desk
from officedesk.ui.dialogs.risk_dialog import RiskDialog
from officedesk.ui.dialogs.settings_dialog import SettingsDialog
from officedesk.ui.dialogs.visit_dialog import VisitDialog
from officedesk.ui.views.ledger_view import LedgerView
from officedesk.ui.widgets.remembered import pc_settings


def test_ledger_splitter_is_remembered(qtbot: QtBot, desk: Desk) -> None:
    view = LedgerView(desk)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.splitter.setSizes([400, 600])
    view.splitter.splitterMoved.emit(400, 1)  # as a drag by the clerk ends
    assert pc_settings().contains("ledger/splitter")
    again = LedgerView(desk)
    qtbot.addWidget(again)
    again.resize(1000, 600)
    again.show()
    assert again.splitter.sizes()[0] == view.splitter.sizes()[0]


def test_dialog_sizes_are_remembered(qtbot: QtBot, desk: Desk) -> None:
    makers = ((lambda: VisitDialog(desk, None), "visit_dialog"), (lambda: RiskDialog(desk, None), "risk_dialog"),
              (lambda: SettingsDialog(desk), "settings_dialog"))  # fmt: skip
    for make, key in makers:
        dialog: QDialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.resize(780, 560)  # within the offscreen screen (800×600): a restored size is kept on screen
        size = dialog.size()
        dialog.done(QDialog.DialogCode.Rejected)
        assert pc_settings().contains(f"{key}/geometry"), key
        again = make()
        qtbot.addWidget(again)
        # A dialog wider than the screen is kept on it by a few pixels (the risk dialog's minimum is 801 px).
        assert abs(again.width() - size.width()) <= 4 and again.height() == size.height(), key
