"""Finding the page for a URL: the same page as Wagtail's own routing, in fewer queries."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from knowledge.factories import MunicipalityFactory
from knowledge.models import MunicipalityIndexPage
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage


@pytest.fixture
def method(section):
    return MethodPageFactory(parent=section(MethodIndexPage), title="Samen in de Wijk")


def route(home, path):
    request = RequestFactory().get(path)
    return home.specific.route(request, [part for part in path.split("/") if part])


def wagtail_route(home, path):
    request = RequestFactory().get(path)
    return Page.route(home.specific, request, [part for part in path.split("/") if part])


def test_a_page_is_found_in_two_queries_with_what_its_template_shows(site_tree, method):
    home = site_tree.home.specific
    path = method.url.removeprefix(home.url)
    with CaptureQueriesContext(connection) as queries:
        found = route(home, path)
        owner = found.page.owner_organisation
        locale = found.page.locale
    assert found.page == method
    assert type(found.page) is type(method)
    assert (owner, locale) == (method.owner_organisation, method.locale)
    assert len(queries) == 2
    # Wagtail's walk finds the same page, one segment at a time.
    with CaptureQueriesContext(connection) as wagtail_queries:
        assert wagtail_route(home, path).page == found.page
    assert len(wagtail_queries) > len(queries)


def test_the_reader_gets_the_page_and_its_sub_pages(client, method, section):
    municipality = MunicipalityFactory(name="Rotterdam", slug="rotterdam")
    CaseStudyPageFactory(
        parent=section(CaseStudyIndexPage), method=method, municipality=municipality
    )
    assert client.get(method.url).status_code == 200
    # A routable page routes its own sub-path: the one-pager, a municipality's page.
    assert client.get(method.url + "onepager/").status_code == 200
    term_page = client.get(section(MunicipalityIndexPage).url + "rotterdam/")
    assert term_page.status_code == 200
    assert "Rotterdam" in term_page.content.decode()


def test_drafts_wrong_paths_and_slugs_from_elsewhere_in_the_tree_give_404(client, method, section):
    draft = MethodPageFactory(parent=section(MethodIndexPage), title="Nog niet klaar", live=False)
    case_study = CaseStudyPageFactory(parent=section(CaseStudyIndexPage), slug="elders")
    assert client.get(section(MethodIndexPage).url + draft.slug + "/").status_code == 404
    assert client.get(method.url + "bestaat-niet/").status_code == 404
    # The case study's slug under the methods section: no such page there.
    assert client.get(section(MethodIndexPage).url + case_study.slug + "/").status_code == 404
    assert client.get(section(MethodIndexPage).url + "bestaat-niet/").status_code == 404


def test_a_host_the_site_does_not_serve_is_refused_not_remembered(client, method, settings):
    settings.WIJKKOMPAS_PAGE_CACHE_ENABLED = True
    assert client.get(method.url, headers={"host": "elders.example"}).status_code == 400
    # A forwarded host is only believed when the settings say so; the page is served as usual.
    response = client.get(method.url, headers={"x-forwarded-host": "elders.example"})
    assert response.status_code == 200


def test_the_main_menu_marks_the_section_of_the_page_and_the_section_page_itself(
    client, method, section
):
    methods = section(MethodIndexPage)
    methods.show_in_menus = True
    methods.save_revision().publish()
    link = f'<a class="primary-nav__link" href="{methods.url}"'
    inside = client.get(method.url).content.decode()
    assert f'{link} aria-current="true">{methods.title}</a>' in inside
    on_it = client.get(methods.url).content.decode()
    assert f'{link} aria-current="page">{methods.title}</a>' in on_it
    elsewhere = client.get(section(CaseStudyIndexPage).url).content.decode()
    assert f"{link}>{methods.title}</a>" in elsewhere
