"""A grid of labelled fields with a message row under each, filled left to right, top to bottom.

The message label sits in its own grid row under the field, so field labels stay level with their
fields whether or not a message is showing; the order of `add` calls is the visual and Tab order.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QWidget

from officedesk.ui.widgets.field_messages import FieldMessages, message_label


class FormGrid(QGridLayout):
    def __init__(self, messages: FieldMessages, columns: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._messages = messages
        self._columns = columns
        self._row = 0
        self._col = 0
        self.setHorizontalSpacing(8)
        self.setVerticalSpacing(2)
        for c in range(columns):
            self.setColumnStretch(2 * c + 1, 1)

    def add(
        self,
        text: str,
        widget: QWidget,
        fields: tuple[str, ...] | str = (),
        *,
        editor: QWidget | None = None,
        wide: bool = False,
        grow: bool = False,
    ) -> QLabel:
        """Add `widget` under a label; `fields` name the record fields whose messages show below it.

        `editor` is the widget that takes the focus for those fields (default: `widget` itself);
        `wide` makes the field span every column of its own row; `grow` rows share the spare height.
        """
        if wide and self._col:
            self.new_row()
        names = (fields,) if isinstance(fields, str) else fields
        label = QLabel(text)
        label.setBuddy(editor or widget)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # A multi-line box keeps its label level with its first line, not its middle.
        top = isinstance(widget, QPlainTextEdit)
        if top:
            label.setContentsMargins(0, 4, 0, 0)
        span = 2 * self._columns - 1 if wide else 1
        grid_row = 2 * self._row
        self.addWidget(label, grid_row, 2 * self._col, Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag(0))
        self.addWidget(widget, grid_row, 2 * self._col + 1, 1, span)
        if grow:
            self.setRowStretch(grid_row, 1)
        message = message_label()
        self.addWidget(message, grid_row + 1, 2 * self._col + 1, 1, span)
        for name in names:
            self._messages.register(name, editor or widget, message)
        if wide:
            self.new_row()
        else:
            self._col += 1
            if self._col >= self._columns:
                self.new_row()
        return label

    def finish(self) -> None:
        """Keep the rows packed at the top when the grid is taller than its rows (no `grow` row)."""
        self.setRowStretch(2 * self._row + 2, 1)

    def new_row(self) -> None:
        """Start the next row (the rest of the current one stays empty)."""
        if self._col or not self._row_is_empty():
            self._row += 1
        self._col = 0

    def _row_is_empty(self) -> bool:
        return self.itemAtPosition(2 * self._row, 0) is None
