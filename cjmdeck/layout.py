"""Where the contract's sheets, header rows and columns are in a workbook, and its data rows by column."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cjmdeck import parse
from cjmdeck.contract import Sheet
from cjmdeck.diagnostics import Collector
from cjmdeck.xlsx import MISSING_CACHE, Book, Cell, is_blank, iter_nonblank

HEADER_SCAN_ROWS = 10


@dataclass
class Layout:
    """Where each sheet and column of the contract was found, to point diagnostics at cells."""

    titles: dict[str, str] = field(default_factory=dict)  # sheet key -> title in the workbook
    columns: dict[str, dict[str, str]] = field(default_factory=dict)  # sheet key -> column key -> letter
    headers: dict[str, dict[str, str]] = field(default_factory=dict)  # sheet key -> column key -> header text
    header_rows: dict[str, int] = field(default_factory=dict)  # sheet key -> row number of the header

    def cell(self, sheet: str, row: int, column: str | None = None) -> tuple[str | None, str | None]:
        """Return the (sheet title, cell) of `column` (or column A) at `row` of sheet `sheet`."""
        letter = self.columns.get(sheet, {}).get(column or "", "A")
        return self.titles.get(sheet), f"{letter}{row}"

    def header(self, sheet: str, column: str, default: str) -> str:
        """Return the header of `column` as the workbook spells it, or `default`."""
        return self.headers.get(sheet, {}).get(column, default)


@dataclass
class Row:
    """A data row: its number, its cells by column key and its unknown columns."""

    number: int
    cells: dict[str, Cell]
    extra: dict[str, object]


def find_sheet(book: Book, out: Collector, layout: Layout, sheet: Sheet) -> str | None:
    """Return the title of the workbook sheet matching `sheet`, or None (an error when required)."""
    matches = [title for title in book.sheet_names if sheet.matches(title)]
    visible = [title for title in matches if not book.is_hidden(title)] or matches
    if len(visible) > 1:
        names = ", ".join(f"'{t}'" for t in visible)
        out.error(f"several sheets are the {sheet.names[0]} sheet ({names}); rename or delete all but one")
    if visible:
        layout.titles[sheet.key] = visible[0]
        return visible[0]
    if sheet.required:
        found = ", ".join(book.sheet_names)
        out.error(f"missing sheet '{sheet.names[0]}' (expected one of: {', '.join(sheet.names)}; found: {found})")
    return None


def data_rows(book: Book, out: Collector, layout: Layout, sheet: Sheet, title: str | None) -> list[Row]:
    """Return the data rows of `sheet` below its header row (none when the sheet is absent)."""
    if title is None:
        return []
    grid = book.rows(title)
    header = _header(out, sheet, title, grid)
    if header is None:
        return []
    index, columns, extra_columns = header
    layout.header_rows[sheet.key] = index + 1
    layout.columns[sheet.key] = {key: letter for key, (_, letter, _) in columns.items()}
    layout.headers[sheet.key] = {key: text for key, (_, _, text) in columns.items()}
    rows = []
    for cells in iter_nonblank(grid[index + 1 :]):
        number = int(re.sub(r"\D", "", cells[0].coordinate))
        by_key = {key: cells[i] for key, (i, _, _) in columns.items() if i < len(cells)}
        extra: dict[str, object] = {
            name: parse.plain(cells[i].value)
            for i, name in extra_columns
            if i < len(cells) and not is_blank(cells[i].value)
        }
        rows.append(Row(number, by_key, extra))
    if sheet.key != "project":  # the Project sheet's own fields fill the template's {{ tokens }}
        used = {name for row in rows for name in row.extra}
        for i, name in extra_columns:
            if name in used:
                where = grid[index][i].coordinate
                out.warning(f"column '{name}' is not one cjmdeck reads; the deck does not show it", title, where)
    return rows


def _header(
    out: Collector, sheet: Sheet, title: str, grid: list[list[Cell]]
) -> tuple[int, dict[str, tuple[int, str, str]], list[tuple[int, str]]] | None:
    """Return the header row's index, known columns (key -> index, letter, text) and unknown columns."""
    best: tuple[int, int] = (-1, 0)
    for index, cells in enumerate(grid[:HEADER_SCAN_ROWS]):
        columns: dict[str, tuple[int, str, str]] = {}
        extra: list[tuple[int, str]] = []
        repeated: list[tuple[str, str, str]] = []
        for i, cell in enumerate(cells):
            if is_blank(cell.value) or cell.value is MISSING_CACHE or cell.merged:
                continue
            text = " ".join(str(cell.value).split())
            column = next((c for c in sheet.columns if c.matches(text)), None)
            if column is not None and column.key in columns:
                repeated.append((text, columns[column.key][1], cell.coordinate))
            elif column is not None:
                columns[column.key] = (i, re.sub(r"\d", "", cell.coordinate), text)
            else:
                extra.append((i, text))
        if all(c.key in columns for c in sheet.required_columns):
            for text, first, where in repeated:
                out.warning(f"column '{text}' appears twice; only column {first} is read", title, where)
            return index, columns, extra
        matched = sum(c.key in columns for c in sheet.required_columns)
        if matched > best[1]:
            best = (index, matched)
    names = ", ".join(f"'{c.names[0]}'" for c in sheet.required_columns)
    out.error(f"no header row with the required columns {names} in the first {HEADER_SCAN_ROWS} rows", title, "A1")
    return None


# -- converting cells -------------------------------------------------------------
