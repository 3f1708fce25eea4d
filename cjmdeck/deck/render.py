"""Build the whole deck, slide kind by slide kind, on the default or an agency template."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cjmdeck import contract
from cjmdeck import labels as shared_labels
from cjmdeck.deck import charts, data, intro, journeymap, matrix
from cjmdeck.deck.canvas import A, Canvas, exact_spacing
from cjmdeck.deck.fit import metrics_for
from cjmdeck.deck.grid import Box, Grid
from cjmdeck.deck.labels import format_date
from cjmdeck.deck.template import (
    default_template,
    drop_slide,
    fill_tokens,
    find_layout,
    move_slide,
    open_template,
    renumber_slides,
    theme_fonts,
    title_placeholder,
    token_slides,
)
from cjmdeck.errors import OutputError
from cjmdeck.model import Journey, Project


def token_values(project: Project, lang: str) -> dict[str, str]:
    """Return the values of `{{ field }}` tokens: the Project sheet's fields and extra fields, as text."""
    map_type = project.map_type
    if map_type in contract.MAP_TYPES:
        map_type = shared_labels.map_type_name(map_type, lang)
    values = {str(k): "" if v is None else str(v) for k, v in project.extra.items()}
    values.update(
        client=project.client,
        project=project.project,
        objective=project.objective,
        product=project.product,
        map_type=map_type,
        author=project.author,
        agency=project.agency,
        date=format_date(project.date, lang),
        currency=project.currency,
    )
    return values


def render_deck(
    journey: Journey,
    output: Path,
    *,
    template: Path | None = None,
    lang: str = "en",
    workbook_name: str = "workbook.xlsx",
    base_dir: Path | None = None,
) -> list[str]:
    """Write the deck of `journey` to `output`, on `template` (default: templates/default.pptx), in `lang`.

    Return warnings worth telling the user: template fields the Project sheet has no value for.
    """
    template_path = Path(template) if template else default_template()
    prs = open_template(template_path)
    warnings = []
    originals = list(prs.slides)
    kept = token_slides(prs)
    for slide in originals:
        if slide not in kept:
            drop_slide(prs, slide)
    renumber_slides(prs)
    values = token_values(journey.project, lang)
    for slide in kept:
        for field in fill_tokens(slide, values):
            number = originals.index(slide) + 1
            warnings.append(f"{template_path}: slide {number}: no value for {{{{ {field} }}}}; it is left empty")
        for shape in list(slide.placeholders):
            if shape.has_text_frame and not shape.text_frame.text.strip():
                shape._element.getparent().remove(shape._element)
    kept_cover = kept[0] if kept and kept[0] is originals[0] else None
    kept_closing = kept[-1] if len(kept) > 1 and kept[-1] is originals[-1] else None
    middle = [s for s in kept if s is not kept_cover and s is not kept_closing]

    layout = find_layout(prs, "title_only")
    title = title_placeholder(layout)
    title_box = None
    if title is not None and title.width is not None and title.height is not None:
        title_box = Box(int(title.left), int(title.top), int(title.width), int(title.height))
    grid = Grid.for_slide(int(prs.slide_width), int(prs.slide_height), title_box)
    heading, body = theme_fonts(prs)
    canvas = Canvas(prs, journey, lang, workbook_name, grid, metrics_for(heading), metrics_for(body), base_dir)

    if kept_cover is None:
        intro.cover(canvas)
    intro.scope(canvas)
    for persona in journey.personas:
        intro.persona_profile(canvas, persona)
        journeymap.journey_maps(canvas, persona)
    charts.emotion_curve(canvas)
    data.emotion_table(canvas)
    data.touchpoint_grid(canvas)
    data.stage_slides(canvas)
    data.questions(canvas)
    data.action_plan(canvas)
    matrix.matrix(canvas)
    charts.costs(canvas)
    if kept_closing is None:
        intro.closing(canvas)

    position = 0
    if kept_cover is not None:
        move_slide(prs, kept_cover, 0)
        position = 1
    else:
        position = 1  # after the generated cover
        move_slide(prs, canvas.slides[0], 0)
    for slide in middle:
        move_slide(prs, slide, position)
        position += 1
    if kept_closing is not None:
        move_slide(prs, kept_closing, len(prs.slides) - 1)
    for slide in canvas.slides:
        exact_spacing(slide)
    _number_slides(prs)
    try:
        prs.save(str(output))
    except OSError as exc:
        raise OutputError(output, f"cannot be written ({exc.strerror or exc})") from exc
    return warnings


def _number_slides(prs: Any) -> None:
    """Set the cached text of every slide-number field to the slide's position."""
    for n, slide in enumerate(prs.slides, start=1):
        for fld in slide._element.iter(f"{{{A}}}fld"):
            if fld.get("type") == "slidenum":
                t = fld.find(f"{{{A}}}t")
                if t is not None:
                    t.text = str(n)
