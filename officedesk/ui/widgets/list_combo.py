"""The filter bars' list combos: "All …" first (no filter), then the list's entries; a reload keeps the choice."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QWidget


def list_combo(parent: QWidget, tooltip: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setToolTip(tooltip)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def fill_combo(combo: QComboBox, all_text: str, items: Iterable[tuple[str, str]]) -> None:
    """`all_text` (data "") and the (text, value) items; the chosen value stays chosen while the list still has it."""
    keep = combo.currentData()
    blocked = combo.blockSignals(True)  # one `changed` for the whole reload, not one per item
    combo.clear()
    combo.addItem(all_text, "")
    for text, value in items:
        combo.addItem(text, value)
    found = combo.findData(keep) if keep else 0
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(blocked)
