"""Results: the Funnel sheet and its finding, KPI values and their progress, and how the deck and report show them."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from pptx import Presentation

from cjmdeck import contract, findings, parse
from cjmdeck.check import load_journey
from cjmdeck.cli import main
from cjmdeck.findings.kpis import BETTER, SAME, UNKNOWN, WORSE, Progress
from cjmdeck.model import FunnelStep, Journey, KpiValues, Project, Stage
from cjmdeck.reader import read_workbook
from cjmdeck.text import results
from tests.conftest import MINIMAL, write_workbook
from tests.deckutil import check_package, titled

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
STAGES = ("Awareness", "Consideration", "Purchase", "Loyalty")


def journey(*steps: FunnelStep) -> Journey:
    """Return a journey of STAGES with the funnel `steps`."""
    return Journey(Project("Acme"), (), tuple(Stage(s) for s in STAGES), funnel=steps)


def counts(*numbers: float, period: str = "", persona: str | None = None, channel: str = "") -> list[FunnelStep]:
    """Return a funnel row per stage of STAGES with `numbers`."""
    return [FunnelStep(s, n, persona, channel, period) for s, n in zip(STAGES, numbers, strict=False)]


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


# -- the Funnel sheet -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", contract.LANGUAGES)
def test_the_funnel_sheet_is_read_in_every_language(tmp_path, lang):
    sheet = contract.FUNNEL
    header = [sheet.column(k).name(lang) for k in ("stage", "customers", "channel", "period")]
    rows = [header, ["Awareness", 1000, "", "Q1"], ["Purchase", "250", "", "Q1"], ["Purchase", 90, "Web", "Q1"]]
    path = write_workbook(tmp_path / "b.xlsx", {**MINIMAL, sheet.name(lang): rows})
    journey, diagnostics, _ = read_workbook(path)
    assert [str(d) for d in diagnostics if d.severity == "error"] == []
    assert journey is not None
    assert [(s.stage, s.customers, s.channel, s.period) for s in journey.funnel] == [
        ("Awareness", 1000.0, "", "Q1"),
        ("Purchase", 250.0, "", "Q1"),
        ("Purchase", 90.0, "Web", "Q1"),
    ]
    assert journey.funnel[0].origin is not None and journey.funnel[0].origin.row == 2


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("lots", "Funnel!B3: error: 'Customers' must be a number of 0 or more, got 'lots'"),
        (-5, "Funnel!B3: error: 'Customers' must be a number of 0 or more, got '-5'"),
        ("", "Funnel!B3: error: 'Customers' is empty; it is required"),
        ("9" * 308, "Funnel!B3: error: 'Customers' is too large to be a count or an amount, got '99999"),
        (1e308, "Funnel!B3: error: 'Customers' is too large to be a count or an amount, got '10000"),
    ],
)
def test_a_bad_count_is_an_error_naming_its_cell(tmp_path, value, message):
    rows = [["Stage", "Customers"], ["Awareness", 1000], ["Purchase", value]]
    path = write_workbook(tmp_path / "b.xlsx", {**MINIMAL, "Funnel": rows})
    result = run("check", path)
    assert result.exit_code == 1
    assert f"{path}:{message}" in result.output


def test_an_unknown_stage_in_the_funnel_is_an_error(tmp_path):
    rows = [["Stage", "Customers"], ["Awareness", 1000], ["Purchas", 100]]
    path = write_workbook(tmp_path / "b.xlsx", {**MINIMAL, "Funnel": rows})
    result = run("check", path)
    assert result.exit_code == 1
    assert "Funnel!A3: error: unknown stage 'Purchas' (did you mean 'Purchase'?)" in result.output


def test_a_count_given_twice_and_a_growing_funnel_are_warned_about(tmp_path):
    rows = [["Stage", "Customers"], ["Awareness", 100], ["Purchase", 300], ["Purchase", 50]]
    path = write_workbook(tmp_path / "b.xlsx", {**MINIMAL, "Funnel": rows})
    result = run("check", path)
    assert result.exit_code == 0, result.output
    assert "Funnel!B4: warning: 'Purchase' is counted twice for one persona, channel and period; row 3 is used" in (
        result.output
    )
    assert "Funnel!B3: warning: more customers reach 'Purchase' (300) than 'Awareness' (100)" in result.output


def test_a_workbook_without_funnel_has_no_funnel_slide_or_section(tmp_path):
    path = write_workbook(tmp_path / "b.xlsx", MINIMAL)
    result = run("build", path, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    (deck,) = (tmp_path / "out").glob("*.pptx")
    titles = [s.shapes.title.text for s in Presentation(str(deck)).slides if s.shapes.title is not None]
    assert not any("loses" in t for t in titles)
    (report,) = (tmp_path / "out").glob("*.docx")
    assert "Where customers are lost" not in "\n".join(p.text for p in Document(str(report)).paragraphs)


# -- the funnel finding -----------------------------------------------------------------------


def test_the_stage_that_loses_the_largest_share_is_found():
    funnel = findings.funnel(journey(*counts(13100, 8200, 1100, 700)))
    assert funnel is not None
    assert [(d.stage, d.to, d.lost) for d in funnel.drops] == [
        ("Awareness", "Consideration", 4900),
        ("Consideration", "Purchase", 7100),
        ("Purchase", "Loyalty", 400),
    ]
    worst = funnel.worst
    assert worst is not None and worst.stage == "Consideration"
    assert results.funnel_title(funnel, "en") == "Consideration loses 87% of customers: 7,100 of 8,200"
    assert results.funnel_title(funnel, "es") == "Consideration pierde el 87\u00a0% de los clientes: 7.100 de 8.200"
    assert results.funnel_title(funnel, "pl") == "Consideration: tracimy 87% klientów, 7\u00a0100 z 8\u00a0200"


def test_a_tie_names_the_earlier_stage_and_a_stage_not_counted_is_skipped():
    funnel = findings.funnel(
        journey(FunnelStep("Awareness", 100), FunnelStep("Purchase", 50), FunnelStep("Loyalty", 25))
    )
    assert funnel is not None
    assert [(d.stage, d.to) for d in funnel.drops] == [("Awareness", "Purchase"), ("Purchase", "Loyalty")]
    assert funnel.worst is not None and funnel.worst.stage == "Awareness"


def test_one_stage_counted_is_no_funnel():
    assert findings.funnel(journey(FunnelStep("Awareness", 100))) is None
    assert findings.funnel(journey()) is None


def test_two_periods_are_compared_the_latest_shown():
    steps = [*counts(1000, 500, 100, period="Q1"), *counts(1200, 700, 200, period="Q2")]
    funnel = findings.funnel(journey(*steps))
    assert funnel is not None and funnel.before is not None
    assert (funnel.main.period, funnel.before.period) == ("Q2", "Q1")
    worst = funnel.worst
    assert worst is not None and (worst.stage, worst.reached) == ("Consideration", 700)
    assert results.change_points(worst, funnel.earlier(worst), "en") == "\u22129\u00a0pp"
    assert results.compared(funnel, "en") == "In Q1, Consideration lost 80% of its customers."


def test_without_totals_the_breakdown_is_summed():
    steps = [*counts(600, 300, persona="Ana"), *counts(400, 100, persona="Ben")]
    funnel = findings.funnel(journey(*steps))
    assert funnel is not None
    assert funnel.main.counts[:2] == (1000, 400)
    assert funnel.by == "persona"
    assert [(p.label, p.conversion) for p in funnel.breakdown] == [("Ana", 0.5), ("Ben", 0.25)]
    assert results.breakdown_title(funnel, "en") == "Ana converts best: 50% reach Consideration"


def test_channels_break_down_when_totals_are_given():
    steps = [*counts(1000, 400), *counts(700, 210, channel="Instagram"), *counts(300, 190, channel="Search")]
    funnel = findings.funnel(journey(*steps))
    assert funnel is not None
    assert funnel.main.counts[:2] == (1000, 400)
    assert funnel.by == "channel" and [p.label for p in funnel.breakdown] == ["Instagram", "Search"]


# -- KPI values -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (12, (12.0, "")),
        ("-20", (-20.0, "")),
        ("+5", (5.0, "")),
        ("2,1 %", (2.1, "%")),
        ("1,200", (1200.0, "")),
        ("\u22123.5", (-3.5, "")),
    ],
)
def test_kpi_values_are_numbers_of_any_sign_with_an_optional_percent(value, expected):
    assert parse.measure(value) == expected


@pytest.mark.parametrize("value", ["lots", "--3", True])
def test_a_kpi_value_that_is_no_number_is_refused(value):
    with pytest.raises(ValueError, match="must be a number"):
        parse.measure(value)


@pytest.mark.parametrize("value", [float("nan"), 1e300, "-" + "9" * 308, "9" * 20 + "%"])
def test_a_kpi_value_too_large_to_mean_anything_is_refused(value):
    with pytest.raises(ValueError, match="is too large to be a KPI value"):
        parse.measure(value)


@pytest.mark.parametrize(
    ("baseline", "target", "current", "trend", "note"),
    [
        (38, 50, 44, BETTER, "50% of the way"),
        (120, 60, 95, BETTER, "42% of the way"),  # lower is better
        (85, 50, 90, WORSE, "away from target"),
        (4.1, 4.5, 4.5, BETTER, "target met"),
        (10, 20, 10, SAME, "no change"),
        (10, None, 12, UNKNOWN, ""),
    ],
)
def test_progress_towards_the_target_either_way(baseline, target, current, trend, note):
    progress = Progress("KPI", KpiValues(baseline, target, current), Stage("A"))
    assert progress.trend == trend
    assert results.progress_note(progress, "en") == note


def test_the_change_is_marked_up_or_down_in_points_for_percentages():
    up = Progress("Conversion", KpiValues(1.9, 2.5, 2.2, "%"), Stage("A"))
    down = Progress("Visitors", KpiValues(52000, 60000, 49500), Stage("A"))
    assert results.change(up, "en") == "▲ +0.3\u00a0pp"
    assert results.change(down, "en") == "▼ \u22122,500"
    assert results.change(down, "es") == "▼ \u22122.500"
    assert results.kpi_line("Conversion", up.values, "en") == "Conversion: 1.9%\u00a0→\u00a02.2% (target\u00a02.5%)"


def test_kpi_columns_are_read_on_stages_and_actions(tmp_path):
    path = write_workbook(
        tmp_path / "b.xlsx",
        {
            **MINIMAL,
            "Stages": [["Stage", "KPI", "Baseline", "Target", "Current"], ["Awareness", "Reach", 100, 200, 150]],
            "Actions": [
                ["Action", "Impact", "Feasibility", "KPI", "Baseline", "Target", "Current", "Due date"],
                ["Show shipping costs early", 5, 4, "Abandonment", "72%", "60%", "66%", "2026-05-31"],
            ],
            "Journey": [["Stage", "Emotion"], ["Awareness", 3]],
            "Touchpoints": [["Stage", "Touchpoint"], ["Awareness", "Ad"]],
            "Questions": [["Question"], ["Why?"]],
        },
    )
    found = findings.of(load_journey(path)[0])
    assert found.kpis is not None
    assert [(p.name, p.trend) for p in found.kpis.all] == [("Reach", BETTER), ("Abandonment", BETTER)]
    assert found.journey.actions[0].values == KpiValues(72, 60, 66, "%")
    assert found.journey.actions[0].due == "2026-05-31"
    assert results.kpis_title(found.kpis, "en") == "All 2 KPIs moved towards their target"


@pytest.mark.parametrize("bad", ["a lot", "n/a"])
def test_a_bad_kpi_value_is_an_error_naming_its_cell(tmp_path, bad):
    path = write_workbook(
        tmp_path / "b.xlsx",
        {**MINIMAL, "Stages": [["Stage", "Baseline"], ["Awareness", 1], ["Purchase", bad]]},
    )
    result = run("check", path)
    assert result.exit_code == 1
    assert f"{path}:Stages!B3: error: 'Baseline'" in result.output


# -- the deck and the report ------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """Build the English sample's deck and report once."""
    out = tmp_path_factory.mktemp("out")
    result = run("build", SAMPLES / "home-furniture-en.xlsx", "-o", out)
    assert result.exit_code == 0, result.output
    return out


def test_the_deck_shows_where_customers_are_lost_as_a_native_chart_and_a_table(built):
    (deck,) = built.glob("*.pptx")
    prs = Presentation(str(deck))
    slide = titled(prs, "Solution consideration loses 73% of customers: 4,450 of 6,100")
    charts = [s.chart for s in slide.shapes if s.has_chart]
    assert len(charts) == 1
    chart = charts[0]
    assert list(chart.plots[0].categories) == [
        "Loyalty",
        "Purchase decision",
        "Solution consideration",
        "Learning & discovery",
    ]
    assert [s.name for s in chart.plots[0].series] == ["Q1 2026", "Q2 2026"]
    assert list(chart.plots[0].series[1].values) == [790, 1650, 6100, 14200]
    (table,) = [s.table for s in slide.shapes if s.has_table]
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[2] == [
        "Solution consideration → Purchase decision",
        "6,100",
        "1,650",
        "4,450",
        "73%",
        "76%",
        "\u22123\u00a0pp",
    ]
    summary = titled(prs, "Executive summary")
    assert any("loses 73% of customers" in s.text_frame.text for s in summary.shapes if s.has_text_frame)


def test_the_deck_shows_kpis_before_and_after_with_marks(built):
    (deck,) = built.glob("*.pptx")
    slide = titled(Presentation(str(deck)), "7 of 9 KPIs moved towards their target; 2 moved away")
    (table,) = [s.table for s in slide.shapes if s.has_table]
    rows = {r.cells[0].text: [c.text for c in r.cells] for r in table.rows}
    assert rows["Stage: Learning & discovery"][2:] == [
        "52,000",
        "60,000",
        "49,500",
        "▼ \u22122,500",
        "away from target",
    ]
    assert rows["Action 7: Include a printed care guide and thank-you card"][-1] == "target met"


def test_the_report_has_the_funnel_with_its_chart_and_the_kpis(built):
    (report,) = built.glob("*.docx")
    text = "\n".join(p.text for p in Document(str(report)).paragraphs)
    assert "Where customers are lost" in text
    assert "Solution consideration loses 73% of customers: 4,450 of 6,100" in text
    assert "7 of 9 KPIs moved towards their target; 2 moved away" in text
    cells = [c.text for t in Document(str(report)).tables for r in t.rows for c in r.cells]
    assert "Solution consideration → Purchase decision" in cells and "▲ +6\u00a0pp" in cells
    with zipfile.ZipFile(report) as package:
        charts = [n for n in package.namelist() if n.startswith("word/charts/chart")]
        bars = [n for n in charts if b"<c:barChart>" in package.read(n)]
    assert len(charts) == 2 and len(bars) == 1


def test_deck_and_report_pass_the_package_check(built):
    check = check_package()
    for path in [*built.glob("*.pptx"), *built.glob("*.docx")]:
        assert check(path) == [], path


def test_the_report_chart_marks_the_stage_its_title_names():
    from lxml import etree

    from cjmdeck.report.chart import funnel_parts
    from cjmdeck.report.results import funnel as report_funnel

    def fills(*steps: FunnelStep) -> list[tuple[str, str | None]]:
        """Return each bar of the latest period, top to bottom: its stage and its own fill, if it has one."""
        shape = report_funnel(findings.of(journey(*steps)), "en")
        assert shape is not None
        xml = etree.fromstring(funnel_parts(shape["chart"], "Calibri")[0])
        ns = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart"}
        a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
        categories = xml.xpath("//c:ser[last()]/c:cat//c:pt/c:v/text()", namespaces=ns)
        points = {int(p.find("c:idx", ns).get("val")): p for p in xml.xpath("//c:ser[last()]/c:dPt", namespaces=ns)}
        out = []
        for i, stage in enumerate(categories):
            fill = points[i].find(f".//{a}solidFill") if i in points else None
            out.append((stage, fill[0].get("val") if fill is not None else None))
        return out[::-1]

    assert fills(*counts(13100, 8200, 1100, 700)) == [
        ("Awareness", "BFBFBF"),
        ("Consideration", "accent1"),
        ("Purchase", "BFBFBF"),
        ("Loyalty", "BFBFBF"),
    ]
    two = fills(*counts(13100, 8200, 1100, 700, period="Q1"), *counts(14000, 9000, 1500, 800, period="Q2"))
    assert two == [(s, None) for s in STAGES]  # two periods: the latest all in the accent colour, none singled out
