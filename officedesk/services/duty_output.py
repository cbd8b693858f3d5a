"""The printed duty sheets' rows (people with posts and phones, day kinds, swaps in 备注) and safe file writes."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import BinaryIO, TypeVar

from officedesk.domain.calendar import DayKind, WorkCalendar
from officedesk.domain.duty import WEEKDAY_NAMES, DutySlot, DutySwap, StaffRole
from officedesk.domain.duty_people import StaffBook
from officedesk.domain.duty_sheets import DutyPerson, DutyTableRow
from officedesk.domain.identity import mask_phone

T = TypeVar("T")


def slot_phones(slot: DutySlot, book: StaffBook) -> tuple[str, tuple[str, ...]]:
    """(leader's phone, staff phones), unmasked: the numbers an imported sheet gave (leader first), else the
    staff list's mobile (or office phone) for the name."""
    given = list(slot.phones)
    offset = 1 if slot.leader else 0

    def phone(name: str, index: int) -> str:
        if index < len(given) and given[index].strip():
            return given[index].strip()
        member = book.member(name, slot.day)
        return (member.mobile or member.office_phone) if member is not None else ""

    leader = phone(slot.leader, 0) if slot.leader else ""
    return leader, tuple(phone(n, i + offset) for i, n in enumerate(slot.staff))


def clean_slot(slot: DutySlot) -> DutySlot:
    staff = tuple(dict.fromkeys(n.strip() for n in slot.staff if n.strip()))
    return replace(slot, leader=slot.leader.strip(), staff=staff, remarks=slot.remarks.strip())


def realign_phones(old: DutySlot | None, new: DutySlot) -> tuple[str, ...]:
    """Imported phones are positional (leader first): keep each with its person when names move or change."""
    if old is None or not any(p.strip() for p in old.phones) or new.phones != old.phones:
        return new.phones
    names = ([old.leader] if old.leader else []) + list(old.staff)
    by_name = {n: p for n, p in zip(names, old.phones, strict=False) if p.strip()}
    ordered = ([new.leader] if new.leader else []) + list(new.staff)
    phones = tuple(by_name.get(n, "") for n in ordered)
    return phones if any(phones) else ()


def _person(name: str, phone: str, book: StaffBook, day: date, masked: bool) -> DutyPerson:
    member = book.member(name, day)
    return DutyPerson(name, member.post if member is not None else "", mask_phone(phone) if masked else phone)


def slot_people(slot: DutySlot, book: StaffBook, masked: bool) -> tuple[DutyPerson | None, tuple[DutyPerson, ...]]:
    leader_phone, staff_phones = slot_phones(slot, book)
    leader = _person(slot.leader, leader_phone, book, slot.day, masked) if slot.leader else None
    staff = tuple(_person(n, p, book, slot.day, masked) for n, p in zip(slot.staff, staff_phones, strict=True))
    return leader, staff


def swaps_in_effect(slot: DutySlot, swaps: Iterable[DutySwap]) -> tuple[DutySwap, ...]:
    """The day's swaps whose stand-in is still on duty in that role: a day cleared or refilled since does not
    print an old 调班 (the history itself stays in `DutyService.swaps`)."""
    return tuple(
        s for s in swaps
        if s.day == slot.day and (slot.leader == s.to_name if s.role == StaffRole.LEADER else s.to_name in slot.staff)
    )  # fmt: skip


def remarks_with_swaps(slot: DutySlot, swaps: Iterable[DutySwap]) -> str:
    """The slot's 备注 followed by its swaps' remarks, "；"-joined (DOMAIN.md §4.4 备注: 调班 原 → 新, 批准人)."""
    parts = [slot.remarks.strip()] if slot.remarks.strip() else []
    parts += [s.remark() for s in swaps_in_effect(slot, swaps)]
    return "；".join(parts)


def calendar_label(day: date, calendar: WorkCalendar) -> str:
    """The holiday a day belongs to as the table prints it: on holidays and make-up workdays only."""
    if calendar.day_kind(day) in (DayKind.HOLIDAY, DayKind.MAKEUP_WORKDAY):
        return calendar.holiday_name(day)
    return ""


def table_rows(
    days: Sequence[date],
    slots: dict[date, DutySlot],
    swaps: Sequence[DutySwap],
    calendar: WorkCalendar,
    book: StaffBook,
    masked: bool,
) -> tuple[DutyTableRow, ...]:
    rows = []
    for day in days:
        slot = slots.get(day) or DutySlot(day)
        leader, staff = slot_people(slot, book, masked)
        rows.append(
            DutyTableRow(
                day=day,
                weekday=WEEKDAY_NAMES[day.weekday()],
                day_kind=calendar.day_kind(day),
                holiday_name=calendar_label(day, calendar),
                leader=leader,
                staff=staff,
                remarks=remarks_with_swaps(slot, swaps),
                published=slot.published_at is not None,
            )
        )
    return tuple(rows)


# --- files ------------------------------------------------------------------------------------
def render(write: Callable[..., None], sheet: T, **options: object) -> bytes:
    buf = io.BytesIO()
    write(buf, sheet, **options)
    return buf.getvalue()


def save_file(target: Path, data: bytes, kind: str) -> Path:
    """Temp file, fsync, rename, read back (RELIABILITY.md F5, exchange/safe_write.py)."""
    from officedesk.exchange.safe_write import write_atomically

    def write(out: BinaryIO) -> None:
        out.write(data)

    def verify(written: Path) -> None:
        if written.stat().st_size != len(data):
            raise OSError(f"写入的文件不完整：{written}")
        if kind == "pdf":
            with written.open("rb") as f:
                head = f.read(5)
                f.seek(max(len(data) - 1024, 0))
                tail = f.read()
            if head != b"%PDF-" or b"%%EOF" not in tail:
                raise OSError(f"写入的 PDF 文件不完整：{written}")
        elif kind == "xlsx":
            with zipfile.ZipFile(written) as z:
                if z.testzip() is not None or "[Content_Types].xml" not in z.namelist():
                    raise OSError(f"写入的 xlsx 文件已损坏：{written}")

    write_atomically(target, write, verify=verify)
    return target
