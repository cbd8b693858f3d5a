"""The staff list and leaves behind the duty table: save, retire (never delete), leaves; all audited."""

from __future__ import annotations

import dataclasses
from datetime import date

from officedesk.domain.duty import StaffLeave, StaffMember, StaffRole
from officedesk.domain.duty_people import StaffBook
from officedesk.domain.identity import phone_problem
from officedesk.services.duty_errors import DutyRefused
from officedesk.services.settings_service import SettingsService
from officedesk.services.visit_service import audit_text
from officedesk.storage.database import Database
from officedesk.storage.staff_repo import StaffRepo


def _overlap(a: StaffMember, b: StaffMember) -> bool:
    return (a.active_from or date.min) <= (b.active_to or date.max) and (b.active_from or date.min) <= (
        a.active_to or date.max
    )


class DutyStaff:
    def __init__(self, database: Database, settings: SettingsService) -> None:
        self.database = database
        self.settings = settings
        self.repo = StaffRepo(database)

    def book(self) -> StaffBook:
        return StaffBook(self.repo.all(), self.repo.leaves())

    def staff(self, role: str | None = None, active_on: date | None = None) -> list[StaffMember]:
        return [
            m
            for m in self.repo.all()
            if (role is None or m.role == role) and (active_on is None or m.is_active(active_on))
        ]

    def save(self, member: StaffMember) -> StaffMember:
        member = dataclasses.replace(
            member,
            name=member.name.strip(),
            post=member.post.strip(),
            unit=member.unit.strip(),
            mobile=member.mobile.strip(),
            office_phone=member.office_phone.strip(),
        )
        self._check(member)
        log = self.settings.log
        with self.database.atomic():
            clash = [m for m in self.repo.named(member.name) if m.id != member.id and _overlap(m, member)]
            if clash:
                raise DutyRefused(
                    f"人员名单中已有“{member.name}”（同名且在岗时间重叠），请加以区分，如“{member.name}（办公室）”"
                )
            if member.id is None:
                if member.rotation_order == 0:
                    member = dataclasses.replace(member, rotation_order=self.repo.next_order(member.role))
                saved = self.repo.insert(member)
                assert saved.id is not None
                log.write("staff", saved.id, "insert", "", "", f"{saved.name} {saved.post}".strip())
                return saved
            before = self.repo.get(member.id)
            saved = self.repo.update(member)
            for f in dataclasses.fields(StaffMember):
                a, b = getattr(before, f.name), getattr(saved, f.name)
                if a != b:
                    log.write("staff", member.id, "update", f.name, audit_text(a), audit_text(b))
            return saved

    def _check(self, member: StaffMember) -> None:
        if not member.name:
            raise DutyRefused("请填写姓名")
        if member.role not in StaffRole.ALL:
            raise DutyRefused(f"人员类别应为带班领导或值班人员：{member.role}")
        if member.active_from and member.active_to and member.active_to < member.active_from:
            raise DutyRefused("离岗日期早于到岗日期")
        for label, number in (("手机", member.mobile), ("办公电话", member.office_phone)):
            problem = phone_problem(number)
            if problem is not None:
                raise DutyRefused(f"{member.name}的{label}：{problem}")

    def retire(self, staff_id: int, last_day: date) -> None:
        with self.database.atomic():
            member = self.repo.get(staff_id)
            if member.active_from is not None and last_day < member.active_from:
                raise DutyRefused(f"{member.name}的离岗日期早于到岗日期 {member.active_from.isoformat()}")
            self.repo.update(dataclasses.replace(member, active_to=last_day))
            self.settings.log.write("staff", staff_id, "retire", "active_to", audit_text(member.active_to),
                                    last_day.isoformat())  # fmt: skip

    def leaves(self, first: date | None = None, last: date | None = None) -> list[StaffLeave]:
        return self.repo.leaves(first, last)

    def save_leave(self, leave: StaffLeave) -> StaffLeave:
        leave = dataclasses.replace(leave, reason=leave.reason.strip())
        if leave.last < leave.first:
            raise DutyRefused("休假结束日期早于开始日期")
        with self.database.atomic():
            member = self.repo.get(leave.staff_id)
            saved = self.repo.put_leave(leave)
            assert saved.id is not None
            text = f"{member.name} {saved.first.isoformat()}—{saved.last.isoformat()} {saved.reason}".strip()
            self.settings.log.write("staff_leave", saved.id, "insert" if leave.id is None else "update", "", "", text)
        return saved

    def delete_leave(self, leave_id: int) -> None:
        with self.database.atomic():
            leave = self.repo.get_leave(leave_id)
            self.repo.delete_leave(leave_id)
            before = f"{leave.staff_id} {leave.first.isoformat()}—{leave.last.isoformat()} {leave.reason}".strip()
            self.settings.log.write("staff_leave", leave_id, "delete", "", before, "")
