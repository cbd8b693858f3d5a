"""Visits and their notes: rows ↔ Visit records, the register's filters and search."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from officedesk.domain.ids import NoteId, VisitId
from officedesk.domain.visits import Visit, VisitFilter, VisitNote, VisitState
from officedesk.storage.database import Database
from officedesk.storage.errors import RecordNotFound, translated_errors
from officedesk.storage.row_codec import insert_record, select_records, to_row, update_record
from officedesk.storage.visit_search import VISIT_INDEX, index_many, index_visit, search_body

ORDER = "received_at DESC, id DESC"


class VisitsRepo:
    """Reads and writes visits; callers (services) hold the transaction and write the audit."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.conn = database.conn

    # --- writes -------------------------------------------------------------------------------
    def next_reg_no(self, year: int) -> str:
        """登记编号 XF-YYYY-NNNN, numbered per year."""
        prefix = f"XF-{year}-"
        row = self.conn.execute(
            "SELECT max(CAST(substr(reg_no, 9) AS INTEGER)) FROM visits WHERE reg_no LIKE :p",
            {"p": prefix + "%"},
        ).fetchone()
        return f"{prefix}{(row[0] or 0) + 1:04d}"

    def insert(self, visit: Visit, now: datetime) -> Visit:
        row = to_row(visit.replace(created_at=now, updated_at=now), skip=("id",))
        with translated_errors():
            new_id = insert_record(self.conn, "visits", row)
        saved = visit.replace(id=VisitId(new_id), created_at=now, updated_at=now)
        self._reindex(saved)
        return saved

    def bulk_insert(self, visits: Sequence[Visit], now: datetime) -> int:
        """Many new visits at once (import, demo): one executemany, then the search text in bulk."""
        rows = [to_row(v.replace(created_at=now, updated_at=now), skip=("id",)) for v in visits]
        if not rows:
            return 0
        keys = list(rows[0])
        first = int(self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM visits").fetchone()[0])
        for offset, row in enumerate(rows):
            row["id"] = first + offset
        with translated_errors():
            self.conn.executemany(
                f"INSERT INTO visits (id, {', '.join(keys)}) VALUES (:id, {', '.join(':' + k for k in keys)})", rows
            )
            index_many(self.database.db, [(r["id"], search_body(r)) for r in rows])
        return len(rows)

    def existing_reg_nos(self, reg_nos: Sequence[str]) -> set[str]:
        cur = self.conn.execute(
            "SELECT reg_no FROM visits WHERE reg_no IN (SELECT value FROM json_each(?))",
            ("[" + ",".join(json.dumps(r) for r in reg_nos) + "]",),
        )
        return {r[0] for r in cur}

    def find_same(self, visit: Visit) -> str | None:
        """The 登记编号 of a non-void visit with the same time, petitioner and requests (a re-imported row)."""
        row = self.conn.execute(
            "SELECT reg_no FROM visits WHERE received_at = :at AND petitioner = :who AND requests = :req "
            "AND status != :void LIMIT 1",
            {
                "at": to_row(visit)["received_at"],
                "who": visit.petitioner,
                "req": visit.requests,
                "void": VisitState.VOID,
            },
        ).fetchone()
        return None if row is None else str(row[0])

    def update(self, visit: Visit, now: datetime) -> Visit:
        if visit.id is None:
            raise ValueError("update needs a saved visit")
        saved = visit.replace(updated_at=now)
        row = to_row(saved, skip=("id", "created_at"))
        with translated_errors():
            changed = update_record(self.conn, "visits", {**row, "id": visit.id})
        if changed != 1:
            raise RecordNotFound(f"visit {visit.id}")
        self._reindex(saved)
        return saved

    def add_note(self, note: VisitNote, now: datetime) -> VisitNote:
        row = to_row(note, skip=("id",))
        row["created_at"] = now.isoformat(sep=" ", timespec="seconds")
        with translated_errors():
            cur = self.conn.execute(
                "INSERT INTO visit_notes (visit_id, on_date, text, created_at) VALUES "
                "(:visit_id, :on_date, :text, :created_at)",
                row,
            )
        self._reindex(self.get(note.visit_id))
        return VisitNote(note.visit_id, note.on_date, note.text, NoteId(int(cur.lastrowid or 0)), now)

    def _reindex(self, visit: Visit) -> None:
        assert visit.id is not None
        notes = [n.text for n in self.notes(visit.id)]
        index_visit(self.database.db, visit.id, search_body(to_row(visit), notes))

    # --- reads --------------------------------------------------------------------------------
    def get(self, visit_id: VisitId) -> Visit:
        found = self.get_many([visit_id])
        if not found:
            raise RecordNotFound(f"visit {visit_id}")
        return found[0]

    def get_many(self, ids: Sequence[VisitId]) -> list[Visit]:
        """The visits with these ids, in the order given (missing ids are skipped)."""
        if not ids:
            return []
        with translated_errors():
            found = select_records(
                self.conn, Visit, "SELECT * FROM visits WHERE id IN (SELECT value FROM json_each(?))", (_json_ids(ids),)
            )
        by_id = {v.id: v for v in found}
        return [by_id[i] for i in ids if i in by_id]

    def notes(self, visit_id: VisitId) -> list[VisitNote]:
        return select_records(
            self.conn,
            VisitNote,
            "SELECT id, visit_id, on_date, text, created_at FROM visit_notes WHERE visit_id = ? ORDER BY on_date, id",
            (visit_id,),
        )

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM visits").fetchone()[0])

    def search_ids(self, f: VisitFilter, today: date, due_soon_days: int, limit: int | None = None) -> list[VisitId]:
        """Ids of the visits the filter selects, newest first: the cheap first step of the lazy table."""
        where, params = _where(f, today, due_soon_days)
        sql = f"SELECT id FROM visits WHERE {where} ORDER BY {ORDER}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with translated_errors():
            return [VisitId(r[0]) for r in self.conn.execute(sql, params)]

    def count_filtered(self, f: VisitFilter, today: date, due_soon_days: int) -> int:
        where, params = _where(f, today, due_soon_days)
        with translated_errors():
            return int(self.conn.execute(f"SELECT count(*) FROM visits WHERE {where}", params).fetchone()[0])

    def analyze(self) -> None:
        """Fresh planner statistics after a bulk load (the covering indexes are chosen only with them)."""
        with translated_errors():
            self.conn.execute("ANALYZE")

    def iter_filtered(self, f: VisitFilter, today: date, due_soon_days: int, chunk: int = 2000) -> Iterator[Visit]:
        """Every visit the filter selects, newest first, fetched in chunks (exports of 200k rows)."""
        ids = self.search_ids(f, today, due_soon_days)
        for start in range(0, len(ids), chunk):
            yield from self.get_many(ids[start : start + chunk])

    def related_candidates(self, phone: str, id_number: str, exclude: VisitId | None, limit: int = 20) -> list[Visit]:
        """Earlier visits with the same phone or ID number (a link between cases, never a profile)."""
        clauses: list[str] = []
        params: dict[str, object] = {"ex": exclude or -1}
        if phone:
            clauses.append("phone = :phone")
            params["phone"] = phone
        if id_number and id_number not in ("无", "不详"):
            clauses.append("id_number = :idn")
            params["idn"] = id_number
        if not clauses:
            return []
        cur = self.conn.execute(
            f"SELECT id FROM visits WHERE ({' OR '.join(clauses)}) AND id != :ex AND status != :void "
            f"ORDER BY {ORDER} LIMIT {int(limit)}",
            {**params, "void": VisitState.VOID},
        )
        return self.get_many([VisitId(r[0]) for r in cur])

    def similar_text_ids(self, text: str, exclude: VisitId | None, limit: int = 10) -> list[VisitId]:
        """Visits whose text shares the most trigrams-worth phrases with `text` (ranked by FTS5 bm25)."""
        phrases = {text[i : i + 4] for i in range(0, max(len(text) - 3, 0), 2) if text[i : i + 4].strip()}
        phrases = {p for p in phrases if all(ch.isalnum() for ch in p)}
        if not phrases:
            return []
        query = " OR ".join('"' + p.replace('"', '""') + '"' for p in sorted(phrases)[:40])
        cur = self.conn.execute(
            "SELECT rowid FROM visit_fts WHERE visit_fts MATCH :q AND rowid != :ex ORDER BY bm25(visit_fts) "
            f"LIMIT {int(limit)}",
            {"q": query, "ex": exclude or -1},
        )
        return [VisitId(r[0]) for r in cur]

    def grouped_counts(self, column: str, date_from: date | None, date_to: date | None) -> list[tuple[str, int, int]]:
        """(value, 批次, 人次) per value of `column` among non-void visits received in the range."""
        if column not in ("channel", "category", "status", "handling_unit", "matter_type"):
            raise ValueError(column)
        p = {
            "void": VisitState.VOID,
            "dfrom": (date_from or date.min).isoformat(),
            "dto": (date_to + timedelta(days=1)).isoformat() if date_to else "9999",
        }
        cur = self.conn.execute(
            f"SELECT {column}, count(*), sum(people_count) FROM visits WHERE status != :void "
            f"AND received_at >= :dfrom AND received_at < :dto GROUP BY {column} ORDER BY count(*) DESC",
            p,
        )
        return [(r[0], int(r[1]), int(r[2] or 0)) for r in cur]

    def count_group_visits(self, threshold: int, date_from: date | None, date_to: date | None) -> int:
        p = {
            "void": VisitState.VOID,
            "t": threshold,
            "dfrom": (date_from or date.min).isoformat(),
            "dto": (date_to + timedelta(days=1)).isoformat() if date_to else "9999",
        }
        row = self.conn.execute(
            "SELECT count(*) FROM visits WHERE status != :void AND people_count >= :t "
            "AND received_at >= :dfrom AND received_at < :dto",
            p,
        ).fetchone()
        return int(row[0])

    def distinct_values(self, column: str) -> list[str]:
        if column not in ("handling_unit", "category", "receiver", "locality", "receiving_leader"):
            raise ValueError(column)
        cur = self.conn.execute(f"SELECT DISTINCT {column} FROM visits WHERE {column} != '' ORDER BY {column}")
        return [r[0] for r in cur]


def _json_ids(ids: Sequence[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


def _where(f: VisitFilter, today: date, due_soon_days: int) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    p: dict[str, Any] = {
        "today": today.isoformat(),
        "soon": (today + timedelta(days=due_soon_days)).isoformat(),
        "open": VisitState.OPEN,
        "void": VisitState.VOID,
    }
    if not f.include_void and VisitState.VOID not in f.states:
        clauses.append("status != :void")
    if f.date_from:
        clauses.append("received_at >= :dfrom")
        p["dfrom"] = f.date_from.isoformat()
    if f.date_to:
        clauses.append("received_at < :dto")
        p["dto"] = (f.date_to + timedelta(days=1)).isoformat()
    if f.channels:
        clauses.append("channel IN (SELECT value FROM json_each(:channels))")
        p["channels"] = json.dumps(list(f.channels), ensure_ascii=False)
    if f.category:
        clauses.append("(category = :cat OR category || '/' || subcategory = :cat)")
        p["cat"] = f.category
    if f.disposition:
        clauses.append("disposition = :disp")
        p["disp"] = f.disposition
    if f.handling_unit:
        clauses.append("handling_unit = :unit")
        p["unit"] = f.handling_unit
    open_ = "status = :open"
    if f.overdue_only:
        clauses.append(f"{open_} AND active_due < :today")
    if f.states:
        ors = []
        for n, s in enumerate(f.states):
            if s == VisitState.OVERDUE:
                ors.append(f"({open_} AND active_due < :today)")
            elif s == VisitState.DUE_SOON:
                ors.append(f"({open_} AND active_due >= :today AND active_due <= :soon)")
            elif s == VisitState.OPEN:
                ors.append(f"({open_} AND (active_due IS NULL OR active_due > :soon))")
            elif s in VisitState.STORED:
                ors.append(f"status = :s{n}")
                p[f"s{n}"] = s
        clauses.append("(" + " OR ".join(ors or ["0"]) + ")")
    text_clauses, text_params = VISIT_INDEX.where(f.text)
    clauses += text_clauses
    p.update(text_params)
    return (" AND ".join(clauses) or "1"), p
