"""Query budgets: every page type renders with a fixed number of queries, however much it lists.

A query per listed card, tag, case study or interviewee is the bug these tests catch: on a site
of 10,000 pages it turns a page view into hundreds of queries. Each page is measured with a few
listed items and again with more; the count must not change, and must stay within its budget.
The page cache is off here (as in every test but its own), so these are the uncached renders.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_factories import ImageFactory

from articles.factories import ArticlePageFactory, InterviewPageFactory, PracticalTipPageFactory
from articles.models import ArticleIndexPage, InterviewIndexPage, PracticalTipIndexPage
from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from knowledge.factories import (
    MunicipalityFactory,
    NeighbourhoodFactory,
    OrganisationFactory,
    PersonFactory,
    TargetGroupFactory,
    ThemeFactory,
)
from knowledge.models import MunicipalityIndexPage, ThemeIndexPage
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage
from search.models import ImplementationMapPage

# The most queries each page type may take when the edge misses (measured plus two). Most are
# fixed costs every page shares: the site and locale, Wagtail's routing (two queries per path
# segment), its view-restriction check (also for each page a page refers to: a draft or private
# one is left unnamed), the breadcrumbs and the language versions; the
# navigation and the footer's links are kept between requests (knowledge/operations/kept.py). Readers
# mostly get pages from the edge, which costs none (docs/caching.md). A method page's list of
# interviews, tips and articles and a case study's list of the same method elsewhere cost two
# queries per list (the pages, and Wagtail's view restrictions for `.public()`). A case study's and
# a municipality's page read the key figures of the places they show in one query (size and
# urbanity: knowledge/templatetags/area_figure_tags.py), however many neighbourhoods it names.
# queries per list (the pages, and Wagtail's view restrictions for `.public()`). A map page
# filtered by words, a method and a province reads the search page's parameters and filters as
# search does: the method filter's check, the text search and a query per selected facet.
BUDGETS = {
    "home": 20,
    "methods index": 17,
    "case studies index": 18,
    "tips index": 16,
    "interviews index": 16,
    "articles index": 16,
    "municipalities index": 14,
    "themes index": 14,
    "method": 28,
    "case study": 29,
    "interview": 25,
    "tip": 21,
    "municipality": 30,
    "theme": 31,
    "search": 20,
    "browse": 14,
    "map": 20,
    "filtered map": 28,
}


class Site:
    """A small site whose every page lists more things each time `grow` is called."""

    def __init__(self, section):
        self.section = section
        # Placed, so the maps draw it (casestudies/maps/).
        self.rotterdam = MunicipalityFactory(
            name="Rotterdam", slug="rotterdam", latitude="51.9225", longitude="4.47917"
        )
        self.safety = ThemeFactory(name="Veiligheid", slug="veiligheid")
        self.method = MethodPageFactory(parent=section(MethodIndexPage), title="Samen in de Wijk")
        self.case_study = CaseStudyPageFactory(
            parent=section(CaseStudyIndexPage),
            method=self.method,
            municipality=self.rotterdam,
            title="Alliantie in Rotterdam",
        )
        self.interview = InterviewPageFactory(
            parent=section(InterviewIndexPage),
            source_method=self.method,
            source_case_study=self.case_study,
        )
        self.tip = PracticalTipPageFactory(
            parent=section(PracticalTipIndexPage), source_method=self.method
        )
        self.count = 0

    def grow(self, number):
        """Add `number` listed items of every kind, each with an image and taxonomy."""
        for _ in range(number):
            self.count += 1
            themes = [self.safety, ThemeFactory(parent=self.safety)]
            groups = [TargetGroupFactory()]
            municipalities = [self.rotterdam, MunicipalityFactory()]
            pages = [
                MethodPageFactory(
                    parent=self.section(MethodIndexPage), owner_organisation=OrganisationFactory()
                ),
                CaseStudyPageFactory(
                    parent=self.section(CaseStudyIndexPage),
                    method=self.method,
                    municipality=self.rotterdam,
                    lead_organisation=OrganisationFactory(),
                ),
                PracticalTipPageFactory(
                    parent=self.section(PracticalTipIndexPage), source_method=self.method
                ),
                InterviewPageFactory(
                    parent=self.section(InterviewIndexPage), source_method=self.method
                ),
                ArticlePageFactory(parent=self.section(ArticleIndexPage)),
                # A marker of its own on the maps.
                CaseStudyPageFactory(
                    parent=self.section(CaseStudyIndexPage),
                    method=self.method,
                    municipality=MunicipalityFactory(
                        latitude=f"{52 + self.count / 100:.5f}", longitude="5.10000"
                    ),
                ),
            ]
            for page in pages:
                page.listing_image = ImageFactory()
                page.listing_image_alt = "Bewoners in de wijk"
                page.themes.set(themes)
                page.target_groups.set(groups)
                page.municipalities.set(municipalities)
                if hasattr(page, "neighbourhoods"):
                    page.neighbourhoods.set([NeighbourhoodFactory(municipality=self.rotterdam)])
                page.save_revision().publish()
            # The single pages list more of their own things too.
            for page in (self.method, self.case_study, self.interview, self.tip):
                page.themes.add(themes[1])
                page.target_groups.add(groups[0])
                page.municipalities.add(municipalities[1])
                page.related_pages = [("page", related) for related in pages]
            self.method.intermediate_target_groups.add(groups[0])
            self.case_study.neighbourhoods.add(NeighbourhoodFactory(municipality=self.rotterdam))
            self.interview.interviewees.add(PersonFactory(organisation=OrganisationFactory()))
        for page in (self.method, self.case_study, self.interview, self.tip):
            page.save_revision().publish()

    def urls(self):
        section = self.section
        return {
            "home": section(MethodIndexPage).get_parent().url,
            "methods index": section(MethodIndexPage).url,
            "case studies index": section(CaseStudyIndexPage).url,
            "tips index": section(PracticalTipIndexPage).url,
            "interviews index": section(InterviewIndexPage).url,
            "articles index": section(ArticleIndexPage).url,
            "municipalities index": section(MunicipalityIndexPage).url,
            "themes index": section(ThemeIndexPage).url,
            "method": self.method.url,
            "case study": self.case_study.url,
            "interview": self.interview.url,
            "tip": self.tip.url,
            "municipality": section(MunicipalityIndexPage).term_url(self.rotterdam),
            "theme": section(ThemeIndexPage).term_url(self.safety),
            "search": "/nl/zoeken/?q=wijk",
            "browse": "/nl/zoeken/",
            "map": section(ImplementationMapPage).url,
            "filtered map": (
                f"{section(ImplementationMapPage).url}?q=praktijkvoorbeeld"
                f"&methode={self.method.pk}&provincie=zuid-holland"
            ),
        }


def queries_per_page(client, urls):
    """{page type: the SQL of one view}, after a first view has made the image renditions."""
    measured = {}
    for kind, url in urls.items():
        assert client.get(url).status_code == 200, url
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        measured[kind] = [query["sql"] for query in queries.captured_queries]
    return measured


@pytest.fixture
def site(section):
    return Site(section)


def test_no_page_type_issues_a_query_per_listed_item(client, site):
    site.grow(3)
    few = queries_per_page(client, site.urls())
    site.grow(7)
    many = queries_per_page(client, site.urls())
    counts = {kind: (len(few[kind]), len(many[kind])) for kind in few}
    print("queries per page type (3 items, 10 items):", counts)
    growing = {kind: count for kind, count in counts.items() if count[1] > count[0]}
    assert not growing, f"queries grow with listed items (3 → 10 items): {growing}"
    over = {kind: count[1] for kind, count in counts.items() if count[1] > BUDGETS[kind]}
    assert not over, f"over budget: {over}; budgets {BUDGETS}"
