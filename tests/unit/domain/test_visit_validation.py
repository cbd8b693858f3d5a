"""Field checks before a visit is saved: errors refuse, warnings only ask (DOMAIN.md §3.5)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from officedesk.domain.settings import DeadlinePeriods, DeskSettings
from officedesk.domain.visit_validation import ERROR, WARNING, FieldIssue, has_errors, validate_visit
from officedesk.domain.visits import Visit

NOW = datetime(2026, 3, 20, 10, 0)
RECEIVED = datetime(2026, 3, 2, 9, 30)
SETTINGS = DeskSettings()
NOT_ACCEPTED = {"accepted_on": None, "accept_notified_on": None}


def good_visit(**changes: object) -> Visit:
    return Visit(
        channel="来访",
        received_at=RECEIVED,
        petitioner="张三",
        requests="要求支付拖欠的三个月工资",
        phone="13812345678",
        id_number="11010519491231002X",
        disposition="交办",
        accepted_on=date(2026, 3, 3),
        accept_notified_on=date(2026, 3, 3),
    ).replace(**changes)


def issues_of(visit: Visit, settings: DeskSettings = SETTINGS) -> set[tuple[str, str]]:
    return {(i.field, i.severity) for i in validate_visit(visit, settings, NOW)}


def test_a_complete_visit_has_no_issues() -> None:
    assert validate_visit(good_visit(), SETTINGS, NOW) == []


def test_a_minimal_visit_has_no_issues() -> None:
    v = Visit(channel="来信", received_at=RECEIVED, petitioner="匿名", requests="反映噪音扰民")
    assert validate_visit(v, SETTINGS, NOW) == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"channel": "传真"}, {("channel", ERROR)}),
        ({"channel": ""}, {("channel", ERROR)}),
        # Registered just now, not yet accepted: 5 minutes of clock slack between PCs.
        ({"received_at": datetime(2026, 3, 20, 10, 5), **NOT_ACCEPTED}, set()),
        ({"received_at": datetime(2026, 3, 20, 10, 6), **NOT_ACCEPTED}, {("received_at", ERROR)}),
        ({"received_at": datetime(2025, 3, 19, 9, 0)}, {("received_at", WARNING)}),  # a year back: typo?
        ({"received_at": datetime(2025, 3, 21, 9, 0)}, set()),
        ({"requests": "   "}, {("requests", ERROR)}),
        ({"petitioner": ""}, {("petitioner", ERROR)}),
        ({"people_count": 0}, {("people_count", ERROR)}),
        ({"people_count": 30}, set()),  # a group visit needs nothing extra
        ({"matter_type": "咨询"}, {("matter_type", ERROR)}),
        ({"disposition": ""}, set()),
        ({"disposition": "不予受理"}, set()),
        ({"disposition": "已处理"}, {("disposition", ERROR)}),
        ({"phone": "1381234567"}, {("phone", ERROR)}),
        ({"phone": ""}, set()),
        ({"phone": "0551-12345678转8"}, set()),
        ({"id_number": "110105194912310021"}, {("id_number", WARNING)}),  # warn, never block
        ({"id_number": "11010520270101002X"}, {("id_number", WARNING)}),  # born in the future
        ({"id_number": "无"}, set()),
        ({"id_number": "110105491231002"}, set()),  # legacy 15 digits
        ({"result": "驳回"}, {("result", ERROR)}),
        ({"result": "解释说明"}, set()),
        ({"satisfaction": "满意"}, {("followup_on", ERROR)}),
        ({"satisfaction": "满意", "followup_on": date(2026, 3, 18)}, set()),
        ({"satisfaction": "还行", "followup_on": date(2026, 3, 18)}, {("satisfaction", ERROR)}),
    ],
)
def test_single_field_rules(changes: dict[str, object], expected: set[tuple[str, str]]) -> None:
    assert issues_of(good_visit(**changes)) == expected


@pytest.mark.parametrize(
    "field",
    [
        "accepted_on",
        "accept_notified_on",
        "extension_notified_on",
        "reply_on",
        "followup_on",
        "review_requested_on",
        "recheck_requested_on",
        "closed_on",
    ],
)
@pytest.mark.parametrize(
    ("day", "ok"),
    [
        (date(2026, 3, 1), False),  # before the registration day
        (date(2026, 3, 2), True),  # the same day (当场)
        (date(2026, 3, 20), True),  # today
        (date(2026, 3, 21), False),  # tomorrow
    ],
)
def test_step_dates_lie_between_receipt_and_today(field: str, day: date, ok: bool) -> None:
    expected = set() if ok else {(field, ERROR)}
    assert issues_of(good_visit(**{field: day})) == expected


EXTENDED = {"extension_days": 30, "extension_approver": "李局长", "extension_reason": "需要现场调查"}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (EXTENDED, set()),
        ({**EXTENDED, "extension_days": 31}, {("extension_days", ERROR)}),  # 第三十四条: ≤ 30日
        ({**EXTENDED, "extension_days": -1}, {("extension_days", ERROR)}),
        ({**EXTENDED, "extension_approver": " "}, {("extension_approver", ERROR)}),
        ({**EXTENDED, "extension_reason": ""}, {("extension_reason", ERROR)}),
        ({**EXTENDED, "accepted_on": None}, {("accepted_on", ERROR)}),
        ({"extension_days": 10}, {("extension_approver", ERROR), ("extension_reason", ERROR)}),
        ({"extension_days": 0, "extension_approver": "李局长"}, set()),
    ],
)
def test_extension_rules(changes: dict[str, object], expected: set[tuple[str, str]]) -> None:
    assert issues_of(good_visit(**changes)) == expected


def test_extension_limit_is_a_setting() -> None:
    shorter = DeskSettings(periods=DeadlinePeriods(max_extension_days=15))
    assert issues_of(good_visit(**{**EXTENDED, "extension_days": 20}), shorter) == {("extension_days", ERROR)}
    messages = [i.message for i in validate_visit(good_visit(**{**EXTENDED, "extension_days": 20}), shorter, NOW)]
    assert any("15日" in m for m in messages)


def test_messages_are_chinese_sentences() -> None:
    bad = good_visit(channel="x", petitioner="", requests="", people_count=0, phone="x", id_number="123")
    issues = validate_visit(bad, SETTINGS, NOW)
    assert [i.field for i in issues] == ["channel", "petitioner", "people_count", "requests", "phone", "id_number"]
    for issue in issues:
        assert issue.message.endswith("。")
        assert not issue.message.isascii()
    petitioner = next(i for i in issues if i.field == "petitioner")
    assert "匿名" in petitioner.message


@pytest.mark.parametrize(
    ("severities", "blocked"),
    [
        ((), False),
        ((WARNING,), False),
        ((WARNING, WARNING), False),
        ((ERROR,), True),
        ((WARNING, ERROR), True),
    ],
)
def test_has_errors(severities: tuple[str, ...], blocked: bool) -> None:
    issues = [FieldIssue("phone", s, "…。") for s in severities]
    assert has_errors(issues) is blocked
    assert has_errors(iter(issues)) is blocked  # any iterable will do
