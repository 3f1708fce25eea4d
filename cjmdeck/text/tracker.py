"""The fixed words of the action tracker (`build --tracker`), in English, Spanish and Polish (joined to `labels.TEXTS`).

Column headers are keyed `tracker_<column>`; reading an edited tracker back accepts each
header in any of the three languages.
"""

from __future__ import annotations

PLAN_COLUMNS = (
    "rank",
    "action",
    "stage",
    "touchpoint",
    "persona",
    "problem",
    "impact",
    "feasibility",
    "score",
    "quadrant",
    "owner",
    "horizon",
    "due",
    "status",
    "kpi",
    "baseline",
    "target",
    "current",
)  # the Action plan sheet's columns, in order
LINK_COLUMNS = (
    "rank",
    "action",
    "stage",
    "customer_goal",
    "touchpoint",
    "channel",
    "obstacle",
    "problem",
    "pain_points",
)  # the Links sheet's columns, in order
STATUSES = ("proposed", "approved", "in_progress", "done", "on_hold")  # the status dropdown's own options, in order

TRACKER_TEXTS: dict[str, tuple[str, str, str]] = {
    "tracker_plan_sheet": ("Action plan", "Plan de acción", "Plan działania"),
    "tracker_links_sheet": ("Links", "Vínculos", "Powiązania"),
    "tracker_lists_sheet": ("Lists", "Listas", "Listy"),
    "tracker_title": ("{client}: action plan", "{client}: plan de acción", "{client}: plan działania"),
    "tracker_rank": ("Rank", "Posición", "Pozycja"),
    "tracker_action": ("Action", "Acción", "Działanie"),
    "tracker_stage": ("Stage", "Etapa", "Etap"),
    "tracker_touchpoint": ("Touchpoint", "Punto de contacto", "Punkt styku"),
    "tracker_persona": ("Persona", "Persona", "Persona"),
    "tracker_problem": ("Problem", "Problema", "Problem"),
    "tracker_impact": ("Impact", "Impacto", "Wpływ"),
    "tracker_feasibility": ("Feasibility", "Viabilidad", "Wykonalność"),
    "tracker_score": ("Score", "Puntuación", "Wynik"),
    "tracker_quadrant": ("Quadrant", "Cuadrante", "Ćwiartka"),
    "tracker_owner": ("Owner", "Responsable", "Właściciel"),
    "tracker_horizon": ("Horizon", "Plazo", "Termin"),
    "tracker_due": ("Due date", "Fecha límite", "Termin realizacji"),
    "tracker_status": ("Status", "Estado", "Status"),
    "tracker_kpi": ("KPI", "KPI", "KPI"),
    "tracker_baseline": ("Baseline", "Valor inicial", "Wartość bazowa"),
    "tracker_target": ("Target", "Meta", "Wartość docelowa"),
    "tracker_current": ("Current", "Valor actual", "Wartość obecna"),
    "tracker_customer_goal": ("Stage's customer goal", "Objetivo del cliente en la etapa", "Cel klienta na etapie"),
    "tracker_channel": ("Channel", "Canal", "Kanał"),
    "tracker_obstacle": ("Obstacle", "Obstáculo", "Przeszkoda"),
    "tracker_pain_points": ("Pain points at the stage", "Puntos de dolor de la etapa", "Problemy na etapie"),
    "tracker_proposed": ("Proposed", "Propuesta", "Proponowane"),
    "tracker_approved": ("Approved", "Aprobada", "Zatwierdzone"),
    "tracker_in_progress": ("In progress", "En curso", "W trakcie"),
    "tracker_done": ("Done", "Hecha", "Zakończone"),
    "tracker_on_hold": ("On hold", "En pausa", "Wstrzymane"),
    "tracker_score_error": (
        "Type a whole number from 1 to 5.",
        "Escriba un número entero del 1 al 5.",
        "Wpisz liczbę całkowitą od 1 do 5.",
    ),
    "tracker_date_error": (
        "Type a date, e.g. 2026-06-30.",
        "Escriba una fecha, p. ej. 2026-06-30.",
        "Wpisz datę, np. 2026-06-30.",
    ),
    "tracker_status_error": (
        "Pick a status from the list.",
        "Elija un estado de la lista.",
        "Wybierz status z listy.",
    ),
    "tracker_owner_error": (
        "This owner is not in the list yet; keep it?",
        "Este responsable aún no está en la lista; ¿mantenerlo?",
        "Tej osoby nie ma jeszcze na liście; zostawić?",
    ),
}
