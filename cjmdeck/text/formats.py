"""Numbers, money, scores, dates, quotation marks and row ranges as each language writes them."""

from __future__ import annotations

import datetime as dt
import math

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "pl": (
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ),
}

CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "PLN": "zł"}


def format_number(value: float, lang: str, decimals: int = 0) -> str:
    """Return `value` with the thousands and decimal separators of `lang` (en 1,234.50; es 1.234,50; pl 1 234,50)."""
    raw = f"{value:,.{decimals}f}"
    if lang == "es":
        return raw.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    if lang == "pl":
        return raw.replace(",", "\u00a0").replace(".", ",")
    return raw


QUOTES = {"en": ("“", "”", "‘", "’"), "es": ("«", "»", "“", "”"), "pl": ("„", "”", "«", "»")}  # outer, inner
OPENING_MARKS = "“„«"
CLOSING_MARKS = "”»"


def quote(text: str, lang: str) -> str:
    """Return `text` between the quotation marks of `lang` (“…”, «…», „…”), double quotes inside it made inner ones.

    Quotation marks the text already has around it are replaced, not doubled.
    """
    opening, closing, inner_open, inner_close = QUOTES.get(lang, QUOTES["en"])
    text = text.strip()
    marks = OPENING_MARKS + CLOSING_MARKS + '"'
    if len(text) > 1 and text[0] in marks and text[-1] in marks and not any(m in text[1:-1] for m in marks):
        text = text[1:-1].strip()  # the text came quoted: one pair of marks, around all of it
    nested = {ord(m): inner_open for m in OPENING_MARKS} | {ord(m): inner_close for m in CLOSING_MARKS}
    inner = text.translate(nested)
    return f"{opening}{inner}{closing}"


def format_score(value: float, lang: str) -> str:
    """Return an emotion score as `lang` writes it: whole scores bare, means with one decimal (es, pl "2,5")."""
    value = math.floor(value * 10 + 0.5) / 10  # halves round up, as emotion levels do
    return format_number(value, lang, 0 if float(value).is_integer() else 1)


def currency_symbol(currency: str) -> str:
    """Return the symbol of a currency code (EUR -> €), or the code itself when it has none known."""
    return CURRENCY_SYMBOLS.get(currency.strip().upper(), currency.strip())


def symbol_first(symbol: str, lang: str) -> bool:
    """Return True when `lang` writes `symbol` before the amount ($1,234 in English; 1.234 € in Spanish)."""
    return lang == "en" and symbol in ("$", "£", "€")


def format_money(value: float, lang: str, currency: str = "") -> str:
    """Return `value` as money in `lang`: en "$1,234.50", es "1.234,50 €", pl "1 234,50 zł"; whole amounts bare."""
    decimals = 0 if float(value).is_integer() else 2
    number = format_number(value, lang, decimals)
    symbol = currency_symbol(currency)
    if not symbol:
        return number
    return f"{symbol}{number}" if symbol_first(symbol, lang) else f"{number}\u00a0{symbol}"


LOCALE_IDS = {"en": "[$-809]", "es": "[$-C0A]", "pl": "[$-415]"}  # en-GB, es-ES, pl-PL


def money_pattern(currency: str, lang: str) -> str:
    """Return the spreadsheet number format of whole amounts in `currency`, as `format_money` writes them in `lang`."""
    symbol = currency_symbol(currency)
    locale = LOCALE_IDS.get(lang, "")
    if not symbol:
        return f"{locale}#,##0"
    return f'{locale}"{symbol}"#,##0' if symbol_first(symbol, lang) else f'{locale}#,##0 "{symbol}"'


def format_date(value: dt.date | str | None, lang: str) -> str:
    """Return `value` as a long date in `lang` ("22 November 2026", "22 de noviembre de 2026")."""
    if value is None:
        return ""
    if not isinstance(value, dt.date):
        return str(value)
    months = MONTHS.get(lang, MONTHS["en"])
    month = months[value.month - 1]
    if lang == "es":
        return f"{value.day} de {month} de {value.year}"
    return f"{value.day} {month} {value.year}"


def ranges(numbers: list[int]) -> str:
    """Return sorted `numbers` as compact ranges: "2-5, 8"."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)


def shorten(name: str, limit: int | None) -> str:
    """Return `name` cut to at most `limit` characters at a word, ending in an ellipsis; whole when None or short."""
    if limit is None or len(name) <= limit:
        return name
    cut = name[: max(limit - 1, 1)]
    if " " in cut.strip():
        cut = cut[: cut.rstrip().rfind(" ")]
    return cut.rstrip(" ,;:-–—") + "…"


def join_names(names: list[str], last: str) -> str:
    """Return `names` as a list in a sentence: "A, B and C", with `last` the language's word for "and"."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {last} {names[-1]}"
