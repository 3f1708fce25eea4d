"""The page plan of a persona's journey map: the text size, the stage columns of each page, and cells cut to fit.

The map is set at the largest size of the scale that fits; below the floor it is split by
stage columns, down to one stage per page; when even that does not fit, long lanes are cut to
a share of the height and end with "+N" (how many items are left out).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from cjmdeck.deck import fit
from cjmdeck.deck.canvas import Canvas
from cjmdeck.deck.fit import FontMetrics
from cjmdeck.deck.grid import EMU_PER_PT, points
from cjmdeck.deck.paginate import CELL_X, CELL_Y
from cjmdeck.findings import Lane
from cjmdeck.model import Stage
from cjmdeck.text.values import lane_label, lane_lines, more

MAP_SIZES = (12, 11, 10, 9)
JOINED_LANES = ("touchpoints",)  # lanes whose items share a line, as `lane_lines` writes them
JOIN = ", "
LABEL_WIDTH = 1.2  # grid inches: the lane label column
BAND_HEIGHT = 0.8  # grid inches: the emotion band between the lanes
NOTE_HEIGHT = 0.3  # grid inches: the line under a cut map that points to the complete one


@dataclass
class MapLane:
    """A lane as the map draws it: its key, its label and the lines of each stage's cell (cut when planned so).

    `items` holds each stage's items when a cell joins them on one line (touchpoints), to cut by item;
    `whole` each stage's lines as they were before any cut.
    """

    key: str
    label: str
    cells: list[list[str]]
    items: list[list[str]] | None = None
    whole: list[list[str]] = field(default_factory=list)


@dataclass(frozen=True)
class MapPlan:
    """How a map is laid out: its lanes, the (start, count) stage range of each page, and the text size."""

    lanes: list[MapLane]
    ranges: list[tuple[int, int]]
    size: float
    label: int  # EMU: the width of the label column
    room: float  # points: the height the lane tables of a page may take together
    cut: frozenset[str] = frozenset()  # the lanes some of whose cells show only their first items and "+N more"

    @property
    def cut_elsewhere(self) -> bool:
        """Return True when a lane whose complete text only a complete map would show is cut (not touchpoints)."""
        return bool(self.cut - set(JOINED_LANES))


def map_lanes(lanes: Sequence[Lane], stages: int, lang: str) -> list[MapLane]:
    """Return the lanes of a map with their labels and cell lines in `lang`."""
    out = []
    for lane in lanes:
        cells = [lane_lines(lane, i, lang) for i in range(stages)]
        items = [list(cell) for cell in lane.cells] if lane.key in JOINED_LANES else None
        out.append(MapLane(lane.key, lane_label(lane, lang), cells, items, [list(cell) for cell in cells]))
    return out


def band_height(canvas: Canvas) -> int:
    """Return the height of the emotion band between the lanes, in EMU."""
    return canvas.grid.inches(BAND_HEIGHT)


def label_width(canvas: Canvas, labels: Sequence[str], size: float = MAP_SIZES[0]) -> int:
    """Return the label column's width in EMU: its share of the grid, widened so no label breaks in a word at `size`."""
    font = canvas.body
    longest = max(
        (font.width(w, size, bold=True) / font.safety for label in labels for w in label.split(" ")), default=0
    )
    need = int((longest + 2 * CELL_X + 2) * EMU_PER_PT)
    return min(max(canvas.grid.inches(LABEL_WIDTH), need), canvas.grid.content.width // 3)


def lanes_room(canvas: Canvas) -> float:
    """Return the height in points the lane tables of a page may take together."""
    return points(canvas.grid.content.height - band_height(canvas) - 2 * canvas.grid.gap)


def cell_height(cells: Sequence[list[str]], width: float, size: float, font: FontMetrics, bold: bool = False) -> float:
    """Return the height in points of the tallest of `cells` in a column `width` points wide."""
    inner = width - 2 * CELL_X
    return max(fit.text_height(c or [""], inner, size, font, bold) for c in cells) + 2 * CELL_Y + 1


def measure(
    font: FontMetrics,
    lanes: list[MapLane],
    stages: Sequence[Stage],
    start: int,
    size: float,
    label_w: float,
    col_w: float,
) -> list[float]:
    """Return the heights (points) of the header and every lane for `stages`, the first being stage `start`."""
    header = [[s.name] for s in stages]
    heights = [max(cell_height(header, col_w, size, font, True), cell_height([[""]], label_w, size, font))]
    for lane in lanes:
        cells = lane.cells[start : start + len(stages)]
        heights.append(
            max(cell_height(cells, col_w, size, font), cell_height([[lane.label]], label_w, size, font, True))
        )
    return heights


def plan_pages(
    canvas: Canvas,
    stages: Sequence[Stage],
    lanes: list[MapLane],
    *,
    one_page: bool = False,
    sizes: Sequence[float] = MAP_SIZES,
) -> MapPlan:
    """Return the plan of a map of `lanes` over `stages`: fewest pages at the largest of `sizes`, cut as a last resort.

    With `one_page`, every stage stays on one page and lanes too long for it are cut. Cutting
    shortens the cells of `lanes` in place; the plan holds the same lanes and says it cut them.
    """
    font = canvas.body
    label_emu = label_width(canvas, [lane.label for lane in lanes] + [canvas.t("lane_emotion")], sizes[0])
    content = canvas.grid.content
    available = lanes_room(canvas)
    label_w = points(label_emu)
    n = len(stages)
    for pages in range(1, 2 if one_page else n + 1):
        per = math.ceil(n / pages)
        if pages > 1 and per == math.ceil(n / (pages - 1)):  # the same split as one page fewer
            continue
        col_w = points((content.width - label_emu) / per)
        ranges = [(s, min(per, n - s)) for s in range(0, n, per)]
        for size in sizes:
            if all(
                sum(measure(font, lanes, stages[s : s + c], s, size, label_w, col_w)) <= available for s, c in ranges
            ):
                return MapPlan(lanes, ranges, size, label_emu, available)
    ranges = [(0, n)] if one_page else [(s, 1) for s in range(n)]  # else one stage per page, then cut
    if one_page:  # room for the line that points to the complete map
        available -= points(canvas.grid.inches(NOTE_HEIGHT) + canvas.grid.gap)
    col_w = points((content.width - label_emu) / ranges[0][1])
    size = sizes[-1]
    cut: set[str] = set()
    for s, c in ranges:
        heights = measure(font, lanes, stages[s : s + c], s, size, label_w, col_w)
        budgets = share(heights[1:], available - heights[0])
        for lane, height, budget in zip(lanes, heights[1:], budgets, strict=False):
            if height > budget:
                for k in range(s, s + c):
                    width, height = col_w - 2 * CELL_X, budget - 2 * CELL_Y - 2
                    if lane.items is not None:
                        clipped = clip_joined(font, lane.items[k], width, height, size, canvas.lang)
                    else:
                        clipped = clip(font, lane.cells[k], width, height, size, canvas.lang)
                    if clipped != lane.cells[k]:
                        cut.add(lane.key)
                    lane.cells[k] = clipped
    return MapPlan(lanes, ranges, size, label_emu, available, frozenset(cut))


def share(heights: list[float], total: float) -> list[float]:
    """Return height budgets: lanes below a fair share keep their height, the others split the rest."""
    budgets = list(heights)
    big = list(range(len(heights)))
    while big:
        fair = (total - sum(budgets[i] for i in range(len(heights)) if i not in big)) / len(big)
        small = [i for i in big if heights[i] <= fair]
        if not small:
            for i in big:
                budgets[i] = fair
            break
        big = [i for i in big if i not in small]
    return budgets


def clip(font: FontMetrics, items: list[str], width: float, height: float, size: float, lang: str) -> list[str]:
    """Return as many whole `items` as fit in `height`, then "+N" for the rest."""
    if fit.text_height(items or [""], width, size, font) <= height:
        return items
    keep = _most_kept(len(items), lambda k: [*items[:k], more(len(items) - k, lang)], font, width, height, size)
    if keep:
        return [*items[:keep], more(len(items) - keep, lang)]
    if len(items) == 1:
        return fit.truncate(items, width, height, size, font)
    rest = more(len(items) - 1, lang)  # the start of the first item, then how many more
    first = fit.truncate(items[:1], width, height - fit.text_height([rest], width, size, font), size, font)
    return [*first, rest]


def clip_joined(font: FontMetrics, items: list[str], width: float, height: float, size: float, lang: str) -> list[str]:
    """Return as many whole `items` joined on one line as fit in `height`, then "+N more" for the rest."""
    whole = [JOIN.join(items)] if items else []
    if fit.text_height(whole or [""], width, size, font) <= height:
        return whole
    keep = _most_kept(
        len(items), lambda k: [JOIN.join(items[:k]), more(len(items) - k, lang)], font, width, height, size
    )
    if keep:
        return [JOIN.join(items[:keep]), more(len(items) - keep, lang)]
    return clip(font, items, width, height, size, lang)  # not even one whole: the first cut, then the count


def _most_kept(
    total: int, shown: Callable[[int], list[str]], font: FontMetrics, width: float, height: float, size: float
) -> int:
    """Return the most of `total` items (fewer than all, 0 for none) whose `shown(keep)` fits `height`.

    A binary search (showing more items takes as many lines or more), so a long lane is measured a few
    times, not once per item.
    """
    low, high = 0, total - 1  # `low` items fit (none always "fits"); more than `high` never do
    while low < high:
        middle = (low + high + 1) // 2
        if fit.text_height(shown(middle), width, size, font) <= height:
            low = middle
        else:
            high = middle - 1
    return low
