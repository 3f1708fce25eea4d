"""Run the CLI as `python -m cjmdeck`."""

from __future__ import annotations

from cjmdeck.cli import run

run()
