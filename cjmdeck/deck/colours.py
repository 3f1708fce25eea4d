"""The template's colours resolved to RGB, and text colours chosen to stay readable on what they sit on.

Theme colours go through the master's colour map (a dark theme maps the background to dk1 and
the text to lt1), backgrounds are read from the layout or the master, and every text cjmdeck
writes is given an explicit colour that reaches WCAG's 4.5:1 against its fill or background:
the colour asked for when it does, else the theme's text or background colour, else black or white.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml import parse_xml
from pptx.oxml.ns import qn
from pptx.presentation import Presentation

from cjmdeck.palette import BLACK, MIN_CONTRAST, WHITE, brighten, contrast, luminance

BACKGROUND_ART = 0.5  # a shape a layout or master draws over this share of the slide is background
BAND_CONTRAST = 1.15  # a table band this far from the slide reads as a band

SCHEME = ("dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink")
DEFAULT_SCHEME = dict(zip(SCHEME, ("000000", "FFFFFF", "44546A", "E7E6E6", "4472C4", "ED7D31", "A5A5A5", "FFC000",
                                   "5B9BD5", "70AD47", "0563C1"), strict=True))  # fmt: skip
DEFAULT_MAP = {"bg1": "lt1", "tx1": "dk1", "bg2": "lt2", "tx2": "dk2"}
THEME_KEYS = {
    MSO_THEME_COLOR.TEXT_1: "tx1",
    MSO_THEME_COLOR.BACKGROUND_1: "bg1",
    MSO_THEME_COLOR.TEXT_2: "tx2",
    MSO_THEME_COLOR.BACKGROUND_2: "bg2",
    MSO_THEME_COLOR.DARK_1: "dk1",
    MSO_THEME_COLOR.LIGHT_1: "lt1",
    MSO_THEME_COLOR.DARK_2: "dk2",
    MSO_THEME_COLOR.LIGHT_2: "lt2",
    MSO_THEME_COLOR.ACCENT_1: "accent1",
    MSO_THEME_COLOR.ACCENT_2: "accent2",
    MSO_THEME_COLOR.ACCENT_3: "accent3",
    MSO_THEME_COLOR.ACCENT_4: "accent4",
    MSO_THEME_COLOR.ACCENT_5: "accent5",
    MSO_THEME_COLOR.ACCENT_6: "accent6",
}
TEXT_FALLBACKS = (MSO_THEME_COLOR.TEXT_1, MSO_THEME_COLOR.BACKGROUND_1, MSO_THEME_COLOR.TEXT_2)
GRAPHIC_CONTRAST = 3.0  # WCAG's minimum for lines, bars and markers that carry meaning
DARK_GROUND = 0.18  # a background of this relative luminance or less is dark: fills lift from it


def is_dark(on: str) -> bool:
    """Return True when RGB hex `on` is a dark ground: fills lift from it, and text and graphics go light."""
    return luminance(on) <= DARK_GROUND


@dataclass(frozen=True)
class Paint:
    """A colour as the deck writes it: a theme colour (with a brightness change) or an RGB hex string."""

    colour: MSO_THEME_COLOR | str
    brightness: float = 0.0


@dataclass(frozen=True)
class ThemeColours:
    """The template's colour scheme and its master's colour map."""

    scheme: dict[str, str]  # dk1, lt1, ... accent6 -> RGB hex
    mapping: dict[str, str]  # bg1, tx1, bg2, tx2 -> a scheme name

    def hex(self, paint: Paint | MSO_THEME_COLOR | str) -> str:
        """Return the RGB hex colour `paint` shows on this template."""
        paint = paint if isinstance(paint, Paint) else Paint(paint)
        if isinstance(paint.colour, str):
            return brighten(paint.colour, paint.brightness)
        return brighten(self.named(THEME_KEYS.get(paint.colour, "tx1")), paint.brightness)

    def named(self, name: str) -> str:
        """Return the RGB hex of a scheme colour name, mapped ones (bg1, tx1, ...) through the colour map."""
        name = self.mapping.get(name, name)
        return self.scheme.get(name, DEFAULT_SCHEME.get(name, BLACK))

    def readable(self, on: str, wanted: Iterable[Paint | MSO_THEME_COLOR | str] = ()) -> Paint:
        """Return the first of `wanted`, the theme's text colours, black or white that reaches 4.5:1 on `on`."""
        candidates = [c if isinstance(c, Paint) else Paint(c) for c in (*wanted, *TEXT_FALLBACKS)]
        for paint in candidates:
            if contrast(self.hex(paint), on) >= MIN_CONTRAST:
                return paint
        return Paint(BLACK if contrast(BLACK, on) >= contrast(WHITE, on) else WHITE)

    def visible(self, on: str, paint: Paint | MSO_THEME_COLOR | str, minimum: float = GRAPHIC_CONTRAST) -> Paint:
        """Return `paint`, darkened or lightened as little as needed to stand out on `on` (3:1 for graphics)."""
        paint = paint if isinstance(paint, Paint) else Paint(paint)
        if contrast(self.hex(paint), on) >= minimum:
            return paint
        towards = 1 if is_dark(on) else -1
        for step in (0.25, 0.4, 0.55, 0.7, 0.85):
            shade = Paint(paint.colour, towards * step)
            if contrast(self.hex(shade), on) >= minimum:
                return shade
        return self.readable(on)

    def bands(self, on: str) -> tuple[Paint, Paint]:
        """Return the fills of a table's alternating rows on `on`: accent tints, or the ground lifted when dark."""
        if is_dark(on):
            return Paint(on, 0.12), Paint(on, 0.06)
        tints = Paint(MSO_THEME_COLOR.ACCENT_1, 0.75), Paint(MSO_THEME_COLOR.ACCENT_1, 0.9)
        if contrast(self.hex(tints[0]), on) < BAND_CONTRAST:  # a pale accent: its tints vanish, grey bands show
            return Paint(on, -0.12), Paint(on, -0.05)
        return tints

    def muted(self, on: str) -> Paint:
        """Return the softest shade of the text colour that stays readable on `on`, for footers and sources."""
        text = self.readable(on)
        towards = 1 if luminance(self.hex(text)) < luminance(on) else -1  # lighter on light grounds, darker on dark
        for brightness in (0.4, 0.3, 0.2, 0.1):
            softer = Paint(text.colour, towards * brightness)
            if contrast(self.hex(softer), on) >= MIN_CONTRAST:
                return softer
        return text


def theme_colours(prs: Presentation, layout: Any = None) -> ThemeColours:
    """Return the colours of the theme of `layout`'s master (default: the first), through its colour maps."""
    master = layout.slide_master if layout is not None else prs.slide_master
    scheme = dict(DEFAULT_SCHEME)
    try:
        theme = parse_xml(master.part.part_related_by(RT.THEME).blob)
    except (KeyError, SyntaxError):  # no theme, or not XML: Office's defaults
        theme = None
    if theme is not None:
        found = theme.find(f".//{qn('a:clrScheme')}")
        for child in found if found is not None else ():
            value = _literal(child)
            if value:
                scheme[child.tag.split("}")[-1]] = value
    mapping = dict(DEFAULT_MAP)
    clr_map = master._element.find(qn("p:clrMap"))
    if clr_map is not None:
        mapping.update({k: v for k, v in clr_map.attrib.items() if k in DEFAULT_MAP})
    override = layout._element.find(f"{qn('p:clrMapOvr')}/{qn('a:overrideClrMapping')}") if layout else None
    if override is not None:  # a dark layout on a light master, say
        mapping.update({k: v for k, v in override.attrib.items() if k in DEFAULT_MAP})
    return ThemeColours(scheme, mapping)


def background(colours: ThemeColours, layout: Any) -> str:
    """Return the RGB hex of what slides on `layout` show behind their content.

    A filled shape the layout (or its master) draws over half the slide or more is a panel text
    sits on; else the layout's background, its master's, or bg1. A picture counts as its mean colour.
    """
    found = _panel(colours, layout)
    if found is None and layout._element.get("showMasterSp") != "0":
        found = _panel(colours, layout.slide_master)
    return found or _background(colours, layout) or _background(colours, layout.slide_master) or colours.named("bg1")


def _panel(colours: ThemeColours, part: Any) -> str | None:
    """Return the fill of the topmost solid shape `part` draws over BACKGROUND_ART of the slide or more, or None."""
    size = part.part.package.presentation_part.presentation
    slide_area = int(size.slide_width or 0) * int(size.slide_height or 0)
    found = None
    for shape in part.shapes:
        if shape.is_placeholder or shape._element.find(qn("p:spPr")) is None:
            continue
        try:
            area = int(shape.width or 0) * int(shape.height or 0)
        except AttributeError:
            continue
        fill = fill_colour(colours, shape._element.find(qn("p:spPr")))
        if fill is not None and slide_area and area >= BACKGROUND_ART * slide_area:
            found = fill
    return found


def _master_kind(kind: Any) -> Any:
    """Return the kind of master placeholder a placeholder of `kind` inherits from: a centred title from the title."""
    return {PP_PLACEHOLDER.CENTER_TITLE: PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.SUBTITLE: PP_PLACEHOLDER.BODY}.get(
        kind, kind
    )


def _sources(shape: Any, layout: Any) -> list[Any]:
    """Return the placeholders placeholder `shape` inherits from: its layout's (same idx), then its master's."""
    if not shape.is_placeholder:
        return []
    idx, kind = shape.placeholder_format.idx, _master_kind(shape._element.ph_type)
    found = [p for p in layout.placeholders if p.placeholder_format.idx == idx]
    return found + [p for p in layout.slide_master.placeholders if p._element.ph_type == kind]


def placeholder_fill(colours: ThemeColours, shape: Any, layout: Any) -> str | None:
    """Return the solid fill of placeholder `shape`: its own, else its layout's or master's placeholder's, or None."""
    own = fill_colour(colours, shape._element.find(qn("p:spPr")))
    if own is not None or not shape.is_placeholder:
        return own
    for source in _sources(shape, layout):
        found = fill_colour(colours, source._element.find(qn("p:spPr")))
        if found is not None:
            return found
    return None


STYLES = {"title": "p:titleStyle", "ctrTitle": "p:titleStyle", "body": "p:bodyStyle", "subTitle": "p:bodyStyle"}


def inherited(colours: ThemeColours, shape: Any, layout: Any) -> str | None:
    """Return the RGB hex a placeholder's text inherits from its layout, master or master text style, or None."""
    kind = shape._element.ph_type if shape.is_placeholder else None
    name = getattr(kind, "xml_value", None) if kind is not None else None
    for source in _sources(shape, layout):
        found = _first_level_colour(colours, source._element.find(f".//{qn('a:lstStyle')}"))
        if found:
            return found
    style = layout.slide_master._element.find(f"{qn('p:txStyles')}/{qn(STYLES.get(name or '', 'p:otherStyle'))}")
    return _first_level_colour(colours, style)


def _first_level_colour(colours: ThemeColours, styles: Any) -> str | None:
    """Return the colour of the first level's default run properties in a list of styles, or None."""
    if styles is None:
        return None
    props = styles.find(f"{qn('a:lvl1pPr')}/{qn('a:defRPr')}")
    return fill_colour(colours, props) if props is not None else None


def resolve(colours: ThemeColours, element: Any) -> str | None:
    """Return the RGB hex of a DrawingML colour element (srgbClr, schemeClr, sysClr, prstClr with mods), or None."""
    base = _literal(element) if element.tag != qn("a:schemeClr") else colours.named(element.get("val", "tx1"))
    if base is None:
        return None
    lum_mod = element.find(qn("a:lumMod"))
    lum_off = element.find(qn("a:lumOff"))
    if lum_mod is None and lum_off is None:
        return base
    mod = int(lum_mod.get("val", "100000")) / 100000 if lum_mod is not None else 1.0
    off = int(lum_off.get("val", "0")) / 100000 if lum_off is not None else 0.0
    return brighten(base, off) if off else brighten(base, mod - 1)


def fill_colour(colours: ThemeColours, parent: Any) -> str | None:
    """Return the RGB hex of the solid fill directly under `parent` (spPr, tcPr, bgPr, rPr), or None."""
    fill = parent.find(qn("a:solidFill")) if parent is not None else None
    if fill is None or not len(fill):
        return None
    return resolve(colours, fill[0])


def _background(colours: ThemeColours, part: Any) -> str | None:
    """Return the RGB hex of the background a slide, layout or master sets itself, or None."""
    bg = part._element.find(f"{qn('p:cSld')}/{qn('p:bg')}")
    if bg is None:
        return None
    props = bg.find(qn("p:bgPr"))
    if props is not None:
        solid = fill_colour(colours, props)
        if solid is not None:
            return solid
        blip = props.find(f"{qn('a:blipFill')}/{qn('a:blip')}")
        if blip is not None:
            return _mean_colour(part, blip.get(qn("r:embed"), ""))
        stop = props.find(f".//{qn('a:gs')}")  # a gradient: its first stop
        return resolve(colours, stop[0]) if stop is not None and len(stop) else None
    ref = bg.find(qn("p:bgRef"))
    return resolve(colours, ref[0]) if ref is not None and len(ref) else None


def _mean_colour(part: Any, r_id: str) -> str | None:
    """Return the mean colour of the picture `part` relates to by `r_id`, as RGB hex, or None when unreadable."""
    try:
        from PIL import Image

        with Image.open(io.BytesIO(part.part.related_part(r_id).blob)) as image:
            pixel = image.convert("RGB").resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))
    except Exception:  # a missing or damaged picture: fall back to the theme's background
        return None
    if not isinstance(pixel, tuple):
        return None
    return "".join(f"{int(channel):02X}" for channel in pixel[:3])


def _literal(element: Any) -> str | None:
    """Return the RGB hex of a colour element that states it (srgbClr, sysClr, prstClr black/white), else None."""
    tag = element.tag.split("}")[-1]
    if tag == "srgbClr":
        return str(element.get("val", BLACK)).upper()
    if tag == "sysClr":
        return str(element.get("lastClr", BLACK if element.get("val") == "windowText" else WHITE)).upper()
    if tag == "prstClr":
        return {"black": BLACK, "white": WHITE}.get(element.get("val", ""))
    if len(element):  # dk1 and the like wrap their colour
        return _literal(element[0])
    return None
