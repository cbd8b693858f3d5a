"""The bigram text behind 1- and 2-character search: the fast split gives what the character walk gave."""

from __future__ import annotations

import random
import re
import threading
from collections.abc import Sequence

import pytest
import sqlite_utils

from officedesk.storage import text_search
from officedesk.storage.text_search import TextIndex, bigram_text, bigram_texts


def _reference(body: str) -> str:
    """bigram_text as it was first written: a walk over the characters, str.isalnum deciding."""
    runs: list[str] = []
    current: list[str] = []
    for ch in body.lower():
        if ch.isalnum():
            current.append(ch)
        elif current:
            runs.append("".join(current))
            current = []
    if current:
        runs.append("".join(current))
    return " ".join(run[i : i + 2] for run in runs for i in range(len(run)))


def test_the_pattern_keeps_exactly_what_isalnum_keeps() -> None:
    every = "".join(map(chr, range(0x110000)))
    kept = set(re.findall(r"[^\W_]", every))
    assert kept == {ch for ch in every if ch.isalnum()}


def test_bigram_text_is_the_character_walk() -> None:
    rng = random.Random(7)
    alphabet = "张三丰来访城关镇ABCxyzİΣς0123４５_-，。 \n\t\u3000·①Ⅻ\u0301ß"
    for _ in range(2000):
        body = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        assert bigram_text(body) == _reference(body), body
    assert bigram_text("张三丰，来访") == "张三 三丰 丰 来访 访"
    assert bigram_text("") == bigram_text("，。") == ""


def test_bigram_texts_of_records_are_the_bigrams_of_their_joined_texts() -> None:
    rng = random.Random(11)
    alphabet = "物业纠纷停车费AB1 ，\n"
    records = [
        ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12))) for _ in range(rng.randrange(0, 5))]
        for _ in range(500)
    ]
    records += [["城关镇", "城关镇"], [], [""], ["ΑΣ", "Σ"]]
    assert bigram_texts(records) == [bigram_text("\n".join(texts)) for texts in records]


# ---- bulk indexing: the bigram texts on a worker thread, the trigram index in one statement ----------------


def _index_db(name: str = "thing") -> tuple[sqlite_utils.Database, TextIndex]:
    db = sqlite_utils.Database(memory=True)
    index = TextIndex(name)
    db.conn.executescript(f"CREATE TABLE {index.owner} (id INTEGER PRIMARY KEY);" + index.create_sql())
    return db, index


def _records(count: int, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    words = ["城关镇", "物业纠纷", "停车费", "张三丰", "消防通道", "AB12", "堵", "", "已召开协调会"]
    return [[w for w in rng.sample(words, rng.randrange(1, 5)) if w] or ["空"] for _ in range(count)]


def _hits(db: sqlite_utils.Database, index: TextIndex, text: str) -> list[int]:
    clauses, params = index.where(text, "rowid")
    sql = f"SELECT rowid FROM {index.content} WHERE {' AND '.join(clauses)} ORDER BY rowid"
    return [row[0] for row in db.conn.execute(sql, params)]


@pytest.mark.parametrize("with_texts", [True, False])
def test_a_large_batch_is_indexed_as_record_by_record(monkeypatch: pytest.MonkeyPatch, with_texts: bool) -> None:
    records = _records(text_search.BACKGROUND_FROM + 200, seed=3)
    batch = [(i, "\n".join(texts)) for i, texts in enumerate(records, start=1)]
    bulk_db, bulk = _index_db()
    threads: list[str] = []
    real = text_search.bigram_texts

    def watched(found: Sequence[Sequence[str]]) -> list[str]:
        threads.append(threading.current_thread().name)
        return real(found)

    monkeypatch.setattr(text_search, "bigram_texts", watched)
    with bulk_db.conn:
        bulk.index_many(bulk_db, batch, records if with_texts else None)
    if with_texts:
        assert threads and threads[0].startswith("bigram-texts")  # worked out beside the trigram statement
    one_db, one = _index_db()
    with one_db.conn:
        for row_id, body in batch:
            one.index(one_db, row_id, body)
    for query in ("堵", "物业", "停车费", "城关镇 协调", "ab", "张三丰", "不存在"):
        assert _hits(bulk_db, bulk, query) == _hits(one_db, one, query), query
    assert _hits(bulk_db, bulk, "物业") != []


def test_new_records_out_of_order_are_indexed_too() -> None:
    db, index = _index_db()
    with db.conn:
        index.index_many(db, [(1, "城关镇物业纠纷")])
        index.index_many(db, [(9, "消防通道堵塞"), (4, "物业费"), (6, "停车")])  # not one run of ids
    assert _hits(db, index, "物业") == [1, 4] and _hits(db, index, "消防通道") == [9] and _hits(db, index, "停") == [6]
    assert _hits(db, index, "通道堵") == [9]


def test_a_large_batch_keeps_more_in_memory_and_says_so_once() -> None:
    db, index = _index_db()
    batch = [(i, f"第{i}项 城关镇") for i in range(11, text_search.BACKGROUND_FROM + 11)]
    with db.conn:
        index.index_many(db, [(i, "城关镇") for i in range(1, 11)])
    assert db.conn.execute(f"SELECT v FROM {index.fts}_config WHERE k = 'hashsize'").fetchone() is None  # small
    with db.conn:
        index.index_many(db, batch)
    for table in (index.fts, index.bigrams):
        assert db.conn.execute(f"SELECT v FROM {table}_config WHERE k = 'hashsize'").fetchone() == (
            text_search.PENDING_BYTES,
        )
    sent: list[str] = []
    db.conn.set_trace_callback(sent.append)
    with db.conn:
        index.index_many(db, [(i + 5000, body) for i, body in batch])
    db.conn.set_trace_callback(None)
    assert not [s for s in sent if "'hashsize'" in s and s.startswith("INSERT")]
    assert len(_hits(db, index, "城关镇")) == 2 * len(batch) + 10
    assert db.conn.execute(f"INSERT INTO {index.fts}({index.fts}) VALUES ('integrity-check')") is not None


def test_a_failure_on_the_worker_thread_reaches_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    db, index = _index_db()
    batch = [(i, "城关镇") for i in range(1, text_search.BACKGROUND_FROM + 1)]

    def broken(found: Sequence[Sequence[str]]) -> list[str]:
        raise MemoryError("no room")

    monkeypatch.setattr(text_search, "bigram_texts", broken)
    with pytest.raises(MemoryError), db.conn:
        index.index_many(db, batch, [["城关镇"]] * len(batch))
    assert db.conn.execute(f"SELECT count(*) FROM {index.content}").fetchone() == (0,)  # rolled back
    monkeypatch.undo()
    with pytest.raises(ValueError), db.conn:
        index.index_many(db, batch, [["城关镇"]] * (len(batch) - 1))  # one record's texts missing
