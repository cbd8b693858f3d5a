"""The 来访登记表: one visit on one A4 portrait page (two when the text is long), ruled like the paper form.

The grid is four columns (caption, value, caption, value) with full-width rows for the long texts, as
the registration forms offices print from Word. Personal numbers are masked unless asked otherwise
(DESIGN.md: masked wherever it leaves the screen).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from officedesk.domain.identity import mask_id_number, mask_phone
from officedesk.domain.visits import Visit, VisitNote, VisitState
from officedesk.forms.fonts import FontSet, register_fonts
from officedesk.forms.page import (
    HANG,
    SIZE_2,
    SIZE_5,
    SIZE_SMALL_4,
    FormDocument,
    chinese_date,
    plain_paragraph,
    text_pieces,
)

CAPTION_WIDTH = 24 * mm
# Minimum heights of the free-text rows, so a short entry still leaves room to write by hand; sized so a
# typical visit (two deadlines, a few notes) stays on one page.
MIN_HEIGHTS = {"facts": 30 * mm, "requests": 20 * mm, "notes": 14 * mm, "remarks": 9 * mm}
_PAD = 3.0  # cell padding, points
_BOX = ("BOX", (0, 0), (-1, -1), 1.2, colors.black)
# A grid row: (caption, value, caption, value), or a full-width (key, caption, value).
Row = tuple[str, str, str, str] | tuple[str, str, str]


class FormStyles:
    """A boxed form's paragraph styles, built once per form (shared with the daily report)."""

    def __init__(self, fonts: FontSet) -> None:
        self.title = ParagraphStyle(
            "title", fontName=fonts.hei, fontSize=SIZE_2, leading=SIZE_2 * 1.3, alignment=TA_CENTER
        )
        self.meta = ParagraphStyle("meta", fontName=fonts.song, fontSize=SIZE_SMALL_4, leading=SIZE_SMALL_4 * 1.3)
        self.meta_right = ParagraphStyle("meta_right", parent=self.meta, alignment=TA_RIGHT)
        self.caption_font = fonts.hei
        # wordWrap="CJK": Chinese line breaking (page.CANNOT_START_LINE); rightIndent leaves room for a "，"
        # hung at a line end, which would otherwise touch the ruled line.
        self.value = ParagraphStyle(
            "value",
            fontName=fonts.song,
            fontSize=SIZE_5,
            leading=SIZE_5 * 1.3,
            wordWrap="CJK",
            rightIndent=HANG * SIZE_5,
        )


def _date(d: date | None) -> str:
    return chinese_date(d) if d else ""


def _datetime(dt: datetime) -> str:
    return f"{chinese_date(dt.date())} {dt.hour}:{dt.minute:02d}"


def _lines(*parts: str) -> str:
    return "\n".join(p for p in parts if p)


def _people(visit: Visit, group_threshold: int) -> str:
    # 集体访 at ≥ 5 people by default (DESIGN.md vocabulary; the threshold is a setting).
    mark = "（集体访）" if visit.people_count >= group_threshold else ""
    return f"{visit.people_count}人{mark}"


def _deadlines(visit: Visit, deadlines: Sequence[tuple[str, str, date]]) -> str:
    rows = [f"{label}（{caption}）：{chinese_date(due)}" for caption, label, due in deadlines]
    if visit.extension_days:
        # 条例 第三十四条: an extension is approved and its reason told; print both.
        approver = f"，{visit.extension_approver}批准" if visit.extension_approver else ""
        reason = f"，理由：{visit.extension_reason}" if visit.extension_reason else ""
        rows.append(f"延期{visit.extension_days}日{approver}{reason}")
    return "\n".join(rows)


def _followup(visit: Visit) -> str:
    if visit.followup_on is None:
        return f"未回访：{visit.followup_missing_reason}" if visit.followup_missing_reason else ""
    parts = [chinese_date(visit.followup_on), visit.followup_way]
    if visit.followup_by:
        parts.append(f"回访人：{visit.followup_by}")
    if visit.satisfaction:
        parts.append(f"满意度：{visit.satisfaction}")
    return "　".join(p for p in parts if p)


def _notes(notes: Sequence[VisitNote]) -> str:
    ordered = sorted(notes, key=lambda n: n.on_date)
    return "\n".join(f"{chinese_date(n.on_date)}　{n.text}" for n in ordered)


def _remarks(visit: Visit) -> str:
    void = f"已作废：{visit.void_reason}" if visit.status == VisitState.VOID else ""
    return _lines(void, visit.remarks)


def _grid(
    visit: Visit, notes: Sequence[VisitNote], masked: bool, deadlines: Sequence[tuple[str, str, date]], threshold: int
) -> list[Row]:
    """The form's rows, top to bottom, with personal numbers masked when `masked`."""
    phone = mask_phone(visit.phone) if masked else visit.phone
    id_number = mask_id_number(visit.id_number) if masked else visit.id_number
    category = f"{visit.category}/{visit.subcategory}" if visit.subcategory else visit.category
    rows: list[Row] = [
        ("信访形式", visit.channel, "人　　数", _people(visit, threshold)),
        ("信 访 人", visit.petitioner, "联系电话", phone),
        ("身份证号", id_number, "外部编号", visit.external_ref),
        ("address", "住址或单位", visit.address),
        ("问题属地", visit.locality, "问题类别", category),
        ("事项性质", visit.matter_type, "受理日期", _date(visit.accepted_on)),
        ("facts", "主要事实", visit.facts),
        ("requests", "主要诉求", visit.requests),
        ("接 待 人", visit.receiver, "接访领导", visit.receiving_leader),
        ("处理方式", visit.disposition, "承办单位", visit.handling_unit),
        ("承 办 人", visit.handling_person, "受理告知", _date(visit.accept_notified_on)),
        ("deadlines", "期　　限", _deadlines(visit, deadlines)),
        ("答复日期", _date(visit.reply_on), "答复方式", visit.reply_way),
        ("答复文书", visit.reply_doc_no, "处理结果", visit.result),
        ("followup", "回　　访", _followup(visit)),
        ("notes", "进展记录", _notes(notes)),
        ("remarks", "备　　注", _remarks(visit)),
    ]
    return rows


class _BoxedTable(Table):
    """A table whose outer rule is closed on every page it runs over, like a form continued on a new sheet.

    reportlab's "splitfirst"/"splitlast" rows only apply at the first break, so each part of a split gets
    its own box through the documented onSplit hook (parts of parts included).
    """

    def onSplit(self, part: Table, by_row: int = 1) -> None:
        part.setStyle(TableStyle([_BOX]))


def ruled_grid(
    rows: Sequence[Row], styles: FormStyles, width: float, min_heights: Mapping[str, float] = MIN_HEIGHTS
) -> Table:
    """The ruled grid. Long texts become several rows with no rule between them (one cell to the eye), so
    the table can break between those rows: reportlab cannot break inside a spanned cell. A full-width
    row whose key is in `min_heights` keeps at least that height when its text is short."""
    value_width = (width - 2 * CAPTION_WIDTH) / 2
    text_width = width - CAPTION_WIDTH - 2 * _PAD
    data: list[list[Any]] = []
    heights: list[float | None] = []
    commands: list[Any] = [
        _BOX,
        ("LINEAFTER", (0, 0), (0, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        # Captions are plain strings, not Paragraphs: a Paragraph would collapse the 全角 spaces that
        # spread two- and three-character captions ("人　　数") to the width of four.
        ("FONT", (0, 0), (-1, -1), styles.value.fontName, SIZE_5, styles.value.leading),
        ("FONT", (0, 0), (0, -1), styles.caption_font, SIZE_5, styles.value.leading),
        ("FONT", (2, 0), (2, -1), styles.caption_font, SIZE_5, styles.value.leading),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("ALIGN", (2, 0), (2, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 0), (-1, -1), _PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _PAD + 2),
    ]
    for row in rows:
        r = len(data)
        if len(row) == 4:
            data.append([row[0], plain_paragraph(row[1], styles.value), row[2], plain_paragraph(row[3], styles.value)])
            heights.append(None)
            commands += [("LINEAFTER", (1, r), (2, r), 0.6, colors.black)]
        else:
            pieces = text_pieces(row[2], styles.value, text_width, lines=6)
            data += [[row[1] if k == 0 else "", piece, "", ""] for k, piece in enumerate(pieces)]
            last = len(data) - 1
            commands += [("SPAN", (1, i), (3, i)) for i in range(r, last + 1)]
            if last > r:
                # One cell to the eye: no padding where the pieces meet, the caption at the top.
                commands += [("BOTTOMPADDING", (0, r), (-1, last - 1), 0), ("TOPPADDING", (0, r + 1), (-1, last), 0)]
                commands += [("VALIGN", (0, r), (-1, last), "TOP")]
            heights += [None] * len(pieces)
            minimum = min_heights.get(row[0]) if len(pieces) == 1 else None
            if minimum is not None:
                # A short text keeps a generous box, room to add by hand.
                needed = pieces[0].wrap(text_width, minimum)[1] + 2 * _PAD + 2
                heights[r] = max(needed, minimum)
                commands.append(("VALIGN", (1, r), (1, r), "TOP"))
        if r:
            commands.append(("LINEABOVE", (0, r), (-1, r), 0.6, colors.black))
    table = _BoxedTable(data, colWidths=[CAPTION_WIDTH, value_width, CAPTION_WIDTH, value_width], rowHeights=heights)
    table.setStyle(TableStyle(commands))
    return table


def _signature(styles: FormStyles, width: float) -> Table:
    # Plain strings keep the 全角 spaces that leave room to write the date by hand.
    cells = [["接待人签字：", "", "日期：　　　　年　　月　　日"]]
    table = Table(cells, colWidths=[30 * mm, 50 * mm, width - 80 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles.meta.fontName, SIZE_SMALL_4),
                ("ALIGN", (2, 0), (2, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (2, 0), (2, 0), 0),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
            ]
        )
    )
    return table


def write_visit_form(
    out: BinaryIO,
    visit: Visit,
    notes: Sequence[VisitNote],
    office_name: str,
    *,
    masked: bool = True,
    deadlines: Sequence[tuple[str, str, date]] = (),
    group_threshold: int = 5,
    fonts: FontSet | None = None,
) -> None:
    """Write the 来访登记表 of `visit` as a PDF to `out`.

    `deadlines` rows are (caption, label, due), e.g. ("§34 60日", "办结期限", date(2026, 3, 2)), printed as
    "办结期限（§34 60日）：2026年3月2日". ID number and phone are masked unless `masked` is False.
    """
    fonts = fonts or register_fonts()  # the office's print font when the caller passes it
    styles = FormStyles(fonts)
    title = f"{office_name}来访登记表"
    doc = FormDocument(
        out, title=f"{title} {visit.reg_no}".strip(), fonts=fonts, author=office_name, subject="来访登记表"
    )
    rows = _grid(visit, notes, masked, deadlines, group_threshold)
    meta = Table(
        [
            [
                plain_paragraph(f"登记编号：{visit.reg_no}", styles.meta),
                plain_paragraph(f"登记时间：{_datetime(visit.received_at)}", styles.meta_right),
            ]
        ],
        colWidths=[doc.text_width / 2] * 2,
    )
    # FONT names the CJK font for the whole table, or reportlab selects Helvetica, which no PDF embeds.
    meta.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.song, SIZE_SMALL_4),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story: list[Flowable] = [
        plain_paragraph(title, styles.title),
        Spacer(0, 4 * mm),
        meta,
        Spacer(0, 1 * mm),
        ruled_grid(rows, styles, doc.text_width),
        Spacer(0, 7 * mm),
        _signature(styles, doc.text_width),
    ]
    doc.build_story(story)
