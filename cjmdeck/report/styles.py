"""Word styles by their built-in name, whatever the language of their id or display name."""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

NAMES = {  # built-in style names under the names localised copies of Word and LibreOffice give them
    "überschrift 1": "heading 1",
    "überschrift 2": "heading 2",
    "título 1": "heading 1",
    "título 2": "heading 2",
    "nagłówek 1": "heading 1",
    "nagłówek 2": "heading 2",
    "titre 1": "heading 1",
    "titre 2": "heading 2",
    "kop 1": "heading 1",
    "kop 2": "heading 2",
    "titolo 1": "heading 1",
    "titolo 2": "heading 2",
    "заголовок 1": "heading 1",
    "заголовок 2": "heading 2",
    "titel": "title",
    "título": "title",
    "tytuł": "title",
    "titre": "title",
    "beschriftung": "caption",
    "epígrafe": "caption",
    "legenda": "caption",
    "verzeichnis 1": "toc 1",
    "verzeichnis 2": "toc 2",
    "tdc 1": "toc 1",
    "tdc 2": "toc 2",
    "spis treści 1": "toc 1",
    "spis treści 2": "toc 2",
}


def builtin_name(style: Any) -> str:
    """Return a style element's built-in name in lower case ("heading 1"), read through localised names."""
    name = style.find(qn("w:name"))
    value = (name.get(qn("w:val"), "") if name is not None else "").lower()
    return NAMES.get(value, value)


def paragraph_styles(styles: Any) -> dict[str, str]:
    """Return the paragraph style ids of a styles element, by built-in name."""
    found: dict[str, str] = {}
    for style in styles.iter(qn("w:style")):
        if style.get(qn("w:type")) == "paragraph":
            found.setdefault(builtin_name(style), style.get(qn("w:styleId")))
    return found
