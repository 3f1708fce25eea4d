"""Choosing a template's layouts by role: by name when the names say, else by placeholders and clear area.

Layouts are looked up by the names PowerPoint (English UI), Google Slides exports and
LibreOffice give them; see `LAYOUT_NAMES`. Content slides take, among the layouts whose title
sits at the top, the one that leaves the largest content area clear of the pictures and
shapes the layout and its master draw (logos, decorations); a layout named for the role wins
when it is about as clear. When no name matches the cover or the closing, the layout is
chosen by its placeholders, and as a last resort the first layout is used with the title drawn
as a text box.
"""

from __future__ import annotations

from typing import Any

from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.presentation import Presentation
from pptx.slide import SlideLayout

from cjmdeck.contract import normalize
from cjmdeck.deck.colours import BACKGROUND_ART
from cjmdeck.deck.grid import Box, Grid, usable_title
from cjmdeck.deck.shapes import box_of

# Role -> (what cjmdeck uses it for, layout names tried in order).
LAYOUT_NAMES: dict[str, tuple[str, tuple[str, ...]]] = {
    "cover": (
        "the cover (title = project, subtitle = client, date and agency)",
        ("Title Slide", "TITLE", "Title", "Title Slide 1", "Diapositiva de título", "Slajd tytułowy"),
    ),
    "section": (
        "the closing slide",
        (
            "Section Header",
            "SECTION_HEADER",
            "Section Title",
            "Title, Content Centered",
            "Encabezado de sección",
            "Nagłówek sekcji",
        ),
    ),
    "title_only": (
        "every content slide: cjmdeck keeps the title and draws tables, charts and text in the area below it",
        ("Title Only", "TITLE_ONLY", "Title, Only", "Solo el título", "Tylko tytuł"),
    ),
    "content": (
        "fallback for content slides when there is no Title Only layout (its body placeholder is removed)",
        ("Title and Content", "TITLE_AND_BODY", "Title, Content", "Título y objetos", "Tytuł i zawartość"),
    ),
    "blank": (
        "fallback when no layout has a title: the title is drawn as a text box",
        ("Blank", "BLANK", "Blank Slide", "En blanco", "Pusty"),
    ),
}
# What to try when a role's own names are missing.
FALLBACKS: dict[str, tuple[str, ...]] = {
    "cover": ("cover", "section", "title_only", "content", "blank"),
    "section": ("section", "cover", "title_only", "content", "blank"),
    "title_only": ("title_only", "content", "blank"),
    "content": ("content", "title_only", "blank"),
    "blank": ("blank", "title_only", "content"),
}
TITLE_TYPES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
CONTENT_ROLES = ("title_only", "content", "blank")
AS_CLEAR = 0.95  # a named layout is kept when its clear area is at least this share of the clearest one's


def find_layout(prs: Presentation, role: str, master: Any = None) -> SlideLayout:
    """Return the layout for `role` (see LAYOUT_NAMES): by name, by placeholders, or by the clear area it leaves.

    The layouts of `master` are searched, or those of every master: a corporate template may keep
    its content layouts on a second master.
    """
    masters = [master] if master is not None else list(prs.slide_masters)
    layouts: list[SlideLayout] = [layout for m in masters for layout in m.slide_layouts] or list(prs.slide_layouts)
    named = _named(layouts, role)
    if role in CONTENT_ROLES:
        width, height = int(prs.slide_width or 0), int(prs.slide_height or 0)
        topped = [layout for layout in layouts if _title_at_top(layout, width, height)]
        if topped:
            area = {id(layout): clear_area(layout, width, height) for layout in topped}
            best = max(topped, key=lambda layout: area[id(layout)])
            if named is not None and id(named) in area and area[id(named)] >= AS_CLEAR * area[id(best)]:
                return named
            return best
    if named is not None:
        return named
    by_placeholders = _by_placeholders(layouts, role)
    if by_placeholders is not None:
        return by_placeholders
    titled = [layout for layout in layouts if title_placeholder(layout) is not None]
    if titled:
        return min(titled, key=lambda layout: len(layout.placeholders))
    return layouts[0]


def _named(layouts: list[SlideLayout], role: str) -> SlideLayout | None:
    """Return the first layout named for `role` or, failing that, for its fallback roles."""
    by_name = {normalize(layout.name): layout for layout in reversed(layouts)}
    for fallback in FALLBACKS[role]:
        for name in LAYOUT_NAMES[fallback][1]:
            if normalize(name) in by_name:
                return by_name[normalize(name)]
    return None


def _by_placeholders(layouts: list[SlideLayout], role: str) -> SlideLayout | None:
    """Return a layout whose placeholders say `role`: a centred title for the cover, title and text for a section."""
    if role == "cover":
        return next((layout for layout in layouts if PP_PLACEHOLDER.CENTER_TITLE in _kinds(layout)), None)
    if role == "section":
        wanted = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.BODY}
        return next(
            (layout for layout in layouts if wanted <= _kinds(layout) and PP_PLACEHOLDER.OBJECT not in _kinds(layout)),
            None,
        )
    return None


def _kinds(layout: Any) -> set[Any]:
    """Return the kinds of placeholder a layout has."""
    return {ph.placeholder_format.type for ph in layout.placeholders}


def title_placeholder(container: Any) -> Any | None:
    """Return the title placeholder of a slide or layout, or None."""
    for shape in container.placeholders:
        if shape.placeholder_format.type in TITLE_TYPES:
            return shape
    return None


def title_box(layout: SlideLayout) -> Box | None:
    """Return the box of the layout's title placeholder, or None when it has none or it inherits its place."""
    title = title_placeholder(layout)
    return box_of(title) if title is not None else None


def _title_at_top(layout: SlideLayout, width: int, height: int) -> bool:
    """Return True when the layout's title sits at the top of the slide and spans most of it."""
    box = title_box(layout)
    return box is not None and usable_title(box, width, height)


def obstacles(layout: SlideLayout, width: int, height: int) -> list[Box]:
    """Return the boxes of the pictures and shapes the layout and (unless it hides them) its master draw.

    Placeholders are not obstacles (slides fill or drop them), nor is art covering half the slide or more.
    """
    shapes = list(layout.shapes)
    if layout._element.get("showMasterSp") != "0":
        shapes += list(layout.slide_master.shapes)
    shapes = [s for s in shapes if s._element.find(f".//{qn('p:cNvPr')}[@hidden='1']") is None]
    slide_area = width * height
    boxes = []
    for shape in shapes:
        try:
            box = None if shape.is_placeholder else box_of(shape)
        except AttributeError:  # a shape python-pptx does not model (a content part): nothing to measure
            continue
        if box is not None and box.area < BACKGROUND_ART * slide_area:
            boxes.append(box)
    return boxes


def clear_area(layout: SlideLayout, width: int, height: int) -> int:
    """Return the area of the layout's content box that no obstacle covers (one too big to avoid still counts)."""
    content = content_box(layout, width, height)
    covered = 0
    for other in obstacles(layout, width, height):
        across = min(content.right, other.right) - max(content.left, other.left)
        down = min(content.bottom, other.bottom) - max(content.top, other.top)
        covered += max(across, 0) * max(down, 0)
    return content.area - covered


def content_box(layout: SlideLayout, width: int, height: int) -> Box:
    """Return the content area the grid leaves on `layout`, clear of its obstacles."""
    return Grid.for_slide(width, height, title_box(layout), obstacles(layout, width, height)).content
