"""The information pages the footer links to: about, accessibility and privacy."""

from knowledge.demo.helpers import heading, paragraph, upsert_page
from knowledge.models import StandardPage

INFORMATION_PAGES = [
    (
        "over",
        "Over Wijkkompas",
        "Wijkkompas bundelt kennis over veilige en leefbare wijken, zodat gemeenten een aanpak "
        "kunnen vinden die past bij hun wijk en die kunnen overnemen.",
        [
            paragraph(
                "Op Wijkkompas staan methoden met hun stappen, werkzame elementen en onderbouwing, "
                "praktijkvoorbeelden uit gemeenten, interviews met de mensen die het werk doen en "
                "korte praktijktips. Alles is gestructureerd, zodat u kunt filteren op thema, "
                "doelgroep, gemeente en mate van onderbouwing.",
                "Heeft uw gemeente een aanpak uitgevoerd die anderen kan helpen? Neem contact op "
                "met de redactie.",
            )
        ],
    ),
    (
        "toegankelijkheid",
        "Toegankelijkheid",
        "Wijkkompas wil voor iedereen bruikbaar zijn en streeft naar niveau AA van de Web Content "
        "Accessibility Guidelines (WCAG) 2.1.",
        [
            heading("Wat we doen"),
            paragraph(
                "De pagina's gebruiken semantische HTML, zijn met het toetsenbord te bedienen, "
                "hebben voldoende kleurcontrast en zijn zonder JavaScript te lezen. Afbeeldingen "
                "hebben een verplichte alternatieve tekst.",
            ),
            heading("Nog niet getoetst"),
            paragraph(
                "Een onafhankelijke toetsing van de website heeft nog niet plaatsgevonden. Loopt u "
                "tegen een probleem aan? Meld het bij de redactie, dan lossen we het op.",
            ),
        ],
    ),
    (
        "privacy",
        "Privacy",
        "Wijkkompas volgt bezoekers niet: er zijn geen trackers, advertenties of ingesloten "
        "diensten van anderen.",
        [
            paragraph(
                "Wat u zoekt, bewaren we alleen als geanonimiseerde telling per dag en taal, zodat "
                "de redactie ziet welke onderwerpen gezocht worden en wat nog ontbreekt. Wie zocht, "
                "slaan we niet op.",
                "Contactgegevens van collega's bij praktijkvoorbeelden tonen we alleen met hun "
                "vastgelegde toestemming.",
            )
        ],
    ),
]


def build_information_pages(home):
    return [
        upsert_page(home, StandardPage, slug, title=title, intro=intro, body=body)
        for slug, title, intro, body in INFORMATION_PAGES
    ]
