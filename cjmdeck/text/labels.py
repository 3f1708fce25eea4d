"""Every fixed label cjmdeck writes, in English, Spanish and Polish (en, es, pl), by key."""

from __future__ import annotations

from typing import Any, TypeVar

from cjmdeck.contract import LANGUAGES, MAP_TYPES
from cjmdeck.text.report_labels import REPORT_TEXTS
from cjmdeck.text.result_labels import RESULT_TEXTS
from cjmdeck.text.tracker import TRACKER_TEXTS
from cjmdeck.text.workshop import WORKSHOP_TEXTS

TEXTS: dict[str, tuple[str, str, str]] = {
    "scope": ("Scope and objective", "Alcance y objetivo", "Zakres i cel"),
    "map_type": ("Map type", "Tipo de mapa", "Typ mapy"),
    "product": ("Product", "Producto", "Produkt"),
    "objective": ("Objective", "Objetivo", "Cel"),
    "in_figures": ("The map in figures", "El mapa en cifras", "Mapa w liczbach"),
    "personas": ("Personas", "Personas", "Persony"),
    "stages": ("Stages", "Etapas", "Etapy"),
    "touchpoints": ("Touchpoints", "Puntos de contacto", "Punkty styku"),
    "questions": ("Key questions", "Preguntas clave", "Kluczowe pytania"),
    "actions": ("Actions", "Acciones", "Działania"),
    "goals": ("Goals", "Objetivos", "Cele"),
    "needs": ("Needs", "Necesidades", "Potrzeby"),
    "motivations": ("Motivations", "Motivaciones", "Motywacje"),
    "frustrations": ("Frustrations", "Frustraciones", "Frustracje"),
    "age": ("Age", "Edad", "Wiek"),
    "gender": ("Gender", "Género", "Płeć"),
    "occupation": ("Occupation", "Ocupación", "Zawód"),
    "location": ("Location", "Ubicación", "Lokalizacja"),
    "income": ("Income", "Ingresos", "Dochód"),
    "education": ("Education", "Educación", "Wykształcenie"),
    "interests": ("Interests", "Intereses", "Zainteresowania"),
    "personality": ("Personality", "Personalidad", "Osobowość"),
    "persona_title": ("Persona: {name}", "Persona: {name}", "Persona: {name}"),
    "map_title": ("{name}'s journey", "El recorrido de {name}", "Ścieżka: {name}"),
    "map_low": (
        "{stage} is where {name}'s journey drops lowest: emotion\u00a0{score}/5",
        "{stage}: el punto más bajo del recorrido de {name}, emoción\u00a0{score}/5",
        "{stage} to najniższy punkt ścieżki ({name}): emocje\u00a0{score}/5",
    ),
    "map_low_tie": (
        "{stages} are where {name}'s journey drops lowest: emotion\u00a0{score}/5",
        "{stages}: los puntos más bajos del recorrido de {name}, emoción\u00a0{score}/5",
        "{stages} to najniższe punkty ścieżki ({name}): emocje\u00a0{score}/5",
    ),
    "map_low_many": (
        "{name}'s journey drops to emotion\u00a0{score}/5 at {n} stages",
        "El recorrido de {name} cae a emoción\u00a0{score}/5 en {n} etapas",
        "Ścieżka ({name}) spada do emocji\u00a0{score}/5 na {n} etapach",
    ),
    "lane_goal": ("Customer goal", "Objetivo del cliente", "Cel klienta"),
    "lane_actions": ("Customer actions", "Acciones del cliente", "Działania klienta"),
    "lane_touchpoints": ("Touchpoints", "Puntos de contacto", "Punkty styku"),
    "lane_thoughts": ("Thoughts and feelings", "Pensamientos y sentimientos", "Myśli i odczucia"),
    "lane_emotion": (
        "Emotion (1\u00a0to\u00a05)",
        "Emoción (1\u00a0a\u00a05)",
        "Emocje (1\u00a0do\u00a05)",
    ),  # breaks before "(" only
    "lane_pain_points": ("Pain points", "Puntos de dolor", "Problemy"),
    "lane_opportunities": ("Opportunities", "Oportunidades", "Szanse"),
    "lane_backstage": ("Backstage", "Trastienda", "Zaplecze"),
    "lane_support_processes": ("Support processes", "Procesos de soporte", "Procesy wsparcia"),
    "lowest": ("lowest", "mínimo", "minimum"),
    "emotion_curve": ("Emotion curve", "Curva emocional", "Krzywa emocji"),
    "curve_low": (
        "{stage} is the low point of the journey: {name} at emotion\u00a0{score}/5",
        "{stage}: el punto más bajo del recorrido, {name} con emoción\u00a0{score}/5",
        "{stage} to najniższy punkt ścieżki: {name}, emocje\u00a0{score}/5",
    ),
    "curve_low_shared": (
        "{stage} is the low point of the journey: {personas} at emotion\u00a0{score}/5",
        "{stage}: el punto más bajo del recorrido, {personas} con emoción\u00a0{score}/5",
        "{stage} to najniższy punkt ścieżki: {personas}, emocje\u00a0{score}/5",
    ),
    "curve_low_stages": (
        "{personas} drop to emotion\u00a0{score}/5, at {stages}",
        "{personas} caen a emoción\u00a0{score}/5, en {stages}",
        "Najniższe emocje, {score}/5: {personas} (etapy: {stages})",
    ),
    "curve_low_many": (
        "{personas} drop to emotion\u00a0{score}/5, at {n} stages",
        "{personas} caen a emoción\u00a0{score}/5, en {n} etapas",
        "Najniższe emocje, {score}/5: {personas} na {n} etapach",
    ),
    "curve_low_spread": (
        "{personas} drop to emotion\u00a0{score}/5, each at a different stage",
        "{personas} caen a emoción\u00a0{score}/5, cada una en una etapa distinta",
        "Najniższe emocje, {score}/5: {personas}, każda na innym etapie",
    ),
    "emotion_axis": (
        "Emotion (1 = very negative, 5 = very positive)",
        "Emoción (1 = muy negativa, 5 = muy positiva)",
        "Emocje (1 = bardzo negatywne, 5 = bardzo pozytywne)",
    ),
    "tp_grid": (
        "Touchpoints by channel and stage",
        "Puntos de contacto por canal y etapa",
        "Punkty styku według kanału i etapu",
    ),
    "tp_grid_tie": (
        "{channels} carry the most touchpoints: {count} each of {total}",
        "{channels}: los canales con más puntos de contacto, {count} de {total} cada uno",
        "Najwięcej punktów styku mają kanały {channels}: po {count} z {total}",
    ),
    "tp_grid_tie_many": (
        "{n} channels share the most touchpoints: {count} each of {total}",
        "{n} canales empatan con más puntos de contacto: {count} de {total} cada uno",
        "Najwięcej punktów styku (po {count} z {total}) ma kilka kanałów: {n}",
    ),
    "tp_grid_busy": (
        "{channel} carries the most touchpoints: {count} of {total}",
        "{channel}: el canal con más puntos de contacto, {count} de {total}",
        "Najwięcej punktów styku ma kanał {channel}: {count} z {total}",
    ),
    "channel": ("Channel", "Canal", "Kanał"),
    "no_channel": ("(no channel)", "(sin canal)", "(brak kanału)"),
    "online": ("online", "online", "online"),
    "offline": ("offline", "offline", "offline"),
    "stage_title": ("Stage {n}: {stage}", "Etapa {n}: {stage}", "Etap {n}: {stage}"),
    "stage_low": (
        "Stage {n}, {stage}: {touchpoint} is the hardest moment (emotion\u00a0{score}/5)",
        "Etapa {n}, {stage}: {touchpoint} es el momento más difícil (emoción\u00a0{score}/5)",
        "Etap {n}, {stage}: {touchpoint} to najtrudniejszy moment (emocje\u00a0{score}/5)",
    ),
    "stage_low_tie": (
        "Stage {n}, {stage}: {touchpoint} and {others} more are the hardest moments (emotion\u00a0{score}/5)",
        "Etapa {n}, {stage}: {touchpoint} y {others} más, los momentos más difíciles (emoción\u00a0{score}/5)",
        "Etap {n}, {stage}: {touchpoint} i jeszcze {others} to najtrudniejsze momenty (emocje\u00a0{score}/5)",
    ),
    "stage_cost": (
        "Stage {n}, {stage}: {touchpoint} is the costliest touchpoint ({cost})",
        "Etapa {n}, {stage}: {touchpoint} es el punto de contacto más costoso ({cost})",
        "Etap {n}, {stage}: {touchpoint} to najdroższy punkt styku ({cost})",
    ),
    "emotion_table": (
        "Emotion by persona and stage (1 = very negative, 5 = very positive)",
        "Emoción por persona y etapa (1 = muy negativa, 5 = muy positiva)",
        "Emocje według persony i etapu (1 = bardzo negatywne, 5 = bardzo pozytywne)",
    ),
    "grid_legend": ("mode · emotion 1-5", "modo · emoción 1-5", "tryb · emocje 1-5"),
    "brand_goal": ("Brand goal", "Objetivo de la marca", "Cel marki"),
    "kpi": ("KPI", "KPI", "KPI"),
    "touchpoint": ("Touchpoint", "Punto de contacto", "Punkt styku"),
    "customer_action": ("Customer action", "Acción del cliente", "Działanie klienta"),
    "motivation": ("Motivation", "Motivación", "Motywacja"),
    "obstacle": ("Obstacle", "Obstáculo", "Przeszkoda"),
    "owner": ("Owner", "Responsable", "Właściciel"),
    "cost": ("Cost", "Coste", "Koszt"),
    "emotion": ("Emotion", "Emoción", "Emocje"),
    "no_touchpoints": (
        "No touchpoints recorded for this stage.",
        "No hay puntos de contacto para esta etapa.",
        "Brak punktów styku dla tego etapu.",
    ),
    "question": ("Question", "Pregunta", "Pytanie"),
    "answer": ("Answer", "Respuesta", "Odpowiedź"),
    "question_source": ("Source", "Fuente", "Źródło"),
    "problem": ("Problem", "Problema", "Problem"),
    "where": ("Stage · touchpoint", "Etapa · punto de contacto", "Etap · punkt styku"),
    "status": ("Status", "Estado", "Status"),
    "stage": ("Stage", "Etapa", "Etap"),
    "persona": ("Persona", "Persona", "Persona"),
    "whole_journey": ("Whole journey", "Todo el recorrido", "Cała ścieżka"),
    "open": ("Open", "Abierta", "Otwarte"),
    "questions_title": (
        "Key questions: {answered} answered, {open} open",
        "Preguntas clave: {answered}, {open}",
        "Kluczowe pytania: {answered} z odpowiedzią, {open}",
    ),
    "quick_win": ("Quick win", "Victoria rápida", "Szybka wygrana"),
    "major_project": ("Major project", "Proyecto estratégico", "Duży projekt"),
    "fill_in": ("Fill-in", "Tarea de relleno", "Zadanie uzupełniające"),
    "thankless_task": ("Thankless task", "Tarea ingrata", "Niewdzięczne zadanie"),
    "plan": ("Action plan", "Plan de acción", "Plan działań"),
    "plan_title": (
        "Action plan: {quick} among {total}",
        "Plan de acción: {quick} entre {total}",
        "Plan działań: {quick} wśród {total}",
    ),
    "plan_top_note": (
        "The top {shown} of {total}; the complete plan is in the appendix",
        "Las {shown} primeras de {total}; el plan completo está en el anexo",
        "Pierwsze {shown} z {total}; pełny plan w załączniku",
    ),
    "plan_all_title": (
        "Complete action plan: {total} ranked by impact × feasibility",
        "Plan de acción completo: {total} por impacto × viabilidad",
        "Pełny plan działań: {total} według wpływu × wykonalności",
    ),
    "appendix": ("Appendix", "Anexo", "Załącznik"),
    "summary": ("Executive summary", "Resumen ejecutivo", "Podsumowanie"),
    "see_slide": ("→ see slide {n}", "→ ver diapositiva {n}", "→ zob. slajd {n}"),
    "quick_wins_first": (
        "Start with the quick wins: {names}",
        "Empezar por las victorias rápidas: {names}",
        "Na początek szybkie wygrane: {names}",
    ),
    "and": ("and", "y", "i"),
    "appendix_plan": ("Complete action plan", "Plan de acción completo", "Pełny plan działań"),
    "rank": ("#", "#", "#"),
    "action": ("Action", "Acción", "Działanie"),
    "impact": ("Impact", "Impacto", "Wpływ"),
    "feasibility": ("Feasibility", "Viabilidad", "Wykonalność"),
    "score": ("Score", "Puntuación", "Wynik"),
    "quadrant": ("Quadrant", "Cuadrante", "Ćwiartka"),
    "horizon": ("Horizon", "Plazo", "Termin"),
    "matrix": ("Impact × feasibility", "Impacto × viabilidad", "Wpływ × wykonalność"),
    "matrix_title": (
        "Impact × feasibility: {quick} of {total} in the quick-win quadrant",
        "Impacto × viabilidad: {quick} de {total} en el cuadrante de victorias rápidas",
        "Wpływ × wykonalność: {quick} z {total} w ćwiartce szybkich wygranych",
    ),
    "matrix_note": (
        "Numbers are the ranks in the action plan",
        "Los números son el orden en el plan de acción",
        "Liczby to pozycje w planie działań",
    ),
    "costs": ("Costs", "Costes", "Koszty"),
    "costs_title": (
        "{stage} takes the largest share of touchpoint costs: {share}",
        "{stage}: la etapa con mayor peso en los costes, {share}",
        "{stage} pochłania największą część kosztów: {share}",
    ),
    "costs_title_even": (
        "Touchpoint costs are spread evenly across the stages; {stage}, the largest, takes {share}",
        "Los costes se reparten por igual entre las etapas; {stage}, la mayor, se lleva {share}",
        "Koszty rozkładają się równo między etapy; największa część, {share}, przypada na {stage}",
    ),
    "percent": ("{n}%", "{n}\u00a0%", "{n}%"),
    "costs_by_stage": ("Costs by stage", "Costes por etapa", "Koszty według etapu"),
    "costs_by_channel": ("Costs by channel", "Costes por canal", "Koszty według kanału"),
    "total": ("Total", "Total", "Razem"),
    "closing": ("Thank you", "Gracias", "Dziękujemy"),
    "source": ("Source", "Fuente", "Źródło"),
    "rows": ("rows", "filas", "wiersze"),
    "row": ("row", "fila", "wiersz"),
    "paged": ("{title} ({n}/{total})", "{title} ({n}/{total})", "{title} ({n}/{total})"),
    "detail": ("{label}: {value}", "{label}: {value}", "{label}: {value}"),
    "more": ("+{n} more", "+{n} más", "+{n} więcej"),
    "cut_full": (
        "Cut on this slide; full text: {text}",
        "Recortado en esta diapositiva; texto completo: {text}",
        "Skrócone na tym slajdzie; pełny tekst: {text}",
    ),
    "map_cut_note": (
        "Each lane shows its first items; the complete map is in the appendix",
        "Cada fila muestra sus primeros elementos; el mapa completo está en el anexo",
        "Każdy wiersz pokazuje pierwsze pozycje; pełna mapa w załączniku",
    ),
    "map_full_title": (
        "Complete journey map: {name}",
        "Mapa completo del recorrido: {name}",
        "Pełna mapa ścieżki: {name}",
    ),
    "stage_description": ("Description", "Descripción", "Opis"),
    "stage_cut_note": (
        "The {shown} hardest of {total}; every touchpoint of the stage is in the appendix",
        "Los {shown} más difíciles de {total}; todos los de la etapa están en el anexo",
        "{shown} najtrudniejszych z {total}; wszystkie punkty styku etapu w załączniku",
    ),
    "stage_all_title": (
        "Stage {n}, {stage}: every touchpoint",
        "Etapa {n}, {stage}: todos los puntos de contacto",
        "Etap {n}, {stage}: wszystkie punkty styku",
    ),
    "appendix_stages": (
        "Every touchpoint by stage",
        "Todos los puntos de contacto por etapa",
        "Wszystkie punkty styku według etapów",
    ),
    "heatmap_legend": (
        "touchpoints · mean emotion",
        "puntos de contacto · emoción media",
        "punkty styku · średnia emocji",
    ),
    "heatmap_note": (
        "Colour: mean emotion; every touchpoint of the grid is in the appendix",
        "Color: emoción media; todos los puntos de contacto de la cuadrícula están en el anexo",
        "Kolor: średnia emocji; wszystkie punkty styku siatki w załączniku",
    ),
    "appendix_grid": (
        "The complete touchpoint grid",
        "La cuadrícula completa de puntos de contacto",
        "Pełna siatka punktów styku",
    ),
    "appendix_maps": ("Complete journey maps", "Mapas completos del recorrido", "Pełne mapy ścieżki"),
    "prepared_by": ("Prepared by {who}", "Preparado por {who}", "Przygotowane przez: {who}"),
    **REPORT_TEXTS,
    **RESULT_TEXTS,
    **WORKSHOP_TEXTS,
    **TRACKER_TEXTS,
}


T = TypeVar("T")


def pick(options: tuple[T, ...], lang: str) -> T:
    """Return the option of `options` (en, es, pl, in the order of LANGUAGES) for `lang`, English when unknown."""
    return options[LANGUAGES.index(lang)] if lang in LANGUAGES else options[0]


def text(key: str, lang: str, **values: Any) -> str:
    """Return fixed text `key` in `lang` (English when unknown), with `values` filled in."""
    chosen = pick(TEXTS[key], lang)
    return chosen.format(**values) if values else chosen


def quadrant_name(key: str, lang: str) -> str:
    """Return the name of impact/feasibility quadrant `key` (see cjmdeck.model) in `lang`."""
    return text(key, lang)


def map_type_name(key: str, lang: str) -> str:
    """Return the name of map type `key` in `lang`, or `key` itself when it is not a known map type."""
    return pick(MAP_TYPES[key][:3], lang) if key in MAP_TYPES else key
