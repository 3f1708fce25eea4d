"""The workshop deck's words in English, Spanish and Polish: titles, prompts, rules and the facilitator's script.

Joined to `labels.TEXTS`, so `text(key, lang)` finds them. The script's "Goes to" lines name the
workbook's sheets and columns in the workbook's language (see `where`).
"""

from __future__ import annotations

WORKSHOP_TEXTS: dict[str, tuple[str, str, str]] = {
    "ws_kind": ("Journey-mapping workshop", "Taller de mapa del recorrido", "Warsztat mapowania ścieżki klienta"),
    "ws_agenda": ("Agenda: {minutes} minutes", "Agenda: {minutes} minutos", "Agenda: {minutes} minut"),
    "ws_time": ("Time", "Hora", "Czas"),
    "ws_duration": ("Minutes", "Minutos", "Minuty"),
    "ws_part": ("Part", "Parte", "Część"),
    "ws_item_welcome": (
        "Welcome, objective and ground rules",
        "Bienvenida, objetivo y reglas",
        "Powitanie, cel i zasady",
    ),
    "ws_item_stages": ("Validate the stages", "Validar las etapas", "Weryfikacja etapów"),
    "ws_item_personas": ("The personas: what we know", "Las personas: lo que sabemos", "Persony: co wiemy"),
    "ws_item_mapping": (
        "Map each persona's journey",
        "Mapear el recorrido de cada persona",
        "Mapowanie ścieżek person",
    ),
    "ws_item_stage_questions": (
        "Key questions and touchpoints by stage",
        "Preguntas clave y puntos de contacto por etapa",
        "Kluczowe pytania i punkty styku według etapów",
    ),
    "ws_item_voting": (
        "Dot voting and priorities",
        "Votación con puntos y prioridades",
        "Głosowanie kropkami i priorytety",
    ),
    "ws_item_commit": ("Commitments and next steps", "Compromisos y próximos pasos", "Zobowiązania i kolejne kroki"),
    "ws_item_break": ("Break", "Descanso", "Przerwa"),
    "ws_rules": ("How we work today", "Cómo trabajamos hoy", "Jak dziś pracujemy"),
    "ws_rules_title": ("Ground rules", "Reglas del taller", "Zasady"),
    "ws_rule_1": ("One idea per sticky note", "Una idea por nota", "Jeden pomysł na karteczkę"),
    "ws_rule_2": (
        "Write as the customer would say it",
        "Escribid como lo diría el cliente",
        "Pisz tak, jak powiedziałby klient",
    ),
    "ws_rule_3": (
        "Mark guesses as hypotheses: write H in the corner",
        "Marcad las suposiciones como hipótesis: escribid H en la esquina",
        "Oznacz przypuszczenia jako hipotezy: napisz H w rogu",
    ),
    "ws_rule_4": (
        "Every voice counts: write first, then discuss",
        "Todas las voces cuentan: primero escribir, luego debatir",
        "Każdy głos się liczy: najpierw piszemy, potem dyskutujemy",
    ),
    "ws_rule_5": (
        "Park side topics on the parking lot",
        "Los temas fuera de foco, al parking",
        "Tematy poboczne odkładamy na parking",
    ),
    "ws_legend": ("Sticky-note colours", "Colores de las notas", "Kolory karteczek"),
    "ws_note_stage": ("Stage", "Etapa", "Etap"),
    "ws_note_action": ("Customer action", "Acción del cliente", "Działanie klienta"),
    "ws_note_touchpoint": ("Touchpoint", "Punto de contacto", "Punkt styku"),
    "ws_note_pain": ("Pain point", "Punto de dolor", "Problem"),
    "ws_note_opportunity": ("Opportunity or idea", "Oportunidad o idea", "Szansa lub pomysł"),
    "ws_no_objective": (
        "Agree today the one question this map must answer.",
        "Acordad hoy la pregunta que este mapa debe responder.",
        "Ustalmy dziś jedno pytanie, na które ma odpowiedzieć ta mapa.",
    ),
    "ws_stages": (
        "Do these stages match how customers buy?",
        "¿Reflejan estas etapas cómo compran los clientes?",
        "Czy te etapy oddają, jak kupują klienci?",
    ),
    "ws_stages_prompt": (
        "Rename, merge, split or add stages, and put the notes in the customer's order.",
        "Renombrad, unid, dividid o añadid etapas, y ordenad las notas como las vive el cliente.",
        "Zmieńcie nazwy, połączcie, podzielcie lub dodajcie etapy i ułóżcie karteczki w kolejności klienta.",
    ),
    "ws_persona": ("Who is {name}?", "¿Quién es {name}?", "Kim jest {name}?"),
    "ws_known": ("What we know", "Lo que sabemos", "Co wiemy"),
    "ws_nothing_known": (
        "Nothing yet: start from the questions.",
        "Nada todavía: empezad por las preguntas.",
        "Jeszcze nic: zacznijcie od pytań.",
    ),
    "ws_gaps": ("Questions to fill the gaps", "Preguntas para completar", "Pytania, by uzupełnić luki"),
    "ws_no_gaps": (
        "Which of these does research back? Mark the rest H.",
        "¿Qué datos respalda la investigación? Marcad el resto con H.",
        "Co z tego potwierdzają badania? Resztę oznaczcie literą H.",
    ),
    "ws_gap_age": ("How old is {name}?", "¿Qué edad tiene {name}?", "Ile lat ma {name}?"),
    "ws_gap_occupation": ("What does {name} do for a living?", "¿A qué se dedica {name}?", "Czym zajmuje się {name}?"),
    "ws_gap_location": ("Where does {name} live?", "¿Dónde vive {name}?", "Gdzie mieszka {name}?"),
    "ws_gap_income": (
        "What does {name} earn, roughly?",
        "¿Cuánto gana {name}, aproximadamente?",
        "Ile mniej więcej zarabia {name}?",
    ),
    "ws_gap_goals": ("What is {name} trying to achieve?", "¿Qué intenta conseguir {name}?", "Co {name} chce osiągnąć?"),
    "ws_gap_needs": (
        "What does {name} need from us?",
        "¿Qué necesita {name} de nosotros?",
        "Czego {name} potrzebuje od nas?",
    ),
    "ws_gap_motivations": (
        "What makes {name} act?",
        "¿Qué mueve a {name} a actuar?",
        "Co skłania {name} do działania?",
    ),
    "ws_gap_frustrations": ("What frustrates {name}?", "¿Qué frustra a {name}?", "Co frustruje {name}?"),
    "ws_gap_quote": (
        "What would {name} say in one sentence?",
        "¿Qué diría {name} en una frase?",
        "Co {name} powiedziałby w jednym zdaniu?",
    ),
    "ws_canvas": ("{name}: map the journey", "{name}: mapead el recorrido", "{name}: mapujemy ścieżkę"),
    "ws_prompt_goal": ("What does the customer want here?", "¿Qué quiere aquí el cliente?", "Czego tu chce klient?"),
    "ws_prompt_actions": ("What do they do?", "¿Qué hace?", "Co robi?"),
    "ws_prompt_touchpoints": ("Where do they meet us?", "¿Dónde interactúa con la marca?", "Gdzie nas spotyka?"),
    "ws_prompt_thoughts": ("What do they think and feel?", "¿Qué piensa y siente?", "Co myśli i czuje?"),
    "ws_prompt_emotion": (
        "Circle 1 (very bad) to 5 (very good)",
        "Marcad de 1 (muy mal) a 5 (muy bien)",
        "Zaznaczcie od 1 (źle) do 5 (świetnie)",
    ),
    "ws_prompt_pain_points": ("Where does it hurt?", "¿Dónde duele?", "Gdzie boli?"),
    "ws_prompt_opportunities": ("What could we do better?", "¿Qué podríamos mejorar?", "Co możemy zrobić lepiej?"),
    "ws_stage": ("Stage {n}: {stage}", "Etapa {n}: {stage}", "Etap {n}: {stage}"),
    "ws_key_questions": ("Key questions to discuss", "Preguntas clave para debatir", "Kluczowe pytania do dyskusji"),
    "ws_ask_customers": ("Questions to ask customers", "Preguntas para los clientes", "Pytania do klientów"),
    "ws_touchpoints_known": (
        "Touchpoints we know: confirm or strike out",
        "Puntos de contacto conocidos: confirmad o tachad",
        "Znane punkty styku: potwierdźcie lub skreślcie",
    ),
    "ws_touchpoints_typical": (
        "Typical touchpoints: confirm or strike out",
        "Puntos de contacto típicos: confirmad o tachad",
        "Typowe punkty styku: potwierdźcie lub skreślcie",
    ),
    "ws_voting": (
        "Dot voting: what matters most?",
        "Votación con puntos: ¿qué importa más?",
        "Głosowanie kropkami: co jest najważniejsze?",
    ),
    "ws_dots": (
        "Each of you has {dots} dots: about a quarter of the {options} ideas on the wall.",
        "Cada participante tiene {dots} puntos: una cuarta parte de las {options} ideas de la pared.",
        "Każdy ma {dots} kropek: około jednej czwartej z {options} pomysłów na ścianie.",
    ),
    "ws_dots_count": (
        "Count the ideas on the wall: each of you has about a quarter as many dots.",
        "Contad las ideas de la pared: cada participante tiene una cuarta parte de puntos.",
        "Policzcie pomysły na ścianie: każdy ma około jednej czwartej tylu kropek.",
    ),
    "ws_vote_criterion": (
        "Vote for what most helps us: {objective}",
        "Votad lo que más nos acerque a: {objective}",
        "Głosujcie na to, co najbardziej pomoże: {objective}",
    ),
    "ws_vote_silent": (
        "Vote in silence, all at once; several dots on one idea are allowed.",
        "Votad en silencio y a la vez; se pueden poner varios puntos en una idea.",
        "Głosujcie w ciszy, wszyscy naraz; można dać kilka kropek jednemu pomysłowi.",
    ),
    "ws_vote_count": (
        "Count the dots, discuss the top ideas, then vote again on them.",
        "Contad los puntos, debatid las ideas más votadas y volved a votarlas.",
        "Policzcie kropki, omówcie najlepsze pomysły i zagłosujcie na nie ponownie.",
    ),
    "ws_vote_place": (
        "Place the top ideas on the impact × feasibility matrix.",
        "Colocad las ideas más votadas en la matriz impacto × viabilidad.",
        "Umieśćcie najlepsze pomysły na macierzy wpływ × wykonalność.",
    ),
    "ws_matrix": (
        "Impact × feasibility: where do the top ideas go?",
        "Impacto × viabilidad: ¿dónde van las ideas más votadas?",
        "Wpływ × wykonalność: gdzie trafiają najlepsze pomysły?",
    ),
    "ws_commit": (
        "One quick win and one strategic bet",
        "Una victoria rápida y una apuesta estratégica",
        "Jedna szybka wygrana i jeden strategiczny zakład",
    ),
    "ws_prompt_backstage": (
        "What do our people do?",
        "¿Qué hace nuestro equipo?",
        "Co robią nasi ludzie?",
    ),
    "ws_prompt_support_processes": (
        "Which systems support it?",
        "¿Qué sistemas lo sostienen?",
        "Jakie systemy to wspierają?",
    ),
    "ws_strategic_bet": ("Strategic bet", "Apuesta estratégica", "Strategiczny zakład"),
    "ws_commit_prompt": (
        "What exactly? Who owns it? By when? How do we measure it?",
        "¿Qué exactamente? ¿Quién se encarga? ¿Para cuándo? ¿Cómo lo medimos?",
        "Co dokładnie? Kto odpowiada? Do kiedy? Jak to zmierzymy?",
    ),
    "ws_next_steps": ("Next steps", "Próximos pasos", "Kolejne kroki"),
    "ws_next_steps_prompt": (
        "Who types the wall into the workbook, who checks the hypotheses with customers, when we meet again.",
        "Quién pasa las notas de la pared al Excel, quién contrasta las hipótesis con clientes, cuándo volvemos a vernos.",
        "Kto przepisze ścianę do skoroszytu, kto sprawdzi hipotezy z klientami, kiedy spotkamy się ponownie.",
    ),
    "ws_goes_to": ("Goes to: {where}", "Se anota en: {where}", "Trafia do: {where}"),
    # the facilitator's script, one per kind of slide
    "ws_script_cover": (
        "Before the session: print or project the canvases, prepare sticky notes in the legend's colours, dot stickers and markers. Ask someone to photograph the wall after each part.",
        "Antes de la sesión: imprimid o proyectad los lienzos, preparad notas de los colores de la leyenda, pegatinas de puntos y rotuladores. Pedid a alguien que fotografíe la pared después de cada parte.",
        "Przed sesją: wydrukujcie lub wyświetlcie płótna, przygotujcie karteczki w kolorach legendy, naklejki-kropki i markery. Poproście kogoś o zdjęcie ściany po każdej części.",
    ),
    "ws_script_agenda": (
        "Walk through the agenda: {minutes} minutes in all. Agree a timekeeper and a note-taker.",
        "Repasad la agenda: {minutes} minutos en total. Acordad quién controla el tiempo y quién toma notas.",
        "Omówcie agendę: łącznie {minutes} minut. Wybierzcie osobę pilnującą czasu i osobę notującą.",
    ),
    "ws_script_rules": (
        "{minutes} min. Read the objective aloud and ask what would make today a success; capture the answers. Explain the colours: every note goes on a colour of the legend.",
        "{minutes} min. Leed el objetivo en voz alta y preguntad qué haría de hoy un éxito; anotad las respuestas. Explicad los colores: cada nota va en un color de la leyenda.",
        "{minutes} min. Przeczytajcie cel na głos i zapytajcie, co sprawi, że dzisiejszy dzień będzie sukcesem; zapiszcie odpowiedzi. Objaśnijcie kolory: każda karteczka ma kolor z legendy.",
    ),
    "ws_script_stages": (
        "{minutes} min. Ask: is this how our customers really buy? Rename, merge, add or reorder the stage notes. Capture the final stages from left to right.",
        "{minutes} min. Preguntad: ¿es así como compran de verdad nuestros clientes? Renombrad, unid, añadid o reordenad las notas de etapa. Anotad las etapas finales de izquierda a derecha.",
        "{minutes} min. Zapytajcie: czy tak naprawdę kupują nasi klienci? Zmieniajcie nazwy, łączcie, dodawajcie lub przestawiajcie karteczki etapów. Zapiszcie ostateczne etapy od lewej do prawej.",
    ),
    "ws_script_persona": (
        "{minutes} min. Read what we know. Ask each gap question; mark with H every answer no research backs.",
        "{minutes} min. Leed lo que sabemos. Haced cada pregunta pendiente; marcad con H cada respuesta sin investigación que la respalde.",
        "{minutes} min. Przeczytajcie, co wiemy. Zadajcie każde pytanie o luki; oznaczcie literą H każdą odpowiedź bez potwierdzenia w badaniach.",
    ),
    "ws_script_canvas": (
        "{minutes} min. Work stage by stage, left to right, one idea per note: goal, actions, touchpoints, thoughts and feelings, pain points, opportunities. Everyone marks the emotion 1-5 per stage; then agree one score.",
        "{minutes} min. Trabajad etapa por etapa, de izquierda a derecha, una idea por nota: objetivo, acciones, puntos de contacto, pensamientos y sentimientos, puntos de dolor, oportunidades. Cada persona marca la emoción 1-5 por etapa; después acordad una puntuación.",
        "{minutes} min. Pracujcie etap po etapie, od lewej do prawej, jeden pomysł na karteczkę: cel, działania, punkty styku, myśli i odczucia, problemy, szanse. Każdy zaznacza emocje 1-5 na etapie; potem uzgodnijcie jedną ocenę.",
    ),
    "ws_script_stage": (
        "{minutes} min. Discuss the key questions and write the answers on notes. Confirm or strike out each touchpoint and add the missing ones, with their channel and owner.",
        "{minutes} min. Debatid las preguntas clave y escribid las respuestas en notas. Confirmad o tachad cada punto de contacto y añadid los que falten, con su canal y responsable.",
        "{minutes} min. Omówcie kluczowe pytania i zapiszcie odpowiedzi na karteczkach. Potwierdźcie lub skreślcie każdy punkt styku i dodajcie brakujące, z kanałem i właścicielem.",
    ),
    "ws_script_voting": (
        "{minutes} min. Gather the opportunities as actions. Hand out the dots; three minutes of silent voting; count; discuss the top five and vote again.",
        "{minutes} min. Reunid las oportunidades como acciones. Repartid los puntos; tres minutos de votación en silencio; contad; debatid las cinco primeras y volved a votar.",
        "{minutes} min. Zbierzcie szanse jako działania. Rozdajcie kropki; trzy minuty cichego głosowania; policzcie; omówcie pięć najlepszych i zagłosujcie ponownie.",
    ),
    "ws_script_matrix": (
        "{minutes} min. Place each top-voted idea by impact (up) and feasibility (right), 1 to 5, and agree the scores. The notes already here are the workbook's actions, numbered as in the key.",
        "{minutes} min. Colocad cada idea más votada según impacto (arriba) y viabilidad (derecha), de 1 a 5, y acordad las puntuaciones. Las notas que ya están son las acciones del Excel, numeradas como en la leyenda.",
        "{minutes} min. Umieśćcie każdy najwyżej oceniony pomysł według wpływu (w górę) i wykonalności (w prawo), od 1 do 5, i uzgodnijcie oceny. Karteczki, które już tu są, to działania ze skoroszytu, ponumerowane jak w legendzie.",
    ),
    "ws_script_matrix_blank": (
        "{minutes} min. Place each top-voted idea by impact (up) and feasibility (right), 1 to 5, and agree the scores.",
        "{minutes} min. Colocad cada idea más votada según impacto (arriba) y viabilidad (derecha), de 1 a 5, y acordad las puntuaciones.",
        "{minutes} min. Umieśćcie każdy najwyżej oceniony pomysł według wpływu (w górę) i wykonalności (w prawo), od 1 do 5, i uzgodnijcie oceny.",
    ),
    "ws_script_parallel": (
        "With several personas, map them in parallel groups, one canvas each, then share back for five minutes.",
        "Con varias personas, mapeadlas en grupos en paralelo, un lienzo cada grupo, y después compartid cinco minutos.",
        "Przy kilku personach mapujcie je równolegle w grupach, każda na swoim płótnie, a potem podzielcie się wynikami przez pięć minut.",
    ),
    "ws_script_curve": (
        "Join the emotion marks into a curve, star the lowest point and ask why for every score of 2 or less.",
        "Unid las marcas de emoción en una curva, marcad con una estrella el punto más bajo y preguntad por qué en cada puntuación de 2 o menos.",
        "Połączcie zaznaczenia emocji w krzywą, oznaczcie gwiazdką najniższy punkt i zapytajcie dlaczego przy każdej ocenie 2 lub niższej.",
    ),
    "ws_script_commit": (
        "{minutes} min. Choose one quick win (top right) and one strategic bet (top left). Name an owner and a date for each; agree the next steps.",
        "{minutes} min. Elegid una victoria rápida (arriba a la derecha) y una apuesta estratégica (arriba a la izquierda). Nombrad responsable y fecha para cada una; acordad los próximos pasos.",
        "{minutes} min. Wybierzcie jedną szybką wygraną (prawy górny róg) i jeden strategiczny zakład (lewy górny róg). Wskażcie właściciela i termin każdego; uzgodnijcie kolejne kroki.",
    ),
    "ws_script_closing": (
        "Thank the group and say when they will see the map. Photograph the wall before anything is taken down.",
        "Agradeced al grupo y decid cuándo verán el mapa. Fotografiad la pared antes de retirar nada.",
        "Podziękujcie grupie i powiedzcie, kiedy zobaczą mapę. Sfotografujcie ścianę, zanim cokolwiek zostanie zdjęte.",
    ),
}
