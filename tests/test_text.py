"""Unit tests of cjmdeck.text: labels, counted nouns, formats, cell values and headlines in en, es and pl."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from cjmdeck import findings
from cjmdeck.findings import GridEntry, Lane
from cjmdeck.model import Action, Journey, JourneyRow, Origin, Persona, Project, Question, Stage, Touchpoint
from cjmdeck.text import (
    counted,
    format_date,
    format_money,
    format_number,
    format_score,
    headlines,
    map_type_name,
    noun,
    pick,
    quadrant_name,
    quote,
    ranges,
    text,
    values,
)
from tests.deckutil import scored_rows, tiny_journey

NBSP = "\u00a0"
ABC = ("Awareness", "Purchase", "Retention")


_journey = functools.partial(tiny_journey, stages=ABC)


def _scores(persona: str, *scores: int | None) -> tuple[JourneyRow, ...]:
    """Return one row per stage of ABC for `persona`, scored `scores` in stage order."""
    return scored_rows(persona, ABC, *scores)


def _lane(journey: Journey, key: str) -> Lane:
    return next(lane for lane in findings.lanes(journey, journey.personas[0]) if lane.key == key)


# text, pick, quadrant_name, map_type_name


@pytest.mark.parametrize(
    ("key", "lang", "expected"),
    [
        ("scope", "en", "Scope and objective"),
        ("scope", "es", "Alcance y objetivo"),
        ("scope", "pl", "Zakres i cel"),
        ("whole_journey", "es", "Todo el recorrido"),
        ("lane_pain_points", "pl", "Problemy"),
        ("scope", "de", "Scope and objective"),  # unknown language: English
        ("scope", "", "Scope and objective"),
    ],
)
def test_text_looks_up_a_label(key: str, lang: str, expected: str) -> None:
    assert text(key, lang) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "Stage 2: Purchase"), ("es", "Etapa 2: Purchase"), ("pl", "Etap 2: Purchase"), ("fr", "Stage 2: Purchase")],
)
def test_text_fills_in_values(lang: str, expected: str) -> None:
    assert text("stage_title", lang, n=2, stage="Purchase") == expected


def test_text_of_an_unknown_key_fails() -> None:
    with pytest.raises(KeyError):
        text("no_such_label", "en")


def test_pick_chooses_by_language_with_english_fallback() -> None:
    assert [pick(("a", "b", "c"), lang) for lang in ("en", "es", "pl", "xx")] == ["a", "b", "c", "a"]


def test_quadrant_and_map_type_names() -> None:
    assert quadrant_name("quick_win", "pl") == "Szybka wygrana"
    assert quadrant_name("thankless_task", "es") == "Tarea ingrata"
    assert map_type_name("service_blueprint", "en") == "Service blueprint"
    assert map_type_name("service_blueprint", "es") == "Plan de servicio"
    assert map_type_name("current_state", "pl") == "Stan obecny"
    assert map_type_name("custom_map", "pl") == "custom_map"


# counted and noun


@pytest.mark.parametrize(
    ("n", "personas", "quick_wins"),
    [
        (0, "0 person", "0 szybkich wygranych"),
        (1, "1 persona", "1 szybka wygrana"),
        (2, "2 persony", "2 szybkie wygrane"),
        (3, "3 persony", "3 szybkie wygrane"),
        (4, "4 persony", "4 szybkie wygrane"),
        (5, "5 person", "5 szybkich wygranych"),
        (11, "11 person", "11 szybkich wygranych"),
        (12, "12 person", "12 szybkich wygranych"),
        (13, "13 person", "13 szybkich wygranych"),
        (14, "14 person", "14 szybkich wygranych"),
        (21, "21 person", "21 szybkich wygranych"),
        (22, "22 persony", "22 szybkie wygrane"),
        (24, "24 persony", "24 szybkie wygrane"),
        (25, "25 person", "25 szybkich wygranych"),
        (102, "102 persony", "102 szybkie wygrane"),
        (112, "112 person", "112 szybkich wygranych"),
    ],
)
def test_counted_polish_forms(n: int, personas: str, quick_wins: str) -> None:
    assert counted("personas", n, "pl") == personas
    assert counted("quick_wins", n, "pl") == quick_wins


@pytest.mark.parametrize(
    ("n", "en", "es"),
    [
        (0, "0 quick wins", "0 victorias rápidas"),
        (1, "1 quick win", "1 victoria rápida"),
        (2, "2 quick wins", "2 victorias rápidas"),
        (5, "5 quick wins", "5 victorias rápidas"),
        (22, "22 quick wins", "22 victorias rápidas"),
    ],
)
def test_counted_english_and_spanish_forms(n: int, en: str, es: str) -> None:
    assert counted("quick_wins", n, "en") == en
    assert counted("quick_wins", n, "es") == es
    assert counted("quick_wins", n, "xx") == en


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, "Etap"), (2, "Etapy"), (4, "Etapy"), (5, "Etapów"), (12, "Etapów"), (14, "Etapów"), (22, "Etapy")],
)
def test_noun_polish_forms(n: int, expected: str) -> None:
    assert noun("n_stages", n, "pl") == expected


def test_counted_with_an_empty_noun_is_the_bare_number() -> None:
    assert counted("answered", 3, "en") == "3"
    assert counted("answered", 1, "pl") == "1"
    assert noun("answered", 3, "en") == ""
    assert counted("answered", 3, "es") == "3 respondidas"


def test_polish_actions_take_the_genitive() -> None:
    assert [counted("actions", n, "pl") for n in (1, 2, 5, 12, 22)] == [
        "1 działania",
        "2 działań",
        "5 działań",
        "12 działań",
        "22 działań",
    ]


# format_number, format_money, format_score


@pytest.mark.parametrize(
    ("value", "lang", "decimals", "expected"),
    [
        (1234.5, "en", 2, "1,234.50"),
        (1234.5, "es", 2, "1.234,50"),
        (1234.5, "pl", 2, f"1{NBSP}234,50"),
        (1234567, "en", 0, "1,234,567"),
        (1234567, "es", 0, "1.234.567"),
        (1234567, "pl", 0, f"1{NBSP}234{NBSP}567"),
        (1234567.891, "es", 2, "1.234.567,89"),
        (12, "pl", 0, "12"),
        (0.5, "es", 1, "0,5"),
        (1234.5, "de", 2, "1,234.50"),  # unknown language: English
    ],
)
def test_format_number(value: float, lang: str, decimals: int, expected: str) -> None:
    assert format_number(value, lang, decimals) == expected


def test_format_number_defaults_to_whole_numbers() -> None:
    assert format_number(1234.4, "en") == "1,234"


@pytest.mark.parametrize(
    ("value", "lang", "currency", "expected"),
    [
        (1234.5, "en", "USD", "$1,234.50"),
        (3500.0, "en", "EUR", "€3,500"),
        (3500, "en", "GBP", "£3,500"),
        (1234.5, "es", "EUR", f"1.234,50{NBSP}€"),
        (3500.0, "es", "USD", f"3.500{NBSP}$"),
        (1234.5, "pl", "PLN", f"1{NBSP}234,50{NBSP}zł"),
        (1234.5, "pl", "EUR", f"1{NBSP}234,50{NBSP}€"),
        (1234.5, "en", "PLN", f"1,234.50{NBSP}zł"),
        (1234.5, "en", " usd ", "$1,234.50"),  # trimmed, any case
        (1234.5, "en", "CHF", f"1,234.50{NBSP}CHF"),  # unknown code kept
        (3500.0, "es", "CHF", f"3.500{NBSP}CHF"),
        (1234.5, "en", "", "1,234.50"),  # no currency
        (1234.5, "pl", "", f"1{NBSP}234,50"),
        (0.0, "en", "EUR", "€0"),
    ],
)
def test_format_money(value: float, lang: str, currency: str, expected: str) -> None:
    assert format_money(value, lang, currency) == expected


def test_format_money_without_currency_argument() -> None:
    assert format_money(99.5, "es") == "99,50"


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (3, "en", "3"),
        (3.0, "es", "3"),
        (2.5, "en", "2.5"),
        (2.5, "es", "2,5"),
        (2.5, "pl", "2,5"),
        (2.5, "xx", "2.5"),
        (7 / 3, "en", "2.3"),
        (2.96, "pl", "3"),  # rounds to a whole score: bare
        (4.04, "en", "4"),
    ],
)
def test_format_score(value: float, lang: str, expected: str) -> None:
    assert format_score(value, lang) == expected


# format_date


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "14 March 2026"),
        ("es", "14 de marzo de 2026"),
        ("pl", "14 marca 2026"),
        ("xx", "14 March 2026"),
    ],
)
def test_format_date(lang: str, expected: str) -> None:
    assert format_date(dt.date(2026, 3, 14), lang) == expected


def test_format_date_of_every_month_in_polish_uses_the_genitive() -> None:
    assert format_date(dt.date(2026, 9, 1), "pl") == "1 września 2026"
    assert format_date(dt.date(2026, 12, 31), "es") == "31 de diciembre de 2026"


def test_format_date_passes_text_through_and_none_is_empty() -> None:
    assert format_date("Q3 2026", "es") == "Q3 2026"
    assert format_date("", "en") == ""
    assert format_date(None, "pl") == ""


# quote


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "“Too slow”"), ("es", "«Too slow»"), ("pl", "„Too slow”"), ("xx", "“Too slow”")],
)
def test_quote_uses_the_language_marks(lang: str, expected: str) -> None:
    assert quote("Too slow", lang) == expected


@pytest.mark.parametrize(
    ("raw", "lang", "expected"),
    [
        ("Click “Next”", "en", "“Click ‘Next’”"),
        ("Pulsa «Siguiente»", "es", "«Pulsa “Siguiente”»"),
        ("Kliknij „Dalej”", "pl", "„Kliknij «Dalej»”"),
    ],
)
def test_quote_swaps_inner_quotes(raw: str, lang: str, expected: str) -> None:
    assert quote(raw, lang) == expected


def test_quote_in_polish_swaps_english_inner_quotes_as_a_pair() -> None:
    assert quote("Kliknij “Dalej”", "pl") == "„Kliknij «Dalej»”"


# ranges


@pytest.mark.parametrize(
    ("numbers", "expected"),
    [
        ([2, 3, 4, 5, 8], "2-5, 8"),
        ([], ""),
        ([7], "7"),
        ([1, 2], "1-2"),
        ([1, 3, 5], "1, 3, 5"),
        ([2, 4, 5, 6, 9, 10], "2, 4-6, 9-10"),
    ],
)
def test_ranges(numbers: list[int], expected: str) -> None:
    assert ranges(numbers) == expected


# values: lane_label, lane_lines


def test_lane_label() -> None:
    assert values.lane_label(Lane("pain_points", ()), "en") == "Pain points"
    assert values.lane_label(Lane("thoughts", ()), "es") == "Pensamientos y sentimientos"
    assert values.lane_label(Lane("support_processes", ()), "pl") == "Procesy wsparcia"


def test_lane_lines_bullet_several_items_only() -> None:
    rows = (
        JourneyRow("Awareness", "Ana", customer_actions=("Search", "Compare"), pain_points=("Ads",)),
        JourneyRow("Purchase", "Ana", customer_actions=("Pay",), pain_points=("Fees", "Slow")),
    )
    journey = _journey(rows=rows)
    actions, pains = _lane(journey, "actions"), _lane(journey, "pain_points")
    assert values.lane_lines(actions, 0, "en") == ["• Search", "• Compare"]
    assert values.lane_lines(actions, 1, "en") == ["Pay"]
    assert values.lane_lines(actions, 2, "en") == []
    assert values.lane_lines(pains, 0, "pl") == ["Ads"]
    assert values.lane_lines(pains, 1, "pl") == ["• Fees", "• Slow"]


def test_lane_lines_never_bullet_a_goal() -> None:
    journey = Journey(Project("Client"), (Persona("Ana"),), (Stage("Awareness", customer_goal="Find options"),))
    assert values.lane_lines(_lane(journey, "goal"), 0, "en") == ["Find options"]
    assert values.lane_lines(Lane("goal", (("Find", "Choose"),)), 0, "en") == ["Find", "Choose"]


def test_lane_lines_quote_thoughts_before_feelings_without_bullets() -> None:
    rows = (
        JourneyRow("Awareness", "Ana", thoughts=("Too slow", "Why?"), feeling="frustrated"),
        JourneyRow("Purchase", "Ana", feeling="relieved"),
    )
    lane = _lane(_journey(rows=rows), "thoughts")
    assert values.lane_lines(lane, 0, "en") == ["“Too slow”", "“Why?”", "frustrated"]
    assert values.lane_lines(lane, 0, "es") == ["«Too slow»", "«Why?»", "frustrated"]
    assert values.lane_lines(lane, 0, "pl") == ["„Too slow”", "„Why?”", "frustrated"]
    assert values.lane_lines(lane, 1, "en") == ["relieved"]
    assert values.lane_lines(lane, 2, "en") == []


def test_lane_lines_join_touchpoints_on_one_line() -> None:
    touchpoints = (Touchpoint("Awareness", "Ad"), Touchpoint("Awareness", "Website"), Touchpoint("Purchase", "App"))
    lane = _lane(_journey(touchpoints=touchpoints), "touchpoints")
    assert values.lane_lines(lane, 0, "en") == ["Ad, Website"]
    assert values.lane_lines(lane, 1, "en") == ["App"]
    assert values.lane_lines(lane, 2, "en") == []


# values: grid_entry, channel_name, stage_name, score


def test_grid_entry_from_a_grid() -> None:
    touchpoints = (
        Touchpoint("Awareness", "Chat", persona="Ana", channel="Web", mode="online", emotion=2),
        Touchpoint("Awareness", "Chat", persona="Ben", channel="Web", mode="online", emotion=3),
        Touchpoint("Awareness", "Form", channel="Web", emotion=4),
        Touchpoint("Awareness", "Shop", channel="Web", mode="offline"),
        Touchpoint("Awareness", "Note", channel="Web"),
    )
    grid = findings.touchpoint_grid(_journey(personas=("Ana", "Ben"), touchpoints=touchpoints))
    chat, form, shop, note = grid.rows[0].cells[0].entries
    assert values.grid_entry(chat, "en") == f"Chat{NBSP}·{NBSP}online{NBSP}·{NBSP}2.5"
    assert values.grid_entry(chat, "es") == f"Chat{NBSP}·{NBSP}online{NBSP}·{NBSP}2,5"
    assert values.grid_entry(form, "en") == f"Form{NBSP}·{NBSP}4"
    assert values.grid_entry(shop, "pl") == f"Shop{NBSP}·{NBSP}offline"
    assert values.grid_entry(note, "en") == "Note"


def test_grid_entry_without_mode_or_score_is_its_name() -> None:
    assert values.grid_entry(GridEntry("Call", None, None), "pl") == "Call"


@pytest.mark.parametrize(
    ("channel", "lang", "expected"),
    [
        ("", "en", "(no channel)"),
        ("", "es", "(sin canal)"),
        ("", "pl", "(brak kanału)"),
        ("Web", "pl", "Web"),
    ],
)
def test_channel_name(channel: str, lang: str, expected: str) -> None:
    assert values.channel_name(channel, lang) == expected


@pytest.mark.parametrize(
    ("stage", "lang", "expected"),
    [
        (None, "en", "Whole journey"),
        (None, "es", "Todo el recorrido"),
        (None, "pl", "Cała ścieżka"),
        (Stage("Purchase"), "es", "Purchase"),
    ],
)
def test_stage_name(stage: Stage | None, lang: str, expected: str) -> None:
    assert values.stage_name(stage, lang) == expected


def test_stage_name_of_a_question_for_the_whole_journey() -> None:
    journey = _journey(questions=(Question("Why?", "Purchase"), Question("How?")))
    names = [values.stage_name(stage, "en") for stage, _ in findings.questions(journey).items]
    assert names == ["Purchase", "Whole journey"]


def test_score_value() -> None:
    assert values.score(None, "en") == "—"
    assert values.score(2.5, "pl") == "2,5"
    assert values.score(4.0, "en") == "4"


# values: token_values


def test_token_values_include_extra_fields_a_localised_map_type_and_date() -> None:
    project = Project(
        "Moda Viva",
        project="Checkout study",
        objective="Sell more",
        product="Shoes",
        map_type="service_blueprint",
        author="Ana Ruiz",
        agency="Northwind",
        date=dt.date(2026, 3, 14),
        language="es",
        currency="EUR",
        extra={"sponsor": "Eva", "budget": None, "year": 2026, "client": "overridden"},
    )
    assert values.token_values(project, "es") == {
        "sponsor": "Eva",
        "budget": "",
        "year": "2026",
        "client": "Moda Viva",
        "project": "Checkout study",
        "objective": "Sell more",
        "product": "Shoes",
        "map_type": "Plan de servicio",
        "author": "Ana Ruiz",
        "agency": "Northwind",
        "date": "14 de marzo de 2026",
        "currency": "EUR",
    }


@pytest.mark.parametrize(
    ("map_type", "date", "lang", "shown_type", "shown_date"),
    [
        ("current_state", dt.date(2026, 5, 4), "pl", "Stan obecny", "4 maja 2026"),
        ("day_in_the_life", dt.date(2026, 5, 4), "en", "Day in the life", "4 May 2026"),
        ("custom_map", "spring 2026", "en", "custom_map", "spring 2026"),
        ("future_state", None, "es", "Estado futuro", ""),
    ],
)
def test_token_values_map_type_and_date(
    map_type: str, date: dt.date | str | None, lang: str, shown_type: str, shown_date: str
) -> None:
    found = values.token_values(Project("Client", map_type=map_type, date=date), lang)
    assert (found["map_type"], found["date"]) == (shown_type, shown_date)
    assert found["project"] == ""


# headlines: map_title


def test_map_title_without_scores_names_the_journey() -> None:
    journey = _journey(rows=(JourneyRow("Awareness", "Ana", customer_actions=("Look",)),))
    ana = findings.persona_journey(journey, journey.personas[0])
    assert headlines.map_title(ana, journey.stages, "en") == "Ana's journey"
    assert headlines.map_title(ana, journey.stages, "es") == "El recorrido de Ana"
    assert headlines.map_title(ana, journey.stages, "pl") == "Ścieżka: Ana"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Purchase is where Ana's journey drops lowest: emotion\u00a02.5/5"),
        ("es", "Purchase: el punto más bajo del recorrido de Ana, emoción\u00a02,5/5"),
        ("pl", "Purchase to najniższy punkt ścieżki (Ana): emocje\u00a02,5/5"),
    ],
)
def test_map_title_names_the_lowest_stage_and_its_score(lang: str, expected: str) -> None:
    rows = (
        JourneyRow("Awareness", "Ana", emotion=4),
        JourneyRow("Purchase", "Ana", emotion=2),
        JourneyRow("Purchase", None, emotion=3),
        JourneyRow("Retention", "Ana", emotion=5),
    )
    journey = _journey(rows=rows)
    ana = findings.persona_journey(journey, journey.personas[0])
    assert headlines.map_title(ana, journey.stages, lang) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Purchase and Retention are where Ana's journey drops lowest: emotion\u00a02/5"),
        ("es", "Purchase y Retention: los puntos más bajos del recorrido de Ana, emoción\u00a02/5"),
        ("pl", "Purchase i Retention to najniższe punkty ścieżki (Ana): emocje\u00a02/5"),
    ],
)
def test_map_title_on_ties_names_every_stage_at_the_bottom(lang: str, expected: str) -> None:
    journey = _journey(rows=_scores("Ana", 4, 2, 2))
    ana = findings.persona_journey(journey, journey.personas[0])
    assert ana.lows == (1, 2)
    assert headlines.map_title(ana, journey.stages, lang) == expected


def test_map_title_counts_more_than_three_stages_at_the_bottom() -> None:
    stages = ("A", "B", "C", "D", "E")
    journey = tiny_journey(stages=stages, rows=scored_rows("Ana", stages, 1, 1, 1, 1, 3))
    ana = findings.persona_journey(journey, journey.personas[0])
    assert headlines.map_title(ana, journey.stages, "en") == "Ana's journey drops to emotion\u00a01/5 at 4 stages"


# headlines: curve_title


def _low(journey: Journey) -> findings.LowPoint:
    low = findings.of(journey).low
    assert low is not None
    return low


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Purchase is the low point of the journey: Ben at emotion\u00a01/5"),
        ("es", "Purchase: el punto más bajo del recorrido, Ben con emoción\u00a01/5"),
        ("pl", "Purchase to najniższy punkt ścieżki: Ben, emocje\u00a01/5"),
    ],
)
def test_curve_title_with_one_persona_at_the_bottom(lang: str, expected: str) -> None:
    journey = _journey(personas=("Ana", "Ben"), rows=(*_scores("Ana", 4, 2, 3), *_scores("Ben", 3, 1, 4)))
    assert headlines.curve_title(_low(journey), journey.stages, lang) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Purchase is the low point of the journey: 2 personas at emotion\u00a02/5"),
        ("es", "Purchase: el punto más bajo del recorrido, 2 personas con emoción\u00a02/5"),
        ("pl", "Purchase to najniższy punkt ścieżki: 2 persony, emocje\u00a02/5"),
    ],
)
def test_curve_title_with_several_personas_at_one_stage(lang: str, expected: str) -> None:
    journey = _journey(personas=("Ana", "Ben"), rows=(*_scores("Ana", 4, 2, 3), *_scores("Ben", 3, 2, 4)))
    assert headlines.curve_title(_low(journey), journey.stages, lang) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "2 personas drop to emotion\u00a02.5/5, each at a different stage"),
        ("es", "2 personas caen a emoción\u00a02,5/5, cada una en una etapa distinta"),
        ("pl", "Najniższe emocje, 2,5/5: 2 persony, każda na innym etapie"),
    ],
)
def test_curve_title_with_several_personas_at_different_stages(lang: str, expected: str) -> None:
    rows = (
        *_scores("Ana", 4, 3, None),
        JourneyRow("Awareness", "Ana", emotion=1),  # Ana: 2.5 at Awareness
        *_scores("Ben", 3, 4, None),
        JourneyRow("Retention", "Ben", emotion=2),
        JourneyRow("Retention", "Ben", emotion=3),  # Ben: 2.5 at Retention
    )
    journey = _journey(personas=("Ana", "Ben"), rows=rows)
    assert headlines.curve_title(_low(journey), journey.stages, lang) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "3 personas drop to emotion\u00a01/5, at Awareness and Retention"),
        ("es", "3 personas caen a emoción\u00a01/5, en Awareness y Retention"),
        ("pl", "Najniższe emocje, 1/5: 3 persony (etapy: Awareness i Retention)"),
    ],
)
def test_curve_title_names_the_stages_when_personas_at_the_bottom_share_some(lang: str, expected: str) -> None:
    # Ana and Ben at Awareness, Cleo at Retention: not "each at a different stage"
    rows = (*_scores("Ana", 1, 3, 4), *_scores("Ben", 1, 4, 3), *_scores("Cleo", 3, 4, 1))
    journey = _journey(personas=("Ana", "Ben", "Cleo"), rows=rows)
    assert headlines.curve_title(_low(journey), journey.stages, lang) == expected


def test_curve_title_counts_the_stages_when_more_than_three() -> None:
    stages = ("A", "B", "C", "D")
    rows = (
        *scored_rows("Ana", stages, 1, 1, 4, 3),
        *scored_rows("Ben", stages, 3, 1, 1, 4),
        *scored_rows("Cleo", stages, 3, 4, 2, 1),
    )  # B is shared by two, not by all three
    journey = tiny_journey(stages=stages, personas=("Ana", "Ben", "Cleo"), rows=rows)
    assert (
        headlines.curve_title(_low(journey), journey.stages, "en") == "3 personas drop to emotion\u00a01/5, at 4 stages"
    )


def test_curve_title_names_the_stage_shared_by_every_persona_at_the_bottom() -> None:
    # Ana reaches 1 at Awareness and Retention, Ben only at Retention: they share Retention
    journey = _journey(personas=("Ana", "Ben"), rows=(*_scores("Ana", 1, 3, 1), *_scores("Ben", 2, 4, 1)))
    assert headlines.curve_title(_low(journey), journey.stages, "en") == (
        "Retention is the low point of the journey: 2 personas at emotion\u00a01/5"
    )


def test_curve_title_counts_five_personas_in_polish() -> None:
    names = ("A1", "A2", "A3", "A4", "A5")
    journey = _journey(personas=names, rows=tuple(JourneyRow("Purchase", n, emotion=1) for n in names))
    assert headlines.curve_title(_low(journey), journey.stages, "pl") == (
        "Purchase to najniższy punkt ścieżki: 5 person, emocje\u00a01/5"
    )


# headlines: grid_title


def test_grid_title_with_one_channel_is_plain() -> None:
    touchpoints = (Touchpoint("Awareness", "Ad", channel="Web"), Touchpoint("Purchase", "Cart", channel="Web"))
    grid = findings.touchpoint_grid(_journey(touchpoints=touchpoints))
    assert headlines.grid_title(grid, "en") == "Touchpoints by channel and stage"
    assert headlines.grid_title(grid, "es") == "Puntos de contacto por canal y etapa"
    assert headlines.grid_title(findings.touchpoint_grid(_journey()), "pl") == "Punkty styku według kanału i etapu"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Web carries the most touchpoints: 3 of 5"),
        ("es", "Web: el canal con más puntos de contacto, 3 de 5"),
        ("pl", "Najwięcej punktów styku ma kanał Web: 3 z 5"),
    ],
)
def test_grid_title_names_the_busiest_of_several_channels(lang: str, expected: str) -> None:
    touchpoints = (
        Touchpoint("Awareness", "Flyer", channel="Print"),
        Touchpoint("Awareness", "Ad", channel="Web"),
        Touchpoint("Purchase", "Cart", channel="Web"),
        Touchpoint("Retention", "Mail", channel="Print"),
        Touchpoint("Retention", "Account", channel="Web"),
    )
    grid = findings.touchpoint_grid(_journey(touchpoints=touchpoints))
    assert headlines.grid_title(grid, lang) == expected


def test_grid_title_never_headlines_touchpoints_without_a_channel() -> None:
    touchpoints = (
        Touchpoint("Awareness", "Word of mouth"),
        Touchpoint("Purchase", "Cart", channel="Web"),
        Touchpoint("Retention", "Survey"),
    )
    grid = findings.touchpoint_grid(_journey(touchpoints=touchpoints))
    assert headlines.grid_title(grid, "en") == "Touchpoints by channel and stage"
    assert headlines.grid_title(grid, "pl") == "Punkty styku według kanału i etapu"


# headlines: stage_title


def _views(*touchpoints: Touchpoint) -> tuple[findings.StageView, ...]:
    return findings.of(_journey(touchpoints=touchpoints)).stages


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Stage 2, Purchase: “Checkout” is the hardest moment (emotion\u00a01/5)"),
        ("es", "Etapa 2, Purchase: «Checkout» es el momento más difícil (emoción\u00a01/5)"),
        ("pl", "Etap 2, Purchase: „Checkout” to najtrudniejszy moment (emocje\u00a01/5)"),
    ],
)
def test_stage_title_names_the_hardest_touchpoint(lang: str, expected: str) -> None:
    views = _views(
        Touchpoint("Purchase", "Cart", emotion=2),
        Touchpoint("Purchase", "Checkout", emotion=1, cost=10.0),
        Touchpoint("Purchase", "Delivery", emotion=4, cost=900.0),
    )
    assert headlines.stage_title(views[1], "EUR", lang) == expected


@pytest.mark.parametrize(
    ("lang", "currency", "expected"),
    [
        ("en", "EUR", "Stage 1, Awareness: “Billboard” is the costliest touchpoint (€1,200)"),
        ("en", "", "Stage 1, Awareness: “Billboard” is the costliest touchpoint (1,200)"),
        ("es", "EUR", f"Etapa 1, Awareness: «Billboard» es el punto de contacto más costoso (1.200{NBSP}€)"),
        ("pl", "PLN", f"Etap 1, Awareness: „Billboard” to najdroższy punkt styku (1{NBSP}200{NBSP}zł)"),
    ],
)
def test_stage_title_names_the_costliest_touchpoint_when_none_is_hard(lang: str, currency: str, expected: str) -> None:
    views = _views(
        Touchpoint("Awareness", "Ad", emotion=3, cost=300.0),
        Touchpoint("Awareness", "Billboard", emotion=4, cost=1200.0),
    )
    assert headlines.stage_title(views[0], currency, lang) == expected


def test_stage_title_shows_cents_of_a_cost() -> None:
    views = _views(Touchpoint("Purchase", "Courier", cost=1234.5))
    assert headlines.stage_title(views[1], "USD", "en") == (
        "Stage 2, Purchase: “Courier” is the costliest touchpoint ($1,234.50)"
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "Stage 3: Retention"), ("es", "Etapa 3: Retention"), ("pl", "Etap 3: Retention")],
)
def test_stage_title_is_plain_without_a_hard_or_costly_touchpoint(lang: str, expected: str) -> None:
    views = _views(Touchpoint("Retention", "Mail", emotion=3, cost=0.0), Touchpoint("Retention", "App"))
    assert headlines.stage_title(views[2], "EUR", lang) == expected


def test_stage_title_of_a_stage_without_touchpoints_is_plain() -> None:
    assert headlines.stage_title(_views()[0], "", "en") == "Stage 1: Awareness"


# headlines: questions_title


def _questions(answered: int, still_open: int) -> findings.Questions:
    qs = tuple(Question(f"A{i}?", "Purchase", "Yes") for i in range(answered))
    qs += tuple(Question(f"O{i}?") for i in range(still_open))
    return findings.questions(_journey(questions=qs))


@pytest.mark.parametrize(
    ("answered", "still_open", "lang", "expected"),
    [
        (2, 1, "en", "Key questions: 2 answered, 1 open"),
        (0, 0, "en", "Key questions: 0 answered, 0 open"),
        (2, 1, "es", "Preguntas clave: 2 respondidas, 1 abierta"),
        (1, 2, "es", "Preguntas clave: 1 respondida, 2 abiertas"),
        (2, 1, "pl", "Kluczowe pytania: 2 z odpowiedzią, 1 otwarte"),
        (0, 5, "pl", "Kluczowe pytania: 0 z odpowiedzią, 5 otwartych"),
        (3, 22, "pl", "Kluczowe pytania: 3 z odpowiedzią, 22 otwarte"),
    ],
)
def test_questions_title(answered: int, still_open: int, lang: str, expected: str) -> None:
    assert headlines.questions_title(_questions(answered, still_open), lang) == expected


# headlines: plan_title and matrix_title


def _plan(quick: int, other: int) -> findings.Plan:
    actions = tuple(Action(f"Q{i}", 4, 4) for i in range(quick)) + tuple(Action(f"S{i}", 1, 1) for i in range(other))
    return findings.plan(_journey(actions=actions))


@pytest.mark.parametrize(
    ("quick", "other", "lang", "expected"),
    [
        (5, 2, "pl", "Plan działań: 5 szybkich wygranych wśród 7 działań"),
        (2, 0, "pl", "Plan działań: 2 szybkie wygrane wśród 2 działań"),
        (1, 0, "pl", "Plan działań: 1 szybka wygrana wśród 1 działania"),
        (0, 12, "pl", "Plan działań: 0 szybkich wygranych wśród 12 działań"),
        (5, 2, "en", "Action plan: 5 quick wins among 7 actions"),
        (1, 0, "en", "Action plan: 1 quick win among 1 action"),
        (0, 0, "en", "Action plan: 0 quick wins among 0 actions"),
        (1, 2, "es", "Plan de acción: 1 victoria rápida entre 3 acciones"),
        (2, 0, "es", "Plan de acción: 2 victorias rápidas entre 2 acciones"),
    ],
)
def test_plan_title(quick: int, other: int, lang: str, expected: str) -> None:
    assert headlines.plan_title(_plan(quick, other), lang) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Impact × feasibility: 2 of 3 actions in the quick-win quadrant"),
        ("es", "Impacto × viabilidad: 2 de 3 acciones en el cuadrante de victorias rápidas"),
        ("pl", "Wpływ × wykonalność: 2 z 3 działań w ćwiartce szybkich wygranych"),
    ],
)
def test_matrix_title(lang: str, expected: str) -> None:
    assert headlines.matrix_title(_plan(2, 1), lang) == expected


# headlines: costs_title


def _costs(*amounts: float) -> findings.Costs:
    touchpoints = tuple(Touchpoint(stage, "T", cost=c) for stage, c in zip(ABC, amounts, strict=False))
    found = findings.costs(_journey(touchpoints=touchpoints))
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Purchase takes the largest share of touchpoint costs: 67%"),
        ("es", f"Purchase: la etapa con mayor peso en los costes, 67{NBSP}%"),
        ("pl", "Purchase pochłania największą część kosztów: 67%"),
    ],
)
def test_costs_title_names_the_top_stage_and_its_share(lang: str, expected: str) -> None:
    assert headlines.costs_title(_costs(100.0, 200.0, 0.0), lang) == expected


@pytest.mark.parametrize(("lang", "expected"), [("en", "Costs"), ("es", "Costes"), ("pl", "Koszty")])
def test_costs_title_with_zero_total_is_plain(lang: str, expected: str) -> None:
    assert headlines.costs_title(_costs(0.0, 0.0), lang) == expected


# headlines: source_line


def test_source_line_with_several_sheets() -> None:
    records: list[object] = [
        *(Stage(name, origin=Origin("Stages", row)) for name, row in zip(ABC, (2, 3, 4), strict=True)),
        Stage("Advocacy", origin=Origin("Stages", 5)),
        Stage("Loyalty", origin=Origin("Stages", 8)),
        JourneyRow("Purchase", origin=Origin("Journey", 3)),
        "Project",
    ]
    found = findings.sources(records)
    assert headlines.source_line("book.xlsx", found, "en") == (
        "Source: book.xlsx — Stages rows 2-5, 8; Journey row 3; Project"
    )
    assert headlines.source_line("libro.xlsx", found, "es") == (
        "Fuente: libro.xlsx — Stages filas 2-5, 8; Journey fila 3; Project"
    )
    assert headlines.source_line("plik.xlsx", found, "pl") == (
        "Źródło: plik.xlsx — Stages wiersze 2-5, 8; Journey wiersz 3; Project"
    )


def test_source_line_with_a_single_row() -> None:
    found = findings.sources([Touchpoint("Purchase", "Cart", origin=Origin("Touchpoints", 7))])
    assert headlines.source_line("book.xlsx", found, "en") == "Source: book.xlsx — Touchpoints row 7"


def test_source_line_with_a_sheet_without_rows() -> None:
    assert headlines.source_line("book.xlsx", findings.sources(["Actions"]), "en") == "Source: book.xlsx — Actions"


def test_source_line_without_sources_is_the_workbook() -> None:
    assert headlines.source_line("book.xlsx", {}, "pl") == "Źródło: book.xlsx"


def test_source_line_of_the_emotion_curve() -> None:
    stages = tuple(Stage(name, origin=Origin("Etapas", i + 2)) for i, name in enumerate(ABC))
    rows = (
        JourneyRow("Awareness", "Ana", emotion=3, origin=Origin("Recorrido", 2)),
        JourneyRow("Purchase", "Ana", origin=Origin("Recorrido", 3)),
        JourneyRow("Purchase", "Ana", emotion=2, origin=Origin("Recorrido", 4)),
        JourneyRow("Retention", "Ana", emotion=4, origin=Origin("Recorrido", 5)),
    )
    journey = Journey(Project("Client"), (Persona("Ana"),), stages, rows)
    found = findings.sources(findings.emotion_records(journey))
    assert (
        headlines.source_line("mapa.xlsx", found, "es")
        == "Fuente: mapa.xlsx — Etapas filas 2-4; Recorrido filas 2, 4-5"
    )


@pytest.mark.parametrize("typed", ["“I want it now”", '"I want it now"', "«I want it now»", "„I want it now”"])
def test_quote_replaces_the_marks_a_text_came_with(typed: str) -> None:
    assert quote(typed, "en") == "“I want it now”"
    assert quote(typed, "es") == "«I want it now»"


def test_shorten_cuts_at_a_word_and_marks_the_cut() -> None:
    from cjmdeck.text.formats import shorten

    assert shorten("Checkout", None) == "Checkout" and shorten("Checkout", 40) == "Checkout"
    assert shorten("Fills in the delivery form and compares options", 24) == "Fills in the delivery…"
    assert len(shorten("Fills in the delivery form and compares options", 24)) <= 24
    assert shorten("Supercalifragilisticexpialidocious", 10) == "Supercali…"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Stage 2, Purchase: “Cart” and 2 more are the hardest moments (emotion\u00a01/5)"),
        ("es", "Etapa 2, Purchase: «Cart» y 2 más, los momentos más difíciles (emoción\u00a01/5)"),
        ("pl", "Etap 2, Purchase: „Cart” i jeszcze 2 to najtrudniejsze momenty (emocje\u00a01/5)"),
    ],
)
def test_stage_title_says_when_the_hardest_moment_is_shared(lang: str, expected: str) -> None:
    views = _views(*(Touchpoint("Purchase", name, emotion=1) for name in ("Cart", "Checkout", "Delivery")))
    assert headlines.stage_title(views[1], "EUR", lang) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Web and Store carry the most touchpoints: 2 each of 5"),
        ("es", "Web y Store: los canales con más puntos de contacto, 2 de 5 cada uno"),
        ("pl", "Najwięcej punktów styku mają kanały Web i Store: po 2 z 5"),
    ],
)
def test_grid_title_names_every_channel_tied_for_the_most(lang: str, expected: str) -> None:
    touchpoints = tuple(
        Touchpoint("Purchase", f"T{n}", channel=channel)
        for n, channel in enumerate(("Web", "Web", "Store", "Store", "App"))
    )
    grid = findings.touchpoint_grid(_journey(touchpoints=touchpoints))
    assert headlines.grid_title(grid, lang) == expected


def test_costs_title_says_when_no_stage_stands_out() -> None:
    stages = ("A", "B", "C", "D")
    touchpoints = tuple(Touchpoint(s, f"T{s}", cost=100.0 + k) for k, s in enumerate(stages))
    costs = findings.costs(tiny_journey(stages=stages, touchpoints=touchpoints))
    assert costs is not None and costs.even
    assert headlines.costs_title(costs, "en") == (
        "Touchpoint costs are spread evenly across the stages; D, the largest, takes 25%"
    )
