"""The duty log and the daily report (DOMAIN.md §4.6, "有事报事、无事报平安"): entries, drafts from the day's
register and ledger, the zero report, and the record of every report sent."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from officedesk.domain.duty import DailyReport, DutyLogEntry, DutyTableSettings
from officedesk.domain.duty_people import month_day
from officedesk.domain.duty_sheets import DailyReportSheet, DutyPerson
from officedesk.domain.ids import RiskId, VisitId
from officedesk.domain.risks import RiskFilter, RiskStatus
from officedesk.services.duty_errors import DutyRefused
from officedesk.services.risk_service import RiskService
from officedesk.services.settings_service import SettingsService
from officedesk.services.visit_service import VisitService, audit_text
from officedesk.storage.database import Database
from officedesk.storage.duty_log_repo import DutyLogRepo

_TIME = re.compile(r"([01]?\d|2[0-3])[:：]([0-5]\d)")
_SHORT = 60  # a log line names the matter; the register holds the rest


def day_id(day: date) -> int:
    """The audit trail's entity id for a day (20261123): a day's history is one query."""
    return int(day.strftime("%Y%m%d"))


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SHORT else text[: _SHORT - 1] + "…"


class DutyDaybook:
    def __init__(self, database: Database, settings: SettingsService, visits: VisitService,
                 risks: RiskService) -> None:  # fmt: skip
        self.database = database
        self.settings = settings
        self.visits = visits
        self.risks = risks
        self.clock = settings.clock
        self.repo = DutyLogRepo(database)

    # --- log --------------------------------------------------------------------------------
    def entries(self, day: date) -> list[DutyLogEntry]:
        return self.repo.entries(day)

    def save_entry(self, entry: DutyLogEntry) -> DutyLogEntry:
        entry = dataclasses.replace(entry, matter=entry.matter.strip(), time=entry.time.strip())
        if not entry.matter:
            raise DutyRefused("请填写事项")
        if entry.time and not _TIME.fullmatch(entry.time):
            raise DutyRefused(f"时间应写成“14:20”：{entry.time}")
        if entry.day > self.clock.today():
            raise DutyRefused(f"{month_day(entry.day)}还没有到，不能记录值班日志")
        log = self.settings.log
        with self.database.atomic():
            report = self.repo.report(entry.day)
            if report is not None and report.zero:
                if report.sent_at is not None:
                    raise DutyRefused(f"{month_day(entry.day)}已报送零报告，新情况请记入下一日的值班日志并另行报告")
                # The day is not "nothing to report" any more: the zero mark goes, on the record.
                self.repo.put_report(dataclasses.replace(report, zero=False), self.clock.now())
                log.write("duty_report", day_id(entry.day), "update", "zero", "True", "False")
            before = self.repo.get(entry.id) if entry.id is not None else None
            saved = self.repo.put(entry, self.clock.now())
            assert saved.id is not None
            if before is None:
                log.write("duty_log", saved.id, "insert", "", "", f"{saved.day} {saved.time} {saved.matter}")
            else:
                for f in dataclasses.fields(DutyLogEntry):
                    a, b = getattr(before, f.name), getattr(saved, f.name)
                    if a != b and f.name != "id":
                        log.write("duty_log", saved.id, "update", f.name, audit_text(a), audit_text(b))
        return saved

    def delete_entry(self, entry_id: int, reason: str) -> None:
        if not reason.strip():
            raise DutyRefused("删除值班日志必须说明理由")
        with self.database.atomic():
            entry = self.repo.get(entry_id)
            self.repo.soft_delete(entry_id, reason.strip(), self.clock.now())
            self.settings.log.write("duty_log", entry_id, "delete", "matter", entry.matter, f"删除：{reason.strip()}")

    def drafts(self, day: date) -> list[DutyLogEntry]:
        """The day's new visits and the ledger lines found or changed that day, not yet in the log."""
        logged = {e.origin for e in self.repo.entries(day) if e.origin}
        out: list[DutyLogEntry] = []
        threshold = self.settings.settings.group_threshold
        for visit in self.visits.fetch([VisitId(i) for i in self.repo.visit_ids_received(day)]):
            origin = f"visit:{visit.id}"
            if origin in logged:
                continue
            group = "（集体访）" if visit.people_count >= threshold else ""
            topic = "/".join(p for p in (visit.category, visit.subcategory) if p)
            action = "：".join(p for p in (visit.disposition, visit.handling_unit) if p) or "已登记"
            # No petitioner's name: the log goes out with the daily report (DESIGN.md: personal data stays in).
            topic = f"{topic} " if topic else ""
            matter = f"{visit.reg_no} {topic}{visit.people_count}人{group}反映：{_short(visit.requests)}"
            out.append(DutyLogEntry(None, day, visit.received_at.strftime("%H:%M"), visit.channel, matter, action,
                                    origin=origin))  # fmt: skip
        for risk in self.risks.fetch([RiskId(i) for i in self.repo.risk_ids_touched(day)]):
            origin = f"risk:{risk.id}"
            if origin in logged:
                continue
            progress = self.repo.progress_on(int(risk.id or 0), day)
            if risk.found_on == day:
                matter = f"新排查{risk.kind} {risk.reg_no}：{_short(risk.description)}"
            else:
                state = RiskStatus.label(risk.status, risk.kind)
                matter = f"{risk.kind} {risk.reg_no}（{state}）：{_short(risk.description)}"
            changed_today = risk.updated_at is not None and risk.updated_at.date() == day
            time = risk.updated_at.strftime("%H:%M") if changed_today and risk.updated_at else ""
            action = _short(progress or risk.measures) or f"责任单位：{risk.responsible_unit}"
            out.append(DutyLogEntry(None, day, time, "隐患台账", matter, action, origin=origin))
        return out

    # --- report -----------------------------------------------------------------------------
    def report(self, day: date) -> DailyReport:
        return self.repo.report(day) or DailyReport(day)

    def save_report(self, report: DailyReport) -> None:
        with self.database.atomic():
            if report.zero and self.repo.count(report.day):
                raise DutyRefused(f"{month_day(report.day)}已有 {self.repo.count(report.day)} 条值班日志，不能报零报告")
            before = self.report(report.day)
            self.repo.put_report(report, self.clock.now())
            for f in dataclasses.fields(DailyReport):
                a, b = getattr(before, f.name), getattr(report, f.name)
                if a != b:
                    self.settings.log.write("duty_report", day_id(report.day), "update", f.name, audit_text(a),
                                            audit_text(b))  # fmt: skip

    def mark_zero(self, day: date) -> DailyReport:
        if day > self.clock.today():
            raise DutyRefused(f"{month_day(day)}还没有到，不能报零报告")
        report = dataclasses.replace(self.report(day), zero=True)
        self.save_report(report)
        return report

    def mark_sent(self, day: date, via: str, to: str) -> DailyReport:
        if not via.strip() or not to.strip():
            raise DutyRefused("请填写报送方式和报送对象")
        report = self.report(day)
        if not report.zero and not self.repo.count(day):
            raise DutyRefused(f"{month_day(day)}的日报告还没有内容：请记录值班情况，或报零报告")
        sent = dataclasses.replace(report, sent_at=self.clock.now(), sent_via=via.strip(), sent_to=to.strip(),
                                   sent_by=self.settings.operator())  # fmt: skip
        self.save_report(sent)
        return sent

    def sheet(self, day: date, office_name: str, leader: DutyPerson | None, staff: tuple[DutyPerson, ...],
              table: DutyTableSettings) -> DailyReportSheet:  # fmt: skip
        """The 值班日报告: the log, and the day's 信访情况 and new ledger lines from the register and ledger."""
        report = self.report(day)
        batches = self.visits.repo.grouped_counts("channel", day, day)
        threshold = self.settings.settings.group_threshold
        found = self.risks.fetch(self.risks.search(RiskFilter(found_from=day, found_to=day)))
        return DailyReportSheet(
            office_name=office_name,
            report=report,
            period=report.period or table.report_period,
            leader=leader,
            staff=staff,
            duty_phone=table.duty_phone,
            entries=tuple(self.repo.entries(day)),
            visit_batches=sum(n for _, n, _ in batches),
            visit_people=sum(p for _, _, p in batches),
            group_visits=self.visits.repo.count_group_visits(threshold, day, day),
            new_risks=tuple(f"{r.kind} {r.reg_no}：{r.description}" for r in sorted(found, key=lambda r: r.reg_no)),
            printed_at=self.clock.now(),
        )
