"""The bigram text behind 1- and 2-character search: the fast split gives what the character walk gave."""

from __future__ import annotations

import random
import re

from officedesk.storage.text_search import bigram_text, bigram_texts


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
