"""How far a sheet's cells reach, read from its XML before calamine builds a grid for it.

calamine allocates one dense grid from the first to the last cell that holds a value: a 6 KB xlsx
with one cell at XFD1048576 asks for 512 GB and aborts the whole process (python-calamine 0.9,
found by fuzzing for RELIABILITY.md E1/E4); an ods row repeated 6,000 times across 16,384 columns
passes its 100-million-cell cap and still needs gigabytes. This scan streams the XML with a
regular expression — no XML parser, no entity expansion — and only counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import itemgetter

# One start tag of a row or a cell, in xlsx (row, c) or ods (table-row, table-cell) spelling.
_XLSX_TAG = re.compile(rb"<(?:[\w.-]+:)?(row|c)(?=[\s/>])([^<>]*)>")
_ODS_TAG = re.compile(rb"<(?:[\w.-]+:)?(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^<>]*)>")
_ATTR_R = re.compile(rb"""\br\s*=\s*["']([A-Za-z]{0,4})([0-9]{1,12})["']""")
_ROWS_REPEATED = re.compile(rb"""number-rows-repeated\s*=\s*["']([0-9]{1,12})["']""")
_COLUMNS_REPEATED = re.compile(rb"""number-columns-repeated\s*=\s*["']([0-9]{1,12})["']""")
# A formula with no cached result (<f>…</f> then no <v>, or an empty one): calamine reads
# "" for it, so the cell would be imported as empty — files written by programs, never saved by Excel.
_UNCACHED_FORMULA = re.compile(
    rb"(?:</N:f>|<N:f\b[^<>]*/>)\s*(?:<N:v\s*/>|<N:v>\s*</N:v>)?\s*</N:c>".replace(b"N:", rb"(?:[\w.-]+:)?")
)
_FORMULA_TAIL = 256
# What every formula element's tag holds (<f>, <f …/>, </f>, <x:f …>): a chunk without it cannot hold an
# uncached formula, and the formula pattern above need not run over it. ('f' is rare in sheet XML.)
_FORMULA_HINT = re.compile(rb"f[\s/>]")
# The fast path (xlsx): Excel, WPS, LibreOffice, openpyxl and xlsxwriter all write every row and cell
# tag as `<row r="7"` and `<c r="B7"`, the reference first. Where every tag of a stretch is written so,
# its extent is the largest reference of a cell holding a value, found in one C-level regex pass instead
# of one Python call per tag. The pattern's other branches match any other spelling (a prefix, no
# reference, the reference not first, a bad one) with empty groups, and such a stretch is scanned
# tag by tag.
_USUAL_CELL_OR_UNUSUAL_TAG = re.compile(
    rb'<(?:c r="([A-Za-z]{1,4})([0-9]{1,12})"(?:[^<>]*[^<>/])?>'
    rb"|[\w.-]+:(?:row|c)(?=[\s/>])"
    rb'|c(?=[\s/>])(?! r="[A-Za-z]{1,4}[0-9]{1,12}")'
    rb'|row(?=[\s/>])(?! r="[0-9]{1,12}"))'
)
_LAST_ROW = b'<row r="'
# A tag whose name has a prefix (<x:c>, <x:row>): found from the ':' (rare in sheet XML; memchr finds it at once).
_PREFIXED_TAG = re.compile(rb":(?:row|c)(?=[\s/>])")
# A tag longer than this is not a spreadsheet's; keeps a '<' with no '>' from buffering forever.
_MAX_TAG = 1024 * 1024


@dataclass
class Extent:
    """The last row and column (1-based) that hold a value; 0 when the sheet is empty."""

    rows: int = 0
    cols: int = 0

    @property
    def cells(self) -> int:
        return self.rows * self.cols


def _uncached_formulas(data: bytes, start: int) -> tuple[int, int]:
    """The uncached formulas (_UNCACHED_FORMULA) in data[start:], and where the last one ends."""
    hint = data.find(b"f", start)  # memchr: most sheets have no 'f' but in a few closing tags
    if hint < 0 or _FORMULA_HINT.search(data, hint) is None:
        return 0, start
    found, end = 0, start
    for match in _UNCACHED_FORMULA.finditer(data, start):
        found, end = found + 1, match.end()
    return found, end


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


class ExtentScanner:
    """Feed a worksheet's XML in chunks (xlsx: one part per sheet; ods: content.xml, all sheets)."""

    def __init__(self, ods: bool) -> None:
        self._ods = ods
        self._pattern = _ODS_TAG if ods else _XLSX_TAG
        # The unscanned tail of the stream; _base is its offset in the whole part.
        self._buffer = b""
        self._base = 0
        self._tags_done = 0
        self._formulas_done = 0
        self._row = 0
        self._rows_repeated = 1
        self._col = 0
        self.sheets: list[Extent] = [] if ods else [Extent()]
        self.uncached_formulas = 0

    @property
    def largest(self) -> Extent:
        return max(self.sheets, key=lambda e: (e.cells, e.rows), default=Extent())

    def feed(self, chunk: bytes, final: bool = False) -> None:
        data = self._buffer + chunk
        # Tags are scanned up to the last '<': a tag cut by the chunk boundary waits for the next chunk.
        cut = len(data) if final else data.rfind(b"<")
        if cut < 0 or len(data) - cut > _MAX_TAG:
            cut = len(data)
        start = self._tags_done - self._base
        if self._ods or not self._scan_fast(data, start, cut):
            self._scan_tags(data, start, cut)
        self._tags_done = self._base + cut
        if not self._ods:
            # A formula pattern spans several tags: the tail kept below lets it complete in the next
            # chunk, and the offset of the last match keeps it from being counted twice.
            found, end = _uncached_formulas(data, max(0, self._formulas_done - self._base))
            if found:
                self.uncached_formulas += found
                self._formulas_done = self._base + end
        keep = min(cut, max(0, len(data) - _FORMULA_TAIL))
        self._buffer = data[keep:]
        self._base += keep

    def _scan_tags(self, data: bytes, start: int, end: int) -> None:
        for match in self._pattern.finditer(data, start, end):
            self._tag(match.group(1), match.group(2))

    def _scan_fast(self, data: bytes, start: int, end: int) -> bool:
        """The xlsx stretch data[start:end] measured in bulk; False (nothing done) unless every row and
        cell tag in it is written the usual way. Leaves the row and column counters as the tag-by-tag
        scan would, so that a later unusual stretch goes on from the right place."""
        if start >= end:
            return False
        cells = _USUAL_CELL_OR_UNUSUAL_TAG.findall(data, start, end)
        letters = set(map(itemgetter(0), cells))
        if b"" in letters:
            return False
        if cells:
            extent = self.sheets[-1]
            extent.rows = max(extent.rows, max(map(int, set(map(itemgetter(1), cells)))))
            extent.cols = max(extent.cols, max(map(_column_number, letters)))
        # The counters: from the last row tag on, tag by tag (a row's worth at most).
        last_row = data.rfind(_LAST_ROW, start, end)
        found = self._pattern.match(data, last_row, end) if last_row >= 0 else None
        self._scan_tags(data, last_row if found is not None and found.group(1) == b"row" else start, end)
        return True

    def close(self) -> None:
        self.feed(b"", final=True)

    def _tag(self, name: bytes, attrs: bytes) -> None:
        if self._ods:
            self._ods_tag(name, attrs)
        elif name == b"row":
            found = _ATTR_R.search(attrs)
            self._row = int(found.group(2)) if found else self._row + 1
            self._col = 0
        elif name == b"c":
            found = _ATTR_R.search(attrs)
            if found and found.group(1):
                self._col, row = _column_number(found.group(1)), int(found.group(2))
            else:
                self._col, row = self._col + 1, self._row
            # A self-closing <c …/> holds no value (only a style); calamine leaves it out of the grid.
            if not attrs.endswith(b"/"):
                extent = self.sheets[-1]
                extent.rows, extent.cols = max(extent.rows, row), max(extent.cols, self._col)

    def _ods_tag(self, name: bytes, attrs: bytes) -> None:
        if name == b"table":
            self.sheets.append(Extent())
            self._row, self._rows_repeated = 0, 0
        elif name == b"table-row":
            found = _ROWS_REPEATED.search(attrs)
            self._row += self._rows_repeated  # rows before this one: the previous row and its repeats
            self._rows_repeated = int(found.group(1)) if found else 1
            self._col = 0
        elif name in (b"table-cell", b"covered-table-cell") and self.sheets:
            found = _COLUMNS_REPEATED.search(attrs)
            self._col += int(found.group(1)) if found else 1
            # Empty cells are self-closing and carry no value; anything else may (counted, to be safe).
            if not attrs.endswith(b"/") or b"value" in attrs:
                extent = self.sheets[-1]
                extent.rows = max(extent.rows, self._row + self._rows_repeated)
                extent.cols = max(extent.cols, self._col)


def _letters_up_to(cols: int) -> bytes:
    """A pattern for the column letters of columns 1 to `cols` (at most ZZ, 702), upper case only."""
    letters = [chr(65 + i).encode() for i in range(26)]
    if cols <= 26:
        return b"[A-" + letters[cols - 1] + b"]"
    whole, rest = divmod(cols - 26, 26)
    branches = [b"[A-Z]"]
    if whole:
        branches.append(b"[A-" + letters[whole - 1] + b"][A-Z]")
    if rest:
        branches.append(letters[whole] + b"[A-" + letters[rest - 1] + b"]")
    return b"(?:" + b"|".join(branches) + b")"


class BoundScanner:
    """Feed an xlsx worksheet's XML in chunks to learn, without measuring it, that calamine's grid for it stays
    within `max_rows` rows and `max_cells` cells: `within` stays True while every cell tag is written as usual
    (`<c r="B7"`, the reference first) with a reference inside the box `rows` × `cols` (99,999 × 30 for
    100,000 rows and 3 million cells). One regular-expression search over the XML, no Python call per cell;
    when it says no (a far cell, a wide sheet, a cell with no reference, a tag with a prefix …) the sheet is
    measured by ExtentScanner. Uncached formulas are counted as ExtentScanner counts them."""

    def __init__(self, max_rows: int, max_cells: int) -> None:
        digits = len(str(max_rows + 1)) - 1  # the box's rows: the largest 9…9 within max_rows
        self.rows = 10**digits - 1
        self.cols = min(max_cells // max(self.rows, 1), 702)
        if digits < 1 or self.cols < 1:
            raise ValueError("limits too small for a box")
        reference = _letters_up_to(self.cols) + b"[1-9][0-9]{0,%d}" % (digits - 1)
        # A cell tag (no prefix) that is not `<c r="…"` with a reference inside the box.
        self._outside = re.compile(rb'<c(?=[\s/>])(?! r="' + reference + b'")')
        self._buffer = b""
        self._base = 0
        self._tags_done = 0
        self._formulas_done = 0
        self.within = True
        self.uncached_formulas = 0

    def feed(self, chunk: bytes, final: bool = False) -> None:
        data = self._buffer + chunk
        # Tags are checked up to the last '<': a tag cut by the chunk boundary waits for the next chunk.
        cut = len(data) if final else data.rfind(b"<")
        if cut < 0 or len(data) - cut > _MAX_TAG:
            cut = len(data)
        start = self._tags_done - self._base
        if self.within and start < cut and self._unusual(data, start, cut):
            self.within = False
        self._tags_done = self._base + cut
        found, end = _uncached_formulas(data, max(0, self._formulas_done - self._base))
        if found:
            self.uncached_formulas += found
            self._formulas_done = self._base + end
        keep = min(cut, max(0, len(data) - _FORMULA_TAIL))
        self._buffer = data[keep:]
        self._base += keep

    def close(self) -> None:
        self.feed(b"", final=True)

    def _unusual(self, data: bytes, start: int, end: int) -> bool:
        if self._outside.search(data, start, end) is not None:
            return True
        colon = data.find(b":", start, end)
        return colon >= 0 and _PREFIXED_TAG.search(data, colon, end) is not None
