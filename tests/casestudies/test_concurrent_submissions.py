"""Submissions posted while an editor publishes the case-study index, on PostgreSQL with committed
data and real concurrent connections: every submission is stored with its draft, nobody gets the
outage page, and the page tree stays consistent (what `manage.py fixtree` checks)."""

import threading

import pytest
from django.db import connection
from django.test import Client
from wagtail.models import Page

from casestudies.models import CaseStudyIndexPage, CaseStudyPage, PracticeSubmission
from casestudies.submissions.models import PracticeSubmissionPage
from tests.casestudies.conftest import valid_answers
from tests.utils import restore_migration_data
from wijkkompas.content.site_tree import ensure_site_tree

SENDERS = 10
SUBMISSIONS_EACH = 3
PUBLICATIONS = 15

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL"
)


def run_together(*jobs):
    """Start every job at the same moment in its own thread (and database connection)."""
    start = threading.Barrier(len(jobs))
    errors = []

    def run(job):
        try:
            start.wait()
            job()
        except Exception as error:  # noqa: BLE001 - reported by the test below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    return errors


def test_submissions_survive_concurrent_publishing_of_the_index(transactional_db, settings):
    settings.WIJKKOMPAS_SUBMISSION_RATE = "1000/h"
    settings.WIJKKOMPAS_SUBMISSION_POST_RATE = "1000/h"
    restore_migration_data()
    site = ensure_site_tree()
    index = site.sections[CaseStudyIndexPage]
    form_url = PracticeSubmissionPage.objects.child_of(index).get().url
    statuses = []

    def sender(number):
        def post():
            client = Client(REMOTE_ADDR=f"192.0.2.{number}")
            for attempt in range(SUBMISSIONS_EACH):
                response = client.post(form_url, valid_answers(title=f"Aanpak {number}-{attempt}"))
                statuses.append(response.status_code)

        return post

    def editor():
        # As a publish request does: load the page, then save a revision and publish it.
        for _publication in range(PUBLICATIONS):
            page = CaseStudyIndexPage.objects.get(pk=index.pk)
            page.save_revision().publish()

    errors = run_together(editor, *(sender(number) for number in range(1, SENDERS + 1)))

    assert errors == []
    expected = SENDERS * SUBMISSIONS_EACH
    assert statuses == [302] * expected
    titles = set(PracticeSubmission.objects.values_list("title", flat=True))
    assert len(titles) == expected
    drafts = CaseStudyPage.objects.child_of(index)
    assert set(drafts.values_list("title", flat=True)) == titles
    assert not drafts.live().exists()
    assert PracticeSubmission.objects.filter(case_study__isnull=True).count() == 0
    index.refresh_from_db()
    assert index.numchild == Page.objects.child_of(index).count()
    assert all(problems == [] for problems in Page.find_problems())
    assert index.revisions.count() >= PUBLICATIONS
