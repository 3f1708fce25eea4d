"""`cjmdeck new`: a ready-to-fill workbook in each language that `check` accepts."""

from __future__ import annotations

import openpyxl
import pytest
from click.testing import CliRunner

from cjmdeck import contract
from cjmdeck.check import check_workbook
from cjmdeck.cli import main


def run(*args: object):
    return CliRunner().invoke(main, [*map(str, args)])


@pytest.mark.parametrize("lang", contract.LANGUAGES)
def test_new_then_check_has_no_errors(tmp_path, lang):
    path = tmp_path / "journey.xlsx"
    result = run("new", path, "--lang", lang)
    assert result.exit_code == 0, result.output
    assert result.output == f"Wrote {path}\n"
    report = check_workbook(path)
    assert report.count("error") == 0, [str(d) for d in report.diagnostics]
    journey = report.journey
    assert journey is not None
    assert len(journey.stages) == 5 and len(journey.questions) == 9
    assert journey.project.language == lang
    assert journey.stages[0].name == {"en": "Awareness", "es": "Conciencia", "pl": "Świadomość"}[lang]


@pytest.mark.parametrize("lang", contract.LANGUAGES)
def test_new_workbook_layout(tmp_path, lang):
    path = tmp_path / "journey.xlsx"
    run("new", path, "--lang", lang)
    wb = openpyxl.load_workbook(path)
    expected = [s.name(lang) for s in contract.SHEETS]
    assert wb.sheetnames[1:] == expected
    assert wb.sheetnames[0] == {"en": "Instructions", "es": "Instrucciones", "pl": "Instrukcja"}[lang]
    instructions = [c.value for row in wb.worksheets[0].iter_rows() for c in row if c.value]
    touchpoints = wb[contract.TOUCHPOINTS.name(lang)]
    for column in contract.TOUCHPOINTS.columns:  # every column is explained
        assert any(str(v).startswith(column.name(lang)) for v in instructions)
    assert [c.value for c in touchpoints[1]] == [c.name(lang) for c in contract.TOUCHPOINTS.columns]
    assert touchpoints.freeze_panes == "A2"
    assert touchpoints["A1"].font.bold
    assert touchpoints.column_dimensions["B"].width >= 20
    rules = {str(dv.sqref): dv for dv in touchpoints.data_validations.dataValidation}
    assert rules["A2:A1000"].formula1 == "cjm_stages"  # stage dropdown
    assert rules["C2:C1000"].formula1 == "cjm_personas"
    assert rules["E2:E1000"].formula1 == '"online,offline"'
    assert (rules["I2:I1000"].type, rules["I2:I1000"].formula1, rules["I2:I1000"].formula2) == ("whole", "1", "5")
    stages = contract.STAGES.name(lang)
    assert f"'{stages}'!$A:$A" in wb.defined_names["cjm_stages"].attr_text  # grows with rows added later


def test_new_refuses_to_overwrite(tmp_path):
    path = tmp_path / "journey.xlsx"
    path.write_bytes(b"precious")
    result = run("new", path)
    assert result.exit_code == 1
    assert result.output == f"Error: {path}: already exists; use --force to overwrite it\n"
    assert path.read_bytes() == b"precious"
    assert run("new", path, "--force").exit_code == 0
    assert check_workbook(path).count("error") == 0


def test_new_wants_xlsx(tmp_path):
    result = run("new", tmp_path / "journey.xls")
    assert result.exit_code == 2
    assert "the workbook's name must end in .xlsx" in result.output


def test_new_in_missing_folder(tmp_path):
    result = run("new", tmp_path / "nope" / "journey.xlsx")
    assert result.exit_code == 1
    assert result.output.endswith("nope/journey.xlsx: the folder does not exist\n")


@pytest.mark.parametrize("lang", contract.LANGUAGES)
def test_example_is_complete(tmp_path, lang):
    path = tmp_path / "example.xlsx"
    assert run("new", path, "--lang", lang, "--example").exit_code == 0
    report = check_workbook(path)
    assert report.count("error") == 0, [str(d) for d in report.diagnostics]
    journey = report.journey
    assert journey is not None
    assert len(journey.personas) >= 2 and len(journey.touchpoints) >= 18 and len(journey.actions) >= 10
    for persona in journey.personas:
        for stage in journey.stages:
            assert journey.emotion(persona.name, stage.name) is not None
