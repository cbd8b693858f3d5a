"""Start the window: QApplication (high-DPI policy first), the bundled font, translations, the desk, and the
set-up wizard on first start (its last page offers demo data)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QStyle, QWidget

from officedesk import APP_NAME, __version__
from officedesk.paths import bundled_font_path, default_database_path, resource_path
from officedesk.services.desk import Desk
from officedesk.ui.i18n import install_translators
from officedesk.ui.single_instance import lock_database

ORGANIZATION = "OfficeDesk"


def make_application(argv: list[str]) -> QApplication:
    """The one QApplication. The high-DPI policy must be set before it exists (Qt 6 reads it at construction)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # 125 % and 150 % displays (common on office laptops) scale by exactly that, not rounded to 100 % or 200 %:
    # text and icons keep their size. Qt 6's default, stated so that no platform default changes it.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    return QApplication([sys.argv[0], *argv])


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


def app_icon() -> QIcon:
    """The application icon: the multi-size .ico (sharp at 16–256 px; the .exe carries the same one), else the
    PNG, else a standard icon."""
    for name in ("officedesk.ico", "officedesk.png"):
        icon = QIcon(str(resource_path("icons", name)))
        if not icon.isNull():
            return icon
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DesktopIcon)


def configure(app: QApplication) -> None:
    """Names (QSettings location), font, translators (parented to the app, so they stay installed) and the icon
    (set here, so the first-start dialogs carry it too)."""
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    use_bundled_font(app)
    install_translators(app)
    app.setWindowIcon(app_icon())


def open_desk(db_path: Path | None, parent: QWidget | None = None) -> Desk | None:
    """The desk on `db_path` (or the default file), or None after telling the clerk why it cannot open."""
    path = db_path or default_database_path()
    try:
        return Desk.open(path)
    except Exception as e:  # StorageUnavailable's str() is the clerk's message; anything else is still shown
        from officedesk.ui.backup_actions import offer_restore_if_damaged

        restored = offer_restore_if_damaged(path, e, parent)  # damaged: offer the newest good backup (D2)
        if restored is not None:
            return restored
        text = QCoreApplication.translate("Application", "The data file cannot be opened:\n{path}\n\n{reason}")
        title = QCoreApplication.translate("Application", "OfficeDesk")
        QMessageBox.critical(parent, title, text.format(path=path, reason=str(e) or type(e).__name__))
        return None


def run_setup(desk: Desk, parent: QWidget | None = None) -> bool:
    """First start: the set-up wizard (office, units, staff, deadlines, backups, demo data). True when finished,
    False when skipped (the defaults stay; everything is in Settings)."""
    from officedesk.ui.dialogs.setup_wizard import SetupWizard

    wizard = SetupWizard(desk, parent)
    return wizard.exec() == QDialog.DialogCode.Accepted


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
    app = make_application(argv)
    configure(app)
    instance_lock = lock_database(db_path or default_database_path())  # C1: one window per data file
    if instance_lock is None:
        return 1
    desk = open_desk(db_path)
    if desk is None:
        instance_lock.unlock()
        return 1
    try:
        if desk.is_new and not os.environ.get("OFFICEDESK_EXIT_AFTER_SHOW"):
            run_setup(desk)
        from officedesk.ui.main_window import MainWindow

        window = MainWindow(desk)
        window.show()
        if os.environ.get("OFFICEDESK_EXIT_AFTER_SHOW"):
            # bench/: start-up to a shown window, measured from process start.
            app.processEvents()
            print(f"{_seconds_since_process_start() * 1000:.0f} ms", flush=True)
            return 0
        window.ledger_actions.show_reminders()  # every start: what is overdue or due soon (non-modal)
        window.backup_actions.backup_on_start()  # at most one a day; its result (a failure too) in the status line
        return app.exec()
    finally:
        desk.close()
        instance_lock.unlock()
