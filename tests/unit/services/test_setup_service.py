"""The first-start choices written in one go; what is skipped keeps the defaults."""

from __future__ import annotations

import pytest

from officedesk.domain.duty import StaffMember, StaffRole
from officedesk.domain.settings import DeadlinePeriods, DeskSettings
from officedesk.services.desk import Desk
from officedesk.services.settings_service import DEFAULT_UNITS
from officedesk.services.setup_service import DEMO_RISKS, DEMO_VISITS, SetupChoices, apply_setup


def test_nothing_chosen_keeps_every_default(unit_desk: Desk) -> None:
    before = unit_desk.settings.settings
    result = apply_setup(unit_desk, SetupChoices())
    assert unit_desk.settings.settings == before == DeskSettings()
    assert unit_desk.settings.units() == list(DEFAULT_UNITS)
    assert unit_desk.duty.staff() == []
    assert unit_desk.visits.count() == 0
    assert (result.staff_saved, result.demo_rows) == (0, {})


def test_every_choice_is_written(unit_desk: Desk) -> None:
    staff = (StaffMember(None, "王建国", StaffRole.LEADER, post="局长", mobile="13800000001", rotation_order=1),
             StaffMember(None, "李明", StaffRole.STAFF, mobile="13800000002", office_phone="0577-1234567",
                         rotation_order=2))  # fmt: skip
    apply_setup(unit_desk, SetupChoices(office_name=" 平阳县商务局 ", units=("办公室", "市场股"), staff=staff,
                                        deadline_profile="zhejiang", backup_dir="/mnt/backup"))  # fmt: skip
    s = unit_desk.settings.repo.load()  # as stored, not as cached
    assert s.office_name == "平阳县商务局"
    assert s.deadline_profile == "zhejiang"
    assert s.periods == DeadlinePeriods(accept_notice_days=5, accept_notice_workdays=True)
    assert s.backup_dir == "/mnt/backup"
    assert unit_desk.settings.units() == ["办公室", "市场股"]
    stored = unit_desk.duty.staff()
    assert [(m.name, m.role, m.post, m.mobile, m.office_phone) for m in stored] == [
        ("王建国", StaffRole.LEADER, "局长", "13800000001", ""),
        ("李明", StaffRole.STAFF, "", "13800000002", "0577-1234567"),
    ]


def test_a_refused_part_writes_nothing(unit_desk: Desk) -> None:
    twice = (StaffMember(None, "李明"), StaffMember(None, "李明"))
    with pytest.raises(Exception, match="李明"):
        apply_setup(unit_desk, SetupChoices(office_name="平阳县商务局", units=("办公室",), staff=twice))
    assert unit_desk.settings.settings == DeskSettings()
    assert unit_desk.settings.repo.load() == DeskSettings()
    assert unit_desk.settings.units() == list(DEFAULT_UNITS)
    assert unit_desk.duty.staff() == []


def test_demo_data_is_loaded_and_marked(unit_desk: Desk) -> None:
    result = apply_setup(unit_desk, SetupChoices(demo=True))
    assert result.demo_rows["visits"] == DEMO_VISITS and result.demo_rows["risks"] == DEMO_RISKS
    assert unit_desk.visits.count() == DEMO_VISITS
    assert unit_desk.settings.settings.demo_data
