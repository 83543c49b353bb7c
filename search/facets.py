"""The search page's facets, each declared once: its URL parameter, heading, the values it may
take with their labels, and how a page yields its values (docs/decisions/facet-table.md)."""

import re
from dataclasses import dataclass, field

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Prefetch
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from articles.models import InterviewPage, PracticalTipPage
from casestudies.models import CaseStudyPage, CaseStudyStatus
from knowledge.listings import content_models
from knowledge.models import CostBand, Municipality, Phase, Programme, Province, TargetGroup, Theme
from knowledge.models.figures import (
    SizeClass,
    Urbanity,
    municipalities_with_figures,
    size_class,
    with_figures,
)
from methods.models import EvidenceLevel, MethodPage, Recognition
from search.kept import kept
from search.models import PageFacet

# An id facet's value may also be a term's slug, as in a theme's own URL.
SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,199}")
YEAR = re.compile(r"[12][0-9]{3}")


# The values a facet may take: which a link may ask for, and what readers see for each.


class ContentTypes:
    """The content types, by their Dutch `search_type`, so a filtered URL means the same in
    every language."""

    def known(self, values):
        types = {model.search_type() for model in content_models()}
        return [value for value in values if value in types]

    def labels(self, facet, request):
        return {
            model.search_type(): str(model._meta.verbose_name_plural).capitalize()
            for model in content_models()
        }


@dataclass(frozen=True)
class Choices:
    """A fixed list of choices; `excluded` ones are no filter."""

    choices: type
    excluded: tuple = ()

    def known(self, values):
        # As text, as the facet index and URLs hold them (also the numbers of IntegerChoices).
        allowed = {str(value) for value in self.choices.values if value not in self.excluded}
        return [value for value in values if value in allowed]

    def labels(self, facet, request):
        return {str(value): label for value, label in self.choices.choices}


class Years:
    """A year some live page has: it is its own label."""

    def known(self, values):
        return [value for value in values if YEAR.fullmatch(value)]

    def labels(self, facet, request):
        def read():
            years = PageFacet.objects.filter(facet=facet.name).order_by("value")
            return {year: year for year in years.values_list("value", flat=True).distinct()}

        return kept(request, f"facet labels {facet.name}", read)


@dataclass(frozen=True)
class Terms:
    """Database objects (taxonomy terms, or published pages) named by id or by slug."""

    model: type
    label_field: str = "name"

    def objects(self):
        if issubclass(self.model, Page):
            # A page (a method) is a filter only while readers may see it: the label, the chip
            # and a feed's title print its title, so a draft or private page must not become one.
            return self.model.objects.live().public()
        return self.model.objects.all()

    def known(self, values):
        """The ids of the existing objects among `values`, so a stale link filters nothing to
        zero. A slug a person typed or linked to (`?thema=veiligheid`) becomes the id of that
        term in the reader's language, or else in any language."""
        values = [
            v for v in values if (v.isascii() and v.isdigit() and len(v) <= 12) or SLUG.fullmatch(v)
        ]
        candidates = self.objects()
        ids = [int(value) for value in values if value.isdigit()]
        slugs = [value for value in values if not value.isdigit()]
        found = {str(pk) for (pk,) in candidates.filter(pk__in=ids).values_list("pk")}
        by_slug = {}
        if slugs:
            language = translation.get_language()
            rows = candidates.filter(slug__in=slugs).values_list(
                "slug", "pk", "locale__language_code"
            )
            # The reader's language first, then the lowest id, so the choice is always the same.
            for slug, pk, _language in sorted(rows, key=lambda row: (row[2] != language, row[1])):
                by_slug.setdefault(slug, str(pk))
        known = []
        for value in values:
            pk = value if value in found else by_slug.get(value)
            if pk is not None and pk not in known:
                known.append(pk)
        return known

    def labels(self, facet, request):
        # Kept between requests until a term is saved or a page published (search/kept.py).
        def read():
            return {
                str(pk): label for pk, label in self.objects().values_list("pk", self.label_field)
            }

        return kept(request, f"facet labels {facet.name}", read)


# How a page yields its values. Each gets a specific content page, with the relations its
# facet names in `related` fetched already.


def content_type(page):
    yield page.search_type()


def themes(page):
    for theme in page.themes.all():
        yield theme.pk
        # Choosing a theme also finds pages about its sub-themes.
        if theme.parent_id:
            yield theme.parent_id


def target_groups(page):
    for group in page.target_groups.all():
        yield group.pk
    if isinstance(page, MethodPage):
        for group in page.intermediate_target_groups.all():
            yield group.pk


def municipalities(page):
    for municipality in page.municipalities.all():
        yield municipality.pk


def provinces(page):
    for municipality in page.municipalities.all():
        yield municipality.province


# A page's municipalities with their key figures (CBS Kerncijfers), in the same query when pages
# are indexed in bulk, for the size and urbanity facets: 'places like mine'.
MUNICIPALITIES_WITH_FIGURES = Prefetch(
    "municipalities", queryset=with_figures(Municipality.objects.all())
)


def size_classes(page):
    for municipality in municipalities_with_figures(page.municipalities.all()):
        yield size_class(municipality.figures_inhabitants)


def urbanities(page):
    for municipality in municipalities_with_figures(page.municipalities.all()):
        yield municipality.figures_urbanity


def methods(page):
    """The method a page is about: its own, the one a case study carries out, or the one an
    interview or tip comes from (directly or through its case study)."""
    if isinstance(page, MethodPage):
        yield page.pk
    elif isinstance(page, CaseStudyPage):
        yield page.method_id
    elif isinstance(page, InterviewPage | PracticalTipPage):
        case = page.source_case_study
        yield page.source_method_id or (case.method_id if case else None)


def programmes(page):
    if isinstance(page, CaseStudyPage) and page.programme_id:
        yield page.programme_id
        if page.programme.parent_id:
            yield page.programme.parent_id


def evidence(page):
    if isinstance(page, MethodPage):
        yield page.shown_evidence_level.value


def recognition(page):
    # Stored when the page is indexed: `rebuild_search_facets` (nightly) drops a recognition
    # that expired since.
    if isinstance(page, MethodPage) and page.has_valid_recognition:
        yield Recognition.VALID


def phase(page):
    if isinstance(page, PracticalTipPage):
        yield page.phase


def status(page):
    if isinstance(page, CaseStudyPage):
        yield page.status


def start_year(page):
    if isinstance(page, CaseStudyPage) and page.start_date:
        yield page.start_date.year


def cost(page):
    if isinstance(page, MethodPage):
        yield page.cost_band
    elif isinstance(page, CaseStudyPage):
        yield page.budget_band


@dataclass(frozen=True)
class Facet:
    """A filter on the search page.

    `name` is how the facet index stores it, `param` its URL parameter, `values` the values it
    may take and their labels, `page_values` how a page yields its values, and `related` the
    relations `page_values` reads, fetched in bulk when pages are indexed (on the content types
    that have them).
    """

    name: str
    param: str
    label: str
    values: object
    page_values: object
    related: tuple = field(default=())


FACETS = [
    Facet("type", "type", _("Soort"), ContentTypes(), content_type),
    Facet("theme", "thema", _("Thema"), Terms(Theme), themes, ("themes",)),
    Facet(
        "target_group",
        "doelgroep",
        _("Doelgroep"),
        Terms(TargetGroup),
        target_groups,
        ("target_groups", "intermediate_target_groups"),
    ),
    Facet(
        "municipality",
        "gemeente",
        _("Gemeente"),
        Terms(Municipality),
        municipalities,
        (MUNICIPALITIES_WITH_FIGURES,),
    ),
    Facet("province", "provincie", _("Provincie"), Choices(Province), provinces),
    Facet("size_class", "gemeentegrootte", _("Gemeentegrootte"), Choices(SizeClass), size_classes),
    Facet("urbanity", "stedelijkheid", _("Stedelijkheid"), Choices(Urbanity), urbanities),
    Facet(
        "method",
        "methode",
        _("Methode"),
        Terms(MethodPage, "title"),
        methods,
        ("source_case_study",),
    ),
    Facet("programme", "programma", _("Programma"), Terms(Programme), programmes, ("programme",)),
    Facet("evidence", "onderbouwing", _("Onderbouwing"), Choices(EvidenceLevel), evidence),
    Facet("recognition", "erkenning", _("Erkenning"), Choices(Recognition), recognition),
    Facet("phase", "fase", _("Fase (tips)"), Choices(Phase), phase),
    Facet(
        "status",
        "status",
        _("Stand van zaken (praktijkvoorbeelden)"),
        Choices(CaseStudyStatus),
        status,
    ),
    Facet("period", "startjaar", _("Startjaar (praktijkvoorbeelden)"), Years(), start_year),
    # 'Onbekend' is no filter: pages without a cost band give no value.
    Facet("cost", "kosten", _("Kosten"), Choices(CostBand, (CostBand.UNKNOWN,)), cost),
]
BY_NAME = {facet.name: facet for facet in FACETS}


def page_rows(page):
    """The (facet, value) pairs of a specific content page, without duplicates or blanks."""
    return sorted(
        {
            (facet.name, str(value))
            for facet in FACETS
            for value in facet.page_values(page)
            if value not in (None, "")
        }
    )


def with_related(model, queryset):
    """`queryset` of `model` with what the facets read of its pages fetched in bulk."""
    for facet in FACETS:
        for related in facet.related:
            # A relation's name, or a Prefetch of it with a queryset of its own.
            name = related.prefetch_through if isinstance(related, Prefetch) else related
            try:
                relation = model._meta.get_field(name)
            except FieldDoesNotExist:  # a relation of another content type
                continue
            if relation.many_to_many or relation.one_to_many:
                queryset = queryset.prefetch_related(related)
            else:
                queryset = queryset.select_related(name)
    return queryset


def labels(facet_name, request=None):
    """Readable labels for a facet's values: {value: label}."""
    facet = BY_NAME[facet_name]
    return facet.values.labels(facet, request)
