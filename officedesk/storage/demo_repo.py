"""Which rows the sample data added, so that demo data is removed in one step and nothing else with it.

The marks live in the `settings` key–value table (key `demo_rows`): for tables with integer ids, the id
ranges a demo load created (a load takes the ids after the highest one, in one transaction); for tables
keyed by text (duty days, settings rows such as the demo rota's rules), the keys it added. A snapshot before
a load and `mark_since()` after it record them, so any demo loader (visits, risks, duty) is covered without
knowing how it writes. Rows the clerk adds later get new ids and are never marked; a marked row stays demo
data even when edited (a demo visit, a day of the demo rota), and goes with the rest.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from officedesk.storage.database import Database
from officedesk.storage.errors import translated_errors
from officedesk.storage.text_search import TextIndex, bigram_text

_KEY = "demo_rows"
# Tables with an integer id, in the order rows are removed (children before their parents).
ID_TABLES = ("visit_notes", "risk_progress", "staff_leaves", "duty_log", "duty_swaps", "reception_slots", "risks",
             "visits", "staff")  # fmt: skip
# Tables keyed by text: the keys a load added (duty days; settings rows such as the demo rota's rules).
KEY_TABLES = {"duty_slots": "day", "duty_reports": "day", "settings": "key"}
_KEPT_SETTINGS = {"desk", _KEY}  # the office's settings and the marks themselves are never demo rows
# Child rows that go with a removed parent even when the clerk added them to a demo record.
_CHILDREN = {"visits": (("visit_notes", "visit_id"),), "risks": (("risk_progress", "risk_id"),),
             "staff": (("staff_leaves", "staff_id"),)}  # fmt: skip
_INDEXES = {"visits": TextIndex("visit"), "risks": TextIndex("risk")}
# Ordinary records that may point at a demo record: the link is cut, the record stays.
_LINKS = (("visits", "related_visit_id", "visits"), ("risks", "related_visit_id", "visits"))

Snapshot = dict[str, Any]
Ranges = list[list[int]]


class DemoRepo:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.conn = database.conn

    def _tables(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

    # --- marks --------------------------------------------------------------------------------
    def marks(self) -> dict[str, Any]:
        """{"ids": {table: [[first, last], …]}, "keys": {table: [key, …]}}."""
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (_KEY,)).fetchone()
        data: dict[str, Any] = json.loads(row[0]) if row else {}
        return {"ids": dict(data.get("ids") or {}), "keys": dict(data.get("keys") or {})}

    def _save_marks(self, marks: dict[str, Any]) -> None:
        with translated_errors():
            if not any(marks["ids"].values()) and not any(marks["keys"].values()):
                self.conn.execute("DELETE FROM settings WHERE key = ?", (_KEY,))
                return
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (_KEY, json.dumps(marks, ensure_ascii=False)),
            )

    def snapshot(self) -> Snapshot:
        """The highest id of each id table and the keys of each keyed table, before a demo load."""
        tables = self._tables()
        ids = {t: int(self.conn.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0])
               for t in ID_TABLES if t in tables}  # fmt: skip
        keys = {t: sorted(self._keys(t, col)) for t, col in KEY_TABLES.items() if t in tables}
        return {"ids": ids, "keys": keys}

    def _keys(self, table: str, column: str) -> set[str]:
        keys = {r[0] for r in self.conn.execute(f"SELECT {column} FROM {table}")}
        return keys - _KEPT_SETTINGS if table == "settings" else keys

    def mark_since(self, before: Snapshot) -> dict[str, int]:
        """Mark every row added after `before` as demo data (call in the load's transaction). Returns counts."""
        after = self.snapshot()
        marks = self.marks()
        added: dict[str, int] = {}
        for table, last in after["ids"].items():
            first = int(before["ids"].get(table, 0)) + 1
            if last >= first:
                marks["ids"].setdefault(table, []).append([first, last])
                added[table] = last - first + 1
        for table, keys in after["keys"].items():
            new = sorted(set(keys) - set(before["keys"].get(table, [])))
            if new:
                marks["keys"][table] = sorted(set(marks["keys"].get(table, [])) | set(new))
                added[table] = len(new)
        self._save_marks(marks)
        return added

    # --- reading ------------------------------------------------------------------------------
    def ids(self, table: str) -> list[int]:
        """The demo rows of an id table that still exist."""
        ranges: Ranges = self.marks()["ids"].get(table, [])
        if not ranges or table not in self._tables():
            return []
        where = " OR ".join("id BETWEEN ? AND ?" for _ in ranges)
        params = [bound for pair in ranges for bound in pair]
        return [r[0] for r in self.conn.execute(f"SELECT id FROM {table} WHERE {where} ORDER BY id", params)]

    def keys(self, table: str) -> list[str]:
        marked: list[str] = self.marks()["keys"].get(table, [])
        if not marked or table not in self._tables():
            return []
        return sorted(self._keys(table, KEY_TABLES[table]) & set(marked))

    def counts(self) -> dict[str, int]:
        """Demo rows still present per table (tables with none are left out)."""
        out = {t: len(self.ids(t)) for t in ID_TABLES} | {t: len(self.keys(t)) for t in KEY_TABLES}
        return {t: n for t, n in out.items() if n}

    # --- removing -----------------------------------------------------------------------------
    def delete_all(self) -> dict[str, int]:
        """Delete every marked row (with its notes, progress and search text) and forget the marks.

        Call inside one transaction. Returns the rows deleted per table."""
        deleted: dict[str, int] = {}
        targets = {t: self.ids(t) for t in ID_TABLES}
        with translated_errors():
            for table, link, parent in _LINKS:
                if targets.get(parent) and table in self._tables():
                    self._cut_links(table, link, targets[parent])
            for table in ID_TABLES:
                ids = targets[table]
                if not ids:
                    continue
                for child, column in _CHILDREN.get(table, ()):
                    self._delete_in(child, column, ids)
                if table in _INDEXES:
                    self._unindex(_INDEXES[table], ids)
                deleted[table] = self._delete_in(table, "id", ids)
            for table, column in KEY_TABLES.items():
                keys = self.keys(table)
                if keys:
                    deleted[table] = self._delete_in(table, column, keys)
        self._save_marks({"ids": {}, "keys": {}})
        return {t: n for t, n in deleted.items() if n}

    def _delete_in(self, table: str, column: str, values: Iterable[object]) -> int:
        cur = self.conn.execute(
            f"DELETE FROM {table} WHERE {column} IN (SELECT value FROM json_each(?))", (json.dumps(list(values)),)
        )
        return int(cur.rowcount)

    def _cut_links(self, table: str, column: str, ids: list[int]) -> None:
        self.conn.execute(
            f"UPDATE {table} SET {column} = NULL WHERE {column} IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),),
        )

    def _unindex(self, index: TextIndex, ids: list[int]) -> None:
        rows = self.conn.execute(
            f"SELECT id, body FROM {index.content} WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),)
        ).fetchall()
        self.conn.executemany(f"INSERT INTO {index.fts}({index.fts}, rowid, body) VALUES ('delete', ?, ?)", rows)
        self.conn.executemany(
            f"INSERT INTO {index.bigrams}({index.bigrams}, rowid, body) VALUES ('delete', ?, ?)",
            [(i, bigram_text(b)) for i, b in rows],
        )
        self._delete_in(index.content, "id", ids)
