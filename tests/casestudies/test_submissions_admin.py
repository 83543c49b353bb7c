"""'Deel uw praktijk' for editors: the list of submissions, the private file and the contact purge."""

import datetime
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client, override_settings
from django.utils import timezone

from casestudies.management.commands.purge_submission_contacts import months_before
from casestudies.models import PracticeSubmission
from tests.casestudies.conftest import pdf_file, valid_answers
from wijkkompas.settings import base as base_settings

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(client, form_page):
    """Two submissions through the real form: one with a PDF, one without."""
    client.post(form_page.url, valid_answers(title="Met bijlage", attachment=pdf_file()))
    client.post(form_page.url, valid_answers(title="Zonder bijlage"))
    return {s.title: s for s in PracticeSubmission.objects.all()}


@pytest.fixture
def editor_client(submission_editor):
    client = Client()
    client.force_login(submission_editor)
    return client


def test_editor_sees_open_submissions_and_marks_one_handled(editor_client, submitted):
    listing = editor_client.get("/admin/inzendingen/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Met bijlage" in html and "Zonder bijlage" in html
    assert "Open" in html

    menu = editor_client.get("/admin/").content.decode()
    assert "Inzendingen" in menu

    submission = submitted["Zonder bijlage"]
    response = editor_client.post(
        f"/admin/inzendingen/edit/{submission.pk}/", {"status": "handled"}
    )
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == "handled"
    assert submission.handled_at is not None

    editor_client.get("/admin/inzendingen/")  # shows (and so clears) the "updated" message
    open_only = editor_client.get("/admin/inzendingen/?status=open").content.decode()
    assert "Met bijlage" in open_only
    assert "Zonder bijlage" not in open_only


def test_nobody_adds_a_submission_in_the_admin(admin_client, submitted):
    assert admin_client.get("/admin/inzendingen/new/").status_code in (302, 403)


def test_inspect_view_links_to_the_draft_and_the_file(editor_client, submitted):
    submission = submitted["Met bijlage"]
    html = editor_client.get(f"/admin/inzendingen/inspect/{submission.pk}/").content.decode()
    assert "sanne@gemeente.example" in html
    assert f"/admin/inzendingen/bijlage/{submission.pk}/" in html
    assert "evaluatie.pdf" in html


def test_editor_downloads_the_private_file(editor_client, submitted):
    submission = submitted["Met bijlage"]
    response = editor_client.get(f"/admin/inzendingen/bijlage/{submission.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="evaluatie.pdf"'
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_the_file_is_out_of_reach_of_visitors_and_other_admin_users(
    client, submitted, django_user_model
):
    submission = submitted["Met bijlage"]
    url = f"/admin/inzendingen/bijlage/{submission.pk}/"
    assert client.get(url).status_code == 302  # to the login page
    # The configured private storage lies outside MEDIA_ROOT, which web servers serve.
    private = Path(base_settings.STORAGES["submissions"]["OPTIONS"]["location"])
    assert not private.resolve().is_relative_to(Path(base_settings.MEDIA_ROOT).resolve())

    from django.contrib.auth.models import Permission

    translator = django_user_model.objects.create_user("vertaler", password="wachtwoord")
    translator.user_permissions.add(Permission.objects.get(codename="access_admin"))
    other = Client()
    other.force_login(translator)
    refused = other.get(url)
    assert refused.status_code == 302  # Wagtail sends a refused admin user back to the dashboard
    assert refused["Location"] == "/admin/"
    assert other.get("/admin/inzendingen/").status_code in (302, 403)


def test_months_before_handles_month_ends():
    moment = datetime.datetime(2026, 3, 31, 12, 0, tzinfo=datetime.UTC)
    assert months_before(moment, 1) == datetime.datetime(2026, 2, 28, 12, 0, tzinfo=datetime.UTC)
    assert months_before(moment, 12) == datetime.datetime(2025, 3, 31, 12, 0, tzinfo=datetime.UTC)


def handle(submission, days_ago):
    submission.status = "handled"
    submission.handled_at = timezone.now() - datetime.timedelta(days=days_ago)
    submission.save()


@override_settings(WIJKKOMPAS_SUBMISSION_CONTACT_RETENTION_MONTHS=12)
def test_purge_removes_expired_contact_details_and_keeps_the_practice(submitted, form_page, client):
    expired, recent = submitted["Met bijlage"], submitted["Zonder bijlage"]
    handle(expired, days_ago=400)
    handle(recent, days_ago=300)
    client.post(form_page.url, valid_answers(title="Nog open"))
    still_open = PracticeSubmission.objects.get(title="Nog open")
    PracticeSubmission.objects.filter(pk=still_open.pk).update(
        submitted_at=timezone.now() - datetime.timedelta(days=800)
    )

    out = StringIO()
    call_command("purge_submission_contacts", "--dry-run", stdout=out)
    assert "Zou verwijderen: contactgegevens van 1 inzending(en)." in out.getvalue()
    expired.refresh_from_db()
    assert expired.contact_email == "sanne@gemeente.example"

    out = StringIO()
    call_command("purge_submission_contacts", stdout=out)
    assert "Verwijderd: contactgegevens van 1 inzending(en)." in out.getvalue()

    expired.refresh_from_db()
    assert (expired.contact_name, expired.contact_email, expired.contact_phone) == ("", "", "")
    assert expired.contact_removed_at is not None
    assert expired.description.startswith("Wij organiseerden buurtgesprekken.")
    assert expired.case_study is not None
    for kept in (recent, still_open):
        kept.refresh_from_db()
        assert kept.contact_email == "sanne@gemeente.example"

    out = StringIO()
    call_command("purge_submission_contacts", stdout=out)
    assert "van 0 inzending(en)" in out.getvalue()


def test_a_submission_opens_on_its_full_text_without_empty_fields(editor_client, submitted):
    submission = submitted["Zonder bijlage"]
    submission.submitted_at = datetime.datetime(2026, 7, 1, 10, 30, tzinfo=datetime.UTC)
    submission.description = "Eerste alinea.\n\nTweede alinea."
    submission.save()

    listing = editor_client.get("/admin/inzendingen/").content.decode()
    inspect_url = f"/admin/inzendingen/inspect/{submission.pk}/"
    assert f'href="{inspect_url}"' in listing

    html = editor_client.get(inspect_url).content.decode()
    assert "<p>Eerste alinea.</p>" in html
    assert "<p>Tweede alinea.</p>" in html
    # The text comes before the bookkeeping.
    assert html.index("Eerste alinea.") < html.index("Ingezonden op")
    fields = html[html.index("<dl") : html.index("</dl>")]
    assert "None" not in fields
    assert "Afgehandeld op" not in fields
    # 10:30 UTC is 12:30 in the Netherlands in summer.
    assert "1 juli 2026, 12:30" in html
