"""'Deel uw praktijk' against abuse: CSRF, honeypot, rate limits, markup and disguised files."""

import pytest
from django.core import mail
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings

from casestudies.models import PracticeSubmission
from tests.casestudies.conftest import docx_file, odt_file, pdf_file, valid_answers, zip_file

pytestmark = pytest.mark.django_db

MARKUP = "<script>alert('x')</script> {{ request.user }} {% now 'Y' %}"


def test_a_post_without_csrf_token_is_refused(form_page):
    client = Client(enforce_csrf_checks=True)
    response = client.post(form_page.url, valid_answers())
    assert response.status_code == 403
    assert PracticeSubmission.objects.count() == 0


def test_a_post_with_the_forms_csrf_token_is_accepted(form_page):
    client = Client(enforce_csrf_checks=True)
    client.get(form_page.url)
    token = client.cookies["csrftoken"].value
    response = client.post(form_page.url, valid_answers(csrfmiddlewaretoken=token))
    assert response.status_code == 302
    assert PracticeSubmission.objects.count() == 1


def test_honeypot_is_hidden_from_people_and_screen_readers(client, form_page):
    html = client.get(form_page.url).content.decode()
    wrapper = html.index('<div class="visually-hidden" aria-hidden="true">')
    field = html.index('name="aanvulling"')
    assert wrapper < field < html.index("</div>", wrapper)
    assert 'tabindex="-1"' in html[field - 200 : field + 200]


def test_a_filled_honeypot_looks_accepted_but_stores_nothing(client, form_page, submission_editor):
    response = client.post(form_page.url, valid_answers(aanvulling="http://spam.example"))
    assert response.status_code == 302
    assert response["Location"].endswith("/bedankt/")
    assert PracticeSubmission.objects.count() == 0
    assert mail.outbox == []


@override_settings(WIJKKOMPAS_SUBMISSION_RATE="2/h")
def test_more_submissions_than_the_limit_get_a_429_that_keeps_the_text(client, form_page):
    for number in range(2):
        response = client.post(form_page.url, valid_answers(title=f"Aanpak {number}"))
        assert response.status_code == 302
    response = client.post(form_page.url, valid_answers(title="Derde aanpak"))
    assert response.status_code == 429
    html = response.content.decode()
    assert "Te veel inzendingen vanaf dit adres" in html
    assert "Probeer het over een uur opnieuw" in html
    assert 'value="Derde aanpak"' in html
    assert PracticeSubmission.objects.count() == 2

    other = Client(REMOTE_ADDR="192.0.2.7")
    assert other.post(form_page.url, valid_answers()).status_code == 302
    assert PracticeSubmission.objects.count() == 3


@override_settings(WIJKKOMPAS_SUBMISSION_RATE="1/h")
def test_correcting_mistakes_does_not_use_up_the_limit(client, form_page):
    for _attempt in range(3):
        assert client.post(form_page.url, valid_answers(title="")).status_code == 200
    assert client.post(form_page.url, valid_answers()).status_code == 302


@override_settings(WIJKKOMPAS_SUBMISSION_POST_RATE="3/h")
def test_a_flood_of_posts_is_limited_too(client, form_page):
    for _attempt in range(3):
        assert client.post(form_page.url, {}).status_code == 200
    assert client.post(form_page.url, valid_answers()).status_code == 429
    assert PracticeSubmission.objects.count() == 0


def test_markup_and_template_syntax_stay_plain_text(client, form_page, admin_client):
    client.post(
        form_page.url,
        valid_answers(title=MARKUP[:200], description=MARKUP, results=MARKUP, lessons=MARKUP),
    )
    submission = PracticeSubmission.objects.get()
    assert submission.description == MARKUP

    page = submission.case_study.specific
    preview = admin_client.get(f"/admin/pages/{page.pk}/view_draft/")
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "<script>alert(" not in html
    assert "{{ request.user }}" in html
    assert "{% now &#x27;Y&#x27; %}" in html

    listing = admin_client.get("/admin/inzendingen/").content.decode()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in listing
    assert "<script>alert(" not in listing
    inspect = admin_client.get(f"/admin/inzendingen/inspect/{submission.pk}/").content.decode()
    assert "&lt;script&gt;alert(" in inspect
    assert "<script>alert(" not in inspect


@pytest.mark.parametrize("upload", [pdf_file, docx_file, odt_file])
def test_real_documents_are_kept_in_private_storage(client, form_page, upload):
    document = upload()
    response = client.post(form_page.url, valid_answers(attachment=document))
    assert response.status_code == 302
    submission = PracticeSubmission.objects.get()
    assert submission.attachment_name == document.name
    stored = submission.attachment.name
    assert submission.attachment.storage.exists(stored)
    assert not default_storage.exists(stored)
    # The stored name is random, so nobody can guess it from the original.
    assert document.name.split(".")[0] not in stored


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            lambda: zip_file("plan.pdf", {"a.txt": "x"}),
            "Dit bestand is geen echt PDF-bestand",
        ),
        (
            lambda: pdf_file("plan.docx"),
            "Dit bestand is geen echt DOCX-bestand",
        ),
        (
            lambda: zip_file("plan.docx", {"[Content_Types].xml": "<Types/>"}),
            "Dit bestand is geen echt DOCX-bestand",
        ),
        (
            lambda: zip_file(
                "plan.odt",
                {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": ""},
            ),
            "Dit bestand is geen echt ODT-bestand",
        ),
        (lambda: pdf_file("script.exe"), "Kies een PDF-, DOCX- of ODT-bestand."),
        (
            lambda: SimpleUploadedFile("plan.odt", b"PK\x03\x04 kapot archief"),
            "Dit bestand is geen echt ODT-bestand",
        ),
    ],
)
def test_disguised_files_are_refused_by_content(client, form_page, upload, message):
    response = client.post(form_page.url, valid_answers(attachment=upload()))
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'id="id_attachment_error"' in html
    assert 'value="Buurtgesprekken in Delfshaven"' in html
    assert PracticeSubmission.objects.count() == 0


@override_settings(WIJKKOMPAS_SUBMISSION_MAX_UPLOAD_SIZE=2 * 1024 * 1024)
def test_a_file_over_the_size_limit_is_refused(client, form_page):
    response = client.post(form_page.url, valid_answers(attachment=pdf_file(size=3 * 1024 * 1024)))
    assert "Het bestand is 3.0 MB; het mag hoogstens 2 MB zijn." in response.content.decode()
    assert PracticeSubmission.objects.count() == 0
