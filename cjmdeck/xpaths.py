"""XPath queries compiled once: python-pptx and python-docx compile each query again every time they run it.

Both libraries give their XML elements an `xpath(query)` method with the OOXML namespaces; lxml
compiles the query on every call, which is a tenth of the time it takes to draw a deck. The
renderers hand their library's element class to `compile_once`, and the same queries then run
through a compiled `lxml.etree.XPath` kept per query. The results are the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

MOST_QUERIES = 10_000  # queries kept compiled; a few carry a number (a chart point's index), so they are many


def compile_once(element_class: Any, namespaces: Mapping[str, str]) -> None:
    """Make `element_class.xpath(query)` run `query` compiled once, with `namespaces`; a second call does nothing."""
    if getattr(element_class, "_cjmdeck_compiled", False):
        return
    compiled: dict[str, etree.XPath] = {}
    names = dict(namespaces)

    def xpath(self: Any, query: str) -> Any:
        """Return the result of the XPath `query` on this element, compiled on first use."""
        found = compiled.get(query)
        if found is None:
            if len(compiled) >= MOST_QUERIES:
                compiled.clear()
            found = compiled[query] = etree.XPath(query, namespaces=names)
        return found(self)

    element_class.xpath = xpath
    element_class._cjmdeck_compiled = True
