"""The desk: every service over one open database, built once by app.py or cli.py and passed down."""

from __future__ import annotations

from pathlib import Path

from officedesk.services.backup_service import BackupService
from officedesk.services.clock import Clock
from officedesk.services.duty_service import DutyService
from officedesk.services.ledger_io import LedgerIO
from officedesk.services.register_output import RegisterOutput
from officedesk.services.risk_service import RiskService
from officedesk.services.settings_service import SettingsService
from officedesk.services.visit_import import VisitImport
from officedesk.services.visit_service import VisitService
from officedesk.storage.database import Database, open_database


class Desk:
    def __init__(self, database: Database, clock: Clock | None = None) -> None:
        self.database = database
        self.clock = clock or Clock()
        self.settings = SettingsService(database, self.clock)
        self.is_new = self.settings.ensure_defaults()
        self.visits = VisitService(database, self.settings, self.clock)
        self.output = RegisterOutput(self.visits)
        self.imports = VisitImport(self.visits)
        self.risks = RiskService(database, self.settings, self.visits)
        self.ledger_io = LedgerIO(self.risks)
        self.backups = BackupService(database, self.settings, self.clock)
        self.duty = DutyService(database, self.settings, self.visits, self.risks)

    @classmethod
    def open(cls, path: Path | str | None, clock: Clock | None = None) -> Desk:
        return cls(open_database(path), clock)

    @property
    def path(self) -> Path | None:
        return self.database.path

    def close(self) -> None:
        self.database.close()
