"""Checking an Office zip package before any library unpacks it: size, file count, compression, DTDs and cells.

Workbooks and templates come from clients and colleagues. A zip bomb (a small file that
unpacks to gigabytes), a part declaring a DTD (the billion-laughs attack), or a workbook
far larger than any journey map are refused here, within a second, with a clear reason.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from posixpath import dirname, join, normpath
from xml.parsers import expat

MB = 1024 * 1024
MAX_FILES = 5_000  # a large deck holds about a thousand parts
MAX_SIZE = 200 * MB  # unpacked, all parts together
MAX_RATIO = 100  # unpacked to packed size of one part; XML packs 5 to 30 times
RATIO_FROM = 2 * MB  # small parts may pack better than that harmlessly
MAX_CELLS = 100_000  # filled cells in a workbook; a large journey map holds about 60,000
MAX_MERGED = 100_000  # cells covered by merged ranges in one sheet
CHUNK = MB
DECLARATIONS = (b"<!DOCTYPE", b"<!ENTITY")
VALUE = re.compile(rb"<(?:\w+:)?(?:v|is)[ >]")  # a cell's cached value or inline string
MERGE = re.compile(rb'<(?:\w+:)?mergeCell [^>]*ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')
CELL = re.compile(r"([A-Z]+)([0-9]+)")


class PackageProblem(ValueError):
    """The package is refused; the message says why, and `damaged` whether saving it again would mend it."""

    def __init__(self, message: str, damaged: bool = False) -> None:
        super().__init__(message)
        self.damaged = damaged


@dataclass
class Sheet:
    """What the scan found in one worksheet part."""

    cells: int = 0
    merged: int = 0
    largest: str = ""  # the largest merged range, as written
    largest_area: int = 0


@dataclass
class Scan:
    """What the scan found in a package: its part names and, for a workbook, its worksheets by part name."""

    names: list[str] = field(default_factory=list)
    sheets: dict[str, Sheet] = field(default_factory=dict)


def scan(package: zipfile.ZipFile, program: str, worksheets: Callable[[str], bool] | None = None) -> Scan:
    """Return what `package` holds; raise PackageProblem when it is too large, packed like a bomb, or declares a DTD.

    Every part is unpacked once, as a stream, so a lying size header is caught too; `program`
    names what writes such files ("Excel"), for the message. `worksheets` picks the parts whose
    cells and merged ranges are counted.
    """
    items = package.infolist()
    if len(items) > MAX_FILES:
        raise PackageProblem(f"the file holds {len(items):,} parts; an Office file holds at most {MAX_FILES:,}")
    declared = sum(item.file_size for item in items)
    if declared > MAX_SIZE:
        raise PackageProblem(f"the file unpacks to {declared // MB:,} MB; cjmdeck reads at most {MAX_SIZE // MB} MB")
    for item in items:
        ratio = item.file_size / max(item.compress_size, 1)
        if item.file_size > RATIO_FROM and ratio > MAX_RATIO:
            raise PackageProblem(
                f"{item.filename} is packed {ratio:,.0f} to 1 (a zip bomb?); "
                f"Office files are packed at most {MAX_RATIO} to 1"
            )
    found = Scan(names=[item.filename for item in items])
    total = 0
    for item in items:
        sheet = Sheet() if worksheets is not None and worksheets(item.filename) else None
        total += _read_part(package, item, program, sheet, MAX_SIZE - total)
        if sheet is not None:
            found.sheets[item.filename] = sheet
    return found


def _read_part(package: zipfile.ZipFile, item: zipfile.ZipInfo, program: str, sheet: Sheet | None, room: int) -> int:
    """Unpack one part as a stream, checking it as `scan` says; return its actual size."""
    xml = item.filename.endswith((".xml", ".rels", ".vml"))
    parser = expat.ParserCreate() if item.filename.endswith((".xml", ".rels")) else None  # VML is loose HTML
    size = 0
    carry = b""
    try:
        with package.open(item) as stream:
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                if size > room:
                    raise PackageProblem(f"the file unpacks to more than {MAX_SIZE // MB} MB; refused")
                if not xml:
                    continue
                text = carry + chunk
                cut = text.rfind(b"<")  # no tag straddles the cut: the tail waits for the next chunk
                cut = len(text) if cut < 0 else cut
                body, carry = text[:cut], text[cut:]
                _look(body, item.filename, program, sheet)
                if parser is not None:
                    parser.Parse(body, False)
            _look(carry, item.filename, program, sheet)
            if parser is not None:
                parser.Parse(carry, True)
    except expat.ExpatError as err:
        where = f"line {err.lineno}, column {err.offset}"
        raise PackageProblem(
            f"the file is damaged ({item.filename} is not well-formed XML: {where})", damaged=True
        ) from err
    except (zipfile.BadZipFile, zlib.error, EOFError) as err:
        raise _damaged(item.filename, "is corrupt") from err
    except NotImplementedError as err:  # an unknown compression method
        raise PackageProblem(
            f"the file is damaged ({item.filename} is packed in a way Office never uses)", damaged=True
        ) from err
    return size


def _damaged(part: str, why: str) -> PackageProblem:
    """Return the refusal of a package whose part `part` is broken, as `why` says."""
    return PackageProblem(f"the file is damaged ({part} {why})", damaged=True)


def _look(text: bytes, part: str, program: str, sheet: Sheet | None) -> None:
    """Check one piece of an XML part for declarations, and count its cells and merged ranges."""
    if any(mark in text for mark in DECLARATIONS):
        raise PackageProblem(f"{part} declares a DTD or entities, which {program} never writes; refused")
    if sheet is None:
        return
    sheet.cells += len(VALUE.findall(text))
    for match in MERGE.finditer(text):
        ref = match.group(1).decode()
        area = merged_area(ref)
        sheet.merged += area
        if area > sheet.largest_area:
            sheet.largest, sheet.largest_area = ref, area


def merged_area(ref: str) -> int:
    """Return the number of cells in the range `ref` ("A1:C3" holds 9)."""
    (first_col, first_row), (last_col, last_row) = (CELL.findall(end)[0] for end in ref.split(":"))
    rows = abs(int(last_row) - int(first_row)) + 1
    return rows * (abs(column_number(last_col) - column_number(first_col)) + 1)


def column_number(letters: str) -> int:
    """Return the number of the column `letters` (A is 1, XFD is 16384)."""
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def part_path(source: str, target: str) -> str:
    """Return the package path of relationship `target` of the part `source` (the target absolute or relative)."""
    if target.startswith("/"):
        return target.lstrip("/")
    return normpath(join(dirname(source), target))
