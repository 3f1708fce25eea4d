"""Tests of the deck renderer on the default template: slides, tables, charts, notes, validity and geometry."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from types import MappingProxyType

import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from cjmdeck import findings
from cjmdeck.deck.deliverable import render_deck
from cjmdeck.deck.layouts import LAYOUT_NAMES
from cjmdeck.deck.template import default_template
from cjmdeck.model import Origin, Touchpoint
from cjmdeck.text import counted, format_money, format_number
from tests.deckutil import check_package, overlaps, small_journey, titled


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("deck") / "deck.pptx"
    render_deck(findings.of(small_journey()), out, workbook_name="moda.xlsx")
    return out


def titles(path: Path) -> list[str]:
    prs = Presentation(str(path))
    return [s.shapes.title.text if s.shapes.title is not None else "" for s in prs.slides]


A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def test_default_template_exists() -> None:
    assert default_template().is_file()
    assert "title_only" in LAYOUT_NAMES


def test_slide_titles_in_order(deck: Path) -> None:
    assert titles(deck) == [
        "Online store journey",
        "Scope and objective",
        "Executive summary",
        "Persona: Lucía",
        "Purchase is where Lucía's journey drops lowest: emotion\u00a02/5",
        "Persona: Marek",
        "Retention is where Marek's journey drops lowest: emotion\u00a02/5",
        "2 personas drop to emotion\u00a02/5, each at a different stage",
        "Social media, Website and Email carry the most touchpoints: 4 each of 15",
        "Stage 1, Awareness: “TP Awareness 0” is the hardest moment (emotion\u00a01/5)",
        "Stage 2, Consideration: “TP Consideration 0” is the hardest moment (emotion\u00a02/5)",
        "Stage 3, Purchase: “TP Purchase 2” is the costliest touchpoint (€3,500)",
        "Stage 4, Retention: “TP Retention 2” is the hardest moment (emotion\u00a01/5)",
        "Stage 5, Advocacy: “TP Advocacy 1” is the hardest moment (emotion\u00a01/5)",
        "Key questions: 2 answered, 1 open",
        "Action plan: 3 quick wins among 6 actions",
        "Impact × feasibility: 3 of 6 actions in the quick-win quadrant",
        "Advocacy takes the largest share of touchpoint costs: 32%",
        "Thank you",
    ]


def _tables(slide: object) -> list[object]:
    return [s.table for s in slide.shapes if s.has_table]


def test_executive_summary_points_to_the_slides_that_show_its_findings(deck: Path) -> None:
    prs = Presentation(str(deck))
    slide = titled(prs, "Executive summary")
    cards = [s.text_frame.text for s in slide.shapes if s.has_text_frame and "see slide" in s.text_frame.text]
    titles = [s.shapes.title.text if s.shapes.title is not None else "" for s in prs.slides]
    assert len(cards) == 4
    for card in cards:
        finding, pointer = card.split("\n")
        number = int(pointer.rsplit(" ", 1)[1])
        target = titles[number - 1]
        assert finding == target or (
            finding.startswith("Start with the quick wins") and target.startswith("Action plan")
        )
    assert "“Show shipping costs early”" in cards[1] and "“Retarget abandoned carts”" in cards[1]


def test_action_plan_order_and_columns(deck: Path) -> None:
    prs = Presentation(str(deck))
    slide = titled(prs, "Action plan")
    (table,) = _tables(slide)
    header = [c.text for c in table.rows[0].cells]
    assert header == ["#", "Action", "Stage", "Impact", "Feasibility", "Score", "Quadrant", "Owner", "Horizon"]
    expected = [a.text for a in small_journey().prioritised_actions()]
    assert [table.cell(r, 1).text for r in range(1, len(table.rows))] == expected
    assert [table.cell(r, 0).text for r in range(1, len(table.rows))] == [str(n) for n in range(1, 7)]
    assert table.cell(1, 6).text == "Quick win"


def test_emotion_chart_series(deck: Path) -> None:
    prs = Presentation(str(deck))
    charts = [s.chart for s in titled(prs, "2 personas drop").shapes if s.has_chart]
    assert len(charts) == 1
    series = list(charts[0].plots[0].series)
    assert [s.name for s in series] == ["Lucía", "Marek"]
    assert list(series[0].values) == [4, 3, 2, 4, 5]
    assert list(series[1].values) == [3, 3, 3, 2, 4]
    assert list(charts[0].plots[0].categories) == ["Awareness", "Consideration", "Purchase", "Retention", "Advocacy"]


def test_stage_slide_table_and_notes(deck: Path) -> None:
    prs = Presentation(str(deck))
    slide = titled(prs, "Stage 3, Purchase")
    (table,) = _tables(slide)
    assert [c.text for c in table.rows[0].cells] == [
        "Touchpoint",
        "Customer action",
        "Motivation",
        "Obstacle",
        "Emotion",
        "Owner",
        "Cost",
    ]
    assert table.cell(1, 0).text == "TP Purchase 0"
    assert table.cell(1, 4).text == "3"  # coloured by its emotion
    assert table.cell(1, 6).text == "€3,000"
    notes = slide.notes_slide.notes_text_frame.text
    assert notes == "Source: moda.xlsx — Touchpoints rows 8-10; Stages row 4"
    texts = " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
    assert "Goal at purchase" in texts and "Brand goal 2" in texts and "KPI 2" in texts


def test_questions_grouped_and_open_marked(deck: Path) -> None:
    (table,) = _tables(titled(Presentation(str(deck)), "Key questions"))
    rows = [[c.text for c in row.cells] for row in list(table.rows)[1:]]
    assert rows == [
        ["Awareness", "How do customers discover us?", "Mostly social media"],
        ["Purchase", "Where do we lose customers?", "Open"],
        ["Whole journey", "Is support responsive?", "Not on weekends"],
    ]


def test_touchpoint_grid_shows_mode_and_emotion(deck: Path) -> None:
    (table,) = _tables(titled(Presentation(str(deck)), "Social media, Website and Email carry"))
    assert [c.text for c in table.rows[0].cells][1:] == [
        "Awareness",
        "Consideration",
        "Purchase",
        "Retention",
        "Advocacy",
    ]
    assert table.cell(1, 0).text == "Social media"
    assert table.cell(1, 1).text == "TP Awareness 0\u00a0·\u00a0online\u00a0·\u00a01"


def test_journey_map_lanes_and_emotion_curve(deck: Path) -> None:
    slide = titled(Presentation(str(deck)), "Purchase is where Lucía")
    tables = _tables(slide)
    lanes = [t.cell(r, 0).text for t in tables for r in range(len(t.rows))]
    assert lanes == [
        "",
        "Customer goal",
        "Customer actions",
        "Touchpoints",
        "Thoughts and feelings",
        "Pain points",
        "Opportunities",
    ]
    assert tables[0].cell(0, 3).text == "Purchase"
    group = next(s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.GROUP)
    numbers = [s.text_frame.text for s in group.shapes if s.has_text_frame and s.text_frame.text.isdigit()]
    assert numbers == ["4", "3", "2", "4", "5"]
    assert any(s.has_text_frame and s.text_frame.text == "lowest" for s in group.shapes)


def test_blueprint_adds_backstage_lanes(tmp_path: Path) -> None:
    journey = small_journey(map_type="service_blueprint")
    rows = tuple(
        dataclasses.replace(r, backstage=("Warehouse picks",), support_processes=("ERP sync",)) for r in journey.rows
    )
    out = tmp_path / "bp.pptx"
    render_deck(findings.of(dataclasses.replace(journey, rows=rows)), out)
    slide = titled(Presentation(str(out)), "Purchase is where Lucía")
    lanes = [t.cell(r, 0).text for t in _tables(slide) for r in range(len(t.rows))]
    assert lanes[-2:] == ["Backstage", "Support processes"]
    lower = _tables(slide)[-1]
    dashed = [
        r for r in range(len(lower.rows)) if lower.cell(r, 1)._tc.tcPr.find(f"{{{A}}}lnT/{{{A}}}prstDash") is not None
    ]
    assert [lower.cell(r, 0).text for r in dashed] == ["Backstage"]  # the line of visibility


def test_line_of_visibility_also_above_a_first_backstage_row(tmp_path: Path) -> None:
    journey = small_journey(map_type="service_blueprint")
    rows = tuple(
        dataclasses.replace(r, pain_points=(), opportunities=(), backstage=("Warehouse picks",)) for r in journey.rows
    )
    out = tmp_path / "bp.pptx"
    render_deck(findings.of(dataclasses.replace(journey, rows=rows)), out)
    lower = _tables(titled(Presentation(str(out)), "Purchase is where Lucía"))[-1]
    assert lower.cell(0, 0).text == "Backstage"
    assert lower.cell(0, 1)._tc.tcPr.find(f"{{{A}}}lnT/{{{A}}}prstDash") is not None


def test_notes_footer_and_source_line_on_every_slide(deck: Path) -> None:
    prs = Presentation(str(deck))
    for n, slide in enumerate(prs.slides, start=1):
        notes = slide.notes_slide.notes_text_frame.text
        assert notes.startswith("Source: moda.xlsx"), (n, notes)
        texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
        if n > 1:
            assert "Moda Viva · Online store journey" in texts, n
            assert str(n) in texts, n
        for shape in slide.placeholders:
            assert shape.text_frame.text.strip(), f"empty placeholder on slide {n}"


def test_matrix_places_every_action_by_rank(deck: Path) -> None:
    slide = titled(Presentation(str(deck)), "Impact × feasibility")
    group = next(s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.GROUP)
    texts = [s.text_frame.text for s in group.shapes if s.has_text_frame]
    for label in ("Quick win (3)", "Major project (1)", "Fill-in (1)", "Thankless task (1)"):
        assert label in texts
    spots = [line for text in texts for line in text.split("\n") if line[:1].isdigit() and "\u00a0" in line]
    assert sorted(int(line.split("\u00a0")[0]) for line in spots) == [1, 2, 3, 4, 5, 6]  # each rank, with its name
    assert "1\u00a0Show shipping costs early" in spots


def test_costs_chart_and_skip_without_costs(deck: Path, tmp_path: Path) -> None:
    slide = titled(Presentation(str(deck)), "Advocacy takes")
    charts = [s.chart for s in slide.shapes if s.has_chart]
    by_stage = list(charts[0].plots[0].series[0].values)
    assert sorted(by_stage) == [3750, 6750, 9750, 12750, 15750]
    journey = small_journey()
    free = dataclasses.replace(
        journey, touchpoints=tuple(dataclasses.replace(t, cost=None) for t in journey.touchpoints)
    )
    out = tmp_path / "free.pptx"
    render_deck(findings.of(free), out)
    assert not any("costs" in t for t in titles(out))
    assert titles(out)[-1] == "Thank you"


def test_deck_is_valid_ooxml(deck: Path) -> None:
    problems = check_package()(deck)
    assert not problems, "\n".join(map(str, problems))


def test_shapes_inside_slide_and_not_overlapping(deck: Path) -> None:
    prs = Presentation(str(deck))
    for n, slide in enumerate(prs.slides, start=1):
        for shape in slide.shapes:
            assert shape.left >= 0 and shape.top >= 0, (n, shape.name)
            assert shape.left + shape.width <= prs.slide_width and shape.top + shape.height <= prs.slide_height, (
                n,
                shape.name,
            )
        assert not overlaps(slide), (n, overlaps(slide))


@pytest.mark.parametrize(
    ("lang", "title", "stage", "money"),
    [("es", "Alcance y objetivo", "Etapa 3", "3.000 €"), ("pl", "Zakres i cel", "Etap 3", "3 000 zł")],
)
def test_languages(tmp_path: Path, lang: str, title: str, stage: str, money: str) -> None:
    journey = small_journey(currency="EUR" if lang == "es" else "PLN")
    out = tmp_path / f"{lang}.pptx"
    render_deck(findings.of(journey), out, lang=lang)
    assert titles(out)[1] == title
    (table,) = _tables(titled(Presentation(str(out)), stage))
    assert table.cell(1, 6).text.replace("\u00a0", " ") == money


def test_number_and_money_formats() -> None:
    assert format_number(1234.5, "en", 2) == "1,234.50"
    assert format_money(1234.5, "es", "EUR") == "1.234,50\u00a0€"
    assert format_money(1234.5, "pl", "PLN") == "1\u00a0234,50\u00a0zł"


def test_persona_photo_relative_to_base_dir(tmp_path: Path) -> None:
    Image.new("RGB", (60, 80), "teal").save(tmp_path / "lucia.png")
    journey = small_journey()
    personas = (
        dataclasses.replace(journey.personas[0], photo="lucia.png"),
        dataclasses.replace(journey.personas[1], photo="missing.jpg"),
    )
    out = tmp_path / "photo.pptx"
    render_deck(findings.of(dataclasses.replace(journey, personas=personas)), out, base_dir=tmp_path)
    prs = Presentation(str(out))
    lucia, marek = titled(prs, "Persona: Lucía"), titled(prs, "Persona: Marek")
    assert any(s.shape_type == MSO_SHAPE_TYPE.PICTURE for s in lucia.shapes)
    assert not any(s.shape_type == MSO_SHAPE_TYPE.PICTURE for s in marek.shapes)
    assert any(s.has_text_frame and s.text_frame.text == "M" for s in marek.shapes)


def test_a_long_name_in_a_title_is_shortened_and_the_finding_kept(tmp_path: Path) -> None:
    journey = small_journey()
    name = "Checkout page that asks for the delivery address, the invoice address and a phone number " * 2
    hardest = Touchpoint("Purchase", name.strip(), channel="Website", emotion=1, origin=Origin("Touchpoints", 90))
    out = tmp_path / "long.pptx"
    render_deck(findings.of(dataclasses.replace(journey, touchpoints=(*journey.touchpoints, hardest))), out)
    (title,) = [t for t in titles(out) if t.startswith("Stage 3")]
    assert title.startswith("Stage 3, Purchase: “Checkout page that") and title.endswith(
        "is the hardest moment (emotion\u00a01/5)"
    )
    assert "…" in title
    table = _tables(titled(Presentation(str(out)), "Stage 3"))[0]
    assert name.strip() in [table.cell(r, 0).text for r in range(1, len(table.rows))]


def test_persona_cards_leave_out_empty_lists(tmp_path: Path) -> None:
    journey = small_journey()
    lucia = dataclasses.replace(journey.personas[0], needs=(), motivations=(), quote="“I want to buy in two clicks.”")
    out = tmp_path / "cards.pptx"
    render_deck(findings.of(dataclasses.replace(journey, personas=(lucia, journey.personas[1]))), out)
    slide = titled(Presentation(str(out)), "Persona: Lucía")
    texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
    cards = [t for t in texts if t.split("\n")[0] in ("Goals", "Needs", "Motivations", "Frustrations")]
    assert [c.split("\n")[0] for c in cards] == ["Goals", "Frustrations"]
    assert "—" not in texts and "“I want to buy in two clicks.”" in texts


def test_a_long_stage_shows_its_hardest_touchpoints_and_keeps_every_one_in_the_appendix(tmp_path: Path) -> None:
    journey = small_journey()
    many = tuple(
        Touchpoint(
            "Purchase",
            f"Checkout step {n}",
            channel="Website",
            customer_action="Fills the form " * (n % 9 + 1),
            obstacle="Asks for too much data " * 3,
            emotion=None if n % 2 else 1 + n % 5,
            origin=Origin("Touchpoints", 100 + n),
        )
        for n in range(40)
    )
    out = tmp_path / "long.pptx"
    render_deck(findings.of(dataclasses.replace(journey, touchpoints=journey.touchpoints + many)), out)
    prs = Presentation(str(out))
    titles = [s.shapes.title.text if s.shapes.title is not None else "" for s in prs.slides]
    (body,) = [s for s, t in zip(prs.slides, titles, strict=True) if t.startswith("Stage 3, Purchase: “")]
    (table,) = _tables(body)
    shown = [int(table.cell(r, 4).text) for r in range(1, len(table.rows)) if table.cell(r, 4).text != "—"]
    assert shown == sorted(shown) and shown[0] == 1  # the hardest first
    note = next(s.text_frame.text for s in body.shapes if s.has_text_frame and "hardest of 43" in s.text_frame.text)
    detail = [n for n, t in enumerate(titles, start=1) if t.startswith("Stage 3, Purchase: every touchpoint")]
    assert len(detail) > 1 and note.endswith(f"→ see slide {detail[0]}")
    assert titles.index("Appendix") < detail[0] - 1
    names = []
    for n in detail:
        (table,) = _tables(prs.slides[n - 1])
        assert table.cell(0, 0).text == "Touchpoint"
        names += [table.cell(r, 0).text for r in range(1, len(table.rows))]
        bottom = max(s.top + s.height for s in prs.slides[n - 1].shapes if s.has_table)
        assert bottom <= prs.slide_height * 0.93
    assert names == [f"TP Purchase {j}" for j in range(3)] + [f"Checkout step {n}" for n in range(40)]


def test_four_personas_get_an_emotion_table_instead_of_the_line_chart(tmp_path: Path) -> None:
    journey = small_journey()
    extra = tuple(
        dataclasses.replace(journey.personas[0], name=name, origin=Origin("Personas", row))
        for name, row in (("Zoe", 4), ("Yan", 5))
    )
    rows = tuple(dataclasses.replace(r, persona=p.name) for p in extra for r in journey.rows if r.persona == "Lucía")
    journey = dataclasses.replace(journey, personas=(*journey.personas, *extra), rows=journey.rows + rows)
    out = tmp_path / "four.pptx"
    render_deck(findings.of(journey), out)
    prs = Presentation(str(out))
    assert not [s for s in prs.slides for shape in s.shapes if shape.has_chart and shape.chart.chart_type == 65]
    (slide,) = [
        s for s in prs.slides if s.shapes.title.text == "4 personas drop to emotion\u00a02/5, at Purchase and Retention"
    ]
    (table,) = _tables(slide)
    assert table.cell(0, 0).text == "Persona\nEmotion (1\u00a0to\u00a05)"
    assert [c.text for c in table.rows[0].cells][1:] == [s.name for s in journey.stages]
    for i, persona in enumerate(journey.personas, start=1):
        scores = [journey.emotion(persona.name, s.name) or 0 for s in journey.stages]
        low = scores.index(min(scores))
        expected = [f"{v:g}" + ("\nlowest" if k == low else "") for k, v in enumerate(scores)]
        assert [c.text for c in table.rows[i].cells] == [persona.name, *expected]
    assert "Personas rows 2-5" in slide.notes_slide.notes_text_frame.text


def test_the_lowest_point_of_each_curve_is_labelled_with_the_persona(deck: Path) -> None:
    (chart,) = [s.chart for s in titled(Presentation(str(deck)), "2 personas drop").shapes if s.has_chart]
    labels = [
        p.data_label.text_frame.text
        for series in chart.plots[0].series
        for p in (series.points[i] for i in range(len(list(series.values))))
        if p.data_label.has_text_frame and p.data_label.text_frame.text
    ]
    assert labels == ["Lucía: lowest 2", "Marek: lowest 2"]


@pytest.mark.parametrize(
    ("key", "n", "lang", "expected"),
    [
        ("quick_wins", 1, "en", "1 quick win"),
        ("quick_wins", 3, "en", "3 quick wins"),
        ("quick_wins", 1, "es", "1 victoria rápida"),
        ("quick_wins", 2, "pl", "2 szybkie wygrane"),
        ("quick_wins", 5, "pl", "5 szybkich wygranych"),
        ("quick_wins", 22, "pl", "22 szybkie wygrane"),
        ("quick_wins", 12, "pl", "12 szybkich wygranych"),
        ("personas", 5, "pl", "5 person"),
        ("open", 1, "es", "1 abierta"),
        ("answered", 2, "en", "2"),
    ],
)
def test_counted_nouns_agree(key: str, n: int, lang: str, expected: str) -> None:
    assert counted(key, n, lang) == expected


def test_the_project_sheets_own_fields_are_on_the_scope_slide(tmp_path: Path) -> None:
    journey = small_journey()
    project = dataclasses.replace(journey.project, extra=MappingProxyType({"Budget": "50 000 €", "Sponsor": ""}))
    out = tmp_path / "extra.pptx"
    render_deck(findings.of(dataclasses.replace(journey, project=project)), out)
    slide = titled(Presentation(str(out)), "Scope and objective")
    texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
    assert "Budget\n50 000 €" in texts and not [t for t in texts if t.startswith("Sponsor")]
