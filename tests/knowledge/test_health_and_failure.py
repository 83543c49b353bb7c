"""What readers and a load balancer get when the database, the cache or the search engine is down.

No outage here is mocked: the database, Redis and Elasticsearch are pointed at closed ports on
this machine, so the real drivers fail the way they do in production.
"""

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from casestudies.models import CaseStudyIndexPage, PracticeSubmission, PracticeSubmissionPage
from search.backends.config import search_backend_settings

BASE_DIR = Path(__file__).resolve().parents[2]
CLOSED_PORT = 1  # nothing listens on port 1 of the loopback address
DEAD_REDIS = {
    "default": {
        "BACKEND": "knowledge.cache.TolerantRedisCache",
        "LOCATION": f"redis://127.0.0.1:{CLOSED_PORT}/0",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
}


def health(client):
    response = client.get("/health/")
    return response, json.loads(response.content)


# --- /health/ ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_health_reports_every_part_ok_and_is_never_cached(client):
    response, report = health(client)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert report == {"status": "ok", "database": "ok", "cache": "ok", "search": "ok"}
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_health_lives_outside_the_language_prefix(client):
    assert client.get("/nl/health/").status_code == 404
    assert client.get("/health/").status_code == 200


@pytest.mark.django_db
def test_health_with_redis_down_is_degraded_but_serving(client, settings):
    settings.CACHES = DEAD_REDIS

    response, report = health(client)

    assert response.status_code == 200
    assert report == {
        "status": "degraded",
        "database": "ok",
        "cache": "unavailable",
        "search": "ok",
    }


@pytest.mark.django_db
def test_health_with_the_search_engine_down_is_degraded_but_serving(client, settings):
    search = search_backend_settings(f"http://127.0.0.1:{CLOSED_PORT}", index_prefix="wk_health")
    settings.WAGTAILSEARCH_BACKENDS = search.backends
    settings.WIJKKOMPAS_SEARCH_BACKEND_BY_LANGUAGE = search.by_language
    settings.WIJKKOMPAS_SEARCH_FALLBACK_BACKEND = search.fallback

    response, report = health(client)

    assert response.status_code == 200
    assert report["search"] == "degraded"
    assert report["status"] == "degraded"


# --- Redis down: the site still serves ----------------------------------------------------------


@pytest.mark.django_db
def test_pages_and_search_are_served_while_redis_is_down(client, settings, site_tree):
    settings.CACHES = DEAD_REDIS

    assert client.get("/nl/").status_code == 200
    assert client.get("/nl/zoeken/?q=wijkagent").status_code == 200


@pytest.mark.django_db
def test_a_practice_can_be_shared_while_redis_is_down(client, settings, site_tree):
    """The rate limit cannot count without Redis; the form must then accept, not refuse."""
    settings.CACHES = DEAD_REDIS
    index = site_tree.sections[CaseStudyIndexPage]
    form_page = PracticeSubmissionPage.objects.child_of(index).get()
    answers = {
        "organisation": "Gemeente Rotterdam",
        "municipality_name": "Rotterdam",
        "contact_name": "Sanne de Vries",
        "contact_email": "sanne@gemeente.example",
        "consent": "on",
        "title": "Buurtgesprekken in Delfshaven",
        "description": "Wij organiseerden buurtgesprekken.",
        "method": "",
        "start_date": "2022-03-01",
        "end_date": "2023-06-30",
        "results": "Veertig bewoners deden mee.",
        "lessons": "Begin klein.",
        "aanvulling": "",
    }

    response = client.post(form_page.url, answers, follow=True)

    assert response.status_code == 200
    assert PracticeSubmission.objects.filter(title="Buurtgesprekken in Delfshaven").exists()


# --- Database down: a real server against a database that does not answer ----------------------

SERVER = """
from wsgiref.simple_server import WSGIRequestHandler, make_server

from django.core.wsgi import get_wsgi_application


class Quiet(WSGIRequestHandler):
    def log_message(self, *args):
        pass


server = make_server("127.0.0.1", 0, get_wsgi_application(), handler_class=Quiet)
print(server.server_port, flush=True)
server.serve_forever()
"""


@pytest.fixture(scope="module")
def server_without_database():
    """The site in its own process, with PostgreSQL configured on a port where nothing listens."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "knowledge.settings.test",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{CLOSED_PORT}/wijkkompas",
    }
    process = subprocess.Popen(  # noqa: S603
        [sys.executable, "-c", SERVER],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        port = process.stdout.readline().strip()
        assert port, process.stderr.read()
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()
        process.stderr.close()


def fetch(url, language="nl"):
    """(status, headers, body) of a GET; the client gives up after 10 seconds."""
    request = urllib.request.Request(url, headers={"Accept-Language": language})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def test_with_the_database_down_pages_get_a_static_503_page(server_without_database):
    status, headers, body = fetch(f"{server_without_database}/nl/")

    assert status == 503
    assert headers["Retry-After"] == "30"
    assert "no-store" in headers["Cache-Control"]
    assert "Wijkkompas is even niet beschikbaar" in body
    assert "Traceback" not in body
    assert "OperationalError" not in body


def test_the_503_page_speaks_the_readers_language(server_without_database):
    status, _headers, body = fetch(f"{server_without_database}/en/methods/", language="en")

    assert status == 503
    assert '<html lang="en">' in body
    assert "Wijkkompas is temporarily unavailable" in body


def test_with_the_database_down_health_answers_503(server_without_database):
    status, headers, body = fetch(f"{server_without_database}/health/")

    assert status == 503
    assert json.loads(body)["database"] == "unavailable"
    assert json.loads(body)["status"] == "unavailable"
