"""Ledger lines and their progress: rows ↔ Risk records, the ledger's filters, grouping and search."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from officedesk.domain.ids import RiskId
from officedesk.domain.risks import Risk, RiskFilter, RiskProgress, RiskStatus
from officedesk.storage.database import Database
from officedesk.storage.errors import RecordNotFound, translated_errors
from officedesk.storage.row_codec import from_row, to_row
from officedesk.storage.text_search import TextIndex

RISK_INDEX = TextIndex("risk")
ORDER = "found_on DESC, id DESC"
SEARCHED_FIELDS = (
    "reg_no", "source_unit", "source_no", "kind", "description", "checked_unit", "checker", "place", "category",
    "level", "basis", "measures", "lead_leader", "responsible_unit", "responsible_person", "interim_controls",
    "supervision_doc_no", "result", "remarks",
)  # fmt: skip
_CLOSED = (RiskStatus.CLOSED, RiskStatus.VOID)


def _body(row: dict[str, Any], progress: Sequence[str] = ()) -> str:
    return "\n".join([str(row.get(f) or "") for f in SEARCHED_FIELDS if row.get(f)] + list(progress))


class RisksRepo:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.conn = database.conn

    # --- writes -------------------------------------------------------------------------------
    def next_reg_no(self, year: int) -> str:
        """Ledger number YH-YYYY-NNNN, numbered per year of discovery."""
        prefix = f"YH-{year}-"
        row = self.conn.execute(
            "SELECT max(CAST(substr(reg_no, 9) AS INTEGER)) FROM risks WHERE reg_no LIKE :p", {"p": prefix + "%"}
        ).fetchone()
        return f"{prefix}{(row[0] or 0) + 1:04d}"

    def insert(self, risk: Risk, now: datetime) -> Risk:
        row = to_row(risk.replace(created_at=now, updated_at=now), skip=("id",))
        with translated_errors():
            cur = self.conn.execute(
                f"INSERT INTO risks ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})", row
            )
        saved = risk.replace(id=RiskId(int(cur.lastrowid or 0)), created_at=now, updated_at=now)
        self._reindex(saved)
        return saved

    def bulk_insert(
        self, risks: Sequence[Risk], now: datetime, progress: Sequence[str] = (), progress_on: date | None = None
    ) -> list[RiskId]:
        """Many new lines at once (import, demo); `progress[i]`, if not empty, becomes line i's first 进展, dated
        `progress_on` — all in a few executemany calls and one bulk indexing."""
        rows = [to_row(r.replace(created_at=now, updated_at=now), skip=("id",)) for r in risks]
        if not rows:
            return []
        keys = list(rows[0])
        first = int(self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM risks").fetchone()[0])
        for offset, row in enumerate(rows):
            row["id"] = first + offset
        texts = list(progress) + [""] * (len(rows) - len(progress))
        stamp = now.isoformat(sep=" ", timespec="seconds")
        with translated_errors():
            self.conn.executemany(
                f"INSERT INTO risks (id, {', '.join(keys)}) VALUES (:id, {', '.join(':' + k for k in keys)})", rows
            )
            self.conn.executemany(
                "INSERT INTO risk_progress (risk_id, on_date, text, created_at) VALUES (?, ?, ?, ?)",
                [
                    (r["id"], (progress_on or now.date()).isoformat(), t, stamp)
                    for r, t in zip(rows, texts, strict=True)
                    if t
                ],
            )
            RISK_INDEX.index_many(
                self.database.db, [(r["id"], _body(r, [t] if t else [])) for r, t in zip(rows, texts, strict=True)]
            )
        return [RiskId(r["id"]) for r in rows]

    def update(self, risk: Risk, now: datetime) -> Risk:
        if risk.id is None:
            raise ValueError("update needs a saved risk")
        saved = risk.replace(updated_at=now)
        row = to_row(saved, skip=("id", "created_at"))
        with translated_errors():
            cur = self.conn.execute(
                f"UPDATE risks SET {', '.join(f'{k} = :{k}' for k in row)} WHERE id = :id", {**row, "id": risk.id}
            )
        if cur.rowcount != 1:
            raise RecordNotFound(f"risk {risk.id}")
        self._reindex(saved)
        return saved

    def add_progress(self, entry: RiskProgress, now: datetime) -> RiskProgress:
        with translated_errors():
            cur = self.conn.execute(
                "INSERT INTO risk_progress (risk_id, on_date, text, created_at) VALUES (?, ?, ?, ?)",
                (entry.risk_id, entry.on_date.isoformat(), entry.text, now.isoformat(sep=" ", timespec="seconds")),
            )
        self._reindex(self.get(entry.risk_id))
        return RiskProgress(entry.risk_id, entry.on_date, entry.text, int(cur.lastrowid or 0), now)

    def _reindex(self, risk: Risk) -> None:
        assert risk.id is not None
        texts = [p.text for p in self.progress(risk.id)]
        RISK_INDEX.index(self.database.db, risk.id, _body(to_row(risk), texts))

    # --- reads --------------------------------------------------------------------------------
    def get(self, risk_id: RiskId) -> Risk:
        found = self.get_many([risk_id])
        if not found:
            raise RecordNotFound(f"risk {risk_id}")
        return found[0]

    def get_many(self, ids: Sequence[RiskId]) -> list[Risk]:
        if not ids:
            return []
        with translated_errors():
            cur = self.conn.execute(
                "SELECT * FROM risks WHERE id IN (SELECT value FROM json_each(?))", (json.dumps([int(i) for i in ids]),)
            )
            names = [d[0] for d in cur.description]
            by_id = {r[0]: from_row(Risk, dict(zip(names, r, strict=True))) for r in cur}
        return [by_id[i] for i in ids if i in by_id]

    def progress(self, risk_id: RiskId) -> list[RiskProgress]:
        cur = self.conn.execute(
            "SELECT id, risk_id, on_date, text, created_at FROM risk_progress WHERE risk_id = ? ORDER BY on_date, id",
            (risk_id,),
        )
        names = [d[0] for d in cur.description]
        return [from_row(RiskProgress, dict(zip(names, r, strict=True))) for r in cur]

    def latest_progress(self, ids: Sequence[RiskId], as_of: date | None = None) -> dict[int, str]:
        """The newest 进展 of each line (dated on or before `as_of`), as the ledger's 进展情况 column shows it."""
        cur = self.conn.execute(
            "SELECT risk_id, on_date, text FROM risk_progress WHERE risk_id IN (SELECT value FROM json_each(:ids)) "
            "AND on_date <= :asof ORDER BY risk_id, on_date, id",
            {"ids": json.dumps([int(i) for i in ids]), "asof": (as_of or date.max).isoformat()},
        )
        return {rid: f"{on_date}：{text}" for rid, on_date, text in cur}

    def find_by_source(self, source_unit: str, kind: str, source_no: str) -> Risk | None:
        """The line a subordinate unit's sheet already sent under this 序号/编号 (re-import updates it).
        Each kind's sheet numbers from 1, so the kind is part of the match."""
        row = self.conn.execute(
            # `source_no != ''` lets SQLite use the partial index risks_source (else: a full scan per line).
            "SELECT id FROM risks WHERE source_unit = ? AND kind = ? AND source_no = ? AND source_no != '' "
            "AND status != ? LIMIT 1",
            (source_unit, kind, source_no, RiskStatus.VOID),
        ).fetchone()
        return None if row is None else self.get(RiskId(row[0]))

    def search_ids(self, f: RiskFilter, today: date) -> list[RiskId]:
        where, params = _where(f, today)
        with translated_errors():
            return [
                RiskId(r[0]) for r in self.conn.execute(f"SELECT id FROM risks WHERE {where} ORDER BY {ORDER}", params)
            ]

    def count_filtered(self, f: RiskFilter, today: date) -> int:
        where, params = _where(f, today)
        with translated_errors():
            return int(self.conn.execute(f"SELECT count(*) FROM risks WHERE {where}", params).fetchone()[0])

    def group_counts(self, f: RiskFilter, today: date, by: str) -> list[tuple[str, int, int]]:
        """(责任单位 or 包案领导, lines, overdue lines) for the filtered ledger."""
        if by not in ("responsible_unit", "lead_leader"):
            raise ValueError(by)
        where, params = _where(f, today)
        cur = self.conn.execute(
            f"SELECT {by}, count(*), sum(CASE WHEN status NOT IN (:c1, :c2) AND coalesce(extended_due, due_date) "
            f"< :today THEN 1 ELSE 0 END) FROM risks WHERE {where} GROUP BY {by} ORDER BY count(*) DESC, {by}",
            {**params, "c1": _CLOSED[0], "c2": _CLOSED[1]},
        )
        return [(r[0], int(r[1]), int(r[2] or 0)) for r in cur]

    def distinct_values(self, column: str) -> list[str]:
        if column not in ("responsible_unit", "lead_leader", "category", "checked_unit", "source_unit"):
            raise ValueError(column)
        cur = self.conn.execute(f"SELECT DISTINCT {column} FROM risks WHERE {column} != '' ORDER BY {column}")
        return [r[0] for r in cur]

    # --- named export layouts (per recipient) ------------------------------------------------
    def layouts(self, target: str) -> dict[str, dict[str, list[str]]]:
        cur = self.conn.execute("SELECT name, keys FROM export_layouts WHERE target = ? ORDER BY name", (target,))
        return {name: json.loads(keys) for name, keys in cur}

    def save_layout(self, target: str, name: str, keys: dict[str, list[str]]) -> None:
        with translated_errors():
            self.conn.execute(
                "INSERT INTO export_layouts (target, name, keys) VALUES (?, ?, ?) "
                "ON CONFLICT(target, name) DO UPDATE SET keys = excluded.keys",
                (target, name, json.dumps(keys, ensure_ascii=False)),
            )

    def delete_layout(self, target: str, name: str) -> None:
        with translated_errors():
            self.conn.execute("DELETE FROM export_layouts WHERE target = ? AND name = ?", (target, name))


def _where(f: RiskFilter, today: date) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    p: dict[str, Any] = {"today": today.isoformat(), "void": RiskStatus.VOID, "closed": RiskStatus.CLOSED}
    due = "coalesce(extended_due, due_date)"
    if not f.include_void and RiskStatus.VOID not in f.statuses:
        clauses.append("status != :void")
    if f.kinds:
        clauses.append("kind IN (SELECT value FROM json_each(:kinds))")
        p["kinds"] = json.dumps(list(f.kinds), ensure_ascii=False)
    for field, value in (("level", f.level), ("responsible_unit", f.responsible_unit), ("lead_leader", f.lead_leader)):
        if value:
            clauses.append(f"{field} = :{field}")
            p[field] = value
    if f.statuses:
        clauses.append("status IN (SELECT value FROM json_each(:statuses))")
        p["statuses"] = json.dumps(list(f.statuses))
    if f.overdue_only:
        clauses.append(f"status NOT IN (:closed, :void) AND {due} < :today")
    if f.due_within_days is not None:
        clauses.append(f"status NOT IN (:closed, :void) AND {due} >= :today AND {due} <= :within")
        p["within"] = (today + timedelta(days=f.due_within_days)).isoformat()
    if f.found_from:
        clauses.append("found_on >= :ffrom")
        p["ffrom"] = f.found_from.isoformat()
    if f.found_to:
        clauses.append("found_on <= :fto")
        p["fto"] = f.found_to.isoformat()
    if f.as_of:
        # The ledger as it stood that day: found by then, not yet crossed off.
        clauses.append("found_on <= :asof AND (closed_on IS NULL OR closed_on > :asof)")
        p["asof"] = f.as_of.isoformat()
    text_clauses, text_params = RISK_INDEX.where(f.text)
    clauses += text_clauses
    p.update(text_params)
    return (" AND ".join(clauses) or "1"), p
