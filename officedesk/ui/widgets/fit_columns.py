"""Columns as wide as their widest cell or heading, with room to breathe (QTableView's own fit is edge to edge)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

PADDING = 16


def fit_columns(table: QTableView) -> None:
    """Fit every column that does not stretch; a small table's whole content is measured."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(header.count()):
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
            table.setColumnWidth(column, table.columnWidth(column) + PADDING)
