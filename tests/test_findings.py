"""Unit tests of cjmdeck.findings: lowest points, lanes, grids, rankings and totals on small journeys built in code."""

from __future__ import annotations

import functools

import pytest

from cjmdeck import findings
from cjmdeck.findings import QUADRANTS, Lane, LowPoint, PersonaJourney
from cjmdeck.model import (
    FILL_IN,
    MAJOR_PROJECT,
    QUICK_WIN,
    THANKLESS_TASK,
    Action,
    Journey,
    JourneyRow,
    Origin,
    Persona,
    Question,
    Stage,
    Touchpoint,
)
from tests.deckutil import scored_rows, tiny_journey

ABC = ("A", "B", "C")


_journey = functools.partial(tiny_journey, stages=ABC)


def _scores(persona: str, *scores: int | None) -> tuple[JourneyRow, ...]:
    """Return one row per stage of ABC for `persona`, scored `scores` in stage order."""
    return scored_rows(persona, ABC, *scores)


def _pj(journey: Journey, name: str) -> PersonaJourney:
    return findings.persona_journey(journey, next(p for p in journey.personas if p.name == name))


def _lane(lanes: tuple[Lane, ...], key: str) -> Lane:
    return next(lane for lane in lanes if lane.key == key)


# emotion_level


@pytest.mark.parametrize(
    ("score", "level"),
    [
        (None, None),
        (1, 1),
        (3, 3),
        (5, 5),
        (0, 1),
        (-2, 1),
        (6, 5),
        (9.7, 5),
        (2.4, 2),
        (2.6, 3),
        (1.5, 2),
        (3.5, 4),
        (3.25, 3),
        (4.75, 5),
    ],
)
def test_emotion_level_rounds_and_clamps_to_1_5(score: float | None, level: int | None) -> None:
    assert findings.emotion_level(score) == level


@pytest.mark.parametrize(("score", "level"), [(2.5, 3), (4.5, 5)])
def test_emotion_level_rounds_halves_the_same_way_at_every_level(score: float, level: int) -> None:
    assert findings.emotion_level(score) == level


# sources


def test_sources_lists_sheets_in_first_appearance_order_with_sorted_unique_rows() -> None:
    records = [
        Stage("A", origin=Origin("Stages", 3)),
        JourneyRow("A", origin=Origin("Journey", 9)),
        Stage("B", origin=Origin("Stages", 2)),
        JourneyRow("B", origin=Origin("Journey", 4)),
        JourneyRow("B", origin=Origin("Journey", 9)),
    ]
    found = findings.sources(records)
    assert found == {"Stages": (2, 3), "Journey": (4, 9)}
    assert list(found) == ["Stages", "Journey"]


def test_sources_takes_a_sheet_title_as_the_whole_sheet_and_skips_records_without_origin() -> None:
    found = findings.sources(["Project", Stage("A"), Persona("Ana", origin=Origin("Personas", 2)), 42])
    assert found == {"Project": (), "Personas": (2,)}


def test_sources_of_nothing_is_empty() -> None:
    assert findings.sources([]) == {}


# figures


def test_figures_counts_every_sheet() -> None:
    journey = _journey(
        personas=("Ana", "Ben"),
        rows=_scores("Ana", 1, 2, 3),
        touchpoints=(Touchpoint("A", "Ad"), Touchpoint("B", "Web")),
        questions=(Question("Why?"),),
        actions=(Action("Fix", 3, 3), Action("Call", 2, 2), Action("Test", 1, 1)),
    )
    assert findings.figures(journey) == {"personas": 2, "stages": 3, "touchpoints": 2, "questions": 1, "actions": 3}


def test_figures_of_an_empty_journey_are_zero() -> None:
    assert findings.figures(_journey(stages=(), personas=())) == dict.fromkeys(
        ("personas", "stages", "touchpoints", "questions", "actions"), 0
    )


# persona_journey


def test_persona_journey_scores_every_stage_and_finds_the_lowest() -> None:
    journey = _journey(rows=_scores("Ana", 4, 2, 3))
    pj = _pj(journey, "Ana")
    assert pj.persona == Persona("Ana")
    assert pj.scores == (4.0, 2.0, 3.0)
    assert pj.lowest == 1
    assert pj.low_score == 2.0
    assert pj.scored


def test_persona_journey_takes_the_first_stage_on_ties() -> None:
    pj = _pj(_journey(rows=_scores("Ana", 3, 1, 1)), "Ana")
    assert pj.lowest == 1
    assert pj.low_score == 1.0


def test_persona_journey_leaves_unscored_stages_none() -> None:
    pj = _pj(_journey(rows=_scores("Ana", None, 4, None)), "Ana")
    assert pj.scores == (None, 4.0, None)
    assert pj.lowest == 1
    assert pj.low_score == 4.0


def test_persona_journey_averages_rows_and_ignores_missing_scores() -> None:
    rows = (
        JourneyRow("A", "Ana", emotion=2),
        JourneyRow("A", None, emotion=3),  # shared by every persona
        JourneyRow("B", "Ana", emotion=4),
        JourneyRow("B", "Ana", emotion=None),
        JourneyRow("C", "Ben", emotion=1),  # another persona's
    )
    pj = _pj(_journey(personas=("Ana", "Ben"), rows=rows), "Ana")
    assert pj.scores == (2.5, 4.0, None)
    assert pj.lowest == 0
    assert pj.low_score == 2.5


def test_persona_journey_without_rows_is_not_scored() -> None:
    journey = _journey(personas=("Ana", "Ben"), rows=_scores("Ana", 3, 3, 3))
    pj = _pj(journey, "Ben")
    assert pj.scores == (None, None, None)
    assert pj.lowest is None
    assert pj.low_score is None
    assert not pj.scored
    assert pj.rows == ()


def test_persona_journey_rows_are_its_own_and_the_shared_ones_in_row_order() -> None:
    own, shared, other = JourneyRow("B", "Ana"), JourneyRow("A", None), JourneyRow("A", "Ben")
    journey = _journey(personas=("Ana", "Ben"), rows=(own, other, shared))
    assert _pj(journey, "Ana").rows == (own, shared)
    assert _pj(journey, "Ben").rows == (other, shared)


def test_rows_without_persona_score_every_persona() -> None:
    rows = (JourneyRow("A", None, emotion=2), JourneyRow("B", None, emotion=5))
    journey = _journey(personas=("Ana", "Ben"), rows=rows)
    for name in ("Ana", "Ben"):
        pj = _pj(journey, name)
        assert pj.scores == (2.0, 5.0, None)
        assert pj.lowest == 0


# lanes


def test_lanes_come_in_the_fixed_order_with_a_cell_per_stage() -> None:
    stages = (Stage("A", customer_goal="Find"), Stage("B", customer_goal="Buy"))
    rows = (
        JourneyRow(
            "A",
            "Ana",
            customer_actions=("Search",),
            thoughts=("Where is it?",),
            feeling="curious",
            pain_points=("Ads",),
            opportunities=("SEO",),
        ),
        JourneyRow("B", "Ana", customer_actions=("Pay",), pain_points=("Fees",)),
    )
    journey = _journey(stages=stages, rows=rows, touchpoints=(Touchpoint("B", "Checkout"),))
    lanes = findings.lanes(journey, journey.personas[0])
    assert [lane.key for lane in lanes] == [
        "goal",
        "actions",
        "touchpoints",
        "thoughts",
        "pain_points",
        "opportunities",
    ]
    assert _lane(lanes, "goal") == Lane("goal", (("Find",), ("Buy",)))
    assert _lane(lanes, "actions") == Lane("actions", (("Search",), ("Pay",)))
    assert _lane(lanes, "touchpoints") == Lane("touchpoints", ((), ("Checkout",)))
    assert _lane(lanes, "pain_points") == Lane("pain_points", (("Ads",), ("Fees",)))
    assert _lane(lanes, "opportunities") == Lane("opportunities", (("SEO",), ()))


def test_lanes_leave_out_lanes_empty_at_every_stage() -> None:
    rows = (JourneyRow("B", "Ana", pain_points=("Slow",)),)
    journey = _journey(rows=rows)
    lanes = findings.lanes(journey, journey.personas[0])
    assert lanes == (Lane("pain_points", ((), ("Slow",), ())),)


def test_lanes_of_a_persona_with_nothing_are_empty() -> None:
    journey = _journey(personas=("Ana", "Ben"), rows=(JourneyRow("A", "Ana", customer_actions=("Search",)),))
    assert findings.lanes(journey, journey.personas[1]) == ()


def test_thoughts_lane_carries_thoughts_in_said_and_feelings_in_cells() -> None:
    rows = (
        JourneyRow("A", "Ana", thoughts=("Too many options", "Which one?"), feeling="overwhelmed"),
        JourneyRow("B", "Ana", feeling="relieved"),
        JourneyRow("C", "Ana", thoughts=("Finally",)),
    )
    journey = _journey(rows=rows)
    lane = _lane(findings.lanes(journey, journey.personas[0]), "thoughts")
    assert lane.said == (("Too many options", "Which one?"), (), ("Finally",))
    assert lane.cells == (("overwhelmed",), ("relieved",), ())


def test_thoughts_lane_is_kept_with_thoughts_only() -> None:
    journey = _journey(rows=(JourneyRow("A", "Ana", thoughts=("Hmm",)),))
    lanes = findings.lanes(journey, journey.personas[0])
    assert lanes == (Lane("thoughts", ((), (), ()), (("Hmm",), (), ())),)


def test_lanes_other_than_thoughts_have_no_said() -> None:
    rows = (JourneyRow("A", "Ana", customer_actions=("Search",), pain_points=("Ads",), thoughts=("Hmm",)),)
    journey = _journey(stages=(Stage("A", customer_goal="Find"),), rows=rows, touchpoints=(Touchpoint("A", "Ad"),))
    for lane in findings.lanes(journey, journey.personas[0]):
        assert (lane.said == ()) == (lane.key != "thoughts"), lane.key


def test_lanes_remove_duplicates_and_blanks_within_a_cell() -> None:
    rows = (
        JourneyRow("A", "Ana", customer_actions=("Search", "Compare"), thoughts=("Hmm",), feeling="calm"),
        JourneyRow("A", None, customer_actions=("Search", ""), thoughts=("Hmm",), feeling="calm"),
        JourneyRow("A", "Ana", pain_points=("Ads", "Ads"), feeling=""),
    )
    touchpoints = (Touchpoint("A", "Ad", channel="Social"), Touchpoint("A", "Ad", channel="Web"))
    journey = _journey(stages=("A",), rows=rows, touchpoints=touchpoints)
    lanes = findings.lanes(journey, journey.personas[0])
    assert _lane(lanes, "actions").cells == (("Search", "Compare"),)
    assert _lane(lanes, "pain_points").cells == (("Ads",),)
    assert _lane(lanes, "thoughts").said == (("Hmm",),)
    assert _lane(lanes, "thoughts").cells == (("calm",),)
    assert _lane(lanes, "touchpoints").cells == (("Ad",),)


def test_lanes_show_own_and_shared_touchpoints_and_rows_only() -> None:
    rows = (JourneyRow("A", "Ben", customer_actions=("Call",)), JourneyRow("A", None, customer_actions=("Look",)))
    touchpoints = (Touchpoint("A", "Shop", persona="Ben"), Touchpoint("A", "Ad"), Touchpoint("A", "App", persona="Ana"))
    journey = _journey(stages=("A",), personas=("Ana", "Ben"), rows=rows, touchpoints=touchpoints)
    lanes = findings.lanes(journey, journey.personas[0])
    assert _lane(lanes, "actions").cells == (("Look",),)
    assert _lane(lanes, "touchpoints").cells == (("Ad", "App"),)


@pytest.mark.parametrize(
    ("map_type", "back"),
    [
        ("service_blueprint", ["pain_points", "opportunities", "backstage", "support_processes"]),
        ("current_state", ["pain_points", "opportunities", "backstage", "support_processes"]),
        ("future_state", ["pain_points", "opportunities", "backstage", "support_processes"]),
        ("day_in_the_life", ["pain_points", "opportunities", "backstage", "support_processes"]),
    ],
)
def test_any_map_shows_the_backstage_lanes_the_workbook_fills(map_type: str, back: list[str]) -> None:
    rows = (
        JourneyRow(
            "A",
            "Ana",
            pain_points=("Slow",),
            opportunities=("Faster",),
            backstage=("CRM update",),
            support_processes=("Billing",),
        ),
    )
    journey = _journey(rows=rows, map_type=map_type)
    lanes = findings.lanes(journey, journey.personas[0])
    assert [lane.key for lane in lanes] == back
    if map_type == "service_blueprint":
        assert _lane(lanes, "backstage").cells == (("CRM update",), (), ())
        assert _lane(lanes, "support_processes").cells == (("Billing",), (), ())


def test_a_service_blueprint_still_leaves_out_empty_backstage_lanes() -> None:
    journey = _journey(rows=(JourneyRow("A", "Ana", backstage=("CRM",)),), map_type="service_blueprint")
    assert [lane.key for lane in findings.lanes(journey, journey.personas[0])] == ["backstage"]


def test_persona_journey_carries_its_lanes() -> None:
    journey = _journey(rows=(JourneyRow("A", "Ana", customer_actions=("Search",)),))
    assert _pj(journey, "Ana").lanes == findings.lanes(journey, journey.personas[0])


# map_records


def test_map_records_are_stages_persona_rows_and_touchpoints_of_the_page() -> None:
    stages = tuple(Stage(name, origin=Origin("Stages", i + 2)) for i, name in enumerate(ABC))
    ana_a, all_b, ben_b, ana_c = (
        JourneyRow("A", "Ana"),
        JourneyRow("B", None),
        JourneyRow("B", "Ben"),
        JourneyRow("C", "Ana"),
    )
    tp_a, tp_b_ben, tp_b = Touchpoint("A", "Ad"), Touchpoint("B", "Call", persona="Ben"), Touchpoint("B", "Web")
    journey = _journey(
        stages=stages,
        personas=("Ana", "Ben"),
        rows=(ana_a, all_b, ben_b, ana_c),
        touchpoints=(tp_b, tp_a, tp_b_ben),
    )
    ana = journey.personas[0]
    assert findings.map_records(journey, ana, stages[:2]) == [stages[0], stages[1], ana, ana_a, all_b, tp_a, tp_b]
    assert findings.map_records(journey, ana, iter(stages[2:])) == [stages[2], ana, ana_c]


# low_point


def test_low_point_of_nothing_is_none() -> None:
    assert findings.low_point([]) is None
    journey = _journey(personas=("Ana", "Ben"))
    assert findings.low_point([_pj(journey, "Ana"), _pj(journey, "Ben")]) is None


def test_low_point_is_the_lowest_persona_at_its_lowest_stage() -> None:
    journey = _journey(personas=("Ana", "Ben"), rows=(*_scores("Ana", 4, 3, 2), *_scores("Ben", 3, 1, 4)))
    ana, ben = _pj(journey, "Ana"), _pj(journey, "Ben")
    low = findings.low_point([ana, ben])
    assert low == LowPoint(1.0, ((ben.persona, 1),))
    assert low.stages == (1,)


def test_low_point_with_two_personas_at_the_same_bottom_at_the_same_stage() -> None:
    journey = _journey(personas=("Ana", "Ben"), rows=(*_scores("Ana", 4, 2, 3), *_scores("Ben", 3, 2, 5)))
    ana, ben = _pj(journey, "Ana"), _pj(journey, "Ben")
    low = findings.low_point([ana, ben])
    assert low is not None
    assert low.score == 2.0
    assert low.points == ((ana.persona, 1), (ben.persona, 1))
    assert low.stages == (1,)


def test_low_point_with_two_personas_at_the_same_bottom_at_different_stages() -> None:
    journey = _journey(
        personas=("Ana", "Ben", "Cy"),
        rows=(*_scores("Ana", 4, 3, 2), *_scores("Ben", 2, 3, 5), *_scores("Cy", 3, 3, 3)),
    )
    curves = [_pj(journey, name) for name in ("Ana", "Ben", "Cy")]
    low = findings.low_point(curves)
    assert low is not None
    assert low.score == 2.0
    assert low.points == ((curves[0].persona, 2), (curves[1].persona, 0))
    assert low.stages == (2, 0)


def test_low_point_lists_every_stage_a_persona_reaches_it() -> None:
    journey = _journey(rows=_scores("Ana", 1, 3, 1))
    ana = _pj(journey, "Ana")
    low = findings.low_point([ana])
    assert low == LowPoint(1.0, ((ana.persona, 0), (ana.persona, 2)))
    assert low.personas == (ana.persona,) and low.stages == (0, 2) and low.shared == (0, 2)


def test_low_point_shared_stage_is_where_every_persona_at_the_bottom_is() -> None:
    journey = _journey(personas=("Ana", "Ben"), rows=(*_scores("Ana", 1, 3, 1), *_scores("Ben", 2, 4, 1)))
    low = findings.low_point([_pj(journey, "Ana"), _pj(journey, "Ben")])
    assert low is not None and low.stages == (0, 2) and low.shared == (2,)


def test_low_point_skips_personas_without_scores_and_handles_averages() -> None:
    rows = (JourneyRow("B", "Ana", emotion=2), JourneyRow("B", "Ana", emotion=3), JourneyRow("C", "Ana", emotion=4))
    journey = _journey(personas=("Ben", "Ana"), rows=rows)
    ben, ana = _pj(journey, "Ben"), _pj(journey, "Ana")
    assert findings.low_point([ben, ana]) == LowPoint(2.5, ((ana.persona, 1),))


# emotion_records


def test_emotion_records_are_the_stages_and_the_scored_rows() -> None:
    scored_a, unscored, scored_b = (
        JourneyRow("A", "Ana", emotion=3),
        JourneyRow("B", "Ana"),
        JourneyRow("B", None, emotion=1),
    )
    journey = _journey(rows=(scored_a, unscored, scored_b))
    assert findings.emotion_records(journey) == [*journey.stages, scored_a, scored_b]


def test_emotion_records_of_a_journey_without_rows_are_the_stages() -> None:
    journey = _journey()
    assert findings.emotion_records(journey) == list(journey.stages)


# touchpoint_grid


def test_touchpoint_grid_has_a_row_per_channel_in_first_appearance_order() -> None:
    touchpoints = (
        Touchpoint("B", "Checkout", channel="Web", mode="online", emotion=2),
        Touchpoint("A", "Flyer", channel="Print", mode="offline"),
        Touchpoint("A", "Landing", channel="Web", mode="online", emotion=4),
        Touchpoint("C", "Survey", channel="", emotion=5),
    )
    grid = findings.touchpoint_grid(_journey(touchpoints=touchpoints))
    assert [row.channel for row in grid.rows] == ["Web", "Print", ""]
    web = grid.rows[0]
    assert [cell.entries for cell in web.cells] == [
        (findings.GridEntry("Landing", "online", 4.0),),
        (findings.GridEntry("Checkout", "online", 2.0),),
        (),
    ]
    assert [cell.lowest for cell in web.cells] == [4, 2, None]
    assert web.records == (touchpoints[2], touchpoints[0])  # in stage order
    assert web.count == 2
    assert grid.rows[1].cells[0] == findings.GridCell((findings.GridEntry("Flyer", "offline", None),), None)
    assert grid.rows[2].cells[2].lowest == 5
    assert grid.total == 4


def test_grid_cell_merges_a_name_and_mode_and_averages_its_scores() -> None:
    touchpoints = (
        Touchpoint("A", "Chat", persona="Ana", channel="Web", mode="online", emotion=2),
        Touchpoint("A", "Chat", persona="Ben", channel="Web", mode="online", emotion=3),
        Touchpoint("A", "Chat", channel="Web", mode="online"),
        Touchpoint("A", "Chat", channel="Web", mode="offline", emotion=5),
        Touchpoint("A", "Form", channel="Web", mode=None, emotion=1),
    )
    grid = findings.touchpoint_grid(_journey(personas=("Ana", "Ben"), touchpoints=touchpoints))
    (row,) = grid.rows
    assert row.cells[0].entries == (
        findings.GridEntry("Chat", "online", 2.5),
        findings.GridEntry("Chat", "offline", 5.0),
        findings.GridEntry("Form", None, 1.0),
    )
    assert row.cells[0].lowest == 1
    assert row.count == 2  # distinct (stage, name): Chat and Form
    assert len(row.records) == 5
    assert grid.total == 2


def test_grid_counts_a_name_at_two_stages_twice() -> None:
    touchpoints = (Touchpoint("A", "App", channel="App"), Touchpoint("B", "App", channel="App"))
    grid = findings.touchpoint_grid(_journey(touchpoints=touchpoints))
    assert grid.rows[0].count == 2
    assert grid.total == 2


def test_touchpoint_grid_of_no_touchpoints_has_no_rows() -> None:
    grid = findings.touchpoint_grid(_journey())
    assert grid.rows == ()
    assert grid.total == 0
    assert grid.busiest is None


def test_busiest_needs_two_channels() -> None:
    touchpoints = (Touchpoint("A", "Ad", channel="Web"), Touchpoint("B", "Form", channel="Web"))
    assert findings.touchpoint_grid(_journey(touchpoints=touchpoints)).busiest is None


def test_busiest_is_the_channel_with_most_touchpoints() -> None:
    touchpoints = (
        Touchpoint("A", "Flyer", channel="Print"),
        Touchpoint("A", "Ad", channel="Web"),
        Touchpoint("B", "Form", channel="Web"),
        Touchpoint("C", "Call", channel=""),
    )
    busiest = findings.touchpoint_grid(_journey(touchpoints=touchpoints)).busiest
    assert busiest is not None
    assert (busiest.channel, busiest.count) == ("Web", 2)


def test_busiest_is_the_first_channel_on_ties() -> None:
    touchpoints = (
        Touchpoint("C", "Call", channel="Phone"),
        Touchpoint("A", "Ad", channel="Web"),
        Touchpoint("A", "Shop", channel="Store"),
        Touchpoint("B", "Form", channel="Web"),
        Touchpoint("B", "Visit", channel="Store"),
    )
    busiest = findings.touchpoint_grid(_journey(touchpoints=touchpoints)).busiest
    assert busiest is not None
    assert (busiest.channel, busiest.count) == ("Web", 2)


# stage_view


def _view(*touchpoints: Touchpoint, number: int = 1) -> findings.StageView:
    journey = _journey(stages=("A", "B"), touchpoints=touchpoints)
    return findings.stage_view(journey, number, journey.stages[0])


def test_stage_view_keeps_number_stage_and_the_stage_touchpoints() -> None:
    a1, b1, a2 = Touchpoint("A", "Ad", persona="Ana"), Touchpoint("B", "Web"), Touchpoint("A", "Shop", persona="Ben")
    view = _view(a1, b1, a2, number=3)
    assert view.number == 3
    assert view.stage == Stage("A")
    assert view.touchpoints == (a1, a2)


def test_stage_view_of_a_stage_without_touchpoints() -> None:
    view = _view(Touchpoint("B", "Web", emotion=1, cost=10.0))
    assert view.touchpoints == ()
    assert view.hardest is None
    assert view.costliest is None


@pytest.mark.parametrize(
    ("scores", "hardest"),
    [
        ((3, 1, 2), 1),
        ((2, 4), 0),  # scored exactly HARD
        ((3, 4, 5), None),  # nothing scored HARD or lower
        ((None, 2, None), 1),  # unscored touchpoints ignored
        ((None, None), None),
        ((4, 1, 1), 1),  # the first on ties
    ],
)
def test_hardest_is_the_lowest_scored_touchpoint_when_scored_2_or_lower(
    scores: tuple[int | None, ...], hardest: int | None
) -> None:
    touchpoints = tuple(Touchpoint("A", f"T{i}", emotion=s) for i, s in enumerate(scores))
    view = _view(*touchpoints)
    assert view.hardest == (None if hardest is None else touchpoints[hardest])


@pytest.mark.parametrize(
    ("costs", "costliest"),
    [
        ((100.0, 250.5, 80.0), 1),
        ((None, 5.0), 1),
        ((0.0, 0.0), None),  # nothing costs above zero
        ((None, None), None),
        ((0.0, 3.0), 1),
        ((90.0, 120.0, 120.0), 1),  # the first on ties
    ],
)
def test_costliest_is_the_highest_cost_above_zero(costs: tuple[float | None, ...], costliest: int | None) -> None:
    touchpoints = tuple(Touchpoint("A", f"T{i}", cost=c) for i, c in enumerate(costs))
    view = _view(*touchpoints)
    assert view.costliest == (None if costliest is None else touchpoints[costliest])


def test_stage_view_finds_hardest_and_costliest_independently() -> None:
    hard, dear = Touchpoint("A", "Queue", emotion=1, cost=5.0), Touchpoint("A", "Delivery", emotion=4, cost=50.0)
    view = _view(hard, dear)
    assert view.hardest == hard
    assert view.costliest == dear


# questions


def test_questions_come_in_stage_order_then_row_order_with_whole_journey_last() -> None:
    q = (
        Question("Whole 1"),
        Question("C 1", "C"),
        Question("A 1", "A", "Yes"),
        Question("Unknown", "Z"),
        Question("C 2", "C", "No"),
        Question("Whole 2", None, "Maybe"),
        Question("A 2", "A"),
    )
    journey = _journey(questions=q)
    found = findings.questions(journey)
    a, _, c = journey.stages
    assert [(stage, question.text) for stage, question in found.items] == [
        (a, "A 1"),
        (a, "A 2"),
        (c, "C 1"),
        (c, "C 2"),
        (None, "Whole 1"),
        (None, "Unknown"),
        (None, "Whole 2"),
    ]
    assert found.answered == 3
    assert found.open == 4


def test_questions_with_an_unknown_stage_have_no_stage() -> None:
    found = findings.questions(_journey(questions=(Question("Where?", "Nowhere"),)))
    assert found.items == ((None, Question("Where?", "Nowhere")),)


def test_no_questions() -> None:
    found = findings.questions(_journey())
    assert found.items == ()
    assert found.answered == 0
    assert found.open == 0


# plan


def test_plan_ranks_by_score_then_impact_then_stage_then_row() -> None:
    actions = (
        Action("low", 1, 1, "A"),
        Action("10 by feasibility", 2, 5, "A"),
        Action("10 by impact at C", 5, 2, "C"),
        Action("16 whole journey", 4, 4, None),
        Action("10 by impact at A", 5, 2, "A"),
        Action("10 by impact at A again", 5, 2, "A"),
        Action("10 by impact, whole journey", 5, 2, None),
        Action("16 at B", 4, 4, "B"),
    )
    ranked = findings.plan(_journey(actions=actions)).ranked
    assert [a.text for a in ranked] == [
        "16 at B",
        "16 whole journey",
        "10 by impact at A",
        "10 by impact at A again",
        "10 by impact at C",
        "10 by impact, whole journey",
        "10 by feasibility",
        "low",
    ]


def test_plan_ranks_identical_actions_in_row_order() -> None:
    first, second = Action("Same", 3, 3, "A", owner="1"), Action("Same", 3, 3, "A", owner="2")
    ranked = findings.plan(_journey(actions=(first, second))).ranked
    assert [a.owner for a in ranked] == ["1", "2"]


def test_plan_counts_every_quadrant_even_when_empty() -> None:
    actions = (Action("a", 3, 3), Action("b", 5, 5), Action("c", 3, 2), Action("d", 2, 3))
    found = findings.plan(_journey(actions=actions))
    assert found.quadrants == {QUICK_WIN: 2, MAJOR_PROJECT: 1, FILL_IN: 1, THANKLESS_TASK: 0}
    assert list(found.quadrants) == list(QUADRANTS)
    assert found.quick_wins == 2


@pytest.mark.parametrize(
    ("impact", "feasibility", "quadrant"),
    [
        (3, 3, QUICK_WIN),
        (5, 5, QUICK_WIN),
        (3, 2, MAJOR_PROJECT),
        (5, 1, MAJOR_PROJECT),
        (2, 3, FILL_IN),
        (1, 5, FILL_IN),
        (2, 2, THANKLESS_TASK),
        (1, 1, THANKLESS_TASK),
    ],
)
def test_plan_puts_each_action_in_its_quadrant(impact: int, feasibility: int, quadrant: str) -> None:
    found = findings.plan(_journey(actions=(Action("x", impact, feasibility),)))
    assert found.quadrants == {key: int(key == quadrant) for key in QUADRANTS}


def test_plan_spots_map_feasibility_and_impact_to_ranks_in_rank_order() -> None:
    actions = (
        Action("r4", 2, 4, "B"),
        Action("r1", 5, 4, "A"),
        Action("r3", 2, 4, "A"),
        Action("r2", 4, 5, "A"),
    )
    found = findings.plan(_journey(actions=actions))
    assert [a.text for a in found.ranked] == ["r1", "r2", "r3", "r4"]
    assert found.spots == {(4, 5): (1,), (5, 4): (2,), (4, 2): (3, 4)}


def test_plan_without_actions() -> None:
    found = findings.plan(_journey())
    assert found.ranked == ()
    assert found.quadrants == dict.fromkeys(QUADRANTS, 0)
    assert found.spots == {}
    assert found.quick_wins == 0


# costs


def test_costs_are_none_without_any_cost() -> None:
    assert findings.costs(_journey()) is None
    assert findings.costs(_journey(touchpoints=(Touchpoint("A", "Ad"), Touchpoint("B", "Web")))) is None


def test_costs_by_stage_in_journey_order_including_zero_stages() -> None:
    touchpoints = (
        Touchpoint("C", "Ad", channel="Social", cost=100.0),
        Touchpoint("A", "Web", channel="Web", cost=50.0),
        Touchpoint("C", "Mail", channel="Email", cost=25.0),
        Touchpoint("B", "Call", channel="Phone"),
    )
    found = findings.costs(_journey(touchpoints=touchpoints))
    assert found is not None
    assert found.by_stage == (("A", 50.0), ("B", 0.0), ("C", 125.0))
    assert found.records == (touchpoints[0], touchpoints[1], touchpoints[2])
    assert found.total == 175.0
    assert found.top_stage == "C"
    assert found.top_share == 71  # 125 / 175 = 71.4 %


def test_costs_by_channel_largest_first_keeping_ties_in_first_appearance_order() -> None:
    touchpoints = (
        Touchpoint("A", "Flyer", channel="Print", cost=10.0),
        Touchpoint("A", "Ad", channel="Web", cost=30.0),
        Touchpoint("B", "Survey", channel="", cost=20.0),
        Touchpoint("B", "Poster", channel="Print", cost=10.0),
        Touchpoint("C", "Call", channel="Phone", cost=20.0),
    )
    found = findings.costs(_journey(touchpoints=touchpoints))
    assert found is not None
    assert found.by_channel == (("Web", 30.0), ("Print", 20.0), ("", 20.0), ("Phone", 20.0))


def test_costs_top_stage_is_the_first_on_ties() -> None:
    touchpoints = (Touchpoint("C", "Ad", cost=40.0), Touchpoint("B", "Web", cost=40.0), Touchpoint("A", "X", cost=20.0))
    found = findings.costs(_journey(touchpoints=touchpoints))
    assert found is not None
    assert found.top_stage == "B"
    assert found.top_share == 40


@pytest.mark.parametrize(
    ("amounts", "share"),
    [
        ((100.0, 200.0, 0.0), 67),
        ((1.0, 1.0, 1.0), 33),
        ((0.0, 5.0, 0.0), 100),
        ((999.0, 1.0, 0.0), 100),  # 99.9 % rounds to 100
    ],
)
def test_costs_top_share_is_a_rounded_percent(amounts: tuple[float, ...], share: int) -> None:
    touchpoints = tuple(Touchpoint(stage, "T", cost=c) for stage, c in zip(ABC, amounts, strict=True))
    found = findings.costs(_journey(touchpoints=touchpoints))
    assert found is not None
    assert found.top_share == share


def test_costs_top_share_rounds_a_half_percent_up() -> None:
    touchpoints = (Touchpoint("A", "T", cost=5.0), Touchpoint("B", "T", cost=3.0))
    found = findings.costs(_journey(touchpoints=touchpoints))
    assert found is not None
    assert found.top_share == 63  # 5 / 8 = 62.5 %


def test_costs_all_zero_have_a_total_and_share_of_zero() -> None:
    touchpoints = (Touchpoint("B", "Ad", channel="Web", cost=0.0), Touchpoint("C", "Call", channel="Phone", cost=0.0))
    found = findings.costs(_journey(touchpoints=touchpoints))
    assert found is not None
    assert found.total == 0
    assert found.top_share == 0
    assert found.top_stage == "A"
    assert found.by_stage == (("A", 0.0), ("B", 0.0), ("C", 0.0))
    assert found.by_channel == (("Web", 0.0), ("Phone", 0.0))


# of


def test_of_computes_every_finding_once() -> None:
    stages = tuple(Stage(name, origin=Origin("Stages", i + 2)) for i, name in enumerate(ABC))
    rows = (*_scores("Ana", 4, 2, 3), JourneyRow("A", "Ben", customer_actions=("Look",)))
    touchpoints = (
        Touchpoint("A", "Ad", channel="Social", emotion=4, cost=300.0),
        Touchpoint("B", "Checkout", channel="Web", emotion=1),
        Touchpoint("C", "Mail", channel="Web", cost=100.0),
    )
    questions = (Question("Why?", None, "Because"), Question("How?", "B"))
    actions = (Action("Fix checkout", 5, 4, "B"), Action("Send less mail", 2, 2, "C"))
    journey = _journey(
        stages=stages,
        personas=("Ana", "Ben"),
        rows=rows,
        touchpoints=touchpoints,
        questions=questions,
        actions=actions,
    )
    found = findings.of(journey)
    assert found.journey is journey
    assert found.figures == findings.figures(journey)
    assert [p.persona.name for p in found.personas] == ["Ana", "Ben"]
    assert found.personas[0] == _pj(journey, "Ana")
    assert [p.persona.name for p in found.curves] == ["Ana"]  # Ben has rows but no score
    assert found.low == LowPoint(2.0, ((journey.personas[0], 1),))
    assert found.grid == findings.touchpoint_grid(journey)
    assert [(v.number, v.stage.name) for v in found.stages] == [(1, "A"), (2, "B"), (3, "C")]
    assert found.stages[1].hardest == touchpoints[1]
    assert found.stages[2].costliest == touchpoints[2]
    assert found.questions == findings.questions(journey)
    assert found.plan == findings.plan(journey)
    assert found.costs == findings.costs(journey)
    assert found.costs is not None
    assert found.costs.top_stage == "A"


def test_of_an_empty_journey_does_not_fail() -> None:
    journey = _journey(personas=("Ana", "Ben"))
    found = findings.of(journey)
    assert found.figures == {"personas": 2, "stages": 3, "touchpoints": 0, "questions": 0, "actions": 0}
    assert [p.scored for p in found.personas] == [False, False]
    assert [p.lanes for p in found.personas] == [(), ()]
    assert found.curves == ()
    assert found.low is None
    assert found.grid.rows == ()
    assert found.grid.total == 0
    assert found.grid.busiest is None
    assert [(v.touchpoints, v.hardest, v.costliest) for v in found.stages] == [((), None, None)] * 3
    assert found.questions.items == ()
    assert found.plan.ranked == ()
    assert found.plan.quadrants == dict.fromkeys(QUADRANTS, 0)
    assert found.costs is None


def test_of_a_journey_without_personas_or_stages_does_not_fail() -> None:
    found = findings.of(_journey(stages=(), personas=()))
    assert found.personas == ()
    assert found.stages == ()
    assert found.low is None
    assert found.grid.rows == ()
    assert found.costs is None
    assert found.plan.ranked == ()


def test_of_leaves_a_persona_without_scores_out_of_the_curves() -> None:
    rows = (*_scores("Ana", 3, None, 5), JourneyRow("B", "Ben", emotion=None, feeling="bored"))
    found = findings.of(_journey(personas=("Ana", "Ben", "Cy"), rows=rows))
    assert [p.persona.name for p in found.personas] == ["Ana", "Ben", "Cy"]
    assert [p.persona.name for p in found.curves] == ["Ana"]
    assert [p.lowest for p in found.personas] == [0, None, None]
    assert found.low == LowPoint(3.0, ((found.personas[0].persona, 0),))


def test_a_short_plan_is_shown_whole() -> None:
    actions = tuple(Action(f"A{n}", 1 + n % 5, 1 + (n * 3) % 5, "A") for n in range(15))
    plan = findings.plan(_journey(actions=actions))
    assert plan.top() == plan.ranks and len(plan.ranks) == 15


def test_a_long_plan_shows_its_top_then_quick_wins() -> None:
    low = tuple(Action(f"Low {n}", 5, 2, "A") for n in range(12))  # major projects, score 10: ranked first
    wins = tuple(Action(f"Win {n}", 3, 3, "B") for n in range(6))  # quick wins, score 9
    plan = findings.plan(_journey(actions=low + wins))
    top = plan.top()
    assert [rank for rank, _ in top] == [1, 2, 3, 4, 5, 6, 7, 8, 13, 14]
    assert [a.text for _, a in top[-2:]] == ["Win 0", "Win 1"]
    assert len(plan.ranks) == 18 and plan.ranks[0][0] == 1
