"""The Word report: contents, Word conventions, the native chart, templates tagged and plain, and Jinja's traps."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from docx.oxml.ns import qn
from lxml import etree

from cjmdeck.cli import main
from tests.deckutil import check_package
from tests.wordtemplates import body_text, german_letterhead, russian_ids, spanish_dotx, style_of, tagged

REPORT = "acme-retail-checkout-study-journey.docx"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"


def build(*args: object):
    return CliRunner().invoke(main, ["build", "--no-pptx", *map(str, args)])


def headings(document, level: int) -> list[str]:
    wanted = {"heading 1": 1, "heading 2": 2}
    ids = {s.style_id: wanted[s.name.lower()] for s in document.styles if s.type == 1 and s.name.lower() in wanted}
    return [p.text for p in document.paragraphs if ids.get(style_of(p)) == level]


def table_after(document, caption_start: str):
    """Return the table that follows the caption starting with `caption_start`."""
    body = document.element.body
    for p in body.iter(qn("w:p")):
        text = "".join(t.text or "" for t in p.iter(qn("w:t")))
        if text.startswith(caption_start):
            nxt = p.getnext()
            while nxt is not None and nxt.tag != qn("w:tbl"):
                nxt = nxt.getnext()
            return [
                ["".join(t.text or "" for t in tc.iter(qn("w:t"))) for tc in tr.iter(qn("w:tc"))]
                for tr in nxt.iter(qn("w:tr"))
            ]
    raise AssertionError(f"no caption {caption_start!r}")


@pytest.fixture
def report(make_workbook, tmp_path):
    result = build(make_workbook(), "-o", tmp_path)
    assert result.exit_code == 0, result.output
    assert result.output == f"Wrote {tmp_path / REPORT}\n"
    return tmp_path / REPORT


def test_report_headings_in_order(report):
    document = Document(str(report))
    assert headings(document, 1) == [
        "Executive summary",
        "Scope and objective",
        "Personas",
        "Journeys by stage",
        "Emotion curve",
        "Touchpoints by stage",
        "Key questions",
        "Action plan",
        "Costs",
        "Appendix",
    ]
    assert headings(document, 2) == [
        "The map in figures",
        "Ana",
        "Ben",
        "Ana",
        "Ben",
        "Stage 1: Awareness",
        "Stage 2: Purchase",
        "Actions by quadrant",
        "Actions ranked by priority",
    ]


def test_report_tables_hold_the_journey(report):
    document = Document(str(report))
    journey = table_after(document, "Table 1: Ana's journey by stage")
    assert journey[0] == ["Stage", "Emotion", "Customer goal", "Pain points"]
    assert journey[1] == ["Awareness", "4", "Find options", "Too many ads"]
    assert journey[2] == ["Purchase", "2 (lowest)", "Buy safely", "• Shipping costs• Slow checkout"]
    texts = {tc: "".join(t.text or "" for t in tc.iter(qn("w:t"))) for tc in document.element.body.iter(qn("w:tc"))}
    lowest = next(tc for tc, text in texts.items() if text == "2 (lowest)")
    assert lowest.find(f"{qn('w:tcPr')}/{qn('w:shd')}").get(qn("w:fill")) == "FBE0D0"  # the emotion scale's tint
    touchpoints = table_after(document, "Table 4: Touchpoints of Awareness")
    assert touchpoints[1][:2] == ["Instagram ad", "Socialonline"]
    assert touchpoints[1][6:8] == ["Marketing", "1,200"]
    text = body_text(document)
    assert "How do customers find us?" in text and "Instagram, mostly" in text


def test_report_actions_in_priority_order(make_workbook, tmp_path):
    actions = [
        ["Action", "Impact", "Feasibility", "Stage"],
        ["Fix search", 2, 2, "Awareness"],
        ["Show shipping costs early", 5, 4, "Purchase"],
        ["Add Apple Pay", 4, 5, "Purchase"],
        ["Rebuild the app", 5, 1, ""],
    ]
    result = build(make_workbook(Actions=actions), "-o", tmp_path)
    assert result.exit_code == 0, result.output
    document = Document(str(tmp_path / REPORT))
    plan = next(t for t in document.tables if t.rows[0].cells[0].text == "#")
    ranked = [(r.cells[0].text, r.cells[1].text, r.cells[4].text) for r in plan.rows[1:]]
    assert ranked == [
        ("1", "Show shipping costs early", "5 × 4 = 20"),
        ("2", "Add Apple Pay", "4 × 5 = 20"),
        ("3", "Rebuild the app", "5 × 1 = 5"),
        ("4", "Fix search", "2 × 2 = 4"),
    ]
    text = [p.text for p in document.paragraphs]
    assert text[text.index("Quick win (2)") + 1 : text.index("Quick win (2)") + 3] == [
        "1.\tShow shipping costs early",
        "2.\tAdd Apple Pay",
    ]


def test_emotion_chart_is_native_with_its_data(report):
    with zipfile.ZipFile(report) as package:
        names = package.namelist()
        charts = [n for n in names if n.startswith("word/charts/chart")]
        assert charts == ["word/charts/chart1.xml"]
        chart = etree.fromstring(package.read(charts[0]))
        rels = package.read("word/charts/_rels/chart1.xml.rels").decode()
        assert "embeddings/Microsoft_Excel_Worksheet1.xlsx" in rels
        assert any(n.startswith("word/embeddings/") for n in names)
        document = package.read("word/document.xml").decode()
    series = chart.findall(f".//{C}ser")
    names_ = [s.find(f"{C}tx//{C}v").text for s in series]
    values = [[p.find(f"{C}v").text for p in s.findall(f"{C}val//{C}pt")] for s in series]
    categories = [p.find(f"{C}v").text for p in series[0].findall(f"{C}cat//{C}pt")]
    assert names_ == ["Ana", "Ben"]
    assert categories == ["Awareness", "Purchase"]
    assert values == [["4.0", "2.0"], ["4.0", "3.0"]]
    ids = re.findall(r'<wp:docPr id="(\d+)"', document)
    assert ids and len(ids) == len(set(ids))


def test_word_conventions(report):
    document = Document(str(report))
    body = document.element.body
    wide = [t for t in document.tables if len(t.columns) > 2]  # tables of labels and values have no header row
    assert all(t.rows[0]._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None for t in wide)
    assert all(tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for tr in body.iter(qn("w:tr")))
    orientations = [s.orientation for s in document.sections]
    assert 1 in orientations and orientations[0] == 0  # a landscape section after a portrait one
    assert all(s.header.is_linked_to_previous for s in document.sections[1:])  # the header carries on
    assert "Acme Retail · Checkout study" in document.sections[0].header.paragraphs[0].text
    assert "PAGE" in document.sections[0].footer._element.xml
    assert document.settings.element.find(qn("w:updateFields")) is not None
    instructions = " ".join(t.text for t in body.iter(qn("w:instrText")))
    assert 'TOC \\o "1-2"' in instructions and "PAGEREF _Toc_cjmdeck_1" in instructions
    assert "SEQ Table" in instructions and "SEQ Figure" in instructions
    for p in document.paragraphs:  # headings and captions keep with what follows
        if p.style.name.lower().startswith(("heading", "caption")):
            assert p.style.paragraph_format.keep_with_next, p.text
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions[:2] == ["Table 1: Ana's journey by stage", "Table 2: Ben's journey by stage"]


def test_report_is_a_valid_package(report):
    problems = check_package()(report)
    assert not problems, "\n".join(map(str, problems[:10]))


def test_report_in_spanish_and_polish(make_workbook, tmp_path):
    for lang, heading in (("es", "Resumen ejecutivo"), ("pl", "Podsumowanie")):
        result = build(make_workbook(), "-o", tmp_path, "--lang", lang)
        assert result.exit_code == 0, result.output
        document = Document(str(tmp_path / REPORT))
        assert headings(document, 1)[0] == heading
        assert "Página" in document.sections[0].footer.paragraphs[0].text or lang == "pl"


def test_both_outputs_by_default_and_none_is_an_error(make_workbook, tmp_path):
    book = make_workbook()
    result = CliRunner().invoke(main, ["build", str(book), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    deck = tmp_path / "acme-retail-checkout-study-journey.pptx"
    assert result.output == f"Wrote {deck}\nWrote {tmp_path / REPORT}\n"
    result = CliRunner().invoke(main, ["build", str(book), "--no-pptx", "--no-docx"])
    assert result.exit_code == 2
    assert "nothing to build: --no-pptx and --no-docx together leave no output" in result.output


# --- templates ---------------------------------------------------------------------------------------------


def test_tagged_template_is_rendered_as_written(make_workbook, tmp_path):
    template = tagged(
        tmp_path / "agency.docx",
        "Report for {{ project.client }}",
        "{%p for p in personas %}",
        "Persona: {{ p.name }}",
        "{%p endfor %}",
        "{{ emotion_chart }}",
        header="{{ project.project }}",
        table=True,
    )
    result = build(make_workbook(), "-o", tmp_path, "--docx-template", template)
    assert result.exit_code == 0, result.output
    document = Document(str(tmp_path / REPORT))
    assert [p.text for p in document.paragraphs if p.text] == ["Report for Acme Retail", "Persona: Ana", "Persona: Ben"]
    assert document.sections[0].header.paragraphs[0].text == "Checkout study"
    assert [[c.text for c in r.cells] for r in document.tables[0].rows] == [
        ["Rank", "Action", "Quadrant"],
        ["1", "Show shipping costs early", "Quick win"],
    ]
    with zipfile.ZipFile(tmp_path / REPORT) as package:
        assert "word/charts/chart1.xml" in package.namelist()


def test_tags_split_across_runs(make_workbook, tmp_path):
    template = tagged(tmp_path / "split.docx", "Client: {{ project.client }}", split=True)
    result = build(make_workbook(), "-o", tmp_path, "--docx-template", template)
    assert result.exit_code == 0, result.output
    assert Document(str(tmp_path / REPORT)).paragraphs[0].text == "Client: Acme Retail"


def test_empty_list_leaves_no_empty_row(make_workbook, tmp_path):
    template = tagged(tmp_path / "agency.docx", "Plan", table=True)
    result = build(make_workbook(Actions=None), "-o", tmp_path, "--docx-template", template)
    assert result.exit_code == 0, result.output
    rows = Document(str(tmp_path / REPORT)).tables[0].rows
    assert [[c.text for c in r.cells] for r in rows] == [["Rank", "Action", "Quadrant"]]


def test_unknown_name_is_one_line_naming_tag_and_place(make_workbook, tmp_path):
    template = tagged(tmp_path / "agency.docx", "Hello", "Client: {{ clent }}")
    result = build(make_workbook(), "-o", tmp_path, "--docx-template", template)
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {template}: unknown name 'clent' in {{{{ clent }}}} (body, paragraph 2);")
    assert result.output.count("\n") == 1
    assert not (tmp_path / REPORT).exists()


def test_unknown_attribute_is_one_line(make_workbook, tmp_path):
    template = tagged(tmp_path / "agency.docx", "Client: {{ project.clent }}")
    result = build(make_workbook(), "-o", tmp_path, "--docx-template", template)
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {template}: unknown name: 'dict object' has no attribute 'clent' in {{{{ project.clent }}}} "
        "(body, paragraph 1)\n"
    )


def test_syntax_error_is_one_line(make_workbook, tmp_path):
    template = tagged(tmp_path / "agency.docx", "{% for p in personas %}{{ p.name }}")
    result = build(make_workbook(), "-o", tmp_path, "--docx-template", template)
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {template}: Jinja2 syntax error:")
    assert result.output.count("\n") == 1


def test_templates_render_in_a_sandbox(make_workbook, tmp_path):
    template = tagged(tmp_path / "agency.docx", "{{ project.client.__class__.__mro__[1].__subclasses__() }}")
    result = build(make_workbook(), "-o", tmp_path, "--docx-template", template)
    assert result.exit_code == 1
    assert "unsafe" in result.output and result.output.count("\n") == 1


def test_workbook_text_is_escaped_and_never_evaluated(make_workbook, tmp_path):
    personas = [["Name", "Quote"], ["Ana & <Co>", "{{ 7*7 }} {% if x %}"]]
    journey = [["Persona", "Stage", "Emotion", "Pain points"], ["Ana & <Co>", "Awareness", 3, "Line one\nLine two"]]
    result = build(make_workbook(Personas=personas, Journey=journey), "-o", tmp_path)
    assert result.exit_code == 0, result.output
    document = Document(str(tmp_path / REPORT))
    text = body_text(document)
    assert "Ana & <Co>" in text and "“{{ 7*7 }} {% if x %}”" in text and "49" not in text
    assert not check_package()(tmp_path / REPORT)
    cells = [tc for tc in document.element.body.iter(qn("w:tc")) if "Line one" in "".join(tc.itertext())]
    assert cells and cells[0].find(f".//{qn('w:br')}") is not None  # the newline stays a line break


# --- plain branded templates ---------------------------------------------------------------------------------


def test_plain_german_letterhead_lends_its_look(make_workbook, tmp_path):
    template = german_letterhead(tmp_path / "briefkopf.docx")
    result = build(make_workbook(), "-o", tmp_path, "--docx-template", template)
    assert result.exit_code == 0, result.output
    document = Document(str(tmp_path / REPORT))
    assert "Sehr geehrte" not in body_text(document)  # its own body is dropped
    h1 = next(p for p in document.paragraphs if p.text == "Executive summary")
    assert style_of(h1) == "berschrift1"  # its heading style, found by built-in name
    assert document.styles["Normal"].font.name == "Georgia"
    first = document.sections[0]
    assert (round(first.page_width.cm, 1), round(first.page_height.cm, 1)) == (21.0, 29.7)
    assert round(first.top_margin.cm, 1) == 4.0
    assert "Agentur Nordlicht GmbH" in first.header.paragraphs[0].text
    assert first.header.part.rels and any("image" in r.reltype for r in first.header.part.rels.values())  # logo kept
    landscape = [s for s in document.sections if s.orientation == 1]
    assert landscape and round(landscape[0].page_width.cm, 1) == 29.7
    assert all(s.header.paragraphs[0].text.strip() == "Agentur Nordlicht GmbH" for s in document.sections)
    assert "PAGE" in first.footer._element.xml  # pages numbered, though the letterhead's footer was not
    assert "Table Text" in [s.name for s in document.styles]  # a style it lacks comes from the default report
    assert not check_package()(tmp_path / REPORT)


def test_plain_template_with_numeric_style_ids(make_workbook, tmp_path):
    template = russian_ids(tmp_path / "blank.docx")
    result = build(make_workbook(), "-o", tmp_path, "--docx-template", template)
    assert result.exit_code == 0, result.output
    document = Document(str(tmp_path / REPORT))
    h1 = next(p for p in document.paragraphs if p.text == "Personas")
    assert style_of(h1) == "1"


def test_plain_dotx_template(make_workbook, tmp_path):
    template = spanish_dotx(tmp_path / "plantilla.dotx")
    result = build(make_workbook(), "-o", tmp_path, "--docx-template", template, "--lang", "es")
    assert result.exit_code == 0, result.output
    document = Document(str(tmp_path / REPORT))
    assert round(document.sections[0].page_height.cm, 2) == 27.94  # US Letter, from the template
    assert document.sections[0].footer.paragraphs[0].text == "Agencia Brisa · confidencial"
    with zipfile.ZipFile(tmp_path / REPORT) as package:
        assert b"document.main+xml" in package.read("[Content_Types].xml")


def test_not_a_word_file(make_workbook, tmp_path):
    template = tmp_path / "agency.docx"
    template.write_text("hello")
    result = build(make_workbook(), "-o", tmp_path, "--docx-template", template)
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {template}: not a Word file; save it from Word as .docx or .dotx, without a password\n"
    )


# --- context ---------------------------------------------------------------------------------------------------


def test_context_prints_what_a_template_sees(make_workbook):
    book = make_workbook(Personas=[["Name", "Age", "Shoe size"], ["Ana", 34, 38], ["Ben", 51, 44]])
    result = CliRunner().invoke(main, ["context", str(book)])
    assert result.exit_code == 0, result.output
    values = json.loads(result.output)
    assert {"project", "labels", "personas", "stages", "curve", "plan", "questions", "costs", "emotion_chart"} <= set(
        values
    )
    assert values["personas"][0]["extra"] == {"Shoe size": "38"}
    assert values["rows"][1]["pain_points"] == ["Shipping costs", "Slow checkout"]
    assert values["plan"]["actions"][0]["text"] == "Show shipping costs early"


def test_template_with_a_dtd_is_refused(make_workbook, tmp_path):
    plain = tagged(tmp_path / "plain.docx", "Hello")
    hostile = tmp_path / "hostile.docx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(hostile, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                head, rest = data.split(b"?>", 1)
                data = head + b'?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>' + rest
            dst.writestr(item, data)
    result = build(make_workbook(), "-o", tmp_path, "--docx-template", hostile)
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {hostile}: word/document.xml declares a DTD or entities, which Word never writes; refused\n"
    )
    assert not (tmp_path / REPORT).exists()


SAMPLES = Path(__file__).resolve().parent.parent / "samples"
NUMBER_HEADERS = {"Customers", "Moved on", "Lost", "% lost", "Change", "Baseline", "Target", "Current", "Cost", "Share"}


def test_numbers_align_right_in_the_report_tables(tmp_path):
    result = build(SAMPLES / "home-furniture-en.xlsx", "-o", tmp_path)
    assert result.exit_code == 0, result.output
    (report,) = tmp_path.glob("*.docx")
    columns: dict[str, set[str]] = {}  # header: the alignments of its column's cells, header included
    scores: set[str] = set()  # the alignments of the touchpoint tables' Emotion columns
    for table in Document(str(report)).element.body.iter(qn("w:tbl")):
        rows = [list(tr.iter(qn("w:tc"))) for tr in table.iter(qn("w:tr"))]
        headers = ["".join(t.text or "" for t in tc.iter(qn("w:t"))) for tc in rows[0]]
        for j, header in enumerate(headers):
            for row in rows:
                if j < len(row):
                    jc = row[j].find(f".//{qn('w:pPr')}/{qn('w:jc')}")
                    align = jc.get(qn("w:val")) if jc is not None else "left"
                    columns.setdefault(header, set()).add(align)
                    if headers[0] == "Touchpoint" and header == "Emotion":
                        scores.add(align)
    assert set(columns) >= NUMBER_HEADERS  # the sample has a funnel, KPI values and costs
    assert all(columns[h] == {"right"} for h in NUMBER_HEADERS), {h: columns[h] for h in NUMBER_HEADERS}
    assert columns["Stage"] == {"left"} and columns["KPI"] == {"left"}
    assert scores == {"center"}  # a score, centred as on the slides
    document = Document(str(report))
    assert table_after(document, "Table 13")[-1] == ["Total", "£80,950", "100%"]  # costs by stage, totalled
