"""Wagtail's database search backend, language-aware on PostgreSQL.

Use as ``"BACKEND": "search.backends.database"``. On PostgreSQL every object is indexed with the
text search configuration of its own language and searched with that of the reader's language;
on SQLite, MySQL and others it is exactly Wagtail's database backend (SQLite: no stemming).
"""

from django.db import connection
from modelsearch.backends import database


def SearchBackend(params):  # noqa: N802  (modelsearch looks a backend module's SearchBackend up)
    if connection.vendor == "postgresql":
        # PostgreSQL's backend imports what only exists with psycopg and PostgreSQL.
        from search.backends.postgres import LanguagePostgresSearchBackend

        return LanguagePostgresSearchBackend(params)
    return database.SearchBackend(params)
