"""Alerts stay fast: the subscribe pages take a small fixed number of queries, and a digest costs
the same number of queries whether it lists three pages or twelve (no query per listed page)."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from tests.alerts.helpers import ADDRESS, send, subscribe_and_confirm, text_of

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 3, 2, 8, 0, tzinfo=datetime.UTC)
# Measured plus two: the method lookup, Wagtail's site and locale, the header's navigation and
# the language versions.
SUBSCRIBE_PAGE_BUDGET = 15


def test_the_subscribe_pages_take_a_few_queries(client, method, safety):
    for address in (
        f"/nl/attenderingen/methode/{method.pk}/",
        "/nl/attenderingen/zoeken/?thema=veiligheid",
    ):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(address).status_code == 200
        assert len(queries) <= SUBSCRIBE_PAGE_BUDGET, address


def publish_case_studies(site_tree, theme, count, prefix):
    for number in range(count):
        page = CaseStudyPageFactory(
            parent=site_tree.sections[CaseStudyIndexPage], title=f"{prefix} {number}"
        )
        page.themes.set([theme])
        page.save_revision().publish()


def measured_run():
    with CaptureQueriesContext(connection) as queries:
        send()
    return len(queries)


def test_a_digest_costs_the_same_whatever_it_lists(client, site_tree, safety, inbox):
    with time_machine.travel(START, tick=False):
        subscribe_and_confirm(client, inbox, "/nl/attenderingen/zoeken/?thema=veiligheid")
    with time_machine.travel(START + datetime.timedelta(hours=1), tick=False):
        publish_case_studies(site_tree, safety, 3, "Eerste")
    with time_machine.travel(START + datetime.timedelta(days=1, hours=1), tick=False):
        few = measured_run()
    with time_machine.travel(START + datetime.timedelta(days=1, hours=2), tick=False):
        publish_case_studies(site_tree, safety, 12, "Tweede")
    with time_machine.travel(START + datetime.timedelta(days=2, hours=1), tick=False):
        many = measured_run()

    first, second = inbox.to(ADDRESS)
    assert text_of(first).count("* Eerste") == 3
    assert text_of(second).count("* Tweede") == 12
    assert many == few
