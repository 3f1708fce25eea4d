"""Property tests for the open-ended inputs: names, scores, lists and priorities."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cjmdeck.contract import SHEETS, normalize
from cjmdeck.model import Action, Journey, Project, Stage
from cjmdeck.parse import items as _list
from cjmdeck.parse import number as _number
from cjmdeck.parse import score as _score

CELL = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text())


@given(st.text())
def test_normalize_is_idempotent_and_ignores_case_and_punctuation(name):
    once = normalize(name)
    assert normalize(once) == once
    if not any(ch.isalnum() for ch in once):
        return  # a name of symbols only compares as itself
    assert normalize(name.upper()) == normalize(name.lower()) or not name.isascii()
    assert normalize(f" {name}_. ") == once


@given(st.sampled_from([c for s in SHEETS for c in s.columns]), st.sampled_from(["upper", "lower", "snake", "title"]))
def test_every_header_matches_in_any_spelling(column, style):
    for name in column.names:
        spelled = {"upper": name.upper(), "lower": name.lower(), "snake": name.replace(" ", "_"), "title": name.title()}
        assert column.matches(spelled[style])


@given(CELL)
def test_score_accepts_whole_1_to_5_and_rejects_the_rest_with_valueerror(value):
    try:
        score = _score(value)
    except ValueError as err:
        assert "must be a whole number from 1 to 5" in str(err)
    else:
        assert score in {1, 2, 3, 4, 5}


@given(CELL)
def test_number_never_crashes(value):
    try:
        assert _number(value) >= 0
    except ValueError as err:
        assert "must be a number of 0 or more" in str(err) or "is too large to be a count" in str(err)


# control characters are left out of cells on purpose (no document can hold them): not part of the round trip
@given(
    st.lists(
        st.text(
            alphabet=st.characters(blacklist_characters=";\n\r\ufffe\uffff", blacklist_categories=("Cc", "Cs")),
            min_size=1,
        ).map(str.strip)
    )
)
def test_list_items_survive_a_round_trip(items):
    items = [i for i in items if i and not i.startswith(("•", "-", "*", "–", "—", "·", "▪", "‣", "◦"))]
    assert _list("\n".join(items)) == tuple(items)
    assert _list("; ".join(items)) == tuple(items)


@given(st.lists(st.tuples(st.integers(1, 5), st.integers(1, 5), st.integers(0, 2)), max_size=30))
def test_plan_is_ordered_by_score_impact_stage_then_row(scores):
    stages = (Stage("A"), Stage("B"), Stage("C"))
    actions = tuple(Action(f"a{i}", imp, fea, stages[s].name) for i, (imp, fea, s) in enumerate(scores))
    journey = Journey(Project("Acme"), (), stages, actions=actions)
    plan = journey.prioritised_actions()
    keys = [(-a.score, -a.impact, journey.stage_index(a.stage), int(a.text[1:])) for a in plan]
    assert keys == sorted(keys)
    assert sorted(a.text for a in plan) == sorted(a.text for a in actions)
    for a in plan:
        assert (
            a.quadrant
            == {
                (True, True): "quick_win",
                (True, False): "major_project",
                (False, True): "fill_in",
                (False, False): "thankless_task",
            }[(a.impact >= 3, a.feasibility >= 3)]
        )
