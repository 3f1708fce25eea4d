"""`cjmdeck check`: every validation rule, exact messages, exit codes, JSON and the summary."""

from __future__ import annotations

import json
import zipfile

import pytest
from click.testing import CliRunner

from cjmdeck.cli import main
from tests.wordtemplates import png


def run_check(*args: object):
    return CliRunner().invoke(main, ["check", *map(str, args)])


def lines(result) -> list[str]:
    return [line.split("book.xlsx", 1)[-1] for line in result.output.splitlines()]


def test_clean_workbook(make_workbook):
    result = run_check(make_workbook())
    assert result.exit_code == 0, result.output
    assert lines(result) == [": 2 personas, 2 stages, 2 touchpoints, 1 question, 1 action, 0 errors, 0 warnings"]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"Touchpoints": [["Stage", "Touchpoint"], ["Awarness", "Ad"], ["Purchase", "Web"]]},
            ":Touchpoints!A2: error: unknown stage 'Awarness' (did you mean 'Awareness'?)",
        ),
        (
            {"Journey": [["Persona", "Stage"], ["Zed", "Purchase"]]},
            ":Journey!A2: error: unknown persona 'Zed' (known: 'Ana', 'Ben')",
        ),
        (
            {"Journey": [["Stage", "Emotion"], ["Purchase", "high"]]},
            ":Journey!B2: error: 'Emotion' must be a whole number from 1 to 5, got 'high'",
        ),
        (
            {"Journey": [["Stage", "Engagement"], ["Purchase", 4.5]]},
            ":Journey!B2: error: 'Engagement' must be a whole number from 1 to 5, got '4.5'",
        ),
        (
            {"Actions": [["Action", "Impact", "Feasibility"], ["Fix", 6, 2]]},
            ":Actions!B2: error: 'Impact' must be a whole number from 1 to 5, got '6'",
        ),
        (
            {"Actions": [["Action", "Impact", "Feasibility"], ["Fix", 4, None]]},
            ":Actions!C2: error: 'Feasibility' or 'Effort' is empty; one of the two is required",
        ),
        (
            {"Actions": [["Action", "Impact", "Owner"], ["Fix", 4, "Ops"]]},
            ":Actions!A1: error: no 'Feasibility' or 'Effort' header; one of the two columns is required",
        ),
        (
            {"Touchpoints": [["Stage", "Touchpoint", "Cost"], ["Purchase", "Web", -5]]},
            ":Touchpoints!C2: error: 'Cost' must be a number of 0 or more, got '-5'",
        ),
        (
            {"Touchpoints": [["Stage", "Touchpoint", "Mode"], ["Purchase", "Web", "both"]]},
            ":Touchpoints!C2: error: 'Mode' must be online or offline, got 'both'",
        ),
        (
            {"Touchpoints": [["Stage", "Touchpoint"], ["Purchase", None], ["Awareness", "Ad"]]},
            ":Touchpoints!B2: error: 'Touchpoint' is empty; it is required",
        ),
        (
            {"Stages": [["Stage"], ["Awareness"], ["awareness"], ["Purchase"]]},
            ":Stages!A3: error: duplicate stage 'awareness' (also in row 2)",
        ),
        (
            {"Personas": [["Name"]]},
            ":Personas!A2: error: no personas: add at least one persona row",
        ),
        (
            {"Touchpoints": [["Where", "What"], ["Purchase", "Web"]]},
            ":Touchpoints!A1: error: no header row with the required columns 'Stage', 'Touchpoint' "
            "in the first 10 rows",
        ),
        (
            {"Stages": None},
            ": error: missing sheet 'Stages' (expected one of: Stages, Etapas, Etapy; "
            "found: Project, Personas, Journey, Touchpoints, Questions, Actions)",
        ),
        (
            {"Project": [["Project", "Study"]]},
            ":Project!A1: error: Client is missing (put 'Client' in column A and its name in column B); it is required",
        ),
        (
            {"Project": [["Client", None]]},
            ":Project!B1: error: Client is empty; it is required",
        ),
        (
            {"Project": [["Client", "Acme"], ["Map type", "Someday"]]},
            ":Project!B2: error: 'Map type' must be one of: Current state, Future state, Day in the life, "
            "Service blueprint, got 'Someday'",
        ),
        (
            {"Project": [["Client", "Acme"], ["Language", "de"]]},
            ":Project!B2: error: 'Language' must be en, es or pl, got 'de'",
        ),
        (
            {"Actions": [["Action", "Impact", "Feasibility"], ["Fix", "=2+3", 3]]},
            ":Actions!B2: error: formula has no cached value; open and save the workbook in Excel or LibreOffice",
        ),
    ],
)
def test_errors(make_workbook, changes, expected):
    result = run_check(make_workbook(**changes))
    assert result.exit_code == 1, result.output
    assert expected in lines(result)
    assert lines(result)[-1].endswith("0 warnings") or "warning" in result.output


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"Touchpoints": [["Stage", "Touchpoint"], ["Purchase", "Web"]]},
            ":Stages!A2: warning: stage 'Awareness' has no touchpoints",
        ),
        (
            {"Journey": [["Persona", "Stage", "Emotion"], ["Ana", "Awareness", 3], ["Ana", "Purchase", 2]]},
            ":Personas!A3: warning: persona 'Ben' has no journey rows",
        ),
        (
            {"Journey": [["Persona", "Stage", "Emotion"], ["", "Awareness", 3], ["Ana", "Purchase", 2]]},
            ":Personas!A3: warning: persona 'Ben' has no emotion score for stage 'Purchase'",
        ),
        (
            {"Actions": [["Action", "Impact", "Effort", "Owner"], ["Fix the returns page", 4, 2, None]]},
            ":Actions!D2: warning: action 'Fix the returns page' has no owner",
        ),
        (
            {"Questions": [["Question", "Answer"], ["Why do they leave?", None]]},
            ":Questions!B2: warning: question 'Why do they leave?' has no answer",
        ),
        (
            {"Stages": [["Stage", "KPI"], ["Awareness", "=A1"], ["Purchase", "Sales"]]},
            ":Stages!B2: warning: formula has no cached value; open and save the workbook in Excel or LibreOffice",
        ),
        (
            {"Touchpoints": [["Stage", "Touchpoint", "Budget"], ["Awareness", "Ad", 900], ["Purchase", "Web", None]]},
            ":Touchpoints!C1: warning: column 'Budget' is not one cjmdeck reads; the deck does not show it",
        ),
    ],
)
def test_warnings(make_workbook, changes, expected):
    path = make_workbook(**changes)
    result = run_check(path)
    assert result.exit_code == 0, result.output
    assert expected in lines(result)
    strict = run_check(path, "--strict")
    assert strict.exit_code == 1


def test_summary_counts_and_json(make_workbook):
    path = make_workbook(Questions=[["Question"], ["Open one"]])
    result = run_check(path, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["errors"] == 0 and data["warnings"] == 1
    (file,) = data["files"]
    assert file["summary"] == {
        "personas": 2,
        "stages": 2,
        "touchpoints": 2,
        "questions": 1,
        "actions": 1,
        "errors": 0,
        "warnings": 1,
    }
    assert file["diagnostics"] == [
        {
            "path": str(path),
            "severity": "warning",
            "message": "question 'Open one' has no answer",
            "sheet": "Questions",
            "cell": "A2",
        }
    ]


def test_several_workbooks_get_a_total(make_workbook):
    good = make_workbook("a.xlsx")
    bad = make_workbook("b.xlsx", Journey=[["Stage", "Emotion"], ["Nowhere", 3]])
    result = run_check(good, bad)
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == "2 workbooks: 1 error, 0 warnings"


def test_missing_file_is_a_usage_error(tmp_path):
    result = run_check(tmp_path / "nope.xlsx")
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_input_is_not_modified(make_workbook):
    path = make_workbook(Journey=[["Stage", "Emotion"], ["Nowhere", 3]])
    before = path.read_bytes()
    run_check(path)
    assert path.read_bytes() == before


def test_missing_photo_is_a_warning(make_workbook, tmp_path):
    (tmp_path / "ana.png").write_bytes(png())
    path = make_workbook(Personas=[["Name", "Photo"], ["Ana", "ana.png"], ["Ben", "photos/ben.png"]])
    assert lines(run_check(path)) == [
        ":Personas!B3: warning: photo 'photos/ben.png' is not a file next to the workbook; initials are shown instead",
        ": 2 personas, 2 stages, 2 touchpoints, 1 question, 1 action, 0 errors, 1 warning",
    ]


def test_an_unknown_column_left_empty_is_not_reported(make_workbook):
    path = make_workbook(Touchpoints=[["Stage", "Touchpoint", "Notes"], ["Awareness", "Ad"], ["Purchase", "Web"]])
    result = run_check(path)
    assert "Notes" not in result.output and result.output.endswith("0 errors, 0 warnings\n"), result.output


def test_photos_are_read_only_from_the_workbooks_folder(make_workbook, tmp_path):
    secret = tmp_path.parent / f"{tmp_path.name}-secret.png"
    secret.write_bytes(b"\x89PNG private")
    (tmp_path / "link.png").symlink_to(secret)
    rows = [["Name", "Photo"], ["Ana", str(secret)], ["Ben", f"../{secret.name}"], ["Cy", "link.png"]]
    path = make_workbook(Personas=rows, Journey=None)
    found = [line.split(": warning: ")[1] for line in lines(run_check(path)) if "photo" in line]
    outside = "points outside the workbook's folder, which cjmdeck does not read from; initials are shown instead"
    assert found == [f"photo {p!r} {outside}" for p in (str(secret), f"../{secret.name}", "link.png")]
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out"), "--no-docx"])
    assert result.exit_code == 0, result.output
    (deck,) = (tmp_path / "out").glob("*.pptx")
    with zipfile.ZipFile(deck) as package:
        assert not [n for n in package.namelist() if n.startswith("ppt/media/")]  # no photo taken from outside
    secret.unlink()


def test_control_characters_are_left_out_with_a_warning(make_workbook):
    path = make_workbook(Stages=[["Stage"], ["Aware_x000B_ness"], ["Purchase"]], Journey=None, Touchpoints=None)
    found = [line for line in lines(run_check(path)) if "control" in line]
    assert found == [":Stages!A2: warning: 'Stage' holds control characters no document can hold; they are left out"]
