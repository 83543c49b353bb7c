"""Two runs of send_alerts at once (two nodes' timers) mail each digest once: the second run
finds the job's lock taken while the first is still talking to the mail server."""

import datetime
import threading

import pytest
import time_machine
from django.db import connection, connections

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from knowledge.factories import ThemeFactory
from tests.alerts.helpers import ADDRESS, send, subscribe_and_confirm
from tests.utils import restore_migration_data
from wijkkompas.content.site_tree import ensure_site_tree

# The other run is another thread with its own database connection: committed data.
pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="the job lock needs PostgreSQL (DATABASE_URL=postgres://…); SQLite is one machine",
    ),
]


def test_two_runs_at_once_send_one_digest(client, inbox):
    restore_migration_data()
    tree = ensure_site_tree()
    safety = ThemeFactory(name="Veiligheid", slug="veiligheid")
    start = datetime.datetime(2026, 3, 2, 8, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        subscribe_and_confirm(client, inbox, "/nl/attenderingen/zoeken/?thema=veiligheid")
    with time_machine.travel(start + datetime.timedelta(hours=1), tick=False):
        page = CaseStudyPageFactory(parent=tree.sections[CaseStudyIndexPage], title="Nieuw")
        page.themes.set([safety])
        page.save_revision().publish()

    inbox.hold = threading.Event()
    outputs = {}

    def first_node():
        try:
            outputs["first"] = send()
        finally:
            connections.close_all()

    with time_machine.travel(start + datetime.timedelta(days=1, hours=1)):
        first = threading.Thread(target=first_node)
        first.start()
        # The first run is waiting for the mail server's answer, its lock held.
        assert inbox.receiving.wait(timeout=30)
        outputs["second"] = send()
        inbox.hold.set()
        first.join(timeout=30)

    assert "overgeslagen" in outputs["second"]
    assert "Verstuurd: 1" in outputs["first"]
    assert len(inbox.to(ADDRESS)) == 1
    # And a later run finds the period sent.
    with time_machine.travel(start + datetime.timedelta(days=1, hours=2), tick=False):
        send()
    assert len(inbox.to(ADDRESS)) == 1
