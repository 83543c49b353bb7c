"""Answers readers with a static 503 page while the database cannot be reached.

When PostgreSQL is down every page view fails on its first query. Instead of a traceback or a
generic 500, readers get a short page saying the site is temporarily unavailable, with
`Retry-After`. The page is rendered without a request, so no context processor (which could
query the database again) runs. Nothing is remembered between requests: Django's
CONN_HEALTH_CHECKS makes the next request try a fresh connection, so the site recovers by itself
as soon as the database is back.
"""

import logging
import sys

from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import get_template
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger("wijkkompas.outage")

# SQLSTATEs that mean the database cannot serve this request now: connection exceptions (class
# 08), a server shutting down or starting (57P01-57P03), too many connections (53300), and a
# query cut off by statement_timeout (57014) or lock_timeout (55P03). Others, such as a deadlock
# or a serialization failure (class 40), are one transaction losing a race, not an outage: the
# code that writes retries those (knowledge/operations/concurrency.py).
UNAVAILABLE_SQLSTATES = {"57P01", "57P02", "57P03", "53300", "57014", "55P03"}
RETRY_AFTER_SECONDS = 30
# Set on a request by the signal receiver below when a database error escaped a middleware.
FLAG = "_wijkkompas_database_unavailable"


def is_database_unavailable(error):
    """Whether a database error means the database cannot serve pages right now."""
    if isinstance(error, InterfaceError):
        return True
    if not isinstance(error, OperationalError):
        return False
    # psycopg's error, which Django keeps as the cause; without a SQLSTATE the server never
    # answered (refused, unreachable, connection lost).
    sqlstate = getattr(error.__cause__, "sqlstate", None)
    return sqlstate is None or sqlstate.startswith("08") or sqlstate in UNAVAILABLE_SQLSTATES


def database_unavailable_response():
    """The static 503 page in the active language; it never touches the database."""
    body = get_template("503.html").render()
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    # A page cache or proxy must not keep the outage page once the database is back.
    add_never_cache_headers(response)
    return response


class DatabaseUnavailableMiddleware:
    """Turns a lost database connection into the static 503 page.

    Views (and the templates they render) are covered by `process_exception`. A database error
    raised inside another middleware never reaches this one as an exception, because Django turns
    it into a 500 response on the spot; the `got_request_exception` receiver marks such a request
    and the 500 is swapped for the 503 page on the way out. Place this middleware near the top.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, FLAG, False) and response.status_code == 500:
            return database_unavailable_response()
        return response

    def process_exception(self, request, exception):
        if is_database_unavailable(exception):
            logger.error("Database unavailable, answering %s with 503: %s", request.path, exception)
            return database_unavailable_response()
        return None


def mark_database_errors(sender, request=None, **kwargs):
    """Flag a request whose unhandled exception is a database error (see the middleware)."""
    exception = sys.exc_info()[1]
    if request is not None and is_database_unavailable(exception):
        logger.error("Database unavailable, answering %s with 503: %s", request.path, exception)
        setattr(request, FLAG, True)


got_request_exception.connect(mark_database_errors, dispatch_uid="wijkkompas-database-outage")
