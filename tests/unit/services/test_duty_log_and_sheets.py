"""The duty log and daily report (drafts from the register and ledger, the zero report, sending), the reception
schedule, and every printed sheet read back from the files written (pypdf, openpyxl)."""

from __future__ import annotations

import io
import os
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from officedesk.domain.duty import (
    ZERO_REPORT_SENTENCE,
    DailyReport,
    DutyLogEntry,
    DutySlot,
    ReceptionSlot,
    StaffMember,
    StaffRole,
)
from officedesk.domain.risks import Risk, RiskKind
from officedesk.domain.visits import Visit
from officedesk.services.desk import Desk
from officedesk.services.duty_service import DutyRefused, DutyService
from officedesk.services.errors import ExchangeError

TODAY = date(2026, 11, 23)  # the fixed clock of tests/unit/conftest.py
LEADERS = (("王建国", "局长", "13805561001"), ("李卫东", "副局长", "13805561002"), ("陈志强", "副局长", "13805561003"))
STAFF = (("周敏", "13805562011"), ("吴磊", "13805562012"), ("郑芳", "13805562013"), ("冯军", "13805562014"))


@pytest.fixture
def duty(unit_desk: Desk) -> DutyService:
    d = unit_desk.duty
    for name, post, phone in LEADERS:
        d.save_staff(StaffMember(None, name, StaffRole.LEADER, post, mobile=phone))
    for name, phone in STAFF:
        d.save_staff(StaffMember(None, name, StaffRole.STAFF, "科员", mobile=phone))
    return d


def pdf_text(data: bytes) -> str:
    """The text of every page with the line breaks and spaces a table cell wraps at taken out."""
    return "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


# --- the log and its drafts -----------------------------------------------------------------------
def test_drafts_come_from_the_days_register_and_ledger_and_leave_once_logged(unit_desk: Desk,
                                                                             duty: DutyService) -> None:  # fmt: skip
    visit = unit_desk.visits.save(Visit(channel="来访", received_at=datetime(2026, 11, 23, 8, 40), petitioner="张建国",
                                        requests="某工地拖欠工资，请求督促支付", people_count=6, category="劳动社保",
                                        phone="13812345678")).visit  # fmt: skip
    unit_desk.visits.save(Visit(channel="来电", received_at=datetime(2026, 11, 20, 9, 0), petitioner="李四",
                                requests="昨天的事"))  # fmt: skip
    risk = unit_desk.risks.save(Risk(kind=RiskKind.HAZARD, found_on=TODAY, description="仓库消防通道堵塞",
                                     level="一般", responsible_unit="某商贸公司", measures="立即清理通道"))  # fmt: skip
    drafts = duty.draft_entries(TODAY)
    assert [d.origin for d in drafts] == [f"visit:{visit.id}", f"risk:{risk.id}"]
    assert all(d.id is None and d.day == TODAY for d in drafts)
    first = drafts[0]
    assert (first.time, first.source) == ("08:40", "来访")
    assert visit.reg_no in first.matter and "6人（集体访）" in first.matter and "拖欠工资" in first.matter
    assert "张建国" not in first.matter  # no petitioner's name in a log that goes out with the report
    assert "消防通道" in drafts[1].matter and drafts[1].source == "隐患台账" and drafts[1].action == "立即清理通道"
    saved = duty.save_log_entry(first)
    assert saved.id is not None
    assert [d.origin for d in duty.draft_entries(TODAY)] == [f"risk:{risk.id}"]
    assert duty.log_entries(TODAY) == [saved]
    # A ledger line changed today (a progress note) is drafted too, on the day of the note.
    unit_desk.risks.add_progress(risk.id, TODAY, "已清理一半")  # type: ignore[arg-type]
    assert duty.draft_entries(TODAY)[0].action == "已清理一半"
    assert duty.draft_entries(date(2026, 11, 20))[0].source == "来电"


def test_log_entries_are_checked_edited_and_deleted_with_a_reason(unit_desk: Desk, duty: DutyService) -> None:
    day = date(2026, 11, 20)
    entry = duty.save_log_entry(DutyLogEntry(None, day, "14:20", "来电", " 群众反映路灯不亮 "))
    assert entry.id is not None and entry.matter == "群众反映路灯不亮"
    edited = duty.save_log_entry(DutyLogEntry(entry.id, day, "14:25", "来电", "群众反映路灯不亮", "已通知路灯所"))
    assert duty.log_entries(day) == [edited]
    for bad, needle in [
        (DutyLogEntry(None, day, "25:00", "来电", "某事"), "14:20"),
        (DutyLogEntry(None, day, "", "来电", "  "), "事项"),
        (DutyLogEntry(None, TODAY + timedelta(days=1), "", "来电", "明天的事"), "还没有到"),
    ]:
        with pytest.raises(DutyRefused, match=needle):
            duty.save_log_entry(bad)
    with pytest.raises(DutyRefused, match="理由"):
        duty.delete_log_entry(entry.id, " ")
    duty.delete_log_entry(entry.id, "重复记录")
    assert duty.log_entries(day) == []
    kept = unit_desk.database.conn.execute("SELECT deleted_reason FROM duty_log WHERE id = ?", (entry.id,)).fetchone()
    assert kept == ("重复记录",)  # soft delete: the row and its reason stay
    actions = [h.action for h in unit_desk.visits.audit.for_entity("duty_log", entry.id)]
    assert actions[0] == "insert" and actions[-1] == "delete" and "update" in actions


# --- the daily report -----------------------------------------------------------------------------
def test_zero_report_is_one_click_refused_with_entries_and_sending_is_recorded(unit_desk: Desk,
                                                                                duty: DutyService) -> None:  # fmt: skip
    quiet, busy = date(2026, 11, 21), date(2026, 11, 22)
    duty.save_log_entry(DutyLogEntry(None, busy, "20:10", "来电", "河口镇秸秆焚烧"))
    with pytest.raises(DutyRefused, match="已有 1 条值班日志"):
        duty.mark_zero_report(busy)
    with pytest.raises(DutyRefused, match="零报告"):
        duty.save_report(DailyReport(busy, zero=True))
    with pytest.raises(DutyRefused, match="还没有内容"):
        duty.mark_sent(quiet, "政务内网", "县政府总值班室")
    assert duty.mark_zero_report(quiet).zero
    sent = duty.mark_sent(quiet, "政务内网", "县政府总值班室")
    assert (sent.sent_at, sent.sent_via, sent.sent_to) == (datetime(2026, 11, 23, 10, 0), "政务内网", "县政府总值班室")
    assert sent.sent_by == unit_desk.settings.operator()
    assert duty.report(quiet) == sent
    assert duty.report(busy) == DailyReport(busy)  # never saved
    # A zero report already sent is a record: a new entry for that day is refused, not slipped in.
    with pytest.raises(DutyRefused, match="已报送零报告"):
        duty.save_log_entry(DutyLogEntry(None, quiet, "23:00", "来电", "迟到的情况"))
    # Not yet sent: the entry takes the zero mark off, on the record.
    duty.mark_zero_report(date(2026, 11, 19))
    duty.save_log_entry(DutyLogEntry(None, date(2026, 11, 19), "09:00", "来访", "群众咨询"))
    assert not duty.report(date(2026, 11, 19)).zero
    fields = {(h.field, h.after) for h in unit_desk.visits.audit.for_entity("duty_report", 20261119)}
    assert ("zero", "False") in fields


def test_report_sheet_counts_the_days_visits_and_new_ledger_lines(unit_desk: Desk, duty: DutyService) -> None:
    day = date(2026, 11, 20)
    duty.save_slots([DutySlot(day, "李卫东", ("周敏", "吴磊"))])
    for people, hour in ((1, 9), (6, 10), (2, 15)):
        unit_desk.visits.save(Visit(channel="来访", received_at=datetime(2026, 11, 20, hour, 0),
                                    petitioner="张三", requests="反映问题", people_count=people))  # fmt: skip
    unit_desk.visits.save(Visit(channel="来访", received_at=datetime(2026, 11, 21, 9, 0), petitioner="李四",
                                requests="另一天"))  # fmt: skip
    unit_desk.risks.save(Risk(kind=RiskKind.DISPUTE, found_on=day, description="两户村民宅基地边界争执"))
    sheet = duty.report_sheet(day)
    assert (sheet.visit_batches, sheet.visit_people, sheet.group_visits) == (3, 9, 1)
    assert len(sheet.new_risks) == 1 and "宅基地" in sheet.new_risks[0]
    assert sheet.leader is not None and (sheet.leader.name, sheet.leader.mobile) == ("李卫东", "138****1002")
    assert [p.name for p in sheet.staff] == ["周敏", "吴磊"]
    assert sheet.period == "前日17:30—当日8:30" and sheet.entries == ()


# --- the reception schedule -----------------------------------------------------------------------
def test_reception_draft_skips_national_day_and_names_the_duty_leader_and_a_standin(duty: DutyService) -> None:
    duty.fill(date(2026, 9, 28), date(2026, 10, 11))
    draft = duty.draft_reception(date(2026, 9, 28), date(2026, 10, 11))
    days = [s.day for s in draft]
    # 10-10 is a worked Saturday; 10-1..10-7 (国庆节) and the weekend 10-11 are off.
    worked = [(9, 28), (9, 29), (9, 30), (10, 8), (10, 9), (10, 10)]
    assert days == [date(2026, m, d) for m, d in worked]
    by_day = {s.day: s.leader for s in duty.between(date(2026, 9, 28), date(2026, 10, 11))}
    order = [n for n, _, _ in LEADERS]
    for slot in draft:
        assert slot.id is None and slot.leader == by_day[slot.day]
        assert slot.standin == order[(order.index(slot.leader) + 1) % len(order)]
        assert slot.leader_post == next(p for n, p, _ in LEADERS if n == slot.leader)
    # Days without a duty leader fall back to the leaders' rotation.
    assert all(s.leader in order for s in duty.draft_reception(date(2027, 1, 4), date(2027, 1, 8)))


def test_reception_lines_saved_listed_and_deleted(unit_desk: Desk, duty: DutyService) -> None:
    weekly = duty.save_reception_slot(ReceptionSlot(None, weekday=0, leader="王建国", leader_post="局长"))
    dated = duty.save_reception_slot(ReceptionSlot(None, day=date(2026, 12, 2), leader="李卫东", standin="陈志强"))
    duty.save_reception_slot(ReceptionSlot(None, day=date(2027, 1, 6), leader="陈志强"))
    assert duty.reception_slots(date(2026, 12, 1), date(2026, 12, 31)) == [dated, weekly]
    for bad, needle in [
        (ReceptionSlot(None, leader="王建国"), "二者选一"),
        (ReceptionSlot(None, day=date(2026, 12, 3), weekday=2, leader="王建国"), "二者选一"),
        (ReceptionSlot(None, day=date(2026, 12, 3)), "接访领导"),
    ]:
        with pytest.raises(DutyRefused, match=needle):
            duty.save_reception_slot(bad)
    assert dated.id is not None
    duty.delete_reception_slot(dated.id)
    schedule = duty.reception_schedule(date(2026, 12, 1), date(2026, 12, 31))
    assert schedule.slots == (weekly,) and schedule.notes == duty.table_settings().reception_notes
    assert "王建国" in pdf_text(duty.reception_pdf(date(2026, 12, 1), date(2026, 12, 31)))


# --- printed and exported sheets ------------------------------------------------------------------
def test_spring_festival_week_pdf_shows_the_holiday_every_name_and_phone(unit_desk: Desk, duty: DutyService) -> None:
    duty.fill(date(2026, 2, 16), date(2026, 2, 22))
    table = duty.table(date(2026, 2, 16), date(2026, 2, 22))
    masked = pdf_text(duty.table_pdf(date(2026, 2, 16), date(2026, 2, 22)))
    full = pdf_text(duty.table_pdf(date(2026, 2, 16), date(2026, 2, 22), unmasked=True))
    assert "春节" in masked and "值班安排表" in masked
    names = {p.name for r in table.rows for p in (r.leader, *r.staff) if p is not None}
    assert names >= {"王建国", "周敏", "吴磊", "郑芳", "冯军"}
    phones = {p for n, *rest in (*LEADERS, *STAFF) if n in names for p in rest if p.startswith("138")}
    for name in names:
        assert name in masked
    for phone in phones:
        assert phone[:3] + "****" + phone[7:] in masked and phone not in masked
        assert phone in full
    audit = [e for e in unit_desk.visits.audit.for_entity("duty", 0) if e.field == "unmasked"]
    assert len(audit) == 1 and "2026-02-16" in audit[0].after  # only the unmasked print is recorded


def test_a_zero_report_day_prints_the_zero_sentence(duty: DutyService, tmp_path: Path) -> None:
    day = date(2026, 11, 21)
    duty.save_slots([DutySlot(day, "王建国", ("郑芳",))])
    duty.mark_zero_report(day)
    target = duty.save_report_pdf(day, tmp_path / "日报告.pdf")
    text = pdf_text(target.read_bytes())
    assert ZERO_REPORT_SENTENCE in text and "王建国" in text and "郑芳" in text
    duty.save_log_entry(DutyLogEntry(None, date(2026, 11, 22), "20:10", "来电", "河口镇秸秆焚烧", "已通知消防"))
    busy = pdf_text(duty.report_pdf(date(2026, 11, 22)))
    assert "秸秆焚烧" in busy and ZERO_REPORT_SENTENCE not in busy


def test_saving_the_table_writes_safely_then_publishes(unit_desk: Desk, duty: DutyService, tmp_path: Path) -> None:
    first, last = date(2026, 11, 16), date(2026, 11, 22)
    duty.fill(first, date(2026, 11, 29))
    pdf = duty.save_table_pdf(first, last, tmp_path / "值班表.pdf")
    assert pdf.read_bytes().startswith(b"%PDF-") and "周敏" in pdf_text(pdf.read_bytes())
    assert all(d.locked for d in duty.days(first, last))  # printed and past: locked
    xlsx = duty.save_table_xlsx(date(2026, 11, 23), date(2026, 11, 29), tmp_path / "值班表.xlsx")
    ws = load_workbook(xlsx).active
    assert ws is not None
    cells = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert any("李卫东" in c for c in cells)  # ISO week 48's leader
    assert not any("王建国" in c for c in cells)  # week 47's is not in this week's sheet
    assert duty.days(date(2026, 11, 23), date(2026, 11, 23))[0].slot.published_at is not None
    assert not [n for n in os.listdir(tmp_path) if ".part" in n]  # no temp file left behind


def test_a_quarter_by_week_prints_and_saves_a_row_a_week(unit_desk: Desk, duty: DutyService, tmp_path: Path) -> None:
    first, last = date(2026, 10, 1), date(2026, 12, 31)
    duty.fill(first, last)
    by_day = duty.table_pdf(first, last)  # the existing call: a row a day
    by_week = duty.table_pdf(first, last, by_week=True)
    assert len(PdfReader(io.BytesIO(by_week)).pages) == 1 < len(PdfReader(io.BytesIO(by_day)).pages)
    text = pdf_text(by_week)
    assert "时间带班领导值班人员手机" in text and "星期" not in text and "星期" in pdf_text(by_day)
    assert "10月1日—7日" in text and "国庆节" in text and "10月26日—11月1日" in text and "12月28日—31日" in text
    assert all(name in text for name, _, _ in LEADERS) and "138****1001" in text and "13805561001" not in text
    xlsx = duty.save_table_xlsx(first, last, tmp_path / "四季度.xlsx", unmasked=True, by_week=True)
    ws = load_workbook(xlsx).active
    assert ws is not None and [c.value for c in ws[3]] == ["时间", "带班领导", "值班人员", "手机"]
    below = [ws.cell(r, 1).value for r in range(4, ws.max_row + 1)]
    times = below[: below.index(None)]  # the rows down to the gap above the 值班时段 line
    assert len(times) == 14 and times[:3] == ["10月1日—7日（国庆节）", "10月8日—11日", "10月12日—18日"]
    assert times[-1] == "12月28日—31日"
    phones = "".join(str(ws.cell(r, 4).value) for r in range(4, 4 + len(times)))
    assert "13805561001" in phones and "****" not in phones  # unmasked, as asked
    pdf = duty.save_table_pdf(first, last, tmp_path / "四季度.pdf", by_week=True)
    assert pdf_text(pdf.read_bytes()) == text
    assert all(d.slot.published_at for d in duty.days(first, last))  # the final table went out
    audit = [e for e in unit_desk.visits.audit.for_entity("duty", 0) if e.field == "unmasked"]
    assert [e.after for e in audit] == ["值班安排表 四季度.xlsx"]


def test_an_unwritable_target_changes_nothing(unit_desk: Desk, duty: DutyService, tmp_path: Path) -> None:
    first, last = date(2026, 11, 23), date(2026, 11, 29)
    duty.fill(first, last)
    audit = unit_desk.settings.audit.count()
    with pytest.raises(ExchangeError, match="无法写入"):
        duty.save_table_pdf(first, last, tmp_path / "没有这个文件夹" / "值班表.pdf", unmasked=True)
    assert not any(d.slot.published_at for d in duty.days(first, last))
    assert unit_desk.settings.audit.count() == audit


def test_demo_duty_loads_once_with_leaves_swaps_logs_zero_reports_and_receptions(unit_desk: Desk) -> None:
    from officedesk.services.demo_service import demo_counts, load_demo_duty

    assert load_demo_duty(unit_desk) == (date(2027, 1, 31) - date(2026, 1, 1)).days + 1
    duty = unit_desk.duty
    assert len(duty.staff(StaffRole.LEADER)) == 4 and len(duty.staff(StaffRole.STAFF)) == 8
    assert {m.post for m in duty.staff(StaffRole.LEADER)} == {"局长", "副局长"}
    assert duty.conflicts(date(2026, 1, 1), date(2027, 1, 31)) == []
    assert len(duty.swaps(date(2026, 1, 1), date(2027, 1, 31))) >= 3 and len(duty.leaves()) >= 3
    zero = [duty.report(date(2026, 11, d)) for d in range(1, 23)]
    assert all(r.sent_at is not None for r in zero) and sum(r.zero for r in zero) == 22 - 3
    assert duty.log_entries(date(2026, 11, 18))
    assert duty.reception_slots(date(2026, 11, 1), date(2026, 11, 30))
    assert duty.days(date(2026, 11, 9), date(2026, 11, 9))[0].locked
    assert load_demo_duty(unit_desk) == 0  # staff exist: never loaded twice
    assert demo_counts(unit_desk)["duty_slots"] == 396
