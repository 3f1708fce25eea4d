"""Word templates made in code, as agencies send them: a German letterhead, a Spanish .dotx, a tagged template."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

W = nsdecls("w")
LOGO_RED = (0xC0, 0x10, 0x30)


def png(width: int = 120, height: int = 40, colour: tuple[int, int, int] = LOGO_RED) -> bytes:
    """Return a plain PNG of one colour: a stand-in logo."""
    row = b"\x00" + bytes(colour) * width
    raw = zlib.compress(row * height)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def _rename(doc, old_id: str, new_id: str, display: str | None = None) -> None:
    """Give a style a localised id (and display name), fixing every reference to it, as German Word does."""
    for style in doc.styles.element.iter(qn("w:style")):
        if style.get(qn("w:styleId")) == old_id:
            style.set(qn("w:styleId"), new_id)
            if display is not None:
                style.find(qn("w:name")).set(qn("w:val"), display)
        for ref in ("basedOn", "next", "link"):
            for el in style.findall(qn(f"w:{ref}")):
                if el.get(qn("w:val")) == old_id:
                    el.set(qn("w:val"), new_id)


def german_letterhead(path: Path) -> Path:
    """Write a plain A4 letterhead from a German Word: localised style ids, a logo in the header, its own text."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(4.0), Cm(2.5)
    header = section.header.paragraphs[0]
    header.add_run().add_picture(io.BytesIO(png()), width=Cm(3))
    header.add_run("   Agentur Nordlicht GmbH").font.size = Pt(9)
    section.footer.paragraphs[0].text = "Nordlicht GmbH · Hamburg · vertraulich"
    doc.styles["Normal"].font.name = "Georgia"
    h1 = doc.styles["Heading 1"]
    h1.font.color.rgb = RGBColor(*LOGO_RED)
    h1.font.size = Pt(20)
    _rename(doc, "Heading1", "berschrift1")
    _rename(doc, "Heading2", "berschrift2")
    _rename(doc, "Title", "Titel")
    doc.add_paragraph("Sehr geehrte Damen und Herren,")
    doc.add_paragraph("dieser Briefkopf ist die Vorlage der Agentur.")
    doc.save(str(path))
    return path


def russian_ids(path: Path) -> Path:
    """Write a plain document whose heading styles have numeric ids, as a Russian Word writes them."""
    doc = Document()
    _rename(doc, "Heading1", "1")
    _rename(doc, "Heading2", "2")
    doc.styles["Normal"].font.name = "Cambria"
    doc.add_paragraph("Бланк агентства")
    doc.save(str(path))
    return path


def spanish_dotx(path: Path) -> Path:
    """Write a plain Word template (.dotx) in US Letter landscape-free portrait with a Spanish footer."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.59), Cm(27.94)
    section.orientation = WD_ORIENT.PORTRAIT
    section.footer.paragraphs[0].text = "Agencia Brisa · confidencial"
    buffer = io.BytesIO()
    doc.save(buffer)
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"wordprocessingml.document.main+xml", b"wordprocessingml.template.main+xml")
            dst.writestr(item, data)
    path.write_bytes(out.getvalue())
    return path


def tagged(path: Path, *paragraphs: str, header: str = "", table: bool = False, split: bool = False) -> Path:
    """Write a tagged template: one paragraph per text; `split` breaks each tag across runs as Word does."""
    doc = Document()
    if header:
        doc.sections[0].header.paragraphs[0].text = header
    for text in paragraphs:
        p = doc.add_paragraph()
        if split and len(text) > 4:
            cut = len(text) // 2
            p.add_run(text[:cut])
            p.add_run(text[cut:]).bold = True
        else:
            p.add_run(text)
    if table:
        t = doc.add_table(rows=4, cols=3)
        texts = [
            ["Rank", "Action", "Quadrant"],
            ["{%tr for a in plan.actions %}"],
            ["{{ a.rank }}", "{{ a.text }}", "{{ a.quadrant }}"],
            ["{%tr endfor %}"],
        ]
        for row, cells in zip(t.rows, texts, strict=True):
            for cell, text in zip(row.cells, cells, strict=False):
                cell.paragraphs[0].add_run(text)
    doc.save(str(path))
    return path


def body_text(document) -> str:
    """Return every paragraph's text of a python-docx document, tables included, one per line."""
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.extend(cell.text for cell in row.cells)
    return "\n".join(lines)


def style_of(paragraph) -> str:
    """Return the style id a paragraph uses."""
    ppr = paragraph._p.pPr
    style = ppr.find(qn("w:pStyle")) if ppr is not None else None
    return style.get(qn("w:val")) if style is not None else ""
