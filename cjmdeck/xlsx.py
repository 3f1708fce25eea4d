"""Opening .xlsx files and reading their sheets as plain cell grids; the only module that imports openpyxl."""

from __future__ import annotations

import sys
import warnings
import zipfile
import zlib
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from cjmdeck import packages
from cjmdeck.errors import WorkbookError

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")
STRICT_MARK = b"purl.oclc.org/ooxml"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SAVE_AS = "open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx)"


class CellError(str):
    """A spreadsheet error value such as #N/A or #REF! shown by a cell."""


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
    if not path.is_file():
        raise WorkbookError(path, "not a regular file; give the path of an .xlsx workbook")
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
            found = packages.scan(zf, "Excel", _is_worksheet)
            names = set(found.names)
            strict = "xl/workbook.xml" in names and STRICT_MARK in zf.read("xl/workbook.xml")[:4096]
            titles = _sheet_titles(zf) if "xl/workbook.xml" in names and not strict else {}
    except packages.PackageProblem as err:
        raise WorkbookError(path, f"{err}; {SAVE_AS}" if err.damaged else str(err)) from err
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as err:
        raise WorkbookError(path, "the file is damaged or incomplete; save it again from Excel") from err
    if "xl/workbook.xml" not in names:
        raise WorkbookError(path, f"not an Excel workbook (a zip file without a workbook); {SAVE_AS}")
    if strict:
        raise WorkbookError(path, f"saved as Strict Open XML, which cannot be read; {SAVE_AS}")
    _within_limits(path, found, titles)


def _is_worksheet(name: str) -> bool:
    return name.startswith("xl/worksheets/") and name.endswith(".xml")


def _sheet_titles(package: zipfile.ZipFile) -> dict[str, str]:
    """Return the title of each worksheet by part name, read from the workbook part and its relationships."""
    from defusedxml import ElementTree

    try:
        rels = ElementTree.fromstring(package.read("xl/_rels/workbook.xml.rels"))
        book = ElementTree.fromstring(package.read("xl/workbook.xml"))
    except Exception:  # openpyxl says what is wrong when it loads the workbook
        return {}
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    titles = {}
    for sheet in book.iter(f"{{{MAIN}}}sheet"):
        target = targets.get(sheet.get(f"{{{RELS}}}id"))
        if target:
            titles[packages.part_path("xl/workbook.xml", target)] = sheet.get("name", "")
    return titles


def _within_limits(path: Path, found: packages.Scan, titles: dict[str, str]) -> None:
    """Raise WorkbookError when the workbook holds more cells or merged cells than cjmdeck reads."""
    total = sum(sheet.cells for sheet in found.sheets.values())
    if total > packages.MAX_CELLS:
        part, largest = max(found.sheets.items(), key=lambda item: item[1].cells)
        raise WorkbookError(
            path,
            f"the workbook holds {total:,} filled cells ({largest.cells:,} in sheet "
            f"'{titles.get(part, part)}'); cjmdeck reads at most {packages.MAX_CELLS:,}: "
            "delete stray data or split the workbook",
        )
    for part, sheet in found.sheets.items():
        if sheet.merged > packages.MAX_MERGED:
            raise WorkbookError(
                path,
                f"sheet '{titles.get(part, part)}' merges {sheet.merged:,} cells (the largest range is "
                f"{sheet.largest}); cjmdeck reads at most {packages.MAX_MERGED:,}: unmerge them",
            )


def import_openpyxl() -> ModuleType:
    """Return openpyxl, imported without numpy: cjmdeck hands it no numpy values, and numpy takes 0.1 s to load."""
    if "openpyxl" not in sys.modules and "numpy" not in sys.modules:
        sys.modules["numpy"] = None  # type: ignore[assignment]  # importing numpy fails, as if it were not installed
        try:
            import openpyxl
        finally:
            del sys.modules["numpy"]
    import openpyxl

    return openpyxl


def _load(path: Path, data_only: bool) -> Workbook:
    """Return the workbook at `path` loaded by openpyxl, or raise WorkbookError."""
    openpyxl = import_openpyxl()
    try:
        with warnings.catch_warnings(), path.open("rb") as fh:
            warnings.simplefilter("ignore")  # openpyxl warns about Excel features it drops; we only read values
            book: Workbook = openpyxl.load_workbook(fh, data_only=data_only)  # a file object: any file name goes
            return book
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
        """Return the titles of the worksheets (not chart sheets) in workbook order."""
        return [ws.title for ws in self._values.worksheets]

    def is_hidden(self, title: str) -> bool:
        """Return True when sheet `title` is hidden."""
        return str(self._values[title].sheet_state) != "visible"

    def hidden(self, title: str) -> tuple[set[int], set[int]]:
        """Return the numbers of the hidden rows and hidden columns of sheet `title` (a filter hides rows too)."""
        ws = self._values[title]
        rows = {r for r, dim in ws.row_dimensions.items() if dim.hidden}
        columns: set[int] = set()
        for dim in ws.column_dimensions.values():
            if dim.hidden and dim.min and dim.max:
                columns.update(range(dim.min, min(dim.max, 16384) + 1))
        return rows, columns

    def rows(self, title: str) -> list[list[Cell]]:
        """Return the rows of sheet `title` holding values, each with a cell per column holding values.

        Only the cells the sheet stores are walked, so a stray value in its last cell costs
        nothing; columns A and B are always there. Merged cells read as their top-left value.
        """
        ws = self._values[title]
        fws = self._formulas[title] if self._formulas else None
        stored = _stored(ws)
        formulas = {k for k, c in _stored(fws).items() if _is_formula(c.value)} if fws is not None else set()
        filled = {k for k, c in stored.items() if c.value is not None} | formulas
        numbers = sorted({r for r, _ in filled})
        columns = sorted({c for _, c in filled} | {1, 2})
        letters = {col: _letter(col) for col in columns}
        merged = _merged_values(ws, numbers, columns)
        out: list[list[Cell]] = []
        for r in numbers:
            cells = []
            for col in columns:
                cell = stored.get((r, col))
                value = merged.get((r, col), cell.value if cell is not None else None)
                if isinstance(value, str) and "_x" in value:
                    value = _unescape(value)
                if cell is not None and cell.data_type == "e" and value is not None:
                    value = CellError(str(value))
                elif value is None and (r, col) in formulas and (cell is None or cell.data_type != "str"):
                    value = MISSING_CACHE  # a formula whose result was saved as "" has data type str
                cells.append(Cell(value, f"{letters[col]}{r}", (r, col) in merged))
            out.append(cells)
        return out


def _stored(ws: Any) -> dict[tuple[int, int], Any]:
    """Return the cells the sheet's file holds, by (row, column), without creating empty ones."""
    cells: dict[tuple[int, int], Any] = ws._cells  # openpyxl keeps only stored cells here; iter_rows fills gaps
    return cells


def _unescape(text: str) -> str:
    """Return `text` with Excel's _xHHHH_ escapes (a carriage return is _x000D_) decoded, line ends as \\n."""
    from openpyxl.utils.escape import unescape

    return str(unescape(text)).replace("\r\n", "\n").replace("\r", "\n")


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(col))


def _is_formula(value: object) -> bool:
    """Return True when `value` is a formula as openpyxl keeps it."""
    return (isinstance(value, str) and value.startswith("=")) or type(value).__name__ in {
        "ArrayFormula",
        "DataTableFormula",
    }


def _has_formulas(wb: Workbook) -> bool:
    """Return True when any cell of `wb` holds a formula."""
    return any(c.data_type == "f" for ws in wb.worksheets for c in _stored(ws).values())


def _merged_values(ws: Worksheet, rows: list[int], columns: list[int]) -> dict[tuple[int, int], object]:
    """Return the top-left value of each merged range for its other cells in `rows` and `columns`."""
    values: dict[tuple[int, int], object] = {}
    for rng in ws.merged_cells.ranges:
        top_left = ws.cell(rng.min_row, rng.min_col).value
        for r in rows[bisect_left(rows, rng.min_row) : bisect_right(rows, rng.max_row)]:
            for col in columns[bisect_left(columns, rng.min_col) : bisect_right(columns, rng.max_col)]:
                if (r, col) != (rng.min_row, rng.min_col):
                    values[(r, col)] = top_left
    return values


def column_of(cell: Cell) -> int:
    """Return the column number of `cell` (A is 1)."""
    return packages.column_number(cell.coordinate.rstrip("0123456789"))


def row_number(cells: list[Cell]) -> int:
    """Return the sheet row number of a row returned by `Book.rows`."""
    return int(cells[0].coordinate.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))


def iter_nonblank(rows: list[list[Cell]]) -> Iterator[list[Cell]]:
    """Yield the rows that hold at least one value of their own (not only merged from above)."""
    for row in rows:
        if any(not is_blank(c.value) and not c.merged for c in row):
            yield row


def is_blank(value: object) -> bool:
    """Return True for an empty cell (None or whitespace)."""
    return value is None or (isinstance(value, str) and not value.strip())
