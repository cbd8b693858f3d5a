"""Demo data: clearly marked in settings so it can be recognised (and later removed in one step)."""

from __future__ import annotations

from collections.abc import Callable

from officedesk.domain.demo_data import demo_visits
from officedesk.services.desk import Desk
from officedesk.services.reg_numbers import RegNumbers
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
    with desk.database.atomic():
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
        desk.settings.repo.save(desk.settings.with_changes(demo_data=True))
        desk.settings.log.write("register", 0, "demo", "", "", f"{done} 件")
    s.repo.analyze()
    desk.settings._settings = None
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
    with desk.database.atomic():
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
