"""Fixtures shared by the whole suite: the site skeleton and a client."""

import os
from io import StringIO

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import storages
from django.core.management import call_command
from django.db import transaction
from django.utils import translation
from wagtail.models import Locale

from wijkkompas.content.site_tree import ensure_site_tree


def pytest_collection_modifyitems(items):
    """Mark the tests whose data must be committed (live server, pg_dump, threads): Django
    empties every table after each of them, migration data included, so `make test` runs them
    in a session of their own after the others."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        if {"transactional_db", "live_server"} & set(item.fixturenames) or (
            marker is not None and marker.kwargs.get("transaction")
        ):
            item.add_marker("flushes_database")


@pytest.fixture
def site_tree(db):
    """The home page and every section index page, on the default (Dutch) locale."""
    return ensure_site_tree()


@pytest.fixture
def english(db):
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def section(site_tree):
    """Look up a section index page by its model."""
    return lambda model: site_tree.sections[model]


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: tests roll back, so on-commit cache clears never run."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in Dutch: the locale middleware leaves the language of a test's last
    request (say /en/) active in the thread, which would leak into the next test."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(scope="module")
def demo_site_once(django_db_setup, django_db_blocker):
    """The demo content, loaded once per test module inside a transaction that is rolled back
    after the module's last test. Each test runs in a savepoint inside it, so what one test
    changes is undone before the next. Loading the demo takes tens of seconds."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("load_demo_content", stdout=StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def demo_site(demo_site_once, db):
    """The demo content, for tests that only read it (see demo_site_once)."""


@pytest.fixture(scope="module", params=["moto", "live"])
def s3_store(request):
    """An S3-compatible store: moto_server started for the module, and a real endpoint when the
    WIJKKOMPAS_TEST_S3_* variables name one (docs/storage.md, "Tests")."""
    from deploy.object_store import MotoServer, moto_server_command
    from tests.s3 import LIVE_VARIABLES, LiveEndpoint

    if request.param == "live":
        missing = [name for name in LIVE_VARIABLES if not os.environ.get(name)]
        if missing:
            pytest.skip(f"live object-storage suite: set {', '.join(missing)}")
        store = LiveEndpoint()
        yield store
        store.remove_test_objects()
        return
    if moto_server_command() is None:
        pytest.skip("moto_server is missing: make install (moto[server] is a dev dependency)")
    store = MotoServer().start()
    yield store
    store.stop()


@pytest.fixture
def object_storage(s3_store, settings, monkeypatch):
    """Media and submission attachments on the S3 store, configured as production configures
    them: from the environment variables, through knowledge.operations.storage.media_storages."""
    from casestudies.models import PracticeSubmission
    from knowledge.operations.storage import media_storages

    settings.STORAGES = {
        **settings.STORAGES,
        **media_storages(s3_store.environment(), media_root=None, private_media_root=None),
    }
    # Django renews its storages when STORAGES changes, but a model field keeps the storage it
    # was given when the model was defined.
    field = PracticeSubmission._meta.get_field("attachment")
    monkeypatch.setattr(field, "storage", storages["submissions"])
    return s3_store
