"""The register's Chinese search: which text of a visit is searchable (storage/text_search.py does the rest)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import sqlite_utils

from officedesk.storage.text_search import TextIndex

# Visit columns whose text the search box finds ("names, requests, facts, replies and notes").
SEARCHED_FIELDS = (
    "reg_no",
    "external_ref",
    "petitioner",
    "phone",
    "id_number",
    "address",
    "locality",
    "category",
    "subcategory",
    "facts",
    "requests",
    "receiver",
    "receiving_leader",
    "handling_unit",
    "handling_person",
    "reply_doc_no",
    "result",
    "remarks",
    "void_reason",
)


def search_body(row: Mapping[str, Any], notes: Iterable[str] = ()) -> str:
    parts = [str(row.get(f) or "") for f in SEARCHED_FIELDS]
    parts.extend(notes)
    return "\n".join(p for p in parts if p)


VISIT_INDEX = TextIndex("visit")


def term_queries(text: str) -> list[tuple[str, str]]:
    return VISIT_INDEX.term_queries(text)


def index_visit(db: sqlite_utils.Database, visit_id: int, body: str) -> None:
    VISIT_INDEX.index(db, visit_id, body)


def index_many(db: sqlite_utils.Database, batch: Sequence[tuple[int, str]]) -> None:
    VISIT_INDEX.index_many(db, batch)


def rebuild_search_index(db: sqlite_utils.Database) -> None:
    """Rebuild the register's search from the visits and their notes (after a bulk load or migration)."""
    conn = db.conn
    notes: dict[int, list[str]] = {}
    for vid, text in conn.execute("SELECT visit_id, text FROM visit_notes ORDER BY on_date, id"):
        notes.setdefault(vid, []).append(text)
    cur = conn.execute(f"SELECT id, {', '.join(SEARCHED_FIELDS)} FROM visits")
    names = [d[0] for d in cur.description]

    def bodies() -> Iterable[tuple[int, str]]:
        for values in cur:
            row = dict(zip(names, values, strict=True))
            yield row["id"], search_body(row, notes.get(row["id"], ()))

    VISIT_INDEX.rebuild(db, bodies())
