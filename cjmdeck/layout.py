"""Where the contract's sheets, header rows and columns are in a workbook, and its data rows by column."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cjmdeck import parse
from cjmdeck.contract import NUMBER, SCORE, Sheet
from cjmdeck.diagnostics import Collector
from cjmdeck.xlsx import MISSING_CACHE, Book, Cell, column_of, is_blank, iter_nonblank, row_number

HEADER_SCAN_ROWS = 10
HIDDEN = "cjmdeck reads it like the others: delete it if it should not be in the outputs"
THEM = "cjmdeck reads them like the others: delete them if they should not be in the outputs"


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
        if book.is_hidden(visible[0]):
            out.warning("the sheet is hidden; cjmdeck reads it like the others", visible[0])
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
    layout.header_rows[sheet.key] = row_number(grid[index])
    layout.columns[sheet.key] = {key: letter for key, (_, letter, _) in columns.items()}
    layout.headers[sheet.key] = {key: text for key, (_, _, text) in columns.items()}
    body = list(iter_nonblank(grid[index + 1 :]))
    below = row_number(grid[index]) + 1
    if body and row_number(body[0]) == below and _second_header(body[0], sheet, columns):
        out.warning(
            f"row {row_number(body[0])} reads as a second header row; it is skipped", title, body[0][0].coordinate
        )
        body = body[1:]
    _warn_headless(out, title, grid[index], body, {i for i, _, _ in columns.values()} | {i for i, _ in extra_columns})
    rows = []
    for cells in body:
        number = row_number(cells)
        by_key = {key: cells[i] for key, (i, _, _) in columns.items() if i < len(cells)}
        extra: dict[str, object] = {
            name: parse.plain(cells[i].value)
            for i, name in extra_columns
            if i < len(cells) and not is_blank(cells[i].value)
        }
        rows.append(Row(number, by_key, extra))
    _warn_hidden(
        book,
        out,
        title,
        [r.number for r in rows],
        grid[index],
        {i for i, _, _ in columns.values()},
    )
    if sheet.key != "project":  # the Project sheet's own fields fill the template's {{ tokens }}
        used = {name for row in rows for name in row.extra}
        for i, name in extra_columns:
            if name in used:
                where = grid[index][i].coordinate
                out.warning(f"column '{name}' is not one cjmdeck reads; the deck does not show it", title, where)
    return rows


def _second_header(cells: list[Cell], sheet: Sheet, columns: dict[str, tuple[int, str, str]]) -> bool:
    """Return True when the row below the header is more header: required columns empty, words under a number column.

    Such a row gives units or hints, e.g. "(1 to 5)" under Emotion; a data row would hold a number there.
    """
    required = [cells[columns[c.key][0]] for c in sheet.required_columns if c.key in columns]
    if not all(is_blank(c.value) or c.merged for c in required):
        return False
    counted = [cells[columns[c.key][0]] for c in sheet.columns if c.key in columns and c.kind in (SCORE, NUMBER)]
    return any(isinstance(c.value, str) and not is_blank(c.value) for c in counted)


def _warn_headless(out: Collector, title: str, header: list[Cell], body: list[list[Cell]], named: set[int]) -> None:
    """Warn about each column holding values under no header of its own (a merged header, say): it is not read."""
    for i, head in enumerate(header):
        if i in named:
            continue
        first = next((cells[i] for cells in body if not is_blank(cells[i].value) and not cells[i].merged), None)
        if first is None:
            continue
        letter = first.coordinate.rstrip("0123456789")
        why = "the header over it is merged with another" if head.merged else "it has no header"
        out.warning(f"column {letter} is not read: {why}; give it a header of its own", title, first.coordinate)


def _warn_hidden(
    book: Book, out: Collector, title: str, numbers: list[int], header: list[Cell], used: set[int]
) -> None:
    """Warn when data rows or read columns of the sheet are hidden: cjmdeck reads them like the others."""
    rows, columns = book.hidden(title)
    hidden_rows = [n for n in numbers if n in rows]
    if hidden_rows:
        first, more = hidden_rows[0], len(hidden_rows) - 1
        detail = f"row {first} is hidden; {HIDDEN}" if not more else f"rows {first} and {more} more are hidden; {THEM}"
        out.warning(detail, title, f"A{first}")
    for i in sorted(used):
        cell = header[i]
        if column_of(cell) in columns:
            out.warning(f"column '{' '.join(str(cell.value).split())}' is hidden; {HIDDEN}", title, cell.coordinate)


def _header(
    out: Collector, sheet: Sheet, title: str, grid: list[list[Cell]]
) -> tuple[int, dict[str, tuple[int, str, str]], list[tuple[int, str]]] | None:
    """Return the header row's index, known columns (key -> index, letter, text) and unknown columns."""
    best: tuple[int, int] = (-1, 0)
    for index, cells in enumerate(grid):
        if row_number(cells) > HEADER_SCAN_ROWS:
            break
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
