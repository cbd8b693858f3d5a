"""Cell values on their way out: CSV-injection neutralisation, masking, date and time spelling.

RELIABILITY.md F1 (OWASP CSV injection) and F2 (personal data masked by default, PIPL Art. 51).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Protocol

from officedesk.domain.identity import mask_id_number, mask_phone

CellValue = str | int | date | datetime | None

# OWASP "CSV Injection": a cell starting with one of these is run as a formula by Excel, WPS or
# LibreOffice. The full-width forms count too: WPS and Excel's East-Asian input accept ＝ as =.
_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


class MaskableColumn(Protocol):
    """What masking needs to know about a column (VisitColumn and the ledgers' columns fit)."""

    @property
    def key(self) -> str: ...

    @property
    def personal(self) -> bool: ...


def text_cell(value: str) -> str:
    """A text for a CSV cell that no spreadsheet will evaluate: a leading "'" before any trigger."""
    if value.startswith(_FORMULA_TRIGGERS):
        return "'" + value
    return value


def format_date(value: date) -> str:
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def format_datetime(value: datetime) -> str:
    return f"{format_date(value)} {value.hour:02d}:{value.minute:02d}"


def plain_text(value: CellValue) -> str:
    """Any cell value as the text a clerk would type (dates ISO, datetimes to the minute)."""
    if value is None:
        return ""
    if isinstance(value, datetime):  # before date: datetime is a date
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value)


def csv_cell(value: CellValue) -> str:
    """A CSV cell: text neutralised, numbers and dates as they are (they cannot start a formula)."""
    if isinstance(value, str):
        return text_cell(value)
    return plain_text(value)


def _mask_other(value: str) -> str:
    """A personal value with no dedicated mask: keep the first character only."""
    return value[:1] + "*" * (len(value) - 1) if len(value) > 1 else "*"


def masker_for(key: str) -> Callable[[str], str]:
    """The mask for a personal column, chosen by its key (phone, *_phone, id_number …)."""
    if key == "id_number" or key.endswith("_id_number"):
        return mask_id_number
    if key == "phone" or key.endswith("_phone"):
        return mask_phone
    return _mask_other


def masked_value(column: MaskableColumn, value: CellValue, masked: bool) -> CellValue:
    """`value` as it may leave the screen: personal text masked unless the user unmasked it."""
    if masked and column.personal and isinstance(value, str) and value:
        return masker_for(column.key)(value)
    return value
