"""The printed 领导接访日程安排表 (DOMAIN.md §4.5 and 附件1 "as offices post them"): one row per reception
slot — 时间 | 地点 | 接访领导 | 补位领导 | 预约电话 | 备注 — then 注：1、本日程安排自…起，至…止；2、….

A4 portrait on GB/T 9704 margins; one page for a month of dated slots (about 23 working days) or a
weekly rota, in the largest type that lets it fit (the duty table's sizing helpers).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, TableStyle

from officedesk.domain.duty import WEEKDAY_NAMES, ReceptionSlot
from officedesk.domain.duty_sheets import DutyPerson, ReceptionSchedule
from officedesk.forms.duty_table_form import (
    SIZES,
    cell_need,
    fitted_widths,
    note_style,
    numbered_notes,
    person_text,
    story_height,
    title_paragraph,
)
from officedesk.forms.fonts import FontSet, register_fonts
from officedesk.forms.list_table import CELL_PAD, ListStyles, PrintColumn, list_table
from officedesk.forms.page import FormDocument, chinese_date

TITLE = "领导接访日程安排表"
# kind "centre": centred short values (list_table centres every kind but "text").
COLUMNS = (
    PrintColumn("time", "时间", "centre", 4),
    PrintColumn("place", "地点", "centre", 3),
    PrintColumn("leader", "接访领导", "centre", 3),
    PrintColumn("standin", "补位领导", "centre", 2),
    PrintColumn("phone", "预约电话", "centre", 3),
    PrintColumn("remarks", "备注", "text", 3),
)
REMARKS_CHARS = 10  # 备注 asks for four to ten characters a line and makes do with four
PLACE_CHARS = 4  # a long place name wraps at four characters a line when room is short
ROW_PAD = 0.3  # the rows' padding, in ems (a month of slots is dense)


def when_text(slot: ReceptionSlot, two_lines: bool = False) -> str:
    """ "12月15日 星期一 8:00—11:00" for a dated slot, "星期一 8:00—11:00" for a weekly one."""
    if slot.day is not None:
        day = f"{slot.day.month}月{slot.day.day}日 {WEEKDAY_NAMES[slot.day.weekday()]}"
    else:
        day = WEEKDAY_NAMES[slot.weekday] if slot.weekday is not None else ""
    return ("\n" if two_lines else " ").join(part for part in (day, slot.time_range) if part)


def remarks_text(slot: ReceptionSlot) -> str:
    accompany = f"陪同：{slot.accompany}" if slot.accompany else ""
    return "；".join(part for part in (accompany, slot.remarks) if part)


def period_note(schedule: ReceptionSchedule) -> str:
    end = "；" if schedule.notes else "。"
    return f"本日程安排自{chinese_date(schedule.first)}起，至{chinese_date(schedule.last)}止{end}"


def _cells(slots: Sequence[ReceptionSlot], narrow: set[str]) -> list[list[str]]:
    """Each slot's cell texts; keys in `narrow` take their two-line form (the post under the leader's
    name, the time range under the day)."""
    cells: dict[str, Callable[[ReceptionSlot], str]] = {
        "time": lambda s: when_text(s, "time" in narrow),
        "place": lambda s: s.place,
        "leader": lambda s: person_text(DutyPerson(s.leader, s.leader_post), "leader" not in narrow),
        "standin": lambda s: s.standin,
        "phone": lambda s: s.phone,
        "remarks": remarks_text,
    }
    return [[cells[c.key](slot) for c in COLUMNS] for slot in slots]


def _widths(slots: Sequence[ReceptionSlot], styles: ListStyles, width: float) -> tuple[list[float], set[str], bool]:
    """Widths; the columns narrower than they ask for; and whether every column has its room (备注 at
    least four characters), so that no row is made taller. Short of room, given up in turn (fewest rows
    made taller first): 备注's room beyond four characters, a long place name's, the post's line (under
    the leader's name), then the time range's (under the day)."""
    font, size = styles.heading.fontName, styles.heading.fontSize
    headings = [stringWidth(c.heading, font, size) + 2 * CELL_PAD + 1 for c in COLUMNS]
    wide, narrow = _cells(slots, set()), _cells(slots, {"time", "leader"})
    needs = [max(cell_need([r[i] for r in wide], styles), h) for i, h in enumerate(headings)]
    floors = [max(cell_need([r[i] for r in narrow], styles), h) for i, h in enumerate(headings)]
    floors[1] = max(headings[1], cell_need(["地" * PLACE_CHARS], styles))
    floors[5] = cell_need(["备注备注"], styles)
    needs[5] = max(min(needs[5], cell_need(["备" * REMARKS_CHARS], styles)), floors[5])  # room to write in
    stages: list[list[float]] = []
    for column in (5, 1, 2, 0):  # 备注, 地点, 接访领导, 时间
        stage = [*(stages[-1] if stages else needs)]
        stage[column] = min(stage[column], floors[column])
        stages.append(stage)
    widths = fitted_widths(needs, stages, [c.width for c in COLUMNS], width)
    narrowed = {c.key for c, w, n in zip(COLUMNS, widths, needs, strict=True) if n > w + 0.01}
    return widths, narrowed, sum(needs) <= width + 0.01


def _story(
    schedule: ReceptionSchedule, styles: ListStyles, width: float, extra: float = 0.0
) -> tuple[list[Flowable], bool]:
    """The sheet at the styles' size, `extra` points added to each row's height, and whether its columns
    have their room (_widths)."""
    widths, narrowed, roomy = _widths(schedule.slots, styles, width)
    grid, _ = list_table(COLUMNS, _cells(schedule.slots, narrowed), styles, width, widths)
    pad = styles.size * ROW_PAD + extra / 2
    # A point more below: the CJK glyphs sit low on the line.
    commands: list[Any] = [("TOPPADDING", (0, 1), (-1, -1), pad), ("BOTTOMPADDING", (0, 1), (-1, -1), pad + 1)]
    grid.setStyle(TableStyle(commands))
    story: list[Flowable] = [title_paragraph(schedule.office_name, TITLE, styles, width), Spacer(0, 4 * mm), grid]
    notes = [period_note(schedule), *schedule.notes]
    return [*story, Spacer(0, 2 * mm), *numbered_notes(notes, note_style(styles))], roomy


def write_reception_schedule_pdf(out: BinaryIO, schedule: ReceptionSchedule, *, fonts: FontSet | None = None) -> None:
    """Write the 领导接访日程安排表 as a PDF to `out`: in the largest type at which it fits one page with
    every column its room, else the largest at which it fits, else the smallest, running on.
    `fonts`: the office's print font (Settings → Printing); the automatic choice when None."""
    fonts = fonts or register_fonts()
    name = f"{schedule.office_name}{TITLE}"
    doc = FormDocument(out, title=name, fonts=fonts, author=schedule.office_name, subject=TITLE)
    room = doc.text_height - 1
    chosen: tuple[float, float] | None = None
    for size in SIZES:
        story, roomy = _story(schedule, ListStyles(fonts, size=size), doc.text_width)
        height = story_height(story, doc)
        if height <= room:
            chosen = (size, height) if roomy or chosen is None else chosen
            if roomy:
                break
    size, height = chosen or (SIZES[-1], room)
    # A short schedule takes some of the page left over, as a posted sheet does: a line a row at most.
    extra = min((room - height) / max(len(schedule.slots), 1), size * 1.3)
    story, _ = _story(schedule, ListStyles(fonts, size=size), doc.text_width, extra)
    doc.build_story(story)
