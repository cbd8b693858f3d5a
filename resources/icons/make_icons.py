"""Render officedesk.svg into the PNG (window icon) and the multi-size ICO (Windows executable icon).

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/make_icons.py    (or: make icons)

Each size is rendered from the SVG by Qt (crisp at 16 px, unlike a downscaled 256 px image); Pillow
(installed with reportlab) writes the ICO with every size as its own frame. The outputs are committed,
so a build needs neither step; this script is not bundled.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SVG = HERE / "officedesk.svg"
PNG = HERE / "officedesk.png"
ICO = HERE / "officedesk.ico"
PNG_SIZE = 256
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)  # Windows: title bar, taskbar, Explorer views at 100–200 %


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGBA")


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (QImage painting needs a Gui application)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    render(renderer, PNG_SIZE).save(PNG, optimize=True)
    frames = [render(renderer, size) for size in ICO_SIZES]
    largest = frames[-1]
    largest.save(ICO, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=frames[:-1])
    print(f"{PNG.name} {PNG.stat().st_size} bytes, {ICO.name} {ICO.stat().st_size} bytes ({len(ICO_SIZES)} sizes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
