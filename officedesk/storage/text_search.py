"""Chinese full-text search over one record table: trigram FTS5 for 3+ characters, bigrams for 1–2.

PLATFORM.md: trigram finds nothing shorter than three characters, and LIKE on the FTS table is broken for
short CJK terms in SQLite 3.40.1. A contentless bigram index answers a 2-character query with one token
lookup and a 1-character query with a prefix scan, instead of a LIKE scan over every row.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from itertools import chain
from operator import add
from typing import Any

import sqlite_utils

# Batches from this size have their bigram texts worked out on another thread (TextIndex.index_many).
BACKGROUND_FROM = 1000
# What FTS5 keeps of an insert in memory before writing it out as a new segment (its 'hashsize' option, 1 MB by
# default). A bulk index with 1 MB writes dozens of small segments that automerge then reads and merges again
# within the same transaction; with this, a 50,000-line import writes a few large ones.
PENDING_BYTES = 16 * 1024 * 1024
_ALNUM_RUN = re.compile(r"[^\W_]+")  # runs of what str.isalnum() keeps, found in one C-level pass


def _runs(text: str) -> list[str]:
    """Runs of letters/digits, lower-cased: the pieces unicode61 keeps as tokens."""
    return _ALNUM_RUN.findall(text.lower())


def bigram_text(body: str) -> str:
    """ "张三丰" → "张三 三丰 丰": every character starts a token, so a 1-character prefix query finds it."""
    tokens: list[str] = []
    for run in _ALNUM_RUN.findall(body.lower()):
        tokens.extend(map(add, run, run[1:]))
        tokens.append(run[-1])
    return " ".join(tokens)


def bigram_texts(records: Sequence[Sequence[str]]) -> list[str]:
    """bigram_text of each record's texts joined by line breaks, for many records at once.

    No run of letters crosses a line break, so a record's bigrams are its texts' bigrams one after
    the other: a text repeated across records (a unit, a category, a name) is split once."""
    known = {text: bigram_text(text) for text in set(chain.from_iterable(records))}
    known[""] = ""
    return [" ".join(filter(None, map(known.__getitem__, texts))) for texts in records]


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


class TextIndex:
    """The three tables of one searchable record type: `{name}_search` (the text, kept once), `{name}_fts`
    (trigram, external content) and `{name}_bigrams` (contentless, no positions)."""

    def __init__(self, name: str) -> None:
        self.content = f"{name}_search"
        self.fts = f"{name}_fts"
        self.bigrams = f"{name}_bigrams"
        self.owner = f"{name}s"

    def create_sql(self) -> str:
        return f"""
        CREATE TABLE {self.content} (id INTEGER PRIMARY KEY REFERENCES {self.owner}(id), body TEXT NOT NULL);
        CREATE VIRTUAL TABLE {self.fts} USING fts5(
            body, tokenize='trigram', detail='full', content='{self.content}', content_rowid='id');
        CREATE VIRTUAL TABLE {self.bigrams} USING fts5(body, tokenize='unicode61', content='', detail='none');
        """

    def term_queries(self, text: str) -> list[tuple[str, str]]:
        """Each whitespace-separated term → (fts table, match expression); all must match."""
        out: list[tuple[str, str]] = []
        for raw in text.split():
            if len(raw) >= 3:
                out.append((self.fts, _quote(raw)))
                continue
            runs = _runs(raw)
            if not runs:
                continue
            term = runs[0]
            out.append((self.bigrams, _quote(term) if len(term) == 2 else _quote(term) + "*"))
        return out

    def where(self, text: str, id_column: str = "id") -> tuple[list[str], dict[str, Any]]:
        """SQL clauses (and their parameters) that keep the rows matching every term of `text`."""
        clauses: list[str] = []
        params: dict[str, Any] = {}
        for i, (table, expr) in enumerate(self.term_queries(text)):
            clauses.append(f"{id_column} IN (SELECT rowid FROM {table} WHERE {table} MATCH :{self.fts}_q{i})")
            params[f"{self.fts}_q{i}"] = expr
        return clauses, params

    def index(self, db: sqlite_utils.Database, row_id: int, body: str) -> None:
        """Replace one record's entry in both indexes (call inside the write's transaction)."""
        conn = db.conn
        old = conn.execute(f"SELECT body FROM {self.content} WHERE id = ?", (row_id,)).fetchone()
        if old is not None:
            if old[0] == body:
                return
            conn.execute(f"INSERT INTO {self.fts}({self.fts}, rowid, body) VALUES ('delete', ?, ?)", (row_id, old[0]))
            conn.execute(
                f"INSERT INTO {self.bigrams}({self.bigrams}, rowid, body) VALUES ('delete', ?, ?)",
                (row_id, bigram_text(old[0])),
            )
            conn.execute(f"UPDATE {self.content} SET body = ? WHERE id = ?", (body, row_id))
        else:
            conn.execute(f"INSERT INTO {self.content}(id, body) VALUES (?, ?)", (row_id, body))
        conn.execute(f"INSERT INTO {self.fts}(rowid, body) VALUES (?, ?)", (row_id, body))
        conn.execute(f"INSERT INTO {self.bigrams}(rowid, body) VALUES (?, ?)", (row_id, bigram_text(body)))

    def reindex_many(self, db: sqlite_utils.Database, batch: Sequence[tuple[int, str]]) -> None:
        """index() of many records at once (call inside the write's transaction): an unchanged text is left
        alone, a changed one leaves both indexes and comes back, a new one is added."""
        conn = db.conn
        old: dict[int, str] = dict(
            conn.execute(
                f"SELECT id, body FROM {self.content} WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps([row_id for row_id, _ in batch]),),
            )
        )
        changed = [(row_id, body) for row_id, body in batch if old.get(row_id) != body]
        replaced = [(row_id, old[row_id]) for row_id, _ in changed if row_id in old]
        conn.executemany(f"INSERT INTO {self.fts}({self.fts}, rowid, body) VALUES ('delete', ?, ?)", replaced)
        conn.executemany(
            f"INSERT INTO {self.bigrams}({self.bigrams}, rowid, body) VALUES ('delete', ?, ?)",
            [(row_id, bigram_text(body)) for row_id, body in replaced],
        )
        conn.executemany(
            f"UPDATE {self.content} SET body = ? WHERE id = ?",
            [(body, row_id) for row_id, body in changed if row_id in old],
        )
        conn.executemany(
            f"INSERT INTO {self.content}(id, body) VALUES (?, ?)", [item for item in changed if item[0] not in old]
        )
        conn.executemany(f"INSERT INTO {self.fts}(rowid, body) VALUES (?, ?)", changed)
        conn.executemany(
            f"INSERT INTO {self.bigrams}(rowid, body) VALUES (?, ?)", [(i, bigram_text(b)) for i, b in changed]
        )

    def index_many(
        self, db: sqlite_utils.Database, batch: Sequence[tuple[int, str]], texts: Sequence[Sequence[str]] | None = None
    ) -> None:
        """Index new records (never indexed before) in bulk; `texts[i]`, when given, holds the texts batch[i]'s body
        joins with line breaks (bigram_texts then splits a text repeated across records once).

        The trigram index is filled from the content table in one statement, during which SQLite lets go of the
        GIL: a large batch's bigram texts are worked out on another thread meanwhile (pure Python, no database)."""
        conn = db.conn
        if len(batch) >= BACKGROUND_FROM:
            self._roomy(conn)
        conn.executemany(f"INSERT INTO {self.content}(id, body) VALUES (?, ?)", batch)
        ids = [row_id for row_id, _ in batch]

        def bigrams() -> list[str]:
            return bigram_texts(texts) if texts is not None else [bigram_text(body) for _, body in batch]

        if len(batch) >= BACKGROUND_FROM:
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="bigram-texts") as pool:
                pending = pool.submit(bigrams)
                self._index_trigrams(conn, ids)
                made = pending.result()
        else:
            self._index_trigrams(conn, ids)
            made = bigrams()
        conn.executemany(f"INSERT INTO {self.bigrams}(rowid, body) VALUES (?, ?)", zip(ids, made, strict=True))

    def _roomy(self, conn: Any) -> None:
        """Both FTS5 tables set to keep PENDING_BYTES of new entries in memory (once: the option is stored)."""
        for table in (self.fts, self.bigrams):
            row = conn.execute(f"SELECT v FROM {table}_config WHERE k = 'hashsize'").fetchone()
            if row is None or row[0] != PENDING_BYTES:
                conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', ?)", (PENDING_BYTES,))

    def _index_trigrams(self, conn: Any, ids: Sequence[int]) -> None:
        """The trigram entries of these new records, read from the content table in one statement (ids rising,
        as FTS5 appends them fastest)."""
        if not ids:
            return
        first = ids[0]
        if list(ids) == list(range(first, first + len(ids))):
            conn.execute(
                f"INSERT INTO {self.fts}(rowid, body) SELECT id, body FROM {self.content} WHERE id BETWEEN ? AND ? "
                "ORDER BY id",
                (first, first + len(ids) - 1),
            )
        else:
            conn.execute(
                f"INSERT INTO {self.fts}(rowid, body) SELECT id, body FROM {self.content} "
                "WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
                (json.dumps(list(ids)),),
            )

    def rebuild(self, db: sqlite_utils.Database, bodies: Iterable[tuple[int, str]]) -> None:
        """Rebuild both indexes from scratch: after a bulk import, once, not row by row."""
        conn = db.conn
        conn.execute(f"DELETE FROM {self.content}")
        conn.execute(f"INSERT INTO {self.bigrams}({self.bigrams}) VALUES ('delete-all')")
        batch: list[tuple[int, str]] = []
        for item in bodies:
            batch.append(item)
            if len(batch) >= 5000:
                self._insert_bodies(conn, batch)
                batch = []
        self._insert_bodies(conn, batch)
        conn.execute(f"INSERT INTO {self.fts}({self.fts}) VALUES ('rebuild')")

    def _insert_bodies(self, conn: Any, batch: Sequence[tuple[int, str]]) -> None:
        conn.executemany(f"INSERT INTO {self.content}(id, body) VALUES (?, ?)", batch)
        conn.executemany(
            f"INSERT INTO {self.bigrams}(rowid, body) VALUES (?, ?)", [(i, bigram_text(b)) for i, b in batch]
        )
