"""Finding the page for a URL with Wagtail's routing: pages, their sub-pages, and what is refused."""

import pytest

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from knowledge.factories import MunicipalityFactory
from knowledge.models import MunicipalityIndexPage
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage


@pytest.fixture
def method(section):
    return MethodPageFactory(parent=section(MethodIndexPage), title="Samen in de Wijk")


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


def test_a_host_the_site_does_not_serve_is_refused(client, method):
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
