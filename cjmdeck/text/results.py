"""Sentences and cell values of results: the funnel's headline and drops, and KPIs with their progress marks."""

from __future__ import annotations

from cjmdeck.findings import Drop, Funnel, Kpis, Progress
from cjmdeck.findings.kpis import BETTER, SAME, WORSE
from cjmdeck.model import KpiValues
from cjmdeck.text.formats import format_number, shorten
from cjmdeck.text.labels import text

UP, DOWN, LEVEL = "▲", "▼", "●"


def percent(share: float, lang: str) -> str:
    """Return a share (0 to 1) as a percentage in `lang`: "62%", "62 %"; one decimal under 10% ("0,6 %")."""
    value = share * 100
    decimals = 1 if 0 < abs(value) < 9.95 and round(value, 1) != round(value) else 0
    return text("percent", lang, n=format_number(round(value, decimals), lang, decimals))


def count(value: float, lang: str) -> str:
    """Return a number of customers as `lang` writes it: "13,100", "13.100", "13 100"."""
    return format_number(value, lang, 0 if float(value).is_integer() else 1)


def funnel_title(funnel: Funnel, lang: str, limit: int | None = None) -> str:
    """Return the funnel's headline: the stage that loses the largest share of its customers, with the numbers."""
    worst = funnel.worst
    if worst is None or not worst.lost:
        return text("funnel_title_none", lang)
    return text(
        "funnel_title",
        lang,
        stage=shorten(worst.stage, limit),
        share=percent(worst.share, lang),
        lost=count(worst.lost, lang),
        reached=count(worst.reached, lang),
    )


def compared(funnel: Funnel, lang: str, limit: int | None = None) -> str:
    """Return how the worst drop compared in the period before ("In Q1 2026, Consideration lost 76%"), or ""."""
    worst = funnel.worst
    earlier = funnel.earlier(worst) if worst is not None else None
    if worst is None or earlier is None or funnel.before is None:
        return ""
    period = funnel.before.period
    return text(
        "funnel_compared", lang, period=period, stage=shorten(worst.stage, limit), share=percent(earlier.share, lang)
    )


def change_points(now: Drop, before: Drop | None, lang: str) -> str:
    """Return the change in the share lost since the period before, in percentage points: "+3 pp", "−5 pp"."""
    if before is None:
        return ""
    points = round((now.share - before.share) * 100)
    sign = "+" if points > 0 else ("\u2212" if points < 0 else "")
    return text("points", lang, n=sign + format_number(abs(points), lang))


def breakdown_title(funnel: Funnel, lang: str, limit: int | None = None) -> str:
    """Return the breakdown's headline: which persona or channel converts best, and to which stage."""
    best = funnel.best
    if best is None or best.conversion is None:
        return text("funnel_chart", lang)
    share = percent(best.conversion, lang)
    last = best.last(funnel.stages)
    return text(
        "funnel_breakdown_title", lang, best=shorten(best.label, limit), share=share, stage=shorten(last, limit)
    )


def measure(value: float | None, unit: str, lang: str) -> str:
    """Return a KPI value as `lang` writes it, with its unit: "2.2%", "49,500", "4,5"; a dash when missing."""
    if value is None:
        return "–"
    value = float(round(value, 2))  # 7.1 - 6.0 is 1.0999999999999996 in floating point
    decimals = 0 if value.is_integer() else (1 if round(value, 1) == value else 2)
    shown = format_number(abs(value), lang, decimals)
    shown = ("\u2212" if value < 0 else "") + shown
    return text("percent", lang, n=shown) if unit == "%" else shown


def change(progress: Progress, lang: str) -> str:
    """Return the change since the baseline with its mark: "▲ +0.3 pp", "▼ −2,500", "● 0"."""
    delta = progress.change
    if delta is None:
        return ""
    mark = UP if delta > 0 else DOWN if delta < 0 else LEVEL
    size = measure(abs(delta), "", lang)
    sign = "+" if delta > 0 else "\u2212" if delta < 0 else ""
    amount = text("points", lang, n=sign + size) if progress.values.unit == "%" else sign + size
    return f"{mark} {amount}"


def progress_note(progress: Progress, lang: str) -> str:
    """Return how far a KPI has come: "target met", "55% of the way", "away from target", "no change", or ""."""
    if progress.met:
        return text("kpi_met", lang)
    if progress.trend == WORSE:
        return text("kpi_away", lang)
    if progress.trend == SAME:
        return text("kpi_same", lang)
    if progress.trend == BETTER and progress.share is not None:
        return text("kpi_of_way", lang, share=percent(progress.share, lang))
    return ""


def kpis_title(kpis: Kpis, lang: str) -> str:
    """Return the headline of KPIs before and after: how many moved towards their target, and away."""
    measured = len([p for p in kpis.measured if p.trend])
    if not measured:
        return text("kpis_title_plain", lang)
    better, worse = kpis.count(BETTER), kpis.count(WORSE)
    key = {0: "kpis_title_all" if better == measured else "kpis_title", 1: "kpis_title_worse_one"}.get(
        worse, "kpis_title_worse"
    )
    return text(key, lang, better=better, measured=measured, worse=worse)


def kpi_owner(progress: Progress, rank: int | None, lang: str, limit: int | None = None) -> str:
    """Return what a KPI belongs to: "Stage: Purchase", "Action 3: Extend live chat…"."""
    record = progress.record
    if rank is None:
        return text("kpi_stage", lang, name=shorten(getattr(record, "name", ""), limit))
    return text("kpi_action", lang, n=rank, name=shorten(getattr(record, "text", ""), limit))


def kpi_line(name: str, values: KpiValues | None, lang: str) -> str:
    """Return a KPI with its values: "Checkout conversion: 1.9% → 2.2% (target 2.5%)"; the name alone without values."""
    if values is None:
        return name
    parts = [measure(v, values.unit, lang) for v in (values.baseline, values.current) if v is not None]
    shown = "\u00a0→\u00a0".join(parts)  # before and after stay on one line
    if values.target is not None:
        target = text("kpi_target_of", lang, value=measure(values.target, values.unit, lang))
        shown = f"{shown} ({target})" if shown else target
    return f"{name}: {shown}" if name else shown
