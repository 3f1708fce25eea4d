"""What a Word template sees: the journey's findings and words as plain data (str, int, float, list, dict).

Every value is text already formatted for the report's language, except the chart's numbers.
`cjmdeck context WORKBOOK` prints it as JSON; the template reads it with Jinja2.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cjmdeck.findings import Findings, PersonaJourney, emotion_level, sources
from cjmdeck.model import JourneyRow, Persona, Stage, Touchpoint
from cjmdeck.palette import EMOTION_TINT
from cjmdeck.report import results
from cjmdeck.text import format_money, map_type_name, quote, ranges, text
from cjmdeck.text.headlines import (
    curve_title,
    grid_title,
    map_title,
    questions_title,
    stage_title,
)
from cjmdeck.text.results import kpi_line
from cjmdeck.text.summary import summary_points
from cjmdeck.text.values import channel_name, lane_label, lane_lines, score, stage_name, token_values

Context = dict[str, Any]

LABELS = (  # the fixed words a template can use as {{ labels.KEY }}
    "report_kind",
    "contents",
    "contents_note",
    "page",
    "table",
    "figure",
    "summary",
    "scope",
    "objective",
    "product",
    "map_type",
    "in_figures",
    "personas",
    "profile",
    "goals",
    "needs",
    "motivations",
    "frustrations",
    "interests",
    "personality",
    "age",
    "gender",
    "occupation",
    "location",
    "income",
    "education",
    "journeys",
    "journey_by_stage",
    "stage",
    "emotion",
    "lowest",
    "emotion_curve",
    "emotion_axis",
    "emotion_table",
    "touchpoints",
    "touchpoints_by_stage",
    "touchpoint",
    "channel",
    "customer_action",
    "motivation",
    "obstacle",
    "owner",
    "cost",
    "kpi",
    "brand_goal",
    "stage_description",
    "lane_goal",
    "lane_emotion",
    "questions",
    "question",
    "open",
    "answer",
    "question_source",
    "plan",
    "plan_ranked",
    "plan_by_quadrant",
    "quadrant_rule",
    "rank",
    "action",
    "problem",
    "persona",
    "impact",
    "feasibility",
    "score",
    "quadrant",
    "horizon",
    "status",
    "costs",
    "costs_by_stage",
    "costs_by_channel",
    "total",
    "share",
    "appendix",
    "sources_title",
    "sheet",
    "records",
    "rows_header",
    "count",
    "rows",
    "client",
    "project",
    "date",
    "agency",
    "author",
    "where",
    "none_in_quadrant",
    "no_personas",
    "no_questions",
    "no_actions",
    "no_emotions",
    "no_touchpoints",
    "funnel",
    "funnel_chart",
    "funnel_stage",
    "funnel_customers",
    "funnel_go_on",
    "funnel_lost",
    "funnel_share",
    "funnel_change",
    "kpis",
    "kpi_for",
    "kpi_name",
    "kpi_baseline",
    "kpi_target",
    "kpi_current",
    "kpi_change",
    "kpi_progress",
)
NAMES = {  # every top-level name of the context, and what it holds (the README's reference is made from this)
    "lang": "the report's language: en, es or pl",
    "labels": "every fixed word of the report in that language, by key (labels.summary, labels.page...)",
    "project": "the Project sheet as text, extra fields by their name; title, prepared_for, and fields (label, value)",
    "workbook": "the workbook's file name",
    "sources_intro": "the sentence that opens the appendix of sheets and rows",
    "figures": "the map in figures: label and value of each count (personas, stages, touchpoints...)",
    "summary": "the executive summary's findings, the same sentences as the deck's summary slide",
    "personas": "each persona: profile fields, lists, quote, headline, and journey (a row per stage, a cell per lane)",
    "curve": "the emotion curve: title, categories (stages) and series (name, values, labels)",
    "rows": "every row of the Journey sheet as written: persona, stage, its columns and extra",
    "touchpoints_title": "the headline of the touchpoints: the busiest channel",
    "stages": "each stage: number, name, title, headline, description, goals, KPI, fields and touchpoints",
    "questions": "the key questions: title, and items (stage, text, answer, source)",
    "plan": "the action plan: title, full_title, actions ranked, and quadrants (name, count, actions)",
    "costs": "costs by stage and by channel with shares and total, or null when no touchpoint costs",
    "sources": "each workbook sheet read: sheet, rows, count",
    **results.NAMES,
}
OBJECTS = {  # what the renderer adds to the context: name -> what it is, for `cjmdeck context`
    "emotion_chart": "a native Word chart of the emotion curve; write {{ emotion_chart }} alone in a paragraph",
    "funnel_chart": "a native Word bar chart of customers per stage; write {{ funnel_chart }} alone in a paragraph",
}
PROFILE = ("age", "gender", "occupation", "location", "income", "education", "personality")
SCOPE = ("client", "project", "product", "map_type", "date", "agency", "author")  # the scope table's rows
LISTS = ("goals", "needs", "motivations", "frustrations", "interests")


def context(found: Findings, lang: str, workbook_name: str = "workbook.xlsx") -> Context:
    """Return everything a report template sees for the findings `found`, in `lang`."""
    journey = found.journey
    currency = journey.project.currency
    return {
        "lang": lang,
        "labels": {key: text(key, lang) for key in LABELS},
        "project": _project(found, lang),
        "workbook": workbook_name,
        "sources_intro": text("sources_intro", lang, workbook=workbook_name),
        "figures": [{"label": text(key, lang), "value": n} for key, n in found.figures.items()],
        "summary": [point.sentence() for point in summary_points(found, lang)],
        "personas": [_persona(p, found, lang) for p in found.personas],
        "curve": _curve(found, lang),
        "rows": [_row(row, lang) for row in journey.rows],
        "touchpoints_title": grid_title(found.grid, lang),
        "stages": [
            {
                "number": view.number,
                "name": view.stage.name,
                "title": text("stage_title", lang, n=view.number, stage=view.stage.name),
                "headline": stage_title(view, currency, lang),
                "touchpoints_title": text("touchpoints_of", lang, stage=view.stage.name),
                **_stage(view.stage, lang),
                "touchpoints": [_touchpoint(t, lang, currency) for t in view.touchpoints],
            }
            for view in found.stages
        ],
        "questions": {
            "title": questions_title(found.questions, lang) if found.questions.items else text("questions", lang),
            "items": [
                {"stage": stage_name(stage, lang), "text": q.text, "answer": q.answer, "source": q.source}
                | _extra(q.extra)
                for stage, q in found.questions.items
            ],
        },
        "plan": results.plan(found, lang),
        "costs": results.costs(found, lang),
        "funnel": results.funnel(found, lang),
        "kpis": results.kpis(found, lang),
        "sources": _sources(found),
    }


def tint(value: float | None) -> str:
    """Return the background colour (RGB hex) of a cell showing the emotion `value`: white when not scored."""
    level = emotion_level(value)
    return "FFFFFF" if level is None else EMOTION_TINT[level]


def _project(found: Findings, lang: str) -> dict[str, Any]:
    """Return the Project sheet's fields as text, its extra fields included."""
    project = found.journey.project
    values: dict[str, Any] = dict(token_values(project, lang))
    values["title"] = project.project or text("report_kind", lang)
    values["kind"] = map_type_name(project.map_type, lang)
    values["prepared_for"] = text("prepared_for", lang, client=project.client)
    values["map_type"] = map_type_name(project.map_type, lang)
    named = [(text(key, lang), values[key]) for key in SCOPE]
    named += [(str(key), values[str(key)]) for key in project.extra]
    values["fields"] = [{"label": label, "value": value} for label, value in named if value]
    return values


def _extra(extra: Mapping[str, object]) -> dict[str, Any]:
    """Return a record's extra columns (headers cjmdeck does not read) as `extra`, their values as text."""
    return {"extra": {str(k): "" if v is None else str(v) for k, v in extra.items()}}


def _persona(journey: PersonaJourney, found: Findings, lang: str) -> dict[str, Any]:
    """Return a persona: profile, lists, quote, and the journey by stage with a column per lane of its map."""
    persona: Persona = journey.persona
    stages = found.journey.stages
    lanes = [lane for lane in journey.lanes if lane.key != "touchpoints"]  # touchpoints have their own section
    rows = []
    for i, stage in enumerate(stages):
        cells = ["\n".join(lane_lines(lane, i, lang)) for lane in lanes]
        value = journey.scores[i]
        emotion = score(value, lang)
        if value is not None and i in journey.lows:
            emotion = f"{emotion} ({text('lowest', lang)})"
        rows.append({"stage": stage.name, "cells": cells, "emotion": emotion, "tint": tint(value)})
    return {
        "name": persona.name,
        "title": text("persona_title", lang, name=persona.name),
        "journey_title": text("journey_table", lang, name=persona.name),
        "headline": map_title(journey, stages, lang),
        "profile": [{"label": text(k, lang), "value": getattr(persona, k)} for k in PROFILE if getattr(persona, k)],
        "lists": [{"label": text(k, lang), "items": list(getattr(persona, k))} for k in LISTS if getattr(persona, k)],
        "quote": persona.quote,
        "quoted": quote(persona.quote, lang) if persona.quote else "",
        "photo": persona.photo,
        **{k: getattr(persona, k) for k in PROFILE},
        **{k: list(getattr(persona, k)) for k in LISTS},
        "lanes": [lane_label(lane, lang) for lane in lanes],
        "journey": rows,
        **_extra(persona.extra),
    }


def _curve(found: Findings, lang: str) -> dict[str, Any]:
    """Return the emotion curve: its title, the stages, and a series of scores per scored persona."""
    stages = found.journey.stages
    return {
        "title": curve_title(found.low, stages, lang) if found.low is not None else text("emotion_curve", lang),
        "categories": [s.name for s in stages],
        "series": [
            {
                "name": c.persona.name,
                "values": list(c.scores),
                "labels": [score(v, lang) for v in c.scores],
                "tints": [tint(v) for v in c.scores],
                "lowest": c.lowest,
                "lowest_label": f"{c.persona.name}: {text('lowest', lang)} {score(c.low_score, lang)}",
            }
            for c in found.curves
        ],
    }


def _row(row: JourneyRow, lang: str) -> dict[str, Any]:
    """Return a row of the Journey sheet with its values as text and lists."""
    return {
        "persona": row.persona or "",
        "stage": row.stage,
        "customer_actions": list(row.customer_actions),
        "thoughts": list(row.thoughts),
        "emotion": score(row.emotion, lang),
        "feeling": row.feeling,
        "pain_points": list(row.pain_points),
        "opportunities": list(row.opportunities),
        "engagement": "" if row.engagement is None else str(row.engagement),
        "backstage": list(row.backstage),
        "support_processes": list(row.support_processes),
        **_extra(row.extra),
    }


def _stage(stage: Stage, lang: str) -> dict[str, Any]:
    """Return a stage's own fields, and its goals and KPI as labelled `fields` (those given)."""
    kpi = kpi_line(stage.kpi, stage.values, lang)
    named = (("lane_goal", stage.customer_goal), ("brand_goal", stage.brand_goal), ("kpi", kpi))
    return {
        "fields": [{"label": text(key, lang), "value": value} for key, value in named if value],
        "description": stage.description,
        "customer_goal": stage.customer_goal,
        "brand_goal": stage.brand_goal,
        "kpi": stage.kpi,
        **_extra(stage.extra),
    }


def _touchpoint(t: Touchpoint, lang: str, currency: str) -> dict[str, Any]:
    """Return a touchpoint's fields as text."""
    return {
        "name": t.name,
        "persona": t.persona or "",
        "channel": channel_name(t.channel, lang),
        "mode": text(t.mode, lang) if t.mode else "",
        "customer_action": t.customer_action,
        "motivation": t.motivation,
        "obstacle": t.obstacle,
        "emotion": score(t.emotion, lang),
        "owner": t.owner,
        "cost": format_money(t.cost, lang, currency) if t.cost is not None else "",
        "kpi": t.kpi,
        **_extra(t.extra),
    }


def _sources(found: Findings) -> list[dict[str, Any]]:
    """Return each workbook sheet the report draws on, with the rows it read."""
    journey = found.journey
    records = [
        *journey.personas,
        *journey.stages,
        *journey.rows,
        *journey.touchpoints,
        *journey.questions,
        *journey.actions,
        *journey.funnel,
    ]
    found_in = sources(records)
    return [{"sheet": sheet, "rows": ranges(list(rows)), "count": len(rows)} for sheet, rows in found_in.items()]
