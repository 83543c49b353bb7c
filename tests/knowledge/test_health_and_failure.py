"""What readers and a load balancer get when the database, the cache or the search engine is down.

No outage here is mocked: the database, Redis and Elasticsearch are pointed at closed ports on
this machine, so the real drivers fail the way they do in production.
"""

import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

from casestudies.models import CaseStudyIndexPage, PracticeSubmission, PracticeSubmissionPage
from search.backends.config import search_backend_settings

BASE_DIR = Path(__file__).resolve().parents[2]
CLOSED_PORT = 1  # nothing listens on port 1 of the loopback address
DEAD_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": f"redis://127.0.0.1:{CLOSED_PORT}/0",
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 0.5,
            "SOCKET_TIMEOUT": 0.5,
        },
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


@contextlib.contextmanager
def running_site(database_url, **environment):
    """The site in its own process, on a free loopback port, with the given database (and any
    other environment variables given)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "wijkkompas.settings.test",
        "DATABASE_URL": database_url,
        **environment,
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


@pytest.fixture(scope="module")
def server_without_database():
    """The site with PostgreSQL configured on a port where nothing listens."""
    with running_site(f"postgres://postgres@127.0.0.1:{CLOSED_PORT}/wijkkompas") as site:
        yield site


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


# --- Database lost and back: the same server process recovers by itself ------------------------


class Cable:
    """A TCP connection between the site and PostgreSQL that the test can unplug and plug in.

    It forwards a loopback port to the real database; unplugging closes the port and cuts every
    open connection, as a database restart or a network failure does.
    """

    def __init__(self, target_port):
        self.target = ("127.0.0.1", target_port)
        self.port = None
        self.listener = None
        self.connections = []

    def plug_in(self):
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", self.port or 0))
        self.port = self.listener.getsockname()[1]
        self.listener.listen()
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def unplug(self):
        # shutdown() wakes the thread blocked in accept(); close() alone would not on Linux.
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        for open_socket in self.connections:
            with contextlib.suppress(OSError):
                open_socket.shutdown(socket.SHUT_RDWR)
            open_socket.close()
        self.connections = []

    def _accept(self, listener):
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            self.connections += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source, sink):
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)


@pytest.mark.django_db
def test_the_site_recovers_by_itself_when_the_database_returns():
    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL (DATABASE_URL=postgres://…) to cut the connection to")
    settings_dict = connection.settings_dict
    cable = Cable(int(settings_dict["PORT"] or 5432))
    cable.plug_in()
    user = settings_dict["USER"] or "postgres"
    password = f":{settings_dict['PASSWORD']}" if settings_dict["PASSWORD"] else ""
    url = f"postgres://{user}{password}@127.0.0.1:{cable.port}/{settings_dict['NAME']}"
    with running_site(url) as site:
        assert fetch(f"{site}/health/")[0] == 200

        cable.unplug()
        assert fetch(f"{site}/health/")[0] == 503
        assert fetch(f"{site}/nl/")[0] == 503

        cable.plug_in()
        status, _headers, body = fetch(f"{site}/health/")
        assert status == 200
        assert json.loads(body)["database"] == "ok"
    cable.unplug()
