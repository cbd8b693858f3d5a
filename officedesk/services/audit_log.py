"""Writes one audit row with who and when filled in: every service records its changes through this."""

from __future__ import annotations

from collections.abc import Callable

from officedesk.domain.visits import AuditEntry
from officedesk.services.clock import Clock
from officedesk.storage.audit_repo import AuditRepo


class AuditLog:
    def __init__(self, repo: AuditRepo, clock: Clock, operator: Callable[[], str]) -> None:
        self.repo = repo
        self.clock = clock
        self.operator = operator

    def write(
        self, entity: str, entity_id: int, action: str, field: str = "", before: str = "", after: str = ""
    ) -> None:
        """Call inside the change's transaction, so the data and its audit row commit together."""
        self.repo.record(
            [AuditEntry(self.clock.now(), self.operator(), entity, entity_id, action, field, before, after)]
        )
