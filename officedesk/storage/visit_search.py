"""The register's Chinese search: what text is searchable and how a query becomes FTS5 lookups.

Three or more characters use the trigram index (PLATFORM.md). One and two characters — a two-character
name is the commonest search — use a bigram index instead of a LIKE scan over every row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import sqlite_utils

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


def _runs(text: str) -> list[str]:
    """Runs of letters/digits, lower-cased: the pieces unicode61 keeps as tokens."""
    runs: list[str] = []
    current: list[str] = []
    for ch in text.lower():
        if ch.isalnum():
            current.append(ch)
        elif current:
            runs.append("".join(current))
            current = []
    if current:
        runs.append("".join(current))
    return runs


def bigram_text(body: str) -> str:
    """ "张三丰" → "张三 三丰 丰": every character starts a token, so a 1-character prefix query finds it."""
    tokens: list[str] = []
    for run in _runs(body):
        tokens.extend(run[i : i + 2] for i in range(len(run)))
    return " ".join(tokens)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def term_queries(text: str) -> list[tuple[str, str]]:
    """Each whitespace-separated term → (fts table, match expression); all must match."""
    out: list[tuple[str, str]] = []
    for raw in text.split():
        if len(raw) >= 3:
            out.append(("visit_fts", _quote(raw)))
            continue
        runs = _runs(raw)
        if not runs:
            continue
        term = runs[0]
        if len(term) == 2:
            out.append(("visit_bigrams", _quote(term)))
        else:
            out.append(("visit_bigrams", _quote(term) + "*"))
    return out


def index_visit(db: sqlite_utils.Database, visit_id: int, body: str) -> None:
    """Replace the visit's entry in both indexes (call inside the write's transaction)."""
    conn = db.conn
    old = conn.execute("SELECT body FROM visit_search WHERE id = ?", (visit_id,)).fetchone()
    if old is not None:
        if old[0] == body:
            return
        conn.execute("INSERT INTO visit_fts(visit_fts, rowid, body) VALUES ('delete', ?, ?)", (visit_id, old[0]))
        conn.execute(
            "INSERT INTO visit_bigrams(visit_bigrams, rowid, body) VALUES ('delete', ?, ?)",
            (visit_id, bigram_text(old[0])),
        )
        conn.execute("UPDATE visit_search SET body = ? WHERE id = ?", (body, visit_id))
    else:
        conn.execute("INSERT INTO visit_search(id, body) VALUES (?, ?)", (visit_id, body))
    conn.execute("INSERT INTO visit_fts(rowid, body) VALUES (?, ?)", (visit_id, body))
    conn.execute("INSERT INTO visit_bigrams(rowid, body) VALUES (?, ?)", (visit_id, bigram_text(body)))


def rebuild_search_index(db: sqlite_utils.Database) -> None:
    """Rebuild both indexes from the visits and notes: after a bulk import, once, not row by row."""
    conn = db.conn
    conn.execute("DELETE FROM visit_search")
    conn.execute("INSERT INTO visit_bigrams(visit_bigrams) VALUES ('delete-all')")
    notes: dict[int, list[str]] = {}
    for vid, text in conn.execute("SELECT visit_id, text FROM visit_notes ORDER BY on_date, id"):
        notes.setdefault(vid, []).append(text)
    cols = ", ".join(SEARCHED_FIELDS)
    cur = conn.execute(f"SELECT id, {cols} FROM visits")
    names = [d[0] for d in cur.description]
    batch: list[tuple[int, str]] = []
    for values in cur:
        row = dict(zip(names, values, strict=True))
        batch.append((row["id"], search_body(row, notes.get(row["id"], ()))))
        if len(batch) >= 5000:
            _insert_bodies(conn, batch)
            batch = []
    _insert_bodies(conn, batch)
    conn.execute("INSERT INTO visit_fts(visit_fts) VALUES ('rebuild')")


def _insert_bodies(conn: Any, batch: Sequence[tuple[int, str]]) -> None:
    conn.executemany("INSERT INTO visit_search(id, body) VALUES (?, ?)", batch)
    conn.executemany("INSERT INTO visit_bigrams(rowid, body) VALUES (?, ?)", [(i, bigram_text(b)) for i, b in batch])


def index_many(db: sqlite_utils.Database, batch: Sequence[tuple[int, str]]) -> None:
    """Index new visits (never indexed before) in bulk."""
    _insert_bodies(db.conn, batch)
    db.conn.executemany("INSERT INTO visit_fts(rowid, body) VALUES (?, ?)", batch)
