"""Periodic jobs started by every node run once: while one node's run holds the job's
PostgreSQL advisory lock, another node's run of the same job steps aside."""

import datetime
from contextlib import contextmanager
from io import StringIO

import psycopg
import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from articles.factories import ArticlePageFactory
from articles.models import ArticleIndexPage
from casestudies.models import PracticeSubmission, PracticeSubmissionPage
from knowledge.operations.jobs import lock_key
from tests.casestudies.conftest import valid_answers

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="advisory locks need PostgreSQL (DATABASE_URL=postgres://…); SQLite is one machine",
    ),
]


@contextmanager
def running_on_another_node(job):
    """Another database session (another node) in the middle of `job`."""
    database = connection.settings_dict
    with psycopg.connect(
        dbname=database["NAME"],
        user=database["USER"],
        password=database["PASSWORD"],
        host=database["HOST"],
        port=database["PORT"] or 5432,
        autocommit=True,
    ) as other:
        other.execute("SELECT pg_advisory_lock(%s)", [lock_key(job)])
        try:
            yield
        finally:
            # The job ends there; closing alone would release the lock a moment later.
            other.execute("SELECT pg_advisory_unlock(%s)", [lock_key(job)])


def run(command):
    out = StringIO()
    call_command(command, stdout=out)
    return out.getvalue()


@pytest.fixture
def due_page(section):
    """A page whose go-live time passed a minute ago, waiting for publish_scheduled."""
    page = ArticlePageFactory(parent=section(ArticleIndexPage), title="Wijkavond", live=False)
    page.go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    page.save_revision(approved_go_live_at=page.go_live_at)
    return page


def test_scheduled_publishing_runs_on_one_node_at_a_time(due_page):
    with running_on_another_node("publish_scheduled"):
        assert "overgeslagen" in run("publish_scheduled")
        due_page.refresh_from_db()
        assert not due_page.live

    run("publish_scheduled")
    due_page.refresh_from_db()
    assert due_page.live


def test_the_contact_purge_runs_on_one_node_at_a_time(client, site_tree):
    form_page = PracticeSubmissionPage.objects.get()
    client.post(form_page.url, valid_answers(title="Lang geleden"))
    PracticeSubmission.objects.update(
        status="handled", handled_at=timezone.now() - datetime.timedelta(days=800)
    )

    with running_on_another_node("purge_submission_contacts"):
        assert "overgeslagen" in run("purge_submission_contacts")
        assert PracticeSubmission.objects.get().contact_email == "sanne@gemeente.example"

    assert "van 1 inzending(en)" in run("purge_submission_contacts")
    assert PracticeSubmission.objects.get().contact_email == ""
