"""Odd and broken Word templates and workbook text: one-line errors, nothing written, valid reports otherwise."""

from __future__ import annotations

import re
import zipfile

import pytest
from click.testing import CliRunner
from docx import Document
from docx.oxml.ns import nsdecls, qn

from cjmdeck.cli import main
from tests.deckutil import check_package
from tests.wordtemplates import body_text, tagged

REPORT = "acme-retail-checkout-study-journey.docx"
W = nsdecls("w")


def build(*args: object):
    return CliRunner().invoke(main, ["build", "--no-pptx", *map(str, args)])


@pytest.mark.parametrize(
    ("tag", "detail"),
    [
        ("{{ 1/0 }}", "cannot be rendered: ZeroDivisionError: division by zero"),
        ('{{ figures[0].value + " personas" }}', "cannot be rendered: TypeError:"),
        ("{% include 'other.docx' %}", "cannot be rendered: TypeError: no loader for this environment specified"),
        ("{% for i in range(100000000) %}x{% endfor %}", "cannot be rendered: OverflowError:"),
        ("{{ stages[0].name|safe }}", "Jinja2 syntax error: No filter named 'safe'."),
    ],
)
def test_failing_template_code_is_one_line(make_workbook, tmp_path, tag, detail):
    template = tagged(tmp_path / "agency.docx", "Hello", tag)
    result = build(make_workbook(), "-o", tmp_path, "--docx-template", template)
    assert result.exit_code == 1, result.output
    assert result.output.startswith(f"Error: {template}: {detail}")
    assert result.output.count("\n") == 1
    assert not (tmp_path / REPORT).exists()


def test_syntax_error_says_where(make_workbook, tmp_path):
    template = tagged(tmp_path / "agency.docx", "Hello", "{% for p in personas %}", "{{ p.name }}")
    result = build(make_workbook(), "-o", tmp_path, "--docx-template", template)
    assert result.exit_code == 1
    assert "(near “" in result.output and result.output.count("\n") == 1


def test_empty_costs_are_named_with_the_workbook(make_workbook, tmp_path):
    template = tagged(tmp_path / "agency.docx", "Total: {{ costs.total }}")
    costed = make_workbook("a.xlsx")
    free = make_workbook("b.xlsx", Touchpoints=[["Stage", "Touchpoint"], ["Awareness", "Ad"]])
    out = tmp_path / "out"
    result = build(costed, free, "-o", out, "--docx-template", template, "--jobs", "1")
    assert result.exit_code == 1
    error = next(line for line in result.output.splitlines() if line.startswith(f"Error: {template}"))
    assert "empty for this workbook: guard it with {% if ... %}" in error and error.endswith(f"(with {free})")
    assert result.output.splitlines()[-1] == f"Error: 1 of 2 builds failed ({free}); the others were written"
    assert sorted(p.name for p in out.iterdir()) == ["acme-retail-checkout-study-journey.docx"]  # the other one


def test_table_of_loop_rows_over_an_empty_list_is_dropped(make_workbook, tmp_path):
    doc = Document()
    doc.add_paragraph("Plan")
    table = doc.add_table(rows=3, cols=1)
    for row, text in zip(table.rows, ["{%tr for a in plan.actions %}", "{{ a.text }}", "{%tr endfor %}"], strict=True):
        row.cells[0].paragraphs[0].add_run(text)
    doc.save(str(tmp_path / "agency.docx"))
    result = build(make_workbook(Actions=None), "-o", tmp_path, "--docx-template", tmp_path / "agency.docx")
    assert result.exit_code == 0, result.output
    assert Document(str(tmp_path / REPORT)).tables == []


def test_document_properties_are_plain_text(make_workbook, tmp_path):
    template = tagged(tmp_path / "agency.docx", "{{ project.client }}")
    document = Document(str(template))
    document.core_properties.title = "{{ project.client }} report"
    document.save(str(template))
    project = [["Client", "Smith & Sons <Ltd>"], ["Project", "Checkout study"]]
    result = build(make_workbook(Project=project), "-o", tmp_path, "--docx-template", template)
    assert result.exit_code == 0, result.output
    (report,) = tmp_path.glob("smith*.docx")
    assert Document(str(report)).core_properties.title == "Smith & Sons <Ltd> report"


def test_footnotes_are_rendered_once(make_workbook, tmp_path):
    template = tagged(tmp_path / "agency.docx", "Hello {{ project.client }}")
    with zipfile.ZipFile(template) as src:
        files = {name: src.read(name) for name in src.namelist()}
    files["word/footnotes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>'
        '<w:footnote w:id="1"><w:p><w:r><w:t>Client: {{ project.client }}</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    ).encode()
    files["[Content_Types].xml"] = files["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/word/footnotes.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
    )
    files["word/_rels/document.xml.rels"] = files["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'footnotes" Target="footnotes.xml"/></Relationships>',
    )
    with zipfile.ZipFile(template, "w") as dst:
        for name, data in files.items():
            dst.writestr(name, data)
    document = Document(str(template))
    for _ in range(2):  # three sections
        document.add_section()
    document.save(str(template))
    project = [["Client", "{{ 7*7 }}"], ["Project", "Checkout study"]]
    result = build(make_workbook(Project=project), "-o", tmp_path, "--docx-template", template)
    assert result.exit_code == 0, result.output
    (report,) = tmp_path.glob("*-journey.docx")
    with zipfile.ZipFile(report) as package:
        notes = package.read("word/footnotes.xml").decode()
    assert "Client: {{ 7*7 }}" in notes and "49" not in notes


def test_characters_xml_cannot_hold_are_removed(make_workbook, tmp_path):
    project = [["Client", "Acme_x000B_ Retail"], ["Project", "Checkout_x000C_ study"]]
    personas = [["Name"], ["Ana_x0001_"], ["Ben"]]
    result = build(make_workbook(Project=project, Personas=personas, Journey=None), "-o", tmp_path)
    assert result.exit_code == 0, result.output
    (report,) = tmp_path.glob("*.docx")
    assert "Acme Retail" in body_text(Document(str(report)))
    assert not check_package()(report)


@pytest.mark.parametrize(
    ("content_types", "message"),
    [
        (b"application/vnd.ms-word.document.macroEnabled.main+xml", "a macro-enabled document (.docm)"),
    ],
)
def test_unusable_packages_are_named(make_workbook, tmp_path, content_types, message):
    template = tagged(tmp_path / "plain.docx", "Hello")
    with zipfile.ZipFile(template) as src:
        files = {name: src.read(name) for name in src.namelist()}
    files["[Content_Types].xml"] = re.sub(
        rb"application/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\.main\+xml",
        content_types,
        files["[Content_Types].xml"],
    )
    odd = tmp_path / "odd.docx"
    with zipfile.ZipFile(odd, "w") as dst:
        for name, data in files.items():
            dst.writestr(name, data)
    result = build(make_workbook(), "-o", tmp_path, "--docx-template", odd)
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {odd}: {message}")


def test_damaged_member_is_one_line(make_workbook, tmp_path):
    template = tagged(tmp_path / "plain.docx", "Hello")
    data = bytearray(template.read_bytes())
    start = data.find(b"word/document.xml") + len("word/document.xml")  # the first local header's name
    data[start + 40 : start + 60] = b"\x00" * 20  # compressed bytes garbled, the zip's directory intact
    broken = tmp_path / "broken.docx"
    broken.write_bytes(bytes(data))
    result = build(make_workbook(), "-o", tmp_path, "--docx-template", broken)
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {broken}: ") and result.output.count("\n") == 1


def test_the_template_is_never_overwritten(make_workbook, tmp_path):
    template = tagged(tmp_path / REPORT, "{{ project.client }}")
    before = template.read_bytes()
    result = build(make_workbook(), "-o", tmp_path, "--docx-template", template)
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {tmp_path / REPORT}: is one of the inputs; write the outputs to another folder with -o\n"
    )
    assert template.read_bytes() == before


# --- plain templates ---------------------------------------------------------------------------------------------


def test_plain_template_without_a_numbering_part(make_workbook, tmp_path):
    Document().save(str(tmp_path / "blank.docx"))
    with zipfile.ZipFile(tmp_path / "blank.docx") as src:
        files = {n: src.read(n) for n in src.namelist() if n != "word/numbering.xml"}
    for name in ("[Content_Types].xml", "word/_rels/document.xml.rels"):
        files[name] = re.sub(rb"<(Relationship|Override)[^>]*numbering[^>]*/>", b"", files[name])
    template = tmp_path / "nonum.docx"
    with zipfile.ZipFile(template, "w") as dst:
        for name, data in files.items():
            dst.writestr(name, data)
    result = build(make_workbook(), "-o", tmp_path, "--docx-template", template)
    assert result.exit_code == 0, result.output
    assert not check_package()(tmp_path / REPORT)


def test_a_letterhead_first_page_is_the_report_first_page_only(make_workbook, tmp_path):
    doc = Document()
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "FIRST PAGE LETTERHEAD"
    section.header.paragraphs[0].text = "Agency"
    doc.add_paragraph("Dear client,")
    doc.save(str(tmp_path / "letterhead.docx"))
    result = build(make_workbook(), "-o", tmp_path, "--docx-template", tmp_path / "letterhead.docx")
    assert result.exit_code == 0, result.output
    sections = Document(str(tmp_path / REPORT)).sections
    assert [s.different_first_page_header_footer for s in sections] == [True] + [False] * (len(sections) - 1)


def test_localised_heading_names_fill_the_contents(make_workbook, tmp_path):
    doc = Document()
    for style_id, name in (("Heading1", "Überschrift 1"), ("Heading2", "Überschrift 2")):
        for style in doc.styles.element.iter(qn("w:style")):
            if style.get(qn("w:styleId")) == style_id:
                style.find(qn("w:name")).set(qn("w:val"), name)
    doc.save(str(tmp_path / "de.docx"))
    result = build(make_workbook(), "-o", tmp_path, "--docx-template", tmp_path / "de.docx")
    assert result.exit_code == 0, result.output
    instructions = " ".join(t.text for t in Document(str(tmp_path / REPORT)).element.body.iter(qn("w:instrText")))
    assert "PAGEREF _Toc_cjmdeck_1" in instructions


def test_even_page_footer_gets_page_numbers_too(make_workbook, tmp_path):
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    section = doc.sections[0]
    section.footer.paragraphs[0].text = "Odd"
    section.even_page_footer.paragraphs[0].text = "Even"
    doc.save(str(tmp_path / "evenodd.docx"))
    result = build(make_workbook(), "-o", tmp_path, "--docx-template", tmp_path / "evenodd.docx")
    assert result.exit_code == 0, result.output
    last = Document(str(tmp_path / REPORT)).sections[-1]
    assert "PAGE" in last.footer._element.xml and "PAGE" in last.even_page_footer._element.xml


def test_chart_in_a_table_cell_fits_the_cell(make_workbook, tmp_path):
    doc = Document()
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].paragraphs[0].add_run("{{ emotion_chart }}")
    table.rows[0].cells[1].paragraphs[0].add_run("{{ project.client }}")
    doc.save(str(tmp_path / "cell.docx"))
    result = build(make_workbook(), "-o", tmp_path, "--docx-template", tmp_path / "cell.docx")
    assert result.exit_code == 0, result.output
    report = Document(str(tmp_path / REPORT))
    cell_width = report.tables[0].rows[0].cells[0].width
    (extent,) = report.element.body.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}extent"
    )
    assert int(extent.get("cx")) <= cell_width


def test_drawing_ids_are_unique_across_headers(make_workbook, tmp_path):
    template = tagged(tmp_path / "agency.docx", "{{ emotion_chart }}", header="{{ emotion_chart }}")
    result = build(make_workbook(), "-o", tmp_path, "--docx-template", template)
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(tmp_path / REPORT) as package:
        xml = "".join(package.read(n).decode() for n in package.namelist() if re.match(r"word/(document|header)", n))
    ids = re.findall(r'<wp:docPr id="(\d+)"', xml)
    assert len(ids) == 2 and len(set(ids)) == 2


def test_report_dates_are_today(make_workbook, tmp_path):
    result = build(make_workbook(), "-o", tmp_path)
    assert result.exit_code == 0, result.output
    created = Document(str(tmp_path / REPORT)).core_properties.created
    assert created is not None and created.year >= 2026
