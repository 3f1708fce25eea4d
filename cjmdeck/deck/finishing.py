"""Finishing a drawn slide: exact line spacing on every paragraph, and the theme's fonts on every run."""

from __future__ import annotations

from typing import Any

from pptx.oxml.ns import qn
from pptx.slide import Slide
from pptx.text.text import _Paragraph
from pptx.util import Pt

from cjmdeck.deck import fit

HEADING_FONT, BODY_FONT = "+mj-lt", "+mn-lt"  # the theme's major and minor Latin fonts
TITLE_PLACEHOLDERS = ("title", "ctrTitle")
_RPR, _LATIN, _PPR, _LNSPC, _P = qn("a:rPr"), qn("a:latin"), qn("a:pPr"), qn("a:lnSpc"), qn("a:p")
_SHAPE, _FRAME, _PH = qn("p:sp"), qn("p:graphicFrame"), f".//{qn('p:nvPr')}/{qn('p:ph')}"
_AFTER_LATIN = {qn(f"a:{tag}") for tag in ("ea", "cs", "sym", "hlinkClick", "hlinkMouseOver", "rtl", "extLst")}


def name_theme_fonts(slide: Slide) -> None:
    """Name the theme's fonts on every run of `slide` whose style names none: headings in titles, body elsewhere.

    A template whose text styles name no font would otherwise fall back to the viewer's default; a
    template whose styles name one (Georgia, say) keeps it.
    """
    styles = slide.slide_layout.slide_master._element.find(qn("p:txStyles"))
    named = {True: _style_names_font(styles, "p:titleStyle"), False: _style_names_font(styles, "p:otherStyle")}
    for shape in slide._element.iter(_SHAPE, _FRAME):
        ph = shape.find(_PH)
        heading = ph is not None and ph.get("type") in TITLE_PLACEHOLDERS
        if named[heading]:
            continue
        typeface = HEADING_FONT if heading else BODY_FONT
        for props in shape.iter(_RPR):
            if props.find(_LATIN) is None:
                latin = props.makeelement(_LATIN, {"typeface": typeface})
                later = next((child for child in props if child.tag in _AFTER_LATIN), None)
                if later is None:
                    props.append(latin)
                else:
                    later.addprevious(latin)


def _style_names_font(styles: Any, name: str) -> bool:
    """Return True when the master's text style `name` gives its first level a font of its own (not a theme one)."""
    latin = (
        styles.find(f"{qn(name)}/{qn('a:lvl1pPr')}/{qn('a:defRPr')}/{qn('a:latin')}") if styles is not None else None
    )
    return latin is not None and not latin.get("typeface", "+").startswith("+")


def exact_spacing(slide: Slide) -> None:
    """Set every sized paragraph of `slide` (text boxes, groups, tables) to exact line spacing, as measured.

    Paragraphs that already state a spacing (table cells write theirs) keep it.
    """
    for paragraph in slide._element.iter(_P):
        props = paragraph.find(_PPR)
        if props is not None and props.find(_LNSPC) is not None:
            continue
        sizes = [int(r.get("sz")) for r in paragraph.iter(_RPR) if r.get("sz")]
        if sizes:
            _Paragraph(paragraph, slide).line_spacing = Pt(round(max(sizes) / 100 * fit.LINE_SPACING, 1))
