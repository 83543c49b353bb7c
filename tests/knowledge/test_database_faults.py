"""Which database errors are an outage (the 503 page) and which are not, statement and lock
timeouts that fail fast, a health check that notices a database that cannot serve pages, and
the 503 page for a logged-in editor too. Real PostgreSQL errors and real locks, no mocks."""

import threading
import time
import urllib.request

import pytest
from django.db import OperationalError, connection, connections
from django.test import RequestFactory

from knowledge.http.outage import DatabaseUnavailableMiddleware, is_database_unavailable
from knowledge.operations.concurrency import is_transaction_conflict
from tests.knowledge.test_health_and_failure import CLOSED_PORT, running_site
from tests.utils import restore_migration_data
from wijkkompas.content.site_tree import ensure_site_tree

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs PostgreSQL (DATABASE_URL=postgres://…)"
)


def error_with_sqlstate(code):
    """A real error from the server, with the given SQLSTATE."""
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"DO $$ BEGIN RAISE EXCEPTION 'test' USING ERRCODE = '{code}'; END $$")
    except OperationalError as error:
        return error
    raise AssertionError(f"{code} did not raise an OperationalError")


@postgresql_only
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("code", "outage"),
    [
        ("40P01", False),  # deadlock detected: one transaction lost a race
        ("40001", False),  # serialization failure: the same
        ("57014", True),  # statement_timeout: the query could not finish in time
        ("55P03", True),  # lock_timeout
        ("57P01", True),  # the server is shutting down
        ("53300", True),  # too many connections
    ],
)
def test_only_errors_that_stop_pages_being_served_are_an_outage(code, outage):
    error = error_with_sqlstate(code)
    assert is_database_unavailable(error) is outage
    assert is_transaction_conflict(error) is (code in ("40P01", "40001"))
    middleware = DatabaseUnavailableMiddleware(lambda request: None)
    response = middleware.process_exception(RequestFactory().get("/nl/"), error)
    assert (response is not None and response.status_code == 503) is outage


def test_timeouts_are_set_on_every_connection(settings):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL setting")
    options = settings.DATABASES["default"]["OPTIONS"]["options"]
    assert "statement_timeout=" in options
    assert "lock_timeout=" in options


@postgresql_only
@pytest.mark.django_db
def test_the_connection_runs_with_the_configured_timeouts(settings):
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        statement = cursor.fetchone()[0]
        cursor.execute("SHOW lock_timeout")
        lock = cursor.fetchone()[0]
    assert statement == f"{settings.WIJKKOMPAS_DATABASE_STATEMENT_TIMEOUT_MS}ms".replace(
        "000ms", "s"
    )
    assert lock == f"{settings.WIJKKOMPAS_DATABASE_LOCK_TIMEOUT_MS}ms".replace("000ms", "s")


class TableLock:
    """Another connection holding an exclusive lock on the page table, as a long migration or a
    stuck maintenance job would."""

    def __init__(self):
        self.locked = threading.Event()
        self.release = threading.Event()
        self.thread = threading.Thread(target=self.hold)

    def hold(self):
        other = connections.create_connection("default")
        try:
            with other.cursor() as cursor:
                cursor.execute("BEGIN")
                cursor.execute("LOCK TABLE wagtailcore_page IN ACCESS EXCLUSIVE MODE")
                self.locked.set()
                self.release.wait(timeout=60)
                cursor.execute("ROLLBACK")
        finally:
            other.close()

    def __enter__(self):
        self.thread.start()
        assert self.locked.wait(timeout=10)
        return self

    def __exit__(self, *exc):
        self.release.set()
        self.thread.join()


def fetch_status(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@postgresql_only
def test_a_locked_table_fails_fast_into_the_503_page_and_health_says_so(transactional_db):
    restore_migration_data()
    ensure_site_tree()
    settings_dict = connection.settings_dict
    user = settings_dict["USER"] or "postgres"
    url = (
        f"postgres://{user}@{settings_dict['HOST'] or '127.0.0.1'}:"
        f"{settings_dict['PORT'] or 5432}/{settings_dict['NAME']}"
    )
    with running_site(url, DATABASE_LOCK_TIMEOUT_MS="1000") as site:
        assert fetch_status(f"{site}/nl/") == 200
        assert fetch_status(f"{site}/health/") == 200
        with TableLock():
            started = time.monotonic()
            assert fetch_status(f"{site}/nl/") == 503
            assert fetch_status(f"{site}/health/") == 503
            assert time.monotonic() - started < 10
        assert fetch_status(f"{site}/nl/") == 200
        assert fetch_status(f"{site}/health/") == 200


@pytest.fixture(scope="module")
def server_without_database():
    with running_site(f"postgres://postgres@127.0.0.1:{CLOSED_PORT}/wijkkompas") as site:
        yield site


@pytest.mark.parametrize("path", ["/nl/", "/nl/zoeken/?q=wijk", "/admin/", "/admin/pages/"])
def test_a_logged_in_editor_gets_the_503_page_too(server_without_database, path):
    request = urllib.request.Request(  # noqa: S310
        f"{server_without_database}{path}",
        headers={"Cookie": "sessionid=abcdefghijklmnopqrstuvwxyz012345; csrftoken=x"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            status, body = response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read().decode()
    assert status == 503
    assert "Wijkkompas is even niet beschikbaar" in body
