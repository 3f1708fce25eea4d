"""cjmdeck: turn a customer-journey workbook into client-ready decks and reports."""

from __future__ import annotations

__version__ = "0.1.0"
