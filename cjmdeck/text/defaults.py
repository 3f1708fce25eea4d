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

# What a workshop asks customers at each default stage (by index): (en, es, pl).
DEFAULT_CUSTOMER_QUESTIONS: tuple[tuple[tuple[str, str, str], ...], ...] = (
    (
        ("How did you first hear of us?", "¿Cómo nos conociste?", "Jak po raz pierwszy o nas usłyszałeś?"),
        ("What made you start looking?", "¿Qué te llevó a empezar a buscar?", "Co skłoniło cię do poszukiwań?"),
        ("Where do you look for ideas?", "¿Dónde buscas ideas?", "Gdzie szukasz inspiracji?"),
    ),
    (
        ("Which other options did you compare?", "¿Qué otras opciones comparaste?", "Jakie inne opcje porównywałeś?"),
        ("What almost stopped you?", "¿Qué casi te hizo desistir?", "Co prawie cię powstrzymało?"),
        ("Whose opinion did you trust?", "¿De quién te fiaste?", "Czyjej opinii zaufałeś?"),
    ),
    (
        (
            "What was the hardest part of buying?",
            "¿Qué fue lo más difícil al comprar?",
            "Co było najtrudniejsze przy zakupie?",
        ),
        ("What made you decide?", "¿Qué te hizo decidirte?", "Co przesądziło o decyzji?"),
        (
            "Did anything surprise you at checkout?",
            "¿Te sorprendió algo al pagar?",
            "Czy coś cię zaskoczyło przy płatności?",
        ),
    ),
    (
        ("How was it after you bought?", "¿Qué tal fue todo después de la compra?", "Jak było po zakupie?"),
        (
            "When did you need help, and did you get it?",
            "¿Necesitaste ayuda? ¿La conseguiste?",
            "Kiedy potrzebowałeś pomocy i czy ją otrzymałeś?",
        ),
        ("What would make you buy again?", "¿Qué te haría volver a comprar?", "Co skłoniłoby cię do ponownego zakupu?"),
    ),
    (
        ("Have you recommended us? To whom?", "¿Nos has recomendado? ¿A quién?", "Czy nas poleciłeś? Komu?"),
        (
            "What would you tell a friend about us?",
            "¿Qué le contarías de nosotros a un amigo?",
            "Co powiedziałbyś o nas znajomemu?",
        ),
        (
            "What would make you stop recommending us?",
            "¿Qué haría que dejaras de recomendarnos?",
            "Co sprawiłoby, że przestałbyś nas polecać?",
        ),
    ),
)

# The touchpoints typical of each default stage (by index), for a workshop to confirm or strike out: (en, es, pl).
DEFAULT_TOUCHPOINTS: tuple[tuple[tuple[str, str, str], ...], ...] = (
    (
        ("Social media ad", "Anuncio en redes sociales", "Reklama w mediach społecznościowych"),
        ("Search engine result", "Resultado del buscador", "Wynik w wyszukiwarce"),
        ("Word of mouth", "Boca a boca", "Poczta pantoflowa"),
        ("Influencer post", "Publicación de influencer", "Post influencera"),
        ("Shop window", "Escaparate", "Witryna sklepu"),
    ),
    (
        ("Product page", "Ficha de producto", "Karta produktu"),
        ("Customer reviews", "Opiniones de clientes", "Opinie klientów"),
        ("Comparison site", "Comparador", "Porównywarka"),
        ("Newsletter", "Newsletter", "Newsletter"),
        ("Store visit", "Visita a la tienda", "Wizyta w sklepie"),
    ),
    (
        ("Cart and checkout", "Carrito y pago", "Koszyk i płatność"),
        ("Payment options", "Opciones de pago", "Metody płatności"),
        ("Order confirmation email", "Email de confirmación", "E-mail z potwierdzeniem"),
        ("Store till", "Caja de la tienda", "Kasa w sklepie"),
    ),
    (
        ("Delivery tracking", "Seguimiento del envío", "Śledzenie przesyłki"),
        ("Customer service chat", "Chat de atención al cliente", "Czat obsługi klienta"),
        ("Returns", "Devoluciones", "Zwroty"),
        ("Loyalty programme", "Programa de fidelización", "Program lojalnościowy"),
        ("Follow-up email", "Email de seguimiento", "E-mail po zakupie"),
    ),
    (
        ("Review request", "Petición de reseña", "Prośba o opinię"),
        ("Referral programme", "Programa de recomendación", "Program poleceń"),
        ("Social media mention", "Mención en redes", "Wzmianka w mediach społecznościowych"),
        ("Community or events", "Comunidad o eventos", "Społeczność lub wydarzenia"),
    ),
)
