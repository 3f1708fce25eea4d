"""The headline sentences of slides and sections, built from findings: each says what its data shows.

Headlines that name workbook records (a stage, a persona, a touchpoint) take a `limit`: the
names are shortened to it, so that a headline too long for its place keeps its finding whole.
"""

from __future__ import annotations

from cjmdeck.findings import Costs, LowPoint, PersonaJourney, Plan, Questions, Sources, StageView, TouchpointGrid
from cjmdeck.model import Action, Stage
from cjmdeck.text.formats import format_money, format_score, join_names, quote, ranges, shorten
from cjmdeck.text.labels import text
from cjmdeck.text.nouns import counted
from cjmdeck.text.values import channel_name

STAGES_NAMED = 3  # a title names this many stages (or channels) at most; more are counted


def map_title(journey: PersonaJourney, stages: tuple[Stage, ...], lang: str, limit: int | None = None) -> str:
    """Return the title of a persona's map: the stage where the journey drops lowest, or the persona's journey."""
    name = shorten(journey.persona.name, limit)
    if journey.lowest is None or journey.low_score is None:
        return text("map_title", lang, name=name)
    score = format_score(journey.low_score, lang)
    lows = journey.lows
    if len(lows) > STAGES_NAMED:
        return text("map_low_many", lang, name=name, score=score, n=len(lows))
    if len(lows) > 1:
        names = _listed([stages[i].name for i in lows], limit, lang)
        return text("map_low_tie", lang, stages=names, name=name, score=score)
    return text("map_low", lang, stage=shorten(stages[journey.lowest].name, limit), name=name, score=score)


def curve_title(low: LowPoint, stages: tuple[Stage, ...], lang: str, limit: int | None = None) -> str:
    """Return the title of the emotion curve: where the journey reaches its low point, and who is there."""
    score = format_score(low.score, lang)
    if len(low.personas) == 1 and len(low.stages) <= STAGES_NAMED:
        name = shorten(low.personas[0].name, limit)
        stage = _listed([stages[i].name for i in sorted(low.stages)], limit, lang)
        return text("curve_low", lang, stage=stage, name=name, score=score)
    personas = counted("personas", len(low.personas), lang)
    if low.shared:
        stage = shorten(stages[low.shared[0]].name, limit)
        return text("curve_low_shared", lang, stage=stage, personas=personas, score=score)
    if len(low.stages) == len(low.points):  # no two personas share a stage
        return text("curve_low_spread", lang, personas=personas, score=score)
    if len(low.stages) > STAGES_NAMED:
        return text("curve_low_many", lang, personas=personas, score=score, n=len(low.stages))
    names = _listed([stages[i].name for i in sorted(low.stages)], limit, lang)
    return text("curve_low_stages", lang, personas=personas, score=score, stages=names)


def grid_title(grid: TouchpointGrid, lang: str, limit: int | None = None) -> str:
    """Return the title of the touchpoint grid: the busiest channel when there are several."""
    tied = grid.busiest_all
    if not tied:
        return text("tp_grid", lang)
    if len(tied) > 1:
        if len(tied) > STAGES_NAMED:
            return text("tp_grid_tie_many", lang, n=len(tied), count=tied[0].count, total=grid.total)
        names = _listed([channel_name(row.channel, lang) for row in tied], limit, lang)
        return text("tp_grid_tie", lang, channels=names, count=tied[0].count, total=grid.total)
    channel = shorten(channel_name(tied[0].channel, lang), limit)
    return text("tp_grid_busy", lang, channel=channel, count=tied[0].count, total=grid.total)


def stage_title(view: StageView, currency: str, lang: str, limit: int | None = None) -> str:
    """Return a stage's title: its hardest touchpoint, else its costliest, else its name."""
    n, name = view.number, shorten(view.stage.name, limit)
    if view.hardest is not None:
        touchpoint = quote(shorten(view.hardest.name, limit), lang)
        score = format_score(view.hardest.emotion or 0, lang)
        if view.hardest_ties:
            others = view.hardest_ties
            return text("stage_low_tie", lang, n=n, stage=name, touchpoint=touchpoint, others=others, score=score)
        return text("stage_low", lang, n=n, stage=name, touchpoint=touchpoint, score=score)
    if view.costliest is not None:
        cost = format_money(view.costliest.cost or 0, lang, currency)
        touchpoint = quote(shorten(view.costliest.name, limit), lang)
        return text("stage_cost", lang, n=n, stage=name, touchpoint=touchpoint, cost=cost)
    return text("stage_title", lang, n=n, stage=name)


def questions_title(found: Questions, lang: str) -> str:
    """Return the title of the key questions: how many are answered and how many open."""
    answered, still_open = counted("answered", found.answered, lang), counted("open", found.open, lang)
    return text("questions_title", lang, answered=answered, open=still_open)


def plan_title(plan: Plan, lang: str) -> str:
    """Return the title of the action plan: how many quick wins among how many actions."""
    total = counted("actions", len(plan.ranked), lang)
    return text("plan_title", lang, quick=counted("quick_wins", plan.quick_wins, lang), total=total)


def quick_wins_first(actions: list[Action], lang: str, limit: int | None = None) -> str:
    """Return the sentence naming the first quick wins to start with, each name shortened to `limit`."""
    names = [quote(shorten(a.text, limit), lang) for a in actions]
    return text("quick_wins_first", lang, names=join_names(names, text("and", lang)))


def plan_note(shown: int, plan: Plan, lang: str) -> str:
    """Return the line under a plan cut to its top: how many of how many actions, the rest in the appendix."""
    return text("plan_top_note", lang, shown=shown, total=counted("actions", len(plan.ranked), lang))


def full_plan_title(plan: Plan, lang: str) -> str:
    """Return the title of the complete action plan in the appendix."""
    return text("plan_all_title", lang, total=counted("actions", len(plan.ranked), lang))


def matrix_title(plan: Plan, lang: str) -> str:
    """Return the title of the impact x feasibility matrix: how many actions are quick wins."""
    return text("matrix_title", lang, quick=plan.quick_wins, total=counted("actions", len(plan.ranked), lang))


def costs_title(costs: Costs, lang: str, limit: int | None = None) -> str:
    """Return the title of the costs: the stage with the largest share, or plain "Costs" when all are zero."""
    if not costs.total:
        return text("costs", lang)
    key = "costs_title_even" if costs.even else "costs_title"
    return text(key, lang, stage=shorten(costs.top_stage, limit), share=share_label(costs, lang))


def share_label(costs: Costs, lang: str) -> str:
    """Return the top stage's share of the costs as `lang` writes a percentage: "34%", "34 %"."""
    return text("percent", lang, n=costs.top_share)


def paged(title: str, n: int, total: int, lang: str) -> str:
    """Return `title` of page `n` of `total`: the title alone on a single page, else "title (2/3)"."""
    return title if total == 1 else text("paged", lang, title=title, n=n, total=total)


def source_line(workbook: str, found: Sources, lang: str) -> str:
    """Return "Source: book.xlsx — Sheet rows 2-5, 8; Other row 3" for the sheets and rows in `found`."""
    parts = [
        f"{sheet} {text('rows' if len(rows) > 1 else 'row', lang)} {ranges(list(rows))}" if rows else sheet
        for sheet, rows in found.items()
    ]
    head = f"{text('source', lang)}: {workbook}"
    return f"{head} — " + "; ".join(parts) if parts else head


def _listed(names: list[str], limit: int | None, lang: str) -> str:
    """Return `names`, each cut to `limit`, as a list in a sentence: "A, B and C"."""
    return join_names([shorten(name, limit) for name in names], text("and", lang))
