from __future__ import annotations

from datetime import date, datetime, time

import pytest

from officedesk.domain.visit_columns import ALL_COLUMNS
from officedesk.exchange.headings import (
    IGNORE,
    VISIT_REQUIRED,
    VISIT_VOCABULARY,
    canonical_heading,
    heading_variants,
    normalise_heading,
    parse_date,
    parse_datetime,
    parse_time,
    vocabulary,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("登记时间", "登记时间"),
        (" 登 记\n时间：", "登记时间"),
        ("\u3000信访人\u00a0", "信访人"),
        ("*主要诉求", "主要诉求"),
        ("登记时间（年月日）", "登记时间(年月日)"),
    ],
)
def test_normalise_heading(raw: str, expected: str) -> None:
    assert normalise_heading(raw) == expected


def test_bracketed_notes_are_also_tried_without() -> None:
    assert heading_variants("登记时间（年月日）") == ("登记时间(年月日)", "登记时间")
    assert heading_variants("信访人") == ("信访人",)


def test_vocabulary_refuses_a_heading_with_two_meanings() -> None:
    assert vocabulary(("姓名", "name"), ("姓 名", "name")) == {"姓名": "name"}
    with pytest.raises(ValueError, match="姓名"):
        vocabulary(("姓名", "name"), ("姓名", "person"))


def test_visit_vocabulary() -> None:
    assert VISIT_VOCABULARY["来访形式"] == "channel"
    assert VISIT_VOCABULARY["来访日期"] == "received_at"
    assert VISIT_VOCABULARY["代表姓名"] == "petitioner"
    assert VISIT_VOCABULARY["联系方式"] == "phone"
    assert VISIT_VOCABULARY["证件号码"] == "id_number"
    assert VISIT_VOCABULARY["来访事由"] == "requests"
    assert VISIT_VOCABULARY["责任单位"] == "handling_unit"
    assert VISIT_VOCABULARY["序号"] == IGNORE
    assert VISIT_VOCABULARY["办结期限"] == IGNORE  # computed, never imported
    # Every heading the export writes is understood on the way back in.
    assert {c.heading for c in ALL_COLUMNS} <= set(VISIT_VOCABULARY)
    assert set(VISIT_VOCABULARY.values()) >= VISIT_REQUIRED
    assert canonical_heading(VISIT_VOCABULARY, "petitioner") == "信访人"
    assert canonical_heading(VISIT_VOCABULARY, "requests") == "主要诉求"


@pytest.mark.parametrize(
    "value",
    [
        date(2026, 12, 31),
        datetime(2026, 12, 31, 10, 0),
        46387,
        46387.0,
        "2026-12-31",
        "2026/12/31",
        "2026.12.31",
        "2026年12月31日",
        "2026 年 12 月 31 日",
        "20261231",
        "２０２６年１２月３１日",
        "２０２６－１２－３１",
        " 2026-12-31\u00a0",
    ],
)
def test_date_spellings(value: object) -> None:
    assert parse_date(value) == date(2026, 12, 31)


def test_single_digit_month_and_day() -> None:
    assert parse_date("2026-1-5") == date(2026, 1, 5)
    assert parse_date("2026年1月5号") == date(2026, 1, 5)


def test_excel_serials_around_the_phantom_leap_day() -> None:
    assert parse_date(2) == date(1900, 1, 2)
    assert parse_date(59) == date(1900, 2, 28)
    assert parse_date(61) == date(1900, 3, 1)
    with pytest.raises(ValueError, match="日期无法识别"):
        parse_date(60)  # 1900-02-29 never existed


@pytest.mark.parametrize(
    "value",
    [
        "2017年13月40日",
        "0000-00-00",
        "2026-02-30",
        "12/31/2026",
        "26-12-31",
        "明天",
        "",
        0.5,
        1,
        -3,
        2958466,
        float("nan"),
        float("inf"),
        True,
        "2026-12-31 09:30",
        "9999-12-31",
        time(9, 30),
    ],
)
def test_impossible_or_ambiguous_dates_are_refused(value: object) -> None:
    with pytest.raises(ValueError, match="日期无法识别"):
        parse_date(value)


def test_the_message_shows_the_cell() -> None:
    with pytest.raises(ValueError) as caught:
        parse_date("2026年13月40日")
    assert str(caught.value) == "日期无法识别：2026年13月40日"
    with pytest.raises(ValueError) as caught:
        parse_date(0.0)
    assert str(caught.value) == "日期无法识别：0"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-12-31 09:30", datetime(2026, 12, 31, 9, 30)),
        ("2026-12-31 9:30", datetime(2026, 12, 31, 9, 30)),
        ("2026-12-31T09:30:15", datetime(2026, 12, 31, 9, 30, 15)),
        ("2026年12月31日9时30分", datetime(2026, 12, 31, 9, 30)),
        ("2026年12月31日 15点", datetime(2026, 12, 31, 15, 0)),
        ("2026/12/31", datetime(2026, 12, 31, 0, 0)),
        ("２０２６-１２-３１　０９：３０", datetime(2026, 12, 31, 9, 30)),
        (datetime(2026, 12, 31, 9, 30, 0, 500), datetime(2026, 12, 31, 9, 30)),
        (date(2026, 12, 31), datetime(2026, 12, 31)),
        (46387.395833333336, datetime(2026, 12, 31, 9, 30)),
    ],
)
def test_datetime_spellings(value: object, expected: datetime) -> None:
    assert parse_datetime(value) == expected


@pytest.mark.parametrize("value", ["2026-12-31 25:00", "2026-12-31 9:60", "2026-12-31 上午", "0000-00-00 00:00", 0.2])
def test_bad_datetimes(value: object) -> None:
    with pytest.raises(ValueError, match="日期无法识别"):
        parse_datetime(value)


def test_parse_time() -> None:
    assert parse_time("9:30") == time(9, 30)
    assert parse_time("09:30:59") == time(9, 30, 59)
    with pytest.raises(ValueError, match="时间无法识别"):
        parse_time("半夜")
