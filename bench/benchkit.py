"""What the bench scripts share: timing, medians, and the figures table they print (not a bench itself)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any, Protocol


class TableRow(Protocol):
    """One measure of a bench's table: its cells in HEAD's order, and a note printed under the table."""

    measure: str
    note: str

    def cells(self) -> list[str]: ...


HEAD = ["measure", "figure", "raw baseline", "ratio", "target", "OK/OVER"]


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """(seconds, fn's result)."""
    t0 = time.perf_counter()
    value = fn()
    return time.perf_counter() - t0, value


def display_width(text: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def print_table(rows: Sequence[TableRow]) -> None:
    """The rows as a Markdown table, columns padded to their display width, then each row's note."""
    body = [r.cells() for r in rows]
    widths = [max(display_width(c) for c in col) for col in zip(HEAD, *body, strict=True)]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c + " " * (w - display_width(c)) for c, w in zip(cells, widths, strict=True)) + " |"

    print(line(HEAD))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for cells in body:
        print(line(cells))
    for r in rows:
        if r.note:
            print(f"  · {r.measure.strip()}: {r.note}")


def print_report(title: str, rows: Sequence[TableRow]) -> None:
    """The bench's title line, its table, then which measures are over their target."""
    print()
    print(title)
    print_table(rows)
    over = [r.measure.strip() for r in rows if r.cells()[-1] == "OVER"]
    print(f"\nOVER target: {', '.join(over)}" if over else "\nall measures within target")
