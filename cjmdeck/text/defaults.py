"""The default stages and key questions of a journey (domain.md), in English, Spanish and Polish."""

from __future__ import annotations

DEFAULT_STAGES: tuple[tuple[tuple[str, str, str], tuple[str, str, str], tuple[str, str, str]], ...] = (
    # (name, description, customer goal) per language
    (
        ("Awareness", "Conciencia", "Świadomość"),
        (
            "The customer discovers the brand or realises they have a need.",
            "El cliente descubre la marca o se da cuenta de que tiene una necesidad.",
            "Klient odkrywa markę lub uświadamia sobie potrzebę.",
        ),
        (
            "Find options that meet my need",
            "Encontrar opciones para mi necesidad",
            "Znaleźć opcje spełniające moją potrzebę",
        ),
    ),
    (
        ("Consideration", "Consideración", "Rozważenie"),
        (
            "The customer compares products, prices and brands.",
            "El cliente compara productos, precios y marcas.",
            "Klient porównuje produkty, ceny i marki.",
        ),
        ("Choose the best option for me", "Elegir la mejor opción para mí", "Wybrać najlepszą opcję dla siebie"),
    ),
    (
        ("Purchase", "Compra", "Zakup"),
        (
            "The customer decides and completes the purchase.",
            "El cliente decide y completa la compra.",
            "Klient podejmuje decyzję i finalizuje zakup.",
        ),
        ("Buy quickly and safely", "Comprar de forma rápida y segura", "Kupić szybko i bezpiecznie"),
    ),
    (
        ("Retention", "Fidelización", "Lojalność"),
        (
            "The customer uses the product, gets support and buys again.",
            "El cliente usa el producto, recibe soporte y vuelve a comprar.",
            "Klient korzysta z produktu, otrzymuje wsparcie i kupuje ponownie.",
        ),
        (
            "Get value and help when I need it",
            "Obtener valor y ayuda cuando la necesito",
            "Otrzymać wartość i pomoc, gdy jej potrzebuję",
        ),
    ),
    (
        ("Advocacy", "Recomendación", "Rekomendacja"),
        (
            "The customer recommends the brand and shares their experience.",
            "El cliente recomienda la marca y comparte su experiencia.",
            "Klient poleca markę i dzieli się swoim doświadczeniem.",
        ),
        ("Share a good experience", "Compartir una buena experiencia", "Podzielić się dobrym doświadczeniem"),
    ),
)

# The key questions of domain.md: (question per language, stage index or None for the whole journey).
DEFAULT_QUESTIONS: tuple[tuple[tuple[str, str, str], int | None], ...] = (
    (
        (
            "How do customers discover our products?",
            "¿Cómo descubren los clientes nuestros productos?",
            "Jak klienci odkrywają nasze produkty?",
        ),
        0,
    ),
    (
        (
            "How do customers interact with our brand?",
            "¿Cómo interactúan los clientes con nuestra marca?",
            "Jak klienci wchodzą w interakcję z naszą marką?",
        ),
        None,
    ),
    (
        (
            "What do customers search for before buying?",
            "¿Qué buscan los clientes antes de comprar?",
            "Czego klienci szukają przed zakupem?",
        ),
        1,
    ),
    (
        (
            "Do customers consider turning to a competitor?",
            "¿Se plantean los clientes acudir a la competencia?",
            "Czy klienci rozważają przejście do konkurencji?",
        ),
        1,
    ),
    (
        (
            "What are the crucial moments that lead to a sale or to abandonment?",
            "¿Cuáles son los momentos cruciales que llevan a la venta o al abandono?",
            "Jakie są kluczowe momenty prowadzące do sprzedaży lub rezygnacji?",
        ),
        2,
    ),
    (
        (
            "Do customers have a positive experience on our site? Is the UI/UX disappointing them?",
            "¿Tienen los clientes una experiencia positiva en nuestra web? ¿Les decepciona la UI/UX?",
            "Czy klienci mają pozytywne doświadczenia na naszej stronie? Czy UI/UX ich rozczarowuje?",
        ),
        2,
    ),
    (
        (
            "At which stage of the buying process do we lose the most customers?",
            "¿En qué etapa del proceso de compra perdemos más clientes?",
            "Na którym etapie procesu zakupowego tracimy najwięcej klientów?",
        ),
        None,
    ),
    (
        (
            "How useful and responsive is our customer service team?",
            "¿Qué utilidad y capacidad de respuesta tiene nuestro equipo de atención al cliente?",
            "Jak pomocny i responsywny jest nasz zespół obsługi klienta?",
        ),
        3,
    ),
    (
        (
            "How could we improve this experience?",
            "¿Cómo podríamos mejorar esta experiencia?",
            "Jak moglibyśmy poprawić to doświadczenie?",
        ),
        None,
    ),
)
