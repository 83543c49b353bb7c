"""Index, municipality and theme overviews: what they list, and that they stay fast as content grows."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from articles.factories import PracticalTipPageFactory
from articles.models import PracticalTipIndexPage
from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from knowledge.factories import MunicipalityFactory, ThemeFactory
from knowledge.models import MunicipalityIndexPage, ThemeIndexPage
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage


@pytest.fixture
def rotterdam(db):
    return MunicipalityFactory(name="Rotterdam", slug="rotterdam", cbs_code="GM0599")


def term_page_url(index, term):
    return index.term_url(term)


def test_municipality_page_lists_everything_about_the_municipality(client, section, rotterdam):
    method = MethodPageFactory(parent=section(MethodIndexPage), title="Samen in de Wijk")
    CaseStudyPageFactory(
        parent=section(CaseStudyIndexPage),
        method=method,
        municipality=rotterdam,
        title="Alliantie in Rotterdam",
    )
    elsewhere = MunicipalityFactory(name="Eindhoven", cbs_code="GM0772")
    CaseStudyPageFactory(
        parent=section(CaseStudyIndexPage), municipality=elsewhere, title="Alliantie elders"
    )
    tip = PracticalTipPageFactory(parent=section(PracticalTipIndexPage), title="Tip voor Rotterdam")
    tip.municipalities.set([rotterdam])
    tip.save_revision().publish()

    response = client.get(term_page_url(section(MunicipalityIndexPage), rotterdam))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Rotterdam" in html
    assert "GM0599" in html
    assert "Alliantie in Rotterdam" in html
    assert "Tip voor Rotterdam" in html
    assert "Alliantie elders" not in html


def test_unknown_municipality_is_a_404(client, section):
    index = section(MunicipalityIndexPage)
    assert client.get(index.url + "bestaat-niet/").status_code == 404


def test_municipality_overview_links_each_municipality(client, section, rotterdam):
    index = section(MunicipalityIndexPage)
    html = client.get(index.url).content.decode()
    assert index.term_url(rotterdam) in html


def test_theme_page_includes_content_of_its_sub_themes(client, section):
    safety = ThemeFactory(name="Veiligheid", slug="veiligheid")
    prevention = ThemeFactory(name="Buurtpreventie", slug="buurtpreventie", parent=safety)
    case_study = CaseStudyPageFactory(
        parent=section(CaseStudyIndexPage), title="Buurtpreventie in Gorinchem-Oost"
    )
    case_study.themes.set([prevention])
    case_study.save_revision().publish()
    html = client.get(section(ThemeIndexPage).term_url(safety)).content.decode()
    assert "Buurtpreventie in Gorinchem-Oost" in html


def test_a_page_about_a_theme_and_its_sub_theme_is_listed_and_counted_once(client, section):
    safety = ThemeFactory(name="Veiligheid", slug="veiligheid")
    prevention = ThemeFactory(name="Buurtpreventie", slug="buurtpreventie", parent=safety)
    case_study = CaseStudyPageFactory(
        parent=section(CaseStudyIndexPage), title="Buurtpreventie in Gorinchem-Oost"
    )
    case_study.themes.set([safety, prevention])
    case_study.save_revision().publish()
    response = client.get(section(ThemeIndexPage).term_url(safety))
    [group] = response.context["groups"]
    assert group.count == 1
    assert [page.title for page in group.pages] == ["Buurtpreventie in Gorinchem-Oost"]


def case_study_about(section, title, themes=(), municipality=None):
    extra = {"municipality": municipality} if municipality else {}
    case_study = CaseStudyPageFactory(parent=section(CaseStudyIndexPage), title=title, **extra)
    if themes:
        case_study.themes.set(themes)
    case_study.save_revision().publish()
    return case_study


def headings(html):
    """The group headings of a theme or municipality page, e.g. ["Praktijkvoorbeelden (2)"]."""
    return re.findall(r'<h2 id="groep-\d+">([^<]*)</h2>', html)


def test_theme_page_totals_count_each_public_page_once(
    client, section, django_capture_on_commit_callbacks
):
    safety = ThemeFactory(name="Veiligheid", slug="veiligheid")
    prevention = ThemeFactory(name="Buurtpreventie", slug="buurtpreventie", parent=safety)
    index = section(ThemeIndexPage)
    case_study_about(section, "Over beide", themes=[safety, prevention])
    case_study_about(section, "Alleen preventie", themes=[prevention])
    private = case_study_about(section, "Besloten project", themes=[safety])
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    assert headings(client.get(index.term_url(safety)).content.decode()) == [
        "Praktijkvoorbeelden (2)"
    ]
    assert headings(client.get(index.term_url(prevention)).content.decode()) == [
        "Praktijkvoorbeelden (2)"
    ]

    with django_capture_on_commit_callbacks(execute=True):
        method = MethodPageFactory(parent=section(MethodIndexPage), title="Nieuwe methode")
        method.themes.set([safety])
        method.save_revision().publish()
    html = client.get(index.term_url(safety)).content.decode()
    assert headings(html) == ["Methoden (1)", "Praktijkvoorbeelden (2)"]
    assert "Besloten project" not in html


def test_municipality_page_totals_follow_publication(
    client, section, rotterdam, django_capture_on_commit_callbacks
):
    url = term_page_url(section(MunicipalityIndexPage), rotterdam)
    case_study_about(section, "Eerste", municipality=rotterdam)
    case_study_about(section, "Elders", municipality=MunicipalityFactory(cbs_code="GM0772"))
    assert headings(client.get(url).content.decode()) == ["Praktijkvoorbeelden (1)"]
    with django_capture_on_commit_callbacks(execute=True):
        second = case_study_about(section, "Tweede", municipality=rotterdam)
    assert headings(client.get(url).content.decode()) == ["Praktijkvoorbeelden (2)"]
    with django_capture_on_commit_callbacks(execute=True):
        second.unpublish()
    assert headings(client.get(url).content.decode()) == ["Praktijkvoorbeelden (1)"]


def test_municipality_page_queries_do_not_grow_with_its_content(client, section, rotterdam):
    index = section(CaseStudyIndexPage)
    url = term_page_url(section(MunicipalityIndexPage), rotterdam)
    for number in range(5):
        CaseStudyPageFactory(parent=index, municipality=rotterdam, title=f"Project {number}")
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for number in range(5, 50):
        CaseStudyPageFactory(parent=index, municipality=rotterdam, title=f"Project {number}")
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert response.status_code == 200
    assert len(many) == len(few), [query["sql"] for query in many.captured_queries]


def test_case_study_index_queries_do_not_grow_per_listed_item(client, section):
    index = section(CaseStudyIndexPage)
    for number in range(5):
        CaseStudyPageFactory(parent=index, title=f"Project {number}")
    client.get(index.url)
    with CaptureQueriesContext(connection) as few:
        client.get(index.url)
    for number in range(5, 50):
        CaseStudyPageFactory(parent=index, title=f"Project {number}")
    with CaptureQueriesContext(connection) as many:
        response = client.get(index.url)
    assert response.content.decode().count('class="card"') >= 24
    assert len(many) == len(few), [query["sql"] for query in many.captured_queries]


@pytest.mark.parametrize("page_param", ["abc", "999999", "-1", "0"])
def test_listing_pagination_never_fails(client, section, page_param):
    index = section(CaseStudyIndexPage)
    for number in range(30):
        CaseStudyPageFactory(parent=index, title=f"Project {number}")
    response = client.get(index.url, {"page": page_param})
    assert response.status_code == 200
    assert 'class="card"' in response.content.decode()


def test_tips_can_be_filtered_by_phase(client, section):
    index = section(PracticalTipIndexPage)
    PracticalTipPageFactory(parent=index, title="Verkennende tip", phase="explore")
    PracticalTipPageFactory(parent=index, title="Borgende tip", phase="embed")
    html = client.get(index.url, {"fase": "embed"}).content.decode()
    assert "Borgende tip" in html
    assert "Verkennende tip" not in html
    unfiltered = client.get(index.url, {"fase": "onzin"}).content.decode()
    assert "Borgende tip" in unfiltered and "Verkennende tip" in unfiltered
