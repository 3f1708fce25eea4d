"""Every word cjmdeck writes, in English, Spanish and Polish: labels, counted nouns, formats and headlines.

`text(key, lang)` is the one lookup of fixed labels; `counted`, the `format_*` functions and
`quote` write numbers and nouns as each language does; the module `headlines` builds the
sentences that title slides and sections from findings, and `values` shows workbook values in
cells. Renderers take every word from here, so the deck, the report and the workshop deck read
alike.
"""

from __future__ import annotations

from cjmdeck.text.formats import format_date, format_money, format_number, format_score, quote, ranges
from cjmdeck.text.labels import map_type_name, pick, quadrant_name, text
from cjmdeck.text.nouns import counted, noun

__all__ = [
    "counted",
    "format_date",
    "format_money",
    "format_number",
    "format_score",
    "map_type_name",
    "noun",
    "pick",
    "quadrant_name",
    "quote",
    "ranges",
    "text",
]
