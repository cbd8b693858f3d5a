"""The office's settings, editable lists (categories, units) and calendar overrides."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any

from officedesk.domain.calendar import CalendarOverride
from officedesk.domain.settings import DeskSettings
from officedesk.domain.visits import Category
from officedesk.storage.database import Database
from officedesk.storage.errors import translated_errors

_SETTINGS_KEY = "desk"


class SettingsRepo:
    def __init__(self, database: Database) -> None:
        self.conn = database.conn

    def load(self) -> DeskSettings:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (_SETTINGS_KEY,)).fetchone()
        return DeskSettings.from_dict(json.loads(row[0])) if row else DeskSettings()

    def save(self, settings: DeskSettings) -> None:
        with translated_errors():
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (_SETTINGS_KEY, json.dumps(settings.to_dict(), ensure_ascii=False)),
            )

    def is_initialised(self) -> bool:
        return self.conn.execute("SELECT 1 FROM settings WHERE key = ?", (_SETTINGS_KEY,)).fetchone() is not None

    # --- categories: two levels ---------------------------------------------------------------
    def categories(self) -> list[Category]:
        rows = self.conn.execute("SELECT parent, name FROM categories ORDER BY sort, id").fetchall()
        children: dict[str, list[str]] = {}
        for parent, name in rows:
            if parent:
                children.setdefault(parent, []).append(name)
        return [Category(name, "", tuple(children.get(name, ()))) for parent, name in rows if not parent]

    def replace_categories(self, categories: Iterable[Category]) -> None:
        rows: list[dict[str, Any]] = []
        for top in categories:
            rows.append({"parent": "", "name": top.name, "sort": len(rows)})
            rows.extend({"parent": top.name, "name": c, "sort": len(rows) + i} for i, c in enumerate(top.children))
        with translated_errors():
            self.conn.execute("DELETE FROM categories")
            self.conn.executemany("INSERT INTO categories (parent, name, sort) VALUES (:parent, :name, :sort)", rows)

    # --- units --------------------------------------------------------------------------------
    def units(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM units ORDER BY sort, id")]

    def replace_units(self, names: Iterable[str]) -> None:
        with translated_errors():
            self.conn.execute("DELETE FROM units")
            self.conn.executemany("INSERT INTO units (name, sort) VALUES (?, ?)", [(n, i) for i, n in enumerate(names)])

    # --- calendar overrides -------------------------------------------------------------------
    def calendar_overrides(self) -> list[CalendarOverride]:
        cur = self.conn.execute("SELECT day, kind, name, source FROM calendar_override ORDER BY day")
        return [CalendarOverride(date.fromisoformat(d), k, n, s) for d, k, n, s in cur]

    def put_calendar_override(self, o: CalendarOverride) -> None:
        with translated_errors():
            self.conn.execute(
                "INSERT INTO calendar_override (day, kind, name, source) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(day) DO UPDATE SET kind = excluded.kind, name = excluded.name, source = excluded.source",
                (o.day.isoformat(), o.kind, o.name, o.source),
            )

    def delete_calendar_override(self, day: date) -> None:
        with translated_errors():
            self.conn.execute("DELETE FROM calendar_override WHERE day = ?", (day.isoformat(),))
