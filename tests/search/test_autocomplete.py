"""Title suggestions for the search box: matching, language and publication, hostile input."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.factories import PracticalTipPageFactory
from articles.models import PracticalTipIndexPage
from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage
from search import autocomplete

URL = "/nl/zoeken/suggesties/"


@pytest.fixture
def pages(section):
    methods = section(MethodIndexPage)
    return {
        "method": MethodPageFactory(
            parent=methods, title="Buurtgesprekken voor sociale veiligheid"
        ),
        "other_method": MethodPageFactory(
            parent=methods, title="Regenboogtafels tegen eenzaamheid"
        ),
        "case_study": CaseStudyPageFactory(
            parent=section(CaseStudyIndexPage), title="Buurtgesprekken in Almere-Haven"
        ),
        "tip": PracticalTipPageFactory(
            parent=section(PracticalTipIndexPage), title="Begin buurtgesprekken klein"
        ),
    }


def suggestions(client, query, url=URL):
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return json.loads(response.content)["suggestions"]


def test_titles_starting_with_the_typed_word_are_suggested(client, pages, caplog):
    found = suggestions(client, "buurtges")

    # The search backend's own autocomplete answered, not the fallback.
    assert "Autocomplete failed" not in caplog.text

    assert {item["title"] for item in found} == {
        "Buurtgesprekken voor sociale veiligheid",
        "Buurtgesprekken in Almere-Haven",
        "Begin buurtgesprekken klein",
    }
    by_title = {item["title"]: item for item in found}
    method = by_title["Buurtgesprekken voor sociale veiligheid"]
    assert method == {
        "title": "Buurtgesprekken voor sociale veiligheid",
        "url": pages["method"].url,
        "type": "Methode",
    }
    assert by_title["Buurtgesprekken in Almere-Haven"]["type"] == "Praktijkvoorbeeld"


def test_every_typed_word_must_match(client, pages, caplog):
    found = suggestions(client, "buurtgesprekken alm")

    assert "Autocomplete failed" not in caplog.text

    assert [item["title"] for item in found] == ["Buurtgesprekken in Almere-Haven"]


def test_at_most_eight_suggestions(client, section):
    for n in range(12):
        MethodPageFactory(parent=section(MethodIndexPage), title=f"Wijkpanel {n}")

    assert len(suggestions(client, "wijkpanel")) == autocomplete.MAX_SUGGESTIONS


def test_drafts_private_pages_and_section_pages_are_not_suggested(client, pages, section):
    draft = MethodPageFactory(parent=section(MethodIndexPage), title="Buurtgesprekken concept")
    draft.unpublish()

    titles = {item["title"] for item in suggestions(client, "buurtgesprekken")}
    assert "Buurtgesprekken concept" not in titles
    assert "Methoden" not in {item["title"] for item in suggestions(client, "methoden")}


def test_other_languages_are_not_suggested(client, pages, section, english):
    index = section(MethodIndexPage).copy_for_translation(english, copy_parents=True)
    index.save_revision().publish()
    MethodPageFactory(parent=index, title="Buurtgesprekken in English")
    MethodPageFactory(parent=index, title="Neighbourhood talks")

    dutch = {item["title"] for item in suggestions(client, "buurtgesprekken")}
    assert "Buurtgesprekken in English" not in dutch
    english_titles = [
        item["title"] for item in suggestions(client, "neigh", url="/en/search/suggestions/")
    ]
    assert english_titles == ["Neighbourhood talks"]


@pytest.mark.parametrize("query", ["", "b", " b ", "*", "**", "\x00\x00", "?"])
def test_empty_or_too_short_queries_suggest_nothing(client, pages, query):
    assert suggestions(client, query) == []


@pytest.mark.parametrize(
    "query",
    [
        "buurt\x00gesprekken",
        "b" * 10_000,
        "buurt " * 2_000,
        "*:*",
        "title:buurt*",
        '{"query": {"match_all": {}}}',
        '"buurtgesprekken',
        "buurt AND OR NOT",
        "buurt)(",
        "' OR 1=1 --",
        "lhbti+",
        "😀😀",
    ],
)
def test_hostile_input_gives_json_never_an_error(client, pages, query):
    assert isinstance(suggestions(client, query), list)


@pytest.mark.parametrize(
    "query_string", ["q=%00%00buurt", "q=%ff%fe", "q=%ED%A0%80", "q[]=buurt", "q=ab&q=cd", "x=1"]
)
def test_malformed_query_strings_give_json(client, pages, query_string):
    response = client.get(f"{URL}?{query_string}")

    assert response.status_code == 200
    assert isinstance(json.loads(response.content)["suggestions"], list)


def test_the_backend_failing_falls_back_to_a_title_match(client, pages, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise ConnectionError("search engine down")

    monkeypatch.setattr("modelsearch.queryset.SearchableQuerySetMixin.autocomplete", broken)

    titles = {item["title"] for item in suggestions(client, "buurtgesprekken alm")}
    assert titles == {"Buurtgesprekken in Almere-Haven"}
    assert "Autocomplete failed" in caplog.text


def test_queries_do_not_grow_with_the_number_of_suggestions(client, section):
    methods = section(MethodIndexPage)
    tips = section(PracticalTipIndexPage)
    MethodPageFactory(parent=methods, title="Wijkpanel methode")
    PracticalTipPageFactory(parent=tips, title="Wijkpanel tip")
    suggestions(client, "wijkpanel")
    with CaptureQueriesContext(connection) as few:
        suggestions(client, "wijkpanel")
    for n in range(6):
        factory = MethodPageFactory if n % 2 else PracticalTipPageFactory
        factory(parent=methods if n % 2 else tips, title=f"Wijkpanel {n}")
    with CaptureQueriesContext(connection) as many:
        assert len(suggestions(client, "wijkpanel")) == 8

    assert len(many) == len(few)
