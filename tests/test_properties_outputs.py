"""Property tests over the reader and every renderer: any text in any column builds or gives a clean error,
and every text that went in is found in the deck (slides or notes), the report and the workshop deck."""

from __future__ import annotations

import datetime as dt
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
from click.testing import CliRunner
from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from cjmdeck import contract
from cjmdeck.check import check_workbook
from cjmdeck.cli import main
from cjmdeck.contract import normalize
from cjmdeck.parse import items, plain
from cjmdeck.text.formats import quote
from tests.conftest import MINIMAL, write_workbook

# -- writing a workbook as Excel would ------------------------------------------------------------------------

_LITERAL_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")  # Excel writes a literal "_x0041_" as "_x005F_x0041_"
_NOT_XML = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff]")  # Excel writes these (and CR) as _xHHHH_


def excel_string(text: str) -> str:
    """Return `text` as Excel stores it in a cell: literal _xHHHH_ escaped, characters XML cannot hold encoded."""
    text = _LITERAL_ESCAPE.sub("_x005F_", text)
    return _NOT_XML.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


def write_book(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """Write `sheets` (title -> rows); every str is a string cell (never a formula or an error value)."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for r, row in enumerate(rows, 1):
            for c, value in enumerate(row, 1):
                if value is None:
                    continue
                cell = ws.cell(r, c)
                if isinstance(value, str):
                    cell.value = excel_string(value)
                    cell.data_type = "s"  # "=1+1" would be a formula, "#N/A" an error value
                else:
                    cell.value = value
    wb.save(path)
    return path


# -- text of any kind -----------------------------------------------------------------------------------------

SNIPPETS = (
    "مرحبا بالعالم",  # Arabic, right to left
    "שָׁלוֹם עולם",  # Hebrew with points
    "你好，世界",
    "日本語のテキスト",
    "한국어",
    "👩‍👩‍👧‍👦",  # emoji ZWJ sequence
    "🏳️‍🌈",
    "👍🏽",
    "e\u0301",  # e + combining acute
    "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
    "=SUM(A1:A3)",
    "=1+1",
    "+48 600 000 000",
    "-5",
    "@mention",
    "{{ 7*7 }}",
    "{% if x %}y{% endif %}",
    "{#",
    "</w:t><w:t>",
    "<a:t>x</a:t>",
    "&amp; & < > \" '",
    "“quoted”",
    '"quoted"',
    "Łódź ścieżka",
    "İstanbul ß ﬁ",
    "\u200b\u200d\u2060",  # zero-width
    "\u202eRTL override",
    "\u00a0\u202f",
    "#N/A",
    "#REF!",
    "TRUE",
    "NaN",
    "1e309",
    "_x0041_",
    "_x000D_",
    "\t",
    "\r\n",
    "\n",
    ";",
    "• bullet",
    "- dash",
    "…",
    "%s %(x)s {0} {x}",
    "\\n \\",
    "\U0010fffd\ue000",  # private use
    "\u0378",  # unassigned
)
CHARS = st.characters(exclude_categories=("Cs",))
WORD = st.text(CHARS, min_size=1, max_size=10)
LONG_WORD = st.text(st.characters(categories=("Lu", "Ll", "Lo")), min_size=50, max_size=120)
PIECE = st.one_of(WORD, st.sampled_from(SNIPPETS), WORD, st.sampled_from(SNIPPETS), LONG_WORD)
SEP = st.sampled_from(["", " ", " ", "\n", "; ", "  "])
TEXT = st.tuples(
    st.sampled_from(["", "", "=", "+", "-", "@", "- ", "'"]),
    st.lists(st.tuples(PIECE, SEP), max_size=4),
).map(lambda t: t[0] + "".join(p + s for p, s in t[1]))
MAYBE_TEXT = st.one_of(st.none(), st.none(), TEXT)


def name_list(max_size: int) -> st.SearchStrategy[list[str]]:
    """Return unique names (by the reader's normalised comparison) that read as non-empty text."""
    return st.lists(
        TEXT.filter(lambda s: plain(s) != ""), min_size=1, max_size=max_size, unique_by=lambda s: normalize(plain(s))
    )


# -- the workbook and the texts it holds ----------------------------------------------------------------------


@dataclass
class Book:
    """A generated workbook: its sheets, and the texts (after the reader's cleaning) that must be in the outputs."""

    sheets: dict[str, list[list[object]]]
    lang: str
    texts: list[tuple[str, str]] = field(default_factory=list)  # (where, text)
    stages: list[str] = field(default_factory=list)
    personas: list[str] = field(default_factory=list)


def _header(sheet: contract.Sheet, keys: list[str]) -> list[object]:
    return [sheet.column(k).names[0] for k in keys]


@st.composite
def books(draw: st.DrawFn) -> Book:
    lang = draw(st.sampled_from(contract.LANGUAGES))
    stage_names = draw(name_list(5))
    persona_names = draw(name_list(4))
    book = Book({}, lang)
    book.stages = [plain(s) for s in stage_names]
    book.personas = [plain(p) for p in persona_names]

    def text_of(where: str, kind: str, limit: int | None = None) -> str | None:
        value = draw(MAYBE_TEXT)
        if value is not None:
            value = value[:limit]
            shown = items(value) if kind == contract.LIST else (plain(value),)
            book.texts.extend((where, s) for s in shown if s)
        return value

    # Project: fields in column A, values in column B
    project_rows: list[list[object]] = [["Language", lang]]
    client = draw(TEXT.filter(lambda s: plain(s) != ""))
    book.texts.append(("Project!client", plain(client)))
    project_rows.append(["Client", client])
    for key in ("project", "objective", "product", "author", "agency", "date"):
        value = text_of(f"Project!{key}", contract.TEXT, None)
        if value is not None:
            project_rows.append([contract.PROJECT.column(key).names[0], value])
    map_type = draw(st.sampled_from([None, *(names[0] for names in contract.MAP_TYPES.values())]))
    if map_type:
        project_rows.append(["Map type", map_type])
    book.sheets["Project"] = project_rows

    keys = [c.key for c in contract.PERSONAS.columns if c.key != "photo"]
    rows: list[list[object]] = [_header(contract.PERSONAS, keys)]
    for name in persona_names:
        book.texts.append(("Personas!name", plain(name)))
        row: list[object] = [name]
        for key in keys[1:]:
            column = contract.PERSONAS.column(key)
            row.append(text_of(f"Personas!{key}", column.kind))
        rows.append(row)
    book.sheets["Personas"] = rows

    keys = [c.key for c in contract.STAGES.columns]
    rows = [_header(contract.STAGES, keys)]
    for name in stage_names:
        book.texts.append(("Stages!name", plain(name)))
        rows.append([name, *(text_of(f"Stages!{k}", contract.TEXT) for k in keys[1:])])
    book.sheets["Stages"] = rows

    keys = [c.key for c in contract.JOURNEY.columns]
    rows = [_header(contract.JOURNEY, keys)]
    for _ in range(draw(st.integers(0, 6))):
        row = []
        for column in contract.JOURNEY.columns:
            if column.key == "stage":
                row.append(draw(st.sampled_from(stage_names)))
            elif column.key == "persona":
                row.append(draw(st.one_of(st.none(), st.sampled_from(persona_names))))
            elif column.kind == contract.SCORE:
                row.append(draw(st.one_of(st.none(), st.integers(1, 5))))
            else:
                row.append(text_of(f"Journey!{column.key}", column.kind))
        rows.append(row)
    book.sheets["Journey"] = rows

    keys = [c.key for c in contract.TOUCHPOINTS.columns]
    rows = [_header(contract.TOUCHPOINTS, keys)]
    for _ in range(draw(st.integers(0, 8))):
        row = []
        for column in contract.TOUCHPOINTS.columns:
            if column.key == "stage":
                row.append(draw(st.sampled_from(stage_names)))
            elif column.key == "name":
                name = draw(TEXT.filter(lambda s: plain(s) != ""))
                book.texts.append(("Touchpoints!name", plain(name)))
                row.append(name)
            elif column.key == "persona":
                row.append(draw(st.one_of(st.none(), st.sampled_from(persona_names))))
            elif column.kind == contract.SCORE:
                row.append(draw(st.one_of(st.none(), st.integers(1, 5))))
            elif column.kind == contract.MODE:
                row.append(draw(st.sampled_from([None, "online", "offline"])))
            elif column.kind == contract.NUMBER:
                row.append(draw(st.one_of(st.none(), st.integers(0, 10**7))))
            else:
                row.append(text_of(f"Touchpoints!{column.key}", column.kind))
        rows.append(row)
    book.sheets["Touchpoints"] = rows

    keys = [c.key for c in contract.QUESTIONS.columns]
    rows = [_header(contract.QUESTIONS, keys)]
    for _ in range(draw(st.integers(0, 4))):
        question = draw(TEXT.filter(lambda s: plain(s) != ""))
        book.texts.append(("Questions!text", plain(question)))
        stage = draw(st.one_of(st.none(), st.sampled_from(stage_names)))
        answer, source = text_of("Questions!answer", contract.TEXT), text_of("Questions!source", contract.TEXT)
        rows.append([question, stage, answer, source])
    book.sheets["Questions"] = rows

    keys = [c.key for c in contract.ACTIONS.columns if c.key != "effort"]
    rows = [_header(contract.ACTIONS, keys)]
    count = draw(st.one_of(st.integers(0, 3), st.integers(15, 17)))  # over 15: the deck shows its top
    for _ in range(count):
        row = []
        for key in keys:
            column = contract.ACTIONS.column(key)
            if count >= 15 and key not in ("text", "impact", "feasibility", "owner"):
                row.append(None)  # a long plan of short rows: the test data stays small
            elif key == "text":
                action = draw(TEXT.filter(lambda s: plain(s) != ""))
                book.texts.append(("Actions!text", plain(action)))
                row.append(action)
            elif column.kind == contract.SCORE:
                row.append(draw(st.integers(1, 5)))
            elif key == "stage":
                row.append(draw(st.one_of(st.none(), st.sampled_from(stage_names))))
            elif key == "persona":
                row.append(draw(st.one_of(st.none(), st.sampled_from(persona_names))))
            else:
                row.append(text_of(f"Actions!{key}", column.kind))
        rows.append(row)
    book.sheets["Actions"] = rows
    return book


# -- reading the outputs back ---------------------------------------------------------------------------------


def norm(text: str) -> str:
    """Return `text` NFC-normalised, whitespace runs collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _shape_texts(shapes) -> list[str]:
    out: list[str] = []
    for shape in shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            out += _shape_texts(shape.shapes)
        if shape.has_text_frame:
            out.append(shape.text_frame.text)
        if getattr(shape, "has_table", False):
            out += [cell.text for row in shape.table.rows for cell in row.cells]
        if getattr(shape, "has_chart", False):
            chart = shape.chart
            if chart.has_title:
                out.append(chart.chart_title.text_frame.text)
            for plot in chart.plots:
                out += [str(c) for c in plot.categories]
                out += [s.name for s in plot.series]
    return out


def deck_texts(path: Path) -> tuple[list[str], list[str]]:
    """Return the normalised texts on the deck's slides and in its notes."""
    deck = Presentation(str(path))
    slides: list[str] = []
    notes: list[str] = []
    for slide in deck.slides:
        slides += _shape_texts(slide.shapes)
        if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
            notes.append(slide.notes_slide.notes_text_frame.text)
    return [norm(t) for t in slides], [norm(t) for t in notes]


def report_texts(path: Path) -> list[str]:
    """Return the normalised texts of every paragraph of the report: body, tables (nested too), headers, footers."""
    doc = Document(str(path))
    parts = [doc.element.body]
    for section in doc.sections:
        for part in (section.header, section.first_page_header, section.even_page_header, section.footer):
            if not part.is_linked_to_previous:
                parts.append(part._element)
    return [norm(Paragraph(p, doc).text) for element in parts for p in element.iter(qn("w:p"))]


def variants(text: str, lang: str) -> set[str]:
    """Return `text` as an output may show it: as is, or as a quotation (thoughts, the persona's quote)."""
    return {norm(text), norm(quote(text, lang))[1:-1]}


def found(text: str, lang: str, pieces: list[str]) -> bool:
    return any(v in piece for v in variants(text, lang) for piece in pieces)


def cut(text: str, pieces: list[str]) -> bool:
    """Return True when a slide shows the start of `text` cut with an ellipsis."""
    text = norm(text)
    for piece in (p for p in pieces if "…" in p):
        for k in range(len(text) - 1, 0, -1):
            start = text[:k].rstrip(" ,;:-–—")
            if start and start + "…" in piece:
                return True
    return False


# -- running the CLI ------------------------------------------------------------------------------------------


def build(book: Book, work: Path, *args: str) -> tuple[object, list[Path]]:
    """Run `cjmdeck build` on `book` in the fresh folder `work`; return the result and the files written."""
    workbook = write_book(work / "book.xlsx", book.sheets)
    out = work / "out"
    result = CliRunner().invoke(main, ["build", str(workbook), "-o", str(out), *args])
    files = sorted(out.iterdir()) if out.exists() else []
    return result, files


def assert_clean(result, files: list[Path]) -> bool:
    """Assert the build succeeded, or failed with one `Error:` line and no output; return True when it built."""
    if result.exit_code == 0:
        assert result.exception is None, result.exception
        return True
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (1, 2), (result.exit_code, result.output)
    lines = result.output.splitlines()
    assert lines and lines[-1].startswith("Error: "), result.output
    if result.exit_code == 1:
        assert len(lines) == 1, result.output
    assert files == [], files
    return False


def lost(book: Book, pieces: list[str], slides: list[str] | None = None) -> list[tuple[str, str, str]]:
    """Return (where, text, how it shows) for each text of `book` found in none of `pieces`."""
    return [
        (where, text, "cut on a slide" if slides is not None and cut(text, slides) else "nowhere")
        for where, text in book.texts
        if not found(text, book.lang, pieces)
    ]


SETTINGS = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)


@settings(SETTINGS, max_examples=35)
@given(books())
def test_every_text_is_in_the_deck_and_the_report(book):
    with tempfile.TemporaryDirectory(prefix="cjm-prop-") as work:
        result, files = build(book, Path(work))
        if not assert_clean(result, files):
            return
        assert [f.suffix for f in files] == [".docx", ".pptx"]
        slides, notes = deck_texts(files[1])
        paragraphs = report_texts(files[0])
    assert lost(book, slides + notes, slides) == []  # a text cut on its slide is whole in the notes
    assert lost(book, paragraphs) == []


@settings(SETTINGS, max_examples=30)
@given(books())
def test_workshop_deck_names_every_stage_and_persona(book):
    with tempfile.TemporaryDirectory(prefix="cjm-prop-") as work:
        result, files = build(book, Path(work), "--kind", "workshop")
        if not assert_clean(result, files):
            return
        assert [f.suffix for f in files] == [".pptx"]
        slides, notes = deck_texts(files[0])
    missing = [s for s in book.stages + book.personas if not found(s, book.lang, slides + notes)]
    assert missing == []


# -- the reader over any cell value ---------------------------------------------------------------------------

VALUE = st.one_of(
    st.none(),
    TEXT,
    st.text(CHARS, max_size=20),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, -1, 6, 2.5, 1e308, -1e308, 1e-308, "NaN", "inf", "-0", " 3 ", "3.0", "١", "５"]),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(9999, 12, 31)),
    st.dates(min_value=dt.date(1900, 3, 1)),
    st.times(),
)


@st.composite
def mutated_books(draw: st.DrawFn) -> dict[str, list[list[object]]]:
    """Return a generated workbook with one to three cells (values, references, scores, labels) set to any value."""
    sheets = {title: [list(row) for row in rows] for title, rows in draw(books()).sheets.items()}
    for _ in range(draw(st.integers(1, 3))):
        title = draw(st.sampled_from([t for t, rows in sheets.items() if len(rows) > 1]))
        rows = sheets[title]
        r = draw(st.integers(0 if title == "Project" else 1, len(rows) - 1))
        rows[r][draw(st.integers(0, len(rows[r]) - 1))] = draw(VALUE)
    return sheets


@settings(SETTINGS, max_examples=25)
@given(mutated_books(), st.sampled_from(["deliverable", "workshop"]))
def test_any_value_in_any_cell_builds_or_is_a_clean_error(sheets, kind):
    with tempfile.TemporaryDirectory(prefix="cjm-prop-") as work:
        workbook = write_book(Path(work) / "book.xlsx", sheets)
        out = Path(work) / "out"
        result = CliRunner().invoke(main, ["build", str(workbook), "-o", str(out), "--kind", kind])
        assert_clean(result, sorted(out.iterdir()) if out.exists() else [])


@st.composite
def any_books(draw: st.DrawFn) -> dict[str, list[list[object]]]:
    """Return a workbook with every contract column and any values in its cells."""
    sheets: dict[str, list[list[object]]] = {}
    for sheet in contract.SHEETS:
        if sheet.key == "project":
            sheets[sheet.names[0]] = [[c.names[0], draw(VALUE)] for c in sheet.columns]
            continue
        rows: list[list[object]] = [[c.names[0] for c in sheet.columns]]
        rows += draw(st.lists(st.lists(VALUE, min_size=len(sheet.columns), max_size=len(sheet.columns)), max_size=3))
        sheets[sheet.names[0]] = rows
    return sheets


@settings(SETTINGS, max_examples=150)
@given(any_books())
def test_check_never_raises_and_every_diagnostic_is_one_line(sheets):
    with tempfile.TemporaryDirectory(prefix="cjm-check-") as work:
        report = check_workbook(write_book(Path(work) / "book.xlsx", sheets))
    for diagnostic in report.diagnostics:
        line = str(diagnostic)
        assert "\n" not in line and "\r" not in line, str(diagnostic)


# -- bugs found: minimal reproductions ------------------------------------------------------------------------


def _minimal(tmp_path: Path, **sheets: list[list[object]]) -> Path:
    return write_workbook(tmp_path / "book.xlsx", {**MINIMAL, **sheets})


def test_a_suggested_name_stays_on_one_line(tmp_path):
    book = _minimal(
        tmp_path,
        Stages=[["Stage"], ["Aware\nness"], ["Purchase"]],
        Touchpoints=[["Stage", "Touchpoint"], ["Awarenes", "Ad"]],
    )
    messages = [str(d) for d in check_workbook(book).diagnostics]
    assert [m for m in messages if "\n" in m] == []  # "unknown stage 'Awarenes' (did you mean 'Aware<newline>ness'?)"


def test_a_long_author_is_a_clean_error(tmp_path):
    book = _minimal(tmp_path, Project=[["Client", "Acme"], ["Author", "x" * 256]])
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(book), "-o", str(out)])
    assert_clean(result, sorted(out.iterdir()) if out.exists() else [])  # ValueError: exceeded 255 char limit


def test_a_carriage_return_shows_as_a_line_break_on_the_slides(tmp_path):
    book = _minimal(tmp_path, Stages=[["Stage", "Customer goal"], ["Awareness", "Find\r\noptions"], ["Purchase", ""]])
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(book), "-o", str(out), "--no-docx"])
    assert result.exit_code == 0, result.output
    slides, _ = deck_texts(out / "acme-retail-checkout-study-journey.pptx")
    assert [t for t in slides if "_x000D_" in t] == []  # the scope and stage slides show "Find_x000D_ options"
