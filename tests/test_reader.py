"""The workbook reader: every sheet and column alias, layout variants, cell conversions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cjmdeck import contract
from cjmdeck.reader import read_workbook
from tests.conftest import MINIMAL, write_workbook

SAMPLE_VALUES = {
    contract.TEXT: ("some text", "some text"),
    contract.LIST: ("first\nsecond; third", ("first", "second", "third")),
    contract.SCORE: ("4", 4),
    contract.NUMBER: ("1200", 1200.0),
    contract.MODE: ("Offline", "offline"),
    contract.STAGE: ("awareness", "Awareness"),
    contract.PERSONA: ("ANA", "Ana"),
    contract.MEASURE: ("-2,5 %", -2.5),
    contract.DATE: (dt.datetime(2026, 5, 1), dt.date(2026, 5, 1)),
}
FIELD = {"source": "source", "text": "text", "name": "name"}


def read(path: Path):
    journey, diagnostics, _ = read_workbook(path)
    assert [str(d) for d in diagnostics if d.severity == "error"] == []
    assert journey is not None
    return journey


def localised_sheets(lang: str, style=lambda s: s) -> dict[str, list[list[object]]]:
    """Return a workbook in `lang` where every column of every sheet holds a sample value."""
    stage_name, persona_name = "Awareness", "Ana"
    sheets: dict[str, list[list[object]]] = {
        style(contract.PROJECT.name(lang)): [
            [style(contract.PROJECT.column("client").name(lang)), "Acme"],
            [style(contract.PROJECT.column("map_type").name(lang)), contract.MAP_TYPES["service_blueprint"][2]],
            [style(contract.PROJECT.column("language").name(lang)), "Polski"],
            [style(contract.PROJECT.column("date").name(lang)), dt.datetime(2026, 3, 1)],
        ]
    }
    for sheet in contract.SHEETS[1:]:
        header = [style(c.name(lang)) for c in sheet.columns]
        row = []
        for c in sheet.columns:
            value = SAMPLE_VALUES[c.kind][0]
            if c.key == "name" and sheet.key == "stages":
                value = stage_name
            elif c.key == "name" and sheet.key == "personas":
                value = persona_name
            elif c.key == "effort":
                value = 2
            row.append(value)
        sheets[style(sheet.name(lang))] = [header, row]
    return sheets


@pytest.mark.parametrize("lang", contract.LANGUAGES)
@pytest.mark.parametrize(
    "style",
    [lambda s: s, str.upper, lambda s: s.lower().replace(" ", "_"), lambda s: f" {s}. "],
    ids=["as-is", "upper", "snake", "padded"],
)
def test_every_sheet_and_column_is_read_in_every_language(tmp_path, lang, style):
    journey = read(write_workbook(tmp_path / "b.xlsx", localised_sheets(lang, style)))
    assert journey.project.client == "Acme"
    assert journey.project.map_type == "service_blueprint"
    assert journey.project.language == "pl"
    assert journey.project.date == dt.date(2026, 3, 1)
    records = {
        "personas": journey.personas[0],
        "stages": journey.stages[0],
        "journey": journey.rows[0],
        "touchpoints": journey.touchpoints[0],
        "questions": journey.questions[0],
        "actions": journey.actions[0],
        "funnel": journey.funnel[0],
    }
    for sheet in contract.SHEETS[1:]:
        record = records[sheet.key]
        for column in sheet.columns:
            if column.key == "effort":
                assert record.feasibility == 4  # feasibility wins over effort when both are given
                continue
            if sheet.key in ("personas", "stages") and column.key == "name":
                continue
            expected = SAMPLE_VALUES[column.kind][1]
            if column.kind == contract.MEASURE:  # a KPI's values, read as one
                assert (getattr(record.values, column.key), record.values.unit) == (expected, "%"), sheet.key
                continue
            assert getattr(record, FIELD.get(column.key, column.key)) == expected, (sheet.key, column.key)


def test_aliases_beyond_the_three_languages(tmp_path):
    path = write_workbook(
        tmp_path / "b.xlsx",
        {
            **MINIMAL,
            "Personas": [["Name", "Job title"], ["Ana", "Nurse"], ["Ben", ""]],
            "Touchpoints": [["Stage", "Touchpoint", "Costo"], ["Awareness", "Ad", "15"]],
        },
    )
    journey = read(path)
    assert journey.personas[0].occupation == "Nurse"
    assert journey.touchpoints[0].cost == 15.0


def test_title_rows_free_column_order_blank_rows_and_merged_cells(tmp_path):
    import openpyxl

    path = write_workbook(
        tmp_path / "b.xlsx",
        {
            **MINIMAL,
            "Touchpoints": [
                ["Touchpoints of the Acme journey"],
                [],
                ["Owner", "Touchpoint", "Notes", "Stage"],
                ["Marketing", "Instagram ad", "from the workshop", "Awareness"],
                [],
                ["", "TV spot", "", ""],
            ],
        },
    )
    wb = openpyxl.load_workbook(path)
    wb["Touchpoints"].merge_cells("D4:D6")  # one stage for two touchpoints
    wb["Touchpoints"].merge_cells("A1:D1")
    wb.save(path)
    journey = read(path)
    assert [(t.name, t.stage, t.owner) for t in journey.touchpoints] == [
        ("Instagram ad", "Awareness", "Marketing"),
        ("TV spot", "Awareness", ""),
    ]
    assert dict(journey.touchpoints[0].extra) == {"Notes": "from the workshop"}
    assert journey.touchpoints[0].origin.row == 4
    assert journey.touchpoints[1].origin.row == 6


def test_lists_scores_and_rows_for_every_persona(make_workbook):
    journey = read(
        make_workbook(Journey=[["Stage", "Emotion", "Pain points"], ["Purchase", 4.0, "• one\n- two;; three"]])
    )
    row = journey.rows[0]
    assert row.pain_points == ("one", "two", "three")
    assert row.emotion == 4
    assert row.persona is None and row.applies_to("Ana") and row.applies_to("Ben")
    assert journey.emotion("Ben", "Purchase") == 4


def test_effort_gives_feasibility(make_workbook):
    journey = read(make_workbook(Actions=[["Action", "Impact", "Effort"], ["Fix", 4, 5]]))
    assert journey.actions[0].feasibility == 1
    assert journey.actions[0].quadrant == "major_project"


def test_project_extras_and_banner_rows(make_workbook):
    journey = read(
        make_workbook(Project=[["Acme journey"], ["Field", "Value"], ["Client *", "Acme"], ["Sponsor", "CMO"]])
    )
    assert journey.project.client == "Acme"
    assert dict(journey.project.extra) == {"Sponsor": "CMO"}
    assert journey.project.map_type == "current_state"


def test_persona_sheet_keeps_unknown_columns(make_workbook):
    journey = read(make_workbook(Personas=[["Name", "Segment"], ["Ana", "Premium"], ["Ben", ""]]))
    assert dict(journey.personas[0].extra) == {"Segment": "Premium"}


def test_formula_with_cached_value_is_read(make_workbook, tmp_path):
    """A formula cell reads as its cached value (the workbook was saved by a spreadsheet)."""
    path = make_workbook(Actions=[["Action", "Impact", "Feasibility"], ["Fix", "=2+2", 3]])
    # openpyxl cannot write cached values: add one to the sheet XML as a spreadsheet would.
    import zipfile

    patched = tmp_path / "cached.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(patched, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = data.replace(b"<f>2+2</f><v></v>", b"<f>2+2</f><v>4</v>").replace(
                    b"<f>2+2</f>", b"<f>2+2</f><v>4</v>"
                )
            dst.writestr(item, data)
    journey = read(patched)
    assert journey.actions[0].impact == 4


@pytest.mark.parametrize(
    ("written", "key"),
    [(name, key) for key, names in contract.MAP_TYPES.items() for name in names],
)
def test_every_map_type_name(make_workbook, written, key):
    journey = read(make_workbook(Project=[["Client", "Acme"], ["Tipo de mapa", written.upper()]]))
    assert journey.project.map_type == key


@pytest.mark.parametrize(("written", "key"), [(n, k) for k, names in contract.MODES.items() for n in names])
def test_every_mode_name(make_workbook, written, key):
    journey = read(make_workbook(Touchpoints=[["Etapa", "Punto de contacto", "Modo"], ["Purchase", "Web", written]]))
    assert journey.touchpoints[0].mode == key


@pytest.mark.parametrize(("written", "key"), [(n, k) for k, names in contract.LANGUAGE_NAMES.items() for n in names])
def test_every_language_name(make_workbook, written, key):
    journey = read(make_workbook(Project=[["Cliente", "Acme"], ["Idioma", written]]))
    assert journey.project.language == key


@pytest.mark.parametrize(("written", "expected"), [(4, 4), (4.0, 4), ("4", 4), (" 4 ", 4), ("4.0", 4), (1, 1), (5, 5)])
def test_scores_accepted(make_workbook, written, expected):
    journey = read(make_workbook(Actions=[["Action", "Impact", "Feasibility"], ["Fix", written, 3]]))
    assert journey.actions[0].impact == expected


@pytest.mark.parametrize(
    ("written", "expected"), [(1200, 1200.0), ("1 200,50", 1200.5), ("1,200.50", 1200.5), ("€90", 90.0)]
)
def test_costs_accepted(make_workbook, written, expected):
    journey = read(make_workbook(Touchpoints=[["Stage", "Touchpoint", "Cost"], ["Purchase", "Web", written]]))
    assert journey.touchpoints[0].cost == expected
