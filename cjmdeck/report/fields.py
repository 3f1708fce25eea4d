"""The report's fields after rendering: the table of contents filled from the headings, captions numbered.

Word updates every field when it opens the report (`w:updateFields`); LibreOffice shows what the
file holds, so the contents' entries, their links and the caption numbers are written here, and
`for_pdf` turns the contents into plain paragraphs whose page references LibreOffice computes.
"""

from __future__ import annotations

import io
import re
from typing import Any

from docx.document import Document as DocumentObject
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from cjmdeck.report.styles import paragraph_styles

W = nsdecls("w")
LEVELS = {"heading 1": 1, "heading 2": 2}  # built-in style names the contents list, and their level
BOOKMARK = "_Toc_cjmdeck_{}"
STYLE_PATH, VAL = f"{qn('w:pPr')}/{qn('w:pStyle')}", qn("w:val")
AFTER_UPDATE_FIELDS = frozenset(  # the settings the schema puts after updateFields
    {
        "hdrShapeDefaults",
        "footnotePr",
        "endnotePr",
        "compat",
        "docVars",
        "rsids",
        "mathPr",
        "attachedSchema",
        "themeFontLang",
        "clrSchemeMapping",
        "doNotIncludeSubdocsInStats",
        "doNotAutoCompressPictures",
        "forceUpgrade",
        "captions",
        "readModeInkLockDown",
        "smartTagType",
        "schemaLibrary",
        "shapeDefaults",
        "doNotEmbedSmartTags",
        "decimalSymbol",
        "listSeparator",
    }
)


def finish(document: DocumentObject) -> None:
    """Number the captions, bookmark the headings and write the contents' entries into its TOC field."""
    body = document.element.body
    _number_sequences(body)
    entries = _headings(document)
    toc = _toc_field(body)
    if toc is not None:
        _fill(document, toc, entries)
    if toc is not None:
        update_fields(document.settings.element)


def update_fields(settings: Any) -> None:
    """Ask Word to update the fields (contents, captions) when it opens the document: `w:updateFields`."""
    if settings.find(qn("w:updateFields")) is not None:
        return
    element = parse_xml(f'<w:updateFields {W} w:val="true"/>')
    for child in settings:  # the schema's order: before the first of the settings that follow it
        if local_name(child) in AFTER_UPDATE_FIELDS:
            child.addprevious(element)
            return
    settings.append(element)


def local_name(element: Any) -> str:
    """Return an element's tag without its namespace: "updateFields"."""
    return str(element.tag).rsplit("}", 1)[-1]


def _instr(run: Any) -> str:
    """Return the field instruction a run holds, or ""."""
    return "".join(t.text or "" for t in run.iter(qn("w:instrText"))).strip()


def _number_sequences(body: Any) -> None:
    """Write 1, 2, 3... as the shown value of each `SEQ Name` field, counting each name in document order."""
    counts: dict[str, int] = {}
    runs = list(body.iter(qn("w:r")))
    for i, run in enumerate(runs):
        match = re.match(r"SEQ\s+(\S+)", _instr(run))
        if not match:
            continue
        name = match.group(1).lower()
        counts[name] = counts.get(name, 0) + 1
        shown = _result_runs(runs, i)
        for k, result in enumerate(shown):
            for t in result.iter(qn("w:t")):
                t.text = str(counts[name]) if k == 0 else ""


def _result_runs(runs: list[Any], instr_index: int) -> list[Any]:
    """Return the runs between a field's separate and end marks, the field's instruction being at `instr_index`."""
    shown: list[Any] = []
    inside = False
    for run in runs[instr_index + 1 :]:
        mark = run.find(qn("w:fldChar"))
        kind = mark.get(qn("w:fldCharType")) if mark is not None else None
        if kind == "separate":
            inside = True
        elif kind in ("end", "begin"):
            break
        elif inside:
            shown.append(run)
    return shown


def _style_ids(document: DocumentObject) -> dict[str, str]:
    """Return the document's paragraph style ids by built-in name."""
    return paragraph_styles(document.styles.element)


def _headings(document: DocumentObject) -> list[tuple[int, str, str]]:
    """Bookmark the body's level 1 and 2 headings; return (level, shown text with its number, bookmark) of each."""
    levels = {style_id: LEVELS[name] for name, style_id in _style_ids(document).items() if name in LEVELS}
    numbers = [0, 0]
    entries: list[tuple[int, str, str]] = []
    for p in document.element.body.iter(qn("w:p")):
        style = p.find(STYLE_PATH)
        level = levels.get(style.get(VAL)) if style is not None else None
        if level is None:
            continue
        text = "".join(t.text or "" for t in p.iter(qn("w:t"))).strip()
        if not text:
            continue
        numbered = p.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None
        numbers[level - 1] += 1
        if level == 1:
            numbers[1] = 0
        label = ".".join(str(n) for n in numbers[:level])
        name = BOOKMARK.format(len(entries) + 1)
        start = parse_xml(f'<w:bookmarkStart {W} w:id="{9000 + len(entries)}" w:name="{name}"/>')
        end = parse_xml(f'<w:bookmarkEnd {W} w:id="{9000 + len(entries)}"/>')
        ppr = p.find(qn("w:pPr"))
        if ppr is not None:
            ppr.addnext(start)
        else:
            p.insert(0, start)
        p.append(end)
        entries.append((level, f"{label} {text}" if numbered else text, name))
    return entries


def _toc_field(body: Any) -> list[Any] | None:
    """Return the paragraphs from the first TOC field's begin mark to its end mark, or None without one."""
    paragraphs = list(body.iter(qn("w:p")))
    for i, p in enumerate(paragraphs):
        if any(_instr(r).startswith("TOC") for r in p.iter(qn("w:r"))):
            for k in range(i, len(paragraphs)):
                ends = [m for m in paragraphs[k].iter(qn("w:fldChar")) if m.get(qn("w:fldCharType")) == "end"]
                if ends:
                    return paragraphs[i : k + 1]
    return None


def _fill(document: DocumentObject, toc: list[Any], entries: list[tuple[int, str, str]]) -> None:
    """Replace the TOC field's shown result with an entry per heading: its text linked to it and its page."""
    if not entries:
        return
    first = toc[0]
    runs = list(first.iter(qn("w:r")))
    opening = []
    for run in runs:  # the begin, instruction and separate runs open the field in the first entry
        opening.append(run)
        mark = run.find(qn("w:fldChar"))
        if mark is not None and mark.get(qn("w:fldCharType")) == "separate":
            break
    styles = _style_ids(document)
    escape = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
    new = []
    for n, (level, text, name) in enumerate(entries):
        style = styles.get(f"toc {level}")
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        shown = "".join(escape.get(c, c) for c in text)
        p = parse_xml(
            f'<w:p {W}>{ppr}<w:hyperlink w:anchor="{name}" w:history="1">'
            f'<w:r><w:t xml:space="preserve">{shown}</w:t></w:r><w:r><w:tab/></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> PAGEREF {name} \\h </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t></w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>'
        )
        if n == 0:
            anchor = p.find(qn("w:hyperlink"))
            for run in opening:
                anchor.addprevious(run)
        new.append(p)
    new[-1].append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))
    for p in new:
        toc[0].addprevious(p)
    for p in toc:
        p.getparent().remove(p)


def for_pdf(data: bytes) -> bytes:
    """Return the .docx `data` with its TOC field unwrapped, so LibreOffice computes the entries' page numbers."""
    from docx import Document

    document = Document(io.BytesIO(data))
    toc = _toc_field(document.element.body)
    if toc is None:
        return data
    runs = [r for p in toc for r in p.iter(qn("w:r"))]
    start = next(i for i, r in enumerate(runs) if _instr(r).startswith("TOC"))
    nested = 0
    for run in runs[start + 1 :]:
        mark = run.find(qn("w:fldChar"))
        kind = mark.get(qn("w:fldCharType")) if mark is not None else None
        if kind == "begin":
            nested += 1
        elif kind == "end" and nested:
            nested -= 1
        elif kind in ("separate", "end") and not nested:
            run.getparent().remove(run)
            if kind == "end":
                break
    for run in runs[start - 1 : start + 1]:  # the begin mark and the instruction
        run.getparent().remove(run)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
