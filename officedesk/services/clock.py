"""The current time, injectable so tests can stand on a fixed day."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Clock:
    now_fn: Callable[[], datetime] = datetime.now

    def now(self) -> datetime:
        return self.now_fn().replace(microsecond=0)

    def today(self) -> date:
        return self.now().date()

    @classmethod
    def fixed(cls, at: datetime) -> Clock:
        return cls(lambda: at)
