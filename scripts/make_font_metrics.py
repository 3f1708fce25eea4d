"""Generate the font width tables cjmdeck/deck/metrics/*.json from installed TrueType fonts."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PIL import ImageFont

FONTS = {
    "carlito": "/usr/share/fonts/truetype/crosextra/Carlito-{style}.ttf",
    "liberation_sans": "/usr/share/fonts/truetype/liberation2/LiberationSans-{style}.ttf",
}
STYLES = {"regular": "Regular", "bold": "Bold"}
EXTRA = "–—‘’‚“”„†•…‰€™−←→↑↓●○■□▲▼✓✗"
UNITS = 2048
# Single line spacing per em (usWinAscent + usWinDescent), which PowerPoint and LibreOffice use.
LINE = {"carlito": 1220, "liberation_sans": 1149}


def charset() -> list[str]:
    """Return the characters measured: ASCII, Latin-1, Latin Extended-A and common punctuation."""
    codes = list(range(0x20, 0x7F)) + list(range(0xA0, 0x180))
    return [chr(c) for c in codes] + list(EXTRA)


def measure(path: str, line: int) -> dict[str, object]:
    """Return the advance widths (per 1000 em) of the font at `path`, with its line height."""
    font = ImageFont.truetype(path, UNITS)
    widths = {ch: round(font.getlength(ch) * 1000 / UNITS) for ch in charset()}
    return {"line": line, "widths": widths}


def main(out: Path) -> None:
    """Write one JSON table per font family into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    for family, pattern in FONTS.items():
        data = {style: measure(pattern.format(style=name), LINE[family]) for style, name in STYLES.items()}
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        (out / f"{family}.json").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[1]
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else root / "cjmdeck" / "deck" / "metrics")
