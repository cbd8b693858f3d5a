"""The append-only audit trail: who, when, what, before → after."""

from __future__ import annotations

from collections.abc import Iterable

from officedesk.domain.visits import AuditEntry
from officedesk.storage.database import Database
from officedesk.storage.errors import translated_errors
from officedesk.storage.row_codec import select_records, to_row


class AuditRepo:
    def __init__(self, database: Database) -> None:
        self.conn = database.conn

    def record(self, entries: Iterable[AuditEntry]) -> None:
        rows = [to_row(e, skip=("id",)) for e in entries]
        if not rows:
            return
        with translated_errors():
            self.conn.executemany(
                "INSERT INTO audit (at, user, entity, entity_id, action, field, before, after) "
                "VALUES (:at, :user, :entity, :entity_id, :action, :field, :before, :after)",
                rows,
            )

    def for_entity(self, entity: str, entity_id: int) -> list[AuditEntry]:
        return select_records(
            self.conn, AuditEntry, "SELECT * FROM audit WHERE entity = ? AND entity_id = ? ORDER BY id",
            (entity, entity_id),
        )  # fmt: skip

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM audit").fetchone()[0])
