"""Start the window: QApplication, the bundled font, translations, the desk, demo data on first start."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from officedesk import APP_NAME, __version__
from officedesk.paths import bundled_font_path, default_database_path
from officedesk.services.desk import Desk
from officedesk.ui.i18n import install_translators

ORGANIZATION = "OfficeDesk"
DEMO_VISITS = 500


def use_bundled_font(app: QApplication) -> str | None:
    """Register the bundled CJK font and make it the app font at the platform's size. Returns its family.

    A fresh machine may have only Latin fonts, and Chinese then renders as boxes (PLATFORM.md).
    """
    font_id = QFontDatabase.addApplicationFont(str(bundled_font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    current = app.font()
    font = QFont(current)
    # The platform family stays as a fallback for any glyph the bundled font lacks.
    font.setFamilies([families[0], *[f for f in current.families() if f != families[0]]])
    app.setFont(font)
    return families[0]


def configure(app: QApplication) -> None:
    """Names (QSettings location), font and translators (parented to the app, so they stay installed)."""
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    use_bundled_font(app)
    install_translators(app)


def open_desk(db_path: Path | None, parent: QWidget | None = None) -> Desk | None:
    """The desk on `db_path` (or the default file), or None after telling the clerk why it cannot open."""
    path = db_path or default_database_path()
    try:
        return Desk.open(path)
    except Exception as e:  # StorageUnavailable's str() is the clerk's message; anything else is still shown
        text = QCoreApplication.translate("Application", "The data file cannot be opened:\n{path}\n\n{reason}")
        title = QCoreApplication.translate("Application", "OfficeDesk")
        QMessageBox.critical(parent, title, text.format(path=path, reason=str(e) or type(e).__name__))
        return None


def offer_demo_data(desk: Desk, parent: QWidget | None = None) -> int:
    """First start: ask whether to fill the register with marked sample visits. Returns how many were added."""
    text = QCoreApplication.translate(
        "Application",
        "This register is new and empty.\n\nLoad {count} sample visits to try the program? "
        "They are marked as demo data.",
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Application", "OfficeDesk"),
        text.format(count=DEMO_VISITS),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return 0
    from officedesk.services.demo_service import load_demo

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return load_demo(desk, visits=DEMO_VISITS)
    finally:
        QApplication.restoreOverrideCursor()


def _seconds_since_process_start() -> float:
    """Start-up including the interpreter and imports (Linux: /proc, 10 ms resolution)."""
    try:
        with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as f:
            ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return uptime - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):  # elsewhere: count from the first import of this module
        return time.time() - _MODULE_LOADED


_MODULE_LOADED = time.time()


def run_gui(db_path: Path | None, argv: list[str]) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    configure(app)
    desk = open_desk(db_path)
    if desk is None:
        return 1
    try:
        if desk.is_new:
            offer_demo_data(desk)
        from officedesk.ui.main_window import MainWindow, app_icon

        app.setWindowIcon(app_icon())
        window = MainWindow(desk)
        window.show()
        if os.environ.get("OFFICEDESK_EXIT_AFTER_SHOW"):
            # bench/: start-up to a shown window, measured from process start.
            app.processEvents()
            print(f"{_seconds_since_process_start() * 1000:.0f} ms", flush=True)
            return 0
        window.ledger_actions.show_reminders()  # every start: what is overdue or due soon (non-modal)
        return app.exec()
    finally:
        desk.close()
