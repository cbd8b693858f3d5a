"""Ledger lines and their progress: rows ↔ Risk records, the ledger's filters, grouping and search."""

from __future__ import annotations

import dataclasses
import json
import typing
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from functools import partial
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import Any

from officedesk.domain.ids import RiskId, VisitId
from officedesk.domain.risks import Risk, RiskFilter, RiskProgress, RiskStatus
from officedesk.storage.database import Database
from officedesk.storage.errors import RecordNotFound, translated_errors
from officedesk.storage.row_codec import insert_record, select_records, to_row, update_record
from officedesk.storage.text_search import TextIndex

RISK_INDEX = TextIndex("risk")
ORDER = "found_on DESC, id DESC"
_SEARCHED_BESIDE_NUMBER = (
    "source_unit", "source_no", "kind", "description", "checked_unit", "checker", "place", "category",
    "level", "basis", "measures", "lead_leader", "responsible_unit", "responsible_person", "interim_controls",
    "supervision_doc_no", "result", "remarks",
)  # fmt: skip
SEARCHED_FIELDS = ("reg_no", *_SEARCHED_BESIDE_NUMBER)
_CLOSED = (RiskStatus.CLOSED, RiskStatus.VOID)


def _body(row: dict[str, Any], progress: Sequence[str] = ()) -> str:
    return "\n".join([str(row.get(f) or "") for f in SEARCHED_FIELDS if row.get(f)] + list(progress))


def _dated_fields() -> frozenset[str]:
    """Risk's date and datetime fields, from its annotations (as row_codec reads them)."""
    hints = typing.get_type_hints(Risk)
    return frozenset(
        f.name
        for f in dataclasses.fields(Risk)
        if {date, datetime} & (set(typing.get_args(hints[f.name])) or {hints[f.name]})
    )


def _iso(value: date) -> str:
    """A date or datetime as to_row writes it."""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    return value.isoformat()


def _texts(values: Sequence[Any]) -> Sequence[Any]:
    """One text field's values of many lines as _body takes them: str() of each value that is set."""
    if set(map(type, values)) <= {str}:
        return values
    return [str(value) if value else value for value in values]


def _sql_values(field: str, values: Sequence[Any]) -> Sequence[Any]:
    """One field's values of many lines as to_row writes them: dates as ISO text, the rest as they are."""
    if field not in _DATED_FIELDS:
        return values
    if set(map(type, values)) == {date}:
        return list(map(date.isoformat, values))  # the usual column: every line dated
    return [None if value is None else _iso(value) for value in values]


_DATED_FIELDS = _dated_fields()
_STAMPS = ("created_at", "updated_at")
_FIELD_NAMES = tuple(f.name for f in dataclasses.fields(Risk))
_SENDABLE = tuple(f for f in _FIELD_NAMES if f not in ("id", "reg_no", *_STAMPS))  # what bulk_insert may send
_NOT_PLAIN = object()


def _literal(sql: str | None) -> object:
    """A column default as PRAGMA table_info gives it ('' → "", 0 → 0, none → None); _NOT_PLAIN for an
    expression."""
    if sql is None or sql.upper() == "NULL":
        return None
    if len(sql) >= 2 and sql[0] == sql[-1] == "'":
        return sql[1:-1].replace("''", "'")
    try:
        return int(sql)
    except ValueError:
        return _NOT_PLAIN


class RisksRepo:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.conn = database.conn
        self._defaults: dict[str, object] | None = None

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
            new_id = insert_record(self.conn, "risks", row)
        saved = risk.replace(id=RiskId(new_id), created_at=now, updated_at=now)
        self._reindex(saved)
        return saved

    def bulk_insert(
        self,
        risks: Sequence[Risk],
        now: datetime,
        progress: Sequence[str] = (),
        progress_on: date | None = None,
        reg_nos: Sequence[str] | None = None,
    ) -> list[RiskId]:
        """Many new lines at once (import, demo); `progress[i]`, if not empty, becomes line i's first 进展, dated
        `progress_on`; `reg_nos[i]`, when given, is line i's number — all in a few executemany calls and one
        bulk indexing.

        The rows are what insert() writes. Only the columns some line sets are sent: every other column takes
        its default, which is what the line holds (a wide insert of 50,000 lines spends most of its time
        binding values)."""
        if not risks:
            return []
        if reg_nos is not None and len(reg_nos) != len(risks):
            raise ValueError("one number per line")
        stamp = now.isoformat(sep=" ", timespec="seconds")
        first = int(self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM risks").fetchone()[0])
        ids = range(first, first + len(risks))
        numbers = list(reg_nos) if reg_nos is not None else [r.reg_no for r in risks]
        defaults = self._column_defaults()
        # Column by column: every line's fields taken in one pass and turned into one column a field; a field
        # every line leaves at its column's default is not sent. Dates are written as to_row writes them, then
        # the columns zipped into rows.
        every = dict(zip(_SENDABLE, zip(*map(attrgetter(*_SENDABLE), risks), strict=True), strict=True))
        fields = [f for f in _SENDABLE if f not in defaults or every[f].count(defaults[f]) != len(risks)]
        columns = ["id", "reg_no", *_STAMPS, *fields]
        rows = zip(ids, numbers, repeat(stamp), repeat(stamp), *(_sql_values(f, every[f]) for f in fields))
        texts = list(progress) + [""] * (len(risks) - len(progress))
        on_date = (progress_on or now.date()).isoformat()
        # Each line's searched texts, as _body joins them (the fields that are set, then the 进展): a field no
        # line sets holds its default in every line (an empty text: nothing to search, unless the default is one).
        searched_columns = [
            numbers,
            *(_texts(every[f]) for f in _SEARCHED_BESIDE_NUMBER if f in fields or defaults.get(f)),
            texts,
        ]
        searched = list(map(tuple, map(partial(filter, None), zip(*searched_columns, strict=True))))
        with translated_errors():
            self.conn.executemany(
                f"INSERT INTO risks ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows
            )
            self.conn.executemany(
                "INSERT INTO risk_progress (risk_id, on_date, text, created_at) VALUES (?, ?, ?, ?)",
                [(risk_id, on_date, t, stamp) for risk_id, t in zip(ids, texts, strict=True) if t],
            )
            RISK_INDEX.index_many(self.database.db, list(zip(ids, map("\n".join, searched), strict=True)), searched)
        return [RiskId(i) for i in ids]

    def _column_defaults(self) -> dict[str, object]:
        """The risks columns whose default is a plain value, with that value as a Risk field holds it."""
        if self._defaults is None:
            self._defaults = {}
            for _, name, _, _, default, _ in self.conn.execute("PRAGMA table_info(risks)"):
                parsed = _literal(default)
                if parsed is not _NOT_PLAIN:
                    self._defaults[name] = parsed
        return self._defaults

    def update(self, risk: Risk, now: datetime) -> Risk:
        if risk.id is None:
            raise ValueError("update needs a saved risk")
        saved = risk.replace(updated_at=now)
        row = to_row(saved, skip=("id", "created_at"))
        with translated_errors():
            changed = update_record(self.conn, "risks", {**row, "id": risk.id})
        if changed != 1:
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

    def update_many(self, risks: Sequence[Risk], now: datetime, progress: Sequence[RiskProgress] = ()) -> None:
        """update() of many saved lines, then add_progress() of the entries — as those write them, in a few
        executemany calls, each line's search entry rewritten once (a re-import of a whole sheet)."""
        ids = [int(r.id) for r in risks if r.id is not None]
        if len(ids) != len(risks):
            raise ValueError("update needs a saved risk")
        stamp = now.isoformat(sep=" ", timespec="seconds")
        fields = [f for f in _FIELD_NAMES if f not in ("id", "created_at")]
        values = [
            [stamp] * len(risks) if f == "updated_at" else _sql_values(f, list(map(attrgetter(f), risks)))
            for f in fields
        ]
        with translated_errors():
            if risks:
                cur = self.conn.executemany(
                    f"UPDATE risks SET {', '.join(f'{k} = ?' for k in fields)} WHERE id = ?",
                    zip(*values, ids, strict=True),
                )
                if cur.rowcount != len(ids):
                    raise RecordNotFound(f"risk: {len(ids) - cur.rowcount} of {len(ids)} lines")
            self.conn.executemany(
                "INSERT INTO risk_progress (risk_id, on_date, text, created_at) VALUES (?, ?, ?, ?)",
                [(e.risk_id, e.on_date.isoformat(), e.text, stamp) for e in progress],
            )
        # The search entries, as _reindex writes them (the searched fields, then every 进展).
        saved = {int(r.id or 0): r for r in risks}
        more = [RiskId(i) for i in dict.fromkeys(int(e.risk_id) for e in progress) if i not in saved]
        saved.update((int(r.id or 0), r) for r in self.get_many(more))
        texts = self._progress_texts(list(saved))
        searched = attrgetter(*SEARCHED_FIELDS)
        RISK_INDEX.reindex_many(
            self.database.db,
            [(i, "\n".join([*map(str, filter(None, searched(r))), *texts.get(i, [])])) for i, r in saved.items()],
        )

    def _progress_texts(self, ids: Sequence[int]) -> dict[int, list[str]]:
        """Each line's 进展 texts in the order progress() lists them."""
        texts: dict[int, list[str]] = {}
        cur = self.conn.execute(
            "SELECT risk_id, text FROM risk_progress WHERE risk_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY risk_id, on_date, id",
            (json.dumps(list(ids)),),
        )
        for risk_id, text in cur:
            texts.setdefault(risk_id, []).append(text)
        return texts

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
            found = select_records(
                self.conn, Risk, "SELECT * FROM risks WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps([int(i) for i in ids]),),
            )  # fmt: skip
        by_id = {r.id: r for r in found}
        return [by_id[i] for i in ids if i in by_id]

    def progress(self, risk_id: RiskId) -> list[RiskProgress]:
        return select_records(
            self.conn,
            RiskProgress,
            "SELECT id, risk_id, on_date, text, created_at FROM risk_progress WHERE risk_id = ? ORDER BY on_date, id",
            (risk_id,),
        )

    def latest_progress(self, ids: Sequence[RiskId], as_of: date | None = None) -> dict[int, str]:
        """The newest 进展 of each line (dated on or before `as_of`), as the ledger's 进展情况 column shows it."""
        cur = self.conn.execute(
            "SELECT risk_id, on_date, text FROM risk_progress WHERE risk_id IN (SELECT value FROM json_each(:ids)) "
            "AND on_date <= :asof ORDER BY risk_id, on_date, id",
            {"ids": json.dumps([int(i) for i in ids]), "asof": (as_of or date.max).isoformat()},
        )
        return {rid: f"{on_date}：{text}" for rid, on_date, text in cur}

    def kept_on_update(self, ids: Sequence[RiskId]) -> dict[RiskId, tuple[str, datetime | None, VisitId | None]]:
        """What an import keeps of lines it updates: each one's (number, creation time, linked visit)."""
        cur = self.conn.execute(
            "SELECT id, reg_no, created_at, related_visit_id FROM risks WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps([int(i) for i in ids]),),
        )
        return {
            RiskId(i): (reg_no, datetime.fromisoformat(created) if created else None,
                        VisitId(visit) if visit is not None else None)
            for i, reg_no, created, visit in cur
        }  # fmt: skip

    def find_by_source(self, source_unit: str, kind: str, source_no: str) -> Risk | None:
        """The line a subordinate unit's sheet already sent under this 序号/编号 (re-import updates it).
        Each kind's sheet numbers from 1, so the kind is part of the match."""
        found = self.ids_by_source([(source_unit, kind, source_no)])
        return self.get(found[source_unit, kind, source_no]) if found else None

    def ids_by_source(self, keys: Iterable[tuple[str, str, str]]) -> dict[tuple[str, str, str], RiskId]:
        """find_by_source for many (unit, kind, 序号/编号) at once, in one query: each key already sent →
        the id of its line (keys with no number, or sent by nobody, are left out)."""
        wanted = {key for key in keys if key[2]}
        # A unit's first sheet (the big one) matches nothing: its keys are not looked up one by one.
        sent = {
            (unit, kind)
            for unit, kind in set(map(itemgetter(0, 1), wanted))
            if self.conn.execute(
                "SELECT 1 FROM risks WHERE source_unit = ? AND source_no != '' AND kind = ? LIMIT 1", (unit, kind)
            ).fetchone()
        }
        wanted = {key for key in wanted if key[:2] in sent}
        if not wanted:
            return {}
        found: dict[tuple[str, str, str], RiskId] = {}
        with translated_errors():
            cur = self.conn.execute(
                # One index lookup per key: `source_no != ''` lets SQLite use the partial index risks_source.
                "SELECT w.value ->> 0, w.value ->> 1, w.value ->> 2, r.id FROM json_each(?) AS w JOIN risks AS r "
                "ON r.source_unit = w.value ->> 0 AND r.source_no = w.value ->> 2 AND r.source_no != '' "
                "AND r.kind = w.value ->> 1 AND r.status != ? ORDER BY r.id",
                (json.dumps(list(wanted), ensure_ascii=False), RiskStatus.VOID),
            )
            for unit, kind, number, risk_id in cur:
                found.setdefault((unit, kind, number), RiskId(risk_id))  # the earliest line, if several
        return found

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
