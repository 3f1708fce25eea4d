"""Put a deck together on a template: keep and fill its `{{ field }}` slides, run the slide makers, number, save.

Every deck is drawn this way: a `Deck` names the slide makers of its cover, body and closing,
functions that take the canvas and the findings and return the slides they drew. A template's
own cover or closing slide (kept for its tokens) replaces the deck's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.presentation import Presentation
from pptx.slide import Slide

from cjmdeck.deck.canvas import Canvas, resolve_links
from cjmdeck.deck.colours import theme_colours
from cjmdeck.deck.finishing import exact_spacing, name_theme_fonts
from cjmdeck.deck.fit import metrics_for
from cjmdeck.deck.grid import Grid
from cjmdeck.deck.layouts import find_layout, obstacles, title_box
from cjmdeck.deck.template import (
    TOKEN,
    default_template,
    drop_slide,
    fill_tokens,
    open_template,
    renumber_slides,
    reorder,
    theme_fonts,
    token_slides,
)
from cjmdeck.errors import OutputError
from cjmdeck.findings import Findings
from cjmdeck.text.values import footer_label, token_values

SlideMaker = Callable[[Canvas, Findings], list[Slide]]
LEFTOVERS = (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.DATE)  # a kept slide's, unless cjmdeck fills their tokens


@dataclass(frozen=True)
class Deck:
    """A kind of deck: the makers of its cover, body slides, closing and appendix, and the appendix's divider.

    The appendix follows the closing; its divider is drawn only when some appendix maker drew a slide.
    """

    cover: SlideMaker
    body: tuple[SlideMaker, ...]
    closing: SlideMaker
    appendix: tuple[SlideMaker, ...] = ()
    divider: SlideMaker | None = None


@dataclass(frozen=True)
class Kept:
    """The template's own slides kept for their tokens: a cover, slides after it and a closing."""

    cover: Slide | None
    middle: list[Slide]
    closing: Slide | None
    warnings: list[str]


def render_slides(
    found: Findings,
    output: Path,
    deck: Deck,
    *,
    template: Path | None = None,
    lang: str = "en",
    workbook_name: str = "workbook.xlsx",
    base_dir: Path | None = None,
) -> list[str]:
    """Write `deck` drawn from `found` to `output` and return warnings about the template's fields."""
    template_path = Path(template) if template else default_template()
    prs = open_template(template_path)
    kept = keep_token_slides(prs, template_path, token_values(found.journey.project, lang))
    canvas = new_canvas(prs, found, lang, workbook_name, base_dir)
    cover = [kept.cover] if kept.cover is not None else deck.cover(canvas, found)
    body = [slide for maker in deck.body for slide in maker(canvas, found)]
    closing = [kept.closing] if kept.closing is not None else deck.closing(canvas, found)
    appendix = [slide for maker in deck.appendix for slide in maker(canvas, found)]
    divider = deck.divider(canvas, found) if appendix and deck.divider is not None else []
    order = [*cover, *kept.middle, *body, *closing, *divider, *appendix]
    reorder(prs, order)
    resolve_links(canvas, order)
    for slide in canvas.slides:
        exact_spacing(slide)
        name_theme_fonts(slide)
    number_slides(prs)
    try:
        prs.save(str(output))
    except OSError as exc:
        raise OutputError(output, f"cannot be written ({exc.strerror or exc})") from exc
    return kept.warnings


def keep_token_slides(prs: Presentation, path: Path, values: dict[str, str]) -> Kept:
    """Drop the template's slides without tokens, fill the others from `values` and say which is cover and closing."""
    originals = list(prs.slides)
    kept = token_slides(prs)
    for slide in originals:
        if slide not in kept:
            drop_slide(prs, slide)
    renumber_slides(prs)
    warnings = []
    for slide in kept:
        for shape in list(slide.placeholders):  # the template's own footer and date text ("<Dateiname>") goes
            if shape.placeholder_format.type in LEFTOVERS and not TOKEN.search(shape.text_frame.text):
                shape._element.getparent().remove(shape._element)
        for name in fill_tokens(slide, values):
            number = originals.index(slide) + 1
            warnings.append(f"{path}: slide {number}: no value for {{{{ {name} }}}}; it is left empty")
        for shape in list(slide.placeholders):
            if shape.has_text_frame and not shape.text_frame.text.strip():
                shape._element.getparent().remove(shape._element)
    cover = kept[0] if kept and kept[0] is originals[0] else None
    closing = kept[-1] if len(kept) > 1 and kept[-1] is originals[-1] else None
    middle = [s for s in kept if s is not cover and s is not closing]
    return Kept(cover, middle, closing, warnings)


def new_canvas(prs: Presentation, found: Findings, lang: str, workbook_name: str, base_dir: Path | None) -> Canvas:
    """Return the canvas of `prs`: the grid under the template's title place, and the theme's fonts measured."""
    width, height = int(prs.slide_width or 0), int(prs.slide_height or 0)
    layout = find_layout(prs, "title_only")  # on whichever master has the clearest: the other roles follow it
    grid = Grid.for_slide(width, height, title_box(layout), obstacles(layout, width, height))
    heading, body = theme_fonts(prs, layout.slide_master)
    footer = footer_label(found.journey.project)
    colours = theme_colours(prs, layout)  # the content slides' colour map: most text sits on them
    fonts = metrics_for(heading), metrics_for(body)
    return Canvas(prs, lang, workbook_name, grid, *fonts, colours, footer, base_dir, layout.slide_master)


def number_slides(prs: Presentation) -> None:
    """Set the cached text of every slide-number field to the slide's position."""
    for n, slide in enumerate(prs.slides, start=1):
        for fld in slide._element.iter(qn("a:fld")):
            if fld.get("type") == "slidenum":
                t = fld.find(qn("a:t"))
                if t is not None:
                    t.text = str(n)
