"""Regenerate templates/report.docx: the default Word report, Jinja2 tags in Word, rendered by docxtpl.

A4, Calibri, numbered headings, a table of contents, client and project in the header, page
numbers in the footer, and landscape sections for the wide tables. Every word comes from the
template's context (`cjmdeck context WORKBOOK` prints it), so one template serves en, es and pl.
Run: python scripts/make_report_template.py [OUT.docx]
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from cjmdeck.report.fields import update_fields

W = nsdecls("w")
NUM_ID = 90  # the numbering of the report's headings: 1, 1.1
PORTRAIT = (Cm(21.0), Cm(29.7))
TEXT_COLOUR = RGBColor(0x1E, 0x23, 0x28)


def main(out: Path) -> None:
    """Write the default report template to `out`."""
    doc = Document()
    _styles(doc)
    _numbering(doc)
    _page(doc)
    _title_page(doc)
    _contents(doc)
    _summary(doc)
    _scope(doc)
    _personas(doc)
    _section(doc, landscape=True)
    _journeys(doc)
    _curve(doc)
    _funnel(doc)
    _touchpoints(doc)
    _section(doc, landscape=False)
    _questions(doc)
    _section(doc, landscape=True)
    _plan(doc)
    _kpis(doc)
    _section(doc, landscape=False)
    _costs(doc)
    _appendix(doc)
    update_fields(doc.settings.element)
    doc.core_properties.title = "cjmdeck report"
    doc.core_properties.author = "cjmdeck"
    buffer = io.BytesIO()
    doc.save(buffer)
    out.write_bytes(_fixed_dates(buffer.getvalue()))


def _fixed_dates(data: bytes) -> bytes:
    """Return the package `data` with every member dated alike, so that regenerating changes no byte."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            member = zipfile.ZipInfo(item.filename, date_time=(2026, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(member, source.read(item.filename))
    return out.getvalue()


def _styles(doc: DocumentObject) -> None:
    """Set the fonts, sizes and spacing of the styles the report uses, and add the table text style."""
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.font.color.rgb = TEXT_COLOUR
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1
    for name, size, before in (("Heading 1", 18, 18), ("Heading 2", 13.5, 12)):
        style = styles[name]
        style.font.name = "Calibri"
        style.font.size = Pt(size)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(6)
    styles["Title"].font.size = Pt(32)
    styles["Title"].font.name = "Calibri"
    styles["Subtitle"].font.size = Pt(16)
    caption = styles["Caption"]
    caption.font.size = Pt(9)
    caption.paragraph_format.keep_with_next = True
    caption.paragraph_format.space_before = Pt(6)
    table_text = styles.add_style("Table Text", 1)
    table_text.base_style = normal
    table_text.font.size = Pt(9)
    table_text.paragraph_format.space_after = Pt(0)
    table_text.paragraph_format.line_spacing = 1.0
    lead = styles.add_style("Lead", 1)
    lead.base_style = normal
    lead.font.size = Pt(11)
    lead.font.bold = True
    lead.paragraph_format.keep_with_next = True
    for level in (1, 2):
        toc = styles.add_style(f"toc {level}", 1)
        toc.base_style = normal
        toc.element.get_or_add_pPr().append(  # first: the schema puts tabs before spacing and indents
            parse_xml(f'<w:tabs {W}><w:tab w:val="right" w:leader="dot" w:pos="9630"/></w:tabs>')
        )
        toc.paragraph_format.left_indent = Cm(0.6 * (level - 1))
        toc.paragraph_format.space_after = Pt(3 if level == 2 else 6)


def _numbering(doc: DocumentObject) -> None:
    """Add the heading numbering: 1 for Heading 1, 1.1 for Heading 2."""
    numbering = doc.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:suff w:val="space"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
        for i, text in enumerate(("%1", "%1.%2"))
    )
    abstract = parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="{NUM_ID}"><w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {W} w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'))


def _page(doc: DocumentObject) -> None:
    """Make the first section A4 portrait with a title page, the header and the footer."""
    section = doc.sections[0]
    section.page_width, section.page_height = PORTRAIT
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.2))
    section.top_margin, section.bottom_margin = Cm(2.4), Cm(2.2)
    section.header_distance = section.footer_distance = Cm(1.1)
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    header.text = "{{ project.client }}{% if project.project %} · {{ project.project }}{% endif %}"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    header.runs[0].font.size = Pt(8.5)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = footer.add_run("{{ labels.page }} ")
    run.font.size = Pt(8.5)
    _field(footer, "PAGE", "1", size=8.5)


def _field(paragraph: Paragraph, instruction: str, cached: str, size: float | None = None) -> None:
    """Append the field `instruction` showing `cached` until updated."""
    rpr = f'<w:rPr><w:sz w:val="{int(size * 2)}"/></w:rPr>' if size else ""
    for xml in (
        f'<w:r {W}>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {W}>{rpr}<w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>',
        f'<w:r {W}>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>',
        f"<w:r {W}>{rpr}<w:t>{cached}</w:t></w:r>",
        f'<w:r {W}>{rpr}<w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml))


def _title_page(doc: DocumentObject) -> None:
    """Add the title page: project, kind of report, client, date and agency."""
    spacer = doc.add_paragraph()
    spacer.paragraph_format.space_before = Cm(5)
    doc.add_paragraph("{{ project.title }}", style="Title")
    doc.add_paragraph("{{ project.kind }}", style="Subtitle")
    doc.add_paragraph("{{ project.prepared_for }}", style="Lead")
    doc.add_paragraph("{%p if project.date %}")
    doc.add_paragraph("{{ project.date }}")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p if project.agency %}")
    doc.add_paragraph("{{ project.agency }}")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p if project.author %}")
    doc.add_paragraph("{{ project.author }}")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _contents(doc: DocumentObject) -> None:
    """Add the table of contents: a TOC field of heading levels 1-2, which Word fills when it opens the file."""
    doc.add_paragraph("{{ labels.contents }}", style="TOC Heading")
    p = doc.add_paragraph()
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'))
    p._p.append(
        parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>')
    )
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p.add_run("{{ labels.contents_note }}")
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _heading(doc: DocumentObject, text: str, level: int) -> Paragraph:
    """Add a numbered heading."""
    p = doc.add_paragraph(text, style=f"Heading {level}")
    p._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level - 1}"/><w:numId w:val="{NUM_ID}"/></w:numPr>')
    )
    return p


def _tag(doc: DocumentObject, tag: str) -> None:
    """Add a paragraph holding only a `{%p ... %}` tag (docxtpl removes the paragraph)."""
    doc.add_paragraph(f"{{%p {tag} %}}")


def _lead(doc: DocumentObject, text: str) -> None:
    """Add the sentence that says what the next table or chart shows."""
    doc.add_paragraph(text, style="Lead")


def _caption(doc: DocumentObject, kind: str, text: str) -> None:
    """Add a numbered caption ("Table 2: ...") kept with what follows; the number is a SEQ field."""
    p = doc.add_paragraph(f"{{{{ labels.{kind} }}}} ", style="Caption")
    _field(p, f"SEQ {kind.capitalize()} \\* ARABIC", "1")
    p.add_run(f": {text}")


def _table(
    doc: DocumentObject,
    headers: list[str] | None,
    cells: list[str],
    loop: str,
    widths: list[float],
    numbers: Sequence[int] = (),
    centred: Sequence[int] = (),
) -> Table:
    """Add a table: a repeated header row (none for a table of labels and values), then a row per item of `loop`.

    The columns at the indexes `numbers` hold numbers: they and their headers align right. Those
    at `centred` hold scores (emotion 1-5): they are centred, as on the slides.
    """
    table = doc.add_table(rows=4 if headers else 3, cols=len(widths))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    rows = table.rows
    parts = [[f"{{%tr {loop} %}}"], cells, ["{%tr endfor %}"]]
    for row, texts in zip(rows, [headers, *parts] if headers else parts, strict=True):
        for i, cell in enumerate(row.cells):
            cell.width = Cm(widths[i])
            para = cell.paragraphs[0]
            para.style = doc.styles["Table Text"]
            if i in numbers:
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif i in centred:
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i < len(texts):
                para.add_run(texts[i])
        row._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {W}/>"))
    _set_grid(table, widths)
    _padding(table)
    if headers:
        _header_row(table)
    else:  # a table of labels and values: the labels bold
        for run in rows[1].cells[0].paragraphs[0].runs:
            run.font.bold = True
    _after_table(doc)
    return table


def _header_row(table: Table) -> None:
    """Make the first row the header: repeated on every page, white bold text on the theme's accent."""
    header = table.rows[0]
    header._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {W}/>"))
    for cell in header.cells:
        _shade(cell._tc)
        for run in cell.paragraphs[0].runs:
            run.font.bold = True
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def _padding(table: Table) -> None:
    """Give the table's cells room above and below their text."""
    margins = parse_xml(
        f'<w:tblCellMar {W}><w:top w:w="45" w:type="dxa"/><w:left w:w="90" w:type="dxa"/>'
        '<w:bottom w:w="45" w:type="dxa"/><w:right w:w="90" w:type="dxa"/></w:tblCellMar>'
    )
    look = table._tbl.tblPr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(margins)
    else:
        table._tbl.tblPr.append(margins)


def _set_grid(table: Table, widths: list[float]) -> None:
    """Give the table's grid the columns' widths (python-docx leaves it at an even split)."""
    for col, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
        col.w = Cm(width)


def _shade(tc: object) -> None:
    """Fill a header cell with the theme's first accent colour."""
    tc_pr = tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    tc_pr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="1F6FB2" w:themeFill="accent1"/>'))


def _after_table(doc: DocumentObject) -> None:
    """Add the small gap after a table."""
    gap = doc.add_paragraph()
    gap.paragraph_format.space_after = Pt(4)


def _section(doc: DocumentObject, *, landscape: bool) -> None:
    """Start a new section on a new page, landscape or portrait; the header and footer carry on."""
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    width, height = PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    section.different_first_page_header_footer = False


def _summary(doc: DocumentObject) -> None:
    """Add the executive summary: the findings, then the map in figures."""
    _heading(doc, "{{ labels.summary }}", 1)
    _tag(doc, "for point in summary")
    doc.add_paragraph("{{ point }}", style="List Bullet")
    _tag(doc, "endfor")
    _heading(doc, "{{ labels.in_figures }}", 2)
    _table(doc, None, ["{{ f.label }}", "{{ f.value }}"], "for f in figures", [8, 3])


def _scope(doc: DocumentObject) -> None:
    """Add scope and objective: the Project sheet's fields."""
    _heading(doc, "{{ labels.scope }}", 1)
    _tag(doc, "if project.objective")
    doc.add_paragraph("{{ project.objective }}")
    _tag(doc, "endif")
    _table(doc, None, ["{{ f.label }}", "{{ f.value }}"], "for f in project.fields", [5, 11.6])


def _personas(doc: DocumentObject) -> None:
    """Add the personas: profile, quote and lists of each."""
    _heading(doc, "{{ labels.personas }}", 1)
    _tag(doc, "if not personas")
    doc.add_paragraph("{{ labels.no_personas }}")
    _tag(doc, "endif")
    _tag(doc, "for persona in personas")
    _heading(doc, "{{ persona.name }}", 2)
    _tag(doc, "if persona.quote")
    doc.add_paragraph("{{ persona.quoted }}", style="Quote").paragraph_format.keep_with_next = True
    _tag(doc, "endif")
    _tag(doc, "if persona.profile")
    _table(doc, None, ["{{ f.label }}", "{{ f.value }}"], "for f in persona.profile", [5, 11.6])
    _tag(doc, "endif")
    _tag(doc, "for group in persona.lists")
    doc.add_paragraph("{{ group.label }}", style="Lead")
    _tag(doc, "for item in group['items']")
    doc.add_paragraph("{{ item }}", style="List Bullet")
    _tag(doc, "endfor")
    _tag(doc, "endfor")
    _tag(doc, "endfor")


def _journeys(doc: DocumentObject) -> None:
    """Add each persona's journey by stage: stages as rows, the map's lanes as columns."""
    _heading(doc, "{{ labels.journeys }}", 1)
    _tag(doc, "for persona in personas")
    _heading(doc, "{{ persona.name }}", 2)
    _lead(doc, "{{ persona.headline }}")
    _caption(doc, "table", "{{ persona.journey_title }}")
    table = doc.add_table(rows=4, cols=6)
    _grid_table(
        doc,
        table,
        [
            [
                "{{ labels.stage }}",
                "{{ labels.emotion }}",
                "{%tc for lane in persona.lanes %}",
                "{{ lane }}",
                "{%tc endfor %}",
                "",
            ],
            ["{%tr for row in persona.journey %}"],
            [
                "{{ row.stage }}",
                "{% cellbg row.tint %}{{ row.emotion }}",
                "{%tc for cell in row.cells %}",
                "{{ cell }}",
                "{%tc endfor %}",
                "",
            ],
            ["{%tr endfor %}"],
        ],
        [3.2, 2.0, 0.1, 19.9, 0.1, 0.01],
    )
    _tag(doc, "endfor")


def _grid_table(
    doc: DocumentObject, table: Table, texts: list[list[str]], widths: list[float], numbers: Sequence[int] = ()
) -> None:
    """Fill a table whose columns are looped with `{%tc %}`; the last column is dropped after filling.

    The columns at the indexes `numbers` hold numbers: they and their headers align right.
    """
    table.style = doc.styles["Table Grid"]
    table.autofit = False
    for row, row_texts in zip(table.rows, texts, strict=True):
        for i, cell in enumerate(row.cells):
            cell.width = Cm(widths[i])
            para = cell.paragraphs[0]
            para.style = doc.styles["Table Text"]
            if i in numbers:
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if i < len(row_texts) and row_texts[i]:
                para.add_run(row_texts[i])
        row._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {W}/>"))
    _padding(table)
    _header_row(table)
    for row in table.rows:  # drop the spare last column python-docx needed to lay out the tags
        row._tr.remove(row._tr.tc_lst[-1])
    grid = table._tbl.tblGrid
    grid.remove(grid.gridCol_lst[-1])
    _set_grid(table, widths[:-1])
    _after_table(doc)


def _curve(doc: DocumentObject) -> None:
    """Add the emotion curve: a native chart, and the scores as a table."""
    _heading(doc, "{{ labels.emotion_curve }}", 1)
    _tag(doc, "if curve.series")
    _lead(doc, "{{ curve.title }}")
    chart = doc.add_paragraph("{{ emotion_chart }}")
    chart.paragraph_format.keep_with_next = True
    _caption(doc, "figure", "{{ labels.emotion_curve }}")
    doc.paragraphs[-1].paragraph_format.keep_with_next = False
    _caption(doc, "table", "{{ labels.emotion_table }}")
    table = doc.add_table(rows=4, cols=5)
    _grid_table(
        doc,
        table,
        [
            ["{{ labels.persona }}", "{%tc for stage in curve.categories %}", "{{ stage }}", "{%tc endfor %}", ""],
            ["{%tr for line in curve.series %}"],
            [
                "{{ line.name }}",
                "{%tc for value in line.labels %}",
                "{% cellbg line.tints[loop.index0] %}{{ value }}",
                "{%tc endfor %}",
                "",
            ],
            ["{%tr endfor %}"],
        ],
        [4.2, 0.1, 20.9, 0.1, 0.01],
    )
    _tag(doc, "else")
    doc.add_paragraph("{{ labels.no_emotions }}")
    _tag(doc, "endif")


def _funnel(doc: DocumentObject) -> None:
    """Add where customers are lost, when the workbook counts them: a native bar chart, the drops, the breakdown."""
    _tag(doc, "if funnel")
    _heading(doc, "{{ labels.funnel }}", 1)
    _lead(doc, "{{ funnel.title }}")
    chart = doc.add_paragraph("{{ funnel_chart }}")
    chart.paragraph_format.keep_with_next = True
    _caption(doc, "figure", "{{ labels.funnel_chart }}")
    doc.paragraphs[-1].paragraph_format.keep_with_next = False
    _caption(doc, "table", "{{ labels.funnel }}")
    headers = [
        "{{ labels.funnel_stage }}",
        "{{ labels.funnel_customers }}",
        "{{ labels.funnel_go_on }}",
        "{{ labels.funnel_lost }}",
        "{{ labels.funnel_share }}",
    ]
    cells = [
        "{{ d.from }} → {{ d.to }}",
        "{{ d.reached }}",
        "{{ d.kept }}",
        "{{ d.lost }}",
        "{% cellbg d.tint %}{{ d.share }}",
    ]
    _tag(doc, "if funnel.before_label")
    _table(
        doc,
        [*headers, "{{ funnel.before_label }}", "{{ labels.funnel_change }}"],
        [*cells, "{{ d.before }}", "{{ d.change }}"],
        "for d in funnel.drops",
        [8.3, 2.8, 2.8, 2.8, 2.6, 3.6, 2.4],
        numbers=range(1, 7),
    )
    _tag(doc, "else")
    _table(doc, headers, cells, "for d in funnel.drops", [9.5, 4.0, 4.0, 4.0, 3.8], numbers=range(1, 5))
    _tag(doc, "endif")
    _tag(doc, "if funnel.compared")
    doc.add_paragraph("{{ funnel.compared }}")
    _tag(doc, "endif")
    _tag(doc, "if funnel.breakdown")
    _lead(doc, "{{ funnel.breakdown.title }}")
    _caption(doc, "table", "{{ funnel.breakdown.by }}")
    table = doc.add_table(rows=4, cols=6)
    _grid_table(
        doc,
        table,
        [
            [
                "{{ funnel.breakdown.by }}",
                "{%tc for stage in funnel.breakdown.stages %}",
                "{{ stage }}",
                "{%tc endfor %}",
                "{{ funnel.breakdown.reach_label }}",
            ],
            ["{%tr for part in funnel.breakdown.rows %}"],
            ["{{ part.name }}", "{%tc for n in part.counts %}", "{{ n }}", "{%tc endfor %}", "{{ part.reach }}"],
            ["{%tr endfor %}"],
        ],
        [4.6, 0.1, 16.5, 0.1, 4.0, 0.01],
        numbers=(2, 4),
    )
    _tag(doc, "endif")
    _tag(doc, "endif")


def _kpis(doc: DocumentObject) -> None:
    """Add KPIs before and after, when the workbook gives KPI values: a row per stage and action, change marked."""
    _tag(doc, "if kpis")
    _heading(doc, "{{ labels.kpis }}", 2)
    _lead(doc, "{{ kpis.title }}")
    doc.add_paragraph("{{ kpis.key }}")
    _caption(doc, "table", "{{ labels.kpis }}")
    _table(
        doc,
        [
            "{{ labels.kpi_for }}",
            "{{ labels.kpi_name }}",
            "{{ labels.kpi_baseline }}",
            "{{ labels.kpi_target }}",
            "{{ labels.kpi_current }}",
            "{{ labels.kpi_change }}",
            "{{ labels.kpi_progress }}",
        ],
        [
            "{{ k.owner }}",
            "{{ k.name }}",
            "{{ k.baseline }}",
            "{{ k.target }}",
            "{{ k.current }}",
            "{% cellbg k.tint %}{{ k.change }}",
            "{{ k.progress }}",
        ],
        "for k in kpis.rows",
        [7.0, 5.2, 2.4, 2.4, 2.4, 2.6, 3.4],
        numbers=range(2, 6),
    )
    _tag(doc, "endif")


def _touchpoints(doc: DocumentObject) -> None:
    """Add the touchpoints of each stage, with the stage's goals and KPI."""
    _heading(doc, "{{ labels.touchpoints_by_stage }}", 1)
    _lead(doc, "{{ touchpoints_title }}")
    _tag(doc, "for stage in stages")
    _heading(doc, "{{ stage.title }}", 2)
    _lead(doc, "{{ stage.headline }}")
    _tag(doc, "if stage.description")
    doc.add_paragraph("{{ stage.description }}").paragraph_format.keep_with_next = True
    _tag(doc, "endif")
    _tag(doc, "for f in stage.fields")
    p = doc.add_paragraph()
    p.add_run("{{ f.label }}: ").bold = True
    p.add_run("{{ f.value }}")
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    _tag(doc, "endfor")
    _tag(doc, "if stage.touchpoints")
    _caption(doc, "table", "{{ stage.touchpoints_title }}")
    _table(
        doc,
        [
            "{{ labels.touchpoint }}",
            "{{ labels.channel }}",
            "{{ labels.customer_action }}",
            "{{ labels.motivation }}",
            "{{ labels.obstacle }}",
            "{{ labels.emotion }}",
            "{{ labels.owner }}",
            "{{ labels.cost }}",
            "{{ labels.kpi }}",
        ],
        [
            "{{ t.name }}{% if t.persona %}\n({{ t.persona }}){% endif %}",
            "{{ t.channel }}{% if t.mode %}\n{{ t.mode }}{% endif %}",
            "{{ t.customer_action }}",
            "{{ t.motivation }}",
            "{{ t.obstacle }}",
            "{{ t.emotion }}",
            "{{ t.owner }}",
            "{{ t.cost }}",
            "{{ t.kpi }}",
        ],
        "for t in stage.touchpoints",
        [3.6, 2.4, 3.6, 3.2, 3.6, 1.8, 2.8, 1.9, 2.4],
        numbers=(7,),
        centred=(5,),
    )
    _tag(doc, "else")
    doc.add_paragraph("{{ labels.no_touchpoints }}")
    _tag(doc, "endif")
    _tag(doc, "endfor")


def _questions(doc: DocumentObject) -> None:
    """Add the key questions with their answers and sources."""
    _heading(doc, "{{ labels.questions }}", 1)
    _tag(doc, "if questions['items']")
    _lead(doc, "{{ questions.title }}")
    _caption(doc, "table", "{{ labels.questions }}")
    _table(
        doc,
        ["{{ labels.stage }}", "{{ labels.question }}", "{{ labels.answer }}", "{{ labels.question_source }}"],
        ["{{ q.stage }}", "{{ q.text }}", "{{ q.answer or labels.open }}", "{{ q.source }}"],
        "for q in questions['items']",
        [2.6, 5.2, 5.9, 2.9],
    )
    _tag(doc, "else")
    doc.add_paragraph("{{ labels.no_questions }}")
    _tag(doc, "endif")


def _plan(doc: DocumentObject) -> None:
    """Add the prioritised action plan: the quadrants, then every action ranked."""
    _heading(doc, "{{ labels.plan }}", 1)
    _tag(doc, "if plan.actions")
    _lead(doc, "{{ plan.title }}")
    doc.add_paragraph("{{ labels.quadrant_rule }}")
    _heading(doc, "{{ labels.plan_by_quadrant }}", 2)
    _tag(doc, "for q in plan.quadrants")
    doc.add_paragraph("{{ q.name }} ({{ q.count }})", style="Lead")
    _tag(doc, "for a in q.actions")
    ranked = doc.add_paragraph("{{ a.rank }}.\t{{ a.text }}")
    ranked.paragraph_format.left_indent = Cm(0.8)
    ranked.paragraph_format.first_line_indent = Cm(-0.8)
    ranked.paragraph_format.space_after = Pt(2)
    _tag(doc, "else")
    doc.add_paragraph("{{ labels.none_in_quadrant }}")
    _tag(doc, "endfor")
    _tag(doc, "endfor")
    _heading(doc, "{{ labels.plan_ranked }}", 2)
    _caption(doc, "table", "{{ plan.full_title }}")
    _table(
        doc,
        [
            "{{ labels.rank }}",
            "{{ labels.action }}",
            "{{ labels.problem }}",
            "{{ labels.where }}",
            "{{ labels.impact }} × {{ labels.feasibility }}",
            "{{ labels.quadrant }}",
            "{{ labels.owner }}",
            "{{ labels.horizon }}",
            "{{ labels.kpi }}",
            "{{ labels.status }}",
        ],
        [
            "{{ a.rank }}",
            "{{ a.text }}",
            "{{ a.problem }}",
            "{{ a.stage }}{% if a.touchpoint %}\n{{ a.touchpoint }}{% endif %}"
            "{% if a.persona %}\n({{ a.persona }}){% endif %}",
            "{{ a.impact }} × {{ a.feasibility }} = {{ a.score }}",
            "{{ a.quadrant }}",
            "{{ a.owner }}",
            "{{ a.horizon }}",
            "{{ a.kpi }}",
            "{{ a.status }}",
        ],
        "for a in plan.actions",
        [0.8, 4.4, 3.4, 3.0, 2.0, 2.4, 2.6, 1.9, 2.4, 2.4],
        numbers=(0,),
    )
    _tag(doc, "else")
    doc.add_paragraph("{{ labels.no_actions }}")
    _tag(doc, "endif")


def _costs(doc: DocumentObject) -> None:
    """Add the costs by stage and by channel, when the touchpoints have costs."""
    _tag(doc, "if costs")
    _heading(doc, "{{ labels.costs }}", 1)
    _lead(doc, "{{ costs.title }}")
    for key, loop in (("costs_by_stage", "for c in costs.by_stage"), ("costs_by_channel", "for c in costs.by_channel")):
        _caption(doc, "table", f"{{{{ labels.{key} }}}}")
        table = _table(
            doc,
            [
                "{{ labels.stage }}" if "stage" in key else "{{ labels.channel }}",
                "{{ labels.cost }}",
                "{{ labels.share }}",
            ],
            ["{{ c.name }}", "{{ c.amount }}", "{{ c.share }}"],
            loop,
            [9.6, 4.0, 3.0],
            numbers=(1, 2),
        )
        total = table.add_row()
        totals = ("{{ labels.total }}", "{{ costs.total }}", "{{ costs.total_share }}")
        for i, (cell, text) in enumerate(zip(total.cells, totals, strict=True)):
            para = cell.paragraphs[0]
            para.style = doc.styles["Table Text"]
            if i:
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            para.add_run(text).bold = True
        total._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {W}/>"))
    _tag(doc, "endif")


def _appendix(doc: DocumentObject) -> None:
    """Add the appendix: the workbook sheets and rows the report was made from."""
    _heading(doc, "{{ labels.appendix }}", 1)
    _lead(doc, "{{ labels.sources_title }}")
    doc.add_paragraph("{{ sources_intro }}")
    _table(
        doc,
        ["{{ labels.sheet }}", "{{ labels.rows_header }}", "{{ labels.count }}"],
        ["{{ s.sheet }}", "{{ s.rows }}", "{{ s.count }}"],
        "for s in sources",
        [5.0, 8.6, 3.0],
        numbers=(2,),
    )


if __name__ == "__main__":
    target = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "templates" / "report.docx"
    )
    main(target)
    print(f"Wrote {target}")
