"""The search backends as readers meet them: stemming, accents, case, synonyms, English pages,
the database answering when Elasticsearch is down, and the cost of indexing."""

import logging

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from articles.models import ArticleIndexPage, ArticlePage
from knowledge.factories import (
    HomePageFactory,
    MunicipalityFactory,
    OrganisationFactory,
    TargetGroupFactory,
    ThemeFactory,
)
from knowledge.models import Municipality, Organisation, TargetGroup, Theme
from search import engine
from search.backends.config import search_backend_settings
from search.backends.postgres import text_search_config
from search.models import SearchDocument, SynonymGroup

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Stemming needs PostgreSQL full-text search: the embedded SQLite backend does not stem "
    "(set DATABASE_URL=postgres://… to run it)",
)
UNREACHABLE_ELASTICSEARCH = "http://127.0.0.1:9"  # the discard port: nothing listens there


def found(text, language="nl"):
    """The ids of the live pages a reader finds for `text` in `language`."""
    with translation.override(language):
        words = engine.query_words(engine.clean_query(text))
        result = engine.search(SearchDocument.objects.all(), words, language)
        return set(result.ids)


def article_factory(parent):
    def create(title, text="", **kwargs):
        return ArticlePageFactory(
            parent=parent, title=title, intro=text or title, body=[], **kwargs
        )

    return create


@pytest.fixture
def dutch_article(section):
    """Create a Dutch article whose only words are its title and `text`."""
    return article_factory(section(ArticleIndexPage))


@pytest.fixture
def english_article(site_tree, english):
    """Create an English article, under an English home page next to the Dutch one."""
    home = HomePageFactory(
        parent=Page.get_first_root_node(), slug="home-en", locale=english, intro="Wijkkompas."
    )
    index = ArticleIndexPageFactory(parent=home, slug="articles", locale=english)
    return article_factory(index)


@pytest.fixture
def synonyms(db):
    SynonymGroup.objects.create(
        language="nl", terms="lhbti, lhbti+, lhbtiq+, lhbtqia+, lgbt, regenboog"
    )
    SynonymGroup.objects.create(language="nl", terms="wijkagent, buurtagent")
    engine.forget_synonyms()
    yield
    engine.forget_synonyms()


@pytest.fixture
def unreachable_elasticsearch(settings):
    """The settings of a site whose Elasticsearch cluster is down."""
    search = search_backend_settings(UNREACHABLE_ELASTICSEARCH, index_prefix="wijkkompas_test")
    settings.WAGTAILSEARCH_BACKENDS = search.backends
    settings.WIJKKOMPAS_SEARCH_BACKEND_BY_LANGUAGE = search.by_language
    settings.WIJKKOMPAS_SEARCH_FALLBACK_BACKEND = search.fallback


def test_case_does_not_matter(dutch_article):
    page = dutch_article("Buurtbemiddeling in de Schilderswijk")

    assert page.pk in found("BUURTBEMIDDELING schilderswijk")
    assert page.pk in found("buurtbemiddeling")


def test_accents_do_not_matter(dutch_article):
    with_accent = dutch_article("Bewoners creëren samen ideeën", "Een jongerenwerker op Curaçao.")
    without_accent = dutch_article("Bewoners creeren samen oplossingen", "Een coordinator.")

    assert with_accent.pk in found("creeren ideeen")
    assert with_accent.pk in found("curacao")
    assert without_accent.pk in found("creëren")
    assert without_accent.pk in found("coördinator")


def test_een_and_een_with_accents_are_the_same_word(dutch_article):
    plain = dutch_article("Een buurtmoeder vertelt")
    accented = dutch_article("Eén buurtvader vertelt")

    assert plain.pk in found("één buurtmoeder")
    assert accented.pk in found("een buurtvader")


@on_postgresql
def test_dutch_words_are_found_in_other_forms(dutch_article):
    wijk = dutch_article("Veiligheid in de wijk", "De wijk en een vrijwilliger.")
    province = dutch_article("Samen in Zuid-Hollandse buurten")

    assert wijk.pk in found("wijken")
    assert wijk.pk in found("vrijwilligers")
    assert province.pk in found("Zuid-Holland")
    assert province.pk in found("zuid-hollandse")


@on_postgresql
def test_an_english_page_is_stemmed_with_english_rules(english_article):
    page = english_article("Community meetings in every neighbourhood", "A café for everyone.")

    # Dutch rules would index "community" as 'community' and "meetings" as 'meeting', so these
    # English forms would not find the page.
    assert page.pk in found("communities", language="en")
    assert page.pk in found("meeting", language="en")
    assert page.pk in found("neighbourhoods", language="en")
    assert page.pk in found("cafe", language="en")

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT title::text FROM wagtailsearch_indexentry WHERE object_id = %s", [str(page.pk)]
        )
        (title_vector,) = cursor.fetchone()
    assert "'communiti'" in title_vector
    assert "'neighbourhood'" in title_vector
    assert "'neighbourhod'" not in title_vector  # the Dutch stem


def test_text_search_configuration_follows_the_language():
    accent_tolerant = {"wijkkompas_dutch", "wijkkompas_english"}

    assert text_search_config("nl", accent_tolerant) == "wijkkompas_dutch"
    assert text_search_config("en", accent_tolerant) == "wijkkompas_english"
    assert text_search_config("en-gb", accent_tolerant) == "wijkkompas_english"
    assert text_search_config("de", accent_tolerant) == "wijkkompas_dutch"
    assert text_search_config(None, accent_tolerant) == "wijkkompas_dutch"
    # Without the unaccent extension the migration creates nothing: PostgreSQL's own ones.
    assert text_search_config("nl", set()) == "dutch"
    assert text_search_config("en", set()) == "english"


def test_editors_synonyms_find_each_other(dutch_article, synonyms):
    rainbow = dutch_article("Ontmoetingen voor lhbti+ inwoners")
    officer = dutch_article("Spreekuur met de wijkagent")

    assert rainbow.pk in found("lgbt")
    assert rainbow.pk in found("regenboog")
    assert officer.pk in found("buurtagent")
    assert officer.pk not in found("lgbt")


def test_without_elasticsearch_the_database_backend_is_the_only_one():
    search = search_backend_settings("")

    assert search.backends == {"default": {"BACKEND": "search.backends.database"}}
    assert search.by_language == {}
    assert search.fallback is None


def test_with_elasticsearch_each_language_has_an_index_and_the_database_is_the_fallback():
    search = search_backend_settings("http://search:9200", index_prefix="wijkkompas")

    assert search.by_language == {"nl": "default", "en": "en"}
    assert search.fallback == "database"
    assert search.backends["database"] == {"BACKEND": "search.backends.database"}
    dutch, english = search.backends["default"], search.backends["en"]
    assert dutch["BACKEND"] == english["BACKEND"] == "search.backends.elasticsearch"
    assert (dutch["LANGUAGE"], dutch["INDEX_PREFIX"]) == ("nl", "wijkkompas_nl_")
    assert (english["LANGUAGE"], english["INDEX_PREFIX"]) == ("en", "wijkkompas_en_")
    assert dutch["TIMEOUT"] <= 1.5
    assert dutch["OPTIONS"]["max_retries"] == 0


def test_the_database_answers_when_elasticsearch_is_down(dutch_article, unreachable_elasticsearch):
    page = dutch_article("Buurtbemiddeling in de Schilderswijk")

    with translation.override("nl"):
        result = engine.search(SearchDocument.objects.all(), ["buurtbemiddeling"], "nl")
        pages = set(result.ids)
    assert result.degraded
    assert page.pk in pages


def test_publishing_works_and_logs_when_elasticsearch_is_down(
    section, unreachable_elasticsearch, caplog
):
    page = ArticlePageFactory(
        parent=section(ArticleIndexPage), title="Straatcoaches", intro="Straatcoaches.", body=[]
    )

    with caplog.at_level(logging.ERROR, logger="modelsearch.index"):
        page.save_revision().publish()

    page.refresh_from_db()
    assert page.live
    failures = [record for record in caplog.records if record.name == "modelsearch.index"]
    assert failures, "the failed index update is logged"
    assert "search backend" in failures[0].getMessage()
    # The database backend was kept up to date, so the search page still finds the page.
    with translation.override("nl"):
        result = engine.search(SearchDocument.objects.all(), ["straatcoaches"], "nl")
        assert page.pk in result.ids


def test_indexing_does_not_query_the_taxonomy_per_page(dutch_article):
    themes = ThemeFactory.create_batch(2)
    target_group = TargetGroupFactory()
    municipality = MunicipalityFactory()
    organisation = OrganisationFactory()
    for number in range(50):
        page = dutch_article(f"Artikel {number}")
        page.themes.set(themes)
        page.target_groups.set([target_group])
        page.municipalities.set([municipality])
        page.organisations.set([organisation])
        page.save()
    backend = get_search_backend()

    with CaptureQueriesContext(connection) as naive:
        backend.add_bulk(ArticlePage, list(ArticlePage.objects.all()))
    with CaptureQueriesContext(connection) as prefetched:
        pages = list(ArticlePage.get_indexed_objects())
        backend.add_bulk(ArticlePage, pages)

    assert len(pages) == 50
    # Without prefetching: a query per page for each of the four relations; with it, one each.
    assert len(taxonomy_queries(naive)) >= 4 * 50
    assert len(taxonomy_queries(prefetched)) == 4


def taxonomy_queries(captured):
    tables = [
        f'"{model._meta.db_table}"' for model in (Theme, TargetGroup, Municipality, Organisation)
    ]
    return [query for query in captured.captured_queries if any(t in query["sql"] for t in tables)]


def test_words_split_between_title_and_text_are_found_together(dutch_article):
    lombok = dutch_article("Buurtfeest in Lombok", "Sleutelfiguren organiseren een kookavond.")
    transvaal = dutch_article("Buurtfeest in Transvaal", "Een sportdag voor jongeren.")

    assert found("buurtfeest kookavond") == {lombok.pk}
    assert found("lombok kookavond") == {lombok.pk}
    assert found("buurtfeest") == {lombok.pk, transvaal.pk}
    assert not found("transvaal kookavond")
