"""Print preview of the desk's PDFs: pages rendered on white, painted onto the printer, saved as a file."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage, QPageLayout
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from officedesk.domain.ids import VisitId
from officedesk.services.desk import Desk
from officedesk.ui.print_preview import PdfPages, PdfPreviewDialog, paint_pages, render_pdf_pages, show_pdf_preview


def visit_form(desk: Desk) -> bytes:
    draft = desk.visits.new_draft().replace(petitioner="张三", phone="13812345678", requests="要求退还预付卡余额")
    saved = desk.visits.save(draft).visit
    assert saved.id is not None
    return desk.output.visit_form_pdf(VisitId(saved.id))


def two_landscape_pages() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4))
    for text in ("one", "two"):
        c.drawString(100, 100, text)
        c.showPage()
    c.save()
    return buf.getvalue()


def dark_pixels(image: QImage, step: int = 4) -> int:
    return sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if QColor(image.pixel(x, y)).lightness() < 128
    )


def test_visit_form_renders_as_a_white_page_with_text(qapp: object, desk: Desk) -> None:
    [page] = render_pdf_pages(visit_form(desk), 100)
    # A4 at 100 dpi: 8.27 × 11.69 inches.
    assert (page.width(), page.height()) == (827, 1169)
    assert not page.hasAlphaChannel()
    assert QColor(page.pixel(0, 0)) == QColor("white")
    assert QColor(page.pixel(page.width() - 1, page.height() - 1)) == QColor("white")
    assert dark_pixels(page) > 200  # the form's title, table rules and text


def test_not_a_pdf_is_refused(qapp: object) -> None:
    with pytest.raises(ValueError, match="not a readable PDF"):
        PdfPages(b"hello")


def test_pages_are_painted_onto_the_printer(qapp: object, desk: Desk, tmp_path: Path) -> None:
    pdf = two_landscape_pages()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    paint_pages(printer, PdfPages(pdf), dpi=72)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 2


def test_preview_dialog_matches_the_paper_and_saves_the_pdf(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    pdf = two_landscape_pages()
    dialog = show_pdf_preview(None, pdf, "登记台账")
    qtbot.addWidget(dialog)
    assert isinstance(dialog, PdfPreviewDialog)
    assert dialog.isVisible() and dialog.windowTitle() == "登记台账"
    assert dialog.printer().pageLayout().orientation() == QPageLayout.Orientation.Landscape
    assert dialog.printer().fullPage()  # the PDF's own margins (GB/T 9704) are kept
    assert dialog.save_action is not None and dialog.save_action.text() == "Save as PDF…"
    target = tmp_path / "台账.pdf"
    assert dialog.save_to(target)
    assert target.read_bytes() == pdf


def test_save_into_a_missing_folder_tells_the_clerk(
    qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = show_pdf_preview(parent, visit_form(desk), "form")
    assert isinstance(dialog, PdfPreviewDialog)
    assert not dialog.save_to(tmp_path / "gone" / "form.pdf")
    assert len(told) == 1 and "gone" in told[0]
    dialog.close()


def test_save_action_asks_for_a_file_name(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    pdf = visit_form(desk)
    dialog = show_pdf_preview(None, pdf, "XF-2026-0001")
    qtbot.addWidget(dialog)
    assert isinstance(dialog, PdfPreviewDialog)
    chooser = dialog.ask_save()
    assert chooser.isVisible()
    assert chooser.defaultSuffix() == "pdf"
    chooser.fileSelected.emit(str(tmp_path / "XF-2026-0001.pdf"))
    chooser.close()
    assert (tmp_path / "XF-2026-0001.pdf").read_bytes() == pdf
