"""Places like mine: the search page filters on the size class and urbanity of the municipality a
page is about (CBS's Kerncijfers), in Dutch and English."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from knowledge.factories import MunicipalityFactory
from knowledge.kerncijfers import import_table, parse_table
from knowledge.translation.given_strings import translate
from search import facet_index
from search.models import PageFacet

DUTCH_SEARCH = "/nl/zoeken/"
ENGLISH_SEARCH = "/en/search/"
HEADER = "Codering_3;AantalInwoners_5;MateVanStedelijkheid_104"


def import_rows(*rows):
    text = "\n".join([HEADER, *rows]) + "\n"
    return import_table(parse_table(text.encode(), "kwb-2024.csv"))


def published(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def titles(response):
    return {page.title for page in response.context["outcome"].results}


def facet_counts(response, facet_name):
    for group in response.context["outcome"].facet_groups:
        if group.facet.name == facet_name:
            return {value.label: value.count for value in group.values}
    return {}


@pytest.fixture
def content(section):
    index = section(CaseStudyIndexPage)

    def case_study(title, name, code):
        municipality = MunicipalityFactory(name=name, cbs_code=code)
        return published(CaseStudyPageFactory(parent=index, title=title, municipality=municipality))

    pages = {
        "town": case_study("Buurtpreventie in een stad van 38.000", "Gorinchem", "GM0512"),
        "city": case_study("Alliantie in een stad van 80.000", "Schiedam", "GM0606"),
        "village": case_study("Ontmoeten in een dorp", "Kleindorp", "GM9998"),
        "unknown": case_study("Aanpak zonder cijfers", "Zondercijfers", "GM9997"),
    }
    # Imported after the pages were published: the import brings their facets up to date.
    import_rows("GM0512;38000;2", "GM0606;80000;1", "GM9998;4000;5")
    return pages


def test_size_class_finds_the_case_studies_in_such_municipalities_and_no_others(client, content):
    response = client.get(DUTCH_SEARCH, {"gemeentegrootte": "20k-50k"})

    assert titles(response) == {content["town"].title}
    html = response.content.decode()
    assert "Gemeentegrootte" in html
    # Counted as if the size class were not chosen (OR within a facet); the page without
    # figures has no size class.
    assert facet_counts(response, "size_class") == {
        "20.000 tot 50.000 inwoners": 1,
        "50.000 tot 100.000 inwoners": 1,
        "Minder dan 5.000 inwoners": 1,
    }


def test_urbanity_filters_and_combines_with_size_class(client, content):
    response = client.get(DUTCH_SEARCH, {"stedelijkheid": ["1", "2"]})
    assert titles(response) == {content["town"].title, content["city"].title}
    assert facet_counts(response, "urbanity") == {
        "Zeer sterk stedelijk": 1,
        "Sterk stedelijk": 1,
        "Niet stedelijk": 1,
    }

    both = client.get(DUTCH_SEARCH, {"stedelijkheid": ["1", "2"], "gemeentegrootte": "50k-100k"})
    assert titles(both) == {content["city"].title}


def test_new_figures_move_a_page_to_another_size_class(client, content):
    import_rows("GM0512;52000;2")

    assert titles(client.get(DUTCH_SEARCH, {"gemeentegrootte": "20k-50k"})) == set()
    assert content["town"].title in titles(
        client.get(DUTCH_SEARCH, {"gemeentegrootte": "50k-100k"})
    )


@pytest.mark.parametrize("params", [{"gemeentegrootte": "40000"}, {"stedelijkheid": "6"}])
def test_a_value_that_is_no_class_is_ignored_with_a_notice(client, content, params):
    response = client.get(DUTCH_SEARCH, params)
    assert response.status_code == 200
    assert response.context["outcome"].total == len(content)
    assert "zijn genegeerd" in response.content.decode()


def test_the_english_search_page_filters_on_size_class_in_english(
    client, site_tree, english, content
):
    for page in (site_tree.home, *site_tree.sections.values()):
        translate(page, english, lambda text: f"EN {text}")
    for key in ("town", "city"):
        translate(content[key], english, lambda text: f"EN {text}")

    response = client.get(ENGLISH_SEARCH, {"gemeentegrootte": "20k-50k"})

    assert titles(response) == {f"EN {content['town'].title}"}
    html = response.content.decode()
    assert "Municipality size" in html
    assert "Urbanity" in html
    assert facet_counts(response, "size_class") == {
        "20,000 to 50,000 inhabitants": 1,
        "50,000 to 100,000 inhabitants": 1,
    }
    assert facet_counts(response, "urbanity") == {"Strongly urbanised": 1}


def test_rebuilding_the_facet_index_reads_the_figures_without_a_query_per_page(section, content):
    def rebuild_queries():
        with CaptureQueriesContext(connection) as queries:
            facet_index.rebuild()
        return len(queries.captured_queries)

    few = rebuild_queries()
    for number in range(5):
        municipality = MunicipalityFactory(cbs_code=f"GM0{number}11")
        import_rows(f"GM0{number}11;{30000 + number};3")
        published(
            CaseStudyPageFactory(parent=section(CaseStudyIndexPage), municipality=municipality)
        )
    assert rebuild_queries() == few
    # ...and the rebuilt index still has every page's size class.
    in_20k_to_50k = PageFacet.objects.filter(facet="size_class", value="20k-50k")
    assert in_20k_to_50k.count() == 6
