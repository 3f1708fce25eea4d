"""The workshop's board: sticky notes participants move and type into, the fixed grid under them, the script.

A sticky note is an ordinary rectangle in its legend colour with editable text; the grid's cells
are locked against moving, so dragging notes never shifts the canvas under them.
"""

from __future__ import annotations

from typing import Any

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.slide import Slide
from pptx.util import Pt

from cjmdeck.deck import fit
from cjmdeck.deck.canvas import Canvas
from cjmdeck.deck.grid import Box
from cjmdeck.deck.shapes import insets, rgb, set_colour
from cjmdeck.palette import STICKY, STICKY_TEXT

NOTE_SIZES = (16, 14, 12, 11, 10, 9)
PAPER = "FFFFFF"  # the canvas's cells
GRID_LOCKS = ("noMove", "noResize", "noRot")


def sticky(canvas: Canvas, slide: Slide, box: Box, text: str, kind: str, sizes: tuple[float, ...] = NOTE_SIZES) -> Any:
    """Add a sticky note of `kind` (a key of STICKY) at `box` with `text`, sized to fit; participants can move it."""
    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, *box.xywh)
    shape.name = f"Sticky note: {kind}"
    shape.fill.solid()
    shape.fill.fore_color.rgb = rgb(STICKY[kind])
    shape.line.fill.background()
    shape.shadow.inherit = False
    frame = shape.text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    insets(frame, 6, 4)
    width, height = box.width_pt - 12, box.height_pt - 8
    size = fit.fit_size([text], width, height, canvas.body, sizes)
    lines = [text]
    if size is None:
        size = sizes[-1]
        lines = fit.truncate(lines, width, height, size, canvas.body, False)
        canvas.keep_whole(slide, [text], lines)
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.CENTER
    run = paragraph.add_run()
    run.text = lines[0] if lines else ""
    run.font.size = Pt(size)
    run.font.color.rgb = rgb(STICKY_TEXT)
    return shape


def swatch(slide: Slide, box: Box, kind: str) -> Any:
    """Add a plain band at `box` in the colour of sticky notes of `kind`, the legend's colour for a lane."""
    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, *box.xywh)
    shape.name = f"Colour of {kind} notes"
    shape.fill.solid()
    shape.fill.fore_color.rgb = rgb(STICKY[kind])
    shape.line.fill.background()
    shape.shadow.inherit = False
    return shape


def cell(slide: Slide, box: Box, line: Any) -> Any:
    """Add an empty, locked, paper-white cell of the canvas at `box`, outlined in `line`, room for notes."""
    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, *box.xywh)
    shape.name = "Canvas cell"
    shape.fill.solid()  # paper white on any theme: notes stick to it, and it prints
    shape.fill.fore_color.rgb = rgb(PAPER)
    shape.shadow.inherit = False
    outline(shape, line)
    lock(shape)
    return shape


def outline(shape: Any, line: Any) -> None:
    """Draw a thin outline round `shape` in `line`, as the canvas's cells have."""
    set_colour(shape.line.color, line)
    shape.line.width = Pt(0.75)


def lock(shape: Any) -> None:
    """Lock `shape` against moving, resizing and rotating (PowerPoint's Lock), for the grid under the notes."""
    holder = shape._element.find(qn("p:nvSpPr"))
    props = holder.find(qn("p:cNvSpPr")) if holder is not None else None
    if props is None:
        return
    locks = props.find(qn("a:spLocks"))
    if locks is None:
        locks = props.makeelement(qn("a:spLocks"), {})
        props.insert(0, locks)
    for name in GRID_LOCKS:
        locks.set(name, "1")


def script(slide: Slide, *lines: str) -> None:
    """Put the facilitator's script in the speaker notes, above the source line cjmdeck already wrote there."""
    frame = slide.notes_slide.notes_text_frame
    if frame is None:
        return
    before = frame.text
    frame.text = "\n".join([*[line for line in lines if line], *([before] if before else [])])
