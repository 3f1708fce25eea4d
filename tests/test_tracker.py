"""The action tracker: `build --tracker` writes it, an edited one is read back by `build` and compared by `check`."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from pptx import Presentation

from cjmdeck import findings
from cjmdeck.check import load_journey
from cjmdeck.cli import main
from cjmdeck.model import Action, KpiValues, Origin
from cjmdeck.names import tracker_name
from cjmdeck.text import quadrant_name, text
from cjmdeck.text.headlines import full_plan_title, plan_title
from cjmdeck.text.tracker import PLAN_COLUMNS
from cjmdeck.tracker_in import Given, Tracked, Tracker, apply_tracker, read_tracker
from tests.conftest import MINIMAL, write_workbook
from tests.deckutil import check_package, tiny_journey

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
EN = "home-furniture-en.xlsx"
TRACKER = "hearthwood-home-online-furniture-service-blueprint-actions.xlsx"
DECK = "hearthwood-home-online-furniture-service-blueprint-journey.pptx"
COLUMN = {key: chr(ord("A") + i) for i, key in enumerate(PLAN_COLUMNS)}  # A..R


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def sample(tmp_path: Path, name: str = EN) -> Path:
    """Return a copy of the sample `name` in `tmp_path`, so trackers are written and found beside it."""
    return Path(shutil.copy(SAMPLES / name, tmp_path / name))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the folder of the English sample's deck and tracker."""
    folder = tmp_path_factory.mktemp("tracker")
    result = run("build", sample(folder), "-o", folder, "--tracker", "--no-docx", "-j", "1")
    assert result.exit_code == 0, result.output
    return folder


def plan_table(deck: Path, title: str) -> list[list[str]]:
    """Return the header and rows of the table on the slides whose title starts with `title`."""
    slides = [s for s in Presentation(str(deck)).slides if s.shapes.title and s.shapes.title.text.startswith(title)]
    tables = [
        [[c.text for c in row.cells] for row in shape.table.rows]
        for s in slides
        for shape in s.shapes
        if shape.has_table
    ]
    assert len(tables) == len(slides) > 0
    return tables[0][:1] + [row for table in tables for row in table[1:]]


def test_the_plan_sheet_is_a_filtered_table_in_the_decks_order(built: Path) -> None:
    journey, _ = load_journey(built / EN)
    ranked = journey.prioritised_actions()
    book = openpyxl.load_workbook(built / TRACKER)
    assert book.sheetnames == ["Action plan", "Links"]
    assert book.properties.creator == "cjmdeck"
    assert book.properties.title == "Hearthwood Home: action plan"
    ws = book["Action plan"]
    assert [c.value for c in ws[1]] == [
        "Rank", "Action", "Stage", "Touchpoint", "Persona", "Problem", "Impact", "Feasibility", "Score", "Quadrant",
        "Owner", "Horizon", "Due date", "Status", "KPI", "Baseline", "Target", "Current",
    ]  # fmt: skip
    assert ws.freeze_panes == "A2"
    table = ws.tables["ActionPlan"]
    assert table.ref == f"A1:R{len(ranked) + 1}"
    assert table.autoFilter is not None and table.autoFilter.ref == table.ref
    assert table.tableStyleInfo.showRowStripes
    actions = [ws.cell(r, 2).value for r in range(2, len(ranked) + 2)]
    assert actions == [a.text for a in ranked]
    deck = plan_table(built / DECK, plan_title(findings.plan(journey), "en"))
    assert [row[1] for row in deck[1:]] == actions  # the deck's ranking
    assert [ws.cell(r, 1).value for r in range(2, len(ranked) + 2)] == list(range(1, len(ranked) + 1))
    assert ws["J2"].value == quadrant_name(ranked[0].quadrant, "en") == "Quick win"


def test_dropdowns_and_checks(built: Path) -> None:
    ws = openpyxl.load_workbook(built / TRACKER)["Action plan"]
    checks = {str(dv.sqref).split(":")[0][0]: dv for dv in ws.data_validations.dataValidation}
    status = checks[COLUMN["status"]]
    assert status.type == "list"
    assert status.formula1 == '"Proposed,Approved,In progress,Done,On hold,Backlog"'  # Backlog: the workbook's own
    owner = checks[COLUMN["owner"]]
    assert owner.type == "list" and owner.errorStyle == "warning"
    assert '"Brand marketing,' in owner.formula1 and "E-commerce manager" in owner.formula1
    assert "Warehouse operations" in owner.formula1  # a touchpoint's owner
    for key in ("impact", "feasibility"):
        score = checks[COLUMN[key]]
        assert (score.type, score.operator, score.formula1, score.formula2) == ("whole", "between", "1", "5")
    due = checks[COLUMN["due"]]
    assert due.type == "date"
    assert str(due.sqref) == "M2:M1000"


def test_due_dates_are_date_cells_and_percentages_are_fractions(built: Path) -> None:
    ws = openpyxl.load_workbook(built / TRACKER)["Action plan"]
    assert ws["M2"].value == dt.datetime(2026, 5, 15)
    assert ws["M2"].is_date and ws["M2"].number_format == "yyyy-mm-dd"
    assert (ws["P2"].value, ws["Q2"].value, ws["R2"].value) == (0.38, 0.5, 0.44)  # 38% -> 44%, target 50%
    assert ws["P2"].number_format == "0%"
    assert ws["P3"].value == 310 and ws["P3"].number_format == "General"


def test_rows_are_coloured_by_their_quadrant_cell(built: Path) -> None:
    ws = openpyxl.load_workbook(built / TRACKER)["Action plan"]
    (rules,) = list(ws.conditional_formatting)
    assert str(rules.sqref) == "A2:R1000"
    formulas = [rule.formula[0] for rule in rules.rules]
    assert formulas == ['$J2="Quick win"', '$J2="Major project"', '$J2="Fill-in"', '$J2="Thankless task"']
    fills = [rule.dxf.fill.fgColor.rgb for rule in rules.rules]
    assert len(set(fills)) == 4


def test_the_links_sheet_has_a_row_per_action_and_each_action_links_to_it(built: Path) -> None:
    book = openpyxl.load_workbook(built / TRACKER)
    plan, links = book["Action plan"], book["Links"]
    assert [c.value for c in links[1]] == [
        "Rank", "Action", "Stage", "Stage's customer goal", "Touchpoint", "Channel", "Obstacle", "Problem",
        "Pain points at the stage",
    ]  # fmt: skip
    assert links.max_row == plan.max_row == 14
    for row in range(2, plan.max_row + 1):
        link = plan.cell(row, 2).hyperlink
        assert link.location == f"'Links'!A{row}" and not link.target
        assert links.cell(row, 2).value == plan.cell(row, 2).value
    first = [c.value for c in links[2]]
    assert first[2:7] == [
        "Purchase decision",
        "Pay a fair price with a clear delivery date",
        "Checkout & delivery options",
        "Website",
        "£49 fee and lead time shown late",
    ]
    assert first[8] == "Delivery fee and lead time only at checkout\nNo paid express option"


def test_the_tracker_is_valid_ooxml(built: Path) -> None:
    problems = check_package()(built / TRACKER)
    assert not problems, "\n".join(map(str, problems))


@pytest.mark.parametrize(
    ("name", "lang", "sheets", "headers"),
    [
        ("fashion-store-es.xlsx", "es", ["Plan de acción", "Vínculos"], ("Posición", "Acción", "Fecha límite")),
        ("drugstore-pl.xlsx", "pl", ["Plan działania", "Powiązania"], ("Pozycja", "Działanie", "Termin realizacji")),
        (EN, "en", ["Action plan", "Links"], ("Rank", "Action", "Due date")),
    ],
)
def test_headers_in_each_language(tmp_path: Path, name: str, lang: str, sheets: list[str], headers: tuple) -> None:
    result = run("build", sample(tmp_path, name), "-o", tmp_path / "out", "--no-pptx", "--no-docx", "--tracker")
    assert result.exit_code == 0, result.output
    (path,) = (tmp_path / "out").glob("*-actions.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:2] == sheets  # and a hidden sheet of owners when they do not fit in the dropdown
    row = [c.value for c in book[sheets[0]][1]]
    assert row == [text(f"tracker_{key}", lang) for key in PLAN_COLUMNS]
    assert (row[0], row[1], row[12]) == headers
    status = next(dv for dv in book[sheets[0]].data_validations.dataValidation if str(dv.sqref).startswith("N"))
    assert status.formula1.startswith('"' + text("tracker_proposed", lang) + ",")
    rule = next(iter(book[sheets[0]].conditional_formatting)).rules[0]
    assert rule.formula == [f'$J2="{quadrant_name("quick_win", lang)}"']


def edit(path: Path, cells: dict[str, object]) -> None:
    """Change `cells` of the tracker's plan sheet, as a project manager would in Excel."""
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    for cell, value in cells.items():
        ws[cell] = value
    book.save(path)


def test_an_edited_tracker_wins_over_the_workbook_in_the_deck_and_the_new_tracker(tmp_path: Path) -> None:
    workbook = sample(tmp_path)
    assert run("build", workbook, "-o", tmp_path, "--tracker", "--no-docx", "-j", "1").exit_code == 0
    edit(
        tmp_path / TRACKER,
        {"N2": "Done", "M2": dt.date(2026, 7, 1), "R2": 0.48, "N3": "On hold", "K3": "Web team", "R3": 350},
    )
    before = (tmp_path / EN).read_bytes()
    result = run("build", workbook, "-o", tmp_path, "--tracker", "--no-docx", "-j", "1")
    assert result.exit_code == 0, result.output
    assert (tmp_path / EN).read_bytes() == before  # the workbook is never changed

    journey, _ = load_journey(workbook)
    plan = findings.plan(journey)
    body = plan_table(tmp_path / DECK, plan_title(plan, "en"))
    assert body[2][1].startswith("Put the phone number") and body[2][7] == "Web team"
    full = plan_table(tmp_path / DECK, full_plan_title(plan, "en"))
    status = full[0].index("Status")
    assert (full[1][status], full[2][status]) == ("Done", "On hold")

    ws = openpyxl.load_workbook(tmp_path / TRACKER)["Action plan"]
    assert [ws[c].value for c in ("N2", "M2", "R2", "N3", "K3", "R3")] == [
        "Done", dt.datetime(2026, 7, 1), 0.48, "On hold", "Web team", 350,
    ]  # fmt: skip
    assert ws["N4"].value == "Proposed"  # an action not edited keeps the workbook's values

    result = run("check", workbook)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    start = f"{workbook}: warning: {TRACKER}!"
    assert f"{start}N2: status 'Done' differs from Actions!O2 'Approved'; build uses the tracker's" in lines
    assert f"{start}M2: due date '2026-07-01' differs from Actions!P2 '2026-05-15'; build uses the tracker's" in lines
    assert f"{start}R2: current '48%' differs from Actions!N2 '44%'; build uses the tracker's" in lines
    assert (
        f"{start}K3: owner 'Web team' differs from Actions!I4 'Digital product team'; build uses the tracker's" in lines
    )
    assert f"{start}R3: current '350' differs from Actions!N4 '330'; build uses the tracker's" in lines
    assert lines[-1].endswith("0 errors, 7 warnings")  # 1 of the workbook's own, 6 differences


def test_a_tracker_in_the_output_folder_is_read_back_too(make_workbook, tmp_path: Path) -> None:
    book = make_workbook()
    out = tmp_path / "out"
    assert run("build", book, "-o", out, "--tracker", "--no-pptx", "--no-docx").exit_code == 0
    tracker = out / "acme-retail-checkout-study-actions.xlsx"
    edit(tracker, {"N2": "Done", "B3": "An action nobody wrote"})
    result = run("build", book, "-o", out, "--tracker", "--no-pptx", "--no-docx")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        f"Warning: {book}: {tracker.name}!B3: action 'An action nobody wrote' is not in the workbook; "
        "its row is not used",
        f"Wrote {tracker} (replaced the earlier file)",
    ]
    assert openpyxl.load_workbook(tracker).worksheets[0]["N2"].value == "Done"
    assert "Done" not in run("check", book).output  # check looks beside the workbook only, unless told
    assert "status 'Done' differs from Actions row 2 (empty)" in run("check", book, "--tracker-in", tracker).output


def test_a_tracker_whose_header_row_is_gone_stops_the_build_and_is_kept(make_workbook, tmp_path: Path) -> None:
    book = make_workbook()
    out = tmp_path / "out"
    assert run("build", book, "-o", out, "--tracker", "--no-pptx", "--no-docx").exit_code == 0
    tracker = out / "acme-retail-checkout-study-actions.xlsx"
    edited = openpyxl.load_workbook(tracker)
    edited.worksheets[0]["N2"] = "Done"
    edited.worksheets[0].delete_rows(1)  # the client deleted the header row: only the Links sheet names actions
    edited.save(tracker)
    before = tracker.read_bytes()
    result = run("build", book, "-o", out, "--tracker", "--no-pptx", "--no-docx")
    assert result.exit_code == 1
    assert "so it is not an action tracker" in result.output
    assert tracker.read_bytes() == before  # the client's edits are not written over


def test_tracker_in_that_is_not_a_workbook_is_one_line_and_writes_nothing(make_workbook, tmp_path: Path) -> None:
    book = make_workbook()
    notes = tmp_path / "notes.xlsx"
    notes.write_text("Action,Status\nShow shipping costs early,Done\n", encoding="utf-8")
    result = run("build", book, "-o", tmp_path / "out", "--tracker", "--tracker-in", notes)
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {notes}: not an Excel workbook (plain text or CSV?); "
        "open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx)\n"
    )
    assert not (tmp_path / "out").exists()


def test_tracker_in_without_an_action_column_is_one_line_and_writes_nothing(make_workbook, tmp_path: Path) -> None:
    book = make_workbook()
    other = write_workbook(tmp_path / "other.xlsx", {"Plan": [["Rank", "Status"], [1, "Done"]]})
    result = run("build", book, "-o", tmp_path / "out", "--tracker-in", other)
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {other}: no 'Action' column with 'Status', 'Owner', 'Due date' or KPI columns beside it "
        "in the first 10 rows of any sheet, so it is not an action tracker "
        "('cjmdeck build --tracker' writes one)\n"
    )
    assert not (tmp_path / "out").exists()
    result = run("check", book, "--tracker-in", other)
    assert result.exit_code == 1
    assert result.output.splitlines()[0].startswith(f"{other}: error: no 'Action' column")


def test_a_damaged_tracker_beside_the_workbook_stops_its_build(make_workbook, tmp_path: Path) -> None:
    book = make_workbook()
    (tmp_path / "acme-retail-checkout-study-actions.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    result = run("build", book, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert result.output.endswith("the file is damaged or incomplete (truncated .xlsx); save it again from Excel\n")
    assert not (tmp_path / "out").exists()


def test_tracker_in_takes_one_workbook(make_workbook, tmp_path: Path) -> None:
    one, two = make_workbook("one.xlsx"), make_workbook("two.xlsx")
    result = run("build", one, two, "-o", tmp_path / "out", "--tracker-in", one)
    assert result.exit_code == 2
    assert (
        result.output.splitlines()[-1] == "Error: Invalid value for '--tracker-in': give one workbook with --tracker-in"
    )
    assert run("check", one, two, "--tracker-in", one).exit_code == 2


def test_tracker_in_naming_the_workbook_itself_is_a_usage_error(make_workbook, tmp_path: Path) -> None:
    book = make_workbook()
    message = f"Error: Invalid value for '--tracker-in': {book} is the workbook itself; give its action tracker, "
    message += "<client>-<project>-actions.xlsx"
    for command in (["build", book, "-o", tmp_path / "out"], ["check", book]):
        result = run(*command, "--tracker-in", book)
        assert result.exit_code == 2
        assert result.output.splitlines()[-1] == message
    assert not (tmp_path / "out").exists()


def test_split_and_languages_name_each_tracker_like_its_deck(make_workbook, tmp_path: Path) -> None:
    book = make_workbook()
    result = run("build", book, "-o", tmp_path / "out", "--no-pptx", "--no-docx", "--tracker", "--split", "persona")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "acme-retail-checkout-study-actions-ana.xlsx",
        "acme-retail-checkout-study-actions-ben.xlsx",
    ]
    journey, _ = load_journey(book)
    assert tracker_name(journey, "acme-retail-checkout-study-journey-ana-es-2") == (
        "acme-retail-checkout-study-actions-ana-es-2.xlsx"
    )
    assert tracker_name(journey, "acme-retail-checkout-study-workshop", "workshop") == (
        "acme-retail-checkout-study-actions.xlsx"
    )


def test_no_pptx_and_no_docx_with_tracker_still_builds_but_alone_does_not(make_workbook, tmp_path: Path) -> None:
    book = make_workbook()
    assert run("build", book, "-o", tmp_path / "out", "--no-pptx", "--no-docx").exit_code == 2
    result = run("build", book, "-o", tmp_path / "out", "--no-pptx", "--no-docx", "--xlsx")
    assert result.output == f"Wrote {tmp_path / 'out' / 'acme-retail-checkout-study-actions.xlsx'}\n"


def test_a_journey_without_actions_gets_an_empty_valid_table(make_workbook, tmp_path: Path) -> None:
    book = make_workbook(Actions=None)
    assert run("build", book, "-o", tmp_path, "--no-pptx", "--no-docx", "--tracker").exit_code == 0
    path = tmp_path / "acme-retail-checkout-study-actions.xlsx"
    ws = openpyxl.load_workbook(path)["Action plan"]
    assert ws.tables["ActionPlan"].ref == "A1:R2"
    (owner,) = [dv for dv in ws.data_validations.dataValidation if str(dv.sqref).startswith("K")]
    assert owner.formula1 == '"E-commerce,Marketing"'  # the touchpoints' owners
    problems = check_package()(path)
    assert not problems, "\n".join(map(str, problems))


def test_long_or_comma_lists_go_to_a_hidden_sheet_and_text_never_becomes_a_formula(tmp_path: Path) -> None:
    owners = [f"Team {n}, EMEA" for n in range(30)]
    actions = [["Action", "Impact", "Feasibility", "Owner"], ['=HYPERLINK("http://x")', 5, 5, owners[0]]]
    actions += [[f"Action {n}", 3, 3, owner] for n, owner in enumerate(owners[1:])]
    book = write_workbook(tmp_path / "book.xlsx", {**MINIMAL, "Actions": actions})
    wb = openpyxl.load_workbook(book)
    wb["Actions"]["A2"].data_type = "s"  # text that looks like a formula, as a client may type with a leading '
    wb.save(book)
    assert run("build", book, "-o", tmp_path, "--no-pptx", "--no-docx", "--tracker").exit_code == 0
    path = tmp_path / "acme-retail-checkout-study-actions.xlsx"
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Action plan", "Links", "Lists"] and wb["Lists"].sheet_state == "hidden"
    owner = next(dv for dv in wb["Action plan"].data_validations.dataValidation if str(dv.sqref).startswith("K"))
    assert owner.formula1 == "'Lists'!$A$1:$A$32"  # 30 teams, E-commerce and Marketing of the touchpoints
    assert wb["Lists"]["A1"].value == "E-commerce"
    assert wb["Action plan"]["B2"].value == '=HYPERLINK("http://x")' and wb["Action plan"]["B2"].data_type == "s"
    assert not check_package()(path)
    assert read_tracker(path).rows[0].text == '=HYPERLINK("http://x")'


def action(text: str, **values: object) -> Action:
    return Action(text, 4, 4, stage="A", origin=Origin("Actions", 2), **values)  # type: ignore[arg-type]


def tracked(text: str, **values: Given) -> Tracked:
    return Tracked(text, "B2", values)


def test_apply_takes_given_values_keeps_the_rest_and_warns_about_unknown_actions() -> None:
    journey = tiny_journey(
        actions=(
            action("Fix checkout", status="Approved", owner="Web", values=KpiValues(40, 50, 44, "%")),
            action("Call back", status="Proposed", due=dt.date(2026, 1, 1)),
        )
    )
    tracker = Tracker(
        "t.xlsx",
        (
            tracked("fix  CHECKOUT!", status=Given("Done", "N2"), current=Given(48.0, "R2", "%")),
            tracked("Call back"),  # empty cells keep the workbook's
            tracked("Gone", status=Given("Done", "N4")),
        ),
        ("t.xlsx!S1: column 'Notes' is not read; a tracker written again does not keep it",),
    )
    merged, diagnostics = apply_tracker(journey, tracker, "book.xlsx", differences=True)
    first, second = merged.actions
    assert (first.status, first.owner, first.values) == ("Done", "Web", KpiValues(40, 50, 48.0, "%"))
    assert second == journey.actions[1]
    assert journey.actions[0].status == "Approved"  # the journey given is not changed
    assert [d.message for d in diagnostics] == [
        "t.xlsx!S1: column 'Notes' is not read; a tracker written again does not keep it",
        "t.xlsx!B2: action 'Gone' is not in the workbook; its row is not used",
        "t.xlsx!N2: status 'Done' differs from Actions row 2 'Approved'; build uses the tracker's",
        "t.xlsx!R2: current '48%' differs from Actions row 2 '44%'; build uses the tracker's",
    ]
    _, quiet = apply_tracker(journey, tracker, "book.xlsx")
    assert len(quiet) == 2  # without `differences`, only what could not be used


def test_unreadable_tracker_values_are_warned_about_and_the_workbooks_kept(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "t.xlsx",
        {"Action plan": [["Action", "Due date", "Target", "Status"], ["Fix", 12, "lots", "Done"], ["Fix", 1, 1, "x"]]},
    )
    tracker = read_tracker(path)
    assert tracker.problems == (
        "t.xlsx!B2: due date must be a date, got '12'; the workbook's value is kept",
        "t.xlsx!C2: target must be a number (a trailing % is allowed), got 'lots'; the workbook's value is kept",
        "t.xlsx!A3: action 'Fix' is listed twice; row 2 is used",
    )
    assert dict(tracker.rows[0].values) == {"status": Given("Done", "D2")}


def test_an_action_showing_a_spreadsheet_error_is_warned_about(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "t.xlsx", {"Action plan": [["Action", "Status"], ["Fix", "Done"], ["#N/A", "In progress"]]}
    )
    tracker = read_tracker(path)
    assert tracker.problems == ("t.xlsx!A3: the action shows the spreadsheet error #N/A; its row is not read",)
    assert [row.text for row in tracker.rows] == ["Fix"]
