"""Workbook cell values parsed into model values: plain text, 1-5 scores, amounts (and their currency) and lists."""

from __future__ import annotations

import datetime as dt
import math
import re

_BULLET = re.compile(r"^\s*(?:[•·▪‣◦\-–—*]\s+)")
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")  # characters XML cannot hold


def unwritable(value: object) -> bool:
    """Return True when `value` is text holding characters no Office document can hold (control characters)."""
    return isinstance(value, str) and NOT_XML.search(value) is not None


def plain(value: object) -> str:
    """Return a cell value as stripped text: whole floats without '.0', dates as ISO, one kind of line end.

    Control characters no document can hold are removed.
    """
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return (value.date() if value.time() == dt.time() else value).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return NOT_XML.sub("", str(value).replace("\r\n", "\n").replace("\r", "\n")).strip()


_WHOLE = re.compile(r"\s*\+?([0-9]+)(?:[.,]0*)?\s*", re.ASCII)


def score(value: object) -> int:
    """Return `value` as a whole number 1-5; accept 4, 4.0 and '4'."""
    number: float | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value) if abs(value) < 1e9 else None
    elif isinstance(value, str):
        match = _WHOLE.fullmatch(value)
        number = float(match.group(1)) if match and len(match.group(1)) < 9 else None
    if number is None or not math.isfinite(number) or not number.is_integer() or not 1 <= number <= 5:
        raise ValueError(f"must be a whole number from 1 to 5, got {shown(value)}")
    return int(number)


_MONEY = re.compile(r"€|\$|£|zł|PLN|EUR|USD|GBP", re.I)  # the currencies `number` accepts in an amount
_CURRENCY_NAMES = {  # a currency as a sign, code or name, lower-cased and without spaces -> its code
    name: code
    for code, names in {
        "EUR": ("€", "eur", "euro", "euros"),
        "USD": ("$", "usd", "us$", "dollar", "dollars", "dólar", "dólares", "dolar", "dolary"),
        "GBP": ("£", "gbp", "pound", "pounds", "libra", "libras", "funt", "funty"),
        "PLN": ("zł", "zl", "pln", "złoty", "zloty", "złotych", "zlotych", "złote"),
    }.items()
    for name in names
}
DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "ARS", "CLP", "COP", "UYU"})  # written "$"


def currency_code(text: str) -> str:
    """Return a currency given as a sign, code or name ("€", "eur", "euros") as its code, other text as given."""
    given = " ".join(text.split())
    return _CURRENCY_NAMES.get("".join(given.casefold().split()), given.upper() if len(given) == 3 else given)


def typed_currency(value: object) -> str:
    """Return the code of the currency an amount typed as text names ("$1,200" -> "USD"), or "" when none."""
    found = _MONEY.search(value) if isinstance(value, str) else None
    return currency_code(found.group()) if found else ""


class Currencies:
    """The currency amounts are counted in: the Project's, else the first one a money cell is typed in."""

    def __init__(self, project: str) -> None:
        self.project = currency_code(project)
        self.first: tuple[str, str] | None = None  # (currency, cell) of the first money cell typed in one

    def check(self, label: str, value: object, cell: str) -> str | None:
        """Return a warning when the amount `value` of column `label` at `cell` is typed in another currency."""
        typed = typed_currency(value)
        if not typed:
            return None
        self.first = self.first or (typed, cell)
        counted, since = (self.project, "") if self.project else self.first
        if typed == counted or (typed == "USD" and "$" in str(value) and counted in DOLLARS):
            return None
        said = f"'{label}' is typed in {typed} ({shown(value)})"
        if self.project:
            return f"{said} but the project's currency is {counted}; it is counted as {counted}"
        return (
            f"{said} but {since} is typed in {counted} and the project has no currency; "
            "both are added up as one (give the Project sheet a Currency)"
        )


_THOUSANDS_DOT = re.compile(r"[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?", re.ASCII)  # 1.200 or 1.200,50
_THOUSANDS_COMMA = re.compile(r"[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?", re.ASCII)  # 1,200 or 1,200.50
_DECIMAL = re.compile(r"[0-9]+([.,][0-9]+)?", re.ASCII)  # 1200, 1200.5 or 1200,5


LARGEST = 1e15  # no count of customers, amount or KPI comes near it; sums and changes of them stay finite


class TooLarge(ValueError):
    """A number beyond LARGEST: no workbook means it, and sums of such numbers overflow."""


def number(value: object) -> float:
    """Return `value` as a number >= 0; accept '1200', '1 200,50', '1.200', '1,200.50' and a currency sign."""
    number: float | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    elif isinstance(value, str):
        text = re.sub(r"[\s\u00a0\u202f]", "", _MONEY.sub("", value.strip()))
        if _THOUSANDS_DOT.fullmatch(text):
            number = float(text.replace(".", "").replace(",", "."))
        elif _THOUSANDS_COMMA.fullmatch(text):
            number = float(text.replace(",", ""))
        elif _DECIMAL.fullmatch(text):
            number = float(text.replace(",", "."))
    if number is not None and math.isfinite(number) and number >= LARGEST:
        raise TooLarge(f"is too large to be a count or an amount, got {shown(value)}")
    if number is None or not math.isfinite(number) or number < 0:
        raise ValueError(f"must be a number of 0 or more, got {shown(value)}")
    return number


def measure(value: object) -> tuple[float, str]:
    """Return a KPI value and its unit ("%" when typed as a percentage): any number, negative too ('-12', '4,5 %')."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not math.isfinite(value) or abs(value) >= LARGEST:
            raise TooLarge(f"is too large to be a KPI value, got {shown(value)}")
        return float(value), ""
    text = plain(value).strip()
    unit = "%" if text.endswith("%") else ""
    text = text.removesuffix("%").strip()
    sign = -1 if text.startswith(("-", "\u2212")) else 1
    text = text[1:] if text.startswith("+") else text
    try:
        return sign * number(text[1:] if sign < 0 else text), unit
    except TooLarge:
        raise TooLarge(f"is too large to be a KPI value, got {shown(value)}") from None
    except ValueError:
        raise ValueError(f"must be a number (a trailing % is allowed), got {shown(value)}") from None


def shown(value: object) -> str:
    """Return `value` quoted for a message, cut when very long."""
    text = plain(value)
    return repr(text if len(text) <= 40 else text[:39] + "…")


def items(value: object) -> tuple[str, ...]:
    """Return the items of a cell holding several lines or ';'-separated items."""
    items = re.split(r"[\n;]", plain(value).replace("\r", "\n"))
    return tuple(item for item in (_BULLET.sub("", i).strip() for i in items) if item)
