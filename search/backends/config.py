"""Builds the search backend settings from the environment; imported by the settings module.

Deliberately free of Django imports, so that settings can use it before Django is set up.
"""

from dataclasses import dataclass

DATABASE_BACKEND = "search.backends.database"
ELASTICSEARCH_BACKEND = "search.backends.elasticsearch"

# A reader waits for the search page, so a slow cluster must fail fast and let the database
# answer; a search is never retried for the same reason.
SEARCH_TIMEOUT_SECONDS = 1.5
# Writes (publishing, `update_index` bulk requests) may take longer than a search.
INDEXING_TIMEOUT_SECONDS = 10


@dataclass(frozen=True)
class SearchBackendSettings:
    """WAGTAILSEARCH_BACKENDS plus the names the search page picks a backend by."""

    backends: dict
    by_language: dict
    fallback: str | None


def search_backend_settings(
    elasticsearch_url="", index_prefix="wijkkompas", languages=("nl", "en")
):
    """The database backend alone, or one Elasticsearch backend per language plus the database.

    The first language's Elasticsearch backend is "default" (Wagtail's admin searches it); each
    other language's backend is named after the language. The database backend is kept up to
    date alongside them so that the search page can answer when the cluster cannot.
    """
    database = {"BACKEND": DATABASE_BACKEND}
    if not elasticsearch_url:
        return SearchBackendSettings(backends={"default": database}, by_language={}, fallback=None)

    backends = {}
    by_language = {}
    for position, language in enumerate(languages):
        name = "default" if position == 0 else language
        backends[name] = {
            "BACKEND": ELASTICSEARCH_BACKEND,
            "URLS": [elasticsearch_url],
            "INDEX_PREFIX": f"{index_prefix}_{language}_",
            "LANGUAGE": language,
            "TIMEOUT": SEARCH_TIMEOUT_SECONDS,
            "INDEXING_TIMEOUT": INDEXING_TIMEOUT_SECONDS,
            # `update_index` builds a new index beside the live one and then moves the alias
            # (named like the old index) to it: readers search the old index until the new one
            # is complete, and a failed rebuild leaves them the old one (docs/search.md).
            "ATOMIC_REBUILD": True,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        }
        by_language[language] = name
    backends["database"] = database
    return SearchBackendSettings(backends=backends, by_language=by_language, fallback="database")
