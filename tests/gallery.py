"""Agency templates made in code for the tests, and the checks every deck built on them must pass.

The templates stand for what agencies bring: dark themes exported from Google Slides or
Keynote, a theme whose light colour is dark, a pale accent, logos on the master or in the
content area of a layout, German layout names with master footers on 4:3, a WPS template with
no title placeholders, and a LibreOffice 16:10 one.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lxml import etree
from PIL import Image
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn
from pptx.oxml.shapes.picture import CT_Picture
from pptx.parts.slide import SlideLayoutPart, SlideMasterPart
from pptx.util import Inches

from cjmdeck.deck.colours import background, fill_colour, placeholder_fill, theme_colours
from cjmdeck.deck.grid import Box
from cjmdeck.deck.layouts import obstacles
from cjmdeck.deck.template import default_template, drop_slide
from cjmdeck.palette import MIN_CONTRAST, contrast

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DARK_MAP = {"bg1": "dk1", "tx1": "lt1", "bg2": "dk2", "tx2": "lt2"}
THEMES: dict[str, tuple[dict[str, str], dict[str, str]]] = {  # name: (scheme colours, colour map changes)
    "default": ({}, {}),
    # a dark theme as Google Slides and Keynote export it: the map sends the background to dk1
    "dark": ({"dk1": "14181D", "lt1": "FFFFFF", "dk2": "232A33", "lt2": "DDE3EA", "accent1": "5AB0F0"}, DARK_MAP),
    # a theme whose "light" colours are dark and whose "dark" ones are light, with the usual map
    "light-is-dark": ({"dk1": "F4F4F4", "lt1": "1D2126", "dk2": "DDE3EA", "lt2": "2B3038", "accent1": "F2B134"}, {}),
    # a pale accent that white text cannot sit on
    "pale-accent": ({"accent1": "FFE08A", "accent3": "FFF3C4"}, {}),
}


def themed_template(path: Path, scheme: dict[str, str], mapping: dict[str, str]) -> Path:
    """Write the default template with `scheme` colours in its theme and `mapping` in its master's colour map."""
    prs = Presentation(str(default_template()))
    theme_part = prs.slide_master.part.part_related_by(RT.THEME)
    root = etree.fromstring(theme_part.blob)
    for name, value in scheme.items():
        slot = root.find(f".//{{{A}}}clrScheme/{{{A}}}{name}")
        for child in list(slot):
            slot.remove(child)
        etree.SubElement(slot, f"{{{A}}}srgbClr", val=value)
    theme_part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    clr_map = prs.slide_master._element.find(qn("p:clrMap"))
    for key, value in mapping.items():
        clr_map.set(key, value)
    prs.save(str(path))
    return path


def _boxes(shapes: Any, out: list[tuple[Any, tuple[int, int, int, int]]]) -> None:
    """Collect every shape with its box, groups flattened, in drawing order."""
    for shape in shapes:
        out.append((shape, (shape.left, shape.top, shape.left + shape.width, shape.top + shape.height)))
        if shape.shape_type == 6:  # a group
            _boxes(shape.shapes, out)


def unreadable(path: Path) -> list[str]:
    """Return every text run of the deck at `path` without an explicit colour or below 4.5:1 on what it sits on."""
    prs = Presentation(str(path))
    colours = theme_colours(prs)
    problems = []
    for n, slide in enumerate(prs.slides, start=1):
        ground = background(colours, slide.slide_layout)
        drawn: list[tuple[Any, tuple[int, int, int, int]]] = []
        _boxes(slide.shapes, drawn)
        for index, (shape, (left, top, right, bottom)) in enumerate(drawn):
            element = shape._element
            if shape.has_table if hasattr(shape, "has_table") else False:
                cells = [(tc, fill_colour(colours, tc.tcPr)) for tc in element.iter(qn("a:tc"))]
            elif element.find(qn("p:txBody")) is not None:
                own = placeholder_fill(colours, shape, slide.slide_layout)  # a filled title bar included
                if own is None:  # what lies under the text: the topmost filled shape drawn before it, else the slide
                    x, y = (left + right) // 2, (top + bottom) // 2
                    below = [
                        fill_colour(colours, s._element.find(qn("p:spPr")))
                        for s, (l2, t2, r2, b2) in drawn[:index]
                        if l2 <= x <= r2 and t2 <= y <= b2 and s._element.find(qn("p:spPr")) is not None
                    ]
                    below = [c for c in below if c]
                    own = below[-1] if below else ground
                cells = [(element.find(qn("p:txBody")), own)]
            else:
                continue
            for body, on in cells:
                for run in [*body.iter(qn("a:r")), *body.iter(qn("a:fld"))]:
                    text = "".join(t.text or "" for t in run.iter(qn("a:t"))).strip()
                    if not text:
                        continue
                    props = run.find(qn("a:rPr"))
                    colour = fill_colour(colours, props) if props is not None else None
                    if colour is None or on is None:
                        problems.append(f"slide {n}: {text[:40]!r} has no explicit colour or ground")
                        continue
                    ratio = contrast(colour, on)
                    if ratio < MIN_CONTRAST:
                        problems.append(f"slide {n}: {text[:40]!r} {colour} on {on}: {ratio:.2f}:1")
    return problems


GERMAN = {
    "Title Slide": "Titelfolie",
    "Title and Content": "Titel und Inhalt",
    "Section Header": "Abschnittsüberschrift",
    "Two Content": "Zwei Inhalte",
    "Comparison": "Vergleich",
    "Title Only": "Nur Titel",
    "Blank": "Leer",
}


def add_logo(part_owner: object, box: Box) -> None:
    """Draw a picture (a logo) at `box` on a layout or master, as a designer would in PowerPoint."""
    image = io.BytesIO()
    Image.new("RGB", (40, 40), "purple").save(image, format="PNG")
    image.seek(0)
    part = part_owner.part  # type: ignore[attr-defined]
    _, r_id = part.get_or_add_image_part(image)
    tree = part_owner.shapes._spTree  # type: ignore[attr-defined]
    pic = CT_Picture.new_pic(tree._next_shape_id, "Logo", "", r_id, box.left, box.top, box.width, box.height)
    tree.append(pic)


def inches(left: float, top: float, width: float, height: float) -> Box:
    return Box(int(Inches(left)), int(Inches(top)), int(Inches(width)), int(Inches(height)))


def template(path: Path, logo_on: str = "", names: dict[str, str] | None = None) -> Path:
    """Write python-pptx's own 4:3 template with a logo on the master's corner or in a layout's content area."""
    prs = Presentation()
    if logo_on == "master":
        add_logo(prs.slide_master, inches(8.9, 6.65, 0.8, 0.65))  # the bottom-right corner, where the footer goes
    elif logo_on:
        layout = next(layout for layout in prs.slide_layouts if layout.name == logo_on)
        add_logo(layout, inches(6.5, 3.0, 2.5, 1.5))  # right in the middle of the content area
    for layout in prs.slide_layouts:
        layout.name = (names or {}).get(layout.name, layout.name)
    prs.save(str(path))
    return path


def overlaps(deck: Path) -> list[str]:
    """Return every shape of the deck that overlaps a picture or shape its slide's layout or master draws."""
    prs = Presentation(str(deck))
    width, height = int(prs.slide_width), int(prs.slide_height)
    found = []
    for n, slide in enumerate(prs.slides, start=1):
        avoid = obstacles(slide.slide_layout, width, height)
        for shape in slide.shapes:
            box = Box(int(shape.left), int(shape.top), int(shape.width), int(shape.height))
            found += [f"slide {n}: {shape.name}" for other in avoid if box.overlaps(other)]
    return found


def footers_template(path: Path) -> Path:
    """Write a German 4:3 house template: localised layout names, master footers reading "<Dateiname>" and a date.

    It also holds a sample slide with those footers, as a real template does; the deck drops it.
    """
    template(path, names=GERMAN)
    prs = Presentation(str(path))
    for owner in [prs.slide_master, *prs.slide_layouts]:
        for shape in owner.placeholders:
            kind = shape.placeholder_format.type
            if kind is not None and kind.name in FOOTER_TEXTS:
                shape.text_frame.text = FOOTER_TEXTS[kind.name]
    sample = prs.slides.add_slide(prs.slide_layouts[1])
    sample.shapes.title.text = "Beispielfolie"
    prs.save(str(path))
    return path


FOOTER_TEXTS = {"FOOTER": "<Dateiname>", "DATE": "<Datum>"}


def no_titles_template(path: Path) -> Path:
    """Write a template as WPS exports some: no title placeholder on the master or on any layout."""
    prs = Presentation()
    for owner in [prs.slide_master, *prs.slide_layouts]:
        for shape in list(owner.placeholders):
            kind = shape.placeholder_format.type
            if kind is not None and kind.name in ("TITLE", "CENTER_TITLE"):
                shape._element.getparent().remove(shape._element)
    prs.save(str(path))
    return path


def wide_template(path: Path) -> Path:
    """Write a 16:10 template as LibreOffice makes it (10 x 6.25 in), its master and layouts scaled to fit."""
    prs = Presentation()
    factor = 6.25 / 7.5
    prs.slide_height = Inches(6.25)
    for owner in [prs.slide_master, *prs.slide_layouts]:
        for xfrm in owner._element.iter(qn("a:xfrm")):
            off, ext = xfrm.find(qn("a:off")), xfrm.find(qn("a:ext"))
            if off is not None:
                off.set("y", str(int(int(off.get("y")) * factor)))
            if ext is not None:
                ext.set("cy", str(int(int(ext.get("cy")) * factor)))
    prs.save(str(path))
    return path


def title_logo_template(path: Path) -> Path:
    """Write a template with a logo in the content area of its title layouts: cover, content and section."""
    template(path, logo_on="Title Only")
    prs = Presentation(str(path))
    cover = next(layout for layout in prs.slide_layouts if layout.name == "Title Slide")
    add_logo(cover, inches(7.0, 0.4, 2.4, 1.2))
    section = next(layout for layout in prs.slide_layouts if layout.name == "Section Header")
    add_logo(section, inches(7.0, 0.4, 2.4, 1.2))  # the closing's and the appendix divider's
    prs.save(str(path))
    return path


def _themed(name: str) -> Callable[[Path], Path]:
    """Return the builder of the default template in theme `name` of THEMES."""
    scheme, mapping = THEMES[name]
    return lambda path: themed_template(path, scheme, mapping)


def add_master(prs: Any) -> Any:
    """Clone the first slide master, its layouts and its theme as a second master of `prs`; return it."""
    package = prs.part.package
    first = prs.slide_master.part
    theme = first.part_related_by(RT.THEME)
    theme2 = Part(PackURI("/ppt/theme/theme20.xml"), theme.content_type, package, theme.blob)
    master = SlideMasterPart(
        PackURI("/ppt/slideMasters/slideMaster20.xml"), first.content_type, package, copy.deepcopy(first._element)
    )
    ids = master._element.find(qn("p:sldLayoutIdLst"))
    for child in list(ids):
        ids.remove(child)
    master.relate_to(theme2, RT.THEME)
    for k, layout in enumerate(prs.slide_master.slide_layouts):
        part = layout.part
        name = PackURI(f"/ppt/slideLayouts/slideLayout{100 + k}.xml")
        clone = SlideLayoutPart(name, part.content_type, package, copy.deepcopy(part._element))
        clone.relate_to(master, RT.SLIDE_MASTER)
        entry = etree.SubElement(ids, qn("p:sldLayoutId"), id=str(2147483800 + k))
        entry.set(qn("r:id"), master.relate_to(clone, RT.SLIDE_LAYOUT))
    entry = etree.SubElement(prs.part._element.find(qn("p:sldMasterIdLst")), qn("p:sldMasterId"), id="2147483700")
    entry.set(qn("r:id"), prs.part.relate_to(master, RT.SLIDE_MASTER))
    return prs.slide_masters[-1]


def two_masters_template(path: Path) -> Path:
    """Write a corporate template of two masters: branded layouts with a picture over the content, then clean ones."""
    prs = Presentation()
    add_master(prs)
    for layout in prs.slide_masters[0].slide_layouts:
        if layout.name != "Title Slide":
            add_logo(layout, inches(2.0, 2.5, 6.0, 3.0))  # a brand picture in the middle of the content area
    prs.save(str(path))
    return path


def panel_template(path: Path) -> Path:
    """Write a template whose layouts draw a dark rectangle over the whole slide, as Google Slides themes do."""
    prs = Presentation()
    width, height = int(prs.slide_width), int(prs.slide_height)
    scratch = prs.slides.add_slide(prs.slide_layouts[6])  # layouts cannot add shapes: draw on a slide, then move
    for layout in prs.slide_layouts:
        panel = scratch.shapes.add_shape(1, 0, 0, width, height)  # a rectangle
        panel.fill.solid()
        panel.fill.fore_color.rgb = RGBColor.from_string("1F2937")
        panel.line.fill.background()
        layout.shapes._spTree.insert(2, panel._element)  # behind the placeholders
    drop_slide(prs, scratch)
    prs.save(str(path))
    return path


def picture_background_template(path: Path) -> Path:
    """Write a template whose master background is a dark picture."""
    prs = Presentation()
    image = io.BytesIO()
    Image.new("RGB", (64, 48), (18, 32, 64)).save(image, format="PNG")
    image.seek(0)
    master = prs.slide_master
    _, r_id = master.part.get_or_add_image_part(image)
    background = etree.fromstring(
        f'<p:bg xmlns:p="{P}" xmlns:a="{A}" xmlns:r="{R}"><p:bgPr><a:blipFill><a:blip r:embed="{r_id}"/>'
        "<a:stretch><a:fillRect/></a:stretch></a:blipFill><a:effectLst/></p:bgPr></p:bg>"
    )
    c_sld = master._element.find(qn("p:cSld"))
    for old in c_sld.findall(qn("p:bg")):
        c_sld.remove(old)
    c_sld.insert(0, background)
    prs.save(str(path))
    return path


def title_bar_template(path: Path) -> Path:
    """Write a template whose master title placeholder is a filled dark bar on a white slide."""
    prs = Presentation()
    for shape in prs.slide_master.placeholders:
        if shape.placeholder_format.type is not None and shape.placeholder_format.type.name == "TITLE":
            shape.fill.solid()
            shape.fill.fore_color.rgb = RGBColor.from_string("1F3864")
    prs.save(str(path))
    return path


GALLERY: dict[str, Callable[[Path], Path]] = {
    "default": lambda path: default_template(),
    **{name: _themed(name) for name in THEMES if name != "default"},
    "master-logo": lambda path: template(path, logo_on="master"),
    "title-layout-logo": title_logo_template,
    "german-4x3-footers": footers_template,
    "no-title-placeholders": no_titles_template,
    "libreoffice-16x10": wide_template,
    "two-masters": two_masters_template,
    "dark-panel-layouts": panel_template,
    "picture-background": picture_background_template,
    "filled-title-bar": title_bar_template,
}


def small_sizes(deck: Path) -> list[str]:
    """Return every text size below 9 pt set in the deck's slides and charts."""
    found = []
    with zipfile.ZipFile(deck) as package:
        for name in package.namelist():
            if name.startswith(("ppt/slides/slide", "ppt/charts/chart")) and name.endswith(".xml"):
                sizes = re.findall(rb'<a:(?:rPr|defRPr|endParaRPr)[^>]* sz="(\d+)"', package.read(name))
                found += [f"{name}: {int(s) / 100} pt" for s in sizes if int(s) < 900]
    return found


def titles(deck: Path) -> list[str]:
    """Return the title of every slide: its title placeholder's text, else its first text."""
    found = []
    for slide in Presentation(str(deck)).slides:
        if slide.shapes.title is not None:
            found.append(slide.shapes.title.text_frame.text)
            continue
        texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame and s.text_frame.text.strip()]
        found.append(texts[0] if texts else "")
    return found


def leftovers(deck: Path) -> list[str]:
    """Return the template's own texts that reached the deck: "<Dateiname>", "<Datum>", "Click to add ..."."""
    found = []
    for n, slide in enumerate(Presentation(str(deck)).slides, start=1):
        for shape in slide.shapes:
            text = shape.text_frame.text if shape.has_text_frame else ""
            if re.search(r"<[A-Z][a-z]+>|Click to add|Beispielfolie", text):
                found.append(f"slide {n}: {text!r}")
    return found
