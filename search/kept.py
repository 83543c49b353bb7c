"""What the search page reuses between requests, kept in Django's cache (shared by every worker
and machine): a locale's documents and facet totals, facet value labels, promoted queries.

Everything is kept under a version that changes whenever the search documents, a taxonomy term,
a promotion or a locale changes, so nothing kept outlives what it was read from. The version
changes at once and again when the change commits: a value read from the database in between
(still the old data) is then never used after the commit.
"""

import uuid

from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "wijkkompas:search:version"
# Values are read again at least this often, whatever happens.
TIMEOUT_SECONDS = 3600


def start_new_version():
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def content_changed(**kwargs):
    """Signal receiver (and a plain call): what the search page kept is stale."""
    start_new_version()
    transaction.on_commit(start_new_version)


def current_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        if not cache.add(VERSION_KEY, version, None):
            version = cache.get(VERSION_KEY) or version
    return version


def kept(request, name, build):
    """`build()`, or what it gave earlier (in any worker) under the current version.

    The version is read once per request, so one search page reads it once however many values
    it uses. Without a working cache every call builds the value, as if nothing were kept.
    """
    version = getattr(request, "wijkkompas_search_version", None)
    if version is None:
        version = current_version()
        if request is not None:
            request.wijkkompas_search_version = version
    key = f"wijkkompas:search:{version}:{name}".replace(" ", "-")
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, TIMEOUT_SECONDS)
    return value
