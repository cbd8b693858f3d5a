"""Frozen dataclass ↔ SQLite row, driven by the dataclass's field types (dates as ISO text)."""

from __future__ import annotations

import dataclasses
import typing
from datetime import date, datetime
from typing import Any, TypeVar

T = TypeVar("T")


_KINDS: dict[type, dict[str, str]] = {}


def _kinds(cls: type) -> dict[str, str]:
    if cls not in _KINDS:
        _KINDS[cls] = _field_kinds(cls)
    return _KINDS[cls]


def _field_kinds(cls: type) -> dict[str, str]:
    """Field name → 'date' | 'datetime' | 'bool' | 'int' | 'text' from the (string) annotations."""
    hints = typing.get_type_hints(cls)
    kinds: dict[str, str] = {}
    for f in dataclasses.fields(cls):
        members = set(typing.get_args(hints[f.name])) or {hints[f.name]}
        members.discard(type(None))
        # NewType ids (VisitId) are callables whose __supertype__ is int.
        plain = {getattr(m, "__supertype__", m) for m in members}
        if datetime in plain:
            kinds[f.name] = "datetime"
        elif date in plain:
            kinds[f.name] = "date"
        elif bool in plain:
            kinds[f.name] = "bool"
        elif int in plain:
            kinds[f.name] = "int"
        else:
            kinds[f.name] = "text"
    return kinds


def to_row(obj: Any, *, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name, kind in _kinds(type(obj)).items():
        if name in skip:
            continue
        value = getattr(obj, name)
        if value is None:
            row[name] = None
        elif kind == "datetime":
            row[name] = value.isoformat(sep=" ", timespec="seconds")
        elif kind == "date":
            row[name] = value.isoformat()
        elif kind == "bool":
            row[name] = int(value)
        else:
            row[name] = value
    return row


def from_row(cls: type[T], row: dict[str, Any]) -> T:
    values: dict[str, Any] = {}
    for name, kind in _kinds(cls).items():
        if name not in row:
            continue
        value = row[name]
        if value is None or (value == "" and kind in ("date", "datetime")):
            values[name] = None
        elif kind == "datetime":
            values[name] = datetime.fromisoformat(value)
        elif kind == "date":
            values[name] = date.fromisoformat(value)
        elif kind == "bool":
            values[name] = bool(value)
        else:
            values[name] = value
    return cls(**values)
