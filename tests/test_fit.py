"""Unit tests of text measurement and fitting: wrapping, heights, the size that fits and truncation."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cjmdeck.deck.fit import FLOOR, LINE_SPACING, line_count, metrics_for, text_height, truncate, wrap
from cjmdeck.deck.fit import fit_size as fit_size_

CALIBRI = metrics_for("Calibri")
WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzżółćñ ÁW.,", min_size=0, max_size=300)


def test_known_and_unknown_fonts() -> None:
    assert metrics_for("Calibri").safety > metrics_for("Some Brand Sans").safety  # a stand-in gets a wider margin
    assert metrics_for("Arial").regular == metrics_for("Liberation Sans").regular
    assert CALIBRI.width("WWW", 12) > CALIBRI.width("iii", 12)
    assert CALIBRI.width("abc", 12, bold=True) >= CALIBRI.width("abc", 12)
    assert CALIBRI.line_height(10) == 10 * LINE_SPACING


def test_wrap_breaks_between_words() -> None:
    assert wrap("customers compare delivery options", 60, 12, CALIBRI) == [
        "customers",
        "compare",
        "delivery",
        "options",
    ]
    assert wrap("customers compare", 400, 12, CALIBRI) == ["customers compare"]


def test_wrap_keeps_paragraphs_and_empty_lines() -> None:
    assert wrap("one\n\ntwo", 400, 12, CALIBRI) == ["one", "", "two"]


def test_wrap_cuts_a_word_wider_than_the_box() -> None:
    lines = wrap("Supercalifragilisticexpialidocious", 40, 12, CALIBRI)
    assert len(lines) > 1 and "".join(lines) == "Supercalifragilisticexpialidocious"


@settings(max_examples=200, deadline=None)
@given(WORDS, st.floats(min_value=20, max_value=500), st.sampled_from([9, 10, 12, 14, 28]))
def test_wrapped_lines_fit_and_lose_nothing(text: str, width: float, size: int) -> None:
    lines = wrap(text, width, size, CALIBRI)
    usable = width * CALIBRI.safety
    for line in lines:
        assert CALIBRI.width(line, size) <= usable or len(line) == 1
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_text_height_counts_wrapped_lines() -> None:
    one = text_height(["short"], 300, 12, CALIBRI)
    assert one == CALIBRI.line_height(12)
    assert text_height(["short", "short"], 300, 12, CALIBRI) == 2 * one
    assert text_height(["customers compare delivery options"], 60, 12, CALIBRI) == 4 * one
    assert text_height(["a", "b"], 300, 12, CALIBRI, space_after=6) == 2 * one + 6


def test_fit_size_takes_the_largest_size_that_fits() -> None:
    lines = ["customers compare delivery options and returns before they buy"]
    sizes = (14, 12, 11, 10, 9)
    size = fit_size_(lines, 150, 60, CALIBRI, sizes)
    assert size is not None and text_height(lines, 150, size, CALIBRI) <= 60
    larger = [s for s in sizes if s > size]
    assert all(text_height(lines, 150, s, CALIBRI) > 60 for s in larger)
    assert fit_size_(lines * 20, 150, 60, CALIBRI, sizes) is None


@settings(max_examples=200, deadline=None)
@given(
    st.lists(WORDS, min_size=1, max_size=6),
    st.floats(min_value=30, max_value=400),
    st.floats(min_value=12, max_value=200),
)
def test_truncated_text_fits_its_box(paragraphs: list[str], width: float, height: float) -> None:
    out = truncate(paragraphs, width, height, FLOOR, CALIBRI)
    max_lines = max(int(height // CALIBRI.line_height(FLOOR)), 1)
    assert sum(len(wrap(p, width, FLOOR, CALIBRI)) for p in out) <= max_lines
    if out != paragraphs:
        assert out and out[-1].endswith("…")


def test_truncate_keeps_what_fits_whole() -> None:
    assert truncate(["a", "b"], 200, 100, 12, CALIBRI) == ["a", "b"]
    assert truncate(["first para", "second para long long long text"], 200, 14, 12, CALIBRI) == ["first para…"]
    cut = truncate(["one two three four five six seven eight nine ten eleven twelve"], 60, 30, 12, CALIBRI)
    assert len(cut) == 1 and cut[0].startswith("one two") and cut[0].endswith("…")


PIECES = ["a", "b", "W", "í", "€", " ", "\n", "  ", "supercalifragilistic"]  # spaces in a row, words too wide


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
    st.floats(min_value=5, max_value=400),
    st.sampled_from([8, 9, 12, 18, 28]),
    st.booleans(),
)
def test_counting_lines_from_word_widths_agrees_with_wrapping(text: str, width: float, size: int, bold: bool) -> None:
    font = metrics_for("Calibri")
    assert line_count([text], width, size, font, bold) == len(wrap(text, width, size, font, bold))
