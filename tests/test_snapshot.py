"""The decks of the samples and of a large journey say what the snapshots say: titles, texts, tables, charts, notes.

After a change that alters a deck on purpose, regenerate the snapshots with `python -m tests.snapshot`
and review the diff of tests/snapshots/ like any other change.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.snapshot import DECKS, SNAPSHOTS, build, contents


@pytest.mark.parametrize("name", DECKS)
def test_deck_matches_snapshot(tmp_path: Path, name: str) -> None:
    expected = json.loads((SNAPSHOTS / f"{name}.json").read_text(encoding="utf-8"))
    actual = contents(build(name, tmp_path))
    assert [s["title"] for s in actual] == [s["title"] for s in expected]
    for n, (got, want) in enumerate(zip(actual, expected, strict=True), start=1):
        assert got == want, f"slide {n} ({want['title']!r}) differs from tests/snapshots/{name}.json"
