"""Registration numbers for many new records at once (XF-2026-0001, YH-2026-0001): numbered per year,
continuing after what the database already holds, without a query per record."""

from __future__ import annotations

from collections.abc import Callable


class RegNumbers:
    def __init__(self, next_in_db: Callable[[int], str]) -> None:
        self._next_in_db = next_in_db  # the repo's next_reg_no(year), e.g. "XF-2026-0042"
        self._next: dict[int, tuple[str, int]] = {}

    def take(self, year: int) -> str:
        if year not in self._next:
            prefix, first = self._next_in_db(year).rsplit("-", 1)
            self._next[year] = (prefix, int(first))
        prefix, number = self._next[year]
        self._next[year] = (prefix, number + 1)
        return f"{prefix}-{number:04d}"
