"""GB 11643-1999 ID numbers, phone numbers and masking (DOMAIN.md §3.5)."""

from __future__ import annotations

import random
from datetime import date

import pytest

from officedesk.domain.identity import (
    id_check_char,
    id_number_problem,
    mask_id_number,
    mask_phone,
    normalize_id_number,
    phone_problem,
)

TODAY = date(2026, 3, 2)


def _stdnum_check(first17: str) -> str:
    """python-stdnum's formula (DOMAIN.md §3.5), an independent oracle for the weighted sum."""
    value = (1 - 2 * int(first17, 13)) % 11
    return "X" if value == 10 else str(value)


@pytest.mark.parametrize(
    ("first17", "check"),
    [
        ("11010519491231002", "X"),  # the standard's own example
        ("44052418800101001", "4"),
        ("00000000000000000", "1"),  # S = 0 → 1
    ],
)
def test_id_check_char(first17: str, check: str) -> None:
    assert id_check_char(first17) == check


def test_id_check_char_agrees_with_stdnum_formula() -> None:
    rng = random.Random(11643)
    for _ in range(2000):
        first17 = "".join(rng.choice("0123456789") for _ in range(17))
        assert id_check_char(first17) == _stdnum_check(first17), first17


@pytest.mark.parametrize(
    "bad", ["1101051949123100", "110105194912310021", "1101051949123100X", "１１０１０５１９４９１２３１００２"]
)
def test_id_check_char_needs_17_ascii_digits(bad: str) -> None:
    with pytest.raises(ValueError, match="17 digits"):
        id_check_char(bad)


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("11010519491231002X", "11010519491231002X"),
        ("  11010519491231002x ", "11010519491231002X"),
        ("１１０１０５１９４９１２３１００２ｘ", "11010519491231002X"),  # full-width from a Chinese IME
        ("110105 19491231 002X", "11010519491231002X"),
        ("110105491231002", "11010519491231002X"),  # legacy 15 digits: insert 19, add check char
        ("无", "无"),
        (" 不详 ", "不详"),
        ("", ""),
        ("1101", "1101"),  # wrong, but left for the checker to report
    ],
)
def test_normalize_id_number(typed: str, normal: str) -> None:
    assert normalize_id_number(typed) == normal


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("11010519491231002X", None),
        ("11010519491231002x", None),
        ("110105491231002", None),  # legacy, converted
        ("999999194912310025", None),  # unknown address code: accepted (abolished counties)
        ("", None),
        ("无", None),
        ("不详", None),
        ("1101051949123100", "应为18位"),
        ("1101051949123100211", "现为19位"),
        ("11010519491231002Y", "只能是数字"),
        ("1101051949X231002X", "只能是数字"),
        ("11010519490231002X", "出生日期19490231不存在"),  # no 31 February
        ("11010518991231002X", "早于1900年"),
        ("11010520270101002X", "晚于今天"),
        ("110105194912310021", "校验位应为X"),
        ("110105194912310020", "校验位应为X"),
    ],
)
def test_id_number_problem(typed: str, fragment: str | None) -> None:
    problem = id_number_problem(typed, TODAY)
    if fragment is None:
        assert problem is None
    else:
        assert problem is not None
        assert fragment in problem


def test_id_number_problem_checks_the_date_before_the_check_digit() -> None:
    # A wrong date with a matching check character is still reported as a date problem.
    first17 = "11010520260230001"
    problem = id_number_problem(first17 + id_check_char(first17), TODAY)
    assert problem is not None
    assert "20260230不存在" in problem


@pytest.mark.parametrize(
    ("typed", "ok"),
    [
        ("", True),
        ("   ", True),
        ("13812345678", True),
        ("19912345678", True),
        ("138 1234 5678", True),
        ("１３８１２３４５６７８", True),
        ("0551-12345678", True),
        ("055112345678", True),
        ("010-1234567", True),
        ("0551-1234567-801", True),
        ("0551-1234567转801", True),
        ("12812345678", False),  # 12x is not a mobile prefix
        ("1381234567", False),  # 10 digits
        ("138123456789", False),
        ("5123456", False),  # local number without area code
        ("0551-123456", False),
        ("0551-1234567-1234567", False),  # extension too long
        ("电话不详", False),
        ("+8613812345678", False),
    ],
)
def test_phone_problem(typed: str, ok: bool) -> None:
    assert (phone_problem(typed) is None) is ok


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("1381234567", "现为10位"),
        ("5123456", "请加区号"),
        ("abc", "格式不对"),
    ],
)
def test_phone_problem_says_what_is_wrong(typed: str, fragment: str) -> None:
    problem = phone_problem(typed)
    assert problem is not None
    assert fragment in problem


@pytest.mark.parametrize(
    ("typed", "masked"),
    [
        ("11010519491231002X", "110105********002X"),
        ("110101199001011234", "110101********1234"),
        ("110105491231002", "110**********02"),  # legacy 15: first 3, last 2
        ("1101051949", "11******49"),  # short: never show more than half
        ("123", "***"),
        ("", ""),
        ("无", "无"),
        ("不详", "不详"),
    ],
)
def test_mask_id_number(typed: str, masked: str) -> None:
    assert mask_id_number(typed) == masked


@pytest.mark.parametrize(
    ("typed", "masked"),
    [
        ("13812345678", "138****5678"),
        ("138 1234 5678", "138****5678"),
        ("0551-12345678", "0551-******78"),
        ("055112345678", "0551******78"),
        ("010-12345678", "010-******78"),
        ("02112345678", "021******78"),
        ("0551-1234567转801", "0551-*******转*01"),
        ("5123456", "5*****6"),
        ("12", "**"),
        ("", ""),
    ],
)
def test_mask_phone(typed: str, masked: str) -> None:
    assert mask_phone(typed) == masked


@pytest.mark.parametrize("number", ["11010519491231002X", "13812345678", "0551-12345678", "110105491231002"])
def test_masks_hide_the_middle(number: str) -> None:
    for mask in (mask_id_number, mask_phone):
        masked = mask(number)
        assert len(masked) == len(number.replace(" ", ""))
        assert masked.count("*") >= len(masked) // 3
