"""Values typed as text in number and date cells: money in another currency, percentages and dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cjmdeck.check import check_workbook, load_journey
from cjmdeck.parse import Currencies, currency_code, number, typed_currency

PROJECT = [["Client", "Acme Retail"], ["Project", "Checkout study"], ["Language", "en"]]


def messages(path: Path) -> list[str]:
    """Return the diagnostics of `path` without the path."""
    return [str(d)[len(str(path)) :] for d in check_workbook(path).diagnostics]


def costs(make_workbook, currency: str | None, *amounts: object) -> Path:
    """Write a workbook whose Project has `currency` (none when None) and a touchpoint per amount, all in Awareness."""
    project = PROJECT + ([["Currency", currency]] if currency is not None else [])
    rows = [["Stage", "Touchpoint", "Cost"]] + [["Awareness", f"Ad {n}", a] for n, a in enumerate(amounts, start=2)]
    rows.append(["Purchase", "Checkout", 0])
    return make_workbook(Project=project, Touchpoints=rows)


def test_money_in_another_currency_than_the_projects_is_a_warning_naming_the_cell(make_workbook) -> None:
    path = costs(make_workbook, "EUR", "$1,200", "€1.200,50", "1 200 EUR", "USD 5", "£3", "40 zł", 7)
    assert messages(path) == [
        ":Touchpoints!C2: warning: 'Cost' is typed in USD ('$1,200') but the project's currency is EUR; "
        "it is counted as EUR",
        ":Touchpoints!C5: warning: 'Cost' is typed in USD ('USD 5') but the project's currency is EUR; "
        "it is counted as EUR",
        ":Touchpoints!C6: warning: 'Cost' is typed in GBP ('£3') but the project's currency is EUR; "
        "it is counted as EUR",
        ":Touchpoints!C7: warning: 'Cost' is typed in PLN ('40 zł') but the project's currency is EUR; "
        "it is counted as EUR",
    ]
    journey, _ = load_journey(path)
    assert journey is not None
    assert [t.cost for t in journey.touchpoints] == [1200, 1200.5, 1200, 5, 3, 40, 7, 0]  # counted all the same


def test_the_projects_currency_may_be_a_sign_a_code_or_a_name(make_workbook) -> None:
    assert messages(costs(make_workbook, "€", "EUR 10", "10 €", "10 eur")) == []
    assert messages(costs(make_workbook, "złoty", "10 zł", "PLN 10")) == []
    path = costs(make_workbook, "Euro", "$10")
    assert messages(path) == [
        ":Touchpoints!C2: warning: 'Cost' is typed in USD ('$10') but the project's currency is EUR; "
        "it is counted as EUR"
    ]


def test_a_dollar_sign_is_the_currency_of_a_project_in_pesos(make_workbook) -> None:
    path = costs(make_workbook, "MXN", "$1,200", "USD 3")
    assert messages(path) == [
        ":Touchpoints!C3: warning: 'Cost' is typed in USD ('USD 3') but the project's currency is MXN; "
        "it is counted as MXN"
    ]


def test_without_a_project_currency_only_mixed_currencies_are_a_warning(make_workbook) -> None:
    assert messages(costs(make_workbook, None, "$1,200", "$5", 9)) == []
    path = costs(make_workbook, None, 9, "$1,200", "$5", "€3")
    assert messages(path) == [
        ":Touchpoints!C5: warning: 'Cost' is typed in EUR ('€3') but Touchpoints!C3 is typed in USD and the project "
        "has no currency; both are added up as one (give the Project sheet a Currency)"
    ]


def test_a_currency_in_a_text_cell_is_no_amount(make_workbook) -> None:
    path = make_workbook(
        Project=[*PROJECT, ["Currency", "EUR"]],
        Touchpoints=[["Stage", "Touchpoint", "KPI", "Cost"], ["Awareness", "USD promo", "$5 per click", "€5"]],
    )
    assert not [m for m in messages(path) if "typed in" in m]


@pytest.mark.parametrize(
    ("typed", "shown"),
    [("15 %", "'15 %'"), ("15%", "'15%'"), ("2024-05-01", "'2024-05-01'"), ("1 May 2024", "'1 May 2024'")],
)
def test_percentages_and_dates_typed_as_text_in_a_cost_are_errors(make_workbook, typed: str, shown: str) -> None:
    path = costs(make_workbook, "EUR", typed)
    assert messages(path) == [f":Touchpoints!C2: error: 'Cost' must be a number of 0 or more, got {shown}"]


def test_a_date_cell_in_a_cost_is_an_error(make_workbook) -> None:
    path = costs(make_workbook, "EUR", dt.datetime(2024, 5, 1))
    assert messages(path) == [":Touchpoints!C2: error: 'Cost' must be a number of 0 or more, got '2024-05-01'"]


@pytest.mark.parametrize("typed", ["80%", "4 %", "2024-05-01"])
def test_percentages_and_dates_typed_in_a_score_are_errors(make_workbook, typed: str) -> None:
    path = make_workbook(Journey=[["Stage", "Emotion"], ["Awareness", typed], ["Purchase", 3]])
    assert messages(path) == [f":Journey!B2: error: 'Emotion' must be a whole number from 1 to 5, got '{typed}'"]


@pytest.mark.parametrize("typed", ["1 May 2024", "01/05/2024", "2024-05-01", "Q3 2026", "15 %"])
def test_a_date_typed_as_text_is_kept_as_typed(make_workbook, typed: str) -> None:
    path = make_workbook(Project=[*PROJECT, ["Date", typed]])
    assert messages(path) == []
    journey, _ = load_journey(path)
    assert journey is not None and journey.project.date == typed


def test_a_date_cell_is_a_date_and_text_keeps_its_percent(make_workbook) -> None:
    path = make_workbook(
        Project=[*PROJECT, ["Date", dt.datetime(2026, 11, 22)]],
        Actions=[
            ["Action", "Impact", "Feasibility", "Owner", "KPI"],
            ["Show costs early", 5, 4, "Web", "Conversion +15 %"],
        ],
    )
    assert messages(path) == []
    journey, _ = load_journey(path)
    assert journey is not None
    assert journey.project.date == dt.date(2026, 11, 22)
    assert journey.actions[0].kpi == "Conversion +15 %"


def test_currency_helpers() -> None:
    assert [typed_currency(v) for v in ("$1,200", "1.200 €", "eur 5", "40 zł", "1200", 1200)] == [
        "USD",
        "EUR",
        "EUR",
        "PLN",
        "",
        "",
    ]
    assert [currency_code(c) for c in ("€", " eur ", "Euros", "usd", "chf", "Swiss francs")] == [
        "EUR",
        "EUR",
        "EUR",
        "USD",
        "CHF",
        "Swiss francs",
    ]
    assert number("$1,200") == number("1.200 €") == 1200
    money = Currencies("")
    assert money.check("Cost", "€1", "T!C2") is None
    assert money.check("Cost", "€2", "T!C3") is None
    assert money.check("Cost", 3, "T!C4") is None
    assert money.check("Cost", "£4", "T!C5") == (
        "'Cost' is typed in GBP ('£4') but T!C2 is typed in EUR and the project has no currency; "
        "both are added up as one (give the Project sheet a Currency)"
    )
