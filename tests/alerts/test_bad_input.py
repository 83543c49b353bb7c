"""Bad input to e-mail alerts gets a clear answer and changes nothing: a malformed address, a
selection or method that does not exist, forged, replayed and expired links, floods, and
someone else's address (never subscribed without their confirmation, never revealed)."""

import datetime

import pytest
import time_machine
from django.test import override_settings
from django.utils import timezone

from alerts.models import Subscription
from alerts.tokens import CONFIRM, UNSUBSCRIBE, make_token
from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage
from tests.alerts.helpers import ADDRESS, ask, link, send, subscribe_and_confirm

pytestmark = pytest.mark.django_db

SELECTION = "/nl/attenderingen/zoeken/?thema=veiligheid"


def test_a_malformed_address_is_shown_again_with_its_error_beside_the_field(
    client, site_tree, safety, inbox
):
    response = ask(client, SELECTION, email="lezer@@voorbeeld")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Er is 1 fout in het formulier" in html
    assert '<p class="field-error" id="id_email_error">Vul een geldig e-mailadres in' in html
    assert 'value="lezer@@voorbeeld"' in html
    assert 'aria-describedby="id_email_helptext id_email_error"' in html
    assert not Subscription.objects.exists() and inbox.messages == []


def test_a_missing_frequency_is_named_in_its_own_group(client, site_tree, safety, inbox):
    response = client.post(SELECTION, {"email": ADDRESS, "frequency": "elk-uur"})
    html = response.content.decode()
    assert 'id="id_frequency_error">Kies dagelijks of wekelijks.</p>' in html
    assert f'value="{ADDRESS}"' in html
    assert not Subscription.objects.exists()


def test_a_selection_that_no_longer_exists_cannot_be_subscribed_to(client, site_tree, inbox):
    page = client.get("/nl/attenderingen/zoeken/?thema=opgeheven-thema")
    assert page.status_code == 404
    assert "Deze selectie bestaat niet meer" in page.content.decode()
    posted = ask(client, "/nl/attenderingen/zoeken/?thema=opgeheven-thema")
    assert posted.status_code == 404
    assert not Subscription.objects.exists() and inbox.messages == []


def test_a_method_that_is_gone_or_unpublished_cannot_be_subscribed_to(client, site_tree, inbox):
    draft = MethodPageFactory(parent=site_tree.sections[MethodIndexPage], live=False)
    for url in ("/nl/attenderingen/methode/999999/", f"/nl/attenderingen/methode/{draft.pk}/"):
        response = ask(client, url)
        assert response.status_code == 404
        assert "Deze methode staat niet op Wijkkompas" in response.content.decode()
    assert not Subscription.objects.exists() and inbox.messages == []


def test_forged_links_are_refused_and_change_nothing(client, site_tree, safety, inbox):
    ask(client, SELECTION)
    subscription = Subscription.objects.get()
    real = make_token(subscription, CONFIRM)
    key, timestamp, signature = real.split(":")
    other_key = "0" * 32
    forged = [
        "zomaar-iets",
        f"{other_key}:{timestamp}:{signature}",
        f"{key}:{timestamp}:{signature[:-2]}xx",
    ]
    for token in forged:
        response = client.post(f"/nl/attenderingen/bevestigen/{token}/")
        assert response.status_code == 400, token
        assert "Deze link is niet geldig" in response.content.decode()
        assert client.post(f"/nl/attenderingen/afmelden/{token}/").status_code == 400
    subscription.refresh_from_db()
    assert not subscription.is_confirmed
    # An unsubscribe link's signature does not confirm (each link has its own purpose).
    unsubscribe = make_token(subscription, UNSUBSCRIBE)
    assert client.post(f"/nl/attenderingen/bevestigen/{unsubscribe}/").status_code == 400
    subscription.refresh_from_db()
    assert not subscription.is_confirmed


def test_a_replayed_confirmation_says_so_and_changes_nothing(client, site_tree, safety, inbox):
    ask(client, SELECTION)
    confirm_path = link(inbox.to(ADDRESS)[0], "bevestigen")
    assert "Uw aanmelding is bevestigd" in client.post(confirm_path).content.decode()
    confirmed_at = Subscription.objects.get().confirmed_at

    for replay in (client.post(confirm_path), client.get(confirm_path)):
        assert replay.status_code == 200
        assert "U was al aangemeld" in replay.content.decode()
    assert Subscription.objects.get().confirmed_at == confirmed_at


def test_an_old_confirmation_link_has_expired(client, site_tree, safety, inbox):
    ask(client, SELECTION)
    confirm_path = link(inbox.to(ADDRESS)[0], "bevestigen")
    with time_machine.travel(timezone.now() + datetime.timedelta(days=4)):
        response = client.post(confirm_path)
    assert response.status_code == 410
    assert "Deze bevestigingslink is verlopen" in response.content.decode()
    assert not Subscription.objects.get().is_confirmed


def test_a_link_to_a_removed_request_says_it_is_gone(client, site_tree, safety, inbox):
    ask(client, SELECTION)
    confirm_path = link(inbox.to(ADDRESS)[0], "bevestigen")
    Subscription.objects.all().delete()
    response = client.get(confirm_path)
    assert response.status_code == 410
    assert "Deze aanmelding bestaat niet meer" in response.content.decode()


@override_settings(WIJKKOMPAS_ALERT_PER_ADDRESS_RATE="3/d")
def test_a_flood_for_one_address_sends_it_a_few_mails_only(client, site_tree, safety, inbox):
    answers = [
        ask(client, SELECTION, REMOTE_ADDR=f"192.0.2.{number}")["Location"]
        for number in range(1, 7)
    ]
    # Every request gets the same answer; the address gets three mails, not six.
    assert set(answers) == {"/nl/attenderingen/aangevraagd/"}
    assert len(inbox.to(ADDRESS)) == 3
    assert Subscription.objects.count() == 1


@override_settings(WIJKKOMPAS_ALERT_POST_RATE="3/h")
def test_a_flood_from_one_internet_address_gets_a_429_keeping_what_was_typed(
    client, site_tree, safety, inbox
):
    for number in range(3):
        ask(client, SELECTION, email=f"lezer{number}@example.org")
    response = ask(client, SELECTION, email="nog-een@example.org")
    html = response.content.decode()
    assert response.status_code == 429
    assert "Te veel aanmeldingen vanaf dit adres" in html
    assert 'value="nog-een@example.org"' in html
    assert not Subscription.objects.filter(email="nog-een@example.org").exists()


def test_a_subscribed_address_is_not_revealed_nor_mailed_again(client, site_tree, safety, inbox):
    subscribe_and_confirm(client, inbox, SELECTION)
    # Someone else types the same address: the same answer as for a new one, and no mail.
    again = ask(client, SELECTION, REMOTE_ADDR="198.51.100.7")
    new = ask(client, SELECTION, email="nieuw@example.org", REMOTE_ADDR="198.51.100.7")
    assert again.status_code == new.status_code == 302
    assert again["Location"] == new["Location"]
    assert inbox.to(ADDRESS) == []
    assert len(inbox.to("nieuw@example.org")) == 1


def test_nobody_is_subscribed_without_their_confirmation(client, site_tree, safety, inbox):
    ask(client, SELECTION, email="buurvrouw@example.org")
    page = CaseStudyPageFactory(parent=site_tree.sections[CaseStudyIndexPage], title="Nieuw")
    page.themes.set([safety])
    page.save_revision().publish()
    with time_machine.travel(timezone.now() + datetime.timedelta(days=8)):
        send("daily")
        send("weekly")
    # Only the confirmation request ever reached the address.
    [only] = inbox.to("buurvrouw@example.org")
    assert only["Subject"] == "Bevestig uw e-mailattendering van Wijkkompas"


def test_the_honeypot_stores_nothing(client, site_tree, safety, inbox):
    response = client.post(
        SELECTION, {"email": ADDRESS, "frequency": "daily", "aanvulling": "http://spam"}
    )
    assert response.status_code == 302
    assert not Subscription.objects.exists() and inbox.messages == []
