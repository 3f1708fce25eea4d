"""The fixed words of the Word report, in English, Spanish and Polish (joined to `labels.TEXTS`)."""

from __future__ import annotations

REPORT_TEXTS: dict[str, tuple[str, str, str]] = {
    "report_kind": ("Customer journey map", "Mapa del recorrido del cliente", "Mapa ścieżki klienta"),
    "contents": ("Contents", "Índice", "Spis treści"),
    "contents_note": (
        "Page numbers appear when the document is opened in Word, or after updating the table in LibreOffice.",
        "Los números de página aparecen al abrir el documento en Word o al actualizar el índice en LibreOffice.",
        "Numery stron pojawiają się po otwarciu dokumentu w Wordzie lub po aktualizacji spisu w LibreOffice.",
    ),
    "prepared_for": ("Prepared for {client}", "Preparado para {client}", "Przygotowane dla: {client}"),
    "page": ("Page", "Página", "Strona"),
    "table": ("Table", "Tabla", "Tabela"),
    "figure": ("Figure", "Figura", "Rysunek"),
    "profile": ("Profile", "Perfil", "Profil"),
    "journey_by_stage": ("Journey by stage", "Recorrido por etapa", "Ścieżka według etapów"),
    "journeys": ("Journeys by stage", "Recorridos por etapa", "Ścieżki według etapów"),
    "journey_table": (
        "{name}'s journey by stage",
        "El recorrido de {name} por etapa",
        "Ścieżka: {name}, według etapów",
    ),
    "touchpoints_by_stage": ("Touchpoints by stage", "Puntos de contacto por etapa", "Punkty styku według etapów"),
    "touchpoints_of": ("Touchpoints of {stage}", "Puntos de contacto de {stage}", "Punkty styku: {stage}"),
    "plan_by_quadrant": ("Actions by quadrant", "Acciones por cuadrante", "Działania według ćwiartek"),
    "plan_ranked": ("Actions ranked by priority", "Acciones por prioridad", "Działania według priorytetu"),
    "quadrant_rule": (
        "Score = impact × feasibility (1–25). Quick wins: high impact, high feasibility; major projects: high impact, low feasibility; fill-ins: low impact, high feasibility; thankless tasks: low impact, low feasibility.",
        "Puntuación = impacto × viabilidad (1–25). Victorias rápidas: impacto alto y viabilidad alta; proyectos estratégicos: impacto alto y viabilidad baja; tareas de relleno: impacto bajo y viabilidad alta; tareas ingratas: impacto bajo y viabilidad baja.",
        "Wynik = wpływ × wykonalność (1–25). Szybkie wygrane: duży wpływ, wysoka wykonalność; duże projekty: duży wpływ, niska wykonalność; zadania uzupełniające: mały wpływ, wysoka wykonalność; niewdzięczne zadania: mały wpływ, niska wykonalność.",
    ),
    "none_in_quadrant": ("None.", "Ninguna.", "Brak."),
    "sources_title": (
        "Workbook sheets and rows used",
        "Hojas y filas del libro utilizadas",
        "Wykorzystane arkusze i wiersze",
    ),
    "sources_intro": (
        "Source data: the workbook {workbook}, in the sheets and rows below.",
        "Datos de origen: el libro {workbook}, en las hojas y filas siguientes.",
        "Dane źródłowe: skoroszyt {workbook}, arkusze i wiersze poniżej.",
    ),
    "sheet": ("Sheet", "Hoja", "Arkusz"),
    "rows_header": ("Rows", "Filas", "Wiersze"),
    "count": ("Count", "Cantidad", "Liczba"),
    "records": ("Records", "Registros", "Rekordy"),
    "what": ("Used for", "Uso", "Zastosowanie"),
    "client": ("Client", "Cliente", "Klient"),
    "project": ("Project", "Proyecto", "Projekt"),
    "date": ("Date", "Fecha", "Data"),
    "agency": ("Agency", "Agencia", "Agencja"),
    "author": ("Author", "Autor", "Autor"),
    "no_personas": ("No personas in the workbook.", "El libro no tiene personas.", "Skoroszyt nie zawiera person."),
    "no_questions": (
        "No key questions in the workbook.",
        "El libro no tiene preguntas clave.",
        "Skoroszyt nie zawiera kluczowych pytań.",
    ),
    "no_actions": ("No actions in the workbook.", "El libro no tiene acciones.", "Skoroszyt nie zawiera działań."),
    "no_emotions": (
        "No emotion scores in the workbook.",
        "El libro no tiene puntuaciones de emoción.",
        "Skoroszyt nie zawiera ocen emocji.",
    ),
    "share": ("Share", "Porcentaje", "Udział"),
}
