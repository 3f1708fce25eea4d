"""The bad-input corpus: every broken rule, odd export and hostile file, with the exact line cjmdeck prints.

Each refused case is run through `check` and `build`: exit 1 with the one-line diagnostic
(file, sheet and cell where there is one), no output written, and the input unchanged.
Accepted oddities build, with the warning `check` prints.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from cjmdeck.cli import main
from tests.conftest import MINIMAL, Sheets, write_workbook

SAVE_AS = "open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx)"
Make = Callable[[Path], Path]


def book(**changes: list[list[object]] | None) -> Make:
    """Return a maker of MINIMAL with sheets replaced (None drops a sheet)."""

    def make(folder: Path) -> Path:
        sheets: Sheets = {k: v for k, v in MINIMAL.items() if k not in changes}
        sheets.update({k: v for k, v in changes.items() if v is not None})
        return write_workbook(folder / "book.xlsx", sheets)

    return make


def edited(edit: Callable[[openpyxl.Workbook], object], **changes: list[list[object]] | None) -> Make:
    """Return a maker of `book(**changes)` then edited with openpyxl."""

    def make(folder: Path) -> Path:
        path = book(**changes)(folder)
        wb = openpyxl.load_workbook(path)
        edit(wb)
        wb.save(path)
        return path

    return make


def raw(data: bytes | Callable[[Path], bytes], name: str = "book.xlsx") -> Make:
    """Return a maker of a file holding `data`."""

    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data(folder) if callable(data) else data)
        return path

    return make


def patched(part: str, edit: Callable[[bytes], bytes], **changes: list[list[object]] | None) -> Make:
    """Return a maker of `book(**changes)` with one package part rewritten (`part` may be a sheet title)."""

    def make(folder: Path) -> Path:
        path = book(**changes)(folder)
        name = part
        if not part.startswith("xl/"):
            name = f"xl/worksheets/sheet{openpyxl.load_workbook(path).sheetnames.index(part) + 1}.xml"
        rewrite(path, {name: edit})
        return path

    return make


def rewrite(path: Path, edits: dict[str, Callable[[bytes], bytes]], extra: dict[str, bytes] | None = None) -> None:
    """Rewrite parts of the package at `path` in place, and add `extra` parts."""
    with zipfile.ZipFile(path) as zf:
        items = [(info, zf.read(info.filename)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in items:
            zf.writestr(info, edits.get(info.filename, lambda d: d)(data))
        for name, data in (extra or {}).items():
            zf.writestr(name, data)


def ratio(path: Path, part: str) -> str:
    """Return how many times `part` of the package at `path` is packed, as the message writes it."""
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(part)
    return f"{info.file_size / info.compress_size:,.0f}"


def zip_of(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return out.getvalue()


def ole2(extra: bytes = b"") -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + extra + b"\0" * 100


def whitespace_bomb(folder: Path) -> Path:
    path = book()(folder)
    rewrite(path, {"xl/worksheets/sheet1.xml": lambda d: d.replace(b"<sheetData>", b"<sheetData>" + b" " * 60_000_000)})
    return path


def many_parts(folder: Path) -> Path:
    path = book()(folder)
    rewrite(path, {}, {f"customXml/item{i}.xml": b"<a/>" for i in range(5_001)})
    return path


def lying_size(folder: Path) -> Path:
    """A part whose header declares 10 bytes while it unpacks to 300 MB (zipfile trusts the central directory)."""
    path = book()(folder)
    data = path.read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info.filename))
        dst.writestr("xl/media/filler.bin", b"\0" * 300_000_000)
    return raw(out.getvalue())(folder)


def damaged_member(folder: Path) -> Path:
    """A workbook whose sheet's compressed bytes are scrambled (a bad download)."""
    path = book()(folder)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("xl/worksheets/sheet2.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 5
    data[start : start + 40] = b"\xff" * 40
    path.write_bytes(bytes(data))
    return path


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10))
    + b"]>"
)
EXTERNAL = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'


def with_prolog(prolog: bytes) -> Callable[[bytes], bytes]:
    return lambda d: prolog + d[d.index(b"?>") + 2 :] if d.startswith(b"<?xml") else prolog + d


def merge_all(wb: openpyxl.Workbook) -> None:
    wb["Stages"].merged_cells.ranges.add("D1:XFD1048576")  # written as is; openpyxl would fill 17 billion cells


def stray_row(wb: openpyxl.Workbook) -> None:
    wb["Touchpoints"]["A1048576"] = "Awareness"


def sheet_xml_bomb(folder: Path) -> Path:
    path = book()(folder)
    rewrite(path, {"xl/worksheets/sheet3.xml": with_prolog(BILLION_LAUGHS)})
    return path


def too_many_cells(folder: Path) -> Path:
    rows: list[list[object]] = [["Stage", "Touchpoint", "Channel", "Owner"]]
    rows += [["Awareness", f"Ad {i}", "Social", "Marketing"] for i in range(25_001)]
    return book(Touchpoints=rows)(folder)


LONG = [["Stage", "Customer goal"], ["Awareness", "Find"], ["Purchase", "Buy"]]
STAGES_31 = [["Stage"]] + [[f"Stage {i}"] for i in range(1, 32)]
ACTION = ["Action", "Impact", "Feasibility"]

# id -> (maker, the line `check` prints after the workbook's path)
REFUSED: dict[str, tuple[Make, str | Callable[[Path], str]]] = {
    # files that are not workbooks
    "plain text": (
        raw(b"notes from the workshop\n"),
        f": error: not an Excel workbook (plain text or CSV?); {SAVE_AS}",
    ),
    "renamed csv": (
        raw(b"Stage,Touchpoint\nAwareness,Ad\n"),
        f": error: not an Excel workbook (plain text or CSV?); {SAVE_AS}",
    ),
    "old xls": (raw(ole2()), f": error: this is an old Excel 97-2003 file (.xls); {SAVE_AS}"),
    "encrypted": (
        raw(ole2("EncryptionInfo".encode("utf-16-le"))),
        ": error: the workbook is password-protected; remove the password (File > Info > Protect Workbook) "
        "and save it again",
    ),
    "xlsb": (
        raw(zip_of({"[Content_Types].xml": b"<Types/>", "xl/workbook.bin": b"\x83\x01\x00"})),
        f": error: not an Excel workbook (a zip file without a workbook); {SAVE_AS}",
    ),
    "ods": (
        raw(zip_of({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<office/>"})),
        f": error: not an Excel workbook (a zip file without a workbook); {SAVE_AS}",
    ),
    "excel lock file": (
        raw(b"\x05Maria" + b"\x20" * 48 + "Maria".encode("utf-16-le") + b"\0" * 54, "~$book.xlsx"),
        f": error: not an Excel workbook (plain text or CSV?); {SAVE_AS}",
    ),
    "empty file": (raw(b""), f": error: the file is empty; {SAVE_AS}"),
    "truncated": (
        lambda folder: raw(book()(folder).read_bytes()[:3000])(folder),
        ": error: the file is damaged or incomplete (truncated .xlsx); save it again from Excel",
    ),
    "damaged member": (
        damaged_member,
        f": error: the file is damaged (xl/worksheets/sheet2.xml is corrupt); {SAVE_AS}",
    ),
    "workbook part not xml": (
        patched("xl/workbook.xml", lambda d: b"<not xml"),
        f": error: the file is damaged (xl/workbook.xml is not well-formed XML: line 1, column 0); {SAVE_AS}",
    ),
    # hostile files
    "billion laughs": (
        sheet_xml_bomb,
        ": error: xl/worksheets/sheet3.xml declares a DTD or entities, which Excel never writes; refused",
    ),
    "external entity": (
        patched("xl/workbook.xml", with_prolog(EXTERNAL)),
        ": error: xl/workbook.xml declares a DTD or entities, which Excel never writes; refused",
    ),
    "whitespace zip bomb": (
        whitespace_bomb,
        lambda path: (
            f": error: xl/worksheets/sheet1.xml is packed {ratio(path, 'xl/worksheets/sheet1.xml')} to 1 "
            "(a zip bomb?); Office files are packed at most 100 to 1"
        ),
    ),
    "too many parts": (many_parts, ": error: the file holds 5,016 parts; an Office file holds at most 5,000"),
    "unpacks too large": (lying_size, ": error: the file unpacks to 286 MB; cjmdeck reads at most 200 MB"),
    "merged to the last cell": (
        edited(merge_all),
        ": error: sheet 'Stages' merges 17,176,723,456 cells (the largest range is D1:XFD1048576); "
        "cjmdeck reads at most 100,000: unmerge them",
    ),
    "100,000 cells": (
        too_many_cells,
        ": error: the workbook holds 100,054 filled cells (100,008 in sheet 'Touchpoints'); cjmdeck reads at most "
        "100,000: delete stray data or split the workbook",
    ),
    # Project
    "no Project sheet": (
        book(Project=None),
        ": error: missing sheet 'Project' (expected one of: Project, Proyecto, Projekt; "
        "found: Personas, Stages, Journey, Touchpoints, Questions, Actions)",
    ),
    "no client": (
        book(Project=[["Client", None], ["Project", "Study"]]),
        ":Project!B1: error: Client is empty; it is required",
    ),
    "client shows an error": (
        patched(
            "Project",
            lambda d: d.replace(
                b'<c r="B1" t="inlineStr"><is><t>#REF!</t></is></c>', b'<c r="B1" t="e"><v>#REF!</v></c>'
            ),
            Project=[["Client", "#REF!"]],
        ),
        ":Project!B1: error: 'Client' shows the spreadsheet error #REF!; fix the cell",
    ),
    "unknown map type": (
        book(Project=[["Client", "Acme"], ["Map type", "Mind map"]]),
        ":Project!B2: error: 'Map type' must be one of: Current state, Future state, Day in the life, "
        "Service blueprint, got 'Mind map'",
    ),
    "unknown language": (
        book(Project=[["Client", "Acme"], ["Language", "de"]]),
        ":Project!B2: error: 'Language' must be en, es or pl, got 'de'",
    ),
    # Personas
    "no Personas sheet": (
        book(Personas=None, Journey=[["Stage", "Emotion"], ["Purchase", 3]]),
        ": error: missing sheet 'Personas' (expected one of: Personas, Personas, Persony; "
        "found: Project, Stages, Touchpoints, Questions, Actions, Journey)",
    ),
    "Personas without a Name header": (
        book(Personas=[["Persona", "Age"], ["Ana", 34]]),
        ":Personas!A1: error: no header row with the required columns 'Name' in the first 10 rows",
    ),
    "no personas": (book(Personas=[["Name", "Age"]]), ":Personas!A2: error: no personas: add at least one persona row"),
    "duplicate persona": (
        book(Personas=[["Name"], ["Ana"], ["Ben"], ["ana "]]),
        ":Personas!A4: error: duplicate persona 'ana' (also in row 2)",
    ),
    "persona without a name": (
        book(Personas=[["Name", "Age"], ["Ana", 34], ["Ben", 51], [None, 40]]),
        ":Personas!A4: error: 'Name' is empty; it is required",
    ),
    # Stages
    "no Stages sheet": (
        book(Stages=None),
        ": error: missing sheet 'Stages' (expected one of: Stages, Etapas, Etapy; "
        "found: Project, Personas, Journey, Touchpoints, Questions, Actions)",
    ),
    "Stages without a Stage header": (
        book(Stages=[["Phase"], ["Awareness"]], Journey=None, Touchpoints=None, Questions=None),
        ":Stages!A1: error: no header row with the required columns 'Stage' in the first 10 rows",
    ),
    "no stages": (
        book(Stages=[["Stage"]], Journey=None, Touchpoints=None, Questions=None),
        ":Stages!A2: error: no stages: add at least one stage row",
    ),
    "duplicate stage": (
        book(Stages=[*LONG, ["AWARENESS", "Again"]]),
        ":Stages!A4: error: duplicate stage 'AWARENESS' (also in row 2)",
    ),
    "31 stages": (
        book(Stages=STAGES_31, Journey=None, Touchpoints=None, Questions=None),
        ":Stages!A32: error: a journey holds at most 30 stages; this is stage 31: "
        "merge stages or split the journey into several workbooks",
    ),
    # Journey
    "journey: unknown stage": (
        book(Journey=[["Persona", "Stage", "Emotion"], ["Ana", "Purchasing", 3]]),
        ":Journey!B2: error: unknown stage 'Purchasing' (did you mean 'Purchase'?)",
    ),
    "journey: unknown persona": (
        book(Journey=[["Persona", "Stage", "Emotion"], ["Anna", "Purchase", 3]]),
        ":Journey!A2: error: unknown persona 'Anna' (did you mean 'Ana'?)",
    ),
    "journey: emotion 6": (
        book(Journey=[["Stage", "Emotion"], ["Purchase", 6]]),
        ":Journey!B2: error: 'Emotion' must be a whole number from 1 to 5, got '6'",
    ),
    "journey: emotion in words": (
        book(Journey=[["Stage", "Emotion"], ["Purchase", "happy"]]),
        ":Journey!B2: error: 'Emotion' must be a whole number from 1 to 5, got 'happy'",
    ),
    "journey: engagement 0": (
        book(Journey=[["Stage", "Engagement"], ["Purchase", 0]]),
        ":Journey!B2: error: 'Engagement' must be a whole number from 1 to 5, got '0'",
    ),
    "journey: stage empty": (
        book(Journey=[["Stage", "Emotion", "Thoughts"], [None, 3, "Hmm"]]),
        ":Journey!A2: error: 'Stage' is empty; it is required",
    ),
    "journey: no cached value": (
        patched(
            "Journey",
            lambda d: d.replace(b'<c r="B2" t="n"><v>3</v></c>', b'<c r="B2"><f>1+2</f></c>'),
            Journey=[["Stage", "Emotion"], ["Purchase", 3]],
        ),
        ":Journey!B2: error: formula has no cached value; open and save the workbook in Excel or LibreOffice",
    ),
    "journey: stray last row": (
        edited(lambda wb: wb["Journey"].__setitem__("C1048576", 4)),
        ":Journey!B1048576: error: 'Stage' is empty; it is required",
    ),
    # Touchpoints
    "touchpoint: unknown stage": (
        book(Touchpoints=[["Stage", "Touchpoint"], ["Retention", "Newsletter"]]),
        ":Touchpoints!A2: error: unknown stage 'Retention' (known: 'Awareness', 'Purchase')",
    ),
    "touchpoint: name empty": (
        book(Touchpoints=[["Stage", "Touchpoint", "Channel"], ["Awareness", None, "Web"]]),
        ":Touchpoints!B2: error: 'Touchpoint' is empty; it is required",
    ),
    "touchpoint: mode": (
        book(Touchpoints=[["Stage", "Touchpoint", "Mode"], ["Awareness", "Ad", "sometimes"]]),
        ":Touchpoints!C2: error: 'Mode' must be online or offline, got 'sometimes'",
    ),
    "touchpoint: negative cost": (
        book(Touchpoints=[["Stage", "Touchpoint", "Cost"], ["Awareness", "Ad", -5]]),
        ":Touchpoints!C2: error: 'Cost' must be a number of 0 or more, got '-5'",
    ),
    "touchpoint: cost in words": (
        book(Touchpoints=[["Stage", "Touchpoint", "Cost"], ["Awareness", "Ad", "a lot"]]),
        ":Touchpoints!C2: error: 'Cost' must be a number of 0 or more, got 'a lot'",
    ),
    "touchpoint: emotion 9": (
        book(Touchpoints=[["Stage", "Touchpoint", "Emotion"], ["Awareness", "Ad", 9]]),
        ":Touchpoints!C2: error: 'Emotion' must be a whole number from 1 to 5, got '9'",
    ),
    "touchpoint: unknown persona": (
        book(Touchpoints=[["Stage", "Touchpoint", "Persona"], ["Awareness", "Ad", "Zed"]]),
        ":Touchpoints!C2: error: unknown persona 'Zed' (known: 'Ana', 'Ben')",
    ),
    "touchpoint: stray last row": (
        edited(stray_row),
        ":Touchpoints!B1048576: error: 'Touchpoint' is empty; it is required",
    ),
    "Touchpoints without a Touchpoint header": (
        book(Touchpoints=[["Stage", "Channel"], ["Awareness", "Web"]]),
        ":Touchpoints!A1: error: no header row with the required columns 'Stage', 'Touchpoint' in the first 10 rows",
    ),
    # Questions
    "question: unknown stage": (
        book(Questions=[["Question", "Stage"], ["Why?", "Loyalty"]]),
        ":Questions!B2: error: unknown stage 'Loyalty' (known: 'Awareness', 'Purchase')",
    ),
    "question: empty with an answer": (
        book(Questions=[["Question", "Answer"], [None, "Yes"]]),
        ":Questions!A2: error: 'Question' is empty; it is required",
    ),
    "Questions without a Question header": (
        book(Questions=[["Ask", "Answer"], ["Why?", "Yes"]]),
        ":Questions!A1: error: no header row with the required columns 'Question' in the first 10 rows",
    ),
    # Actions
    "action: impact empty": (
        book(Actions=[ACTION, ["Fix checkout", None, 4]]),
        ":Actions!B2: error: 'Impact' is empty; it is required",
    ),
    "action: impact 7": (
        book(Actions=[ACTION, ["Fix checkout", 7, 4]]),
        ":Actions!B2: error: 'Impact' must be a whole number from 1 to 5, got '7'",
    ),
    "action: feasibility in words": (
        book(Actions=[ACTION, ["Fix checkout", 4, "high"]]),
        ":Actions!C2: error: 'Feasibility' must be a whole number from 1 to 5, got 'high'",
    ),
    "action: effort 0": (
        book(Actions=[["Action", "Impact", "Effort"], ["Fix checkout", 4, 0]]),
        ":Actions!C2: error: 'Effort' must be a whole number from 1 to 5, got '0'",
    ),
    "action: neither feasibility nor effort": (
        book(Actions=[["Action", "Impact"], ["Fix checkout", 4]]),
        ":Actions!A1: error: no 'Feasibility' or 'Effort' header; one of the two columns is required",
    ),
    "action: unknown stage": (
        book(Actions=[[*ACTION, "Stage"], ["Fix checkout", 4, 4, "Checkout"]]),
        ":Actions!D2: error: unknown stage 'Checkout' (known: 'Awareness', 'Purchase')",
    ),
    "action: unknown persona": (
        book(Actions=[[*ACTION, "Persona"], ["Fix checkout", 4, 4, "Bob"]]),
        ":Actions!D2: error: unknown persona 'Bob' (known: 'Ana', 'Ben')",
    ),
    "Actions without an Action header": (
        book(Actions=[["Idea", "Impact", "Feasibility"], ["Fix", 4, 4]]),
        ":Actions!A1: error: no header row with the required columns 'Action', 'Impact' in the first 10 rows",
    ),
}


def deck_text(path: Path) -> str:
    """Return the text of every shape (in groups and tables too) and every slide's notes in the deck at `path`."""
    from pptx import Presentation

    def shape_texts(shapes) -> list[str]:
        texts = []
        for shape in shapes:
            if shape.shape_type == 6:  # a group
                texts += shape_texts(shape.shapes)
            elif shape.has_text_frame:
                texts.append(shape.text_frame.text)
            elif getattr(shape, "has_table", False):
                texts += [cell.text for row in shape.table.rows for cell in row.cells]
        return texts

    texts = []
    for slide in Presentation(str(path)).slides:
        texts += shape_texts(slide.shapes)
        if slide.has_notes_slide:
            texts.append(slide.notes_slide.notes_text_frame.text)
    return " ".join(" ".join(t.split()) for t in texts)


def outputs(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*")) if folder.exists() else []


@pytest.mark.parametrize("case", REFUSED)
def test_refused(tmp_path, case):
    make, expected = REFUSED[case]
    inputs = tmp_path / "in"
    inputs.mkdir()
    path = make(inputs)
    expected = expected(path) if callable(expected) else expected
    before = {p: p.read_bytes() for p in inputs.iterdir()}

    checked = CliRunner().invoke(main, ["check", str(path)])
    assert checked.exit_code == 1, checked.output
    errors = [line for line in checked.output.splitlines() if ": error: " in line]
    assert errors == [f"{path}{expected}"]

    out = tmp_path / "out"
    built = CliRunner().invoke(main, ["build", str(path), "-o", str(out)])
    assert built.exit_code == 1
    assert built.exception is None or isinstance(built.exception, SystemExit)
    place, message = expected.lstrip(":").split("error: ", 1)
    place = place.rstrip(": ")
    assert built.output == f"Error: {path}: {place + ': ' if place else ''}{message}\n"
    assert outputs(out) == []
    assert {p: p.read_bytes() for p in inputs.iterdir()} == before


def test_the_corpus_is_large_enough():
    assert len(REFUSED) + len(ACCEPTED) + len(TEMPLATES) >= 60


# id -> (maker, the warning `check` prints after the workbook's path, texts the deck shows)
ACCEPTED: dict[str, tuple[Make, str | None, tuple[str, ...]]] = {
    "hidden row": (
        edited(lambda wb: setattr(wb["Touchpoints"].row_dimensions[3], "hidden", True)),
        ":Touchpoints!A3: warning: row 3 is hidden; cjmdeck reads it like the others: "
        "delete it if it should not be in the outputs",
        ("Checkout",),
    ),
    "hidden column": (
        edited(lambda wb: setattr(wb["Touchpoints"].column_dimensions["E"], "hidden", True)),
        ":Touchpoints!E1: warning: column 'Owner' is hidden; cjmdeck reads it like the others: "
        "delete it if it should not be in the outputs",
        ("E-commerce",),
    ),
    "hidden sheet": (
        edited(lambda wb: setattr(wb["Questions"], "sheet_state", "hidden")),
        ":Questions: warning: the sheet is hidden; cjmdeck reads it like the others",
        ("How do customers find us?",),
    ),
    "merged header": (
        edited(
            lambda wb: wb["Journey"].merge_cells("D1:E1"),
            Journey=[["Persona", "Stage", "Emotion", "Pain points", None], ["Ana", "Purchase", 2, "Slow", "Fees"]],
        ),
        ":Journey!E2: warning: column E is not read: the header over it is merged with another; "
        "give it a header of its own",
        ("Slow",),
    ),
    "second header row": (
        book(Journey=[["Persona", "Stage", "Emotion"], [None, None, "(1 to 5)"], ["Ana", "Purchase", 2]]),
        ":Journey!A2: warning: row 2 reads as a second header row; it is skipped",
        ("Purchase",),
    ),
    "duplicate header": (
        book(Touchpoints=[["Stage", "Touchpoint", "Touchpoint"], ["Awareness", "Ad", "Flyer"]]),
        ":Touchpoints!C1: warning: column 'Touchpoint' appears twice; only column B is read",
        ("Ad",),
    ),
    "stray value in the last column": (
        edited(lambda wb: wb["Stages"].__setitem__("XFD3", "note")),
        ":Stages!XFD3: warning: column XFD is not read: it has no header; give it a header of its own",
        ("Purchase",),
    ),
    "control characters": (
        book(Stages=[["Stage"], ["Aware_x0001_ness"], ["Purchase"]]),
        ":Stages!A2: warning: 'Stage' holds control characters no document can hold; they are left out",
        ("Awareness",),
    ),
    "right-to-left, CJK and emoji": (
        book(Personas=[["Name", "Quote"], ["Ana", "مرحبا بالعالم"], ["Ben", "顧客の声 👩‍👩‍👧 ok"]]),
        None,
        ("مرحبا بالعالم", "顧客の声 👩‍👩‍👧 ok"),
    ),
    "100,000 characters with spaces": (
        book(Questions=[["Question", "Answer"], ["Why?", ("slow checkout " * 7143)[:100_000]]]),
        None,
        ("slow checkout",),
    ),
    "100,000 characters without spaces": (
        book(Questions=[["Question", "Answer"], ["Why?", "x" * 100_000]]),
        None,
        ("xxxxxxxxxx",),
    ),
}


@pytest.mark.parametrize("case", ACCEPTED)
def test_accepted(tmp_path, case):
    make, warning, shown = ACCEPTED[case]
    inputs = tmp_path / "in"
    inputs.mkdir()
    path = make(inputs)
    before = path.read_bytes()
    checked = CliRunner().invoke(main, ["check", str(path)])
    assert checked.exit_code == 0, checked.output
    if warning is not None:
        assert f"{path}{warning}" in checked.output.splitlines()
    built = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out"), "--no-docx"])
    assert built.exit_code == 0, built.output
    (deck,) = (tmp_path / "out").glob("*.pptx")
    texts = deck_text(deck)
    for text in shown:
        assert text in texts
    assert path.read_bytes() == before


def test_a_file_name_that_is_not_utf8(tmp_path):
    name = os.fsdecode(b"caf\xe9 \xff.xlsx")
    path = write_workbook(tmp_path / name, MINIMAL)
    built = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out")])
    assert built.exit_code == 0, built.output
    (deck,) = (tmp_path / "out").glob("*.pptx")
    assert "café ÿ.xlsx" in deck_text(deck)  # the notes name the workbook, its bytes read as Windows-1252


def default_pptx() -> Path:
    from cjmdeck.deck.template import default_template

    return default_template()


def copied(source: Callable[[], Path], name: str, edit: Callable[[Path], None]) -> Make:
    """Return a maker of a copy of the bundled template `source()` named `name`, edited in place by `edit`."""

    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(source().read_bytes())
        edit(path)
        return path

    return make


def pptx_template(edit: Callable[[Path], None]) -> Make:
    """Return a maker of the default deck template, edited in place by `edit`."""
    return copied(default_pptx, "agency.pptx", edit)


def docx_template(edit: Callable[[Path], None]) -> Make:
    """Return a maker of the default report template, edited in place by `edit`."""
    from cjmdeck.report.package import default_report

    return copied(default_report, "agency.docx", edit)


def slide_size(width: float, height: float) -> Callable[[Path], None]:
    def edit(path: Path) -> None:
        from pptx import Presentation
        from pptx.util import Inches

        prs = Presentation(str(path))
        prs.slide_width, prs.slide_height = Inches(width), Inches(height)
        prs.save(str(path))

    return edit


def without_slide_size(path: Path) -> None:
    import re

    rewrite(path, {"ppt/presentation.xml": lambda d: re.sub(rb"<p:sldSz[^>]*/>", b"", d)})


def bomb_part(path: Path) -> None:
    rewrite(path, {}, {"customXml/filler.xml": b"<a>" + b" " * 60_000_000 + b"</a>"})


# id -> (maker of the template, its option, the line after `Error: <template>: `)
TEMPLATES: dict[str, tuple[Make, str, str | Callable[[Path], str]]] = {
    "deck template with a DTD": (
        pptx_template(lambda p: rewrite(p, {"ppt/presentation.xml": with_prolog(EXTERNAL)})),
        "--template",
        "ppt/presentation.xml declares a DTD or entities, which PowerPoint never writes; refused",
    ),
    "deck template with billion laughs": (
        pptx_template(lambda p: rewrite(p, {"ppt/slideLayouts/slideLayout1.xml": with_prolog(BILLION_LAUGHS)})),
        "--template",
        "ppt/slideLayouts/slideLayout1.xml declares a DTD or entities, which PowerPoint never writes; refused",
    ),
    "deck template zip bomb": (
        pptx_template(bomb_part),
        "--template",
        lambda path: (
            f"customXml/filler.xml is packed {ratio(path, 'customXml/filler.xml')} to 1 (a zip bomb?); "
            "Office files are packed at most 100 to 1"
        ),
    ),
    "tiny slides": (
        pptx_template(slide_size(4, 3)),
        "--template",
        "has slides of 4 x 3 in; cjmdeck lays decks out on slides from 7.5 x 4 in to PowerPoint's largest, 56 in: "
        "set the slide size in PowerPoint (Design > Slide Size)",
    ),
    "no slide size": (
        pptx_template(without_slide_size),
        "--template",
        "has no slide size; open it in PowerPoint and save it again",
    ),
    "old .ppt": (
        raw(ole2(), "agency.pptx"),
        "--template",
        "password-protected or an old .ppt file; save it from PowerPoint as .pptx or .potx, without a password",
    ),
    "truncated deck template": (
        lambda folder: raw(default_pptx().read_bytes()[:5000], "agency.pptx")(folder),
        "--template",
        "not a PowerPoint file; save it from PowerPoint as .pptx or .potx, without a password",
    ),
    "report template with a DTD": (
        docx_template(lambda p: rewrite(p, {"word/styles.xml": with_prolog(EXTERNAL)})),
        "--docx-template",
        "word/styles.xml declares a DTD or entities, which Word never writes; refused",
    ),
    "report template zip bomb": (
        docx_template(bomb_part),
        "--docx-template",
        lambda path: (
            f"customXml/filler.xml is packed {ratio(path, 'customXml/filler.xml')} to 1 (a zip bomb?); "
            "Office files are packed at most 100 to 1"
        ),
    ),
}


@pytest.mark.parametrize("case", TEMPLATES)
def test_refused_template(tmp_path, case):
    make, option, expected = TEMPLATES[case]
    inputs = tmp_path / "in"
    inputs.mkdir()
    workbook = book()(inputs)
    template = make(inputs)
    expected = expected(template) if callable(expected) else expected
    before = {p: p.read_bytes() for p in inputs.iterdir()}
    out = tmp_path / "out"
    built = CliRunner().invoke(main, ["build", str(workbook), option, str(template), "-o", str(out)])
    assert built.exit_code == 1
    assert built.output == f"Error: {template}: {expected}\n"
    assert outputs(out) == []
    assert {p: p.read_bytes() for p in inputs.iterdir()} == before


@pytest.mark.parametrize("suffix", [".pptx", ".docx"])
def test_an_output_that_is_the_template_is_refused(tmp_path, suffix):
    workbook = book()(tmp_path)
    template = tmp_path / f"acme-retail-checkout-study-journey{suffix}"
    source = (
        default_pptx() if suffix == ".pptx" else __import__("cjmdeck.report.package").report.package.default_report()
    )
    template.write_bytes(source.read_bytes())
    before = template.read_bytes()
    option = "--template" if suffix == ".pptx" else "--docx-template"
    built = CliRunner().invoke(main, ["build", str(workbook), option, str(template), "-o", str(tmp_path)])
    assert built.exit_code == 1
    assert built.output == (f"Error: {template}: is one of the inputs; write the outputs to another folder with -o\n")
    assert template.read_bytes() == before
    assert not (tmp_path / "acme-retail-checkout-study-journey.pptx").exists() or suffix == ".pptx"


def test_a_bad_persona_in_the_second_workbook_names_it_before_anything_is_written(tmp_path):
    first = write_workbook(tmp_path / "first.xlsx", MINIMAL)
    second = write_workbook(
        tmp_path / "second.xlsx",
        {**MINIMAL, "Personas": [["Name"], ["Ana"], ["Cleo"]], "Journey": [["Stage", "Emotion"], ["Purchase", 3]]},
    )
    out = tmp_path / "out"
    built = CliRunner().invoke(main, ["build", str(first), str(second), "--persona", "Ben", "-o", str(out)])
    assert built.exit_code == 2
    assert built.output.splitlines()[-1] == (
        f"Error: Invalid value for '--persona': {second}: unknown persona 'Ben' (known: 'Ana', 'Cleo')"
    )
    assert outputs(out) == []


def test_every_xml_parser_leaves_entities_unexpanded():
    """Behind the scan's refusal of DTDs, the libraries' own parsers expand no entity either."""
    import openpyxl.xml.functions
    from docx.oxml.parser import parse_xml as docx_xml
    from pptx.oxml import parse_xml as pptx_xml

    assert openpyxl.xml.functions.iterparse.__module__.startswith("defusedxml.")  # worksheets
    declared = b'<!DOCTYPE x [<!ENTITY a "boom">]><x>&a;</x>'
    assert openpyxl.xml.functions.fromstring(declared).text is None  # the other parts, through lxml
    assert pptx_xml(declared).text is None
    assert docx_xml(declared).text is None
