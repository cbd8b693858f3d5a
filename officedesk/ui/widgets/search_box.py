"""A search field that searches as the clerk types, debounced so each keystroke does not hit the database."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

DEBOUNCE_MS = 150


class SearchBox(QLineEdit):
    """Emits `searched(text)` once typing pauses, or at once on Enter."""

    searched = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search name, phone, request, number…"))
        self.setToolTip(self.tr("Search all text of the register (Ctrl+F)"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self._last: str | None = None
        self.textChanged.connect(self._timer.start)
        self.returnPressed.connect(self._emit)

    def query(self) -> str:
        return self.text().strip()

    def reset(self) -> None:
        """Empty the box without a search of its own: the caller searches once for everything it cleared."""
        self._timer.stop()
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        self._last = ""

    def _emit(self) -> None:
        self._timer.stop()
        text = self.query()
        # Typing a space or deleting it again must not search (and reset the table) twice.
        if text != self._last:
            self._last = text
            self.searched.emit(text)
