"""Load the demo content: methods, case studies, interviews, articles and tips, idempotently."""

from io import StringIO

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from articles.models import ArticleIndexPage, InterviewIndexPage, PracticalTipIndexPage
from casestudies.maps.places import PackageMissing, load_outline, place_municipalities
from casestudies.models import CaseStudyIndexPage
from methods.models import MethodIndexPage
from wijkkompas.content.demo.casestudies import build_case_studies
from wijkkompas.content.demo.english import build_english_site
from wijkkompas.content.demo.figures import build_sample_figures
from wijkkompas.content.demo.methods import build_methods
from wijkkompas.content.demo.pages import (
    build_accessibility_statement,
    build_information_pages,
    retire_plain_accessibility_page,
)
from wijkkompas.content.demo.stories import build_articles, build_interviews, build_tips
from wijkkompas.content.demo.synonyms import build_synonyms
from wijkkompas.content.demo.taxonomy import build_taxonomy
from wijkkompas.content.guard import refuse_on_a_real_site
from wijkkompas.content.site_tree import ensure_site_tree


def place_on_map(stdout):
    """Put the demo municipalities on the implementation map, from the installed open data;
    without npm's outline the markers stand on an empty map, without the gazetteer there are
    none, and the demo still loads."""
    try:
        load_outline()
    except PackageMissing as error:
        stdout.write(f"Omtrek van Nederland overgeslagen: {error}")
    try:
        return place_municipalities()
    except PackageMissing as error:
        stdout.write(f"Kaart overgeslagen: {error}")
        return None


class Command(BaseCommand):
    help = (
        "Laadt de demo-inhoud van Wijkkompas. Opnieuw draaien werkt bestaande pagina's en "
        "snippets bij in plaats van ze te verdubbelen."
    )

    def handle(self, *args, **options):
        refuse_on_a_real_site("load_demo_content", "demopagina's, -termen en -inzendingen")
        with transaction.atomic():
            retire_plain_accessibility_page()
            tree = ensure_site_tree()
            sections = tree.sections
            taxonomy = build_taxonomy(tree.home.locale)
            figures = build_sample_figures()
            methods = build_methods(sections[MethodIndexPage], taxonomy)
            case_studies = build_case_studies(sections[CaseStudyIndexPage], taxonomy, methods)
            interviews = build_interviews(
                sections[InterviewIndexPage], taxonomy, methods, case_studies
            )
            articles = build_articles(sections[ArticleIndexPage], taxonomy, methods, case_studies)
            tips = build_tips(sections[PracticalTipIndexPage], taxonomy, methods, case_studies)
            synonyms = build_synonyms()
            build_information_pages(tree.home)
            build_accessibility_statement(tree.accessibility_statement)
            english_pages = build_english_site(
                tree, taxonomy, methods, case_studies, {**interviews, **articles, **tips}
            )
            places = place_on_map(self.stdout)

        call_command("update_index", stdout=StringIO(), stderr=StringIO())

        self.stdout.write(
            self.style.SUCCESS(
                f"Demo-inhoud geladen: {len(methods)} methoden, "
                f"{len(case_studies)} praktijkvoorbeelden, {len(interviews)} interviews, "
                f"{len(articles)} artikelen, {len(tips)} praktijktips; "
                f"{len(taxonomy.themes)} thema's, {len(taxonomy.target_groups)} doelgroepen, "
                f"{len(taxonomy.municipalities)} gemeenten "
                f"({len(figures.matched_municipalities)} met voorbeeldkerncijfers), "
                f"{len(taxonomy.neighbourhoods)} wijken, "
                f"{len(taxonomy.organisations)} organisaties, "
                f"{len(taxonomy.programmes)} programma's, {len(taxonomy.people)} personen; "
                f"{len(synonyms)} synoniemengroepen; "
                f"{len(english_pages)} pagina's in het Engels; "
                f"{len(places.placed) if places else 0} gemeenten op de kaart gezet."
            )
        )
