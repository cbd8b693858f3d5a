"""The window half of `officedesk --self-test` (the Qt half of services/self_test.py; app.py runs both).

Headless (offscreen unless QT_QPA_PLATFORM says otherwise): the application is set up as run_gui sets it
up (names, bundled font, translators, icon), then the main window is built on the self-test's temporary
database, shown, and every navigation page is brought up and painted; finally the PDFs the services part
made are loaded and rendered as the print preview does. The window is hidden, never closed: closing would
save the offscreen geometry and columns over the clerk's own (QSettings).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QMessageLogContext,
    QtMsgType,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtWidgets import QApplication

from officedesk.paths import bundled_font_path, resource_path
from officedesk.services.self_test import SelfTest, SelfTestFailure
from officedesk.ui.application import configure, make_application, use_bundled_font
from officedesk.ui.i18n import DEFAULT_LANGUAGE, install_translators, wanted_language

PREVIEWED = ("duty-table-pdf", "ledger-pdf", "register-pdf")
PREVIEW_DPI = 96
# Offscreen says this on every top-level show(); it is about the platform plugin, not the app (conftest.py too).
QUIET_QT_MESSAGES = ("This plugin does not support propagateSizeHints",)
# (context, source) of a text from our catalogue and one from Qt's own (qtbase_zh_CN.qm). Not written as literals
# in a translate() call: pyside6-lupdate would take them into our .ts as strings of this module.
OUR_TEXT = ("MainWindow", "OfficeDesk")
QT_OWN_TEXT = ("QPlatformTheme", "Cancel")


class WindowSelfTest:
    """Holds the QApplication between the checks (a QApplication must outlive every widget)."""

    def __init__(self) -> None:
        self.app: QApplication | None = None

    def checks(self) -> list[tuple[str, Callable[[SelfTest], str]]]:
        return [
            ("qt", self.check_application),
            ("qt-translations", self.check_translations),
            ("qt-font", self.check_font),
            ("window", self.check_window),
            ("print-preview", self.check_print_preview),
        ]

    def need_app(self) -> QApplication:
        if self.app is None:
            raise SelfTestFailure("not run: no QApplication")
        return self.app

    def check_application(self, _test: SelfTest) -> str:
        qInstallMessageHandler(_quiet_message_handler)
        app = make_application([sys.argv[0]])
        self.app = app
        configure(app)  # names, bundled font, translators and icon, as run_gui does
        if wanted_language() != DEFAULT_LANGUAGE:  # OFFICEDESK_LANG=en: still check the office's language
            install_translators(app, DEFAULT_LANGUAGE)
        sizes = app.windowIcon().availableSizes()
        if len(sizes) < 2:  # the .ico holds every size from 16 to 256 px
            raise SelfTestFailure(f"the application icon did not load from {resource_path('icons')}")
        return f"Qt {qVersion()}, platform {app.platformName()}, icon {sizes[0].width()}–{sizes[-1].width()} px"

    def check_translations(self, _test: SelfTest) -> str:
        self.need_app()
        ours = QCoreApplication.translate(*OUR_TEXT)
        if ours == OUR_TEXT[1]:
            raise SelfTestFailure(f"officedesk_{DEFAULT_LANGUAGE}.qm not loaded")
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if QCoreApplication.translate(*QT_OWN_TEXT) == QT_OWN_TEXT[1]:
            raise SelfTestFailure(f"qtbase_{DEFAULT_LANGUAGE}.qm not loaded from {qt_folder}")
        return f"officedesk_{DEFAULT_LANGUAGE}.qm (OfficeDesk → {ours}), qtbase_{DEFAULT_LANGUAGE}.qm"

    def check_font(self, _test: SelfTest) -> str:
        app = self.need_app()
        # Again, as configure() did: a PC's own CJK font would hide a bundled font that does not load.
        family = use_bundled_font(app)
        if family is None:
            raise SelfTestFailure(f"Qt cannot load the bundled font {bundled_font_path()}")
        if not QFontMetrics(app.font()).inFont("办"):
            raise SelfTestFailure(f"the application font ({family}) has no Chinese characters")
        return f"{family} is the application font, Chinese characters covered"

    def check_window(self, test: SelfTest) -> str:
        app = self.need_app()
        desk = test.need_desk()
        from officedesk.ui.main_window import MainWindow

        window = MainWindow(desk)
        try:
            window.show()
            app.processEvents()
            shown = []
            for row in range(window.nav.count()):
                window.nav.setCurrentRow(row)
                app.processEvents()
                page, name = window.pages.currentWidget(), window.nav.item(row).text()
                if page is None or not page.isVisible() or page.width() == 0 or page.height() == 0:
                    raise SelfTestFailure(f"page {row + 1} ({name}) is not shown")
                if page.grab().isNull():
                    raise SelfTestFailure(f"page {row + 1} ({name}) cannot be painted")
                shown.append(name)
            visits = window.register_view.summary().total
            lines = window.ledger_view.model.rowCount()
            if visits < 1 or lines < 1:
                raise SelfTestFailure(f"the register shows {visits} visits and the ledger {lines} lines, expected 1")
        finally:
            window.hide()  # not close(): closeEvent would save this window's state over the clerk's
            window.deleteLater()
            app.processEvents()
        return f"{len(shown)} pages shown ({'、'.join(shown)}); register {visits} visit, ledger {lines} line"

    def check_print_preview(self, test: SelfTest) -> str:
        self.need_app()
        from officedesk.ui.print_preview import PdfPages

        made = [name for name in PREVIEWED if name in test.files]
        if not made:
            raise SelfTestFailure("not run: no PDF was made")
        for name in made:
            pages = PdfPages(test.files[name].read_bytes())
            if pages.count < 1:
                raise SelfTestFailure(f"{name}: QtPdf finds no page")
            if not has_ink(pages.render(0, PREVIEW_DPI)):
                raise SelfTestFailure(f"{name}: the first page renders blank")
        return f"{', '.join(made)} rendered by QtPdf, not blank"


def has_ink(image: QImage) -> bool:
    """Whether a page image on white has any dark pixel (text or rules)."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data, width, stride = bytes(gray.constBits()), gray.width(), gray.bytesPerLine()
    # Row by row: each line is padded to 4 bytes, and the padding is not part of the picture.
    return any(min(data[y * stride : y * stride + width]) < 128 for y in range(gray.height()) if width)


def _quiet_message_handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if kind == QtMsgType.QtWarningMsg and message.startswith(QUIET_QT_MESSAGES):
        return
    print(message, file=sys.stderr)
