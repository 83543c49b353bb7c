"""Whatever a visitor or a bot puts in the URL, the search page and the suggestions answer calmly.

Each request gets a normal page (200) or a clear refusal (400): never a server error, never markup
echoed unescaped, and never more results than the plain words of the request would find, so that
no query syntax (`*:*`, `/.*/`, `title:*`, JSON) reaches the search engine as syntax.
"""

import pytest

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from knowledge.factories import MunicipalityFactory, PracticalTipPageFactory
from knowledge.models import PracticalTipIndexPage, Province
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage
from search import facet_index
from search.results import RESULTS_PER_PAGE

SEARCH_URL = "/nl/zoeken/"
SUGGEST_URL = "/nl/zoeken/suggesties/"
# The plain words of a request without words: the page then browses everything.
BROWSE = None
NO_WORDS_NOTICE = "bevat geen woorden waarop we kunnen zoeken"
INJECTED_MARKUP = "<script>alert(1)</script>"


@pytest.fixture
def site(section):
    """Pages with 'wijk' in the title over two result pages, a wijkagent, a script and an alert."""
    rotterdam = MunicipalityFactory(
        name="Rotterdam", slug="rotterdam", cbs_code="GM0599", province=Province.ZUID_HOLLAND
    )
    alliance = MethodPageFactory(
        parent=section(MethodIndexPage),
        title="Samen in de Wijk",
        intro="Een veiligheidsalliantie met de wijkagent en bewoners.",
    )
    CaseStudyPageFactory(
        parent=section(CaseStudyIndexPage),
        title="Alliantie in Rotterdam",
        intro="Een alliantie in een Rotterdamse wijk met de wijkagent en een agent van de politie.",
        method=alliance,
        municipality=rotterdam,
    )
    PracticalTipPageFactory(
        parent=section(PracticalTipIndexPage),
        title="Plan tijd voor het netwerk in de wijk",
        intro="Een script voor de eerste avond: wie doet wat als er 1 alert binnenkomt?",
    )
    for number in range(RESULTS_PER_PAGE + 2):
        MethodPageFactory(parent=section(MethodIndexPage), title=f"Methode voor de wijk {number}")
    # Publishing fills the search page's facet index; factory-made pages are indexed here.
    facet_index.rebuild()


# (what is sent, the plain words it stands for): a dict is sent as GET data, a string as the raw
# query string. The plain words are alternatives: the wild request may find at most as many
# pages as the best of them; BROWSE means a request without words, which lists every page.
CASES = [
    pytest.param({"q": "wijk " * 2_000}, ["wijk"], id="10000-characters"),
    pytest.param({"q": "a" * 50_000}, ["a" * 200], id="50000-characters-one-word"),
    pytest.param({"q": "wijk," * 10_000}, ["wijk"], id="50000-characters-no-spaces"),
    pytest.param({"q": "*:*"}, BROWSE, id="match-all"),
    pytest.param({"q": "/.*/"}, BROWSE, id="regex"),
    pytest.param({"q": "title:* OR _id:*"}, ["title or id"], id="field-wildcards"),
    pytest.param({"q": '{"query": {"match_all": {}}}'}, ["query match all"], id="json"),
    pytest.param({"q": INJECTED_MARKUP}, ["script alert 1 script"], id="script"),
    pytest.param({"q": "wijk\x00agent"}, ["wijk agent", "wijkagent"], id="null-byte"),
    pytest.param("q=%00", BROWSE, id="raw-null-byte"),
    pytest.param("q=wijk%00agent", ["wijk agent", "wijkagent"], id="raw-null-byte-in-word"),
    pytest.param({"q": "\u202ewijk"}, ["wijk"], id="rtl-override"),
    pytest.param({"q": "wi\u200bjk"}, ["wijk", "wi jk"], id="zero-width-space"),
    pytest.param({"q": ["wijkagent", "bewoners"]}, ["wijkagent", "bewoners"], id="repeated-q"),
    pytest.param("q=wijkagent&q=bewoners", ["wijkagent", "bewoners"], id="raw-repeated-q"),
    pytest.param("q[]=wijkagent&q[]=bewoners", BROWSE, id="array-q"),
    pytest.param("q%5B%5D=wijkagent&q%5B%5D=bewoners", BROWSE, id="encoded-array-q"),
    pytest.param({"q": "wijk", "gemeente": "999999"}, ["wijk"], id="unknown-municipality-id"),
    pytest.param({"q": "wijk", "gemeente": "abc"}, ["wijk"], id="municipality-not-an-id"),
    pytest.param({"q": "wijk", "type": "<script>"}, ["wijk"], id="type-script"),
    pytest.param({"q": "wijk", "provincie": "mars"}, ["wijk"], id="unknown-province"),
    pytest.param({"q": "wijk", "gemeente": "\x00"}, ["wijk"], id="null-byte-facet"),
    pytest.param({"q": "wijk", "thema": ["1"] * 500}, ["wijk"], id="500-theme-params"),
    pytest.param({"q": "wijk", "page": "999999"}, ["wijk"], id="page-past-the-end"),
    pytest.param({"q": "wijk", "page": "abc"}, ["wijk"], id="page-not-a-number"),
    pytest.param({"q": "wijk", "sorteer": "drop table"}, ["wijk"], id="unknown-sort"),
    # Operators of the engines' own query languages (SQLite FTS5, PostgreSQL tsquery, Lucene).
    pytest.param({"q": "wijk OR agent"}, ["wijk or agent"], id="or-operator"),
    pytest.param({"q": "NOT wijk"}, ["not wijk"], id="not-operator"),
    pytest.param({"q": "wijk*"}, ["wijk"], id="prefix-wildcard"),
    pytest.param({"q": '"wijk'}, ["wijk"], id="unbalanced-quote"),
    pytest.param({"q": "wijk' OR '1'='1"}, ["wijk' or 1 1"], id="sql-quote"),
    pytest.param({"q": "wijk-"}, ["wijk-"], id="trailing-hyphen"),
    pytest.param({"q": "lhbti+++ & | ! <-> :*"}, ["lhbti+++"], id="tsquery-operators"),
]


def get(client, url, sent):
    if isinstance(sent, str):
        return client.get(f"{url}?{sent}")
    return client.get(url, sent)


def total(response):
    return response.context["outcome"].total


def plain_totals(client, plain):
    if plain is BROWSE:
        return [total(client.get(SEARCH_URL))]
    return [total(client.get(SEARCH_URL, {"q": words})) for words in plain]


def suggestion_count(response):
    return len(response.json()["suggestions"])


def plain_suggestion_counts(client, plain):
    if plain is BROWSE:
        return [0]
    return [suggestion_count(client.get(SUGGEST_URL, {"q": words})) for words in plain]


@pytest.mark.parametrize(("sent", "plain"), CASES)
def test_search_page_answers_wild_input_calmly(client, site, sent, plain):
    response = get(client, SEARCH_URL, sent)

    assert response.status_code in (200, 400)
    assert INJECTED_MARKUP not in response.content.decode()
    if response.status_code == 200:
        assert total(response) <= max(plain_totals(client, plain))


@pytest.mark.parametrize(("sent", "plain"), CASES)
def test_suggestions_answer_wild_input_calmly(client, site, sent, plain):
    response = get(client, SUGGEST_URL, sent)

    assert response.status_code in (200, 400)
    assert "<script>" not in response.content.decode()
    if response.status_code == 200:
        assert suggestion_count(response) <= max(plain_suggestion_counts(client, plain))


def test_plain_words_find_pages(client, site):
    """The bounds above are not all zero: the plain words do find pages."""
    assert total(client.get(SEARCH_URL, {"q": "wijk"})) > RESULTS_PER_PAGE
    assert total(client.get(SEARCH_URL, {"q": "script alert 1 script"})) >= 1
    assert suggestion_count(client.get(SUGGEST_URL, {"q": "wijk"})) >= 1


@pytest.mark.parametrize("query", ["*:*", "/.*/"])
def test_query_syntax_without_words_browses_with_a_notice(client, site, query):
    response = client.get(SEARCH_URL, {"q": query})
    assert response.status_code == 200
    assert total(response) <= total(client.get(SEARCH_URL))
    assert NO_WORDS_NOTICE in response.content.decode()


def test_markup_in_the_query_comes_back_escaped(client, site):
    html = client.get(SEARCH_URL, {"q": INJECTED_MARKUP}).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert INJECTED_MARKUP not in html


def test_markup_in_a_facet_value_is_never_echoed(client, site):
    html = client.get(SEARCH_URL, {"q": "wijk", "type": INJECTED_MARKUP}).content.decode()
    assert INJECTED_MARKUP not in html
    assert "bestaan niet en zijn genegeerd" in html


def test_long_query_is_cut_with_a_notice(client, site):
    response = client.get(SEARCH_URL, {"q": "wijk " * 2_000})
    assert response.status_code == 200
    assert "Uw zoekvraag was erg lang" in response.content.decode()


@pytest.mark.parametrize(("page", "expected"), [("999999", "last"), ("abc", "first")])
def test_page_out_of_range_shows_the_last_or_first_page(client, site, page, expected):
    response = client.get(SEARCH_URL, {"q": "wijk", "page": page})
    page_obj = response.context["outcome"].page_obj
    assert page_obj.paginator.num_pages > 1
    assert page_obj.number == (page_obj.paginator.num_pages if expected == "last" else 1)


def test_too_many_parameters_are_refused(client, site):
    """More fields than Django accepts (DATA_UPLOAD_MAX_NUMBER_FIELDS) is a 400, not a 500."""
    response = client.get(SEARCH_URL + "?" + "&".join(["thema=1"] * 20_000))
    assert response.status_code == 400


def test_unknown_municipality_id_is_ignored_with_a_notice(client, site):
    """A link with a municipality that does not exist (any more) is treated like `gemeente=abc`."""
    wijk = total(client.get(SEARCH_URL, {"q": "wijk"}))
    response = client.get(SEARCH_URL, {"q": "wijk", "gemeente": "999999"})
    assert "bestaan niet en zijn genegeerd" in response.content.decode()
    assert total(response) == wijk
