"""Small drawing helpers shared by every slide: colours, fills, flat shapes, text frame insets and shape boxes."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from xml.sax.saxutils import escape

from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn
from pptx.util import Emu

from cjmdeck.deck.colours import Paint
from cjmdeck.deck.fit import LINE_SPACING
from cjmdeck.deck.grid import Box, pt
from cjmdeck.palette import brighten

INSET = 4.0  # text box side inset in points
Colour = MSO_THEME_COLOR | str  # a theme colour, or an RGB hex string

_CONTROL = re.compile(r"[\x00-\x08\x0B-\x1F]")  # written as _xHHHH_, as python-pptx writes them
_from_string: Callable[[str], RGBColor] = RGBColor.from_string  # python-pptx leaves it untyped


def rgb(hex_value: str) -> RGBColor:
    """Return the colour of a hex string."""
    return _from_string(hex_value)


def solid(fill: Any, colour: Colour | Paint) -> None:
    """Fill `fill` (a shape's, a cell's or a point's) with one colour."""
    fill.solid()
    set_colour(fill.fore_color, colour)


def set_colour(target: Any, colour: Colour | Paint) -> None:
    """Set a python-pptx colour to a theme colour (with its brightness) or an RGB hex string."""
    paint = colour if isinstance(colour, Paint) else Paint(colour)
    if isinstance(paint.colour, str):
        target.rgb = rgb(brighten(paint.colour, paint.brightness))
        return
    target.theme_color = paint.colour
    if paint.brightness:
        target.brightness = paint.brightness


def colour_xml(colour: Colour | Paint) -> str:
    """Return the DrawingML colour element of a theme colour (with its brightness) or an RGB hex string.

    The XML python-pptx writes for the same colour, for code that writes many cells at once.
    """
    paint = colour if isinstance(colour, Paint) else Paint(colour)
    if isinstance(paint.colour, str):
        return f'<a:srgbClr val="{brighten(paint.colour, paint.brightness)}"/>'
    change = paint.brightness
    lum = ""
    if change > 0:
        lum = f'<a:lumMod val="{round((1 - change) * 100000)}"/><a:lumOff val="{round(change * 100000)}"/>'
    elif change < 0:
        lum = f'<a:lumMod val="{round((1 + change) * 100000)}"/>'
    return f'<a:schemeClr val="{paint.colour.xml_value}">{lum}</a:schemeClr>'


def flat(shape: Any) -> Any:
    """Return `shape` without the theme's shadow (PowerPoint reads effectLst, LibreOffice the style's effectRef)."""
    shape.shadow.inherit = False
    effect = shape._element.find(f".//{qn('p:style')}/{qn('a:effectRef')}")
    if effect is not None:
        effect.set("idx", "0")
    return shape


def insets(frame: Any, side: float = INSET, top: float = 2) -> None:
    """Set a text frame's inner margins in points."""
    frame.margin_left = frame.margin_right = pt(side)
    frame.margin_top = frame.margin_bottom = pt(top)


def box_of(shape: Any) -> Box | None:
    """Return the box of `shape`, or None when the shape inherits a position it does not state."""
    if shape.left is None or shape.top is None or shape.width is None or shape.height is None:
        return None
    return Box(int(shape.left), int(shape.top), int(shape.width), int(shape.height))


def place(shape: Any, box: Box) -> None:
    """Move and size `shape` to `box`."""
    shape.left, shape.top, shape.width, shape.height = box.xywh


def emu(value: float) -> Emu:
    """Return `value` EMU as a python-pptx length."""
    return Emu(int(value))


def paragraph_xml(
    text: str,
    size: float,
    align: PP_ALIGN = PP_ALIGN.LEFT,
    *,
    bold: bool | None = None,
    italic: bool = False,
    paint: Colour | Paint | None = None,
) -> str:
    """Return a DrawingML paragraph of one run of `text` at `size`, with the exact line spacing the deck measures.

    The XML python-pptx writes for the same paragraph, written at once: a deck holds thousands. A
    `bold` of None leaves the weight to the style (a table's, a placeholder's).
    """
    spacing = round(round(size * LINE_SPACING, 1) * 100)
    weight = f' b="{int(bold)}"' if bold is not None else ""
    style = f' sz="{round(size * 100)}"{weight}' + (' i="1"' if italic else "")
    fill = f"<a:solidFill>{colour_xml(paint)}</a:solidFill>" if paint is not None else ""
    shown = escape(_CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", text))
    return (
        f'<a:p><a:pPr algn="{align.xml_value}"><a:lnSpc><a:spcPts val="{spacing}"/></a:lnSpc></a:pPr>'
        f"<a:r><a:rPr{style}>{fill}</a:rPr><a:t>{shown}</a:t></a:r></a:p>"
    )


def write_text(
    shape: Any,
    paragraphs: Sequence[str],
    *,
    side: float = INSET,
    top: float = 2,
    anchor: MSO_ANCHOR = MSO_ANCHOR.TOP,
    wrap: bool = True,
) -> None:
    """Replace the text of `shape` with `paragraphs` (from paragraph_xml), inset by `side` and `top` points."""
    margins = f'lIns="{int(pt(side))}" rIns="{int(pt(side))}" tIns="{int(pt(top))}" bIns="{int(pt(top))}"'
    replace_children(
        shape._element.txBody,
        f'<p:txBody {nsdecls("a", "p")}><a:bodyPr wrap="{"square" if wrap else "none"}" {margins}'
        f' anchor="{anchor.xml_value}"><a:noAutofit/></a:bodyPr><a:lstStyle/>{"".join(paragraphs)}</p:txBody>',
    )


def replace_children(element: Any, xml: str) -> None:
    """Replace the children of `element` with those of the element `xml` writes (its namespaces declared)."""
    written = parse_xml(xml)
    for child in list(element):
        element.remove(child)
    element.extend(list(written))


@contextmanager
def grouped(slide: Any, name: str) -> Iterator[None]:
    """Group the shapes drawn on `slide` inside the block as one shape called `name`.

    The group's extents are worked out once, at the end: python-pptx works them out again for each
    shape added to a group.
    """
    before = len(slide.shapes)
    yield
    drawn = list(slide.shapes)[before:]
    group = slide.shapes.add_group_shape(drawn)
    group.name = name
