"""PowerPoint output: the render layer both decks share, and `render_deck` for the deliverable deck.

The layer: `template` (opening the agency's template, choosing layouts, filling tokens),
`grid` (slide geometry), `fit` (text measurement), `canvas` (slides, titles, text boxes,
footers and notes), `tables` and `paginate` (native tables over as many slides as needed),
`shapes` (colours and small drawing helpers) and `assemble` (a deck from a list of slide makers).
The deliverable deck's slide makers are in `deliverable`.
"""

from __future__ import annotations

from cjmdeck.deck.deliverable import render_deck
from cjmdeck.deck.template import LAYOUT_NAMES, default_template

__all__ = ["LAYOUT_NAMES", "default_template", "render_deck"]
