"""Opening .xlsx files and reading their sheets as plain cell grids; the only module that imports openpyxl."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cjmdeck.errors import WorkbookError

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")
SAVE_AS = "open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx)"


class MissingCache:
    """Marks a formula cell that has no cached value (the workbook was never opened in a spreadsheet)."""

    def __repr__(self) -> str:
        return "<formula without cached value>"


MISSING_CACHE = MissingCache()


@dataclass(frozen=True)
class Cell:
    """A cell's value (str, int, float, bool, date, MISSING_CACHE or None) and its coordinate."""

    value: object
    coordinate: str
    merged: bool = False  # the value is the top-left value of a merged range the cell lies in


def sniff(path: Path) -> None:
    """Raise WorkbookError with advice when `path` is not a readable .xlsx file."""
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
            data = head + fh.read() if head == OLE2_MAGIC else head
    except OSError as err:
        raise WorkbookError(path, f"cannot read the file: {err.strerror}") from err
    if not head:
        raise WorkbookError(path, f"the file is empty; {SAVE_AS}")
    if head == OLE2_MAGIC:
        if ENCRYPTED_MARK in data:
            raise WorkbookError(
                path,
                "the workbook is password-protected; remove the password "
                "(File > Info > Protect Workbook) and save it again",
            )
        raise WorkbookError(path, f"this is an old Excel 97-2003 file (.xls); {SAVE_AS}")
    if not zipfile.is_zipfile(path):
        if head.startswith(b"PK"):
            raise WorkbookError(path, "the file is damaged or incomplete (truncated .xlsx); save it again from Excel")
        raise WorkbookError(path, f"not an Excel workbook (plain text or CSV?); {SAVE_AS}")
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            bad = zf.testzip()
    except (zipfile.BadZipFile, OSError, EOFError) as err:
        raise WorkbookError(path, "the file is damaged or incomplete; save it again from Excel") from err
    if bad is not None:
        raise WorkbookError(path, f"the file is damaged ({bad} is corrupt); save it again from Excel")
    if "xl/workbook.xml" not in names:
        raise WorkbookError(path, f"not an Excel workbook (a zip file without a workbook); {SAVE_AS}")


def _load(path: Path, data_only: bool) -> Workbook:
    """Return the workbook at `path` loaded by openpyxl, or raise WorkbookError."""
    import openpyxl

    try:
        return openpyxl.load_workbook(path, data_only=data_only)
    except Exception as err:  # openpyxl raises many kinds on malformed packages
        raise WorkbookError(path, f"the workbook cannot be read ({err}); {SAVE_AS}") from err


class Book:
    """A workbook opened for reading, with cached formula values."""

    def __init__(self, path: Path) -> None:
        sniff(path)
        self.path = path
        formulas = _load(path, data_only=False)
        self._formulas: Workbook | None = formulas if _has_formulas(formulas) else None
        self._values = _load(path, data_only=True) if self._formulas else formulas

    @property
    def sheet_names(self) -> list[str]:
        """Return the sheet titles in workbook order."""
        return list(self._values.sheetnames)

    def rows(self, title: str) -> list[list[Cell]]:
        """Return the cells of sheet `title` as rows (merged cells read as their top-left value)."""
        ws = self._values[title]
        fws = self._formulas[title] if self._formulas else None
        merged = _merged_values(ws)
        out: list[list[Cell]] = []
        for row in ws.iter_rows():
            cells = []
            for c in row:
                value = merged.get(c.coordinate, c.value)
                if value is None and fws is not None and _is_formula(fws[c.coordinate].value):
                    value = MISSING_CACHE
                cells.append(Cell(value, c.coordinate, c.coordinate in merged))
            out.append(cells)
        return out


def _is_formula(value: object) -> bool:
    """Return True when `value` is a formula as openpyxl keeps it."""
    return (isinstance(value, str) and value.startswith("=")) or type(value).__name__ in {
        "ArrayFormula",
        "DataTableFormula",
    }


def _has_formulas(wb: Workbook) -> bool:
    """Return True when any cell of `wb` holds a formula."""
    return any(c.data_type == "f" for ws in wb.worksheets for row in ws.iter_rows() for c in row)


def _merged_values(ws: Worksheet) -> dict[str, object]:
    """Return the top-left value of each merged range for every other cell of the range."""
    from openpyxl.utils import get_column_letter

    values: dict[str, object] = {}
    for rng in ws.merged_cells.ranges:
        top_left = ws.cell(rng.min_row, rng.min_col).value
        for r in range(rng.min_row, rng.max_row + 1):
            for col in range(rng.min_col, rng.max_col + 1):
                if (r, col) != (rng.min_row, rng.min_col):
                    values[f"{get_column_letter(col)}{r}"] = top_left
    return values


def iter_nonblank(rows: list[list[Cell]]) -> Iterator[list[Cell]]:
    """Yield the rows that hold at least one value of their own (not only merged from above)."""
    for row in rows:
        if any(not is_blank(c.value) and not c.merged for c in row):
            yield row


def is_blank(value: object) -> bool:
    """Return True for an empty cell (None or whitespace)."""
    return value is None or (isinstance(value, str) and not value.strip())
