"""Reading a journey workbook into the domain model, collecting cell-level diagnostics."""

from __future__ import annotations

import datetime as dt
import difflib
import itertools
from pathlib import Path
from types import MappingProxyType

from cjmdeck import contract, model, parse
from cjmdeck.contract import Column, Sheet, normalize
from cjmdeck.diagnostics import Collector, Diagnostic
from cjmdeck.layout import HEADER_SCAN_ROWS, Layout, Row, data_rows, find_sheet
from cjmdeck.xlsx import MISSING_CACHE, Book, Cell, CellError, is_blank, iter_nonblank, row_number

NO_CACHE = "formula has no cached value; open and save the workbook in Excel or LibreOffice"
MAX_STAGES = 30  # a deck lays 30 out in a few seconds; journeys have 4 to 12
CONTROLS = "holds control characters no document can hold; they are left out"


class _Unknown(ValueError):
    """A reference to a stage or persona that the workbook does not define."""


def read_workbook(path: Path) -> tuple[model.Journey | None, list[Diagnostic], Layout]:
    """Return the journey in the workbook at `path` (None when it has errors), its diagnostics and layout."""
    book = Book(path)
    return _Reader(book, Collector(str(path))).read()


def suggest(value: str, known: list[str]) -> str:
    """Return ' (did you mean ...?)' for the known name closest to `value`, or a list of known names."""
    by_norm = {normalize(k): k for k in known}
    close = difflib.get_close_matches(normalize(value), list(by_norm), n=1, cutoff=0.6)
    if close:
        return f" (did you mean {by_norm[close[0]]!r}?)"
    shown = ", ".join(repr(k) for k in known[:6]) + (", ..." if len(known) > 6 else "")
    return f" (known: {shown})" if known else ""


class _Reader:
    """Read one Book into a Journey, recording every problem in a Collector."""

    def __init__(self, book: Book, out: Collector) -> None:
        self.book = book
        self.out = out
        self.layout = Layout()
        self.stages: dict[str, str] = {}  # normalised -> name
        self.personas: dict[str, str] = {}
        self.usable: set[str] = set()  # "stages"/"personas" when their sheet could be read, so references are checked
        self.currencies = parse.Currencies("")  # what amounts are counted in, once the Project is read

    def read(self) -> tuple[model.Journey | None, list[Diagnostic], Layout]:
        """Read every sheet; return the journey, or None when there were errors."""
        found = {sheet.key: self._find_sheet(sheet) for sheet in contract.SHEETS}
        project = self._project(found["project"]) if found["project"] else None
        self.currencies = parse.Currencies(project.currency if project else "")
        personas = self._personas(self._rows(contract.PERSONAS, found["personas"]))
        stages = self._stages(self._rows(contract.STAGES, found["stages"]))
        rows = self._journey(self._rows(contract.JOURNEY, found["journey"]))
        touchpoints = self._touchpoints(self._rows(contract.TOUCHPOINTS, found["touchpoints"]))
        questions = self._questions(self._rows(contract.QUESTIONS, found["questions"]))
        actions = self._actions(self._rows(contract.ACTIONS, found["actions"]))
        funnel = self._funnel(self._rows(contract.FUNNEL, found["funnel"]))
        if self.out.errors or project is None:
            return None, self.out.items, self.layout
        journey = model.Journey(project, personas, stages, rows, touchpoints, questions, actions, funnel)
        return journey, self.out.items, self.layout

    def _find_sheet(self, sheet: Sheet) -> str | None:
        """Return the title of the workbook sheet matching `sheet`, or None (an error when required)."""
        return find_sheet(self.book, self.out, self.layout, sheet)

    def _rows(self, sheet: Sheet, title: str | None) -> list[Row]:
        """Return the data rows of `sheet` below its header row (none when the sheet is absent)."""
        return data_rows(self.book, self.out, self.layout, sheet, title)

    def _value(self, sheet: Sheet, row: Row, column: Column) -> object:
        """Return the converted value of `column` in `row`, recording problems; None when empty or wrong."""
        cell = row.cells.get(column.key)
        title = self.layout.titles[sheet.key]
        header = self.layout.header(sheet.key, column.key, column.names[0])
        if cell is None or is_blank(cell.value):
            if column.required:
                self.out.error(
                    f"'{header}' is empty; it is required", *self.layout.cell(sheet.key, row.number, column.key)
                )
            return None
        if cell.value is MISSING_CACHE:
            report = self.out.error if column.required or column.kind == contract.SCORE else self.out.warning
            report(NO_CACHE, title, cell.coordinate)
            return None
        if isinstance(cell.value, CellError):
            self.out.error(_shows_error(header, cell.value), title, cell.coordinate)
            return None
        if parse.unwritable(cell.value):
            self.out.warning(f"'{header}' {CONTROLS}", title, cell.coordinate)
        try:
            value = self._convert(column, cell.value)
            if column.kind == contract.NUMBER:  # an amount typed in another currency than it is counted in
                other = self.currencies.check(header, cell.value, f"{title}!{cell.coordinate}")
                if other:
                    self.out.warning(other, title, cell.coordinate)
            return value
        except _Unknown as err:
            self.out.error(str(err), title, cell.coordinate)
        except ValueError as err:
            self.out.error(f"'{header}' {err}", title, cell.coordinate)
        return None

    def _convert(self, column: Column, value: object) -> object:
        """Return `value` converted to the kind of `column`; raise ValueError with a message."""
        kind = column.kind
        if kind == contract.SCORE:
            return parse.score(value)
        if kind == contract.NUMBER:
            return parse.number(value)
        if kind == contract.MEASURE:
            return parse.measure(value)
        if kind == contract.LIST:
            return parse.items(value)
        if kind == contract.DATE and isinstance(value, dt.datetime):
            return value.date()
        text = parse.plain(value)
        if kind == contract.MODE:
            return _lookup(contract.MODES, text, "must be online or offline")
        if kind == contract.MAP_TYPE:
            names = ", ".join(n[0] for n in contract.MAP_TYPES.values())
            return _lookup(contract.MAP_TYPES, text, f"must be one of: {names}")
        if kind == contract.LANGUAGE:
            return _lookup(contract.LANGUAGE_NAMES, text, "must be en, es or pl")
        if kind in (contract.STAGE, contract.PERSONA):
            known = self.stages if kind == contract.STAGE else self.personas
            if f"{kind}s" not in self.usable:
                return text  # the Stages or Personas sheet has its own error; don't repeat it on every reference
            name = known.get(normalize(text))
            if name is None:
                raise _Unknown(f"unknown {kind} {text!r}{suggest(text, list(known.values()))}")
            return name
        return text

    def _fields(self, sheet: Sheet, row: Row) -> dict[str, object]:
        """Return the converted values of `row` by column key, without the empty ones; KPI values as one."""
        values = {c.key: self._value(sheet, row, c) for c in sheet.columns}
        measures = [(c.key, values.pop(c.key)) for c in contract.KPI_VALUES if c.key in values]
        given: dict[str, tuple[float, str]] = {k: v for k, v in measures if isinstance(v, tuple)}
        if given:
            unit = "%" if any(u == "%" for _, u in given.values()) else ""
            numbers = {k: n for k, (n, _) in given.items()}
            values["values"] = model.KpiValues(
                numbers.get("baseline"), numbers.get("target"), numbers.get("current"), unit
            )
        return {k: v for k, v in values.items() if v is not None}

    # -- the sheets -------------------------------------------------------------------

    def _project(self, title: str) -> model.Project | None:
        """Return the Project sheet's fields (names in column A, values in column B) as a Project."""
        values: dict[str, object] = {}
        extra: dict[str, object] = {}
        seen: dict[str, str] = {}  # field key -> cell of its first value
        client_cell = None
        for key_cell, value_cell in _project_pairs(self.book.rows(title)):
            column = next((c for c in contract.PROJECT.columns if c.matches(key_cell.value)), None)
            label = " ".join(str(key_cell.value).split())
            raw = value_cell.value
            key = column.key if column else label
            if key in seen and not is_blank(raw):
                self.out.warning(f"'{label}' is given twice; {seen[key]} is used", title, value_cell.coordinate)
                continue
            if column is not None and column.key == "client":
                client_cell = value_cell.coordinate
            if is_blank(raw):
                continue
            seen[key] = value_cell.coordinate
            if raw is MISSING_CACHE:
                report = self.out.error if column is not None and column.required else self.out.warning
                report(NO_CACHE, title, value_cell.coordinate)
            elif isinstance(raw, CellError):
                self.out.error(
                    f"'{label}' shows the spreadsheet error {raw}; fix the cell", title, value_cell.coordinate
                )
            elif column is None:
                extra[label] = parse.plain(raw)
            else:
                if parse.unwritable(raw):
                    self.out.warning(f"'{label}' {CONTROLS}", title, value_cell.coordinate)
                try:
                    values[column.key] = self._convert(column, raw)
                except ValueError as err:
                    self.out.error(f"'{label}' {err}", title, value_cell.coordinate)
        if "client" not in values:
            if "client" not in seen:  # a client cell with a problem is already reported
                where = "is empty" if client_cell else "is missing (put 'Client' in column A and its name in column B)"
                self.out.error(f"Client {where}; it is required", title, client_cell or "A1")
            return None
        return model.Project(**values, extra=MappingProxyType(extra))  # type: ignore[arg-type]

    def _named(
        self, kind: str, sheet: Sheet, rows: list[Row], known: dict[str, str]
    ) -> list[tuple[Row, dict[str, object]]]:
        """Return the rows of a sheet of named records, registering each name and reporting duplicates."""
        title = self.layout.titles.get(sheet.key)
        if title is None or sheet.key not in self.layout.columns:
            return []  # the missing sheet or header is already reported
        if not rows:
            below = self.layout.header_rows.get(sheet.key, 1) + 1
            self.out.error(f"no {kind}s: add at least one {kind} row", title, f"A{below}")
            return []
        self.usable.add(f"{kind}s")
        out: list[tuple[Row, dict[str, object]]] = []
        first_row: dict[str, int] = {}
        for row in rows:
            values = self._fields(sheet, row)
            name = values.get("name")
            if not isinstance(name, str):
                continue
            if kind == "stage" and len(out) == MAX_STAGES:
                self.out.error(
                    f"a journey holds at most {MAX_STAGES} stages; this is stage {MAX_STAGES + 1}: "
                    "merge stages or split the journey into several workbooks",
                    *self.layout.cell(sheet.key, row.number, "name"),
                )
                self.usable.discard("stages")  # references to the stages left out are not errors of their own
                break
            if normalize(name) in known:
                self.out.error(
                    f"duplicate {kind} {name!r} (also in row {first_row[normalize(name)]})",
                    *self.layout.cell(sheet.key, row.number, "name"),
                )
                continue
            known[normalize(name)] = name
            first_row[normalize(name)] = row.number
            out.append((row, values))
        return out

    def _origin(self, sheet: Sheet, row: Row) -> model.Origin:
        return model.Origin(self.layout.titles[sheet.key], row.number)

    def _personas(self, rows: list[Row]) -> tuple[model.Persona, ...]:
        """Return the Personas sheet's personas."""
        sheet = contract.PERSONAS
        return tuple(
            model.Persona(**values, origin=self._origin(sheet, row), extra=_extra(row))  # type: ignore[arg-type]
            for row, values in self._named("persona", sheet, rows, self.personas)
        )

    def _stages(self, rows: list[Row]) -> tuple[model.Stage, ...]:
        """Return the Stages sheet's stages in journey order."""
        sheet = contract.STAGES
        return tuple(
            model.Stage(**values, origin=self._origin(sheet, row), extra=_extra(row))  # type: ignore[arg-type]
            for row, values in self._named("stage", sheet, rows, self.stages)
        )

    def _records(self, sheet: Sheet, rows: list[Row]) -> list[tuple[Row, dict[str, object]]]:
        """Return the converted rows of `sheet` that hold every required value."""
        out = []
        for row in rows:
            values = self._fields(sheet, row)
            if all(c.key in values for c in sheet.required_columns):
                out.append((row, values))
        return out

    def _journey(self, rows: list[Row]) -> tuple[model.JourneyRow, ...]:
        """Return the Journey sheet's rows."""
        sheet = contract.JOURNEY
        return tuple(
            model.JourneyRow(**values, origin=self._origin(sheet, row), extra=_extra(row))  # type: ignore[arg-type]
            for row, values in self._records(sheet, rows)
        )

    def _touchpoints(self, rows: list[Row]) -> tuple[model.Touchpoint, ...]:
        """Return the Touchpoints sheet's touchpoints."""
        sheet = contract.TOUCHPOINTS
        return tuple(
            model.Touchpoint(**values, origin=self._origin(sheet, row), extra=_extra(row))  # type: ignore[arg-type]
            for row, values in self._records(sheet, rows)
        )

    def _questions(self, rows: list[Row]) -> tuple[model.Question, ...]:
        """Return the Questions sheet's questions."""
        sheet = contract.QUESTIONS
        return tuple(
            model.Question(**values, origin=self._origin(sheet, row), extra=_extra(row))  # type: ignore[arg-type]
            for row, values in self._records(sheet, rows)
        )

    def _actions(self, rows: list[Row]) -> tuple[model.Action, ...]:
        """Return the Actions sheet's actions, feasibility taken from effort (6 - effort) when not given."""
        sheet = contract.ACTIONS
        columns = self.layout.columns.get("actions", {})
        feasibility = self.layout.header("actions", "feasibility", sheet.column("feasibility").names[0])
        effort_header = self.layout.header("actions", "effort", sheet.column("effort").names[0])
        if rows and "feasibility" not in columns and "effort" not in columns:
            self.out.error(
                f"no '{feasibility}' or '{effort_header}' header; one of the two columns is required",
                self.layout.titles["actions"],
                f"A{self.layout.header_rows['actions']}",
            )
            return ()
        out = []
        for row, values in self._records(sheet, rows):
            effort = values.pop("effort", None)
            given = {k for k in ("feasibility", "effort") if k in row.cells and not is_blank(row.cells[k].value)}
            if "feasibility" in values and effort is not None and values["feasibility"] != 6 - int(effort):  # type: ignore[call-overload]
                self.out.warning(
                    f"'{feasibility}' {values['feasibility']} and '{effort_header}' {effort} disagree "
                    f"(feasibility = 6 - effort); '{feasibility}' is used",
                    *self.layout.cell("actions", row.number, "effort"),
                )
            if "feasibility" not in values:
                if effort is None:
                    if not given:  # a given value that was wrong is already reported
                        self.out.error(
                            f"'{feasibility}' or '{effort_header}' is empty; one of the two is required",
                            *self.layout.cell(
                                "actions", row.number, "feasibility" if "feasibility" in columns else "effort"
                            ),
                        )
                    continue
                values["feasibility"] = 6 - int(effort)  # type: ignore[call-overload]
            out.append(model.Action(**values, origin=self._origin(sheet, row), extra=_extra(row)))  # type: ignore[arg-type]
        return tuple(out)

    def _funnel(self, rows: list[Row]) -> tuple[model.FunnelStep, ...]:
        """Return the Funnel sheet's counts; a count given twice, or one that grows down the funnel, is warned about."""
        sheet = contract.FUNNEL
        steps: list[model.FunnelStep] = []
        seen: dict[tuple[object, ...], int] = {}
        for row, values in self._records(sheet, rows):
            step = model.FunnelStep(**values, origin=self._origin(sheet, row), extra=_extra(row))  # type: ignore[arg-type]
            key = (normalize(step.stage), step.persona, normalize(step.channel), normalize(step.period))
            if key in seen:
                self.out.warning(
                    f"{step.stage!r} is counted twice for one persona, channel and period; row {seen[key]} is used",
                    *self.layout.cell("funnel", row.number, "customers"),
                )
                continue
            seen[key] = row.number
            steps.append(step)
        self._narrowing(steps)
        return tuple(steps)

    def _narrowing(self, steps: list[model.FunnelStep]) -> None:
        """Warn where more customers reach a stage than the stage before it, in the same series."""
        order = {name: i for i, name in enumerate(self.stages.values())}
        series: dict[tuple[object, ...], list[model.FunnelStep]] = {}
        for step in steps:
            series.setdefault((step.persona, normalize(step.channel), normalize(step.period)), []).append(step)
        for found in series.values():
            ranked = sorted((s for s in found if s.stage in order), key=lambda s: order[s.stage])
            for before, after in itertools.pairwise(ranked):
                if after.customers > before.customers and after.origin is not None:
                    self.out.warning(
                        f"more customers reach {after.stage!r} ({after.customers:,.0f}) than {before.stage!r} "
                        f"({before.customers:,.0f}); a funnel only narrows: check the numbers",
                        *self.layout.cell("funnel", after.origin.row, "customers"),
                    )


def _project_pairs(grid: list[list[Cell]]) -> list[tuple[Cell, Cell]]:
    """Return the (name, value) cells of a Project sheet: names in column A, or in a header row above the values."""
    header = {normalize(n) for pair in contract.PROJECT_HEADER.values() for n in pair}
    rows = list(iter_nonblank(grid))
    for index, cells in enumerate(rows):
        if row_number(cells) > HEADER_SCAN_ROWS:
            break
        named = [
            c for c in cells if not is_blank(c.value) and any(k.matches(c.value) for k in contract.PROJECT.columns)
        ]
        if len(named) >= 2 and index + 1 < len(rows):  # laid out across: names in a row, values below
            below = rows[index + 1]
            return [(c, below[i]) for i, c in enumerate(cells) if not is_blank(c.value) and i < len(below)]
    pairs = []
    for cells in rows:
        key = cells[0]
        if is_blank(key.value) or normalize(key.value) in header:
            continue
        value = cells[1] if len(cells) > 1 else Cell(None, "B" + key.coordinate.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        pairs.append((key, Cell(None, value.coordinate) if value.merged else value))
    return pairs


def _shows_error(label: str, error: object) -> str:
    return f"'{label}' shows the spreadsheet error {error}; fix the cell"


def _extra(row: Row) -> MappingProxyType[str, object]:
    return MappingProxyType(dict(row.extra))


def _lookup(table: dict[str, tuple[str, ...]], text: str, expected: str) -> str:
    key = contract.lookup(table, text)
    if key is None:
        raise ValueError(f"{expected}, got {text!r}")
    return key
