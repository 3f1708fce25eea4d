"""The action tracker (`build --tracker`): the ranked plan as an Excel table a client's project manager keeps using.

Sheet 1 is the plan, ranked as in the deck, with dropdowns for status and owner, checked
scores and dates, and rows coloured by quadrant by formulas (so the colour follows a sort);
sheet 2 links each action back to its stage, touchpoint and problem. `cjmdeck.tracker_in`
reads an edited tracker back.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from cjmdeck.contract import normalize
from cjmdeck.findings import Findings
from cjmdeck.model import FILL_IN, MAJOR_PROJECT, QUICK_WIN, THANKLESS_TASK, Action, Journey, Touchpoint
from cjmdeck.names import tracker_name
from cjmdeck.scaffold import HEADER_FILL, VALIDATED_ROWS
from cjmdeck.text import quadrant_name, text
from cjmdeck.text.tracker import LINK_COLUMNS, PLAN_COLUMNS, STATUSES
from cjmdeck.xlsx import import_openpyxl

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    from cjmdeck.jobs import Job, Options

QUADRANT_COLOURS = {  # quadrant -> (pale fill, dark text) of its rows
    QUICK_WIN: ("E2EFDA", "1E4620"),
    MAJOR_PROJECT: ("DDEBF7", "1F3A5F"),
    FILL_IN: ("FFF2CC", "5C4700"),
    THANKLESS_TASK: ("FCE4E4", "7A1E1E"),
}
WIDTHS = {
    "rank": 8,
    "action": 46,
    "problem": 34,
    "customer_goal": 30,
    "obstacle": 30,
    "pain_points": 40,
    "impact": 10,
    "feasibility": 12,
    "score": 9,
    "quadrant": 17,
    "due": 13,
    "status": 14,
    "baseline": 12,
    "target": 12,
    "current": 12,
}  # other columns are 20 wide
LIST_LIMIT = 255  # a dropdown whose choices are typed in its formula holds this many characters at most
DATE_FORMAT = "yyyy-mm-dd"
LINE_HEIGHT = 15  # points: a line of 11 pt text in a row
MEASURES = ("baseline", "target", "current")

Value = str | int | float | dt.date | None  # what a tracker cell holds


def tracker_target(job: Job, options: Options) -> Path | None:
    """Return the path of `job`'s action tracker, named after its deck, or None when the build asks for none."""
    return options.out_dir / tracker_name(job.journey, job.stem, options.kind) if options.tracker else None


def write_tracker(found: Findings, output: Path, lang: str) -> None:
    """Write the action tracker of `found`'s ranked plan in `lang` to `output`."""
    import_openpyxl()
    from openpyxl import Workbook

    journey, ranked = found.journey, found.plan.ranked
    wb = Workbook()
    plan = wb.worksheets[0]
    plan.title = text("tracker_plan_sheet", lang)
    links = wb.create_sheet(text("tracker_links_sheet", lang))
    _plan_sheet(wb, plan, ranked, lang, links.title)
    _links_sheet(links, journey, ranked, lang)
    _dropdowns(wb, plan, journey, lang)
    wb.properties.title = text("tracker_title", lang, client=journey.project.client)
    wb.properties.subject = journey.project.project or None
    wb.properties.creator = wb.properties.lastModifiedBy = "cjmdeck"
    wb.properties.language = lang
    wb.save(output)


def plan_row(rank: int, action: Action, lang: str) -> dict[str, Value]:
    """Return the cells of an action's row on the plan sheet by column key; a percentage KPI's values as fractions."""
    values = action.values
    measures = {key: getattr(values, key) if values else None for key in MEASURES}
    if values is not None and values.unit == "%":  # 45% is 0.45 in a spreadsheet: typing 50 in the cell then means 50%
        measures = {key: None if v is None else v / 100 for key, v in measures.items()}
    return {
        "rank": rank,
        "action": action.text,
        "stage": action.stage,
        "touchpoint": action.touchpoint,
        "persona": action.persona,
        "problem": action.problem,
        "impact": action.impact,
        "feasibility": action.feasibility,
        "score": action.score,
        "quadrant": quadrant_name(action.quadrant, lang),
        "owner": action.owner,
        "horizon": action.horizon,
        "due": action.due,
        "status": action.status,
        "kpi": action.kpi,
        **measures,
    }


def link_row(rank: int, action: Action, journey: Journey) -> dict[str, Value]:
    """Return the cells of an action's row on the Links sheet: its stage, touchpoint and the pain points there."""
    stage = next((s for s in journey.stages if s.name == action.stage), None)
    touchpoint = touchpoint_of(journey, action)
    return {
        "rank": rank,
        "action": action.text,
        "stage": action.stage,
        "customer_goal": stage.customer_goal if stage else None,
        "touchpoint": action.touchpoint or (touchpoint.name if touchpoint else None),
        "channel": touchpoint.channel if touchpoint else None,
        "obstacle": touchpoint.obstacle if touchpoint else None,
        "problem": action.problem,
        "pain_points": "\n".join(pain_points(journey, action)) or None,
    }


def touchpoint_of(journey: Journey, action: Action) -> Touchpoint | None:
    """Return the touchpoint an action names at its stage (its persona's first), or None."""
    if not action.touchpoint:
        return None
    named = [
        t
        for t in journey.touchpoints
        if normalize(t.name) == normalize(action.touchpoint) and (action.stage is None or t.stage == action.stage)
    ]
    own = [t for t in named if action.persona is not None and t.applies_to(action.persona)]
    return own[0] if own else named[0] if named else None


def pain_points(journey: Journey, action: Action) -> list[str]:
    """Return the journey's pain points at an action's stage (its persona's, when it has one), each once."""
    if action.stage is None:
        return []
    rows = [r for r in journey.rows if r.stage == action.stage]
    if action.persona is not None:
        rows = [r for r in rows if r.applies_to(action.persona)]
    return list(dict.fromkeys(p for r in rows for p in r.pain_points))


def statuses(journey: Journey, lang: str) -> list[str]:
    """Return the status dropdown's choices: the usual ones in `lang`, then those the workbook uses besides."""
    choices = [text(f"tracker_{key}", lang) for key in STATUSES] + [a.status for a in journey.actions if a.status]
    return _unique(choices)


def owners(journey: Journey) -> list[str]:
    """Return the owners the workbook names, of actions and of touchpoints, each once, in alphabetical order."""
    named = [a.owner for a in journey.actions if a.owner] + [t.owner for t in journey.touchpoints if t.owner]
    return sorted(_unique(named), key=str.casefold)


def _unique(names: list[str]) -> list[str]:
    """Return `names` without repeats (compared normalised), in their order."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(normalize(name), name)
    return list(seen.values())


def _plan_sheet(wb: Workbook, ws: Worksheet, ranked: tuple[Action, ...], lang: str, links: str) -> None:
    """Fill the plan sheet: the ranked actions as a table, each action linked to its row on the Links sheet."""
    from openpyxl.styles import Font
    from openpyxl.worksheet.hyperlink import Hyperlink

    _header(ws, PLAN_COLUMNS, lang)
    due, action_col = PLAN_COLUMNS.index("due") + 1, PLAN_COLUMNS.index("action") + 1
    for rank, action in enumerate(ranked, start=1):
        row = rank + 1
        _row(ws, row, PLAN_COLUMNS, plan_row(rank, action, lang))
        if isinstance(action.due, dt.date):
            ws.cell(row, due).number_format = DATE_FORMAT
        if action.values is not None and action.values.unit == "%":
            for key in MEASURES:
                cell = ws.cell(row, PLAN_COLUMNS.index(key) + 1)
                whole = not isinstance(cell.value, float) or float(round(cell.value * 100, 9)).is_integer()
                cell.number_format = "0%" if whole else "0.0#%"
        cell = ws.cell(row, action_col)
        cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"{_quote(links)}!A{row}")
        cell.font = Font(name="Calibri", size=11, color="0563C1", underline="single")  # the body's font, as a link
    _table(ws, "ActionPlan", PLAN_COLUMNS, len(ranked))
    _quadrant_colours(ws, lang)


def _links_sheet(ws: Worksheet, journey: Journey, ranked: tuple[Action, ...], lang: str) -> None:
    """Fill the Links sheet: each ranked action with its stage, customer goal, touchpoint, obstacle and pain points."""
    _header(ws, LINK_COLUMNS, lang)
    for rank, action in enumerate(ranked, start=1):
        _row(ws, rank + 1, LINK_COLUMNS, link_row(rank, action, journey))
    _table(ws, "ActionLinks", LINK_COLUMNS, len(ranked))


def _header(ws: Worksheet, columns: tuple[str, ...], lang: str) -> None:
    """Write the localised header row as `new` styles it (bold on the header fill, frozen) and set the widths."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    for index, key in enumerate(columns, start=1):
        cell = ws.cell(1, index, text(f"tracker_{key}", lang))
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(index)].width = WIDTHS.get(key, 20)
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 30
    ws.print_title_rows = "1:1"  # printed: landscape, as wide as the page, the header on every page
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    if ws.sheet_properties.pageSetUpPr is not None:
        ws.sheet_properties.pageSetUpPr.fitToPage = True


def _row(ws: Worksheet, row: int, columns: tuple[str, ...], values: dict[str, Value]) -> None:
    """Write one data row, wrapped and top-aligned; text starting with '=' stays text, never a formula."""
    from openpyxl.styles import Alignment

    lines = 1
    for index, key in enumerate(columns, start=1):
        value = values.get(key)
        cell = ws.cell(row, index, None if value == "" else value)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # a workbook's text must not become a formula in the client's tracker
        if isinstance(value, str):
            per_line = max(WIDTHS.get(key, 20) - 2, 1)  # a column's width is about the characters it shows
            lines = max(lines, sum(-(-len(part) // per_line) or 1 for part in value.split("\n")))
    ws.row_dimensions[row].height = LINE_HEIGHT * lines  # set: not every viewer fits rows to wrapped text


def _table(ws: Worksheet, name: str, columns: tuple[str, ...], rows: int) -> None:
    """Make the header and `rows` data rows an Excel table with banded rows and filter buttons."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.table import Table, TableStyleInfo

    table = Table(displayName=name, ref=f"A1:{get_column_letter(len(columns))}{max(rows, 1) + 1}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True, showColumnStripes=False)
    ws.add_table(table)


def _quadrant_colours(ws: Worksheet, lang: str) -> None:
    """Colour each row by the quadrant its Quadrant cell names, with formulas, so the colour follows sorts and edits."""
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    column = get_column_letter(PLAN_COLUMNS.index("quadrant") + 1)
    cells = f"A2:{get_column_letter(len(PLAN_COLUMNS))}{VALIDATED_ROWS}"
    for key, (fill, ink) in QUADRANT_COLOURS.items():
        name = quadrant_name(key, lang).replace('"', '""')
        rule = FormulaRule(  # type: ignore[no-untyped-call]
            formula=[f'${column}2="{name}"'],
            fill=PatternFill(start_color=fill, end_color=fill, fill_type="solid"),
            font=Font(color=ink),
        )
        ws.conditional_formatting.add(cells, rule)


def _dropdowns(wb: Workbook, ws: Worksheet, journey: Journey, lang: str) -> None:
    """Add the plan sheet's checks: status and owner dropdowns, whole 1-5 scores and due dates."""
    from openpyxl.worksheet.datavalidation import DataValidation

    def cells(key: str) -> str:
        """Return the range of column `key` from the first data row down."""
        from openpyxl.utils import get_column_letter

        letter = get_column_letter(PLAN_COLUMNS.index(key) + 1)
        return f"{letter}2:{letter}{VALIDATED_ROWS}"

    checks: list[tuple[str, DataValidation]] = []
    status = DataValidation(type="list", formula1=_choices(wb, statuses(journey, lang), lang), allow_blank=True)
    status.error = text("tracker_status_error", lang)
    checks.append(("status", status))
    named = owners(journey)
    if named:  # a new owner can still be typed: Excel warns and lets it in
        owner = DataValidation(type="list", formula1=_choices(wb, named, lang), allow_blank=True, errorStyle="warning")
        owner.error = text("tracker_owner_error", lang)
        checks.append(("owner", owner))
    for key in ("impact", "feasibility"):
        score = DataValidation(type="whole", operator="between", formula1="1", formula2="5", allow_blank=True)
        score.error = text("tracker_score_error", lang)
        checks.append((key, score))
    due = DataValidation(
        type="date", operator="between", formula1="DATE(1900,1,1)", formula2="DATE(9999,12,31)", allow_blank=True
    )
    due.error = text("tracker_date_error", lang)
    checks.append(("due", due))
    for key, check in checks:
        check.showErrorMessage = True
        check.errorTitle = text(f"tracker_{key}", lang)
        ws.add_data_validation(check)
        check.add(cells(key))


def _choices(wb: Workbook, choices: list[str], lang: str) -> str:
    """Return a dropdown's formula: the choices typed in it when they fit, else a range of the hidden Lists sheet."""
    typed = '"' + ",".join(choices) + '"'
    if len(typed) <= LIST_LIMIT and not any("," in c or '"' in c for c in choices):
        return typed
    from openpyxl.utils import get_column_letter

    title = text("tracker_lists_sheet", lang)
    ws = wb[title] if title in wb.sheetnames else wb.create_sheet(title)
    ws.sheet_state = "hidden"
    column = sum(c.value is not None for c in ws[1]) + 1  # one column per list
    for row, choice in enumerate(choices, start=1):
        cell = ws.cell(row, column, choice)
        if choice.startswith("="):
            cell.data_type = "s"
    letter = get_column_letter(column)
    return f"{_quote(title)}!${letter}$1:${letter}${len(choices)}"


def _quote(title: str) -> str:
    """Return a sheet title quoted for a formula or a link."""
    return "'" + title.replace("'", "''") + "'"
