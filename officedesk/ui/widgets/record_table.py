"""The register's and the ledger's table: whole rows one at a time, movable columns, a sentence when it is empty.

By keyboard: the arrows move between rows, Enter opens the row (`activated`), Tab leaves the table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QWidget


class RecordTable(QTableView):
    """Not sortable (the model's order is the screen's); `show_empty(text)` says why no row shows."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSortingEnabled(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab goes on to the next widget, not cell by cell round the table
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setSectionsMovable(True)
        self.horizontalHeader().setHighlightSections(False)
        self.empty_label = QLabel(self.viewport())
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #666; font-size: 14pt; background: transparent;")
        self.empty_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)  # Enter: `activated` on the current row, the event left for the window
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            event.accept()  # the row was opened: in a dialog, its default button is not pressed as well

    def select_row(self, row: int) -> None:
        index = self.model().index(row, max(self.horizontalHeader().logicalIndex(0), 0))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)

    def selected_row(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def show_empty(self, text: str) -> None:
        self.empty_label.setText(text)
        self._place_empty_label()
        self.empty_label.show()

    def hide_empty(self) -> None:
        self.empty_label.hide()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place_empty_label()
        return super().viewportEvent(event)

    def _place_empty_label(self) -> None:
        self.empty_label.setGeometry(self.viewport().rect().adjusted(24, 24, -24, -24))
