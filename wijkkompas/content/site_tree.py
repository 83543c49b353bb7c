"""Builds the fixed skeleton of the site: the home page and one index page per section."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from articles.models import ArticleIndexPage, InterviewIndexPage, PracticalTipIndexPage
from casestudies.models import CaseStudyIndexPage
from casestudies.submissions.site import ensure_submission_page
from knowledge.models import (
    AccessibilityStatementPage,
    HomePage,
    MunicipalityIndexPage,
    ThemeIndexPage,
)
from methods.models import MethodIndexPage
from search.models import ImplementationMapPage

HOME_INTRO = (
    "Wijkkompas helpt gemeenten, professionals en bewoners een aanpak te vinden die past bij "
    "hun wijk: beproefde methoden, praktijkvoorbeelden uit andere gemeenten, interviews en tips."
)

# (model, slug, title, intro) of each section, in the order of the main navigation.
SECTIONS = [
    (
        MethodIndexPage,
        "methoden",
        "Methoden",
        "Beproefde aanpakken voor een veiligere en leefbaardere wijk, met stappen, werkzame "
        "elementen en onderbouwing.",
    ),
    (
        CaseStudyIndexPage,
        "praktijkvoorbeelden",
        "Praktijkvoorbeelden",
        "Hoe gemeenten en organisaties een aanpak in hun eigen wijk uitvoerden, en wat zij leerden.",
    ),
    (
        ImplementationMapPage,
        "kaart",
        "Kaart",
        "Waar in Nederland methoden en eigen aanpakken zijn uitgevoerd, op een kaart en in een "
        "tabel met dezelfde gegevens.",
    ),
    (
        PracticalTipIndexPage,
        "tips",
        "Praktijktips",
        "Korte lessen uit de praktijk, per fase van het werk.",
    ),
    (InterviewIndexPage, "interviews", "Interviews", "Gesprekken met de mensen die het doen."),
    (ArticleIndexPage, "artikelen", "Artikelen", "Nieuws, aankondigingen en verslagen."),
    (
        MunicipalityIndexPage,
        "gemeenten",
        "Gemeenten",
        "Per gemeente: welke aanpakken er zijn uitgevoerd en wat daar is geleerd.",
    ),
    (ThemeIndexPage, "themas", "Thema's", "Alle kennis per thema."),
]


# The accessibility statement every site starts with; editors fill in the facts of their check.
ACCESSIBILITY_SLUG = "toegankelijkheid"
ACCESSIBILITY_STATEMENT = {
    "title": "Toegankelijkheidsverklaring",
    "intro": (
        "Wijkkompas wil voor iedereen bruikbaar zijn, ook voor mensen met een beperking. Hier "
        "leest u hoe toegankelijk de website is en hoe u een probleem meldt."
    ),
    "feedback": (
        "<p>Loopt u tegen een probleem aan, of is iets niet toegankelijk? Mail de redactie. U "
        "krijgt binnen vijf werkdagen antwoord, en we lossen het probleem zo snel mogelijk op.</p>"
    ),
    "contact_email": "redactie@wijkkompas.nl",
}


@dataclass
class SiteTree:
    home: HomePage
    sections: dict
    accessibility_statement: AccessibilityStatementPage = None


def configured_address():
    """The default site's host name and port from WAGTAILADMIN_BASE_URL, the address the site
    is configured to be reached at (in production: its public https address)."""
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    default_port = 443 if address.scheme == "https" else 80
    return {"hostname": address.hostname or "localhost", "port": address.port or default_port}


@transaction.atomic
def ensure_site_tree(locale=None):
    """Return the home page and section index pages, creating whatever is missing.

    Wagtail's placeholder welcome page is replaced by the home page, which becomes the
    default site's root. Running it again changes nothing.
    """
    locale = locale or Locale.get_default()
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=locale).first()
    if home is None:
        for placeholder in root.get_children().filter(content_type__model="page", slug="home"):
            placeholder.delete()
        home = HomePage(title="Wijkkompas", slug="home", intro=HOME_INTRO, locale=locale)
        root.add_child(instance=home)
        home.save_revision().publish()

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(root_page=home, is_default_site=True, **configured_address())
        site.save()
    elif site.hostname == "localhost" and site.port == 80:
        # Wagtail's own placeholder: one-pagers, PDFs and the sitemap would print
        # http://localhost/…, so the site takes the address it is configured to have.
        for name, value in configured_address().items():
            setattr(site, name, value)
        site.root_page = home
        site.save()
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()

    sections = {}
    for model, slug, title, intro in SECTIONS:
        page = model.objects.child_of(home).first()
        if page is None:
            page = model(title=title, slug=slug, intro=intro, locale=locale, show_in_menus=True)
            home.add_child(instance=page)
            page.save_revision().publish()
        sections[model] = page
    ensure_submission_page(sections[CaseStudyIndexPage])
    return SiteTree(
        home=home, sections=sections, accessibility_statement=ensure_accessibility_statement(home)
    )


def ensure_accessibility_statement(home):
    """The home page's accessibility statement, created (and published) if there is none.

    Its slug is `toegankelijkheid`; if an older information page already has that slug, the
    statement gets `toegankelijkheidsverklaring`, and the footer and `/toegankelijkheid` still
    lead to it.
    """
    statement = AccessibilityStatementPage.objects.child_of(home).first()
    if statement is not None:
        return statement
    slug = ACCESSIBILITY_SLUG
    if home.get_children().filter(slug=slug).exists():
        slug = "toegankelijkheidsverklaring"
    statement = AccessibilityStatementPage(slug=slug, locale=home.locale, **ACCESSIBILITY_STATEMENT)
    home.add_child(instance=statement)
    statement.save_revision().publish()
    return statement
