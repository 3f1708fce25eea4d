"""The PowerPoint deck renderer: `render_deck(journey, output)` writes a client-ready .pptx."""

from __future__ import annotations

from cjmdeck.deck.render import render_deck
from cjmdeck.deck.template import LAYOUT_NAMES, default_template, layout_names

__all__ = ["LAYOUT_NAMES", "default_template", "layout_names", "render_deck"]
