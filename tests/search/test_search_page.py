"""The search and browse page as a policy officer uses it: words, facets, sorting and paging."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from knowledge.factories import (
    MunicipalityFactory,
    PracticalTipPageFactory,
    TargetGroupFactory,
    ThemeFactory,
)
from knowledge.models import PracticalTipIndexPage, Province
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage
from search import facet_index, results
from search.engine import forget_synonyms
from search.models import SearchQueryDay, SynonymGroup

SEARCH_URL = "/nl/zoeken/"


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


@pytest.fixture
def content(section):
    """A small but varied site: two methods, case studies in two provinces, a tip and a draft."""
    safety = ThemeFactory(name="Veiligheid", slug="veiligheid")
    lhbti = TargetGroupFactory(name="Lhbti+ inwoners", slug="lhbti-inwoners")
    rotterdam = MunicipalityFactory(
        name="Rotterdam", slug="rotterdam", cbs_code="GM0599", province=Province.ZUID_HOLLAND
    )
    almere = MunicipalityFactory(
        name="Almere", slug="almere", cbs_code="GM0034", province=Province.FLEVOLAND
    )
    alliance = MethodPageFactory(
        parent=section(MethodIndexPage),
        title="Samen in de Wijk",
        intro="Een veiligheidsalliantie met de wijkagent en bewoners, een kompasroos.",
        body=paragraph("De alliantie deelt signalen over onveiligheid in de wijk."),
        first_published=datetime.date(2023, 3, 1),
    )
    colours = MethodPageFactory(
        parent=section(MethodIndexPage),
        title="Alle Kleuren",
        intro="Bewoners vieren en herdenken samen in de buurt, met een kompasroos.",
        body=paragraph("Diversiteitsbijeenkomsten verbinden bewoners."),
        first_published=datetime.date(2022, 6, 1),
    )
    in_rotterdam = CaseStudyPageFactory(
        parent=section(CaseStudyIndexPage),
        title="Alliantie in Rotterdam",
        intro="Een alliantie in een Rotterdamse wijk met de wijkagent.",
        method=alliance,
        municipality=rotterdam,
        first_published=datetime.date(2022, 1, 1),
    )
    in_almere = CaseStudyPageFactory(
        parent=section(CaseStudyIndexPage),
        title="Almere verbindt",
        intro="Sleutelfiguren organiseren bijeenkomsten in hun buurt rond een kompasroos.",
        method=colours,
        municipality=almere,
        first_published=datetime.date(2023, 9, 1),
    )
    for page, theme_list, groups in [
        (alliance, [safety], [lhbti]),
        (in_rotterdam, [safety], [lhbti]),
        (in_almere, [], [lhbti]),
    ]:
        page.themes.set(theme_list)
        page.target_groups.set(groups)
        page.save_revision().publish()
    tip = PracticalTipPageFactory(
        parent=section(PracticalTipIndexPage),
        title="Plan tijd voor het netwerk in de wijk",
        intro="Een netwerk in de wijk opbouwen duurt maanden.",
        phase="start",
        source_method=alliance,
        first_published=datetime.date(2021, 5, 1),
    )
    draft = CaseStudyPageFactory(
        parent=section(CaseStudyIndexPage),
        title="Geheime alliantie in concept",
        intro="Nog niet gepubliceerd: wijkagent.",
        municipality=rotterdam,
    )
    draft.unpublish()
    return {
        "alliance": alliance,
        "colours": colours,
        "in_rotterdam": in_rotterdam,
        "in_almere": in_almere,
        "tip": tip,
        "draft": draft,
        "safety": safety,
        "lhbti": lhbti,
        "rotterdam": rotterdam,
        "almere": almere,
    }


def result_titles(response):
    return [page.title for page in response.context["outcome"].results]


def facet_counts(response, facet_name):
    for group in response.context["outcome"].facet_groups:
        if group.facet.name == facet_name:
            return {value.label: value.count for value in group.values}
    return {}


def test_search_url_is_localised(client, content):
    assert reverse("search") == SEARCH_URL
    response = client.get("/zoeken/?q=wijk")
    assert response.status_code == 302
    assert response.url.startswith("/nl/zoeken/")


def test_words_find_pages_of_every_type_but_never_drafts(client, content):
    response = client.get(SEARCH_URL, {"q": "wijkagent"})
    assert response.status_code == 200
    titles = result_titles(response)
    assert {"Samen in de Wijk", "Alliantie in Rotterdam"} <= set(titles)
    assert "Geheime alliantie in concept" not in titles
    assert "Geheime alliantie" not in response.content.decode()


def test_browse_without_query_lists_all_live_content_newest_first(client, content):
    response = client.get(SEARCH_URL)
    titles = result_titles(response)
    assert titles[0] == "Almere verbindt"
    assert set(titles) == {
        "Samen in de Wijk",
        "Alle Kleuren",
        "Alliantie in Rotterdam",
        "Almere verbindt",
        "Plan tijd voor het netwerk in de wijk",
    }


def test_facets_combine_and_across_or_within(client, content):
    rotterdam, almere = content["rotterdam"], content["almere"]
    both = client.get(SEARCH_URL, {"gemeente": [rotterdam.pk, almere.pk]})
    assert set(result_titles(both)) == {"Alliantie in Rotterdam", "Almere verbindt"}

    and_across = client.get(
        SEARCH_URL, {"gemeente": [rotterdam.pk, almere.pk], "thema": content["safety"].pk}
    )
    assert result_titles(and_across) == ["Alliantie in Rotterdam"]


def test_a_filter_may_name_a_term_by_its_slug_as_in_its_own_url(client, content):
    by_id = client.get(SEARCH_URL, {"thema": content["safety"].pk, "gemeente": "rotterdam"})
    by_slug = client.get(SEARCH_URL, {"thema": "veiligheid", "gemeente": "rotterdam"})
    assert result_titles(by_slug) == result_titles(by_id) == ["Alliantie in Rotterdam"]
    html = by_slug.content.decode()
    assert "bestaan niet" not in html
    # The filter shows as chosen, so the reader can see and undo it.
    assert f'value="{content["safety"].pk}" checked' in html
    unknown = client.get(SEARCH_URL, {"thema": "bestaat-niet"})
    assert "bestaan niet en zijn genegeerd" in unknown.content.decode()


def test_facet_counts_follow_the_query_and_other_facets(client, content):
    response = client.get(SEARCH_URL, {"q": "alliantie"})
    types = facet_counts(response, "type")
    assert types["Methoden"] == 1
    assert types["Praktijkvoorbeelden"] == 1
    assert "Praktijktips" not in types

    # Within the municipality facet, other municipalities keep their counts (OR within).
    filtered = client.get(SEARCH_URL, {"gemeente": content["rotterdam"].pk})
    municipalities = facet_counts(filtered, "municipality")
    assert municipalities == {"Rotterdam": 1, "Almere": 1}
    provinces = facet_counts(filtered, "province")
    assert provinces == {"Zuid-Holland": 1}


def test_method_facet_finds_case_studies_and_tips_of_the_method(client, content):
    response = client.get(SEARCH_URL, {"methode": content["alliance"].pk})
    assert set(result_titles(response)) == {
        "Samen in de Wijk",
        "Alliantie in Rotterdam",
        "Plan tijd voor het netwerk in de wijk",
    }


def test_phase_and_evidence_facets(client, content):
    tips = client.get(SEARCH_URL, {"fase": "start"})
    assert result_titles(tips) == ["Plan tijd voor het netwerk in de wijk"]
    described = client.get(SEARCH_URL, {"onderbouwing": "well_described"})
    assert set(result_titles(described)) == {"Samen in de Wijk", "Alle Kleuren"}


def test_results_show_type_highlighted_intro_municipality_and_date(client, content):
    html = client.get(SEARCH_URL, {"q": "wijkagent", "type": "praktijkvoorbeeld"}).content.decode()
    assert "Praktijkvoorbeeld" in html
    assert "<mark>wijkagent</mark>" in html
    assert "Rotterdam" in html
    assert "Methode: Samen in de Wijk" in html
    assert 'datetime="2022-01-01"' in html


def test_sort_newest_orders_by_publication_date(client, content):
    response = client.get(SEARCH_URL, {"q": "kompasroos", "sorteer": "nieuwste"})
    titles = result_titles(response)
    assert titles == ["Almere verbindt", "Samen in de Wijk", "Alle Kleuren"]


def test_filtered_view_has_a_shareable_url(client, content):
    rotterdam = content["rotterdam"]
    response = client.get(SEARCH_URL, {"q": "alliantie", "gemeente": rotterdam.pk})
    html = response.content.decode()
    # The chip that removes the filter keeps the query; the form re-submits both.
    assert "?q=alliantie" in html
    assert f'name="gemeente" value="{rotterdam.pk}" checked' in html


def test_unknown_facet_values_are_ignored_with_a_notice(client, content):
    response = client.get(SEARCH_URL, {"gemeente": ["999999", "abc"], "type": "onbekend"})
    assert response.status_code == 200
    assert "bestaan niet en zijn genegeerd" in response.content.decode()


@pytest.mark.parametrize("page", ["abc", "999999", "0", "-3", ""])
def test_pagination_never_fails(client, section, page):
    for number in range(25):
        MethodPageFactory(parent=section(MethodIndexPage), title=f"Methode voor de wijk {number}")
    response = client.get(SEARCH_URL, {"q": "wijk", "page": page})
    assert response.status_code == 200
    assert response.context["outcome"].results


def test_no_results_page_helps_the_reader(client, content):
    response = client.get(SEARCH_URL, {"q": "xylofoonorkest"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Niets gevonden" in html
    # No filters to offer, so no empty filter panel with a button that does nothing.
    assert "Filters toepassen" not in html
    assert 'id="filters-title"' not in html
    # With results, the filters are there.
    assert "Filters toepassen" in client.get(SEARCH_URL, {"q": "wijk"}).content.decode()


def test_editors_promotion_comes_first(client, content):
    query = Query.get("netwerk")
    SearchPromotion.objects.create(query=query, page=content["colours"], sort_order=0)
    response = client.get(SEARCH_URL, {"q": "Netwerk"})
    html = response.content.decode()
    assert "Aanbevolen door de redactie" in html
    assert html.index("Alle Kleuren") < html.index("Plan tijd voor het netwerk")


def test_a_new_promotion_shows_at_once(client, content, django_capture_on_commit_callbacks):
    # The queries that have promotions are kept between requests (search/kept.py).
    assert "Aanbevolen door de redactie" not in client.get(SEARCH_URL, {"q": "netwerk"}).text
    with django_capture_on_commit_callbacks(execute=True):
        SearchPromotion.objects.create(
            query=Query.get("netwerk"), page=content["colours"], sort_order=0
        )
    assert "Aanbevolen door de redactie" in client.get(SEARCH_URL, {"q": "netwerk"}).text
    with django_capture_on_commit_callbacks(execute=True):
        SearchPromotion.objects.all().delete()
    assert "Aanbevolen door de redactie" not in client.get(SEARCH_URL, {"q": "netwerk"}).text


def test_a_search_without_promotions_takes_no_query_for_them(client, content):
    # The promoted queries are kept between requests (search/kept.py) until one changes.
    client.get(SEARCH_URL, {"q": "netwerk"})
    with CaptureQueriesContext(connection) as queries:
        assert client.get(SEARCH_URL, {"q": "netwerk"}).status_code == 200
    kept = ("searchpromotion",)
    assert not [query for query in queries if any(table in query["sql"] for table in kept)]


def test_search_is_logged_once_per_search_not_per_results_page(client, section):
    for number in range(25):
        MethodPageFactory(parent=section(MethodIndexPage), title=f"Methode voor de wijk {number}")
    client.get(SEARCH_URL, {"q": "Wijk"})
    client.get(SEARCH_URL, {"q": "Wijk", "page": "2"})
    client.get(SEARCH_URL, {"q": "xylofoon"})
    client.get(SEARCH_URL)
    logged = {row.query: row for row in SearchQueryDay.objects.all()}
    assert set(logged) == {"wijk", "xylofoon"}
    assert logged["wijk"].searches == 1
    assert logged["wijk"].searches_without_results == 0
    assert logged["xylofoon"].searches_without_results == 1


def test_more_matches_than_the_limit_are_said_to_be_more(client, section, settings):
    settings.WIJKKOMPAS_SEARCH_MAX_MATCHES = 3
    for number in range(5):
        MethodPageFactory(parent=section(MethodIndexPage), title=f"Methode voor de wijk {number}")
    response = client.get(SEARCH_URL, {"q": "wijk"})
    assert response.context["outcome"].total == 3
    assert "Meer dan 3 resultaten" in response.content.decode()


def test_a_faceted_word_search_costs_the_same_queries_however_many_pages_match(
    client, content, section
):
    params = {"q": "wijkagent", "provincie": Province.ZUID_HOLLAND, "thema": content["safety"].pk}

    def queries_for_search():
        client.get(SEARCH_URL, params)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(SEARCH_URL, params)
        return response.context["outcome"].total, len(queries)

    before_total, before = queries_for_search()
    for number in range(6):
        page = CaseStudyPageFactory(
            parent=section(CaseStudyIndexPage),
            title=f"Wijkagent en buurt {number}",
            municipality=content["rotterdam"],
            method=content["alliance"],
        )
        page.themes.set([content["safety"]])
        page.save_revision().publish()
    after_total, after = queries_for_search()
    assert after_total == before_total + 6
    assert after == before


def test_synonyms_are_found_and_marked(client, content):
    SynonymGroup.objects.create(language="nl", terms="wijkagent, buurtagent")
    forget_synonyms()
    html = client.get(SEARCH_URL, {"q": "buurtagent"}).content.decode()
    assert "Alliantie in Rotterdam" in html
    assert "<mark>wijkagent</mark>" in html


def test_unpublished_draft_changes_never_reach_the_facets(client, content):
    case_study = content["in_rotterdam"]
    case_study.municipality = content["almere"]
    case_study.save_revision()  # a draft: the live page still says Rotterdam
    in_almere = client.get(SEARCH_URL, {"gemeente": content["almere"].pk})
    assert "Alliantie in Rotterdam" not in result_titles(in_almere)
    in_rotterdam = client.get(SEARCH_URL, {"gemeente": content["rotterdam"].pk})
    assert "Alliantie in Rotterdam" in result_titles(in_rotterdam)

    case_study.save_revision().publish()
    in_almere = client.get(SEARCH_URL, {"gemeente": content["almere"].pk})
    assert "Alliantie in Rotterdam" in result_titles(in_almere)


def test_a_facet_lists_its_most_frequent_values_and_always_the_selected_ones(
    client, content, monkeypatch
):
    monkeypatch.setattr(results, "MAX_FACET_VALUES", 1)

    types = facet_counts(client.get(SEARCH_URL), "type")
    assert len(types) == 1
    assert list(types.values()) == [2]

    selected = facet_counts(client.get(SEARCH_URL, {"type": "praktijktip"}), "type")
    assert selected == {"Praktijktips": 1}


def all_facet_counts(response):
    return {
        group.facet.name: {value.value: value.count for value in group.values}
        for group in response.context["outcome"].facet_groups
    }


@pytest.mark.parametrize(
    "selection",
    [
        # Three of the five pages mention a kompasroos: more than half.
        {"q": "kompasroos"},
        {"q": "kompasroos", "type": "methode"},
        {"q": "kompasroos", "provincie": "flevoland"},
        {"q": "wijk", "type": "praktijkvoorbeeld"},
        {},
        {"type": "methode"},
    ],
)
def test_counts_from_the_kept_totals_equal_counting_every_match(
    client, content, selection, monkeypatch
):
    # Counted over the matching pages themselves, as the page did before keeping totals...
    with monkeypatch.context() as direct:
        direct.setattr(
            results, "counts_over", lambda ids, names, *args: facet_index.count_values(ids, names)
        )
        counted = all_facet_counts(client.get(SEARCH_URL, selection))
    assert counted["type"]
    # ...and from the locale's totals kept between requests, minus the pages that did not match.
    for _ in range(2):
        assert all_facet_counts(client.get(SEARCH_URL, selection)) == counted


def test_kept_totals_follow_publishing_at_once(
    client, content, section, django_capture_on_commit_callbacks
):
    before = facet_counts(client.get(SEARCH_URL, {"q": "wijk"}), "type")
    assert before["Praktijktips"] == 1
    with django_capture_on_commit_callbacks(execute=True):
        PracticalTipPageFactory(
            parent=section(PracticalTipIndexPage),
            title="Begin klein in de wijk",
            intro="Eén straat in de wijk is genoeg om te beginnen.",
        )
    after = facet_counts(client.get(SEARCH_URL, {"q": "wijk"}), "type")
    assert after["Praktijktips"] == 2
    assert facet_counts(client.get(SEARCH_URL), "type")["Praktijktips"] == 2
