"""Small drawing helpers shared by every slide: colours, fills, flat shapes, text frame insets and shape boxes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.oxml.ns import qn
from pptx.util import Emu

from cjmdeck.deck.colours import Paint
from cjmdeck.deck.grid import Box, pt
from cjmdeck.palette import brighten

INSET = 4.0  # text box side inset in points
Colour = MSO_THEME_COLOR | str  # a theme colour, or an RGB hex string

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
