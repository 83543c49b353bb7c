"""Editors see how many readers follow what and whether mail goes out, never an address."""

import pytest
from django.urls import reverse

from alerts.models import Frequency, Subscription, SubscriptionKind
from tests.utils import assert_refused, create_user_in_role, log_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def subscriptions(method):
    Subscription.objects.create(
        email="geheim@example.org",
        kind=SubscriptionKind.METHOD,
        method=method,
        frequency=Frequency.WEEKLY,
        confirmed_at="2026-03-01T08:00Z",
        sent_up_to="2026-03-01T08:00Z",
    )
    Subscription.objects.create(email="onbevestigd@example.org", kind=SubscriptionKind.SELECTION)


@pytest.mark.parametrize("role", ["Redacteur", "Eindredacteur", "Beheerder"])
def test_editors_see_counts_without_addresses(client, subscriptions, role):
    log_in(client, create_user_in_role(role))
    response = client.get(reverse("alert_report"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bevestigde aanmeldingen</th><td>1</td>" in html
    assert "Nog niet bevestigd (verdwijnen na een week)</th><td>1</td>" in html
    assert "<td>Methode</td><td>Wekelijks</td><td>nl</td><td>1</td>" in html
    assert "@example.org" not in html


def test_translators_do_not_see_the_report(client, subscriptions):
    log_in(client, create_user_in_role("Vertaler"))
    assert_refused(client.get(reverse("alert_report")))
