"""The first start: what the set-up wizard gathered, written in one go (everything stays editable in Settings)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from officedesk.domain.duty import StaffMember
from officedesk.services.desk import Desk

DEMO_VISITS = 500
DEMO_RISKS = 200


@dataclass(frozen=True)
class SetupChoices:
    """Each field left at its default keeps what the desk already holds (every wizard page can be skipped)."""

    office_name: str = ""  # "" → keep
    units: tuple[str, ...] | None = None  # None → keep the list
    staff: tuple[StaffMember, ...] = ()
    deadline_profile: str = ""  # "" → keep; else a key of DEADLINE_PROFILES
    backup_dir: str | None = None  # None → keep; "" → the default folder beside the data file
    demo: bool = False  # load marked demo data to try the desk out


@dataclass(frozen=True)
class SetupResult:
    staff_saved: int
    demo_rows: dict[str, int]  # demo rows added per table (empty without demo data)


def apply_setup(desk: Desk, choices: SetupChoices, progress: Callable[[int, int], None] | None = None) -> SetupResult:
    """Write the office's choices in one transaction (nothing is written if any part is refused), then load
    the demo data if asked. Refusals (a staff name twice …) raise the service's error with its message."""
    s = desk.settings
    try:
        _write_choices(desk, choices)
    except Exception:
        s.reload()  # the transaction was rolled back: so is what the service had cached
        raise
    demo: dict[str, int] = {}
    if choices.demo:
        from officedesk.services.demo_service import demo_counts, load_demo, load_demo_duty, load_demo_risks

        load_demo(desk, visits=DEMO_VISITS, progress=progress)
        load_demo_risks(desk, risks=DEMO_RISKS)
        load_demo_duty(desk)  # a duty table too, unless the office's own staff were entered (never mixed)
        demo = demo_counts(desk)
    return SetupResult(len(choices.staff), demo)


def _write_choices(desk: Desk, choices: SetupChoices) -> None:
    s = desk.settings
    with desk.database.atomic():
        changes: dict[str, object] = {}
        if choices.office_name.strip():
            changes["office_name"] = choices.office_name.strip()
        if choices.backup_dir is not None:
            changes["backup_dir"] = choices.backup_dir.strip()
        new = s.with_changes(**changes)
        if choices.deadline_profile:
            new = new.with_profile(choices.deadline_profile)
        if new != s.settings:
            s.save(new)
        if choices.units is not None and list(choices.units) != s.units():
            s.set_units(choices.units)
        for member in choices.staff:
            desk.duty.save_staff(member)
