"""Schema steps, one decorated function each (sqlite-utils Migrations, like Picard's upgrade registry).

Never edit a step that has shipped: add a new one.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

migrations = Migrations("officedesk")

_VISIT_TEXT = [
    "reg_no",
    "external_ref",
    "channel",
    "petitioner",
    "phone",
    "id_number",
    "address",
    "locality",
    "category",
    "subcategory",
    "matter_type",
    "facts",
    "requests",
    "receiver",
    "receiving_leader",
    "disposition",
    "handling_unit",
    "handling_person",
    "reply_way",
    "reply_doc_no",
    "result",
    "extension_approver",
    "extension_reason",
    "followup_way",
    "followup_by",
    "satisfaction",
    "followup_missing_reason",
    "review_result",
    "recheck_result",
    "settled",
    "remarks",
    "status",
    "void_reason",
]
_VISIT_DATES = [
    "accepted_on",
    "accept_notified_on",
    "reply_on",
    "extension_notified_on",
    "followup_on",
    "review_requested_on",
    "recheck_requested_on",
    "closed_on",
    "accept_due",
    "objection_due",
    "due_date",
    "extended_due",
    "active_due",
]


@migrations()
def m001_core(db: sqlite_utils.Database) -> None:
    """Visits, their notes, the audit trail, settings and the editable lists."""
    cols = ",\n".join([f"{c} TEXT NOT NULL DEFAULT ''" for c in _VISIT_TEXT] + [f"{c} TEXT" for c in _VISIT_DATES])
    db.executescript(f"""
    CREATE TABLE visits (
        id INTEGER PRIMARY KEY,
        received_at TEXT NOT NULL,
        people_count INTEGER NOT NULL DEFAULT 1,
        extension_days INTEGER NOT NULL DEFAULT 0,
        suspended INTEGER NOT NULL DEFAULT 0,
        related_visit_id INTEGER REFERENCES visits(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        {cols}
    );
    CREATE UNIQUE INDEX visits_reg_no ON visits(reg_no) WHERE reg_no != '';
    CREATE INDEX visits_received ON visits(received_at);
    CREATE INDEX visits_status_due ON visits(status, active_due);
    CREATE INDEX visits_category ON visits(category, received_at);
    CREATE INDEX visits_unit ON visits(handling_unit, received_at);
    CREATE INDEX visits_phone ON visits(phone) WHERE phone != '';
    CREATE INDEX visits_id_number ON visits(id_number) WHERE id_number != '';

    CREATE TABLE visit_notes (
        id INTEGER PRIMARY KEY,
        visit_id INTEGER NOT NULL REFERENCES visits(id),
        on_date TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX visit_notes_visit ON visit_notes(visit_id, on_date);

    -- Append-only: nothing is ever lost, and the trail cannot be rewritten from the app.
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        action TEXT NOT NULL,
        field TEXT NOT NULL DEFAULT '',
        before TEXT NOT NULL DEFAULT '',
        after TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX audit_entity ON audit(entity, entity_id);
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;

    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE categories (
        id INTEGER PRIMARY KEY,
        parent TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL,
        sort INTEGER NOT NULL DEFAULT 0,
        UNIQUE(parent, name)
    );
    CREATE TABLE units (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, sort INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE calendar_override (
        day TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('holiday', 'makeup_workday')),
        name TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT ''
    );
    """)


@migrations()
def m002_search(db: sqlite_utils.Database) -> None:
    """Chinese search: trigram FTS5 for 3+ characters; a bigram index for 1–2 (PLATFORM.md: trigram finds
    nothing shorter, and LIKE on the FTS table is broken for short CJK terms in SQLite 3.40.1)."""
    db.executescript("""
    -- The searchable text of each visit (names, requests, facts, replies, notes …), kept once.
    CREATE TABLE visit_search (id INTEGER PRIMARY KEY REFERENCES visits(id), body TEXT NOT NULL);
    CREATE VIRTUAL TABLE visit_fts USING fts5(
        body, tokenize='trigram', detail='full', content='visit_search', content_rowid='id');
    -- Contentless, no positions: one token lookup per 2-character query, a prefix scan for 1 character.
    CREATE VIRTUAL TABLE visit_bigrams USING fts5(body, tokenize='unicode61', content='', detail='none');
    """)
    from officedesk.storage.visit_search import rebuild_search_index  # the text rules live there

    rebuild_search_index(db)


@migrations()
def m003_register_speed(db: sqlite_utils.Database) -> None:
    """Covering indexes for the register's two commonest reads (bench/bench_register.py on 200k visits):
    the newest-first list hides voided rows without reading each row (430 → 66 ms), and a text search's hits
    are filtered and ordered without a table lookup per hit."""
    db.executescript("""
    DROP INDEX visits_received;
    CREATE INDEX visits_received ON visits(received_at, id, status);
    CREATE INDEX visits_id_order ON visits(id, received_at, status);
    ANALYZE;
    """)


@migrations()
def m004_risk_ledger(db: sqlite_utils.Database) -> None:
    """The hidden-risk ledger (隐患台账): lines, their dated progress, its search, and named export layouts."""
    text = [
        "reg_no",
        "source_unit",
        "source_no",
        "kind",
        "description",
        "source",
        "checker",
        "checked_unit",
        "place",
        "category",
        "level",
        "basis",
        "measures",
        "lead_leader",
        "responsible_unit",
        "responsible_person",
        "responsible_phone",
        "funds",
        "interim_controls",
        "supervision_level",
        "supervision_doc_no",
        "status",
        "extension_approver",
        "extension_reason",
        "verifier",
        "verify_conclusion",
        "result",
        "remarks",
        "void_reason",
    ]
    dates = ["due_date", "supervision_on", "extended_due", "completed_on", "verified_on", "closed_on"]
    cols = ",\n".join([f"{c} TEXT NOT NULL DEFAULT ''" for c in text] + [f"{c} TEXT" for c in dates])
    from officedesk.storage.text_search import TextIndex

    db.executescript(f"""
    CREATE TABLE risks (
        id INTEGER PRIMARY KEY,
        found_on TEXT NOT NULL,
        people_involved INTEGER NOT NULL DEFAULT 0,
        related_visit_id INTEGER REFERENCES visits(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        {cols}
    );
    CREATE UNIQUE INDEX risks_reg_no ON risks(reg_no) WHERE reg_no != '';
    CREATE INDEX risks_found ON risks(found_on, id, status);
    CREATE INDEX risks_status_due ON risks(status, due_date);
    CREATE INDEX risks_unit ON risks(responsible_unit);
    CREATE INDEX risks_leader ON risks(lead_leader);
    CREATE INDEX risks_source ON risks(source_unit, source_no) WHERE source_no != '';
    CREATE TABLE risk_progress (
        id INTEGER PRIMARY KEY,
        risk_id INTEGER NOT NULL REFERENCES risks(id),
        on_date TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX risk_progress_risk ON risk_progress(risk_id, on_date);
    CREATE TABLE export_layouts (
        id INTEGER PRIMARY KEY,
        target TEXT NOT NULL,
        name TEXT NOT NULL,
        keys TEXT NOT NULL,
        UNIQUE(target, name)
    );
    {TextIndex("risk").create_sql()}
    """)


@migrations()
def m005_duty_roster(db: sqlite_utils.Database) -> None:
    """The duty roster, one row a day (staff and phones as JSON lists: the order is the sheet's)."""
    db.executescript("""
    CREATE TABLE duty_slots (
        day TEXT PRIMARY KEY,
        leader TEXT NOT NULL DEFAULT '',
        staff TEXT NOT NULL DEFAULT '[]',
        phones TEXT NOT NULL DEFAULT '[]',
        remarks TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    );
    """)


@migrations()
def m006_duty(db: sqlite_utils.Database) -> None:
    """Duty: the staff list and leaves, swaps (history), the duty log and daily reports, the leader reception
    schedule; a published mark on each day. Rotation rules and the printed table's settings are JSON rows in
    `settings` (keys duty_rotation, duty_rotation_holiday, duty_table)."""
    db.executescript("""
    ALTER TABLE duty_slots ADD COLUMN published_at TEXT;

    -- People are never deleted: an old table must still print their names and posts.
    CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('leader', 'staff')),
        post TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        mobile TEXT NOT NULL DEFAULT '',
        office_phone TEXT NOT NULL DEFAULT '',
        active_from TEXT,
        active_to TEXT,
        rotation_order INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX staff_name ON staff(name);

    CREATE TABLE staff_leaves (
        id INTEGER PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff(id),
        first TEXT NOT NULL,
        last TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        CHECK (first <= last)
    );
    CREATE INDEX staff_leaves_days ON staff_leaves(first, last);

    -- 调班 history: never rewritten (a swap is undone by another swap). Rows go only with demo data.
    CREATE TABLE duty_swaps (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        role TEXT NOT NULL,
        from_name TEXT NOT NULL,
        to_name TEXT NOT NULL,
        approver TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL
    );
    CREATE INDEX duty_swaps_day ON duty_swaps(day, id);
    CREATE TRIGGER duty_swaps_no_update BEFORE UPDATE ON duty_swaps
        BEGIN SELECT RAISE(ABORT, 'duty_swaps is never rewritten'); END;

    -- Deleting an entry keeps the row with its reason (DESIGN.md: nothing is hard-deleted from the UI).
    CREATE TABLE duty_log (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        time TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        matter TEXT NOT NULL,
        action TEXT NOT NULL DEFAULT '',
        reported_to TEXT NOT NULL DEFAULT '',
        reported_at TEXT NOT NULL DEFAULT '',
        origin TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        deleted_reason TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX duty_log_day ON duty_log(day, time, id);

    CREATE TABLE duty_reports (
        day TEXT PRIMARY KEY,
        period TEXT NOT NULL DEFAULT '',
        zero INTEGER NOT NULL DEFAULT 0,
        handover TEXT NOT NULL DEFAULT '',
        sent_at TEXT,
        sent_via TEXT NOT NULL DEFAULT '',
        sent_to TEXT NOT NULL DEFAULT '',
        sent_by TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    );

    -- A dated line, or a weekday (0 = 星期一) repeated every week.
    CREATE TABLE reception_slots (
        id INTEGER PRIMARY KEY,
        day TEXT,
        weekday INTEGER CHECK (weekday BETWEEN 0 AND 6),
        time_range TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        leader TEXT NOT NULL DEFAULT '',
        leader_post TEXT NOT NULL DEFAULT '',
        standin TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        accompany TEXT NOT NULL DEFAULT '',
        remarks TEXT NOT NULL DEFAULT '',
        CHECK ((day IS NULL) != (weekday IS NULL))
    );
    CREATE INDEX reception_slots_day ON reception_slots(day);
    """)


@migrations()
def m007_day_off_overrides(db: sqlite_utils.Database) -> None:
    """Calendar overrides gain 'day_off' (调休放假, a weekday given off in lieu) beside 法定节假日 and 调休上班.

    SQLite cannot alter a CHECK constraint, so the table is rebuilt with its rows.
    """
    db.executescript("""
    CREATE TABLE calendar_override_new (
        day TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('holiday', 'day_off', 'makeup_workday')),
        name TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT ''
    );
    INSERT INTO calendar_override_new (day, kind, name, source) SELECT day, kind, name, source FROM calendar_override;
    DROP TABLE calendar_override;
    ALTER TABLE calendar_override_new RENAME TO calendar_override;
    """)


def pending(db: sqlite_utils.Database) -> list[str]:
    return [m.name for m in migrations.pending(db)]


def applied_count(db: sqlite_utils.Database) -> int:
    return len(migrations.applied(db))


def apply(db: sqlite_utils.Database) -> None:
    migrations.apply(db)
