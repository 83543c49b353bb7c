"""`/health/` for a load balancer: database, cache and search backend, each reported separately.

200 while the site can serve readers (the database answers, and the tables every page reads are
not locked), 503 when it cannot. A cache or
search engine that is down only degrades the site, so it is reported but keeps the 200. Every
check is short: the database's connect timeout, a Redis socket timeout and an Elasticsearch
request timeout of about a second.
"""

import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import Error as DatabaseError
from django.db import connection, transaction
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail.models import Locale, Site
from wagtail.search.backends import get_search_backend

logger = logging.getLogger("wijkkompas.health")

OK = "ok"
DEGRADED = "degraded"
UNAVAILABLE = "unavailable"
SEARCH_PING_SECONDS = 1.0


# How long the check waits for a lock or a query: a database that takes longer cannot serve pages.
HEALTH_LOCK_TIMEOUT = "1s"
HEALTH_STATEMENT_TIMEOUT = "2s"


def check_database():
    """Whether the database can serve pages: not only whether it answers `SELECT 1`, but whether
    the tables every page reads first (sites, pages, languages) can be read within a second or
    two, so a table locked by a migration or a stuck job reports "unavailable"."""
    try:
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute(f"SET LOCAL lock_timeout = '{HEALTH_LOCK_TIMEOUT}'")
                    cursor.execute(f"SET LOCAL statement_timeout = '{HEALTH_STATEMENT_TIMEOUT}'")
            Site.objects.select_related("root_page").first()
            Locale.objects.exists()
    except DatabaseError as error:
        logger.warning("Health check: database unavailable: %s", error)
        return UNAVAILABLE
    return OK


def check_cache():
    """A round trip through the default cache. The Redis cache ignores a Redis outage (it
    answers as a miss), so a value that does not come back means the cache is unavailable."""
    try:
        key = f"wijkkompas:health:{uuid.uuid4().hex}"
        cache.set(key, key, 10)
        found = cache.get(key)
        cache.delete(key)
    except Exception as error:
        logger.warning("Health check: cache unavailable: %s", error)
        return UNAVAILABLE
    return OK if found == key else UNAVAILABLE


def check_search(database):
    """The search engine: "degraded" when Elasticsearch is down but the database can answer."""
    names = sorted(set(getattr(settings, "WIJKKOMPAS_SEARCH_BACKEND_BY_LANGUAGE", {}).values()))
    if not names:
        # Wagtail's database backend: searching works exactly when the database does.
        return database
    for name in names:
        client = getattr(get_search_backend(name), "es", None)
        try:
            reachable = (
                client is not None
                and client.options(request_timeout=SEARCH_PING_SECONDS, max_retries=0).ping()
            )
        except Exception as error:
            logger.warning("Health check: search backend %r failed: %s", name, error)
            reachable = False
        if not reachable:
            fallback = getattr(settings, "WIJKKOMPAS_SEARCH_FALLBACK_BACKEND", None)
            return DEGRADED if fallback and database == OK else UNAVAILABLE
    return OK


@never_cache
@require_safe
def health(request):
    database = check_database()
    report = {"database": database, "cache": check_cache(), "search": check_search(database)}
    if database != OK:
        status = UNAVAILABLE
    elif all(state == OK for state in report.values()):
        status = OK
    else:
        status = DEGRADED
    return JsonResponse({"status": status, **report}, status=200 if database == OK else 503)
