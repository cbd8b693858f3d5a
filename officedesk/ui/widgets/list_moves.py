"""Up / Down buttons beside an ordered list: the current row moves, and stays the current one."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget


def move_current_row(items: QListWidget, step: int) -> bool:
    """Move the current row `step` places (negative: up); False when there is none or it would leave the list."""
    row = items.currentRow()
    target = row + step
    if row < 0 or not 0 <= target < items.count():
        return False
    item = items.takeItem(row)
    items.insertItem(target, item)
    items.setCurrentRow(target)
    return True
