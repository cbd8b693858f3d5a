"""Small icons the duty grid needs and the platform style lacks: a padlock for locked (published, past) days."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

_INK = QColor("#5a5a5a")


def _drawn_icon(draw: Callable[[QPainter, float], None]) -> QIcon:
    """An icon drawn at 16 and 32 px (no emoji: a fresh Windows PC's font may lack them); `draw(painter, s)`
    draws on a 16-unit square, `s` pixels a unit."""
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw(painter, size / 16)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


@cache
def lock_icon() -> QIcon:
    """A padlock."""

    def draw(painter: QPainter, s: float) -> None:
        painter.setPen(QPen(_INK, 1.6 * s))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(QRectF(4.5 * s, 1.5 * s, 7 * s, 9 * s), 0, 180 * 16)  # the shackle
        for x in (4.5 * s, 11.5 * s):  # the shackle's legs down into the body
            painter.drawLine(QPointF(x, 6 * s), QPointF(x, 7.5 * s))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_INK)
        painter.drawRoundedRect(QRectF(3 * s, 7 * s, 10 * s, 8 * s), 1.5 * s, 1.5 * s)  # the body

    return _drawn_icon(draw)


def warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


@cache
def swap_icon() -> QIcon:
    """Two arrows in opposite directions: one person's duty handed to another (调班)."""

    def draw(painter: QPainter, s: float) -> None:
        for y, forward, colour in ((5, True, "#1f6fb2"), (11, False, "#b26b1f")):
            pen = QPen(QColor(colour), 1.8 * s)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            start, end = (2 * s, 14 * s) if forward else (14 * s, 2 * s)
            painter.drawLine(QPointF(start, y * s), QPointF(end, y * s))
            head = -3 * s if forward else 3 * s
            painter.drawLine(QPointF(end, y * s), QPointF(end + head, (y - 2.5) * s))
            painter.drawLine(QPointF(end, y * s), QPointF(end + head, (y + 2.5) * s))

    return _drawn_icon(draw)


@cache
def copy_icon() -> QIcon:
    """Two overlapping sheets: a week copied onto another."""

    def draw(painter: QPainter, s: float) -> None:
        painter.setPen(QPen(_INK, 1.2 * s))
        for x, y in ((2, 2), (6, 6)):
            painter.setBrush(QColor("#ffffff"))
            painter.drawRect(QRectF(x * s, y * s, 8 * s, 8 * s))

    return _drawn_icon(draw)


@cache
def people_icon() -> QIcon:
    """Two heads and shoulders: the staff list."""

    def draw(painter: QPainter, s: float) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for x, colour in ((5.5, "#7a98b8"), (10.5, "#3c6e9e")):
            painter.setBrush(QColor(colour))
            painter.drawEllipse(QPointF(x * s, 5 * s), 2.6 * s, 2.6 * s)
            painter.drawChord(QRectF((x - 4.5) * s, 8.5 * s, 9 * s, 12 * s), 0, 180 * 16)

    return _drawn_icon(draw)
