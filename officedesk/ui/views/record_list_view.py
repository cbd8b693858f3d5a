"""What the register and the ledger screens share: a searched lazy table whose selection survives a refresh,
Enter or double-click to open a record, and remembered columns. Each screen adds its filters and counts."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from officedesk.ui.models.lazy_table_model import LazyTableModel
from officedesk.ui.widgets.column_state import ColumnState
from officedesk.ui.widgets.record_table import RecordTable
from officedesk.ui.widgets.search_box import SearchBox

IdT = TypeVar("IdT", bound=int)


class RecordListView(QWidget, Generic[IdT]):
    """Emits `open_requested(record_id)` on double-click or Enter, `refreshed` after every search.

    A subclass builds `model`, `search_box`, `filter_bar`, `table` and `column_state`, then calls
    `_connect()`; it supplies `current_filter()` and may extend `_after_reset()`.
    """

    open_requested = Signal(int)
    refreshed = Signal()
    selection_changed = Signal()

    model: LazyTableModel[Any, IdT, Any, Any]
    search_box: SearchBox
    filter_bar: Any  # FilterBar or LedgerFilterBar: both have `changed`, `clear()` and `reload_lists()`
    table: RecordTable
    column_state: ColumnState

    def _connect(self) -> None:
        self.search_box.searched.connect(lambda _text: self.run_search())
        self.filter_bar.changed.connect(self.run_search)
        self.table.activated.connect(self._activated)  # double-click, and Enter/Return in the table
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.column_state.restore()

    # --- searching ------------------------------------------------------------------------------
    def current_filter(self) -> Any:
        raise NotImplementedError

    def run_search(self) -> None:
        self.model.search(self.current_filter())
        self._after_reset(None)

    def clear_filters(self) -> None:
        self.search_box.reset()
        self.filter_bar.clear()  # emits `changed`: one search for both

    def _refresh_model(self, select: IdT | None) -> None:
        """After any change: search again, keeping (or moving to) the selected record where it still shows."""
        keep = select if select is not None else self.selected_id()
        self.model.refresh()
        self._after_reset(keep)

    def _after_reset(self, select: IdT | None) -> None:
        row = self.model.row_of(select) if select is not None else None
        if row is not None:
            self.select_row(row)
        self._update_empty_state()
        self.selection_changed.emit()
        self.refreshed.emit()

    def _update_empty_state(self) -> None:
        raise NotImplementedError

    # --- selection ------------------------------------------------------------------------------
    def select_row(self, row: int) -> None:
        self.table.select_row(row)

    def selected_id(self) -> IdT | None:
        row = self.table.selected_row()
        return self.model.id_at(row) if row is not None else None

    def _activated(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self.open_requested.emit(int(record_id))

    # --- columns --------------------------------------------------------------------------------
    def save_columns(self) -> None:
        self.column_state.save()

    def choose_columns(self) -> None:
        self.column_state.choose(self)
