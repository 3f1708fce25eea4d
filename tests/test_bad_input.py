"""Awkward workbooks found in the wild: each gets a clear diagnostic, never a traceback."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from cjmdeck.check import check_workbook
from cjmdeck.cli import main
from cjmdeck.xlsx import Book
from tests.conftest import MINIMAL, write_workbook


def messages(path: Path) -> list[str]:
    """Return the diagnostics of `path` without the path."""
    return [str(d)[len(str(path)) :] for d in check_workbook(path).diagnostics]


def patch_part(path: Path, part: str, edit) -> Path:
    """Rewrite one part of the package at `path` in place with `edit(bytes) -> bytes`."""
    with zipfile.ZipFile(path) as zf:
        items = [(info, zf.read(info.filename)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w") as zf:
        for info, data in items:
            zf.writestr(info, edit(data) if info.filename == part else data)
    return path


def journey_part(path: Path) -> str:
    index = openpyxl.load_workbook(path).sheetnames.index("Journey") + 1
    return f"xl/worksheets/sheet{index}.xml"


def test_formula_whose_saved_result_is_empty_reads_as_blank(make_workbook):
    path = make_workbook(Journey=[["Stage", "Emotion"], ["Purchase", 3]])
    patch_part(
        path,
        journey_part(path),
        lambda d: d.replace(b'<c r="B2" t="n"><v>3</v></c>', b'<c r="B2" t="str"><f>IF(1=1,"",3)</f><v></v></c>'),
    )
    assert check_workbook(path).count("error") == 0


def test_huge_numbers(make_workbook):
    path = make_workbook(Journey=[["Stage", "Emotion"], ["Purchase", 7]])
    huge = b"1" * 400  # a number openpyxl reads as an int too large for a float
    patch_part(
        path,
        journey_part(path),
        lambda d: d.replace(b'<c r="B2" t="n"><v>7</v>', b'<c r="B2" t="n"><v>' + huge + b"</v>"),
    )
    (line,) = [m for m in messages(path) if "error" in m]
    assert line.startswith(":Journey!B2: error: 'Emotion' must be a whole number from 1 to 5, got '1111")
    assert line.endswith("…'")


@pytest.mark.parametrize("value", ["0_4", "٤", "4.5", "x"])
def test_odd_scores_are_rejected(make_workbook, value):
    path = make_workbook(Journey=[["Stage", "Emotion"], ["Purchase", value]])
    assert f":Journey!B2: error: 'Emotion' must be a whole number from 1 to 5, got {value!r}" in messages(path)


def test_a_chart_sheet_named_like_a_contract_sheet_is_ignored(make_workbook):
    path = make_workbook(Journey=None)
    wb = openpyxl.load_workbook(path)
    from openpyxl.chart import BarChart

    wb.create_chartsheet("Journey").add_chart(BarChart())
    wb.save(path)
    assert check_workbook(path).count("error") == 0


def test_a_far_away_formatted_cell_does_not_stretch_the_sheet(make_workbook):
    path = make_workbook()
    wb = openpyxl.load_workbook(path)
    wb["Journey"]["XFD1048576"].number_format = "0.00"
    wb["Journey"].merge_cells("G1:G3000")  # (openpyxl itself takes seconds on a whole-column merge)
    wb.save(path)
    rows = Book(path).rows("Journey")
    assert len(rows) == 4 and len(rows[0]) == 4


def test_a_hidden_old_copy_of_a_sheet_is_skipped(make_workbook):
    path = make_workbook()
    wb = openpyxl.load_workbook(path)
    old = wb.create_sheet("Etapas", 0)
    old.append(["Etapa"])
    old.append(["Vieja"])
    old.sheet_state = "hidden"
    wb.save(path)
    assert check_workbook(path).count("error") == 0


def test_two_visible_copies_of_a_sheet_are_an_error(make_workbook):
    path = make_workbook()
    wb = openpyxl.load_workbook(path)
    wb.create_sheet("Etapas").append(["Etapa"])
    wb.save(path)
    assert (
        ": error: several sheets are the Stages sheet ('Stages', 'Etapas'); rename or delete all but one"
        in messages(path)
    )


def test_spreadsheet_error_values(make_workbook):
    path = make_workbook(Project=[["Client", "#N/A"]])
    patch_part(
        path,
        "xl/worksheets/sheet1.xml",
        lambda d: d.replace(b'<c r="B1" t="inlineStr"><is><t>#N/A</t></is></c>', b'<c r="B1" t="e"><v>#N/A</v></c>'),
    )
    assert messages(path) == [":Project!B1: error: 'Client' shows the spreadsheet error #N/A; fix the cell"]


def test_a_header_with_a_line_break_gives_one_line_messages(make_workbook):
    path = make_workbook(Journey=[["Stage", "Emotion\n*"], ["Purchase", "bad"]])
    assert ":Journey!B2: error: 'Emotion *' must be a whole number from 1 to 5, got 'bad'" in messages(path)


def test_project_laid_out_across(make_workbook):
    path = make_workbook(Project=[["Client", "Project", "Language"], ["Acme", "Study", "es"]])
    journey = check_workbook(path).journey
    assert journey is not None
    assert (journey.project.client, journey.project.project, journey.project.language) == ("Acme", "Study", "es")


def test_project_key_merged_over_the_value_column(make_workbook):
    path = make_workbook(Project=[["Client *", None]])
    wb = openpyxl.load_workbook(path)
    wb["Project"].merge_cells("A1:B1")
    wb.save(path)
    assert messages(path) == [":Project!B1: error: Client is empty; it is required"]


def test_project_field_given_twice(make_workbook):
    path = make_workbook(Project=[["Client", "Acme"], ["Cliente", "Other"]])
    assert ":Project!B2: warning: 'Cliente' is given twice; B1 is used" in messages(path)
    assert check_workbook(path).journey.project.client == "Acme"


@pytest.mark.parametrize(("written", "expected"), [("1,200", 1200.0), ("1.200", 1200.0), ("1,5", 1.5)])
def test_thousands_separators(make_workbook, written, expected):
    path = make_workbook(Touchpoints=[["Stage", "Touchpoint", "Cost"], ["Purchase", "Web", written]])
    assert check_workbook(path).journey.touchpoints[0].cost == expected


def test_strict_open_xml(make_workbook):
    path = make_workbook()
    patch_part(
        path,
        "xl/workbook.xml",
        lambda d: d.replace(
            b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
            b"http://purl.oclc.org/ooxml/spreadsheetml/main",
        ),
    )
    assert messages(path) == [
        ": error: saved as Strict Open XML, which cannot be read; "
        "open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx)"
    ]


def test_names_made_of_symbols_stay_distinct(make_workbook):
    path = make_workbook(Stages=[["Stage"], ["❤️"], ["⭐"]], Journey=None, Touchpoints=None, Questions=None)
    assert check_workbook(path).count("error") == 0


def test_placeholders_of_new_are_flagged(tmp_path):
    path = tmp_path / "b.xlsx"
    CliRunner().invoke(main, ["new", str(path), "--lang", "es"])
    found = messages(path)
    assert ":Proyecto: warning: the client is still the placeholder 'Nombre del cliente'" in found
    assert ":Personas!A2: warning: persona 'Persona 1' is still the placeholder; give it a name" in found


def test_a_missing_sheet_is_reported_once_not_on_every_reference(make_workbook):
    path = make_workbook(Stages=None)
    assert [m for m in messages(path) if "error" in m] == [
        ": error: missing sheet 'Stages' (expected one of: Stages, Etapas, Etapy; "
        "found: Project, Personas, Journey, Touchpoints, Questions, Actions)"
    ]


def test_a_workbook_without_the_xlsx_extension(make_workbook, tmp_path):
    path = make_workbook()
    renamed = tmp_path / "book.xlsx.download"
    path.rename(renamed)
    assert check_workbook(renamed).count("error") == 0


def test_messages_use_the_workbooks_own_headers_and_rows(tmp_path):
    path = write_workbook(
        tmp_path / "b.xlsx",
        {
            **MINIMAL,
            "Acciones": [["Plan de acción"], [], ["Acción", "Impacto", "Esfuerzo"], ["Arreglar", 4, None]],
        },
    )
    path = write_workbook(
        path,
        {k: v for k, v in {**MINIMAL, "Acciones": None}.items() if k != "Actions"}
        | {
            "Acciones": [
                ["Plan de acción"],
                [],
                ["Acción", "Impacto", "Viabilidad", "Esfuerzo"],
                ["Arreglar", 4, None, 9],
            ]
        },
    )
    assert [m for m in messages(path) if "error" in m] == [
        ":Acciones!D4: error: 'Esfuerzo' must be a whole number from 1 to 5, got '9'"
    ]
    path = write_workbook(
        path,
        {k: v for k, v in MINIMAL.items() if k != "Actions"}
        | {"Acciones": [["Plan de acción"], [], ["Acción", "Impacto"], ["Arreglar", 4]]},
    )
    assert ":Acciones!A3: error: no 'Feasibility' or 'Effort' header; one of the two columns is required" in messages(
        path
    )


def test_duplicate_columns_and_disagreeing_scores_are_flagged(make_workbook):
    path = make_workbook(Actions=[["Action", "Impact", "Feasibility", "Effort", "Impact"], ["Fix", 4, 5, 5, 1]])
    found = messages(path)
    assert ":Actions!E1: warning: column 'Impact' appears twice; only column B is read" in found
    assert (
        ":Actions!D2: warning: 'Feasibility' 5 and 'Effort' 5 disagree (feasibility = 6 - effort); "
        "'Feasibility' is used" in found
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_not_read(tmp_path):
    fifo = tmp_path / "pipe.xlsx"
    os.mkfifo(fifo)
    result = CliRunner().invoke(main, ["check", str(fifo)])
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (f"{fifo}: error: not a regular file; give the path of an .xlsx workbook")


def test_new_into_a_file_instead_of_a_folder(tmp_path):
    (tmp_path / "afile").write_text("x")
    result = CliRunner().invoke(main, ["new", str(tmp_path / "afile" / "x.xlsx")])
    assert result.exit_code == 1
    assert result.output.endswith(f"'{tmp_path / 'afile'}' is not a folder\n")


def test_new_with_a_name_too_long(tmp_path):
    result = CliRunner().invoke(main, ["new", str(tmp_path / ("x" * 300 + ".xlsx"))])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and "cannot write the file: File name too long" in result.output


def test_excel_escaped_carriage_returns_are_line_breaks(make_workbook):
    path = make_workbook(Journey=[["Stage", "Pain points"], ["Purchase", "PLACEHOLDER"]])
    patch_part(path, journey_part(path), lambda d: d.replace(b"PLACEHOLDER", b"Slow site_x000D_\nHidden fees"))
    journey = check_workbook(path).journey
    assert journey.rows[0].pain_points == ("Slow site", "Hidden fees")
