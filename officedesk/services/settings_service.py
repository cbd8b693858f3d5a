"""The office's settings, lists and calendar: load, save (audited), and the WorkCalendar they imply."""

from __future__ import annotations

import dataclasses
import getpass
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from officedesk.domain.calendar import CalendarOverride, WorkCalendar
from officedesk.domain.settings import DeskSettings
from officedesk.domain.visits import AuditEntry, Category
from officedesk.services.audit_log import AuditLog
from officedesk.services.changes import Changes
from officedesk.services.clock import Clock
from officedesk.storage.audit_repo import AuditRepo
from officedesk.storage.database import Database
from officedesk.storage.settings_repo import SettingsRepo

if TYPE_CHECKING:
    from officedesk.forms.fonts import FontSet

DEFAULT_CATEGORIES = (
    Category("劳动社保", children=("欠薪", "社保待遇", "劳动关系", "工伤")),
    Category("城乡建设", children=("征地拆迁", "物业管理", "房屋质量", "城建规划")),
    Category("企业改制", children=("职工安置", "改制遗留")),
    Category("涉军", children=("退役安置", "优抚待遇")),
    Category("消费纠纷", children=("商品质量", "预付卡", "网络购物")),
    Category("环境保护", children=("噪声", "油烟", "污水")),
    Category("农村农业", children=("土地承包", "惠农补贴")),
    Category("市场监管", children=("价格", "食品安全")),
    Category("其他"),
)
DEFAULT_UNITS = ("办公室", "市场监管股", "商贸流通股", "安全生产股", "综合执法大队", "各乡镇")


class SettingsService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self.database = database
        self.repo = SettingsRepo(database)
        self.audit = AuditRepo(database)
        self.clock = clock
        self._settings: DeskSettings | None = None
        self._calendar: WorkCalendar | None = None
        self.log = AuditLog(self.audit, clock, self.operator)

    def ensure_defaults(self) -> bool:
        """First start: write default settings and lists. Returns True if the database was new."""
        if self.repo.is_initialised():
            return False
        with self.database.atomic():
            self.repo.save(DeskSettings())
            if not self.repo.categories():
                self.repo.replace_categories(DEFAULT_CATEGORIES)
            if not self.repo.units():
                self.repo.replace_units(DEFAULT_UNITS)
        self._settings = None
        return True

    @property
    def settings(self) -> DeskSettings:
        if self._settings is None:
            self._settings = self.repo.load()
        return self._settings

    def reload(self) -> None:
        """Forget what is cached (after a transaction that saved settings was rolled back)."""
        self._settings = None
        self._calendar = None

    def operator(self) -> str:
        if self.settings.operator:
            return self.settings.operator
        try:
            return getpass.getuser()
        except (OSError, KeyError):  # no login name on some Windows setups
            return "clerk"

    def save(self, new: DeskSettings) -> Changes:
        old = self.settings
        entries = [
            AuditEntry(self.clock.now(), self.operator(), "settings", 0, "update", k, str(v), str(new.to_dict()[k]))
            for k, v in old.to_dict().items()
            if new.to_dict()[k] != v
        ]
        with self.database.atomic():
            self.repo.save(new)
            self.audit.record(entries)
        self._settings = new
        return Changes(settings=True)

    def with_changes(self, **changes: object) -> DeskSettings:
        return dataclasses.replace(self.settings, **changes)  # type: ignore[arg-type]

    # --- printing -----------------------------------------------------------------------------
    def print_fonts(self) -> FontSet:
        """The fonts every printed form uses: the office's print_font, or the automatic choice."""
        from officedesk.forms.fonts import register_fonts  # lazy: reportlab costs start-up time

        return register_fonts(choice=self.settings.print_font)

    def print_font_choices(self) -> list[tuple[str, str]]:
        """(print_font value, font name) of the Chinese fonts this PC can print with (automatic not included)."""
        from officedesk.forms.fonts import available_fonts

        return available_fonts()

    # --- lists --------------------------------------------------------------------------------
    def categories(self) -> list[Category]:
        return self.repo.categories()

    def set_categories(self, categories: Iterable[Category]) -> Changes:
        with self.database.atomic():
            self.repo.replace_categories(categories)
        return Changes(settings=True)

    def units(self) -> list[str]:
        return self.repo.units()

    def set_units(self, names: Iterable[str]) -> Changes:
        with self.database.atomic():
            self.repo.replace_units([n.strip() for n in names if n.strip()])
        return Changes(settings=True)

    # --- calendar -----------------------------------------------------------------------------
    @property
    def calendar(self) -> WorkCalendar:
        if self._calendar is None:
            self._calendar = WorkCalendar(self.repo.calendar_overrides())
        return self._calendar

    def calendar_overrides(self) -> list[CalendarOverride]:
        return self.repo.calendar_overrides()

    def put_calendar_override(self, override: CalendarOverride) -> Changes:
        with self.database.atomic():
            self.repo.put_calendar_override(override)
            self.log.write("calendar", 0, "update", override.day.isoformat(), "", f"{override.kind} {override.name}")
        self._calendar = None
        return Changes(calendar=True)

    def delete_calendar_override(self, day: date) -> Changes:
        with self.database.atomic():
            self.repo.delete_calendar_override(day)
            self.log.write("calendar", 0, "delete", day.isoformat())
        self._calendar = None
        return Changes(calendar=True)
