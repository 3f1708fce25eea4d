"""Regenerate templates/default.pptx: 16:9, Calibri headings and body, neutral colours with one accent."""

from __future__ import annotations

import sys
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.util import Emu, Inches

WIDTH, HEIGHT = Emu(12192000), Emu(6858000)
KEEP = ("Title Slide", "Title and Content", "Section Header", "Title Only", "Blank")
COLOURS = {  # neutral greys and one blue accent; accents 2-6 stay distinct for chart series
    "dk1": "1E2328",
    "lt1": "FFFFFF",
    "dk2": "2B3440",
    "lt2": "EEF1F4",
    "accent1": "1F6FB2",
    "accent2": "5F6B76",
    "accent3": "A9B4BE",
    "accent4": "0E3A5C",
    "accent5": "7FA7CC",
    "accent6": "3D4650",
    "hlink": "1F6FB2",
    "folHlink": "5F6B76",
}
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS = {"a": A, "p": "http://schemas.openxmlformats.org/presentationml/2006/main"}
MARGIN, TITLE_TOP, TITLE_H = Inches(0.45), Inches(0.36), Inches(0.85)


def theme_xml(blob: bytes) -> bytes:
    """Return the theme `blob` with cjmdeck's colours, Calibri fonts and name."""
    root = etree.fromstring(blob)
    root.set("name", "cjmdeck")
    scheme = root.find(".//a:clrScheme", NS)
    scheme.set("name", "cjmdeck")
    for slot, rgb in COLOURS.items():
        element = scheme.find(f"a:{slot}", NS)
        for child in list(element):
            element.remove(child)
        etree.SubElement(element, f"{{{A}}}srgbClr", val=rgb)
    root.find(".//a:fontScheme", NS).set("name", "cjmdeck")
    for latin in root.findall(".//a:fontScheme/*/a:latin", NS):
        latin.set("typeface", "Calibri")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def widen(element: etree._Element, factor: float) -> None:
    """Scale the horizontal position and width of every shape in `element` by `factor`."""
    for off in element.iterfind(".//a:xfrm/a:off", NS):
        off.set("x", str(int(int(off.get("x")) * factor)))
    for ext in element.iterfind(".//a:xfrm/a:ext", NS):
        ext.set("cx", str(int(int(ext.get("cx")) * factor)))


def place(layout: object, kind: str, left: int, top: int, width: int, height: int) -> None:
    """Move the placeholder of `kind` ("title", "ctrTitle", "subTitle", "body") on `layout`."""
    for shape in layout.placeholders:
        ph = shape._element.find(".//p:nvPr/p:ph", NS)
        if (ph.get("type") or "body") == kind:
            shape.left, shape.top, shape.width, shape.height = Emu(left), Emu(top), Emu(width), Emu(height)


def style_master(master: object) -> None:
    """Set left-aligned 28 pt bold titles and 18 pt body text in the master's text styles."""
    title = master._element.find(".//p:txStyles/p:titleStyle/a:lvl1pPr", NS)
    title.set("algn", "l")
    rpr = title.find("a:defRPr", NS)
    rpr.set("sz", "2800")
    rpr.set("b", "1")
    rpr.find("a:solidFill/a:schemeClr", NS).set("val", "tx2")
    for level, size in zip(range(1, 10), (1800, 1600, 1400, 1400, 1400, 1400, 1400, 1400, 1400), strict=False):
        lvl = master._element.find(f".//p:txStyles/p:bodyStyle/a:lvl{level}pPr/a:defRPr", NS)
        if lvl is not None:
            lvl.set("sz", str(size))


def accent_bar(layout: object, width: int, height: int) -> None:
    """Draw a full-height accent band at the left edge of `layout`, behind its placeholders."""
    tree = layout._element.find(".//p:cSld/p:spTree", NS)
    ids = [int(e.get("id")) for e in tree.iterfind(".//p:cNvPr", NS)]
    sp = etree.fromstring(
        f'<p:sp xmlns:p="{NS["p"]}" xmlns:a="{A}">'
        f'<p:nvSpPr><p:cNvPr id="{max(ids, default=1) + 1}" name="Accent band"/><p:cNvSpPr/>'
        '<p:nvPr userDrawn="1"/></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width}" cy="{height}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:schemeClr val="accent1"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr>'
        "</p:sp>"
    )
    tree.insert(2, sp)  # after nvGrpSpPr and grpSpPr: drawn first, under the placeholders


def build(out: Path) -> None:
    """Write the default template to `out`."""
    prs = Presentation()
    factor = WIDTH / prs.slide_width
    prs.slide_width, prs.slide_height = WIDTH, HEIGHT
    master = prs.slide_master
    theme = master.part.part_related_by(RT.THEME)
    theme._blob = theme_xml(theme.blob)
    widen(master._element, factor)
    style_master(master)
    for layout in list(prs.slide_layouts):
        if layout.name not in KEEP:
            prs.slide_layouts.remove(layout)
        else:
            widen(layout._element, factor)
    wide = WIDTH - 2 * MARGIN
    for layout in prs.slide_layouts:
        place(layout, "title", MARGIN, TITLE_TOP, wide, TITLE_H)
        place(layout, "body", MARGIN, TITLE_TOP + TITLE_H + Inches(0.15), wide, Inches(5.2))
        place(layout, "ctrTitle", MARGIN, Inches(2.3), wide, Inches(1.6))
        place(layout, "subTitle", MARGIN, Inches(4.1), wide, Inches(1.6))
    section = next(layout for layout in prs.slide_layouts if layout.name == "Section Header")
    place(section, "title", MARGIN, Inches(2.6), wide, Inches(1.4))
    place(section, "body", MARGIN, Inches(4.1), wide, Inches(1.2))
    for layout in prs.slide_layouts:
        for algn in layout._element.iterfind(".//a:lvl1pPr[@algn='ctr']", NS):
            algn.set("algn", "l")
    for layout in prs.slide_layouts:
        for rpr in layout._element.iterfind(".//a:defRPr[@cap]", NS):
            del rpr.attrib["cap"]
    for layout in prs.slide_layouts:
        if layout.name in ("Title Slide", "Section Header"):
            accent_bar(layout, Inches(0.22), HEIGHT)
    prs.core_properties.title = "cjmdeck default template"
    prs.core_properties.author = "cjmdeck"
    prs.save(out)


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[1]
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else root / "templates" / "default.pptx")
