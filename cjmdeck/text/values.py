"""Workbook values as an output shows them: map lane cells, grid entries, scores, stages and template fields."""

from __future__ import annotations

from cjmdeck.findings import GridEntry, Lane
from cjmdeck.model import Project, Stage
from cjmdeck.text.formats import format_date, format_score, quote
from cjmdeck.text.labels import map_type_name, text

UNBULLETED_LANES = ("goal", "thoughts", "touchpoints")  # one statement, words in quotes, or one list of names


BULLET = "• "


def bullet(item: str) -> str:
    """Return `item` as a bulleted line."""
    return f"{BULLET}{item}"


def more(n: int, lang: str) -> str:
    """Return the count of items left out, "+3", that ends a list cut to fit."""
    return text("more", lang, n=n)


def cut_note(whole: str, lang: str, *place: str) -> str:
    """Return the notes line that keeps whole a text cut on its slide: "Cut on this slide; full text: Stage / Lane: …"."""
    where = " / ".join(p for p in place if p)
    return text("cut_full", lang, text=f"{where}: {whole}" if where else whole)


def detail(key: str, value: str, lang: str) -> str:
    """Return a labelled detail, "Age: 34", its label the fixed text `key`."""
    return text("detail", lang, label=text(key, lang), value=value)


def initials(name: str) -> str:
    """Return the initials of a persona's first two names ("Marta Jiménez" -> "MJ"), or "?"."""
    return "".join(part[0] for part in name.split()[:2]).upper() or "?"


def footer_label(project: Project) -> str:
    """Return the footer of every page: client and project."""
    return " · ".join(x for x in (project.client, project.project) if x)


def lane_label(lane: Lane, lang: str) -> str:
    """Return the label of a map lane ("Customer goal", "Pain points")."""
    return text(f"lane_{lane.key}", lang)


def lane_lines(lane: Lane, stage: int, lang: str) -> list[str]:
    """Return the lines of a lane's cell at stage index `stage`: thoughts quoted, several items bulleted."""
    items = list(lane.cells[stage])
    said = [quote(t, lang) for t in lane.said[stage]] if lane.said else []
    if lane.key == "touchpoints":
        return [", ".join(items)] if items else []
    lines = list(dict.fromkeys(said + items))
    bulleted = lane.key not in UNBULLETED_LANES and len(lines) > 1
    return [bullet(line) if bulleted else line for line in lines]


def grid_entry(entry: GridEntry, lang: str) -> str:
    """Return a touchpoint of the grid as "name · mode · score", kept together on one line."""
    parts = [entry.name]
    if entry.mode:
        parts.append(text(entry.mode, lang))
    if entry.score is not None:
        parts.append(format_score(entry.score, lang))
    return "\u00a0·\u00a0".join(parts)


def channel_name(channel: str, lang: str) -> str:
    """Return a channel's name, or "(no channel)" for touchpoints without one."""
    return channel or text("no_channel", lang)


def stage_name(stage: Stage | None, lang: str) -> str:
    """Return a stage's name, or "Whole journey" for what concerns every stage."""
    return stage.name if stage is not None else text("whole_journey", lang)


def score(value: float | None, lang: str) -> str:
    """Return an emotion score as `lang` writes it, or a dash when it is not scored."""
    return "—" if value is None else format_score(value, lang)


def token_values(project: Project, lang: str) -> dict[str, str]:
    """Return the values of `{{ field }}` tokens: the Project sheet's fields and extra fields, as text."""
    values = {str(k): "" if v is None else str(v) for k, v in project.extra.items()}
    values.update(
        client=project.client,
        project=project.project,
        objective=project.objective,
        product=project.product,
        map_type=map_type_name(project.map_type, lang),
        author=project.author,
        agency=project.agency,
        date=format_date(project.date, lang),
        currency=project.currency,
    )
    return values
