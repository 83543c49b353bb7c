"""E-mail alerts end to end: double opt-in, digests of what is new (only that, in the reader's
language), unsubscribing without an account, and retries that never send a period twice. The
mails go to a real SMTP server on loopback and are read as they arrive."""

import datetime

import pytest
import time_machine
from django.core.management.base import CommandError
from django.test import Client

from alerts.mail import unsubscribe_url
from alerts.models import Delivery, Subscription
from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage
from tests.alerts.helpers import ADDRESS, ask, html_of, link, send, subscribe_and_confirm, text_of

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 3, 2, 8, 0, tzinfo=datetime.UTC)


def case_study(site_tree, title, themes=(), method=None):
    """A case study published now (its first publication is what a digest reports)."""
    page = CaseStudyPageFactory(
        parent=site_tree.sections[CaseStudyIndexPage], title=title, method=method
    )
    page.themes.set(themes)
    page.save_revision().publish()
    return page


def later(**delta):
    return time_machine.travel(START + datetime.timedelta(**delta), tick=False)


def test_search_page_links_to_the_alert_of_its_selection(client, site_tree, safety):
    html = client.get("/nl/zoeken/?thema=veiligheid").content.decode()
    assert f'href="/nl/attenderingen/zoeken/?thema={safety.pk}"' in html
    assert "Houd me op de hoogte van deze selectie (e-mail)" in html


def test_method_page_stays_shareable_and_links_to_a_separate_subscribe_page(client, method):
    response = client.get(method.url)
    html = response.content.decode()
    assert f'href="/nl/attenderingen/methode/{method.pk}/"' in html
    # No form token on the method page: the edge may keep one copy for every reader.
    assert "csrfmiddlewaretoken" not in html
    assert "public" in response["Cache-Control"]

    form = client.get(f"/nl/attenderingen/methode/{method.pk}/")
    assert "csrfmiddlewaretoken" in form.content.decode()
    assert "private" in form["Cache-Control"]
    assert "Surrogate-Key" not in form


def test_a_selection_digest_lists_only_what_is_new_after_confirmation(
    client, site_tree, safety, inbox
):
    with later(days=-3):
        case_study(site_tree, "Oud voorbeeld", themes=[safety])
    with later():
        page = client.get("/nl/attenderingen/zoeken/?thema=veiligheid")
        assert "Thema: Veiligheid" in page.content.decode()
        response = ask(client, "/nl/attenderingen/zoeken/?thema=veiligheid")
        assert response.status_code == 302
        assert "Kijk in uw e-mail" in client.get(response["Location"]).content.decode()

        [confirmation] = inbox.to(ADDRESS)
        assert confirmation["Subject"] == "Bevestig uw e-mailattendering van Wijkkompas"
        assert "Thema: Veiligheid" in text_of(confirmation)
        confirm_path = link(confirmation, "bevestigen")
        assert "Bevestig" in html_of(confirmation)
        # Not confirmed yet: a run sends nothing to the address.
        assert "Verstuurd: 0" in send()

        # Opening the link (as a mail scanner does) confirms nothing; the button does.
        opened = client.get(confirm_path)
        assert "Ja, bevestig mijn aanmelding" in opened.content.decode()
        assert not Subscription.objects.get().is_confirmed
        assert "Uw aanmelding is bevestigd" in client.post(confirm_path).content.decode()
        inbox.clear()

    with later(hours=2):
        case_study(site_tree, "Nieuw voorbeeld", themes=[safety])
        case_study(site_tree, "Voorbeeld over iets anders")
    with later(hours=20):
        assert "niets nieuws: 0" in send() and inbox.messages == []  # not due yet
    with later(days=1, minutes=5):
        send()
        [digest] = inbox.to(ADDRESS)
        text = text_of(digest)
        assert digest["Subject"] == "Nieuw op Wijkkompas: Thema: Veiligheid"
        assert "Nieuw voorbeeld" in text and "Nieuw voorbeeld" in html_of(digest)
        assert "Oud voorbeeld" not in text
        assert "Voorbeeld over iets anders" not in text
        assert (
            digest["List-Unsubscribe"]
            .strip()
            .startswith("<http://testserver/nl/attenderingen/afmelden/")
        )
        assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        send()
        assert len(inbox.to(ADDRESS)) == 1

    with later(days=2, minutes=5):
        # Nothing new since: no mail at all.
        send()
        assert len(inbox.to(ADDRESS)) == 1


def test_unsubscribing_works_without_login_and_removes_the_address(
    client, site_tree, safety, inbox
):
    with later():
        subscribe_and_confirm(client, inbox, "/nl/attenderingen/zoeken/?thema=veiligheid")
    with later(hours=1):
        case_study(site_tree, "Nieuw voorbeeld", themes=[safety])
    with later(days=1, hours=1):
        send()
    [digest] = inbox.messages
    unsubscribe_path = link(digest, "afmelden")

    opened = client.get(unsubscribe_path)
    assert opened.status_code == 200 and "Meld mij af" in opened.content.decode()
    assert Subscription.objects.filter(email=ADDRESS).exists()
    done = client.post(unsubscribe_path)
    assert "U krijgt geen e-mail meer over" in done.content.decode()
    assert not Subscription.objects.filter(email=ADDRESS).exists()
    assert not Delivery.objects.exists()
    # The link again: a clear answer, nothing else happens.
    assert "bestaat niet meer" in client.post(unsubscribe_path).content.decode()


def test_one_click_unsubscribe_from_a_mail_program_needs_no_form_token(
    client, site_tree, inbox, method
):
    subscribe_and_confirm(client, inbox, f"/nl/attenderingen/methode/{method.pk}/")
    subscription = Subscription.objects.get()

    mail_program = Client(enforce_csrf_checks=True)
    response = mail_program.post(
        unsubscribe_url(subscription, ""),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not Subscription.objects.exists()


def test_a_method_alert_tells_of_new_case_studies_and_an_expiring_recognition(
    client, site_tree, inbox, method
):
    other = MethodPageFactory(parent=site_tree.sections[MethodIndexPage], title="Ander")
    with later():
        method.evidence_valid_until = (START + datetime.timedelta(days=3)).date()
        method.save_revision().publish()
        subscribe_and_confirm(
            client, inbox, f"/nl/attenderingen/methode/{method.pk}/", frequency="weekly"
        )
    with later(days=1):
        case_study(site_tree, "Samen in Almere", method=method)
        case_study(site_tree, "Iets met een andere methode", method=other)
    with later(days=7, minutes=5):
        send("daily")
        assert inbox.messages == []
        send("weekly")
    [digest] = inbox.to(ADDRESS)
    text = text_of(digest)
    assert digest["Subject"] == "Nieuw op Wijkkompas: Samen in de Wijk"
    assert "Samen in Almere" in text
    assert "Iets met een andere methode" not in text
    # The recognition's end date passed on day 3: the reader hears it, once.
    assert "De erkenning van deze methode is veranderd" in text
    assert "(erkenning verlopen)" in text and "Verlopen op 5 maart 2026" in text

    inbox.clear()
    with later(days=14, minutes=10):
        send("weekly")
    assert inbox.messages == []


def test_an_english_reader_gets_english_mails(client, site_tree, english, inbox, method):
    with later():
        subscribe_and_confirm(
            client,
            inbox,
            f"/en/alerts/method/{method.pk}/",
            word="confirm",
        )
    with later(hours=1):
        case_study(site_tree, "Samen in Almere", method=method)
    with later(days=1, hours=1):
        send()
    [digest] = inbox.to(ADDRESS)
    assert digest["Subject"] == "New on Wijkkompas: Samen in de Wijk"
    assert "Unsubscribe (no login needed)" in text_of(digest)
    assert "/en/alerts/unsubscribe/" in digest["List-Unsubscribe"]


def test_a_refused_mail_is_retried_and_arrives_once(client, site_tree, safety, inbox):
    with later():
        subscribe_and_confirm(client, inbox, "/nl/attenderingen/zoeken/?thema=veiligheid")
    with later(hours=1):
        case_study(site_tree, "Nieuw voorbeeld", themes=[safety])
    with later(days=1, hours=1):
        # One refusal: the run tries again at once and the mail arrives.
        inbox.reject = 1
        send()
    assert len(inbox.to(ADDRESS)) == 1
    assert Delivery.objects.get().attempts == 1


def test_a_send_that_fails_all_run_is_sent_by_the_next_run_and_only_once(
    client, site_tree, safety, inbox
):
    with later():
        subscribe_and_confirm(client, inbox, "/nl/attenderingen/zoeken/?thema=veiligheid")
    with later(hours=1):
        case_study(site_tree, "Nieuw voorbeeld", themes=[safety])
    with later(days=1, hours=1):
        inbox.reject = 3
        with pytest.raises(CommandError, match="mislukt \\(volgende keer opnieuw\\): 1"):
            send()
    assert inbox.messages == []
    delivery = Delivery.objects.get()
    assert delivery.sent_at is None and delivery.attempts == 3
    assert "451" in delivery.last_error

    with later(days=1, hours=2):
        case_study(site_tree, "Nog nieuwer", themes=[safety])
        send()
        send()
    [digest] = inbox.to(ADDRESS)
    # The failed period, as it was: the later page waits for its own period.
    assert "Nieuw voorbeeld" in text_of(digest)
    assert "Nog nieuwer" not in text_of(digest)
    with later(days=2, hours=2):
        send()
    assert len(inbox.to(ADDRESS)) == 2
    assert "Nog nieuwer" in text_of(inbox.to(ADDRESS)[1])
    assert "Nieuw voorbeeld" not in text_of(inbox.to(ADDRESS)[1])


def test_a_selection_that_disappears_ends_the_alert_with_a_mail(client, site_tree, safety, inbox):
    with later():
        subscribe_and_confirm(client, inbox, "/nl/attenderingen/zoeken/?thema=veiligheid")
        safety.delete()
    with later(days=1, hours=1):
        send()
    [mail] = inbox.to(ADDRESS)
    assert mail["Subject"] == "Uw e-mailattendering van Wijkkompas is beëindigd"
    assert "bestaan niet meer op Wijkkompas" in text_of(mail)
    assert not Subscription.objects.exists()


def test_unconfirmed_addresses_are_removed_after_a_week(client, site_tree, method, inbox):
    from io import StringIO

    from django.core.management import call_command

    with later():
        ask(client, f"/nl/attenderingen/methode/{method.pk}/", email="nooit@example.org")
        subscribe_and_confirm(client, inbox, f"/nl/attenderingen/methode/{method.pk}/")
    with later(days=6):
        ask(client, f"/nl/attenderingen/methode/{method.pk}/", email="later@example.org")
    with later(days=7, hours=1):
        out = StringIO()
        call_command("purge_unconfirmed_alerts", stdout=out)
    assert "Verwijderd: 1" in out.getvalue()
    assert sorted(Subscription.objects.values_list("email", flat=True)) == [
        "later@example.org",
        ADDRESS,
    ]


def test_a_method_unpublished_for_a_while_holds_its_digest_until_it_is_back(
    client, site_tree, inbox, method
):
    with later():
        subscribe_and_confirm(client, inbox, f"/nl/attenderingen/methode/{method.pk}/")
    with later(hours=1):
        case_study(site_tree, "Samen in Almere", method=method)
        method.unpublish()
    with later(days=1, hours=1):
        send()
    assert inbox.messages == []
    with later(days=2):
        method.save_revision().publish()
    with later(days=2, hours=1):
        send()
    [digest] = inbox.to(ADDRESS)
    assert "Samen in Almere" in text_of(digest)


def test_a_deleted_method_ends_the_alert_with_a_mail(client, site_tree, inbox, method):
    with later():
        subscribe_and_confirm(client, inbox, f"/nl/attenderingen/methode/{method.pk}/")
        method.delete()
    with later(days=1, hours=1):
        send()
    [mail] = inbox.to(ADDRESS)
    assert mail["Subject"] == "Uw e-mailattendering van Wijkkompas is beëindigd"
    assert "Deze methode staat niet meer op Wijkkompas" in text_of(mail)
    assert not Subscription.objects.exists()
