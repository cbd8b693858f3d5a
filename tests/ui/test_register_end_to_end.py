"""The foundation issue's story in one test: register a visit through the dialog by keyboard, find it by a
two-character and a four-character search, and see it turn red once it is overdue."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from officedesk.domain.ids import VisitId
from officedesk.domain.visits import VisitState
from officedesk.services.clock import Clock
from officedesk.services.demo_service import load_demo
from officedesk.services.desk import Desk
from officedesk.ui.dialogs.visit_dialog import VisitDialog
from officedesk.ui.models.visit_table_model import STATE_BACKGROUNDS
from officedesk.ui.views.register_view import RegisterView


def _dispose(widget: QWidget) -> None:
    """Destroy now, before its desk closes: no debounce timer may fire on a closed database."""
    widget.close()
    shiboken6.delete(widget)


def _view(desk: Desk, qtbot: Any) -> RegisterView:
    view = RegisterView(desk)
    view.resize(1200, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_register_find_and_see_overdue(tmp_path: Path, qtbot: Any, type_into: Callable[[QWidget, str], None]) -> None:
    path = tmp_path / "office.db"
    desk = Desk.open(path, Clock.fixed(datetime(2026, 11, 23, 10, 0)))
    load_demo(desk, visits=200)

    dialog = VisitDialog(desk, None)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # keyboard input needs the focus
    page = dialog.intake
    type_into(page.petitioner, "蔺琪")
    type_into(page.phone, "13912345678")
    type_into(page.requests, "要求游泳健身会所退还预付费")
    with qtbot.waitSignal(dialog.saved) as blocker:
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    vid = VisitId(blocker.args[0])

    view = _view(desk, qtbot)
    type_into(view.search_box, "蔺琪")  # two characters
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.visit_id(0) == vid
    view.search_box.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() > 1)
    type_into(view.search_box, "游泳健身")  # four characters
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.visit_id(0) == vid
    state_col = view.model.column_of("state")
    assert state_col is not None
    assert view.model.data(view.model.index(0, state_col)) == VisitState.OPEN
    _dispose(view)
    _dispose(dialog)
    desk.close()

    # 条例 第二十三条: 15日 from 11-23 is 12-08. The same file a month later: the visit is overdue and red.
    later = Desk.open(path, Clock.fixed(datetime(2026, 12, 23, 9, 0)))
    view = _view(later, qtbot)
    type_into(view.search_box, "蔺琪")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    index = view.model.index(0, state_col)
    assert view.model.data(index) == VisitState.OVERDUE
    assert view.model.data(index, Qt.ItemDataRole.BackgroundRole) == STATE_BACKGROUNDS[VisitState.OVERDUE]
    _dispose(view)
    later.close()
