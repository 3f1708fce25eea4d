"""Counted nouns that agree with their number: "1 quick win", "2 szybkie wygrane", "5 person"."""

from __future__ import annotations

from cjmdeck.text.labels import pick

# Counted nouns: en and es (one, other), pl (one, few, many), chosen by `counted`.
COUNTED: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "personas": (("persona", "personas"), ("persona", "personas"), ("persona", "persony", "person")),
    "quick_wins": (
        ("quick win", "quick wins"),
        ("victoria rápida", "victorias rápidas"),
        ("szybka wygrana", "szybkie wygrane", "szybkich wygranych"),
    ),
    "touchpoints": (
        ("touchpoint", "touchpoints"),
        ("punto de contacto", "puntos de contacto"),
        ("punktu styku", "punktów styku", "punktów styku"),  # pl genitive, after "z"
    ),
    "actions": (("action", "actions"), ("acción", "acciones"), ("działania", "działań", "działań")),  # pl genitive
    # the scope slide's figures, shown as a number beside its noun
    "n_personas": (("Persona", "Personas"), ("Persona", "Personas"), ("Persona", "Persony", "Person")),
    "n_stages": (("Stage", "Stages"), ("Etapa", "Etapas"), ("Etap", "Etapy", "Etapów")),
    "n_touchpoints": (
        ("Touchpoint", "Touchpoints"),
        ("Punto de contacto", "Puntos de contacto"),
        ("Punkt styku", "Punkty styku", "Punktów styku"),
    ),
    "n_questions": (
        ("Key question", "Key questions"),
        ("Pregunta clave", "Preguntas clave"),
        ("Kluczowe pytanie", "Kluczowe pytania", "Kluczowych pytań"),
    ),
    "n_actions": (("Action", "Actions"), ("Acción", "Acciones"), ("Działanie", "Działania", "Działań")),
    "answered": (("", ""), ("respondida", "respondidas"), ("", "", "")),
    "open": (("", ""), ("abierta", "abiertas"), ("otwarte", "otwarte", "otwartych")),
}


def counted(key: str, n: int, lang: str) -> str:
    """Return `n` with the form of noun `key` that agrees with it in `lang` ("1 quick win", "5 szybkich wygranych")."""
    return f"{n} {noun(key, n, lang)}".rstrip()


def noun(key: str, n: int, lang: str) -> str:
    """Return the form of noun `key` that agrees with the number `n` in `lang`."""
    forms = pick(COUNTED[key], lang)
    if len(forms) == 2:
        return forms[0] if n == 1 else forms[1]
    if n == 1:
        return forms[0]
    return forms[1] if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else forms[2]
