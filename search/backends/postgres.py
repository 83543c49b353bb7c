"""PostgreSQL full-text search with a Dutch or English configuration per page and per reader.

Wagtail's PostgreSQL backend indexes and searches everything with one configuration. Here an
object is indexed with the configuration of its locale's language (so an English page is stemmed
with English rules, a Dutch page with Dutch rules) and a query is parsed with the configuration of
the active language. Migration search.0002 creates accent-tolerant copies of the configurations
(`wijkkompas_dutch`, `wijkkompas_english`, with `unaccent` before the stemmer); where it could not
(no privilege to create the extension), the plain `dutch` and `english` ones are used.
"""

import copy
import logging
from collections import defaultdict
from contextlib import contextmanager

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchRank, SearchVectorField
from django.core.cache import cache
from django.db import connections, router, transaction
from django.db.models import BigIntegerField, F
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Cast, Coalesce
from django.utils import translation
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.models import Locale, Page

logger = logging.getLogger("wijkkompas.search")

# PostgreSQL's built-in configuration per language; the accent-tolerant copy is prefixed.
BASE_CONFIGS = {"nl": "dutch", "en": "english"}
ACCENT_TOLERANT_PREFIX = "wijkkompas_"
# How long a missing accent-tolerant configuration is believed before checking again, so that
# running the migration later takes effect without a restart.
RECHECK_MISSING_SECONDS = 300
# How long configurations found are believed: they only go away with a restored older database.
RECHECK_FOUND_SECONDS = 24 * 60 * 60


def language_of(language_code):
    """'nl' for 'nl', 'nl-be' or 'nl_BE'; None for no language."""
    if not language_code:
        return None
    return language_code.replace("_", "-").split("-")[0].lower()


def text_search_config(language, existing, default_language="nl"):
    """The configuration to index or search `language` with, given the configurations that exist."""
    base = BASE_CONFIGS.get(language_of(language)) or BASE_CONFIGS[default_language]
    accent_tolerant = ACCENT_TOLERANT_PREFIX + base
    return accent_tolerant if accent_tolerant in existing else base


def existing_text_search_configs(connection):
    """The accent-tolerant configurations that exist in this database, kept in Django's cache."""
    wanted = {ACCENT_TOLERANT_PREFIX + base for base in BASE_CONFIGS.values()}
    key = f"search:text-search-configs:{connection.alias}:{connection.settings_dict['NAME']}"
    cached = cache.get(key)
    if cached is not None:
        return frozenset(cached)

    with connection.cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config WHERE cfgname = ANY(%s)", [sorted(wanted)])
        names = frozenset(row[0] for row in cursor.fetchall())
    if names < wanted:
        logger.warning(
            "Text search configurations %s are missing, so accents must match exactly where the "
            "stemmer does not fold them; run `manage.py migrate` as a user who may create the "
            "unaccent extension (see docs/search.md, Search backends)",
            ", ".join(sorted(wanted - names)),
        )
    timeout = RECHECK_FOUND_SECONDS if names >= wanted else RECHECK_MISSING_SECONDS
    cache.set(key, sorted(names), timeout)
    return names


# The page's title (weight A) and intro (weight B), parsed in the page's language.
SUMMARY_SQL = """
UPDATE search_searchdocument AS document
SET summary = setweight(to_tsvector(page.config::regconfig, page.title), 'A')
           || setweight(to_tsvector(page.config::regconfig, page.intro), 'B')
FROM unnest(%s::bigint[], %s::text[], %s::text[], %s::text[]) AS page(id, config, title, intro)
WHERE document.page_id = page.id
"""


def write_summaries(connection, pages):
    """Store the ranking vector (title and intro) of these pages' search documents."""
    existing = existing_text_search_configs(connection)
    rows = [
        (
            page.pk,
            text_search_config(page.locale.language_code, existing),
            page.title,
            getattr(page, "intro", "") or "",
        )
        for page in pages
    ]
    with connection.cursor() as cursor:
        cursor.execute(SUMMARY_SQL, [list(column) for column in zip(*rows, strict=True)])


class LanguageSearchQueryCompiler(PostgresSearchQueryCompiler):
    """Parses the query with the configuration of the reader's (active) language."""

    def get_config(self, backend):
        return backend.config_for_language(translation.get_language())


class LanguagePostgresIndex(PostgresIndex):
    """Writes each object's index entry with the configuration of the object's language."""

    def add_items(self, model, objs):
        languages = self.backend.locale_languages()
        by_config = defaultdict(list)
        for obj in objs:
            by_config[self.backend.config_for_object(obj, languages)].append(obj)
        # PostgresIndex builds the vectors with its backend's `config`; each group gets a copy
        # of the backend set to that group's configuration.
        for config, group in by_config.items():
            PostgresIndex(self.backend.with_config(config)).add_items(model, group)


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = LanguageSearchQueryCompiler
    index_class = LanguagePostgresIndex

    def __init__(self, params):
        super().__init__(params)
        self.default_language = language_of(params.get("LANGUAGE") or settings.LANGUAGE_CODE)

    def with_config(self, config):
        backend = copy.copy(self)
        backend.config = config
        return backend

    def _connection(self):
        return connections[router.db_for_read(IndexEntry)]

    def config_for_language(self, language):
        existing = existing_text_search_configs(self._connection())
        return text_search_config(
            language or self.default_language, existing, self.default_language
        )

    def matching_documents(self, documents, query, language, content_models):
        """The search documents among `documents` that match `query`, annotated with `rank`.

        The search page's own search, faster than `search()` on a large site. The words are matched through the GIN index on Wagtail's `title || body`, and matches
        are ranked by their title and intro (the document's summary), then newest first:
        ranking every match on its whole body took most of a search's time on 10,000 pages.
        Evaluate it inside `prefer_text_index()`.
        """
        config = self.config_for_language(language)
        compiler = self.query_compiler_class(Page.objects.none(), query)
        tsquery = compiler.build_tsquery(query, config=config)
        content_types = ContentType.objects.get_for_models(*content_models).values()
        vector = CombinedExpression(F("title"), "||", F("body"), output_field=SearchVectorField())
        matching_pages = (
            # `+ 0` keeps the planner off the content type index, which matches every page and
            # then joins each page's vectors; the GIN index finds the matches alone.
            IndexEntry.objects.alias(vector=vector, content_type_number=F("content_type_id") + 0)
            .filter(vector=tsquery, content_type_number__in=[ct.pk for ct in content_types])
            .values(page=Cast("object_id", BigIntegerField()))
        )
        return documents.filter(page_id__in=matching_pages).annotate(
            rank=Coalesce(SearchRank(F("summary"), tsquery), 0.0)
        )

    @contextmanager
    def prefer_text_index(self):
        """A transaction in which the planner finds text matches through the GIN index.

        For a word most pages contain, it would rather read every page's vectors, which are
        large and compressed: ten times slower than the index on a site of 10,000 pages.
        """
        connection = self._connection()
        with transaction.atomic(using=connection.alias):
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL enable_seqscan = off")
            yield

    def locale_languages(self):
        """{locale id: language} of all locales, so indexing needs no query per object."""
        return {
            pk: language_of(code) for pk, code in Locale.objects.values_list("pk", "language_code")
        }

    def config_for_object(self, obj, languages):
        """Objects with a locale (pages, translatable snippets) in their language, others in the default."""
        language = languages.get(getattr(obj, "locale_id", None)) or self.default_language
        return self.config_for_language(language)


SearchBackend = LanguagePostgresSearchBackend
