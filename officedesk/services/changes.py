"""What an operation changed, so views refresh only what they show (like Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    visits: bool = False
    settings: bool = False
    calendar: bool = False
