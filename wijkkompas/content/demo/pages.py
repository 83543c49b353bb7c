"""The information pages the footer links to: about, privacy and the accessibility statement."""

from datetime import date

from wagtail.models import Page

from knowledge.models import HomePage, StandardPage
from wijkkompas.content.demo.helpers import paragraph, upsert_page

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


def retire_plain_accessibility_page():
    """Delete the plain information page `toegankelijkheid` that earlier versions of this demo
    made, so the structured statement can take its address (see `ensure_site_tree`)."""
    for home in HomePage.objects.all():
        old = StandardPage.objects.child_of(home).filter(slug="toegankelijkheid")
        for page in old:
            Page.objects.get(pk=page.pk).delete()


def build_accessibility_statement(statement):
    """The demo's statement: a self-check, its date and the problems it found."""
    statement.last_checked = date(2026, 11, 20)
    # Status B ("voldoet gedeeltelijk") needs an audit of the whole site; an automated self-check
    # supports C, first measures taken.
    statement.compliance_status = statement.ComplianceStatus.FIRST_MEASURES
    statement.check_method = (
        "Eigen toets: elke publieke paginasoort is met automatische hulpmiddelen (axe) "
        "gecontroleerd en de zoekfilters met alleen het toetsenbord. Een toets met een "
        "schermlezer en een onafhankelijk onderzoek zijn nog niet gedaan."
    )
    # Only problems the check found; it found none, so the statement says so.
    statement.known_problems = []
    statement.save_revision().publish()
    return statement
