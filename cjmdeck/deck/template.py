"""Open the deck template (.pptx or .potx), read its theme fonts, fill `{{ field }}` tokens and drop other slides.

Slides already in the template that hold `{{ field }}` tokens are kept and filled from the
Project sheet; the first slide, when kept, serves as the cover and the last one (when another
slide is kept before it) as the closing; other kept slides follow the cover. Slides without
tokens are dropped, with their relationship, so no part is orphaned.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI
from pptx.oxml import parse_xml
from pptx.oxml.ns import qn
from pptx.presentation import Presentation as PresentationObj
from pptx.slide import Slide

from cjmdeck.contract import normalize
from cjmdeck.deck.grid import EMU_PER_IN
from cjmdeck.errors import TemplateError
from cjmdeck.files import POWERPOINT, bundled, read_package

TOKEN = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")
POTX_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
MIN_SIZE = (7.5, 4)  # inches: the smallest slide the grid lays a readable deck out on
PPTX_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"


def default_template() -> Path:
    """Return the path of the default template shipped with cjmdeck."""
    return bundled("default.pptx")


def open_template(path: Path) -> PresentationObj:
    """Return the presentation in `path` (.pptx or .potx), raising TemplateError when it cannot be used."""
    data = read_package(path, *POWERPOINT)
    try:
        prs = Presentation(io.BytesIO(_as_presentation(data)))
    except Exception as exc:  # python-pptx raises many kinds on broken packages
        raise TemplateError(path, "not a PowerPoint presentation; save it from PowerPoint as .pptx or .potx") from exc
    if not len(prs.slide_layouts):
        raise TemplateError(path, "has no slide layouts")
    width, height = int(prs.slide_width or 0), int(prs.slide_height or 0)
    if not width or not height:
        raise TemplateError(path, "has no slide size; open it in PowerPoint and save it again")
    size = f"{width / EMU_PER_IN:.3g} x {height / EMU_PER_IN:.3g} in"
    if width < MIN_SIZE[0] * EMU_PER_IN or height < MIN_SIZE[1] * EMU_PER_IN or max(width, height) > 56 * EMU_PER_IN:
        raise TemplateError(
            path,
            f"has slides of {size}; cjmdeck lays decks out on slides from {MIN_SIZE[0]} x {MIN_SIZE[1]} in "
            "to PowerPoint's largest, 56 in: set the slide size in PowerPoint (Design > Slide Size)",
        )
    if height > width:
        raise TemplateError(
            path, f"has portrait slides ({size}); cjmdeck lays decks out on landscape slides: use a landscape template"
        )
    for master in prs.slide_masters:
        for part in (master, *master.slide_layouts):
            unique_shape_ids(part._element)
    counted_partnames(prs.part.package)
    return prs


def counted_partnames(package: Any) -> None:
    """Make `package` name new parts from counters instead of walking every part for each new one.

    python-pptx looks at all the package's parts to name each new slide, notes slide or chart,
    which makes a deck of a thousand slides quadratic.
    """
    used = {str(part.partname) for part in package.iter_parts()}
    counters: dict[str, int] = {}

    def next_partname(tmpl: str) -> PackURI:
        """Return the next free part name of the printf-style template `tmpl`."""
        n = counters.get(tmpl, 1)
        while tmpl % n in used:
            n += 1
        counters[tmpl] = n + 1
        used.add(tmpl % n)
        return PackURI(tmpl % n)

    package.next_partname = next_partname


def unique_shape_ids(root: Any) -> None:
    """Give repeated shape ids in a master or layout new ones (LibreOffice writes duplicates PowerPoint repairs)."""
    elements = list(root.iter(qn("p:cNvPr")))
    seen: set[str] = set()
    top = max((int(e.get("id", "0")) for e in elements if e.get("id", "").isdigit()), default=0)
    for element in elements:
        if element.get("id") in seen:
            top += 1
            element.set("id", str(top))
        seen.add(element.get("id", ""))


def _as_presentation(data: bytes) -> bytes:
    """Return the package `data` with a template's main content type rewritten to a presentation's."""
    source = zipfile.ZipFile(io.BytesIO(data))
    types = source.read("[Content_Types].xml")
    if POTX_MAIN.encode() not in types:
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(POTX_MAIN.encode(), PPTX_MAIN.encode())
            target.writestr(item, content)
    return out.getvalue()


def theme_fonts(prs: PresentationObj, master: Any = None) -> tuple[str, str]:
    """Return the major (headings) and minor (body) Latin typefaces of `master`'s theme (default: the first)."""
    try:
        theme = (master or prs.slide_master).part.part_related_by(RT.THEME)
        root = parse_xml(theme.blob)
    except (KeyError, SyntaxError):  # no theme, or a theme that is not XML (lxml's error is a SyntaxError)
        return "Calibri", "Calibri"
    major = root.find(f".//{qn('a:majorFont')}/{qn('a:latin')}")
    minor = root.find(f".//{qn('a:minorFont')}/{qn('a:latin')}")
    return (
        major.get("typeface", "Calibri") if major is not None else "Calibri",
        minor.get("typeface", "Calibri") if minor is not None else "Calibri",
    )


def token_slides(prs: PresentationObj) -> list[Slide]:
    """Return the template's slides that hold at least one `{{ field }}` token."""
    return [slide for slide in prs.slides if any(TOKEN.search(p_text) for p_text in _slide_texts(slide))]


def _slide_texts(slide: Slide) -> list[str]:
    return ["".join(t.text or "" for t in p.iter(qn("a:t"))) for p in slide._element.iter(qn("a:p"))]


def fill_tokens(slide: Slide, values: dict[str, str]) -> list[str]:
    """Replace `{{ field }}` tokens in `slide` by `values` (by normalised key), keeping each run's formatting.

    A token split across runs takes the formatting of the run where it starts. Values are
    inserted as text in one pass and never read as tokens themselves; unknown fields become
    empty and are returned, so the caller can say so.
    """
    lookup = {normalize(k): v for k, v in values.items()}
    unknown: list[str] = []
    for paragraph in slide._element.iter(qn("a:p")):
        runs = [t for t in paragraph.iter(qn("a:t"))]
        text = "".join(t.text or "" for t in runs)
        if not TOKEN.search(text):
            continue
        owner: list[int] = []
        for i, t in enumerate(runs):
            owner.extend([i] * len(t.text or ""))
        pieces: list[list[str]] = [[] for _ in runs]
        pos = 0
        for match in TOKEN.finditer(text):
            for j in range(pos, match.start()):
                pieces[owner[j]].append(text[j])
            field = normalize(match.group(1))
            if field not in lookup:
                unknown.append(match.group(1))
            pieces[owner[match.start()]].append(lookup.get(field, ""))
            pos = match.end()
        for j in range(pos, len(text)):
            pieces[owner[j]].append(text[j])
        for t, piece in zip(runs, pieces, strict=False):
            t.text = "".join(piece)
    return unknown


def renumber_slides(prs: PresentationObj) -> None:
    """Give the remaining slide parts consecutive names, so that new slides do not clash with them."""
    prs.part.rename_slide_parts([sld_id.rId for sld_id in prs.slides._sldIdLst])


def drop_slide(prs: PresentationObj, slide: Slide) -> None:
    """Remove `slide` from `prs`, with every relationship to it, so that its part is not saved.

    A link from another slide to it ("link to slide" in PowerPoint) would otherwise save the dropped
    part under a name a new slide takes. The link's text stays; the link goes.
    """
    id_list = prs.slides._sldIdLst
    for sld_id in list(id_list):
        if prs.part.related_part(sld_id.rId) is slide.part:
            prs.part.drop_rel(sld_id.rId)
            id_list.remove(sld_id)
            break
    for other in prs.slides:
        for r_id, rel in list(other.part.rels.items()):
            if rel.is_external or rel.target_part is not slide.part:
                continue
            for element in other._element.xpath(f'.//*[@r:id="{r_id}"]'):
                element.getparent().remove(element)
            other.part.drop_rel(r_id)


def reorder(prs: PresentationObj, slides: list[Slide]) -> None:
    """Put the slides of `prs` in the order of `slides`; any slide not in `slides` keeps its place after them."""
    id_list = prs.slides._sldIdLst
    by_part = {id(prs.part.related_part(sld_id.rId)): sld_id for sld_id in id_list}
    ordered = [by_part.pop(id(slide.part)) for slide in slides if id(slide.part) in by_part]
    for sld_id in list(id_list):
        id_list.remove(sld_id)
    for sld_id in [*ordered, *by_part.values()]:
        id_list.append(sld_id)
