"""The workbook contract: sheets, columns, their aliases in each language and their kinds."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

LANGUAGES = ("en", "es", "pl")

# Kinds of column value.
TEXT = "text"  # one string
LIST = "list"  # several lines or ';'-separated items
SCORE = "score"  # whole number 1-5
NUMBER = "number"  # number >= 0
MODE = "mode"  # online / offline
STAGE = "stage"  # reference to a Stages row
PERSONA = "persona"  # reference to a Personas row
MAP_TYPE = "map_type"  # one of MAP_TYPES
LANGUAGE = "language"  # en, es, pl
DATE = "date"  # a date cell or text
MEASURE = "measure"  # a KPI value: any number, negative too, a trailing % allowed


def normalize(name: object) -> str:
    """Return `name` lower-cased without accents, spaces or punctuation, for comparison."""
    return _normalized(str(name))


@functools.lru_cache(maxsize=8192)  # a workbook compares the same few names thousands of times
def _normalized(name: str) -> str:
    """Return `normalize(name)` for a string."""
    text = unicodedata.normalize("NFKD", name.replace("ł", "l").replace("Ł", "L"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return re.sub(r"[\W_]+", "", text) or "".join(text.split())  # a name of symbols only stays itself


@dataclass(frozen=True)
class Column:
    """One column (or Project key) of the contract: its key, names per language, kind."""

    key: str
    names: tuple[str, str, str]  # en, es, pl: the header `new` writes
    kind: str = TEXT
    required: bool = False
    aliases: tuple[str, ...] = ()  # further accepted spellings

    def name(self, lang: str) -> str:
        """Return the header of this column in `lang`."""
        return self.names[LANGUAGES.index(lang)]

    def matches(self, header: object) -> bool:
        """Return True when `header` names this column in any language."""
        wanted = normalize(header)
        return any(normalize(n) == wanted for n in (*self.names, *self.aliases))


@dataclass(frozen=True)
class Sheet:
    """One sheet of the contract: its key, names per language and columns."""

    key: str
    names: tuple[str, str, str]
    columns: tuple[Column, ...]
    required: bool = False

    def name(self, lang: str) -> str:
        """Return the sheet name in `lang`."""
        return self.names[LANGUAGES.index(lang)]

    def matches(self, title: object) -> bool:
        """Return True when `title` names this sheet in any language."""
        return normalize(title) in {normalize(n) for n in self.names}

    def column(self, key: str) -> Column:
        """Return the column with `key`."""
        return next(c for c in self.columns if c.key == key)

    @property
    def required_columns(self) -> tuple[Column, ...]:
        """Return the columns every data row must fill."""
        return tuple(c for c in self.columns if c.required)


C = Column

# A KPI's values before and after, on the Stages and Actions sheets.
KPI_VALUES = (
    C("baseline", ("Baseline", "Valor inicial", "Wartość bazowa"), MEASURE, aliases=("Línea base", "Before", "Antes")),
    C("target", ("Target", "Meta", "Wartość docelowa"), MEASURE, aliases=("Objetivo KPI", "Cel KPI")),
    C("current", ("Current", "Valor actual", "Wartość obecna"), MEASURE, aliases=("After", "Después", "Obecnie")),
)

PROJECT = Sheet(
    "project",
    ("Project", "Proyecto", "Projekt"),
    (
        C("client", ("Client", "Cliente", "Klient"), required=True),
        C("project", ("Project", "Proyecto", "Projekt")),
        C("objective", ("Objective", "Objetivo", "Cel")),
        C("product", ("Product", "Producto", "Produkt")),
        C("map_type", ("Map type", "Tipo de mapa", "Typ mapy"), MAP_TYPE),
        C("author", ("Author", "Autor", "Autor")),
        C("agency", ("Agency", "Agencia", "Agencja")),
        C("date", ("Date", "Fecha", "Data"), DATE),
        C("language", ("Language", "Idioma", "Język"), LANGUAGE),
        C("currency", ("Currency", "Moneda", "Waluta")),
    ),
    required=True,
)

PERSONAS = Sheet(
    "personas",
    ("Personas", "Personas", "Persony"),
    (
        C("name", ("Name", "Nombre", "Imię"), required=True),
        C("age", ("Age", "Edad", "Wiek")),
        C("gender", ("Gender", "Género", "Płeć")),
        C("occupation", ("Occupation", "Ocupación", "Zawód"), aliases=("Job title", "Puesto", "Stanowisko")),
        C("location", ("Location", "Ubicación", "Lokalizacja")),
        C("income", ("Income", "Ingresos", "Dochód")),
        C("education", ("Education", "Educación", "Wykształcenie")),
        C("goals", ("Goals", "Objetivos", "Cele"), LIST),
        C("needs", ("Needs", "Necesidades", "Potrzeby"), LIST),
        C("motivations", ("Motivations", "Motivaciones", "Motywacje"), LIST),
        C("frustrations", ("Frustrations", "Frustraciones", "Frustracje"), LIST),
        C("interests", ("Interests", "Intereses", "Zainteresowania"), LIST),
        C("personality", ("Personality", "Personalidad", "Osobowość")),
        C("quote", ("Quote", "Cita", "Cytat")),
        C("photo", ("Photo", "Foto", "Zdjęcie")),
    ),
    required=True,
)

STAGES = Sheet(
    "stages",
    ("Stages", "Etapas", "Etapy"),
    (
        C("name", ("Stage", "Etapa", "Etap"), required=True),
        C("description", ("Description", "Descripción", "Opis")),
        C("customer_goal", ("Customer goal", "Objetivo del cliente", "Cel klienta")),
        C("brand_goal", ("Brand goal", "Objetivo de la marca", "Cel marki")),
        C("kpi", ("KPI", "KPI", "KPI")),
        *KPI_VALUES,
    ),
    required=True,
)

JOURNEY = Sheet(
    "journey",
    ("Journey", "Recorrido", "Ścieżka"),
    (
        C("persona", ("Persona", "Persona", "Persona"), PERSONA),
        C("stage", ("Stage", "Etapa", "Etap"), STAGE, required=True),
        C("customer_actions", ("Customer actions", "Acciones del cliente", "Działania klienta"), LIST),
        C("thoughts", ("Thoughts", "Pensamientos", "Myśli"), LIST),
        C("emotion", ("Emotion", "Emoción", "Emocje"), SCORE),
        C("feeling", ("Feeling", "Sentimiento", "Odczucie")),
        C("pain_points", ("Pain points", "Puntos de dolor", "Problemy"), LIST),
        C("opportunities", ("Opportunities", "Oportunidades", "Szanse"), LIST),
        C("engagement", ("Engagement", "Compromiso", "Zaangażowanie"), SCORE),
        C("backstage", ("Backstage", "Trastienda", "Zaplecze"), LIST),
        C("support_processes", ("Support processes", "Procesos de soporte", "Procesy wsparcia"), LIST),
    ),
)

TOUCHPOINTS = Sheet(
    "touchpoints",
    ("Touchpoints", "Puntos de contacto", "Punkty styku"),
    (
        C("stage", ("Stage", "Etapa", "Etap"), STAGE, required=True),
        C("name", ("Touchpoint", "Punto de contacto", "Punkt styku"), required=True),
        C("persona", ("Persona", "Persona", "Persona"), PERSONA),
        C("channel", ("Channel", "Canal", "Kanał")),
        C("mode", ("Mode", "Modo", "Tryb"), MODE),
        C("customer_action", ("Customer action", "Acción del cliente", "Działanie klienta")),
        C("motivation", ("Motivation", "Motivación", "Motywacja")),
        C("obstacle", ("Obstacle", "Obstáculo", "Przeszkoda")),
        C("emotion", ("Emotion", "Emoción", "Emocje"), SCORE),
        C("owner", ("Owner", "Responsable", "Właściciel")),
        C("cost", ("Cost", "Coste", "Koszt"), NUMBER, aliases=("Costo",)),
        C("kpi", ("KPI", "KPI", "KPI")),
    ),
)

QUESTIONS = Sheet(
    "questions",
    ("Questions", "Preguntas", "Pytania"),
    (
        C("text", ("Question", "Pregunta", "Pytanie"), required=True),
        C("stage", ("Stage", "Etapa", "Etap"), STAGE),
        C("answer", ("Answer", "Respuesta", "Odpowiedź")),
        C("source", ("Source", "Fuente", "Źródło")),
    ),
)

ACTIONS = Sheet(
    "actions",
    ("Actions", "Acciones", "Działania"),
    (
        C("text", ("Action", "Acción", "Działanie"), required=True),
        C("impact", ("Impact", "Impacto", "Wpływ"), SCORE, required=True),
        C("feasibility", ("Feasibility", "Viabilidad", "Wykonalność"), SCORE),
        C("effort", ("Effort", "Esfuerzo", "Nakład"), SCORE),
        C("stage", ("Stage", "Etapa", "Etap"), STAGE),
        C("touchpoint", ("Touchpoint", "Punto de contacto", "Punkt styku")),
        C("persona", ("Persona", "Persona", "Persona"), PERSONA),
        C("problem", ("Problem", "Problema", "Problem")),
        C("owner", ("Owner", "Responsable", "Właściciel")),
        C("horizon", ("Horizon", "Plazo", "Termin")),
        C("kpi", ("KPI", "KPI", "KPI")),
        *KPI_VALUES,
        C("status", ("Status", "Estado", "Status")),
        C("due", ("Due date", "Fecha límite", "Termin realizacji"), DATE, aliases=("Due", "Deadline", "Fecha")),
    ),
)

FUNNEL = Sheet(
    "funnel",
    ("Funnel", "Embudo", "Lejek"),
    (
        C("stage", ("Stage", "Etapa", "Etap"), STAGE, required=True),
        C(
            "customers",
            ("Customers", "Clientes", "Klienci"),
            NUMBER,
            required=True,
            aliases=("Visitors", "Users", "Visitantes", "Usuarios", "Użytkownicy", "Odwiedzający"),
        ),
        C("persona", ("Persona", "Persona", "Persona"), PERSONA),
        C("channel", ("Channel", "Canal", "Kanał")),
        C("period", ("Period", "Periodo", "Okres"), aliases=("Período",)),
    ),
)

SHEETS: tuple[Sheet, ...] = (PROJECT, PERSONAS, STAGES, JOURNEY, TOUCHPOINTS, QUESTIONS, ACTIONS, FUNNEL)

# Map types: key -> accepted names (en, es, pl first, then other usual spellings).
MAP_TYPES: dict[str, tuple[str, ...]] = {
    "current_state": ("Current state", "Estado actual", "Stan obecny", "As-is", "As is"),
    "future_state": ("Future state", "Estado futuro", "Stan przyszły", "To-be", "To be"),
    "day_in_the_life": ("Day in the life", "Día en la vida", "Dzień z życia"),
    "service_blueprint": ("Service blueprint", "Plan de servicio", "Plan usługi", "Blueprint"),
}

MODES: dict[str, tuple[str, ...]] = {
    "online": ("online", "on-line", "en línea", "digital", "cyfrowy"),
    "offline": ("offline", "off-line", "presencial", "fuera de línea", "stacjonarny", "stacjonarnie"),
}

LANGUAGE_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("en", "English", "Inglés", "Angielski"),
    "es": ("es", "Spanish", "Español", "Castellano", "Hiszpański"),
    "pl": ("pl", "Polish", "Polaco", "Polski"),
}

# Header row of the Project sheet that `new` writes ("Field | Value"); skipped when read.
PROJECT_HEADER = {"en": ("Field", "Value"), "es": ("Campo", "Valor"), "pl": ("Pole", "Wartość")}


def lookup(table: dict[str, tuple[str, ...]], value: object) -> str | None:
    """Return the key of `table` whose names include `value`, or None."""
    wanted = normalize(value)
    for key, names in table.items():
        if wanted in {normalize(n) for n in names}:
            return key
    return None
