"""What a report template sees of the plan and its results: ranked actions, costs, the funnel and KPIs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cjmdeck.findings import QUADRANTS, Findings
from cjmdeck.model import Action
from cjmdeck.palette import EMOTION_TINT, PROGRESS_TINT
from cjmdeck.text import format_date, format_money, quadrant_name, results, text
from cjmdeck.text.headlines import costs_title, full_plan_title, plan_title, share_label
from cjmdeck.text.values import channel_name

NAMES = {
    "funnel": "where customers are lost, or null: title, compared, drops (from, to, reached, kept, lost, share, "
    "before, change, worst), before_label, chart (categories, series, named) and breakdown (title, by, stages, rows)",
    "kpis": "KPIs before and after, or null: title, key, and rows (owner, name, baseline, target, current, change, "
    "progress, tint)",
}


def funnel(found: Findings, lang: str) -> dict[str, Any] | None:
    """Return the funnel: its headline, the drop after each stage, the chart's data and the breakdown, or None."""
    shape = found.funnel
    if shape is None:
        return None
    worst = shape.worst
    drops = []
    for drop in shape.drops:
        earlier = shape.earlier(drop)
        drops.append(
            {
                "from": drop.stage,
                "to": drop.to,
                "reached": results.count(drop.reached, lang),
                "kept": results.count(drop.kept, lang),
                "lost": results.count(drop.lost, lang),
                "share": results.percent(drop.share, lang),
                "before": results.percent(earlier.share, lang) if earlier else "",
                "change": results.change_points(drop, earlier, lang),
                "worst": drop == worst and drop.lost > 0,
                "tint": EMOTION_TINT[1] if drop == worst and drop.lost > 0 else "FFFFFF",
            }
        )
    counted = shape.counted
    periods = [s for s in (shape.before, shape.main) if s is not None]
    chart = {
        "categories": [shape.stages[i] for i in counted],
        "series": [
            {"name": s.period or text("funnel_customers", lang), "values": [s.counts[i] for i in counted]}
            for s in periods
        ],
        "named": worst.stage if worst is not None else None,  # the stage the title names, marked when alone
        "lang": lang,
    }
    return {
        "title": results.funnel_title(shape, lang),
        "compared": results.compared(shape, lang),
        "before_label": text("funnel_share_in", lang, period=shape.before.period) if shape.before else "",
        "drops": drops,
        "chart": chart,
        "breakdown": _breakdown(found, lang),
    }


def _breakdown(found: Findings, lang: str) -> dict[str, Any] | None:
    """Return the funnel by persona or channel: a row per part (and all customers), a count per stage."""
    shape = found.funnel
    if shape is None or not shape.breakdown:
        return None
    counted = shape.counted
    rows = []
    for part in (*shape.breakdown, shape.main):
        rows.append(
            {
                "name": part.label or text("funnel_all", lang),
                "counts": [results.count(n, lang) if (n := part.counts[i]) is not None else "–" for i in counted],
                "reach": results.percent(part.conversion, lang) if part.conversion is not None else "–",
            }
        )
    return {
        "title": results.breakdown_title(shape, lang),
        "by": text("funnel_by_persona" if shape.by == "persona" else "funnel_by_channel", lang),
        "stages": [shape.stages[i] for i in counted],
        "reach_label": text("funnel_reach", lang, stage=shape.main.last(shape.stages)),
        "rows": rows,
    }


def kpis(found: Findings, lang: str) -> dict[str, Any] | None:
    """Return the KPIs with values: what each belongs to, its values, the change marked ▲/▼ and the progress."""
    measured = found.kpis
    if measured is None:
        return None
    listed = [(None, p) for p in measured.stages] + [(n, p) for n, p in measured.actions]
    rows = []
    for rank, progress in listed:
        v = progress.values
        rows.append(
            {
                "owner": results.kpi_owner(progress, rank, lang),
                "name": progress.name or "–",
                "baseline": results.measure(v.baseline, v.unit, lang),
                "target": results.measure(v.target, v.unit, lang),
                "current": results.measure(v.current, v.unit, lang),
                "change": results.change(progress, lang),
                "progress": results.progress_note(progress, lang),
                "tint": PROGRESS_TINT.get(progress.trend, "FFFFFF"),
            }
        )
    return {"title": results.kpis_title(measured, lang), "key": text("kpi_key", lang), "rows": rows}


def plan(found: Findings, lang: str) -> dict[str, Any]:
    """Return the ranked action plan and the actions of each quadrant."""
    plan = found.plan
    ranked = [_action(n, a, lang) for n, a in plan.ranks]
    return {
        "title": plan_title(plan, lang) if plan.ranked else text("plan", lang),
        "full_title": full_plan_title(plan, lang),
        "actions": ranked,
        "quadrants": [
            {
                "name": quadrant_name(key, lang),
                "count": plan.quadrants[key],
                "actions": [row for row, action in zip(ranked, plan.ranked, strict=True) if action.quadrant == key],
            }
            for key in QUADRANTS
        ],
    }


def _action(rank: int, a: Action, lang: str) -> dict[str, Any]:
    """Return an action of the ranked plan as text."""
    return {
        "rank": rank,
        "text": a.text,
        "stage": a.stage or text("whole_journey", lang),
        "touchpoint": a.touchpoint,
        "persona": a.persona or "",
        "problem": a.problem,
        "impact": a.impact,
        "feasibility": a.feasibility,
        "score": a.score,
        "quadrant": quadrant_name(a.quadrant, lang),
        "owner": a.owner,
        "horizon": a.horizon,
        "kpi": a.kpi,
        "status": a.status,
        "due": format_date(a.due, lang),
        "extra": {str(k): "" if v is None else str(v) for k, v in a.extra.items()},  # the sheet's own columns
    }


def costs(found: Findings, lang: str) -> dict[str, Any] | None:
    """Return the costs by stage and channel with each share of the total, or None when no touchpoint costs."""
    costs = found.costs
    if costs is None:
        return None
    currency, total = found.journey.project.currency, costs.total

    def rows(pairs: tuple[tuple[str, float], ...], name: Callable[[str], str]) -> list[dict[str, str]]:
        """Return a row per (name, amount): the name, the amount and its share of the total."""
        return [
            {
                "name": name(key),
                "amount": format_money(value, lang, currency),
                "share": text("percent", lang, n=round(100 * value / total)) if total else "—",
            }
            for key, value in pairs
        ]

    return {
        "title": costs_title(costs, lang),
        "top_share": share_label(costs, lang),
        "by_stage": rows(costs.by_stage, str),
        "by_channel": rows(costs.by_channel, lambda c: channel_name(c, lang)),
        "total": format_money(total, lang, currency),
        "total_share": text("percent", lang, n=100) if total else "—",
    }
