"""Writing a ready-to-fill (or example) journey workbook: `cjmdeck new`."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from cjmdeck import contract, guide
from cjmdeck.contract import LANGUAGES, Column, Sheet
from cjmdeck.errors import OutputError
from cjmdeck.files import atomic_write
from cjmdeck.text import defaults
from cjmdeck.xlsx import import_openpyxl

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

VALIDATED_ROWS = 1000  # data validation covers rows 2..VALIDATED_ROWS
HEADER_FILL = "1F3A5F"
WIDTHS = {contract.LIST: 42, contract.SCORE: 11, contract.NUMBER: 12, contract.MODE: 11, contract.TEXT: 26}
NAMED_LISTS = {"stages": "cjm_stages", "personas": "cjm_personas"}

Rows = list[dict[str, object]]


def new_workbook(path: Path, lang: str = "en", *, example: bool = False, force: bool = False) -> Path:
    """Write a journey workbook in `lang` at `path` (an example when `example`) and return the path."""
    try:
        exists = path.exists()
    except OSError as err:  # e.g. a file name longer than the system allows
        raise OutputError(path, f"cannot write the file: {err.strerror}") from err
    if exists and not force:
        raise OutputError(path, "already exists; use --force to overwrite it")
    data = example_data(lang) if example else starter_data(lang)
    workbook = build_workbook(data, lang)
    save_atomically(workbook, path)
    return path


def example_data(lang: str) -> dict[str, object]:
    """Return the bundled example journey of `lang` (rows keyed by contract column keys)."""
    text = resources.files("cjmdeck").joinpath("examples", f"{lang}.json").read_text(encoding="utf-8")
    data: dict[str, object] = json.loads(text)
    return data


def starter_data(lang: str) -> dict[str, object]:
    """Return the data of an empty workbook: placeholders, the five default stages and key questions."""
    i = LANGUAGES.index(lang)
    stages = [
        {"name": name[i], "description": desc[i], "customer_goal": goal[i]}
        for name, desc, goal in defaults.DEFAULT_STAGES
    ]
    questions = [
        {"text": text[i], **({"stage": stages[stage]["name"]} if stage is not None else {})}
        for text, stage in defaults.DEFAULT_QUESTIONS
    ]
    project = {
        "client": guide.PLACEHOLDERS["client"][i],
        "project": guide.PLACEHOLDERS["project"][i],
        "map_type": contract.MAP_TYPES["current_state"][i],
        "date": dt.date.today(),
        "language": lang,
    }
    return {
        "project": project,
        "personas": [{"name": guide.PLACEHOLDERS["persona"][i]}],
        "stages": stages,
        "questions": questions,
    }


def build_workbook(data: dict[str, object], lang: str) -> Workbook:
    """Return an openpyxl workbook holding `data` with localised sheets, styles and dropdowns."""
    import_openpyxl()
    from openpyxl import Workbook
    from openpyxl.workbook.defined_name import DefinedName

    wb = Workbook()
    _instructions(wb.worksheets[0], lang)
    _project(wb.create_sheet(contract.PROJECT.name(lang)), data.get("project", {}), lang)  # type: ignore[arg-type]
    for sheet in contract.SHEETS[1:]:
        rows: Rows = data.get(sheet.key, [])  # type: ignore[assignment]
        _table(wb.create_sheet(sheet.name(lang)), sheet, rows, lang)
    for key, name in NAMED_LISTS.items():
        title = _quote(next(s for s in contract.SHEETS if s.key == key).name(lang))
        ref = f"OFFSET({title}!$A$2,0,0,MAX(1,COUNTA({title}!$A:$A)-1),1)"
        wb.defined_names[name] = DefinedName(name, attr_text=ref)
    return wb


def save_atomically(workbook: Workbook, path: Path) -> None:
    """Save `workbook` to `path` through a temporary file, so no half-written file is left."""
    with atomic_write(path) as tmp:
        workbook.save(tmp)


def _quote(title: str) -> str:
    """Return a sheet title quoted for use in a formula."""
    return "'" + title.replace("'", "''") + "'"


def _style_header(ws: Worksheet, ncols: int) -> None:
    """Make the first row a bold, filled, frozen header."""
    from openpyxl.styles import Alignment, Font, PatternFill

    for col in range(1, ncols + 1):
        cell = ws.cell(1, col)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 30


def _instructions(ws: Worksheet, lang: str) -> None:
    """Fill the first sheet with what each sheet and column is for."""
    from openpyxl.styles import Alignment, Font

    i = LANGUAGES.index(lang)
    ws.title = guide.TITLE[i]
    ws.append([guide.TITLE[i]])
    ws["A1"].font = Font(bold=True, size=16)
    for line in guide.INTRO:
        ws.append([line[i]])
    ws.append([])
    ws.append(list(guide.HEADERS[i]))
    header_row = ws.max_row
    for cell in ws[header_row]:
        cell.font = Font(bold=True)
    for sheet in contract.SHEETS:
        ws.append([sheet.name(lang), "", guide.SHEETS[sheet.key][i]])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for column in sheet.columns:
            star = (
                " *" if column.required or (sheet.key == "actions" and column.key in ("feasibility", "effort")) else ""
            )
            ws.append(["", column.name(lang) + star, guide.column_help(sheet.key, column.key, i)])
    for row in ws.iter_rows(min_row=header_row):
        row[2].alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 26
    ws.column_dimensions["C"].width = 90
    ws.freeze_panes = f"A{header_row + 1}"


def _project(ws: Worksheet, values: dict[str, object], lang: str) -> None:
    """Fill the Project sheet: field names in column A, values in column B."""
    from openpyxl.worksheet.datavalidation import DataValidation

    i = LANGUAGES.index(lang)
    ws.append(list(contract.PROJECT_HEADER[lang]))
    _style_header(ws, 2)
    for column in contract.PROJECT.columns:
        value = values.get(column.key, "")
        if column.key == "date" and isinstance(value, str) and value:
            value = dt.date.fromisoformat(value)
        ws.append([column.name(lang) + (" *" if column.required else ""), value])
        if isinstance(value, dt.date):
            ws.cell(ws.max_row, 2).number_format = "yyyy-mm-dd"
        if column.kind in (contract.MAP_TYPE, contract.LANGUAGE):
            options = (
                [n[i] for n in contract.MAP_TYPES.values()] if column.kind == contract.MAP_TYPE else list(LANGUAGES)
            )
            dv = DataValidation(type="list", formula1='"' + ",".join(options) + '"', allow_blank=True)
            ws.add_data_validation(dv)
            dv.add(f"B{ws.max_row}")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 60


def _table(ws: Worksheet, sheet: Sheet, rows: Rows, lang: str) -> None:
    """Fill a table sheet: localised headers, the rows, widths and dropdowns."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    ws.append([c.name(lang) for c in sheet.columns])
    _style_header(ws, len(sheet.columns))
    for row in rows:
        ws.append([_cell(row.get(c.key), c.kind) for c in sheet.columns])
        for cell in ws[ws.max_row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    for index, column in enumerate(sheet.columns, start=1):
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = WIDTHS.get(
            column.kind, 20 if column.kind in (contract.STAGE, contract.PERSONA) else 26
        )
        _validate(ws, column, f"{letter}2:{letter}{VALIDATED_ROWS}", lang)


def _validate(ws: Worksheet, column: Column, cells: str, lang: str) -> None:
    """Add the dropdown or range check that fits `column` to `cells`."""
    from openpyxl.worksheet.datavalidation import DataValidation

    i = LANGUAGES.index(lang)
    if column.kind == contract.STAGE:
        dv = DataValidation(type="list", formula1=NAMED_LISTS["stages"], allow_blank=True)
    elif column.kind == contract.PERSONA:
        dv = DataValidation(type="list", formula1=NAMED_LISTS["personas"], allow_blank=True)
    elif column.kind == contract.SCORE:
        dv = DataValidation(type="whole", operator="between", formula1="1", formula2="5", allow_blank=True)
        dv.error, dv.errorTitle = guide.SCORE[i], column.name(lang)
    elif column.kind == contract.MODE:
        dv = DataValidation(type="list", formula1='"online,offline"', allow_blank=True)
    elif column.kind == contract.NUMBER:
        dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
    else:
        return
    dv.showErrorMessage = True
    ws.add_data_validation(dv)
    dv.add(cells)


def _cell(value: object, kind: str) -> object:
    """Return a JSON value as a cell value (lists as lines of one cell, ISO dates as dates)."""
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    if kind == contract.DATE and isinstance(value, str) and value:
        return dt.date.fromisoformat(value)
    return value
