"""The printed hidden-risk ledger (隐患台账): one section per kind, each with its own title and header.

A4 landscape on GB/T 9704 margins with page numbers (page.FormDocument), the header row repeated on
every page and the embedded CJK font (list_table.py, shared with the register list). A new kind starts
on a new page; page numbers run on through the whole document.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import BinaryIO

from reportlab.platypus import Flowable, PageBreak

from officedesk.domain.risk_columns import LedgerLine, RiskColumn, default_keys, ledger_title, risk_columns
from officedesk.domain.risks import RiskKind
from officedesk.forms.fonts import FontSet, register_fonts
from officedesk.forms.list_table import (
    DENSE_FROM,
    ListStyles,
    PrintColumn,
    ProgressFn,
    build_list,
    list_section,
    list_table,
    printed_text,
)
from officedesk.forms.page import FormDocument


def print_columns(kind: str, columns: Sequence[RiskColumn]) -> list[PrintColumn]:
    """The columns as this kind's ledger heads them (化解时限 for disputes, 整改时限 for hazards …)."""
    return [PrintColumn(c.key, c.heading_for(kind), c.kind, c.width, c.personal) for c in columns]


def write_ledger_pdf(
    out: BinaryIO,
    lines_by_kind: Mapping[str, Sequence[LedgerLine]],
    columns_by_kind: Mapping[str, Sequence[RiskColumn]],
    *,
    title: str,
    subtitle: str = "",
    masked: bool = True,
    progress: ProgressFn | None = None,
    office_name: str = "",
    fonts: FontSet | None = None,
) -> int:
    """Write the ledger as a PDF to `out` and return the number of pages written.

    `title` is the document's title (its PDF properties); each kind's section is headed
    "{office_name}{that kind's ledger name}" with `subtitle` under it. Kinds print in RiskKind.ALL order;
    a kind with no columns given gets its default layout. `progress(done, total)` runs from (0, total)
    to (total, total) as pages are laid out. The `state` column prints `LedgerLine.state` as given.
    """
    unknown = [kind for kind in lines_by_kind if kind not in RiskKind.ALL]
    if unknown or not lines_by_kind:
        raise ValueError(f"a ledger needs kinds among {RiskKind.ALL}, got {list(lines_by_kind)}")
    kinds = [kind for kind in RiskKind.ALL if kind in lines_by_kind]
    total = sum(len(lines_by_kind[kind]) for kind in kinds)
    fonts = fonts or register_fonts()  # the office's print font when the caller passes it
    styles = {dense: ListStyles(fonts, dense=dense) for dense in (False, True)}
    doc = FormDocument(out, title=title, fonts=fonts, landscape_page=True, subject="隐患台账")
    if progress is not None:
        progress(0, total)
    story: list[Flowable] = []
    for kind in kinds:
        columns = list(columns_by_kind.get(kind) or risk_columns(default_keys(kind)))
        printed = print_columns(kind, columns)
        if not printed:
            raise ValueError(f"no columns to print for {kind}")
        style = styles[len(printed) >= DENSE_FROM]
        pairs = list(zip(printed, (c.get for c in columns), strict=True))
        texts = ([printed_text(p, get(line), masked=masked) for p, get in pairs] for line in lines_by_kind[kind])
        table, _ = list_table(printed, texts, style, doc.text_width)
        if story:
            story.append(PageBreak())
        story += list_section(ledger_title(kind, office_name), subtitle, table, style)
    return build_list(doc, story, progress, total)
