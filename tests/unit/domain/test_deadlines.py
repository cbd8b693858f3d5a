"""The 信访工作条例 clocks on the real 2026 calendar (PLATFORM.md, Holidays) and the 2027 fallback."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest

from officedesk.domain.calendar import CalendarOverride, OverrideKind, WorkCalendar
from officedesk.domain.deadlines import (
    Deadline,
    add_days,
    add_workdays,
    compute_deadlines,
    display_state,
    with_deadlines,
)
from officedesk.domain.settings import DeadlinePeriods
from officedesk.domain.visits import Visit, VisitState

CAL = WorkCalendar()
PERIODS = DeadlinePeriods()


def visit(received: date = date(2026, 3, 2), **changes: object) -> Visit:
    base = Visit(
        channel="来访",
        received_at=datetime.combine(received, datetime.min.time()).replace(hour=9),
        petitioner="张三",
        requests="要求支付拖欠工资",
    )
    return base.replace(**changes)


@pytest.mark.parametrize(
    ("start", "days", "roll", "due"),
    [
        (date(2026, 2, 1), 15, True, date(2026, 2, 24)),  # 02-16 is 春节 → next working day
        (date(2026, 2, 1), 15, False, date(2026, 2, 16)),  # no rolling
        (date(2026, 9, 5), 15, True, date(2026, 9, 20)),  # 调休上班 Sunday: a working day, stays
        (date(2026, 9, 10), 15, True, date(2026, 9, 28)),  # 09-25 中秋 → over the weekend 26, 27
        (date(2026, 9, 16), 15, True, date(2026, 10, 8)),  # 10-01 国庆 → after 10-07
        (date(2026, 3, 2), 60, True, date(2026, 5, 6)),  # 05-01 + 劳动节 05-01..05-05
        (date(2026, 3, 9), 15, True, date(2026, 3, 24)),  # an ordinary Tuesday
        (date(2026, 3, 6), 15, True, date(2026, 3, 23)),  # Saturday 03-21 → Monday 03-23
        (date(2026, 3, 6), 15, False, date(2026, 3, 21)),
        # 2027-01-01 is a Friday with no official data yet: a plain workday, so no roll (hence the banner).
        (date(2026, 12, 17), 15, True, date(2027, 1, 1)),
        (date(2026, 12, 18), 15, True, date(2027, 1, 4)),  # Saturday 01-02 → Monday
        (date(2026, 3, 9), 0, True, date(2026, 3, 9)),
    ],
)
def test_add_days(start: date, days: int, roll: bool, due: date) -> None:
    assert add_days(CAL, start, days, roll) == due


@pytest.mark.parametrize(
    ("start", "n", "due"),
    [
        # Tue 02-10: 11, 12, 13, 14 (调休上班 Saturday counts), 15..23 off, 24.
        (date(2026, 2, 10), 5, date(2026, 2, 24)),
        (date(2026, 3, 2), 5, date(2026, 3, 9)),  # Mon → next Mon (weekend skipped)
        (date(2026, 3, 6), 5, date(2026, 3, 13)),  # Fri → next Fri
        (date(2026, 9, 18), 5, date(2026, 9, 24)),  # Fri: 20 (Sunday worked), 21, 22, 23, 24
        (date(2026, 9, 24), 5, date(2026, 10, 9)),  # 中秋 25..27; 28, 29, 30; 国庆 10-01..07; 08, 09
        (date(2026, 9, 24), 6, date(2026, 10, 10)),  # … and Saturday 10-10 is worked
        (date(2026, 2, 14), 0, date(2026, 2, 14)),
    ],
)
def test_add_workdays(start: date, n: int, due: date) -> None:
    assert add_workdays(CAL, start, n) == due


@pytest.mark.parametrize("fn", [add_days, add_workdays])
def test_negative_periods_are_refused(fn: Callable[[WorkCalendar, date, int], date]) -> None:
    with pytest.raises(ValueError, match="negative"):
        fn(CAL, date(2026, 3, 2), -1)


def test_2027_falls_back_to_weekends_and_records_the_year() -> None:
    cal = WorkCalendar()
    # Fri 2027-02-05 + 5个工作日 on plain weekdays: 8, 9, 10, 11, 12.
    assert add_workdays(cal, date(2027, 2, 5), 5) == date(2027, 2, 12)
    assert cal.fallback_years == frozenset({2027})


def test_2027_override_is_honoured() -> None:
    cal = WorkCalendar([CalendarOverride(date(2027, 2, 8), OverrideKind.HOLIDAY, "春节")])
    assert add_workdays(cal, date(2027, 2, 5), 5) == date(2027, 2, 15)
    assert add_days(cal, date(2027, 1, 24), 15) == date(2027, 2, 9)  # lands on 02-08 → 02-09
    assert cal.is_known_year(2027)
    assert cal.fallback_years == frozenset()


def test_caption() -> None:
    assert Deadline("handling", "办结", "§34", 60, "日", date(2026, 5, 6)).caption == "§34 60日"
    assert (
        Deadline("objection", "不予受理/告知异议", "§23", 5, "个工作日", date(2026, 2, 24)).caption == "§23 5个工作日"
    )


def _dues(v: Visit, periods: DeadlinePeriods = PERIODS) -> dict[str, date]:
    return {d.key: d.due for d in compute_deadlines(v, periods, CAL).listed()}


A = date(2026, 3, 2)  # a Monday


@pytest.mark.parametrize(
    ("changes", "dues", "active"),
    [
        # Only received: the §23 notice clock runs.
        ({}, {"accept": date(2026, 3, 17)}, "accept"),
        # Received before 春节: 02-16 rolls to 02-24.
        ({"received": date(2026, 2, 1)}, {"accept": date(2026, 2, 24)}, "accept"),
        # Outside remit: the 5个工作日 objection runs until the notice is given.
        (
            {"received": date(2026, 2, 10), "disposition": "不予受理"},
            {"accept": date(2026, 2, 25), "objection": date(2026, 2, 24)},
            "objection",
        ),
        (
            {
                "received": date(2026, 2, 10),
                "disposition": "告知向有权机关提出",
                "accept_notified_on": date(2026, 2, 12),
            },
            {"accept": date(2026, 2, 25), "objection": date(2026, 2, 24)},
            None,
        ),
        # Notified but not yet accepted: no clock runs.
        ({"accept_notified_on": A}, {"accept": date(2026, 3, 17)}, None),
        # Accepted: §34 60日 (05-01 → after 劳动节 05-06).
        ({"accepted_on": A}, {"accept": date(2026, 3, 17), "handling": date(2026, 5, 6)}, "handling"),
        # Extended 30日: 90 days from acceptance, 05-31 Sunday → 06-01.
        (
            {"accepted_on": A, "extension_days": 30},
            {"accept": date(2026, 3, 17), "handling": date(2026, 5, 6), "extended": date(2026, 6, 1)},
            "extended",
        ),
        # An excessive extension is still computed (validation reports it).
        (
            {"accepted_on": A, "extension_days": 45},
            {"accept": date(2026, 3, 17), "handling": date(2026, 5, 6), "extended": date(2026, 6, 15)},
            "extended",
        ),
        # Extension without acceptance: no extended clock.
        ({"extension_days": 30}, {"accept": date(2026, 3, 17)}, "accept"),
        # Replied: the petitioner's §35 request window appears; the §34 clock still shows.
        (
            {"accepted_on": A, "reply_on": date(2026, 4, 1)},
            {"accept": date(2026, 3, 17), "handling": date(2026, 5, 6), "review_request": date(2026, 5, 6)},
            "handling",
        ),
        # 复查 requested: the office answers within 30日 (§35); 10-01 国庆 → 10-08.
        (
            {"accepted_on": A, "reply_on": date(2026, 4, 1), "review_requested_on": date(2026, 9, 1)},
            {
                "accept": date(2026, 3, 17),
                "handling": date(2026, 5, 6),
                "review_request": date(2026, 5, 6),
                "review_answer": date(2026, 10, 8),
            },
            "review_answer",
        ),
        # 复查 answered, 复核 requested: §36.
        (
            {
                "accepted_on": A,
                "review_requested_on": date(2026, 5, 10),
                "review_result": "维持",
                "recheck_requested_on": date(2026, 7, 1),
            },
            {
                "accept": date(2026, 3, 17),
                "handling": date(2026, 5, 6),
                "review_answer": date(2026, 6, 9),
                "recheck_answer": date(2026, 7, 31),
            },
            "recheck_answer",
        ),
        # 复核 answered: back to the handling clock.
        (
            {"accepted_on": A, "recheck_requested_on": date(2026, 7, 1), "recheck_result": "维持"},
            {"accept": date(2026, 3, 17), "handling": date(2026, 5, 6), "recheck_answer": date(2026, 7, 31)},
            "handling",
        ),
    ],
)
def test_compute_deadlines(changes: dict[str, object], dues: dict[str, date], active: str | None) -> None:
    received = changes.pop("received", A)
    assert isinstance(received, date)
    v = visit(received, **changes)
    result = compute_deadlines(v, PERIODS, CAL)
    assert {d.key: d.due for d in result.listed()} == dues
    assert (result.active.key if result.active else None) == active
    assert result.recheck_request is None  # no clean start date on the record (see deadlines.py)


def test_listed_order_and_captions() -> None:
    v = visit(
        A,
        disposition="不予受理",
        accepted_on=A,
        extension_days=30,
        reply_on=A,
        review_requested_on=A,
        recheck_requested_on=A,
    )
    listed = compute_deadlines(v, PERIODS, CAL).listed()
    assert [(d.key, d.label, d.caption) for d in listed] == [
        ("accept", "受理告知", "§23 15日"),
        ("objection", "不予受理/告知异议", "§23 5个工作日"),
        ("handling", "办结", "§34 60日"),
        ("extended", "延期办结", "§34 90日"),
        ("review_request", "复查申请", "§35 30日"),
        ("review_answer", "复查答复", "§35 30日"),
        ("recheck_answer", "复核答复", "§36 30日"),
    ]


def test_periods_are_settings() -> None:
    # A province that shortens acceptance to 5个工作日-like 7日 and handling to 30日, without rolling.
    periods = DeadlinePeriods(accept_notice_days=7, handling_days=30, objection_workdays=3, roll_to_workday=False)
    v = visit(date(2026, 2, 10), accepted_on=date(2026, 2, 10), disposition="不予受理")
    assert _dues(v, periods) == {
        "accept": date(2026, 2, 17),  # 春节, not rolled
        "objection": date(2026, 2, 13),  # 11, 12, 13
        "handling": date(2026, 3, 12),
    }


def test_with_deadlines_fills_the_stored_columns() -> None:
    v = with_deadlines(visit(A, accepted_on=A, extension_days=30, disposition="交办"), PERIODS, CAL)
    assert (v.accept_due, v.objection_due, v.due_date, v.extended_due, v.active_due) == (
        date(2026, 3, 17),
        None,
        date(2026, 5, 6),
        date(2026, 6, 1),
        date(2026, 6, 1),
    )
    # Recomputing after the extension is withdrawn clears the stale column.
    v2 = with_deadlines(v.replace(extension_days=0), PERIODS, CAL)
    assert (v2.extended_due, v2.active_due) == (None, date(2026, 5, 6))


DUE = date(2026, 5, 6)


@pytest.mark.parametrize(
    ("changes", "today", "state"),
    [
        ({}, date(2026, 5, 1), VisitState.OPEN),
        ({}, date(2026, 5, 2), VisitState.OPEN),  # 4 days left
        ({}, date(2026, 5, 3), VisitState.DUE_SOON),  # 3 days left
        ({}, DUE, VisitState.DUE_SOON),  # the last day itself
        ({}, date(2026, 5, 7), VisitState.OVERDUE),
        ({"active_due": None}, date(2027, 1, 1), VisitState.OPEN),
        ({"closed_on": date(2026, 5, 1)}, date(2026, 6, 1), VisitState.CLOSED),
        ({"status": VisitState.CLOSED}, date(2026, 6, 1), VisitState.CLOSED),
        ({"suspended": True}, date(2026, 6, 1), VisitState.SUSPENDED),
        ({"status": VisitState.SUSPENDED, "closed_on": DUE}, date(2026, 6, 1), VisitState.SUSPENDED),
        ({"status": VisitState.VOID, "suspended": True}, date(2026, 6, 1), VisitState.VOID),
    ],
)
def test_display_state(changes: dict[str, object], today: date, state: str) -> None:
    v = visit(A, active_due=DUE).replace(**changes)
    assert display_state(v, today, due_soon_days=3) == state


def test_due_soon_window_is_a_setting() -> None:
    v = visit(A, active_due=DUE)
    assert display_state(v, date(2026, 5, 5), due_soon_days=0) == VisitState.OPEN
    assert display_state(v, DUE, due_soon_days=0) == VisitState.DUE_SOON


def test_with_deadlines_keeps_an_up_to_date_visit() -> None:
    v = with_deadlines(visit(A, accepted_on=A), PERIODS, CAL)
    assert with_deadlines(v, PERIODS, CAL) is v
    assert with_deadlines(v, DeadlinePeriods(handling_days=30), CAL).due_date == date(2026, 4, 1)
