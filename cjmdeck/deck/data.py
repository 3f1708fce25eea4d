"""The data slides built on paginated tables: touchpoint grid, one slide per stage, key questions and action plan."""

from __future__ import annotations

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import PP_ALIGN
from pptx.slide import Slide

from cjmdeck import labels as shared_labels
from cjmdeck.deck.canvas import EMOTION_TINT, Canvas, emotion_level
from cjmdeck.deck.grid import Box
from cjmdeck.deck.labels import counted, format_money, format_score, quote
from cjmdeck.deck.tables import Cell, Column, Row, table_slides
from cjmdeck.model import QUICK_WIN, Stage, Touchpoint

OPEN_COLOUR = "B3261E"


def emotion_table(canvas: Canvas) -> list[Slide]:
    """Add the emotion of every persona at every stage as a coloured table, for maps with three or more personas."""
    journey = canvas.journey
    if len(journey.personas) < 3:
        return []
    rows = []
    for persona in journey.personas:
        cells: list[Cell | str] = [Cell(persona.name, bold=True)]
        for stage in journey.stages:
            cells.append(_emotion_cell(journey.emotion(persona.name, stage.name), canvas.lang))
        rows.append(Row(cells, (persona, *[r for r in journey.rows if r.applies_to(persona.name)])))
    columns = [Column(canvas.t("persona"), 1.4)]
    columns += [Column(s.name, 1.0, PP_ALIGN.CENTER) for s in journey.stages]
    return table_slides(canvas, canvas.t("emotion_table"), columns, rows, sizes=(16, 14, 12, 11, 10, 9), fill=True)


def touchpoint_grid(canvas: Canvas) -> list[Slide]:
    """Add the touchpoint grid: channels x stages, each cell listing its touchpoints, mode and emotion."""
    journey = canvas.journey
    if not journey.touchpoints:
        return []
    channels = list(dict.fromkeys(t.channel or canvas.t("no_channel") for t in journey.touchpoints))
    rows: list[Row] = []
    counts: dict[str, int] = {}
    for channel in channels:
        cells: list[Cell | str] = [Cell(channel, bold=True)]
        records: list[Touchpoint] = []
        for stage in journey.stages:
            found = [t for t in journey.touchpoints_for(stage.name) if (t.channel or canvas.t("no_channel")) == channel]
            records += found
            cells.append(_grid_cell(canvas, found))
        unique = {(t.stage, t.name) for t in records}
        counts[channel] = len(unique)
        rows.append(Row(cells, tuple(records)))
    total = sum(counts.values())
    busiest = max(channels, key=lambda c: counts[c])
    title = (
        canvas.t("tp_grid_busy", channel=busiest, count=counts[busiest], total=total)
        if len(channels) > 1
        else canvas.t("tp_grid")
    )
    columns = [Column(f"{canvas.t('channel')}\n({canvas.t('grid_legend')})", 1.1)]
    columns += [Column(s.name, 1.0) for s in journey.stages]
    return table_slides(canvas, title, columns, rows)


def _grid_cell(canvas: Canvas, touchpoints: list[Touchpoint]) -> Cell:
    """Return the cell of one channel and stage: one line per touchpoint, filled by its lowest emotion."""
    merged: dict[tuple[str, str | None], list[int]] = {}
    for t in touchpoints:
        merged.setdefault((t.name, t.mode), [])
        if t.emotion is not None:
            merged[(t.name, t.mode)].append(t.emotion)
    lines, all_scores = [], []
    for (name, mode), scores in merged.items():
        parts = [name]
        if mode:
            parts.append(canvas.t(mode))
        if scores:
            mean = sum(scores) / len(scores)
            parts.append(format_score(mean, canvas.lang))
            all_scores += scores
        lines.append("\u00a0·\u00a0".join(parts))  # name, mode and score stay together on a line
    level = emotion_level(min(all_scores)) if all_scores else None  # the pain shows, not an average that hides it
    return Cell("\n".join(lines), fill=EMOTION_TINT[level] if level else None)


def stage_slides(canvas: Canvas) -> list[Slide]:
    """Add one slide (or more) per stage: customer goal, brand goal and KPI, then its touchpoints."""
    slides: list[Slide] = []
    for n, stage in enumerate(canvas.journey.stages, start=1):
        slides += _stage(canvas, n, stage)
    return slides


def _stage(canvas: Canvas, n: int, stage: Stage) -> list[Slide]:
    journey, lang = canvas.journey, canvas.lang
    currency = journey.project.currency
    touchpoints = journey.touchpoints_for(stage.name)
    columns = [
        Column(canvas.t("touchpoint"), 1.3),
        Column(canvas.t("customer_action"), 1.6),
        Column(canvas.t("motivation"), 1.6),
        Column(canvas.t("obstacle"), 1.6),
        Column(canvas.t("emotion"), 0.7, PP_ALIGN.CENTER),
        Column(canvas.t("owner"), 1.0),
        Column(canvas.t("cost"), 0.8, PP_ALIGN.RIGHT),
    ]
    rows = [
        Row(
            [
                Cell(t.name, bold=True),
                t.customer_action,
                t.motivation,
                t.obstacle,
                _emotion_cell(t.emotion, lang),
                t.owner,
                format_money(t.cost, lang, currency) if t.cost is not None else "",
            ],
            (t,),
        )
        for t in touchpoints
    ]
    unit = canvas.grid.height / 7.5
    blocks = [
        (k, v)
        for k, v in (("lane_goal", stage.customer_goal), ("brand_goal", stage.brand_goal), ("kpi", stage.kpi))
        if v
    ]

    def intro(slide: Slide, box: Box) -> None:
        for part, (key, value) in zip(box.columns([1] * len(blocks), canvas.grid.gap), blocks, strict=False):
            canvas.add_text(
                slide,
                part,
                [value],
                heading=canvas.t(key),
                sizes=(14, 12, 11, 10, 9),
                fill=MSO_THEME_COLOR.BACKGROUND_2,
            )

    return table_slides(
        canvas,
        _stage_title(canvas, n, stage, touchpoints),
        columns,
        rows,
        intro=intro if blocks else None,
        intro_height=int(1.15 * unit),
        records=[stage],
        empty=canvas.t("no_touchpoints"),
    )


def _emotion_cell(score: float | None, lang: str) -> Cell:
    """Return an emotion score as a number on its colour, or a dash when it is not scored."""
    level = emotion_level(score)
    return Cell(format_score(score, lang), fill=EMOTION_TINT[level], bold=True) if level and score else Cell("—")


def _stage_title(canvas: Canvas, n: int, stage: Stage, touchpoints: tuple[Touchpoint, ...]) -> str:
    """Return the stage slide's title: its hardest touchpoint, else its costliest, else its name."""
    scored = [t for t in touchpoints if t.emotion is not None]
    if scored:
        hardest = min(scored, key=lambda t: t.emotion or 0)
        if hardest.emotion is not None and hardest.emotion <= 2:
            name = quote(hardest.name, canvas.lang)
            return canvas.t("stage_low", n=n, stage=stage.name, touchpoint=name, score=hardest.emotion)
    costed = [t for t in touchpoints if t.cost]
    if costed:
        costliest = max(costed, key=lambda t: t.cost or 0)
        cost = format_money(costliest.cost or 0, canvas.lang, canvas.journey.project.currency)
        name = quote(costliest.name, canvas.lang)
        return canvas.t("stage_cost", n=n, stage=stage.name, touchpoint=name, cost=cost)
    return canvas.t("stage_title", n=n, stage=stage.name)


def questions(canvas: Canvas) -> list[Slide]:
    """Add the key questions with their answers, grouped by stage, open questions marked."""
    journey = canvas.journey
    if not journey.questions:
        return []
    ordered = sorted(enumerate(journey.questions), key=lambda iq: (journey.stage_index(iq[1].stage), iq[0]))
    rows: list[Row] = []
    for _, q in ordered:
        stage = q.stage if q.stage and journey.stage_index(q.stage) < len(journey.stages) else canvas.t("whole_journey")
        answer = Cell(q.answer) if q.answer else Cell(canvas.t("open"), color=OPEN_COLOUR, bold=True)
        rows.append(Row([Cell(stage, bold=True), q.text, answer], (q,)))
    answered = sum(1 for q in journey.questions if q.answer)
    lang = canvas.lang
    title = canvas.t(
        "questions_title",
        answered=counted("answered", answered, lang),
        open=counted("open", len(journey.questions) - answered, lang),
    )
    columns = [Column(canvas.t("stage"), 1.1), Column(canvas.t("question"), 2.6), Column(canvas.t("answer"), 3.2)]
    return table_slides(canvas, title, columns, rows, group_column=0)


def action_plan(canvas: Canvas) -> list[Slide]:
    """Add the prioritised action plan table in the contract's order."""
    journey, lang = canvas.journey, canvas.lang
    actions = journey.prioritised_actions()
    if not actions:
        return []
    rows = []
    for rank, a in enumerate(actions, start=1):
        quick = a.quadrant == QUICK_WIN
        rows.append(
            Row(
                [
                    Cell(str(rank), bold=True),
                    a.text,
                    a.stage or "",
                    str(a.impact),
                    str(a.feasibility),
                    Cell(str(a.score), bold=True),
                    Cell(shared_labels.quadrant_name(a.quadrant, lang), bold=quick),
                    a.owner,
                    a.horizon,
                ],
                (a,),
            )
        )
    quick_wins = sum(1 for a in actions if a.quadrant == QUICK_WIN)
    wins = counted("quick_wins", quick_wins, lang)
    title = canvas.t("plan_title", quick=wins, total=counted("actions", len(actions), lang))
    c = PP_ALIGN.CENTER
    columns = [
        Column(canvas.t("rank"), 0.45, c),
        Column(canvas.t("action"), 3.4),
        Column(canvas.t("stage"), 1.25),
        Column(canvas.t("impact"), 0.85, c),
        Column(canvas.t("feasibility"), 1.05, c),
        Column(canvas.t("score"), 0.85, c),
        Column(canvas.t("quadrant"), 1.35),
        Column(canvas.t("owner"), 1.15),
        Column(canvas.t("horizon"), 0.95),
    ]
    return table_slides(canvas, title, columns, rows)
