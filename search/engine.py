"""Runs a text search on the configured search backend: synonyms, language and graceful fallback.

The search page never talks to a backend directly: it asks this module, which picks the backend
for the reader's language, expands the words with the editors' synonyms and, if the search engine
cannot be reached in time, answers from the database backend instead.
"""

import logging
import re
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, Phrase, PlainText

from search import facet_index
from search.models import SynonymGroup

logger = logging.getLogger("wijkkompas.search")

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
SYNONYM_CACHE_SECONDS = 300
# Letters (any script), digits and the characters that belong inside words we search for,
# such as the '+' of 'lhbti+' and the hyphen of 'Amsterdam-West'. Everything else separates
# words, so query syntax (`*:*`, `/.*/`, `title:`, JSON) is reduced to plain words.
WORD = re.compile(r"[^\W_]+(?:[+\-'’][^\W_]*)*\+?", re.UNICODE)
INVISIBLE = re.compile(r"[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]")


def clean_query(raw):
    """The query as plain text: no control or invisible characters, normalised, length-limited."""
    text = unicodedata.normalize("NFKC", raw or "")
    text = INVISIBLE.sub(" ", text)
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def query_words(query):
    """The words of a cleaned query, lower-cased, at most MAX_WORDS, each at most 60 characters."""
    return [word.lower()[:60] for word in WORD.findall(query)][:MAX_WORDS]


def synonyms(language):
    """{word: set of words that mean the same} from the editors' synonym groups, cached briefly."""
    key = f"wijkkompas:synonyms:{language}"
    table = cache.get(key)
    if table is None:
        table = {}
        for group in SynonymGroup.objects.filter(language=language):
            terms = set(group.term_list)
            for term in terms:
                table.setdefault(term, set()).update(terms)
        cache.set(key, table, SYNONYM_CACHE_SECONDS)
    return table


def forget_synonyms():
    for language, _ in settings.LANGUAGES:
        cache.delete(f"wijkkompas:synonyms:{language}")


def expanded_words(words, language):
    """The words and all their synonyms: what a reader should see marked in the results."""
    table = synonyms(language)
    return sorted({term for word in words for term in table.get(word, {word}) | {word}})


def word_query(word, table):
    """One word, or an OR of the word and its synonyms."""
    alternatives = sorted(table.get(word, {word}) | {word})
    queries = [Phrase(term) if " " in term else PlainText(term) for term in alternatives]
    return queries[0] if len(queries) == 1 else Or(queries)


def build_query(words, language):
    """All words must match (AND), each through any of its synonyms (OR)."""
    table = synonyms(language)
    parts = [word_query(word, table) for word in words]
    return parts[0] if len(parts) == 1 else And(parts)


@dataclass
class TextSearch:
    """The outcome of a text search: matching page ids, best first, and whether the engine failed
    so that the database answered instead (readers then get a notice)."""

    ids: list
    degraded: bool = False


def backend_name(language):
    by_language = getattr(settings, "WIJKKOMPAS_SEARCH_BACKEND_BY_LANGUAGE", {})
    return by_language.get(language, "default")


def search_on(backend, query, documents, language, limit):
    """Search `documents` (a queryset of search documents) on `backend`."""
    from knowledge.listings import content_models

    if hasattr(backend, "matching_documents"):
        # One query for the ranked ids: facets then count over them as arrays, which is faster
        # than repeating the text match inside every count.
        matching = backend.matching_documents(documents, query, language, content_models())
        ranked = matching.order_by("-rank", "-published_on", "-page_id")
        with backend.prefer_text_index():
            return TextSearch(ids=facet_index.column_list(ranked.values_list("page_id")[:limit]))
    pages = Page.objects.live().filter(pk__in=documents.values("page_id"))
    results = backend.search(query, pages, operator="and")
    get_queryset = getattr(results, "get_queryset", None)
    if get_queryset is not None:
        # The database backends rank in SQL: fetch ids only, not page objects.
        return TextSearch(ids=list(get_queryset().values_list("pk", flat=True)[:limit]))
    return TextSearch(ids=[page.pk for page in results[:limit]])


def search(documents, words, language, limit=10_000):
    """Search `documents` (a queryset of search documents) for `words`, falling back to the
    database backend if the engine fails. At most `limit` ids when the engine returns ids."""
    query = build_query(words, language)
    name = backend_name(language)
    try:
        return search_on(get_search_backend(name), query, documents, language, limit)
    except Exception:
        fallback = getattr(settings, "WIJKKOMPAS_SEARCH_FALLBACK_BACKEND", None)
        if not fallback or fallback == name:
            raise
        logger.exception("Search backend %r failed; answering from %r", name, fallback)
        result = search_on(get_search_backend(fallback), query, documents, language, limit)
        result.degraded = True
        return result
