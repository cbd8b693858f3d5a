"""The printed 信访接待登记台账: chosen columns of many visits on A4 landscape, header row on every page.

The table itself (widths, wrapping, the repeated header, page-by-page progress) is list_table.py's,
shared with the hidden-risk ledger.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence, Sized
from typing import BinaryIO

from officedesk.domain.visit_columns import VisitColumn
from officedesk.domain.visits import Visit
from officedesk.forms.fonts import FontSet, register_fonts
from officedesk.forms.list_table import (
    DENSE_FROM,
    ListStyles,
    ProgressFn,
    build_list,
    list_section,
    list_table,
    printed_text,
)
from officedesk.forms.page import FormDocument


def cell_text(column: VisitColumn, visit: Visit, *, masked: bool = True) -> str:
    """The printed text of one cell: dates YYYY-MM-DD, times to the minute, blanks for missing values."""
    return printed_text(column, column.get(visit), masked=masked)


def write_register_list(
    out: BinaryIO,
    visits: Iterable[Visit],
    columns: Sequence[VisitColumn],
    *,
    title: str,
    subtitle: str = "",
    masked: bool = True,
    progress: ProgressFn | None = None,
    total: int | None = None,
    fonts: FontSet | None = None,
) -> int:
    """Write the register list as a PDF to `out` and return the number of pages written.

    `progress(done, total)` is called with (0, total) first and then as each page is laid out; `total`
    names the row count for that first call when `visits` is a generator (a sized collection is counted).
    The `state` column prints `visit.status` as given: the caller puts the display state (临期, 超期 …) there.
    """
    if not columns:
        raise ValueError("a register list needs at least one column")
    if total is None and isinstance(visits, Sized):
        total = len(visits)
    fonts = fonts or register_fonts()  # the office's print font when the caller passes it
    styles = ListStyles(fonts, dense=len(columns) >= DENSE_FROM)
    doc = FormDocument(out, title=title, fonts=fonts, landscape_page=True, subject="信访接待登记台账")
    if progress is not None:
        progress(0, total or 0)
    # Reading the rows is about a tenth of the work (1,000 rows: 0.08 of 0.7 s); progress is reported as
    # the pages are laid out.
    texts = ([cell_text(c, visit, masked=masked) for c in columns] for visit in visits)
    table, rows = list_table(columns, texts, styles, doc.text_width)
    return build_list(doc, list_section(title, subtitle, table, styles), progress, rows)
