"""Slide geometry: margins, title area, content box and footer band from the actual slide size."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pptx.util import Emu, Pt

EMU_PER_PT = 12700  # English Metric Units per point
EMU_PER_IN = 72 * EMU_PER_PT
GRID_HEIGHT_IN = 7.5  # proportions are set for a 7.5 in high slide and scaled to the template's


@dataclass(frozen=True)
class Box:
    """A rectangle on the slide, in EMU."""

    left: int
    top: int
    width: int
    height: int

    @property
    def right(self) -> int:
        """Return the right edge."""
        return self.left + self.width

    @property
    def bottom(self) -> int:
        """Return the bottom edge."""
        return self.top + self.height

    @property
    def area(self) -> int:
        """Return the area in square EMU (0 for an empty box)."""
        return max(self.width, 0) * max(self.height, 0)

    def overlaps(self, other: Box) -> bool:
        """Return True when this box and `other` share some area."""
        return (
            self.left < other.right and other.left < self.right and self.top < other.bottom and other.top < self.bottom
        )

    @property
    def width_pt(self) -> float:
        """Return the width in points."""
        return self.width / EMU_PER_PT

    @property
    def height_pt(self) -> float:
        """Return the height in points."""
        return self.height / EMU_PER_PT

    @property
    def xywh(self) -> tuple[Emu, Emu, Emu, Emu]:
        """Return left, top, width and height as python-pptx lengths."""
        return Emu(self.left), Emu(self.top), Emu(self.width), Emu(self.height)

    def rest_below(self, top: int) -> Box:
        """Return the part of this box from `top` down."""
        return Box(self.left, top, self.width, max(self.bottom - top, 0))

    def columns(self, weights: Sequence[float], gap: int) -> list[Box]:
        """Return this box split into columns whose widths follow `weights`, `gap` apart."""
        usable = self.width - gap * (len(weights) - 1)
        total = sum(weights)
        boxes, left = [], self.left
        for i, weight in enumerate(weights):
            width = self.right - left if i == len(weights) - 1 else int(usable * weight / total)
            boxes.append(Box(left, self.top, width, self.height))
            left += width + gap
        return boxes

    def rows(self, weights: Sequence[float], gap: int) -> list[Box]:
        """Return this box split into rows whose heights follow `weights`, `gap` apart."""
        usable = self.height - gap * (len(weights) - 1)
        total = sum(weights)
        boxes, top = [], self.top
        for i, weight in enumerate(weights):
            height = self.bottom - top if i == len(weights) - 1 else int(usable * weight / total)
            boxes.append(Box(self.left, top, self.width, height))
            top += height + gap
        return boxes


@dataclass(frozen=True)
class Grid:
    """The layout grid of one deck: the same margins, title place and content box on every slide."""

    width: int
    height: int
    unit: float  # EMU per grid inch: an inch on a 7.5 in high slide, scaled to this one
    margin: int
    gap: int
    title: Box
    content: Box
    source: Box
    footer: Box

    @classmethod
    def for_slide(cls, width: int, height: int, title: Box | None = None, avoid: Sequence[Box] = ()) -> Grid:
        """Return the grid of a `width` x `height` slide, keeping the template's title box when usable.

        Title, content, source line and footer keep clear of the boxes in `avoid` (a layout's logos).
        """
        unit = height / GRID_HEIGHT_IN
        margin = int(0.45 * unit)
        gap = int(0.15 * unit)
        footer_h = int(Pt(18))
        source_h = int(Pt(16))
        footer = Box(margin, height - margin // 2 - footer_h, width - 2 * margin, footer_h)
        source = Box(margin, footer.top - source_h, width - 2 * margin, source_h)
        default_title = Box(margin, int(margin * 0.8), width - 2 * margin, int(0.85 * unit))
        if title is None or not usable_title(title, width, height):
            title = default_title
        title, source, footer = (beside(box, avoid, gap) for box in (title, source, footer))
        top = title.bottom + gap
        content = clear_of(Box(margin, top, width - 2 * margin, source.top - gap // 2 - top), avoid, gap)
        return cls(width, height, unit, margin, gap, title, content, source, footer)

    def inches(self, value: float) -> int:
        """Return `value` grid inches in EMU."""
        return int(value * self.unit)


THIN = EMU_PER_PT * 3  # a rule this thin or thinner is a line to draw over, not an obstacle
SPANNING = 0.8  # art spanning this share of a box's width is a band behind it (a header bar), not beside it
KEPT = 0.5  # a box is never narrowed or cut below this share of itself: it then ignores the art instead


def clear_of(box: Box, avoid: Sequence[Box], gap: int) -> Box:
    """Return the largest part of `box` above, below, left or right of each box in `avoid` it overlaps.

    Thin rules are ignored, and so is any box whose avoiding would leave less than half of `box`.
    """
    solid = [b for b in avoid if min(b.width, b.height) > THIN]
    for _ in range(len(solid) * 4):
        hit = next((other for other in solid if box.overlaps(other)), None)
        if hit is None:
            break
        sides = [
            Box(box.left, box.top, box.width, hit.top - gap - box.top),  # above it
            Box(box.left, hit.bottom + gap, box.width, box.bottom - hit.bottom - gap),  # below it
            Box(box.left, box.top, hit.left - gap - box.left, box.height),  # left of it
            Box(hit.right + gap, box.top, box.right - hit.right - gap, box.height),  # right of it
        ]
        best = max(sides, key=lambda side: side.area)
        if best.area < KEPT * box.area:
            solid = [b for b in solid if b is not hit]
            continue
        box = best
    return box


def beside(box: Box, avoid: Sequence[Box], gap: int) -> Box:
    """Return `box` narrowed from the left or the right so that it keeps clear of the boxes in `avoid`.

    Bands spanning most of the box (a header or footer bar) and thin rules are art behind it, not beside it.
    """
    for other in avoid:
        if not box.overlaps(other) or min(other.width, other.height) <= THIN or other.width >= SPANNING * box.width:
            continue
        if other.left + other.width / 2 >= box.left + box.width / 2:
            narrowed = Box(box.left, box.top, other.left - gap - box.left, box.height)
        else:
            narrowed = Box(other.right + gap, box.top, box.right - other.right - gap, box.height)
        if narrowed.width >= KEPT * box.width:
            box = narrowed
    return box


def usable_title(box: Box, width: int, height: int) -> bool:
    """Return True when a template's title box sits at the top and spans most of the slide."""
    return (
        box.left >= 0
        and box.top >= 0
        and box.right <= width
        and box.bottom <= height * 0.25
        and box.width >= width * 0.6
        and box.height >= height * 0.07
    )


def pt(value: float) -> Emu:
    """Return `value` points as EMU."""
    return Emu(int(value * EMU_PER_PT))


def points(emu: float) -> float:
    """Return `emu` EMU in points."""
    return emu / EMU_PER_PT
