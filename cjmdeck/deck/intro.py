"""The framing slides: cover, scope and objective, persona profiles and closing."""

from __future__ import annotations

from pathlib import Path

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE, PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide
from pptx.util import Pt

from cjmdeck import contract
from cjmdeck import labels as shared_labels
from cjmdeck.deck import fit
from cjmdeck.deck.canvas import INSET, Canvas, flat
from cjmdeck.deck.grid import Box
from cjmdeck.deck.labels import format_date, noun, quote
from cjmdeck.model import Persona

COVER_SIZES = (40, 36, 32, 28)


def _project_sheet(canvas: Canvas) -> str:
    return contract.PROJECT.name(canvas.journey.project.language or canvas.lang)


def _placeholder_text(
    canvas: Canvas,
    slide: Slide,
    kinds: tuple[int, ...],
    lines: list[str],
    sizes: tuple[float, ...],
    bold: bool,
    fallback: Box,
) -> None:
    """Fill the first placeholder of `kinds` with `lines` sized to fit, or draw a text box at `fallback`."""
    shape = next((s for s in slide.placeholders if s.placeholder_format.type in kinds), None)
    if shape is None:
        canvas.add_text(slide, fallback, lines, sizes=sizes, bold=bold)
        return
    if shape.width is None or shape.height is None:
        shape.left, shape.top, shape.width, shape.height = fallback.left, fallback.top, fallback.width, fallback.height
    frame = shape.text_frame
    frame.word_wrap = True
    width, height = shape.width / 12700 - 2 * 7.2, shape.height / 12700 - 7.2
    size = fit.fit_size(lines, width, height, canvas.heading if bold else canvas.body, sizes, bold)
    if size is None:
        size = sizes[-1]
        lines = fit.truncate(lines, width, height, size, canvas.body, bold)
    frame.text = ""
    for i, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = line
        run.font.size = Pt(size)
        run.font.bold = bold


def cover(canvas: Canvas) -> Slide:
    """Add the cover: project as title; client, date and agency below."""
    project = canvas.journey.project
    slide = canvas.new_slide("", [_project_sheet(canvas)], role="cover", source_line=False)
    content = canvas.grid.content
    top, bottom = content.rows([1, 1], canvas.grid.gap)
    title = project.project or project.client
    _placeholder_text(
        canvas, slide, (PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.TITLE), [title], COVER_SIZES, True, top
    )
    lines = [
        x
        for x in (project.client if project.project else "", format_date(project.date, canvas.lang), project.agency)
        if x
    ]
    _placeholder_text(
        canvas, slide, (PP_PLACEHOLDER.SUBTITLE, PP_PLACEHOLDER.BODY), lines or [" "], (20, 18, 16, 14), False, bottom
    )
    return slide


def scope(canvas: Canvas) -> Slide:
    """Add the scope slide: map type, product and objective, and the map in figures."""
    journey, project = canvas.journey, canvas.journey.project
    slide = canvas.new_slide(canvas.t("scope"), [_project_sheet(canvas)], source_line=False)
    left, right = canvas.grid.content.columns([3, 2], canvas.grid.gap * 3)
    map_type = (
        shared_labels.map_type_name(project.map_type, canvas.lang)
        if project.map_type in contract.MAP_TYPES
        else project.map_type
    )
    blocks = [("map_type", map_type), ("product", project.product), ("objective", project.objective)]
    blocks = [(k, v) for k, v in blocks if v]
    if blocks:
        weights = [1, 1, 3][-len(blocks) :] if len(blocks) < 3 else [1, 1, 3]
        for box, (key, value) in zip(left.rows(weights, canvas.grid.gap), blocks, strict=False):
            canvas.add_text(slide, box, [value], heading=canvas.t(key), sizes=(18, 16, 14, 12))
    figures = [
        ("personas", len(journey.personas)),
        ("stages", len(journey.stages)),
        ("touchpoints", len(journey.touchpoints)),
        ("questions", len(journey.questions)),
        ("actions", len(journey.actions)),
    ]
    head, rest = right.rows([1, 6], canvas.grid.gap // 2)
    canvas.add_text(slide, head, [canvas.t("in_figures")], sizes=(18, 16, 14), bold=True)
    for box, (key, count) in zip(rest.rows([1] * len(figures), canvas.grid.gap // 2), figures, strict=False):
        number, label = box.columns([1, 2], canvas.grid.gap // 2)
        canvas.add_text(
            slide,
            number,
            [str(count)],
            sizes=(32, 28, 24, 20),
            bold=True,
            align=PP_ALIGN.RIGHT,
            anchor=MSO_ANCHOR.MIDDLE,
            color=MSO_THEME_COLOR.ACCENT_1,
        )
        word = noun(f"n_{key}", count, canvas.lang)
        canvas.add_text(slide, label, [word], sizes=(18, 16, 14), anchor=MSO_ANCHOR.MIDDLE)
    return slide


def _photo(canvas: Canvas, persona: Persona) -> Path | None:
    if not persona.photo:
        return None
    path = Path(persona.photo)
    if not path.is_absolute() and canvas.base_dir is not None:
        path = canvas.base_dir / path
    return path if path.is_file() else None


def _portrait(canvas: Canvas, slide: Slide, box: Box, persona: Persona) -> None:
    """Add the persona's photo fitted in `box`, or a circle with the initials."""
    path = _photo(canvas, persona)
    if path is not None:
        try:
            from PIL import Image

            with Image.open(path) as image:
                ratio = image.width / image.height
            width, height = (
                (box.width, int(box.width / ratio))
                if ratio >= box.width / box.height
                else (int(box.height * ratio), box.height)
            )
            slide.shapes.add_picture(str(path), box.left + (box.width - width) // 2, box.top, width, height)
            return
        except Exception:  # unreadable image: fall back to the initials
            pass
    side = min(box.width, box.height)
    circle = flat(slide.shapes.add_shape(MSO_SHAPE.OVAL, box.left + (box.width - side) // 2, box.top, side, side))
    circle.fill.solid()
    circle.fill.fore_color.theme_color = MSO_THEME_COLOR.ACCENT_1
    circle.line.fill.background()
    initials = "".join(part[0] for part in persona.name.split()[:2]).upper() or "?"
    frame = circle.text_frame
    frame.word_wrap = False  # initials never break over two lines
    frame.text = initials
    run = frame.paragraphs[0].runs[0]
    side_pt = side / 12700
    wide = canvas.heading.width(initials, 1, bold=True) / canvas.heading.safety  # width at 1 pt, with margin
    run.font.size = Pt(int(min(side_pt * 0.35, side_pt * 0.6 / max(wide, 0.01))))
    run.font.bold = True
    run.font.color.theme_color = MSO_THEME_COLOR.BACKGROUND_1
    frame.paragraphs[0].alignment = PP_ALIGN.CENTER
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE


def persona_profile(canvas: Canvas, persona: Persona) -> Slide:
    """Add a persona's profile: portrait, demographics, goals, needs, motivations, frustrations and quote."""
    slide = canvas.new_slide(canvas.t("persona_title", name=persona.name), [persona], source_line=False)
    gap = canvas.grid.gap
    left, right = canvas.grid.content.columns([1, 2.6], gap * 2)
    portrait_h = min(int(left.width * 0.75), int(left.height * 0.4))
    portrait = Box(left.left, left.top, left.width, portrait_h)
    _portrait(canvas, slide, portrait, persona)
    details = [
        f"{canvas.t(key)}: {getattr(persona, key)}"
        for key in ("age", "gender", "occupation", "location", "income", "education", "personality")
        if getattr(persona, key)
    ]
    if persona.interests:
        details.append(f"{canvas.t('interests')}: {', '.join(persona.interests)}")
    info = left.rest_below(portrait.bottom + gap)
    canvas.add_text(slide, info, details, heading=persona.name, sizes=(14, 12, 11, 10, 9))
    quote_h = 0
    if persona.quote:
        quote_h = int(right.height * 0.2)
    grid_box = Box(right.left, right.top, right.width, right.height - (quote_h + gap if quote_h else 0))
    top, bottom = grid_box.rows([1, 1], gap)
    cells = top.columns([1, 1], gap) + bottom.columns([1, 1], gap)
    keys = ("goals", "needs", "motivations", "frustrations")
    contents = [[canvas.t(key)] + [f"• {i}" for i in getattr(persona, key)] for key in keys]
    width, height = cells[0].width_pt - 2 * INSET, cells[0].height_pt - 4
    size = min(fit.fit_size(c, width, height, canvas.body, (14, 12, 11, 10, 9)) or 9 for c in contents)
    for box, key in zip(cells, keys, strict=False):
        items = list(getattr(persona, key)) or ["—"]
        canvas.add_text(
            slide, box, items, heading=canvas.t(key), bullets=True, sizes=(size,), fill=MSO_THEME_COLOR.BACKGROUND_2
        )
    if quote_h:
        quote_box = Box(right.left, right.bottom - quote_h, right.width, quote_h)
        shape = canvas.add_text(
            slide,
            quote_box,
            [quote(persona.quote, canvas.lang)],
            sizes=(18, 16, 14, 12, 10),
            anchor=MSO_ANCHOR.MIDDLE,
            color=MSO_THEME_COLOR.ACCENT_1,
        )
        for paragraph in shape.text_frame.paragraphs:
            for run in paragraph.runs:
                run.font.italic = True
    return slide


def closing(canvas: Canvas) -> Slide:
    """Add the closing slide: thanks, then agency, author and date."""
    project = canvas.journey.project
    slide = canvas.new_slide(canvas.t("closing"), [_project_sheet(canvas)], role="section", source_line=False)
    content = canvas.grid.content
    top, bottom = content.rows([1, 1], canvas.grid.gap)
    _placeholder_text(
        canvas,
        slide,
        (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE),
        [canvas.t("closing")],
        COVER_SIZES,
        True,
        top,
    )
    who = ", ".join(x for x in (project.author, project.agency) if x)
    lines = [x for x in (canvas.t("prepared_by", who=who) if who else "", format_date(project.date, canvas.lang)) if x]
    _placeholder_text(
        canvas,
        slide,
        (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.SUBTITLE),
        lines or [project.client],
        (20, 18, 16, 14),
        False,
        bottom,
    )
    return slide
