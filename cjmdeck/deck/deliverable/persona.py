"""The persona slides: for each persona, a profile, then its journey map; the complete maps for the appendix."""

from __future__ import annotations

from dataclasses import dataclass

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide
from pptx.util import Pt

from cjmdeck.deck import fit
from cjmdeck.deck.canvas import Canvas, room
from cjmdeck.deck.deliverable.journeymap import full_map, journey_map
from cjmdeck.deck.grid import Box, points
from cjmdeck.deck.shapes import emu, flat, set_colour
from cjmdeck.files import beside
from cjmdeck.findings import Findings
from cjmdeck.images import image_problem
from cjmdeck.model import Persona
from cjmdeck.text import quote
from cjmdeck.text.formats import shorten
from cjmdeck.text.values import bullet, detail, initials

DETAILS = ("age", "gender", "occupation", "location", "income", "education", "personality")
QUADRANT_LISTS = ("goals", "needs", "motivations", "frustrations")
DETAIL_SIZES = (14, 12, 11, 10, 9)
CARD_SIZES = (18, 16, 14, 12, 11, 10, 9)
QUOTE_SIZES = (18, 16, 14, 12, 10)


def personas(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add each persona's profile followed by its journey map, every profile's text at the same sizes."""
    people = [journey.persona for journey in found.personas]
    sizes = Sizes(
        min((_detail_size(canvas, p) for p in people), default=fit.FLOOR),
        min((_card_size(canvas, p) for p in people), default=fit.FLOOR),
    )
    slides = []
    for journey in found.personas:
        slides += persona_profile(canvas, journey.persona, sizes)
        slides += journey_map(canvas, found, journey)
    return slides


def full_maps(canvas: Canvas, found: Findings) -> list[Slide]:
    """Add, for the appendix, the complete map of every persona whose map in the body is cut."""
    return canvas.mark("maps", [slide for journey in found.personas for slide in full_map(canvas, found, journey)])


@dataclass(frozen=True)
class Sizes:
    """The text sizes of every profile: its details, and its cards of goals, needs, motivations and frustrations."""

    details: float
    cards: float


@dataclass(frozen=True)
class Profile:
    """Where a profile's parts go: portrait, details, the cards of its non-empty lists, and the quote (or None)."""

    portrait: Box
    details: Box
    cards: list[tuple[str, Box]]
    quote: Box | None


def profile_layout(canvas: Canvas, persona: Persona) -> Profile:
    """Return the boxes of a persona's profile: a column of portrait and details, cards and quote beside it."""
    gap = canvas.grid.gap
    left, right = canvas.grid.content.columns([1, 2.6], gap * 2)
    portrait = Box(left.left, left.top, left.width, min(int(left.width * 0.75), int(left.height * 0.4)))
    quote_h = int(right.height * 0.2) if persona.quote else 0
    lists = Box(right.left, right.top, right.width, right.height - (quote_h + gap if quote_h else 0))
    keys = [key for key in QUADRANT_LISTS if getattr(persona, key)]  # empty lists leave no empty card
    quote_box = Box(right.left, right.bottom - quote_h, right.width, quote_h) if quote_h else None
    cards = list(zip(keys, _cards(lists, len(keys), gap), strict=True))
    return Profile(portrait, left.rest_below(portrait.bottom + gap), cards, quote_box)


def _details(canvas: Canvas, persona: Persona) -> list[str]:
    """Return the lines of a persona's details: its name, then each filled field as "Label: value"."""
    details = [detail(key, getattr(persona, key), canvas.lang) for key in DETAILS if getattr(persona, key)]
    if persona.interests:
        details.append(detail("interests", ", ".join(persona.interests), canvas.lang))
    return [persona.name, *details]


def _detail_size(canvas: Canvas, persona: Persona) -> float:
    """Return the largest size at which a persona's details fit their box."""
    box = profile_layout(canvas, persona).details
    lines = _details(canvas, persona)
    return fit.fit_size(lines, *room(box), canvas.body, DETAIL_SIZES) or fit.FLOOR


def _card_size(canvas: Canvas, persona: Persona) -> float:
    """Return the largest size at which every card of a persona fits its box."""
    sizes = [
        fit.fit_size(
            [canvas.t(key)] + [bullet(i) for i in getattr(persona, key)],
            *room(box, card=True),
            canvas.body,
            CARD_SIZES,
        )
        or fit.FLOOR
        for key, box in profile_layout(canvas, persona).cards
    ]
    return min(sizes, default=fit.FLOOR)


def persona_profile(canvas: Canvas, persona: Persona, sizes: Sizes) -> list[Slide]:
    """Add a persona's profile: portrait, demographics, goals, needs, motivations, frustrations and quote."""
    slide = canvas.new_slide(
        lambda limit: canvas.t("persona_title", name=shorten(persona.name, limit)), [persona], source_line=False
    )
    layout = profile_layout(canvas, persona)
    _portrait(canvas, slide, layout.portrait, persona)
    name, *details = _details(canvas, persona)
    canvas.add_text(slide, layout.details, details, heading=name, sizes=(sizes.details, *_below(sizes.details)))
    for key, box in layout.cards:
        canvas.add_text(
            slide,
            box,
            list(getattr(persona, key)),
            heading=canvas.t(key),
            bullets=True,
            sizes=(sizes.cards, *_below(sizes.cards)),
            fill=MSO_THEME_COLOR.BACKGROUND_2,
        )
    if layout.quote is not None:
        canvas.add_text(
            slide,
            layout.quote,
            [quote(persona.quote, canvas.lang)],
            sizes=QUOTE_SIZES,
            anchor=MSO_ANCHOR.MIDDLE,
            color=MSO_THEME_COLOR.ACCENT_1,
            italic=True,
        )
    return [slide]


def _below(size: float) -> tuple[float, ...]:
    """Return the sizes of the scale below `size`: a fallback that should not be needed."""
    return tuple(s for s in fit.SCALE if s < size)


def _cards(box: Box, count: int, gap: int) -> list[Box]:
    """Return `count` card boxes on the rows of a 2 x 2 grid in `box`: one or two fill its top row only."""
    top, bottom = box.rows([1, 1], gap)
    if count <= 2:
        return top.columns([1] * count, gap) if count else []
    return top.columns([1, 1], gap) + bottom.columns([1] * (count - 2), gap)


def _portrait(canvas: Canvas, slide: Slide, box: Box, persona: Persona) -> None:
    """Add the persona's photo fitted in `box`, or a circle with the initials."""
    path = beside(canvas.base_dir, persona.photo)
    if path is not None and image_problem(path) is None:  # `check` and `build` warn about the others
        try:
            from PIL import Image

            with Image.open(path) as image:
                ratio = image.width / image.height
            width, height = (
                (box.width, int(box.width / ratio))
                if ratio >= box.width / box.height
                else (int(box.height * ratio), box.height)
            )
            slide.shapes.add_picture(
                str(path), emu(box.left + (box.width - width) // 2), emu(box.top), emu(width), emu(height)
            )
            return
        except Exception:  # the file changed since, or python-pptx refuses it: fall back to the initials
            pass
    side = min(box.width, box.height)
    circle = flat(
        slide.shapes.add_shape(MSO_SHAPE.OVAL, *Box(box.left + (box.width - side) // 2, box.top, side, side).xywh)
    )
    circle.fill.solid()
    circle.fill.fore_color.theme_color = MSO_THEME_COLOR.ACCENT_1
    circle.line.fill.background()
    letters = initials(persona.name)
    frame = circle.text_frame
    frame.word_wrap = False  # initials never break over two lines
    frame.text = letters
    run = frame.paragraphs[0].runs[0]
    side_pt = points(side)
    wide = canvas.heading.width(letters, 1, bold=True) / canvas.heading.safety  # width at 1 pt, with margin
    run.font.size = Pt(max(int(min(side_pt * 0.35, side_pt * 0.6 / max(wide, 0.01))), fit.FLOOR))
    run.font.bold = True
    on = canvas.colours.hex(MSO_THEME_COLOR.ACCENT_1)
    set_colour(run.font.color, canvas.colours.readable(on, [MSO_THEME_COLOR.BACKGROUND_1]))
    frame.paragraphs[0].alignment = PP_ALIGN.CENTER
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
