"""The README's screenshots: the real widgets in Chinese, on the demo data the first-start wizard offers.

Every screenshot is written under tmp_path. With OFFICEDESK_UPDATE_SCREENSHOTS=1 (`make screenshots`) it is also
written to docs/screenshots/, which the README shows; the normal suite never touches the project tree.

The translation is compiled from resources/i18n/officedesk_zh_CN.ts into tmp_path first (pyside6-lrelease, as
`make` does), so the screenshots show the current translations even before `make` has rebuilt the .qm. Texts that
still look English are listed in tmp_path/english.txt and printed (`make screenshots` shows them); not failures.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from array import array
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from officedesk.domain.ids import RiskId, VisitId
from officedesk.domain.risks import RiskFilter, RiskKind, RiskStatus
from officedesk.domain.visits import VisitFilter
from officedesk.services.clock import Clock
from officedesk.services.demo_service import load_demo, load_demo_duty, load_demo_risks
from officedesk.services.desk import Desk
from officedesk.services.setup_service import DEMO_RISKS, DEMO_VISITS
from officedesk.ui import i18n
from officedesk.ui.dialogs.backup_dialog import RestoreDialog
from officedesk.ui.dialogs.risk_dialog import RiskDialog
from officedesk.ui.dialogs.settings_dialog import SettingsDialog
from officedesk.ui.dialogs.settings_pages import DeadlinesPage
from officedesk.ui.dialogs.setup_wizard import SetupWizard
from officedesk.ui.dialogs.visit_dialog import VisitDialog
from officedesk.ui.main_window import PAGE_DUTY, PAGE_LEDGER, PAGE_REGISTER, MainWindow
from officedesk.ui.print_preview import PdfPreviewDialog

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "officedesk_zh_CN.ts"
DOCS = ROOT / "docs" / "screenshots"
UPDATE_ENV = "OFFICEDESK_UPDATE_SCREENSHOTS"
NOW = datetime(2026, 11, 23, 10, 0)  # the suite's fixed day (tests/conftest.py)
WINDOW = (1280, 800)
SPRING_FESTIVAL_WEEK = date(2026, 2, 16)  # 春节 2026: 2-15 … 2-23
MAX_BYTES = 300_000
# Where a clerk's automatic backups are on Windows (`backups` beside the default data file): the restore dialog's label
# shows it instead of the test's temporary folder, which would mean nothing to the reader.
WINDOWS_BACKUPS = Path(r"C:\Users\办公室\AppData\Local\OfficeDesk\backups")
CJK = re.compile(r"[\u3400-\u9fff]")
# Latin words that stay Latin in the Chinese interface.
LATIN_OK = {"OfficeDesk", "Excel", "WPS", "PDF", "xlsx", "csv", "Ctrl", "Shift", "Enter", "USB", "ISO", "SQLite"}

Shot = Callable[[QWidget, str, tuple[int, int]], Path]


@pytest.fixture
def chinese(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The Chinese interface as the clerk gets it: the app's translation, built from the .ts now, and Qt's own,
    installed by the app's own install_translators; removed (and the locale restored) afterwards."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(TS), "-qm", str(folder / "officedesk_zh_CN.qm")], check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    monkeypatch.setattr(i18n, "resource_path", lambda *parts: folder.joinpath(*parts[1:]))
    locale = QLocale()
    translators: list[QTranslator] = i18n.install_translators(qapp, "zh_CN")
    assert len(translators) == 2, "officedesk_zh_CN.qm and Qt's qtbase_zh_CN.qm"
    try:
        yield
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)


@pytest.fixture
def office(tmp_path: Path, chinese: None, cjk_font: str) -> Iterator[Desk]:
    """The demo data the first-start wizard loads (visits, ledger lines, the duty year) in `officedesk.db`."""
    (tmp_path / "OfficeDesk").mkdir()
    desk = Desk.open(tmp_path / "OfficeDesk" / "officedesk.db", Clock.fixed(NOW))
    try:
        load_demo(desk, visits=DEMO_VISITS)
        load_demo_risks(desk, risks=DEMO_RISKS)
        assert load_demo_duty(desk) > 300
        yield desk
    finally:
        desk.close()


def english_texts(widget: QWidget) -> list[str]:
    """Visible texts with a Latin word and no Chinese: most likely a string still waiting for its translation."""
    texts = [widget.windowTitle()]
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        elif isinstance(child, QTabBar):
            texts.extend(child.tabText(i) for i in range(child.count()))
    if isinstance(widget, QMainWindow):
        texts.extend(a.text() for a in widget.menuBar().actions())
    found = []
    for text in texts:
        words = set(re.findall(r"[A-Za-z]{3,}", text.replace("&", "")))
        if words - LATIN_OK and not CJK.search(text):
            found.append(text)
    return sorted(set(found))


def assert_not_blank(image: QImage) -> None:
    """A real screen: many colours, and no single colour covering nearly all of it."""
    colours = Counter(
        QColor(image.pixel(x, y)).rgb() for y in range(0, image.height(), 7) for x in range(0, image.width(), 7)
    )
    assert len(colours) >= 16
    assert colours.most_common(1)[0][1] < 0.97 * sum(colours.values())


def save_small(image: QImage, path: Path) -> None:
    """PNG, as compressed as it goes; over MAX_BYTES, with the image's 256 most common colours (a screen of tables
    and text has a few thousand, mostly anti-aliasing shades: the difference does not show)."""
    assert image.save(str(path), quality=0)  # quality 0: the smallest file
    if path.stat().st_size <= MAX_BYTES:
        return
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    common = [colour | 0xFF000000 for colour, _ in Counter(array("I", bytes(rgb.constBits()))).most_common(256)]
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither  # the nearest colour
    assert rgb.convertToFormat(QImage.Format.Format_Indexed8, common, flags).save(str(path), quality=0)


@pytest.fixture
def shot(tmp_path: Path, qtbot: QtBot) -> Iterator[Shot]:
    """`shot(widget, name, (w, h))`: the widget at that size grabbed to tmp_path/name (and docs/screenshots/name with
    OFFICEDESK_UPDATE_SCREENSHOTS=1), checked for size, content and file size; returns the path."""
    out = tmp_path / "screenshots"
    out.mkdir()
    english: dict[str, list[str]] = {}

    def grab(widget: QWidget, name: str, size: tuple[int, int]) -> Path:
        widget.resize(*size)
        qtbot.wait(50)  # let the layouts settle
        image = widget.grab().toImage()
        assert (image.width(), image.height()) == size, name
        assert_not_blank(image)
        path = out / name
        save_small(image, path)
        assert path.stat().st_size <= MAX_BYTES, (name, path.stat().st_size)
        if os.environ.get(UPDATE_ENV) == "1":
            DOCS.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, DOCS / name)
        if texts := english_texts(widget):
            english[name] = texts
        return path

    yield grab
    report = "".join(f"{name}: {' | '.join(texts)}\n" for name, texts in sorted(english.items()))
    (tmp_path / "english.txt").write_text(report, encoding="utf-8")
    if report:
        print(f"\nStill English in the screenshots:\n{report}")


def show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)


def test_main_window_pages(office: Desk, qtbot: QtBot, shot: Shot) -> None:
    window = MainWindow(office)
    show(qtbot, window)
    window.resize(*WINDOW)
    assert window.nav.item(PAGE_REGISTER).text() == "信访登记"

    window.show_page(PAGE_REGISTER)
    window.register_view.select_row(0)
    shot(window, "register.png", WINDOW)

    window.show_page(PAGE_LEDGER)
    window.ledger_view.select_row(0)
    shot(window, "ledger.png", WINDOW)

    window.show_page(PAGE_DUTY)
    view = window.duty_view
    view.period_bar.week_action.trigger()
    view.select_day(SPRING_FESTIVAL_WEEK)
    view.select_day(SPRING_FESTIVAL_WEEK + timedelta(days=1))  # 春节 (初一), the demo's swap day
    assert view.period() == (SPRING_FESTIVAL_WEEK, SPRING_FESTIVAL_WEEK + timedelta(days=6))
    view.day_tabs.setCurrentWidget(view.swaps_panel)
    shot(window, "duty_week.png", WINDOW)

    view.select_day(date(2026, 11, 18))  # two log entries and a daily report sent (the demo's November)
    view.day_tabs.setCurrentWidget(view.log_panel)
    assert view.log_panel.model.rowCount() == 2
    shot(window, "duty_log.png", WINDOW)

    view.tabs.setCurrentWidget(view.reception_panel)
    shot(window, "duty_reception.png", WINDOW)
    view.tabs.setCurrentIndex(0)

    view.select_day(SPRING_FESTIVAL_WEEK)
    window.duty_actions.print_action.trigger()  # the real Ctrl+Shift+D: the print preview of the week's table
    preview = window.findChild(PdfPreviewDialog)
    assert isinstance(preview, PdfPreviewDialog)
    qtbot.waitExposed(preview)
    shot(preview, "duty_print_preview.png", (900, 1000))
    preview.close()


def test_dialogs(office: Desk, qtbot: QtBot, shot: Shot) -> None:
    visits = office.visits.fetch(office.visits.search(VisitFilter(), limit=100))
    visit = next(v for v in visits if v.received_at < NOW and v.phone and v.handling_unit and v.accepted_on)
    assert visit.id is not None
    dialog = VisitDialog(office, VisitId(visit.id))
    show(qtbot, dialog)
    shot(dialog, "visit_dialog.png", (1160, 700))

    risks = office.risks.fetch(office.risks.search(RiskFilter()))
    risk = next(
        r for r in risks if r.kind == RiskKind.HAZARD and r.level == "重大" and r.status == RiskStatus.IN_PROGRESS
    )
    assert risk.id is not None
    risk_dialog = RiskDialog(office, RiskId(risk.id))
    show(qtbot, risk_dialog)
    shot(risk_dialog, "risk_dialog.png", (1180, 760))

    settings = SettingsDialog(office)
    show(qtbot, settings)
    settings.show_page(settings.page(DeadlinesPage))
    shot(settings, "settings.png", (860, 680))

    newest = office.backups.backup_now()  # a real, verified backup; then the days before, as rotation keeps them
    for days in range(1, 6):
        taken = NOW - timedelta(days=days, hours=1, minutes=3 * days)
        shutil.copy(newest, newest.with_name(f"officedesk-{taken:%Y%m%d-%H%M%S}.db"))
    restore = RestoreDialog(office.backups.list_backups(), WINDOWS_BACKUPS)
    show(qtbot, restore)
    assert restore.table.rowCount() == 6
    shot(restore, "restore_backup.png", (560, 380))


def test_first_start_wizard(tmp_path: Path, chinese: None, cjk_font: str, qtbot: QtBot, shot: Shot) -> None:
    (tmp_path / "new").mkdir()
    desk = Desk.open(tmp_path / "new" / "officedesk.db", Clock.fixed(NOW))  # a first start: an empty file
    try:
        wizard = SetupWizard(desk)
        show(qtbot, wizard)
        assert wizard.currentPage() is wizard.office
        shot(wizard, "setup_wizard.png", (720, 520))
    finally:
        desk.close()
