"""Frozen dataclass ↔ SQLite row, driven by the dataclass's field types (dates as ISO text); and the plain
reads and writes of such rows that the repositories share (the table and column names come from the code,
never from input: values always go as parameters)."""

from __future__ import annotations

import dataclasses
import sqlite3
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


def select_records(conn: sqlite3.Connection, cls: type[T], sql: str, params: Any = ()) -> list[T]:
    """Every row `sql` returns, as a `cls` (the columns named as its fields)."""
    cur = conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [from_row(cls, dict(zip(names, r, strict=True))) for r in cur]


def select_record(conn: sqlite3.Connection, cls: type[T], sql: str, params: Any = ()) -> T | None:
    """The first row `sql` returns, as a `cls`; None when there is none."""
    cur = conn.execute(sql, params)
    row = cur.fetchone()
    return None if row is None else from_row(cls, dict(zip([d[0] for d in cur.description], row, strict=True)))


def insert_record(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> int:
    """INSERT `row` (column → value, as to_row makes it) into `table`; returns the new row's id."""
    cur = conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})", row)
    return int(cur.lastrowid or 0)


def update_record(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> int:
    """UPDATE the row of `table` whose id is row["id"] with the rest of `row`; returns how many rows changed."""
    sets = ", ".join(f"{k} = :{k}" for k in row if k != "id")
    cur = conn.execute(f"UPDATE {table} SET {sets} WHERE id = :id", row)
    return int(cur.rowcount)
