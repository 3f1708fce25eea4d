"""The colours of emotion scores, shared by every output: a diverging red-blue scale, safe for colour blindness."""

from __future__ import annotations

# Emotion level (1 = very negative ... 5 = very positive) -> RGB hex.
EMOTION_FILL = {1: "CA0020", 2: "F4A582", 3: "F2F2F2", 4: "92C5DE", 5: "0571B0"}  # markers and chart points
EMOTION_TINT = {1: "F3C2C8", 2: "FBE0D0", 3: "F2F2F2", 4: "D8EAF3", 5: "B9D6EA"}  # table cell backgrounds
EMOTION_TEXT = {1: "FFFFFF", 2: "1E2328", 3: "1E2328", 4: "1E2328", 5: "FFFFFF"}  # text on EMOTION_FILL
