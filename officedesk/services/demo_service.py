"""Demo data: clearly marked in settings so it can be recognised (and later removed in one step).

Every loader runs inside `marked(desk)`: the rows it adds are recorded (storage/demo_repo.py), the settings'
`demo_data` flag is set, and `remove_demo()` later deletes exactly those rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from officedesk.domain.demo_data import demo_visits
from officedesk.services.desk import Desk
from officedesk.services.reg_numbers import RegNumbers
from officedesk.storage.demo_repo import DemoRepo
from officedesk.storage.visit_search import rebuild_search_index

BATCH = 5000


def load_demo(
    desk: Desk, visits: int = 500, seed: int = 2026, progress: Callable[[int, int], None] | None = None
) -> int:
    """Add `visits` sample petitions (numbered per year after any existing ones). Returns how many."""
    s = desk.visits
    now = desk.clock.now()
    gen = demo_visits(visits, desk.clock.today(), seed)
    done = 0
    numbers = RegNumbers(s.repo.next_reg_no)
    with desk.database.atomic(), marked(desk):
        while done < visits:
            batch = []
            for v in gen:
                batch.append(s.prepare(v.replace(reg_no=numbers.take(v.received_at.year))))
                if len(batch) >= BATCH:
                    break
            if not batch:
                break
            s.repo.bulk_insert(batch, now)
            done += len(batch)
            if progress:
                progress(done, visits)
        desk.settings.log.write("register", 0, "demo", "", "", f"{done} 件")
    s.repo.analyze()
    return done


def rebuild_search(desk: Desk) -> None:
    with desk.database.atomic():
        rebuild_search_index(desk.database.db)


def load_demo_risks(desk: Desk, risks: int = 200, seed: int = 2026) -> int:
    """Add `risks` sample ledger lines (with a progress entry on the open ones)."""
    from officedesk.domain.demo_risks import demo_risks

    repo = desk.risks.repo
    now = desk.clock.now()
    numbers = RegNumbers(repo.next_reg_no)
    done = 0
    gen = demo_risks(risks, desk.clock.today(), seed)
    with desk.database.atomic(), marked(desk):
        while done < risks:
            batch = []
            for r in gen:
                batch.append(r.replace(reg_no=numbers.take(r.found_on.year)))
                if len(batch) >= BATCH:
                    break
            if not batch:
                break
            repo.bulk_insert(batch, now)
            done += len(batch)
        desk.settings.log.write("risk", 0, "demo", "", "", f"{done} 项")
    return done


@contextmanager
def marked(desk: Desk) -> Iterator[None]:
    """Record the rows added inside the block as demo data and set the settings' flag (call in the load's
    transaction, so rows and marks commit together)."""
    repo = DemoRepo(desk.database)
    before = repo.snapshot()
    yield
    if repo.mark_since(before) and not desk.settings.settings.demo_data:
        desk.settings.save(desk.settings.with_changes(demo_data=True))


def demo_counts(desk: Desk) -> dict[str, int]:
    """Demo rows still in the file, per table (empty: no demo data)."""
    return DemoRepo(desk.database).counts()


def remove_demo(desk: Desk) -> dict[str, int]:
    """Delete every row the demo loaders added — visits, ledger lines, duty data — and nothing the clerk
    entered, in one transaction; clears the settings' flag. Returns the rows deleted per table."""
    with desk.database.atomic():
        deleted = DemoRepo(desk.database).delete_all()
        if desk.settings.settings.demo_data:
            desk.settings.save(desk.settings.with_changes(demo_data=False))
        summary = ", ".join(f"{table} {n}" for table, n in deleted.items())
        desk.settings.log.write("settings", 0, "demo_removed", "", "", summary)
    desk.visits.repo.analyze()
    return deleted


def load_demo_duty(desk: Desk) -> int:
    """Add the sample duty data: staff list, rules, the rota 2026-01-01..2027-01-31 with leaves and swaps,
    November's log and zero reports, the reception schedule. Returns the days filled (0 if staff exist)."""
    from officedesk.services.duty_demo import add_demo_duty

    with desk.database.atomic(), marked(desk):
        return add_demo_duty(desk.duty, desk.clock.today())
