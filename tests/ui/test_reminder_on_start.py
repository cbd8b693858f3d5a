"""run_gui shows the deadline reminder on every start while something is due, and never on the bench path."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from officedesk.domain.risks import Risk, RiskKind
from officedesk.services.clock import Clock
from officedesk.services.desk import Desk
from officedesk.ui.dialogs.reminder_dialog import ReminderDialog


@pytest.fixture
def db_with_overdue_line(tmp_path: Path) -> Path:
    path = tmp_path / "ledger.db"
    desk = Desk.open(path, Clock.fixed(datetime(2026, 11, 23, 10, 0)))
    desk.risks.save(Risk(kind=RiskKind.DISPUTE, found_on=date(2026, 1, 5), description="拖欠工程款纠纷",
                         due_date=date(2026, 2, 1)))  # fmt: skip
    desk.close()
    return path


def shown_reminders() -> list[ReminderDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ReminderDialog) and w.isVisible()]


def test_start_shows_the_reminder_beside_the_window(qapp: QApplication, db_with_overdue_line: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    import officedesk.ui.application as application

    monkeypatch.setattr(application, "install_translators", lambda _app: [])  # keep the session in English
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    seen: list[tuple[int, bool]] = []

    def exec_once(*_args: object) -> int:
        for dialog in shown_reminders():
            seen.append((len(dialog.targets()), dialog.isModal()))
            dialog.close()
        for window in QApplication.topLevelWidgets():
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_once)
    assert application.run_gui(db_with_overdue_line, []) == 0
    assert seen == [(1, False)]  # one overdue line; the window stays usable beside it


def test_bench_start_shows_no_reminder(
    qapp: QApplication, db_with_overdue_line: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import officedesk.ui.application as application

    monkeypatch.setattr(application, "install_translators", lambda _app: [])
    monkeypatch.setenv("OFFICEDESK_EXIT_AFTER_SHOW", "1")
    assert application.run_gui(db_with_overdue_line, []) == 0
    assert capsys.readouterr().out.strip().endswith("ms")
    assert shown_reminders() == []
    for window in QApplication.topLevelWidgets():
        window.close()
