"""A plain branded document as the report's reference: its styles, page and headers, the default report's body.

Like pandoc's reference document: the agency's letterhead or report template lends the report
its look. The default report's body (with its tags) goes into the branded document in place of
its own body; styles are matched by built-in name (`heading 1`, whatever the language of the
id or display name), and a style the branded document lacks is copied from the default.
"""

from __future__ import annotations

import copy
import io
from pathlib import Path
from typing import Any

from docx import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart

from cjmdeck.errors import TemplateError
from cjmdeck.report.fields import local_name, update_fields
from cjmdeck.report.styles import builtin_name

W = nsdecls("w")
PAGE = ("pgSz", "pgMar", "cols", "docGrid")  # what a section takes from the branded document's last section


def adopt(default: bytes, branded: bytes, source: Path) -> bytes:
    """Return the default report template `default` restyled and laid out by the plain document `branded`."""
    try:
        base = Document(io.BytesIO(default))
        target = Document(io.BytesIO(branded))
    except Exception as exc:  # python-docx raises many kinds on broken packages
        raise TemplateError(source, "not a Word document; save it from Word as .docx or .dotx") from exc
    body = target.element.body
    last = body.find(qn("w:sectPr"))
    if last is None:  # a document without section properties: the default report's page, without its headers
        last = copy.deepcopy(base.element.body.find(qn("w:sectPr")))
        for ref in [*last.findall(qn("w:headerReference")), *last.findall(qn("w:footerReference"))]:
            last.remove(ref)
        body.append(last)
    ids = _styles(base, target)
    numbers = _numbering(base, target)
    _page_numbers(target)
    for child in list(body):
        if child is not last:
            body.remove(child)
    first = True
    for child in base.element.body:
        if child.tag == qn("w:sectPr"):
            continue
        item = copy.deepcopy(child)
        _restyle(item, ids, numbers)
        for sect in item.iter(qn("w:sectPr")):
            _relayout(sect, last, title_page=first)
            first = False
        last.addprevious(item)
    _relayout(last, last, landscape=_is_landscape(base.element.body.find(qn("w:sectPr"))), title_page=first)
    update_fields(target.settings.element)
    out = io.BytesIO()
    target.save(out)
    return out.getvalue()


PAGE_NUMBER = (
    f'<w:p {W}><w:pPr><w:jc w:val="right"/></w:pPr>'
    '<w:r><w:rPr><w:sz w:val="17"/></w:rPr><w:t xml:space="preserve">{{ labels.page }} </w:t></w:r>'
    '<w:r><w:rPr><w:sz w:val="17"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:rPr><w:sz w:val="17"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
    '<w:r><w:rPr><w:sz w:val="17"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
    '<w:r><w:rPr><w:sz w:val="17"/></w:rPr><w:t>1</w:t></w:r>'
    '<w:r><w:rPr><w:sz w:val="17"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p>'
)


def _page_numbers(target: Any) -> None:
    """Add "Page N" to the branded footers that show no page number: a report's pages are numbered."""
    section = target.sections[-1]
    footers = [section.footer]  # made when the document has no footer
    if not section.even_page_footer.is_linked_to_previous:
        footers.append(section.even_page_footer)
    for footer in footers:
        element = footer._element
        if "PAGE" in "".join(t.text or "" for t in element.iter(qn("w:instrText"))):
            continue
        if any("PAGE" in (f.get(qn("w:instr")) or "") for f in element.iter(qn("w:fldSimple"))):
            continue
        element.append(parse_xml(PAGE_NUMBER))


def _styles(base: Any, target: Any) -> dict[str, str]:
    """Return, for each style id of `base`, the id of the same built-in style in `target`, copying what is missing."""
    styles = list(target.styles.element.iter(qn("w:style")))
    theirs = {(s.get(qn("w:type")), builtin_name(s)): s.get(qn("w:styleId")) for s in styles}
    taken = {s.get(qn("w:styleId")) for s in styles}
    ids: dict[str, str] = {}
    missing = []
    for style in base.styles.element.iter(qn("w:style")):
        key = (style.get(qn("w:type")), builtin_name(style))
        own = style.get(qn("w:styleId"))
        if key in theirs:
            ids[own] = theirs[key]
        else:
            new = own if own not in taken else f"cjmdeck{own}"
            ids[own] = new
            missing.append((style, new))
    for style, new in missing:
        item = copy.deepcopy(style)
        item.set(qn("w:styleId"), new)
        for ref in ("basedOn", "next", "link"):
            for el in item.findall(qn(f"w:{ref}")):
                el.set(qn("w:val"), ids.get(el.get(qn("w:val")), el.get(qn("w:val"))))
        target.styles.element.append(item)
    return ids


def _numbering_part(document: Any) -> Any:
    """Return the numbering part of `document`, adding an empty one when it has none (a plain letterhead)."""
    try:
        return document.part.numbering_part
    except NotImplementedError:  # python-docx makes no numbering part of its own
        blob = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}/>'.encode()
        part = NumberingPart.load(PackURI("/word/numbering.xml"), CT.WML_NUMBERING, blob, document.part.package)
        document.part.relate_to(part, RT.NUMBERING)
        return part


def _numbering(base: Any, target: Any) -> dict[str, str]:
    """Copy the numbering definitions `base` uses into `target`; return the new numId of each old one."""
    theirs = _numbering_part(target).element
    ours = base.part.numbering_part.element
    used = {el.get(qn("w:val")) for el in base.element.body.iter(qn("w:numId"))}
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in theirs.iter(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in theirs.iter(qn("w:num"))]
    next_abstract, next_num = max(abstract_ids, default=0) + 1, max(num_ids, default=0) + 1
    mapping = {}
    for num in ours.iter(qn("w:num")):
        old = num.get(qn("w:numId"))
        if old not in used:
            continue
        old_abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        abstract = next(a for a in ours.iter(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == old_abstract)
        new_abstract = copy.deepcopy(abstract)
        new_abstract.set(qn("w:abstractNumId"), str(next_abstract))
        first_num = theirs.find(qn("w:num"))
        first_num.addprevious(new_abstract) if first_num is not None else theirs.append(new_abstract)
        new_num = copy.deepcopy(num)
        new_num.set(qn("w:numId"), str(next_num))
        new_num.find(qn("w:abstractNumId")).set(qn("w:val"), str(next_abstract))
        theirs.append(new_num)
        mapping[old] = str(next_num)
        next_abstract, next_num = next_abstract + 1, next_num + 1
    return mapping


def _restyle(item: Any, ids: dict[str, str], numbers: dict[str, str]) -> None:
    """Point the style and numbering references in `item` at the branded document's."""
    for tag in ("w:pStyle", "w:rStyle", "w:tblStyle"):
        for el in item.iter(qn(tag)):
            el.set(qn("w:val"), ids.get(el.get(qn("w:val")), el.get(qn("w:val"))))
    for el in item.iter(qn("w:numId")):
        el.set(qn("w:val"), numbers.get(el.get(qn("w:val")), el.get(qn("w:val"))))


def _is_landscape(sect: Any) -> bool:
    """Return True when the section `sect` is landscape."""
    size = sect.find(qn("w:pgSz")) if sect is not None else None
    return size is not None and int(size.get(qn("w:w"), 0)) > int(size.get(qn("w:h"), 0))


def _relayout(sect: Any, branded: Any, *, landscape: bool | None = None, title_page: bool = False) -> None:
    """Give section `sect` the branded page, margins, headers and footers, turned landscape when `sect` was.

    The margins stay where the branded document has them, so a letterhead's header keeps its room.
    A different first page (a letterhead's cover header) is the report's first page only.
    """
    turn = _is_landscape(sect) if landscape is None else landscape
    if sect is not branded:
        for child in list(sect):
            sect.remove(child)
        for child in branded:
            if local_name(child) in (*PAGE, "headerReference", "footerReference", "titlePg"):
                sect.append(copy.deepcopy(child))
    if not title_page:
        for mark in sect.findall(qn("w:titlePg")):
            sect.remove(mark)
    size = sect.find(qn("w:pgSz"))
    if size is None:
        return
    w, h = int(size.get(qn("w:w"), 11906)), int(size.get(qn("w:h"), 16838))
    if turn != (w > h):
        size.set(qn("w:w"), str(h))
        size.set(qn("w:h"), str(w))
        if turn:
            size.set(qn("w:orient"), "landscape")
        elif size.get(qn("w:orient")) is not None:
            del size.attrib[qn("w:orient")]
