"""Provinces' deadline profiles (DOMAIN.md §3.1): national defaults, only what each text shortens."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest

from officedesk.domain.calendar import WorkCalendar
from officedesk.domain.deadlines import WORKDAYS, compute_deadlines
from officedesk.domain.settings import DEADLINE_PROFILES, NATIONAL, DeadlinePeriods, DeskSettings
from officedesk.domain.visits import Visit


def test_national_profile_is_the_regulations_defaults() -> None:
    national = DEADLINE_PROFILES[NATIONAL].periods
    assert national == DeadlinePeriods()
    assert (national.accept_notice_days, national.objection_workdays, national.handling_days) == (15, 5, 60)
    assert (national.max_extension_days, national.review_answer_days, national.recheck_answer_days) == (30, 30, 30)
    assert DeskSettings().deadline_profile == NATIONAL


def test_zhejiang_shortens_only_the_acceptance_clock_to_five_working_days() -> None:
    zj = DEADLINE_PROFILES["zhejiang"]
    assert zj.periods == DeadlinePeriods(accept_notice_days=5, accept_notice_workdays=True)
    differing = {f.name for f in dataclasses.fields(DeadlinePeriods)
                 if getattr(zj.periods, f.name) != getattr(DeadlinePeriods(), f.name)}  # fmt: skip
    assert differing == set(zj.changed)


@pytest.mark.parametrize("key", ["shandong", "beijing"])
def test_provinces_whose_text_changes_no_tracked_period_keep_the_national_ones(key: str) -> None:
    profile = DEADLINE_PROFILES[key]
    assert profile.periods == DeadlinePeriods()
    assert profile.changed == ()
    assert profile.untracked  # what the province adds is said, not silently dropped


def test_every_profile_names_its_regulation() -> None:
    assert [p.regulation for p in DEADLINE_PROFILES.values()] == [
        "信访工作条例", "浙江省信访条例", "山东省信访条例", "北京市信访条例"]  # fmt: skip
    assert all(key == p.key for key, p in DEADLINE_PROFILES.items())


def test_applying_a_profile_sets_periods_and_key_and_keeps_the_rest() -> None:
    base = DeskSettings(office_name="平阳县商务局", due_soon_days=5,
                        periods=DeadlinePeriods(handling_days=45, roll_to_workday=False))  # fmt: skip
    zj = base.with_profile("zhejiang")
    assert zj.deadline_profile == "zhejiang"
    assert zj.periods.accept_notice_days == 5 and zj.periods.accept_notice_workdays
    assert zj.periods.handling_days == 60  # the profile's, not the edited 45
    assert zj.periods.roll_to_workday is False  # 民法典 §203 is not provincial: the clerk's choice stays
    assert (zj.office_name, zj.due_soon_days) == ("平阳县商务局", 5)
    assert zj.follows_profile()
    back = zj.with_profile(NATIONAL)
    assert back.periods == DeadlinePeriods(roll_to_workday=False) and back.follows_profile()


def test_periods_stay_editable_after_a_profile() -> None:
    zj = DeskSettings().with_profile("zhejiang")
    edited = dataclasses.replace(zj, periods=dataclasses.replace(zj.periods, handling_days=30))
    assert edited.periods.handling_days == 30
    assert edited.deadline_profile == "zhejiang" and not edited.follows_profile()
    assert not dataclasses.replace(zj, deadline_profile="atlantis").follows_profile()


def test_unknown_profile_is_refused() -> None:
    with pytest.raises(KeyError):
        DeskSettings().with_profile("atlantis")


def test_profile_survives_the_settings_round_trip() -> None:
    zj = DeskSettings().with_profile("zhejiang")
    assert DeskSettings.from_dict(zj.to_dict()) == zj
    # An older file without the new field reads as calendar days.
    old = DeskSettings().to_dict()
    del old["periods"]["accept_notice_workdays"]
    assert DeskSettings.from_dict(old).periods.accept_notice_workdays is False


def test_zhejiang_acceptance_clock_counts_working_days() -> None:
    # Received Monday 2026-09-21: 5个工作日 are 22, 23, 24 (25 中秋, then the weekend), 28, 29.
    # National: 15日 → 10-06 falls in 国庆 → the first working day after it, 10-08.
    v = Visit(channel="来访", received_at=datetime(2026, 9, 21, 9, 0), petitioner="张三", requests="要求答复")
    cal = WorkCalendar()
    zj = compute_deadlines(v, DEADLINE_PROFILES["zhejiang"].periods, cal).accept
    national = compute_deadlines(v, DeadlinePeriods(), cal).accept
    assert zj is not None and national is not None
    assert (zj.unit, zj.amount, zj.caption) == (WORKDAYS, 5, "§23 5个工作日")
    assert zj.due == date(2026, 9, 29)
    assert national.due == date(2026, 10, 8)
