"""A table's columns as the clerk left them (order, shown, widths), kept in QSettings from one session to the next."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QTableView, QWidget

from officedesk.ui.widgets.column_chooser import ColumnChooser, apply_columns


class ScreenColumn(Protocol):
    """What the layout reads of a column (VisitColumn, RiskColumn)."""

    @property
    def key(self) -> str: ...

    @property
    def width(self) -> int: ...


class ColumnState:
    """The layout of `table`'s columns, saved under `<group>/header` with the column set it was saved with."""

    def __init__(self, table: QTableView, columns: Sequence[ScreenColumn], group: str, default_visible: Sequence[str],
                 screen_widths: Mapping[str, int]) -> None:  # fmt: skip
        self.table = table
        self.columns = columns
        self.default_visible = default_visible
        self.screen_widths = screen_widths  # in digit widths, by column key; other columns take their own width
        self._state_key = f"{group}/header"
        self._columns_key = f"{group}/header_columns"

    def restore(self) -> None:
        settings = QSettings("OfficeDesk", "OfficeDesk")
        state = settings.value(self._state_key)
        # A state saved with another column set (an older version) would put headings on the wrong columns.
        same_columns = str(settings.value(self._columns_key)) == self._signature()
        if not (isinstance(state, QByteArray) and same_columns and self.table.horizontalHeader().restoreState(state)):
            self.apply_defaults()

    def apply_defaults(self) -> None:
        header = self.table.horizontalHeader()
        keys = [c.key for c in self.columns]
        shown = self.default_visible
        order = [k for k in shown if k in keys] + [k for k in keys if k not in shown]
        apply_columns(header, [(keys.index(k), k in shown) for k in order])
        digit = self.table.fontMetrics().horizontalAdvance("0")
        for logical, column in enumerate(self.columns):
            header.resizeSection(logical, self.screen_widths.get(column.key, column.width) * digit + 16)

    def save(self) -> None:
        settings = QSettings("OfficeDesk", "OfficeDesk")
        settings.setValue(self._state_key, self.table.horizontalHeader().saveState())
        settings.setValue(self._columns_key, self._signature())

    def choose(self, parent: QWidget) -> None:
        """The column chooser; OK applies the choice and saves it."""
        dialog = ColumnChooser(self.table.horizontalHeader(), parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(dialog.apply)
        dialog.accepted.connect(self.save)
        dialog.open()

    def _signature(self) -> str:
        return ",".join(c.key for c in self.columns)
