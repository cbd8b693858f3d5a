"""Demo data is marked when loaded and removed in one step, leaving what the clerk entered."""

from __future__ import annotations

from datetime import date, datetime

from officedesk.domain.risks import RiskFilter
from officedesk.domain.visits import VisitFilter
from officedesk.services.demo_service import demo_counts, load_demo, load_demo_risks, remove_demo
from officedesk.services.desk import Desk


def own_visit(desk: Desk, who: str = "张三") -> int:
    draft = desk.visits.new_draft().replace(received_at=datetime(2026, 11, 20, 9, 0), petitioner=who,
                                            requests="要求答复")  # fmt: skip
    saved = desk.visits.save(draft).visit
    assert saved.id is not None
    return saved.id


def test_fresh_desk_has_no_demo_data(unit_desk: Desk) -> None:
    assert demo_counts(unit_desk) == {}
    assert not unit_desk.settings.settings.demo_data
    assert remove_demo(unit_desk) == {}


def test_loading_marks_the_rows_and_the_settings(unit_desk: Desk) -> None:
    load_demo(unit_desk, visits=40)
    load_demo_risks(unit_desk, risks=15)
    counts = demo_counts(unit_desk)
    assert counts["visits"] == 40 and counts["risks"] == 15
    assert unit_desk.settings.settings.demo_data
    assert unit_desk.settings.repo.load().demo_data  # saved, not only cached


def test_removing_deletes_only_demo_rows_in_one_step(unit_desk: Desk) -> None:
    mine_before = own_visit(unit_desk, "李四")
    load_demo(unit_desk, visits=50)
    load_demo_risks(unit_desk, risks=20)
    mine_after = own_visit(unit_desk, "王五")
    demo_id = unit_desk.visits.search(VisitFilter(text="欠薪"))[0]
    unit_desk.visits.add_note(demo_id, date(2026, 11, 21), "电话联系")  # the clerk's note on a demo visit
    linked = unit_desk.visits.save(unit_desk.visits.get(mine_after).replace(related_visit_id=demo_id)).visit
    assert linked.related_visit_id == demo_id

    deleted = remove_demo(unit_desk)

    assert deleted["visits"] == 50 and deleted["risks"] == 20
    assert demo_counts(unit_desk) == {}
    assert unit_desk.visits.count() == 2
    assert {v.petitioner for v in unit_desk.visits.fetch(unit_desk.visits.search(VisitFilter()))} == {"李四", "王五"}
    assert unit_desk.visits.get(mine_after).related_visit_id is None  # link cut, the visit kept
    assert unit_desk.visits.get(mine_before).petitioner == "李四"
    assert unit_desk.risks.search(RiskFilter()) == []
    assert not unit_desk.settings.settings.demo_data
    # The search index forgot the demo text: a word only demo visits had finds nothing.
    assert unit_desk.visits.search(VisitFilter(text="欠薪")) == []
    assert unit_desk.visits.search(VisitFilter(text="王五")) == [mine_after]
    assert unit_desk.database.quick_check()
    # Registration numbers go on after the highest one kept (the clerk's own).
    kept = max(int(unit_desk.visits.get(i).reg_no[-4:]) for i in (mine_before, mine_after))
    assert unit_desk.visits.repo.next_reg_no(2026) == f"XF-2026-{kept + 1:04d}"


def test_removal_is_audited_and_demo_can_be_loaded_again(unit_desk: Desk) -> None:
    load_demo(unit_desk, visits=10)
    before = unit_desk.settings.audit.count()
    remove_demo(unit_desk)
    assert unit_desk.settings.audit.count() > before
    load_demo(unit_desk, visits=5)
    assert demo_counts(unit_desk) == {"visits": 5}
    remove_demo(unit_desk)
    assert unit_desk.visits.count() == 0


def test_duty_demo_is_removed_with_the_rest_and_the_offices_own_rota_stays(unit_desk: Desk) -> None:
    from officedesk.domain.duty import DutySlot, StaffMember
    from officedesk.services.demo_service import load_demo_duty

    days = load_demo_duty(unit_desk)
    assert days > 0
    counts = demo_counts(unit_desk)
    assert counts["staff"] == len(unit_desk.duty.staff()) > 0 and counts["duty_slots"] == days
    assert unit_desk.settings.settings.demo_data
    rules_before_removal = unit_desk.duty.rotation_rules()
    assert rules_before_removal.leader_order  # the demo rota's rules

    deleted = remove_demo(unit_desk)

    assert deleted["staff"] == counts["staff"] and deleted["duty_slots"] == days
    assert demo_counts(unit_desk) == {}
    assert unit_desk.duty.staff() == []
    assert all(d.slot.is_empty for d in unit_desk.duty.days(date(2026, 11, 1), date(2026, 11, 30)))
    assert unit_desk.duty.log_entries(date(2026, 11, 20)) == []
    assert unit_desk.duty.rotation_rules().leader_order == ()  # the demo's rules went with its people
    assert unit_desk.duty.swaps(date(2026, 1, 1), date(2027, 1, 31)) == []  # the demo's swaps too
    assert unit_desk.database.quick_check()
    # The office's own staff and rota, entered afterwards, are untouched by a later demo load and removal.
    unit_desk.duty.save_staff(StaffMember(None, "王建国"))
    unit_desk.duty.save_slot(DutySlot(date(2026, 12, 1), leader="王建国"))
    load_demo(unit_desk, visits=5)
    remove_demo(unit_desk)
    assert [m.name for m in unit_desk.duty.staff()] == ["王建国"]
    assert unit_desk.duty.days(date(2026, 12, 1), date(2026, 12, 1))[0].slot.leader == "王建国"
