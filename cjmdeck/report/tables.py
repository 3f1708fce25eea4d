"""Tables after rendering: columns a `{%tc for %}` loop repeated share the width the template gave the loop."""

from __future__ import annotations

from typing import Any

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

W = nsdecls("w")
CELL_ORDER = ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar")
KEEP_NEXT, STYLE = qn("w:keepNext"), qn("w:pStyle")
RANKS = {qn(f"w:{name}"): rank for rank, name in enumerate(CELL_ORDER)}  # a cell property's place, by its tag


def keep_together(body: Any) -> None:
    """Keep each table's header with its first row and its last row with the one before; cell properties in order.

    A table then never starts with a lone header at a page's foot, nor ends with one row on the next page.
    """
    for table in body.iter(qn("w:tbl")):
        rows = table.findall(qn("w:tr"))
        for row in rows:
            for tc_pr in row.iter(qn("w:tcPr")):
                _order(tc_pr)
        held = {0, len(rows) - 2} if len(rows) > 2 else {0} if len(rows) == 2 else set()
        for index in held:
            for p in rows[index].iter(qn("w:p")):
                _keep_next(p.get_or_add_pPr())


def _keep_next(p_pr: Any) -> None:
    """Give a paragraph's properties keepNext, first after its style as the schema orders them.

    python-docx's own get_or_add_keepNext looks for each of the thirty-odd properties that may
    follow it: a tenth of a report's drawing time.
    """
    if p_pr.find(KEEP_NEXT) is None:
        style = p_pr.find(STYLE)
        p_pr.insert(0 if style is None else p_pr.index(style) + 1, p_pr.makeelement(KEEP_NEXT, {}))


def _order(tc_pr: Any) -> None:
    """Put a cell's properties in the schema's order (docxtpl's cellbg writes its shading first)."""
    children = list(tc_pr)
    ranks = [RANKS.get(c.tag, len(RANKS)) for c in children]  # the others after, in their order
    if ranks == sorted(ranks):
        return  # most cells: already in order
    for i in sorted(range(len(children)), key=lambda i: (ranks[i], i)):
        tc_pr.append(children[i])


def drop_empty(body: Any) -> None:
    """Remove the tables a loop left without a row (an empty list in a table of loop rows only)."""
    for table in list(body.iter(qn("w:tbl"))):
        if table.find(qn("w:tr")) is None:
            parent = table.getparent()
            parent.remove(table)
            if parent.tag == qn("w:tc") and parent.find(qn("w:p")) is None:
                parent.append(parse_xml(f"<w:p {W}/>"))  # a cell holds a paragraph at least


def fit_columns(body: Any) -> None:
    """Make each table's cell widths add up to its grid's width, the repeated cells sharing what is left."""
    for table in body.iter(qn("w:tbl")):
        grid = table.find(qn("w:tblGrid"))
        if grid is None:
            continue
        total = sum(int(float(c.get(qn("w:w"), 0))) for c in grid.findall(qn("w:gridCol")))
        rows = table.findall(qn("w:tr"))
        if not rows or not total:
            continue
        widths = [_cell_widths(row) for row in rows]
        if all(abs(sum(w) - total) <= total * 0.02 for w in widths):
            continue
        new_rows = [_shared(w, total) for w in widths]
        for row, cells in zip(rows, new_rows, strict=True):
            for tc, width in zip(row.findall(qn("w:tc")), cells, strict=True):
                tc_pr = tc.get_or_add_tcPr()
                tc_w = tc_pr.find(qn("w:tcW"))
                if tc_w is None:
                    tc_w = parse_xml(f'<w:tcW {W} w:type="dxa"/>')
                    tc_pr.insert(0, tc_w)
                tc_w.set(qn("w:w"), str(width))
                tc_w.set(qn("w:type"), "dxa")
        widest = max(new_rows, key=len)
        for col in grid.findall(qn("w:gridCol")):
            grid.remove(col)
        for width in widest:
            grid.append(parse_xml(f'<w:gridCol {W} w:w="{width}"/>'))


def _cell_widths(row: Any) -> list[int]:
    """Return the width of each cell of `row`, in twentieths of a point (0 when not given)."""
    widths = []
    for tc in row.findall(qn("w:tc")):
        tc_w = tc.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
        widths.append(int(float(tc_w.get(qn("w:w"), 0))) if tc_w is not None else 0)
    return widths


def _shared(widths: list[int], total: int) -> list[int]:
    """Return `widths` where the cells of the most repeated width share what the others leave of `total`."""
    counts = {w: widths.count(w) for w in widths}
    repeated = max(counts, key=lambda w: (counts[w], w))
    if counts[repeated] < 2:
        scale = total / max(sum(widths), 1)
        return [int(w * scale) for w in widths]
    fixed = sum(w for w in widths if w != repeated)
    share = max((total - fixed) // counts[repeated], 1)
    return [share if w == repeated else w for w in widths]
