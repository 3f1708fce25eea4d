"""The texts of the Instructions sheet that `cjmdeck new` writes, in English, Spanish and Polish."""

from __future__ import annotations

# Sheet key -> what the sheet is for (en, es, pl).
SHEETS: dict[str, tuple[str, str, str]] = {
    "project": (
        "Who the map is for and what it is for. Field names in column A, values in column B.",
        "Para quién es el mapa y para qué sirve. Campos en la columna A, valores en la columna B.",
        "Dla kogo jest mapa i czemu służy. Nazwy pól w kolumnie A, wartości w kolumnie B.",
    ),
    "personas": (
        "One row per persona: a research-based representative customer.",
        "Una fila por persona: un cliente representativo basado en la investigación.",
        "Jeden wiersz na personę: reprezentatywnego klienta opartego na badaniach.",
    ),
    "stages": (
        "One row per stage, in the order of the journey.",
        "Una fila por etapa, en el orden del recorrido.",
        "Jeden wiersz na etap, w kolejności ścieżki.",
    ),
    "journey": (
        "What each persona does, thinks and feels at each stage. Leave Persona blank for every persona.",
        "Qué hace, piensa y siente cada persona en cada etapa. Deje Persona en blanco para todas.",
        "Co każda persona robi, myśli i czuje na każdym etapie. Puste pole Persona = wszystkie persony.",
    ),
    "touchpoints": (
        "Every moment the customer meets the brand, online or offline, by stage.",
        "Cada momento en que el cliente se encuentra con la marca, online u offline, por etapa.",
        "Każdy moment kontaktu klienta z marką, online lub offline, według etapu.",
    ),
    "questions": (
        "The key questions the map must answer, and their answers. Blank stage = the whole journey.",
        "Las preguntas clave que el mapa debe responder, con sus respuestas. Etapa en blanco = todo el recorrido.",
        "Kluczowe pytania, na które mapa ma odpowiedzieć, wraz z odpowiedziami. Pusty etap = cała ścieżka.",
    ),
    "actions": (
        "Improvements, prioritised by impact x feasibility (or effort: feasibility = 6 - effort).",
        "Mejoras, priorizadas por impacto x viabilidad (o esfuerzo: viabilidad = 6 - esfuerzo).",
        "Usprawnienia, priorytetyzowane wg wpływu x wykonalności (lub nakładu: wykonalność = 6 - nakład).",
    ),
    "funnel": (
        "Optional: how many customers reach each stage (from analytics), to find where most are lost. "
        "Add Persona or Channel for a breakdown, and Period to compare two periods.",
        "Opcional: cuántos clientes llegan a cada etapa (de la analítica), para ver dónde se pierden más. "
        "Añada Persona o Canal para desglosar, y Periodo para comparar dos periodos.",
        "Opcjonalnie: ilu klientów dociera do każdego etapu (z analityki), by zobaczyć, gdzie traci się najwięcej. "
        "Dodaj Personę lub Kanał, by rozbić dane, i Okres, by porównać dwa okresy.",
    ),
}

SCORE = (
    "Whole number 1 (lowest) to 5 (highest).",
    "Número entero de 1 (mínimo) a 5 (máximo).",
    "Liczba całkowita od 1 (najniżej) do 5 (najwyżej).",
)
LIST = (
    "One item per line (Alt+Enter) or separated by ';'.",
    "Un elemento por línea (Alt+Intro) o separados por ';'.",
    "Jeden element na wiersz (Alt+Enter) lub rozdzielone ';'.",
)
STAGE_REF = (
    "A stage of the Stages sheet (dropdown).",
    "Una etapa de la hoja Etapas (lista).",
    "Etap z arkusza Etapy (lista).",
)
PERSONA_REF = (
    "A persona of the Personas sheet; blank = every persona.",
    "Una persona de la hoja Personas; en blanco = todas.",
    "Persona z arkusza Persony; puste = wszystkie.",
)

# Column key (or "sheet.key" where a key means something else on that sheet) -> help (en, es, pl).
COLUMNS: dict[str, tuple[str, str, str]] = {
    "project.client": (
        "The client's name (required).",
        "Nombre del cliente (obligatorio).",
        "Nazwa klienta (wymagane).",
    ),
    "project.project": ("The project's name.", "Nombre del proyecto.", "Nazwa projektu."),
    "project.objective": (
        "What the map is for: more sales, loyalty, brand perception...",
        "Para qué sirve el mapa: más ventas, fidelidad, percepción de marca...",
        "Cel mapy: większa sprzedaż, lojalność, postrzeganie marki...",
    ),
    "project.product": (
        "The product or service the map covers.",
        "El producto o servicio que cubre el mapa.",
        "Produkt lub usługa objęta mapą.",
    ),
    "project.map_type": (
        "Current state, Future state, Day in the life or Service blueprint.",
        "Estado actual, Estado futuro, Día en la vida o Plan de servicio.",
        "Stan obecny, Stan przyszły, Dzień z życia lub Plan usługi.",
    ),
    "project.author": ("Who prepared the map.", "Quién preparó el mapa.", "Kto przygotował mapę."),
    "project.agency": ("The agency or consultancy.", "La agencia o consultora.", "Agencja lub firma doradcza."),
    "project.date": ("Date of the map.", "Fecha del mapa.", "Data mapy."),
    "project.language": (
        "Language of the deliverables: en, es or pl.",
        "Idioma de los entregables: en, es o pl.",
        "Język materiałów: en, es lub pl.",
    ),
    "project.currency": (
        "Currency of costs, e.g. EUR, USD, PLN.",
        "Moneda de los costes, p. ej. EUR, USD, PLN.",
        "Waluta kosztów, np. PLN, EUR, USD.",
    ),
    "personas.name": (
        "The persona's name (required, unique).",
        "Nombre de la persona (obligatorio, único).",
        "Imię persony (wymagane, unikalne).",
    ),
    "age": ("Age or age range.", "Edad o rango de edad.", "Wiek lub przedział wieku."),
    "gender": ("Gender.", "Género.", "Płeć."),
    "occupation": ("Occupation or job title.", "Ocupación o puesto.", "Zawód lub stanowisko."),
    "location": ("Where they live.", "Dónde vive.", "Miejsce zamieszkania."),
    "income": ("Income level.", "Nivel de ingresos.", "Poziom dochodu."),
    "education": ("Education level.", "Nivel educativo.", "Poziom wykształcenia."),
    "goals": (
        "Professional and personal goals. " + LIST[0],
        "Objetivos profesionales y personales. " + LIST[1],
        "Cele zawodowe i osobiste. " + LIST[2],
    ),
    "needs": (
        "What they need from the brand. " + LIST[0],
        "Qué necesita de la marca. " + LIST[1],
        "Czego potrzebuje od marki. " + LIST[2],
    ),
    "motivations": (
        "What drives them to act. " + LIST[0],
        "Qué le impulsa a actuar. " + LIST[1],
        "Co skłania do działania. " + LIST[2],
    ),
    "frustrations": (
        "Challenges and pain points. " + LIST[0],
        "Retos y puntos de dolor. " + LIST[1],
        "Wyzwania i problemy. " + LIST[2],
    ),
    "interests": (
        "Interests and hobbies. " + LIST[0],
        "Intereses y aficiones. " + LIST[1],
        "Zainteresowania i hobby. " + LIST[2],
    ),
    "personality": ("Personality traits.", "Rasgos de personalidad.", "Cechy osobowości."),
    "quote": ("A sentence in their own words.", "Una frase con sus propias palabras.", "Zdanie jej własnymi słowami."),
    "photo": (
        "Image file, relative to the workbook's folder.",
        "Archivo de imagen, relativo a la carpeta del libro.",
        "Plik obrazu, względem folderu skoroszytu.",
    ),
    "stages.name": (
        "The stage's name (required, unique).",
        "Nombre de la etapa (obligatorio, único).",
        "Nazwa etapu (wymagane, unikalne).",
    ),
    "description": ("What happens at this stage.", "Qué ocurre en esta etapa.", "Co dzieje się na tym etapie."),
    "customer_goal": (
        "What the customer wants to achieve.",
        "Qué quiere lograr el cliente.",
        "Co klient chce osiągnąć.",
    ),
    "brand_goal": ("What the brand wants to achieve.", "Qué quiere lograr la marca.", "Co marka chce osiągnąć."),
    "kpi": ("How success is measured.", "Cómo se mide el éxito.", "Jak mierzony jest sukces."),
    "persona": PERSONA_REF,
    "stage": STAGE_REF,
    "customer_actions": (
        "What the customer does. " + LIST[0],
        "Qué hace el cliente. " + LIST[1],
        "Co robi klient. " + LIST[2],
    ),
    "thoughts": (
        "What the customer thinks. " + LIST[0],
        "Qué piensa el cliente. " + LIST[1],
        "Co myśli klient. " + LIST[2],
    ),
    "emotion": (
        "How the customer feels: 1 = very negative ... 5 = very positive.",
        "Cómo se siente el cliente: 1 = muy negativo ... 5 = muy positivo.",
        "Jak czuje się klient: 1 = bardzo negatywnie ... 5 = bardzo pozytywnie.",
    ),
    "feeling": (
        "The feeling in a word or two, and why.",
        "El sentimiento en una o dos palabras, y por qué.",
        "Odczucie w jednym lub dwóch słowach i dlaczego.",
    ),
    "pain_points": (
        "What stops or annoys the customer. " + LIST[0],
        "Qué frena o molesta al cliente. " + LIST[1],
        "Co zatrzymuje lub irytuje klienta. " + LIST[2],
    ),
    "opportunities": (
        "Ways to remove the pain points. " + LIST[0],
        "Formas de eliminar los puntos de dolor. " + LIST[1],
        "Sposoby usunięcia problemów. " + LIST[2],
    ),
    "engagement": SCORE,
    "backstage": (
        "What the brand does out of sight (service blueprint). " + LIST[0],
        "Qué hace la marca fuera de la vista (plan de servicio). " + LIST[1],
        "Co marka robi poza zasięgiem wzroku (plan usługi). " + LIST[2],
    ),
    "support_processes": (
        "Systems and processes behind it. " + LIST[0],
        "Sistemas y procesos detrás. " + LIST[1],
        "Systemy i procesy w tle. " + LIST[2],
    ),
    "touchpoints.name": (
        "The touchpoint (required): website, Instagram, store...",
        "El punto de contacto (obligatorio): web, Instagram, tienda...",
        "Punkt styku (wymagane): strona, Instagram, sklep...",
    ),
    "channel": (
        "The channel it belongs to: social, search, email, store...",
        "El canal: redes sociales, buscador, email, tienda...",
        "Kanał: media społecznościowe, wyszukiwarka, e-mail, sklep...",
    ),
    "mode": ("online or offline (dropdown).", "online u offline (lista).", "online lub offline (lista)."),
    "customer_action": ("What the customer does there.", "Qué hace allí el cliente.", "Co klient tam robi."),
    "motivation": ("Why the customer uses it.", "Por qué lo usa el cliente.", "Dlaczego klient z niego korzysta."),
    "obstacle": ("What gets in the way.", "Qué lo dificulta.", "Co przeszkadza."),
    "owner": ("Team or person responsible.", "Equipo o persona responsable.", "Zespół lub osoba odpowiedzialna."),
    "cost": (
        "Cost (number >= 0) in the project's currency.",
        "Coste (número >= 0) en la moneda del proyecto.",
        "Koszt (liczba >= 0) w walucie projektu.",
    ),
    "questions.text": ("The question (required).", "La pregunta (obligatoria).", "Pytanie (wymagane)."),
    "questions.stage": (
        "A stage of the Stages sheet; blank = the whole journey.",
        "Una etapa de la hoja Etapas; en blanco = todo el recorrido.",
        "Etap z arkusza Etapy; puste = cała ścieżka.",
    ),
    "answer": (
        "The answer found; blank = still open.",
        "La respuesta encontrada; en blanco = abierta.",
        "Znaleziona odpowiedź; puste = pytanie otwarte.",
    ),
    "source": (
        "Where the answer comes from: analytics, interviews...",
        "De dónde sale la respuesta: analítica, entrevistas...",
        "Źródło odpowiedzi: analityka, wywiady...",
    ),
    "actions.text": ("The action (required).", "La acción (obligatoria).", "Działanie (wymagane)."),
    "impact": (
        "Impact on the customer and business (required). " + SCORE[0],
        "Impacto en el cliente y el negocio (obligatorio). " + SCORE[1],
        "Wpływ na klienta i biznes (wymagane). " + SCORE[2],
    ),
    "feasibility": (
        "How easy it is to do. " + SCORE[0] + " Fill this or Effort.",
        "Facilidad de ejecución. " + SCORE[1] + " Rellene esta o Esfuerzo.",
        "Łatwość wykonania. " + SCORE[2] + " Wypełnij to lub Nakład.",
    ),
    "effort": (
        "How much work it takes (feasibility = 6 - effort). " + SCORE[0],
        "Cuánto trabajo requiere (viabilidad = 6 - esfuerzo). " + SCORE[1],
        "Ile pracy wymaga (wykonalność = 6 - nakład). " + SCORE[2],
    ),
    "actions.touchpoint": (
        "The touchpoint it improves.",
        "El punto de contacto que mejora.",
        "Punkt styku, który usprawnia.",
    ),
    "problem": ("The pain point it solves.", "El problema que resuelve.", "Problem, który rozwiązuje."),
    "horizon": ("When: e.g. Q1, 3 months.", "Cuándo: p. ej. T1, 3 meses.", "Kiedy: np. Q1, 3 miesiące."),
    "status": ("Planned, in progress, done...", "Planificada, en curso, hecha...", "Planowane, w toku, zrobione..."),
    "baseline": (
        "The KPI's value before the changes (a number; 12% allowed).",
        "Valor del KPI antes de los cambios (un número; se admite 12%).",
        "Wartość KPI przed zmianami (liczba; można 12%).",
    ),
    "target": (
        "The KPI's value aimed for.",
        "Valor del KPI que se quiere alcanzar.",
        "Docelowa wartość KPI.",
    ),
    "current": (
        "The KPI's value measured now.",
        "Valor del KPI medido ahora.",
        "Obecnie zmierzona wartość KPI.",
    ),
    "due": ("When it is due (a date).", "Cuándo vence (una fecha).", "Termin wykonania (data)."),
    "customers": (
        "How many customers reach the stage (required): visits, leads, buyers...",
        "Cuántos clientes llegan a la etapa (obligatorio): visitas, leads, compradores...",
        "Ilu klientów dociera do etapu (wymagane): wizyty, leady, kupujący...",
    ),
    "period": (
        "The period counted, e.g. Q1 2026; two periods are compared.",
        "El periodo contado, p. ej. T1 2026; se comparan dos periodos.",
        "Okres pomiaru, np. Q1 2026; porównywane są dwa okresy.",
    ),
    "funnel.channel": (
        "Optional: the channel counted; blank = every channel.",
        "Opcional: el canal contado; en blanco = todos.",
        "Opcjonalnie: mierzony kanał; puste = wszystkie.",
    ),
}


def column_help(sheet: str, key: str, lang_index: int) -> str:
    """Return the help text of column `key` of sheet `sheet` in the language at `lang_index`."""
    texts = COLUMNS.get(f"{sheet}.{key}") or COLUMNS.get(key) or ("", "", "")
    return texts[lang_index]


# Titles and fixed lines of the Instructions sheet.
TITLE = ("Instructions", "Instrucciones", "Instrukcja")
INTRO = (
    (
        "Fill one row per item on each sheet; keep the header row. Required columns are marked *.",
        "Rellene una fila por elemento en cada hoja; mantenga la fila de encabezados. Las columnas obligatorias llevan *.",
        "Wypełnij jeden wiersz na element w każdym arkuszu; zachowaj wiersz nagłówków. Kolumny wymagane oznaczono *.",
    ),
    (
        "Then run: cjmdeck check WORKBOOK.xlsx, and cjmdeck build WORKBOOK.xlsx",
        "Después ejecute: cjmdeck check LIBRO.xlsx, y cjmdeck build LIBRO.xlsx",
        "Następnie uruchom: cjmdeck check SKOROSZYT.xlsx oraz cjmdeck build SKOROSZYT.xlsx",
    ),
)
HEADERS = (
    ("Sheet", "Column", "What to write"),
    ("Hoja", "Columna", "Qué escribir"),
    ("Arkusz", "Kolumna", "Co wpisać"),
)
PLACEHOLDERS = {
    "client": ("Client name", "Nombre del cliente", "Nazwa klienta"),
    "project": ("Customer journey map", "Mapa del recorrido del cliente", "Mapa podróży klienta"),
    "persona": ("Persona 1", "Persona 1", "Persona 1"),
}
