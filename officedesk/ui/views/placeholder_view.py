"""A page for a screen that a later version brings: says what will be there, so the navigation is honest."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderView(QWidget):
    def __init__(self, title: str, sentence: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(title, self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.title_label.setFont(font)
        self.sentence_label = QLabel(sentence, self)
        self.sentence_label.setWordWrap(True)
        self.sentence_label.setStyleSheet("color: #555;")
        for label in (self.title_label, self.sentence_label):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title_label)
        layout.addSpacing(8)
        layout.addWidget(self.sentence_label)
        layout.addStretch(3)
