"""Preview and print a PDF the desk made (forms, lists), or save it as a file.

The PDF is the single source of what goes on paper (fonts embedded, GB/T 9704 margins); printing
paints its pages as images, rendered by QtPdf. PLATFORM.md: rendered pages are transparent, so they
are painted onto white; 300 dpi costs ~30 ms a page, so long documents are rendered at 200 dpi.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QAction, QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QToolBar, QWidget

from officedesk.services.errors import ExchangeError
from officedesk.services.register_output import save_pdf as save_pdf_safely

PRINT_DPI = 300
LONG_DOCUMENT_DPI = 200  # over this many pages the spool and the wait grow too large at 300 dpi
LONG_DOCUMENT_PAGES = 20
_POINTS_PER_INCH = 72.0


class PdfPages:
    """A loaded PDF; the buffer must outlive the document, which reads from it lazily."""

    def __init__(self, pdf_bytes: bytes) -> None:
        self._data = QByteArray(pdf_bytes)
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            raise ValueError(f"not a readable PDF ({self.document.error().name})")

    @property
    def count(self) -> int:
        return self.document.pageCount()

    def point_size(self, index: int) -> QSizeF:
        return self.document.pagePointSize(index)

    def render(self, index: int, dpi: int) -> QImage:
        """Page `index` at `dpi`, on white (QtPdf leaves the background transparent)."""
        points = self.point_size(index)
        size = QSize(round(points.width() * dpi / _POINTS_PER_INCH), round(points.height() * dpi / _POINTS_PER_INCH))
        page = self.document.render(index, size)
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor(Qt.GlobalColor.white))
        painter = QPainter(image)
        painter.drawImage(0, 0, page)
        painter.end()
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
        return image


def render_pdf_pages(pdf_bytes: bytes, dpi: int) -> list[QImage]:
    """Every page of the PDF as an image on white, at `dpi`."""
    pages = PdfPages(pdf_bytes)
    return [pages.render(i, dpi) for i in range(pages.count)]


def paint_pages(printer: QPrinter, pages: PdfPages, dpi: int | None = None) -> None:
    """Paint each page onto the printer, fitted to the page rectangle and centred."""
    if pages.count == 0:
        return
    dpi = dpi or (PRINT_DPI if pages.count <= LONG_DOCUMENT_PAGES else LONG_DOCUMENT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        for index in range(pages.count):
            if index:
                printer.newPage()
            image = pages.render(index, dpi)
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            area = QRect(0, 0, target.width(), target.height())
            fitted = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = (area.width() - fitted.width()) // 2
            y = (area.height() - fitted.height()) // 2
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRect(x, y, fitted.width(), fitted.height()), image)
    finally:
        painter.end()


def _match_paper(printer: QPrinter, pages: PdfPages) -> None:
    """Paper size and orientation from the first page, so a landscape ledger prints landscape.

    Full-page mode keeps the PDF's own margins (GB/T 9704: 天头 37 mm, 订口 28 mm) at scale 1:1
    instead of shrinking the page into the printer's margins as well.
    """
    printer.setFullPage(True)
    if pages.count == 0:
        return
    points = pages.point_size(0)
    landscape = points.width() > points.height()
    portrait = QSizeF(min(points.width(), points.height()), max(points.width(), points.height()))
    printer.setPageSize(QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setPageOrientation(orientation)


def save_pdf(path: Path, pdf_bytes: bytes) -> None:
    """Write the PDF the way every export is written: temp file, fsync, rename, verify (RELIABILITY.md F5)."""
    save_pdf_safely(path, pdf_bytes)


class PdfPreviewDialog(QPrintPreviewDialog):
    """Print preview of a PDF; it holds the printer and the document (the base class owns neither)."""

    def __init__(self, pdf_bytes: bytes, title: str, parent: QWidget | None = None) -> None:
        self.pages = PdfPages(pdf_bytes)
        self.pdf_bytes = pdf_bytes
        # Named apart from the base class's printer(), which returns this same object.
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._printer.setDocName(title)
        _match_paper(self._printer, self.pages)
        super().__init__(self._printer, parent)
        self.setWindowTitle(title)
        self._title = title
        self.paintRequested.connect(lambda printer: paint_pages(printer, self.pages))
        self.save_action: QAction | None = None
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            self.save_action = toolbar.addAction(self.tr("Save as PDF…"))
            self.save_action.triggered.connect(self.ask_save)
        self.resize(900, 1000)

    def ask_save(self) -> QFileDialog:
        """Ask where to save (non-blocking); the chosen file is written when the clerk confirms."""
        chooser = QFileDialog(self, self.tr("Save as PDF"))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter(self.tr("PDF files (*.pdf)"))
        chooser.setDefaultSuffix("pdf")
        chooser.selectFile(f"{self._title}.pdf")
        chooser.fileSelected.connect(lambda name: self.save_to(Path(name)))
        chooser.open()
        return chooser

    def save_to(self, path: Path) -> bool:
        try:
            save_pdf(path, self.pdf_bytes)
        except ExchangeError as error:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return False
        return True


def show_pdf_preview(parent: QWidget | None, pdf_bytes: bytes, title: str) -> QDialog:
    """Open (non-blocking) a print preview of the PDF with a "Save as PDF…" button, and return it.

    With a parent the dialog is deleted when closed; without one the caller must keep the reference.
    """
    dialog = PdfPreviewDialog(pdf_bytes, title, parent)
    if parent is not None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
