"""Colours every output shares: the emotion scale (red-blue, safe for colour blindness) and WCAG contrast."""

from __future__ import annotations

import colorsys

# Emotion level (1 = very negative ... 5 = very positive) -> RGB hex.
EMOTION_FILL = {1: "CA0020", 2: "F4A582", 3: "F2F2F2", 4: "92C5DE", 5: "0571B0"}  # markers and chart points
EMOTION_TINT = {1: "F3C2C8", 2: "FBE0D0", 3: "F2F2F2", 4: "D8EAF3", 5: "B9D6EA"}  # table cell backgrounds
EMOTION_TEXT = {1: "FFFFFF", 2: "1E2328", 3: "1E2328", 4: "1E2328", 5: "FFFFFF"}  # text on EMOTION_FILL

# Sticky notes of a workshop, by kind (see cjmdeck.text.material.NOTES): the colours of paper notes.
STICKY = {"stage": "FFE27A", "action": "A8D8F8", "touchpoint": "FFC48A", "pain": "F7A8C0", "opportunity": "B5E6A8"}
STICKY_TEXT = "1E2328"  # dark text, readable on every sticky colour

MIN_CONTRAST = 4.5  # WCAG AA for body text: every text cjmdeck writes reaches it against what it sits on
BLACK, WHITE = "000000", "FFFFFF"


def luminance(hex_value: str) -> float:
    """Return the relative luminance (WCAG 2) of an RGB hex colour, 0 for black to 1 for white."""
    channels = [int(hex_value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """Return the WCAG contrast ratio of two RGB hex colours, from 1 (the same) to 21 (black on white)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def brighten(hex_value: str, brightness: float) -> str:
    """Return `hex_value` lightened (brightness > 0) or darkened (< 0) as PowerPoint's lumMod and lumOff do."""
    if not brightness:
        return hex_value.upper()
    hue, light, saturation = _hls(hex_value)
    light = light * (1 - brightness) + brightness if brightness > 0 else light * (1 + brightness)
    return _rgb(hue, min(max(light, 0.0), 1.0), saturation)


def dark_shade(tint: str, ground: str) -> str:
    """Return the shade of pale `tint` for a dark `ground`: lighter than the ground as the tint is darker than white.

    The hue and saturation stay, so a stronger tint (the 5 of the emotion scale beside its 4) stays
    the stronger shade; the lightest shade of a hue is the lightest on which white text still reads.
    """
    hue, light, saturation = _hls(tint)
    ground_light = _hls(ground)[1]
    low, high = ground_light, 0.6  # the lightest a shade of this hue may be: white text on it reads
    for _ in range(12):
        middle = (low + high) / 2
        readable = contrast(_rgb(hue, middle, saturation), WHITE) >= MIN_CONTRAST + 0.1
        low, high = (middle, high) if readable else (low, middle)
    strength = min((1 - light) / PALEST, 1.0)  # how far the tint is from white, 1 for the strongest
    return _rgb(hue, ground_light + (low - ground_light) * (DARK_STEP + (1 - DARK_STEP) * strength), saturation)


PALEST = 0.2  # a tint this far below white (in lightness) or more takes the lightest shade of its hue
DARK_STEP = 0.3  # the share of the way from the ground to that lightest shade the palest tint takes


def _hls(colour: str) -> tuple[float, float, float]:
    """Return the hue, lightness and saturation of an RGB hex colour."""
    return colorsys.rgb_to_hls(*(int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4)))


def _rgb(hue: float, light: float, saturation: float) -> str:
    """Return the RGB hex colour of a hue, lightness and saturation."""
    return "".join(f"{round(c * 255):02X}" for c in colorsys.hls_to_rgb(hue, light, saturation))


# A KPI's change since its baseline: towards its target, away from it (table cell backgrounds, dark text).
PROGRESS_TINT = {"better": "D5EBD4", "worse": "F3C2C8"}
