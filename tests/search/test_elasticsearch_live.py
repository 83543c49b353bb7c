"""The behaviour of test_backends.py against a real Elasticsearch cluster, after `update_index`.

Run with `ELASTICSEARCH_URL=http://localhost:9200 make test`; each run uses its own indexes
(`wijkkompas_test_<random>_…`) and deletes them afterwards.
"""

# ruff: noqa: F811

import io
import os

import pytest
from django.core.management import call_command
from django.utils.crypto import get_random_string
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from search.backends.config import search_backend_settings

# The fixtures are shared with test_backends.py; pytest injects them by parameter name.
from tests.search.test_backends import (  # noqa: F401
    dutch_article,
    english_article,
    found,
    synonyms,
)

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("ELASTICSEARCH_URL"),
        reason="No Elasticsearch cluster: set ELASTICSEARCH_URL to run the live search tests",
    ),
    pytest.mark.elasticsearch,
]


@pytest.fixture
def index_in_elasticsearch(settings):
    """Switch to the cluster and index everything, as `update_index` does after a change."""
    prefix = f"wijkkompas_test_{get_random_string(8).lower()}"
    search = search_backend_settings(os.environ["ELASTICSEARCH_URL"], index_prefix=prefix)

    def rebuild():
        settings.WAGTAILSEARCH_BACKENDS = search.backends
        settings.WIJKKOMPAS_SEARCH_BACKEND_BY_LANGUAGE = search.by_language
        # No fallback: a failing cluster must fail these tests, not be answered by the database.
        settings.WIJKKOMPAS_SEARCH_FALLBACK_BACKEND = None
        call_command("update_index", stdout=io.StringIO())

    yield rebuild

    from search.backends.elasticsearch import LanguageElasticsearchBackend

    for name in search.by_language.values():
        delete_indexes(LanguageElasticsearchBackend(search.backends[name]))


def delete_indexes(backend):
    for index in backend.all_indexes():
        if index.is_alias():
            for aliased in index.aliased_indices():
                aliased.delete()
        index.delete()


def test_dutch_words_are_found_in_other_forms(dutch_article, index_in_elasticsearch):
    wijk = dutch_article("Veiligheid in de wijk", "De wijk en een vrijwilliger.")
    province = dutch_article("Samen in Zuid-Hollandse buurten")
    index_in_elasticsearch()

    assert wijk.pk in found("wijken")
    assert wijk.pk in found("vrijwilligers")
    assert province.pk in found("zuid-hollandse")


def test_case_and_accents_do_not_matter(dutch_article, index_in_elasticsearch):
    page = dutch_article("Bewoners creëren samen ideeën", "Een jongerenwerker op Curaçao.")
    index_in_elasticsearch()

    assert page.pk in found("CREEREN ideeen")
    assert page.pk in found("curacao")


def test_editors_synonyms_find_each_other(dutch_article, synonyms, index_in_elasticsearch):
    rainbow = dutch_article("Ontmoetingen voor lhbti+ inwoners")
    officer = dutch_article("Spreekuur met de wijkagent")
    index_in_elasticsearch()

    assert rainbow.pk in found("lgbt")
    assert officer.pk in found("buurtagent")
    assert officer.pk not in found("lgbt")


def test_the_index_settings_hold_the_synonyms(dutch_article, synonyms, index_in_elasticsearch):
    officer = dutch_article("Spreekuur met de wijkagent")
    index_in_elasticsearch()

    # Straight to the backend, without the search page's own synonym expansion.
    results = get_search_backend("default").search(PlainText("buurtagent"), Page.objects.live())

    assert officer.pk in {page.pk for page in results}


def test_an_english_page_is_stemmed_with_english_rules(english_article, index_in_elasticsearch):
    page = english_article("Community meetings in every neighbourhood")
    index_in_elasticsearch()

    assert page.pk in found("communities", language="en")
    assert page.pk in found("neighbourhoods", language="en")


def test_a_search_stays_within_its_locale(
    dutch_article, english_article, site_tree, index_in_elasticsearch
):
    dutch = dutch_article("Buurtbemiddeling in Rotterdam")
    english = english_article("Buurtbemiddeling in Rotterdam")
    index_in_elasticsearch()

    results = get_search_backend("default").search(
        PlainText("buurtbemiddeling"), Page.objects.live().filter(locale=site_tree.home.locale)
    )

    assert {page.pk for page in results} >= {dutch.pk}
    assert english.pk not in {page.pk for page in results}


def test_a_rebuild_moves_the_alias_to_a_new_index_and_search_keeps_working(
    dutch_article, index_in_elasticsearch
):
    page = dutch_article("Veiligheid in de wijk", "De wijk en een vrijwilliger.")
    index_in_elasticsearch()
    backend = get_search_backend("default")
    live = backend.get_index_for_model(Page)
    assert live.is_alias()
    [first] = [index.name for index in live.aliased_indices()]
    assert page.pk in found("wijken")

    # Halfway through a rebuild the new index is still empty; readers search the old one.
    rebuilder = backend.rebuilder_class(live)
    rebuilder.start()
    assert page.pk in found("wijken")
    rebuilder.index.delete()

    index_in_elasticsearch()
    [second] = [index.name for index in live.aliased_indices()]
    assert second != first
    # The old index is gone once the alias points at the new one.
    assert not backend.es.indices.exists(index=first)
    assert page.pk in found("wijken")
