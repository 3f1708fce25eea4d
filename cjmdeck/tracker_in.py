"""Reading an action tracker the client edited back: its status, owner, due date and KPI values win over the workbook's.

`read_tracker` reads the file (refusing what is not a readable .xlsx with an Action column);
`apply_tracker` is pure: it returns a new journey whose matching actions (same text, compared
normalised) take the tracker's values, and the diagnostics; `merge` finds the tracker beside
the workbook and does both.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import math
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from cjmdeck import parse
from cjmdeck.contract import LANGUAGES, normalize
from cjmdeck.diagnostics import Collector, Diagnostic
from cjmdeck.errors import WorkbookError
from cjmdeck.layout import HEADER_SCAN_ROWS, Layout
from cjmdeck.model import Action, Journey, KpiValues
from cjmdeck.names import tracker_name
from cjmdeck.text.tracker import LINK_COLUMNS, PLAN_COLUMNS, TRACKER_TEXTS
from cjmdeck.xlsx import SAVE_AS, import_openpyxl, is_blank, sniff

FIELDS = ("owner", "status", "due", "baseline", "target", "current")  # what a tracker gives back, in message order
MEASURES = ("baseline", "target", "current")
SAID = {"due": "due date"}  # how a message names a field, when not by its key
HEADER_SCAN_COLUMNS = 64
NO_ACTION = (
    "no 'Action' column with 'Status', 'Owner', 'Due date' or KPI columns beside it in the first {rows} rows "
    "of any sheet, so it is not an action tracker "
    "('cjmdeck build --tracker' writes one)"
)


@dataclass(frozen=True)
class Given:
    """One value a tracker gives, converted (text, date or number), its unit ("%" or "") and its cell."""

    value: str | dt.date | float
    cell: str
    unit: str = ""


@dataclass(frozen=True)
class Tracked:
    """One row of a tracker: the action's text and cell, and the values it gives by field."""

    text: str
    cell: str
    values: Mapping[str, Given]


@dataclass(frozen=True)
class Tracker:
    """An action tracker read back: its file name, its rows and what could not be read, each naming its cell."""

    name: str
    rows: tuple[Tracked, ...]
    problems: tuple[str, ...] = ()


def find_tracker(workbook: Path, journey: Journey, folders: Sequence[Path] = ()) -> Path | None:
    """Return the tracker a build would name for `journey`, beside the workbook or else in `folders`, or None."""
    name = tracker_name(journey)
    for folder in (workbook.parent, *folders):
        candidate = folder / name
        if candidate.is_file() and candidate.resolve() != workbook.resolve():
            return candidate
    return None


def merge(
    workbook: Path,
    journey: Journey,
    given: Path | None = None,
    *,
    folders: Sequence[Path] = (),
    layout: Layout | None = None,
    differences: bool = False,
) -> tuple[Journey, list[Diagnostic]]:
    """Return `journey` with the values of its tracker (`given`, else the one `find_tracker` finds) and the diagnostics.

    Raise WorkbookError naming the tracker when it cannot be read.
    """
    path = given or find_tracker(workbook, journey, folders)
    if path is None:
        return journey, []
    return apply_tracker(journey, read_tracker(path), str(workbook), layout, differences)


def apply_tracker(
    journey: Journey, tracker: Tracker, workbook: str, layout: Layout | None = None, differences: bool = False
) -> tuple[Journey, list[Diagnostic]]:
    """Return `journey` with its actions' status, owner, due date and KPI values taken from `tracker`, and diagnostics.

    An action the tracker lacks keeps the workbook's values, and so does an empty tracker cell;
    a tracker row naming no action of the workbook is a warning. With `differences`, each value
    the tracker changes is a warning naming both cells (`layout` locates the workbook's).
    """
    out = Collector(workbook)
    for problem in tracker.problems:
        out.warning(problem)
    known = {normalize(a.text) for a in journey.actions}
    for stale in tracker.rows:
        if normalize(stale.text) not in known:
            out.warning(
                f"{tracker.name}!{stale.cell}: action {parse.shown(stale.text)} is not in the workbook; "
                "its row is not used"
            )
    by_text = {normalize(row.text): row for row in tracker.rows}
    actions = []
    for action in journey.actions:
        row = by_text.get(normalize(action.text))
        if row is None:
            actions.append(action)
            continue
        changed = _changed(action, row)
        if differences:
            for key, given in changed.items():
                was = _shown(_value(action, key), action.values.unit if action.values else "") or "(empty)"
                now, where = _shown(given.value, given.unit), _where(action, key, layout)
                out.warning(
                    f"{tracker.name}!{given.cell}: {SAID.get(key, key)} {now} differs from {where} {was}; "
                    "build uses the tracker's"
                )
        actions.append(_with(action, changed))
    return dataclasses.replace(journey, actions=tuple(actions)), out.items


def _changed(action: Action, row: Tracked) -> dict[str, Given]:
    """Return the values of `row` that differ from the action's, by field."""
    unit = action.values.unit if action.values else ""
    changed = {}
    for key, given in row.values.items():
        mine = _value(action, key)
        if key in MEASURES:
            same = _number(mine) and _number(given.value) and math.isclose(mine, given.value)  # type: ignore[arg-type]
            same = same and (given.unit or unit) == unit
        elif key == "due":
            same = mine is not None and parse.plain(mine) == parse.plain(given.value)
        else:
            same = normalize(mine or "") == normalize(given.value)
        if not same:
            changed[key] = given
    return changed


def _value(action: Action, key: str) -> Any:
    """Return the action's value of field `key` (a KPI value from its values)."""
    if key in MEASURES:
        return getattr(action.values, key) if action.values else None
    return getattr(action, key) or None


def _with(action: Action, changed: Mapping[str, Given]) -> Action:
    """Return `action` with the `changed` values."""
    fields: dict[str, Any] = {key: given.value for key, given in changed.items() if key not in MEASURES}
    measures: dict[str, Any] = {key: given.value for key, given in changed.items() if key in MEASURES}
    if measures:
        old = action.values or KpiValues()
        unit = next((changed[key].unit for key in measures if changed[key].unit), old.unit)
        fields["values"] = dataclasses.replace(old, **measures, unit=unit)
    return dataclasses.replace(action, **fields) if fields else action


def _where(action: Action, key: str, layout: Layout | None) -> str:
    """Return the workbook cell of the action's field `key`, or its row when the column is not there."""
    origin = action.origin
    if origin is None:
        return "the workbook"
    if layout is not None and key in layout.columns.get("actions", {}):
        return "{}!{}".format(*layout.cell("actions", origin.row, key))
    return f"{origin.sheet} row {origin.row}"


def _number(value: object) -> bool:
    """Return True when `value` is a number (not a truth value)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def _shown(value: object, unit: str) -> str:
    """Return a value quoted for a message, a KPI value with its unit; "" for none."""
    if value is None or value == "":
        return ""
    if _number(value):
        return parse.shown(f"{parse.plain(round(value, 9))}{unit}")  # type: ignore[call-overload]
    return parse.shown(value)


def read_tracker(path: Path) -> Tracker:
    """Return the action tracker at `path`; raise WorkbookError unless it is a readable .xlsx with an Action column."""
    sniff(path)  # a hostile, damaged, password-protected or enormous file is refused before it is opened
    openpyxl = import_openpyxl()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises many kinds on malformed packages
        raise WorkbookError(path, f"the action tracker cannot be read ({err}); {SAVE_AS}") from err
    try:
        with warnings.catch_warnings():  # openpyxl's own words about odd cells; ours name the cell
            warnings.simplefilter("ignore")
            found = _plan_sheet(book)
            tracker = _read(path.name, *found) if found is not None else None
    except Exception as err:  # a read-only workbook parses its sheets only now
        raise WorkbookError(path, f"the action tracker cannot be read ({err}); {SAVE_AS}") from err
    finally:
        book.close()
    if tracker is None:
        raise WorkbookError(path, NO_ACTION.format(rows=HEADER_SCAN_ROWS))
    return tracker


def _names(key: str) -> set[str]:
    """Return the normalised headers of tracker column `key` in every language."""
    return {normalize(name) for name in TRACKER_TEXTS[f"tracker_{key}"][: len(LANGUAGES)]}


def _plan_sheet(book: Any) -> tuple[Any, int, dict[str, int], list[tuple[int, str]]] | None:
    """Return the sheet holding the plan, its header row, its columns by field and its unknown columns; None if none.

    The sheet named as the plan sheet comes first; then a sheet whose header has an Action column
    and one the tracker gives back (the Links sheet has only the first), then any with an Action column.
    """
    plan_names = _names("plan_sheet")
    headers = []
    for ws in book.worksheets:
        ws.reset_dimensions()  # a wrong stored size must not hide rows
        rows = ws.iter_rows(min_row=1, max_row=HEADER_SCAN_ROWS, max_col=HEADER_SCAN_COLUMNS)
        for number, cells in enumerate(rows, start=1):
            columns, unknown = _header(cells)
            if "action" in columns:
                rank = (normalize(ws.title) not in plan_names, not set(FIELDS) & set(columns))
                headers.append((rank, ws, number, columns, unknown))
                break
    if not headers:
        return None
    _, ws, number, columns, unknown = min(headers, key=lambda found: found[0])
    if not set(FIELDS) & set(columns):  # only the Links sheet's Action column: the plan's header is gone
        return None
    return ws, number, columns, unknown


def _header(cells: Sequence[Any]) -> tuple[dict[str, int], list[tuple[int, str]]]:
    """Return a row's tracker columns (field -> column number) and its other headers (column number, text)."""
    wanted = {key: _names(key) for key in ("action", *FIELDS)}
    known = set().union(*(_names(key) for key in {*PLAN_COLUMNS, *LINK_COLUMNS}))
    columns: dict[str, int] = {}
    unknown = []
    for number, cell in enumerate(cells, start=1):
        if is_blank(cell.value):
            continue
        header = normalize(parse.plain(cell.value))
        key = next((k for k, names in wanted.items() if header in names), None)
        if key is not None:
            columns.setdefault(key, number)
        elif header not in known:
            unknown.append((number, " ".join(parse.plain(cell.value).split())))
    return columns, unknown


def _read(name: str, ws: Any, header: int, columns: dict[str, int], unknown: list[tuple[int, str]]) -> Tracker:
    """Return the tracker rows below the header row of `ws`, and the problems met reading them."""
    from openpyxl.utils import get_column_letter

    problems = [
        f"{name}!{get_column_letter(col)}{header}: column {parse.shown(text)} is not read; "
        "a tracker written again does not keep it"
        for col, text in unknown
    ]
    rows: list[Tracked] = []
    first: dict[str, int] = {}
    width = max(columns.values())
    for number, cells in enumerate(ws.iter_rows(min_row=header + 1, max_col=width), start=header + 1):
        action = cells[columns["action"] - 1] if len(cells) >= columns["action"] else None
        if action is None or is_blank(action.value):
            continue
        where = f"{get_column_letter(columns['action'])}{number}"
        if action.data_type == "e":  # the row's status, owner and values cannot be matched to an action
            problems.append(
                f"{name}!{where}: the action shows the spreadsheet error {action.value}; its row is not read"
            )
            continue
        text = parse.plain(action.value)
        if normalize(text) in first:
            problems.append(
                f"{name}!{where}: action {parse.shown(text)} is listed twice; row {first[normalize(text)]} is used"
            )
            continue
        first[normalize(text)] = number
        values: dict[str, Given] = {}
        for key in FIELDS:
            if key not in columns or len(cells) < columns[key]:
                continue
            cell, at = cells[columns[key] - 1], f"{get_column_letter(columns[key])}{number}"
            try:
                given = _given(key, cell, at)
            except ValueError as err:
                problems.append(f"{name}!{at}: {SAID.get(key, key)} {err}; the workbook's value is kept")
                continue
            if given is not None:
                values[key] = given
        rows.append(Tracked(text, where, MappingProxyType(values)))
    return Tracker(name, tuple(rows), tuple(problems))


def _given(key: str, cell: Any, at: str) -> Given | None:
    """Return the value of tracker cell `cell` for field `key`, None when empty; raise ValueError when unusable."""
    value = cell.value
    if is_blank(value):
        return None
    if cell.data_type == "e":
        raise ValueError(f"shows the spreadsheet error {value}")
    if key in MEASURES:
        if isinstance(value, int | float) and not isinstance(value, bool) and "%" in (cell.number_format or ""):
            number, _ = parse.measure(value * 100)  # 45% is stored as 0.45; the workbook's limits hold
            return Given(round(number, 9), at, "%")
        number, unit = parse.measure(value)
        return Given(number, at, unit)
    if key == "due":
        if isinstance(value, dt.datetime):
            return Given(value.date(), at)
        if isinstance(value, dt.date):
            return Given(value, at)
        if isinstance(value, int | float):
            raise ValueError(f"must be a date, got {parse.shown(value)}")
    return Given(parse.plain(value), at)
