"""What the Elasticsearch backends would send to a cluster, checked without one: index settings
(analysers, synonyms), field mappings and compiled queries."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from methods.models import MethodPage
from search import engine
from search.backends.config import search_backend_settings
from search.backends.elasticsearch import LanguageIndex
from search.models import SynonymGroup

pytest.importorskip("elasticsearch", reason="The Elasticsearch client is not installed")

from modelsearch.backends.elasticsearchbase import ElasticsearchAtomicIndexRebuilder  # noqa: E402

RAINBOW = "lhbti, lhbti+, lhbtiq+, lhbtqia+, lgbt, regenboog"
OFFICER = "wijkagent, buurtagent"


@pytest.fixture
def elasticsearch_settings(settings):
    """Settings for a cluster that is never contacted: building backends needs no connection."""
    search = search_backend_settings("http://127.0.0.1:9", index_prefix="wijkkompas_test")
    settings.WAGTAILSEARCH_BACKENDS = search.backends
    settings.WIJKKOMPAS_SEARCH_BACKEND_BY_LANGUAGE = search.by_language
    return search


@pytest.fixture
def synonyms(db):
    SynonymGroup.objects.create(language="nl", terms=RAINBOW)
    SynonymGroup.objects.create(language="nl", terms=OFFICER)
    SynonymGroup.objects.create(language="en", terms="lgbt, lgbtq+, rainbow")
    engine.forget_synonyms()
    yield
    engine.forget_synonyms()


def backend_for(language):
    return get_search_backend(engine.backend_name(language))


def analysis(backend):
    return backend.get_index_settings()["settings"]["analysis"]


def test_the_dutch_index_analyses_with_dutch_rules_and_the_editors_synonyms(
    elasticsearch_settings, synonyms
):
    settings = analysis(backend_for("nl"))

    assert settings["filter"]["wijkkompas_stemmer"] == {"type": "stemmer", "language": "dutch"}
    assert settings["filter"]["wijkkompas_stop"] == {"type": "stop", "stopwords": "_dutch_"}
    assert settings["filter"]["wijkkompas_synonyms"] == {
        "type": "synonym_graph",
        "synonyms": [RAINBOW, OFFICER],
        "lenient": True,
    }
    assert settings["analyzer"]["wijkkompas"] == {
        "type": "custom",
        "tokenizer": "standard",
        "filter": ["lowercase", "asciifolding", "wijkkompas_stop", "wijkkompas_stemmer"],
    }
    # Synonyms at search time only, before stemming, so every form of a word finds its synonyms.
    assert settings["analyzer"]["wijkkompas_search"]["filter"] == [
        "lowercase",
        "asciifolding",
        "wijkkompas_synonyms",
        "wijkkompas_stop",
        "wijkkompas_stemmer",
    ]


def test_the_english_index_analyses_with_english_rules(elasticsearch_settings, synonyms):
    backend = backend_for("en")
    settings = analysis(backend)

    assert backend.index_prefix == "wijkkompas_test_en_"
    assert settings["filter"]["wijkkompas_stemmer"] == {"type": "stemmer", "language": "english"}
    assert settings["filter"]["wijkkompas_stop"] == {"type": "stop", "stopwords": "_english_"}
    assert settings["filter"]["wijkkompas_synonyms"]["synonyms"] == ["lgbt, lgbtq+, rainbow"]


def test_synonyms_are_read_when_the_index_is_created_not_before(elasticsearch_settings, db):
    backend = backend_for("nl")
    assert "wijkkompas_synonyms" not in analysis(backend)["filter"]
    assert "wijkkompas_synonyms" not in analysis(backend)["analyzer"]["wijkkompas_search"]["filter"]

    SynonymGroup.objects.create(language="nl", terms=OFFICER)

    assert analysis(backend)["filter"]["wijkkompas_synonyms"]["synonyms"] == [OFFICER]


def test_synonym_rules_hold_no_elasticsearch_syntax(elasticsearch_settings, db):
    SynonymGroup.objects.create(language="nl", terms="wijk => buurt, stadsdeel # opmerking")

    rules = analysis(backend_for("nl"))["filter"]["wijkkompas_synonyms"]["synonyms"]

    assert rules == ["wijk buurt, stadsdeel opmerking"]


def test_an_index_is_built_without_synonyms_when_their_table_does_not_exist(
    elasticsearch_settings, db
):
    table = SynonymGroup._meta.db_table
    with connection.cursor() as cursor:
        # Rolled back with the test's transaction.
        cursor.execute(f"ALTER TABLE {table} RENAME TO {table}_elsewhere")

    settings = analysis(backend_for("nl"))

    assert "wijkkompas_synonyms" not in settings["filter"]
    assert settings["filter"]["wijkkompas_stemmer"]["language"] == "dutch"


def test_full_text_fields_are_mapped_with_the_language_analyser(elasticsearch_settings):
    backend = backend_for("nl")
    properties = backend.mapping_class(MethodPage).get_mapping()["properties"]
    analysed = {"type": "text", "analyzer": "wijkkompas", "search_analyzer": "wijkkompas_search"}

    assert properties["title"].items() >= analysed.items()
    assert properties["methods_methodpage__intro"].items() >= analysed.items()
    assert (
        properties["methods_methodpage__themes"]["properties"]["name"].items() >= analysed.items()
    )
    assert properties["_all_text"] == analysed
    # Autocompletion keeps Wagtail's edge n-grams.
    assert properties["_edgengrams"]["analyzer"] == "edgengram_analyzer"


def test_a_query_is_compiled_with_the_synonyms_and_the_locale_filter(
    elasticsearch_settings, synonyms
):
    dutch = Locale.objects.get(language_code="nl")
    queryset = Page.objects.live().filter(locale=dutch)
    query = engine.build_query(["wijken", "lgbt"], "nl")

    compiled = backend_for("nl").query_compiler_class(queryset, query).get_query()

    def match(term):
        return {"match": {"_all_text": {"query": term, "operator": "and"}}}

    rainbow_terms = sorted(term.strip() for term in RAINBOW.split(","))
    assert compiled["bool"]["must"]["dis_max"]["queries"][0] == {
        "bool": {
            "must": [
                match("wijken"),
                {"bool": {"should": [match(term) for term in rainbow_terms]}},
            ]
        }
    }
    assert compiled["bool"]["filter"] == [
        {"match": {"_django_content_type": "wagtailcore.Page"}},
        {
            "bool": {
                "must": [
                    {"term": {"live_filter": True}},
                    {"term": {"locale_id_filter": dutch.pk}},
                ]
            }
        },
    ]


def test_searches_fail_fast_and_are_not_retried(elasticsearch_settings):
    backend = backend_for("nl")

    assert backend.timeout <= 1.5
    # The client keeps its per-request defaults in these attributes.
    assert backend.es._request_timeout == backend.timeout
    assert backend.es._max_retries == 0
    assert backend.es._retry_on_timeout is False


def test_the_cluster_and_an_index_per_language_come_from_the_environment():
    """What a node on another machine configures: ELASTICSEARCH_URL and ELASTICSEARCH_INDEX."""
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        "print(json.dumps([settings.WAGTAILSEARCH_BACKENDS, "
        "settings.WIJKKOMPAS_SEARCH_BACKEND_BY_LANGUAGE]))"
    )
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "wijkkompas.settings.test",
        "ELASTICSEARCH_URL": "https://zoeken:geheim@search.example.nl:9200",
        "ELASTICSEARCH_INDEX": "wijkkompas_acceptatie",
    }
    output = subprocess.run(  # noqa: S603 - this interpreter, our own code
        [sys.executable, "-c", code],
        env=environment,
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    backends, by_language = json.loads(output.strip().splitlines()[-1])

    assert by_language == {"nl": "default", "en": "en"}
    for name, language in (("default", "nl"), ("en", "en")):
        assert backends[name]["URLS"] == ["https://zoeken:geheim@search.example.nl:9200"]
        assert backends[name]["INDEX_PREFIX"] == f"wijkkompas_acceptatie_{language}_"
        assert backends[name]["LANGUAGE"] == language
        assert backends[name]["ATOMIC_REBUILD"] is True
    assert backends["database"] == {"BACKEND": "search.backends.database"}


def test_a_rebuild_fills_a_new_index_while_readers_search_the_old_one(elasticsearch_settings):
    for language in ("nl", "en"):
        backend = backend_for(language)
        # What readers search: the alias named like the index (`update_index` moves it).
        live = backend.get_index_for_model(Page)
        assert live.name == f"wijkkompas_test_{language}_wagtailcore_page"

        first = backend.rebuilder_class(live)
        second = backend.rebuilder_class(live)

        assert isinstance(first, ElasticsearchAtomicIndexRebuilder)
        # Each rebuild writes into an index of its own beside the live one, created (by
        # LanguageIndex.put) with this language's analysers and the synonyms of that moment.
        assert first.index.name.startswith(live.name + "_")
        assert len({live.name, first.index.name, second.index.name}) == 3
        assert isinstance(first.index, LanguageIndex)
