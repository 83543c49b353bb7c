"""The PDF one-pager a policy officer downloads from a method or case study."""

import datetime
import io
import os
import sys

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse
from pypdf import PdfReader
from wagtail.documents.models import Document
from wagtail.models import Locale, PageViewRestriction
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from knowledge.factories import MunicipalityFactory
from knowledge.pdf.one_pager import PdfUnavailable, load_weasyprint, storage_name
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage


def weasyprint_missing():
    try:
        load_weasyprint()
    except PdfUnavailable as error:
        return str(error)
    return ""


# CI installs the system libraries, so there a missing one fails the tests instead of skipping them.
needs_weasyprint = pytest.mark.skipif(
    bool(weasyprint_missing()) and not os.environ.get("CI"),
    reason="WeasyPrint or its system libraries are not installed (see docs/one-pagers.md)",
)

# Bytes that start like every PDF, enough for the content check on uploads.
UPLOADED_PDF = b"%PDF-1.4\n% Ontworpen onepager van de eigenaar\n%%EOF\n"


@pytest.fixture(autouse=True)
def empty_storage(settings):
    """A fresh in-memory storage per test: stored PDFs of rolled-back pages must not linger."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }


@pytest.fixture
def method(section):
    page = MethodPageFactory(
        parent=section(MethodIndexPage),
        title="Samen in de Wijk",
        slug="samen-in-de-wijk",
        intro="Een veiligheidsalliantie van partners in de wijk.",
        last_reviewed=datetime.date(2026, 3, 1),
    )
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def download(client, page, **headers):
    response = client.get(page.one_pager_pdf_url, headers=headers)
    if response.streaming:
        response.body = b"".join(response.streaming_content)
    else:
        response.body = response.content
    return response


def read_pdf(data):
    return PdfReader(io.BytesIO(data))


def pdf_text(data):
    return " ".join(" ".join(page.extract_text().split()) for page in read_pdf(data).pages)


def stored_files(page):
    folder = f"onepagers/{page.pk}"
    if not default_storage.exists(folder):
        return []
    return sorted(default_storage.listdir(folder)[1])


@needs_weasyprint
def test_download_is_a_tagged_one_page_pdf_with_version_date_and_url(client, method):
    response = download(client, method)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="samen-in-de-wijk-nl-2026-03-01.pdf"'
    )
    assert "max-age=3600" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]
    assert response["ETag"]

    pdf = read_pdf(response.body)
    assert len(pdf.pages) == 1
    assert pdf.pages[0].mediabox.width == pytest.approx(595.28, abs=0.5)  # A4
    catalog = pdf.trailer["/Root"]
    assert catalog["/Lang"] == "nl"
    assert bool(catalog["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in catalog
    assert pdf.metadata.title == "Onepager: Samen in de Wijk — Wijkkompas"
    assert pdf.metadata.author == "Wijkkompas"

    text = pdf_text(response.body)
    assert "Samen in de Wijk" in text
    assert "Een veiligheidsalliantie van partners in de wijk." in text
    assert "1 maart 2026" in text
    assert method.full_url in text
    # The print notice with its links belongs to the HTML one-pager only.
    assert "Ctrl+P" not in text


@needs_weasyprint
def test_an_english_page_gets_an_english_pdf(client, section, english):
    index = section(MethodIndexPage).copy_for_translation(english, copy_parents=True)
    index.save_revision().publish()
    page = MethodPageFactory(
        parent=index,
        title="Together in the Neighbourhood",
        slug="together-in-the-neighbourhood",
        last_reviewed=datetime.date(2026, 3, 1),
    )
    page.save_revision().publish()
    page.refresh_from_db()

    response = download(client, page)

    assert response.status_code == 200
    assert read_pdf(response.body).trailer["/Root"]["/Lang"] == "en"
    assert "1 March 2026" in pdf_text(response.body)
    assert stored_files(page) == [f"{page.live_revision_id}-en.pdf"]


@needs_weasyprint
def test_a_case_study_has_a_pdf_too(client, section):
    case_study = CaseStudyPageFactory(
        parent=section(CaseStudyIndexPage),
        title="Veilige Wijken in Rotterdam",
        municipality=MunicipalityFactory(name="Rotterdam", cbs_code="GM0599"),
    )
    case_study.save_revision().publish()

    response = download(client, case_study)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.body)
    assert "Veilige Wijken in Rotterdam" in text
    assert "Rotterdam" in text


@needs_weasyprint
def test_the_pdf_is_made_once_and_then_served_from_storage(client, method):
    first = download(client, method)
    name = storage_name(method)
    assert name == f"onepagers/{method.pk}/{method.live_revision_id}-nl.pdf"
    assert default_storage.exists(name)

    # Replace the stored file: if the second request rendered again, it would not serve this.
    default_storage.delete(name)
    default_storage.save(name, ContentFile(b"%PDF-1.7\n% al eerder gemaakt\n"))
    second = download(client, method)

    assert first.body.startswith(b"%PDF-")
    assert second.status_code == 200
    assert second.body == b"%PDF-1.7\n% al eerder gemaakt\n"
    assert stored_files(method) == [f"{method.live_revision_id}-nl.pdf"]


@needs_weasyprint
def test_publishing_a_new_revision_makes_a_new_pdf(client, method):
    first = download(client, method)
    old_revision = method.live_revision_id

    method.title = "Samen in de Wijk, tweede editie"
    method.save_revision().publish()
    method.refresh_from_db()
    second = download(client, method)

    assert method.live_revision_id != old_revision
    assert first["ETag"] != second["ETag"]
    assert "tweede editie" not in pdf_text(first.body)
    assert "Samen in de Wijk, tweede editie" in pdf_text(second.body)
    # The earlier revision's PDF is removed, so storage holds one per page.
    assert stored_files(method) == [f"{method.live_revision_id}-nl.pdf"]


@needs_weasyprint
def test_a_storage_that_cannot_be_written_still_gives_the_pdf(client, method, settings, tmp_path):
    # A storage folder that is a file: every save fails with an OSError, as on a full disk.
    blocked = tmp_path / "media"
    blocked.write_text("geen map")
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(blocked)},
        },
    }

    response = download(client, method)

    assert response.status_code == 200
    assert "Samen in de Wijk" in pdf_text(response.body)


@needs_weasyprint
def test_an_unchanged_pdf_is_not_sent_again(client, method):
    etag = download(client, method)["ETag"]
    assert download(client, method, if_none_match=etag).status_code == 304


def store_pdf_of(page):
    default_storage.save(storage_name(page), ContentFile(b"%PDF-1.7\n"))
    assert stored_files(page)


def test_a_stored_pdf_goes_when_the_page_is_unpublished(method):
    store_pdf_of(method)
    method.unpublish()
    assert stored_files(method) == []


def test_a_stored_pdf_goes_when_the_page_is_deleted(method):
    store_pdf_of(method)
    name = storage_name(method)
    method.delete()
    assert not default_storage.exists(name)


def test_a_stored_pdf_goes_when_a_section_gets_a_view_restriction(method, section):
    store_pdf_of(method)
    PageViewRestriction.objects.create(
        page=section(MethodIndexPage), restriction_type=PageViewRestriction.LOGIN
    )
    assert stored_files(method) == []


def test_a_draft_has_no_pdf(client, method):
    method.unpublish()
    assert client.get(method.one_pager_pdf_url).status_code == 404
    assert stored_files(method) == []


def test_a_private_page_asks_for_a_login_and_never_offers_a_pdf(client, method, django_user_model):
    PageViewRestriction.objects.create(page=method, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(method.one_pager_pdf_url)
    assert response.status_code == 302
    assert "login" in response["Location"]

    reader = django_user_model.objects.create_user("lezer", password="wachtwoord-lezer")
    client.force_login(reader)
    assert client.get(method.one_pager_pdf_url).status_code == 404
    assert stored_files(method) == []


def test_without_weasyprint_the_download_explains_and_offers_the_printable_page(
    client, method, monkeypatch
):
    # As on a server without WeasyPrint: importing it fails.
    monkeypatch.setitem(sys.modules, "weasyprint", None)

    response = client.get(method.one_pager_pdf_url)

    assert response.status_code == 503
    assert response["Content-Type"].startswith("text/html")
    assert "no-cache" in response["Cache-Control"]
    html = response.content.decode()
    assert "De pdf van deze onepager is nu niet beschikbaar" in html
    assert f'href="{method.one_pager_url}"' in html
    assert stored_files(method) == []
    # The printable HTML one-pager keeps working.
    assert client.get(method.one_pager_url).status_code == 200


def make_document(title, filename, content):
    return Document.objects.create(title=title, file=ContentFile(content, name=filename))


def test_an_uploaded_pdf_replaces_the_generated_one(client, method, monkeypatch):
    # Nothing may be rendered: even without WeasyPrint the editor's PDF is served.
    monkeypatch.setitem(sys.modules, "weasyprint", None)
    method.one_pager_pdf = make_document("Onepager Samen in de Wijk", "onepager.pdf", UPLOADED_PDF)
    method.save_revision().publish()

    response = download(client, method)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="samen-in-de-wijk-nl-2026-03-01.pdf"'
    )
    assert response.body == UPLOADED_PDF
    assert stored_files(method) == []


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("verslag.docx", b"PK\x03\x04 word/document.xml"),
        # A renamed file is judged by its content, not its extension.
        ("vermomd.pdf", b"<html><body>geen pdf</body></html>"),
    ],
)
def test_editor_cannot_choose_a_document_that_is_not_a_pdf(
    client, site_tree, admin_user, filename, content
):
    client.force_login(admin_user)
    index = site_tree.sections[MethodIndexPage]
    document = make_document("Geen pdf", filename, content)
    data = nested_form_data(
        {
            "title": "Samen in de Wijk",
            "slug": "samen-in-de-wijk",
            "intro": "Een veiligheidsalliantie op wijkniveau.",
            "problem": rich_text("<p>Lhbti+ inwoners voelen zich onveilig.</p>"),
            "goals": rich_text("<p>Een veiligere wijk voor iedereen.</p>"),
            "evidence_level": "none",
            "one_pager_pdf": document.pk,
            "approach": streamfield([]),
            "working_elements": streamfield([]),
            "body": streamfield([]),
            "related_pages": streamfield([]),
            "downloads": streamfield([]),
            "required_partners": streamfield([]),
            "evaluations": streamfield([]),
        }
    )
    url = reverse("wagtailadmin_pages:add", args=("methods", "methodpage", index.pk))

    response = client.post(url, data)

    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["one_pager_pdf"] == ["Kies een pdf-bestand: “Geen pdf” is geen pdf."]
    assert form["title"].value() == "Samen in de Wijk"
    assert not index.get_children().filter(slug="samen-in-de-wijk").exists()


def test_pages_link_to_the_pdf_saying_it_is_a_pdf_and_its_language(client, method, section):
    case_study = CaseStudyPageFactory(parent=section(CaseStudyIndexPage), method=method)
    for url, page in [
        (method.url, method),
        (method.one_pager_url, method),
        (case_study.url, case_study),
    ]:
        html = client.get(url).content.decode()
        link = (
            f'href="{page.one_pager_pdf_url}" type="application/pdf" hreflang="nl">'
            "Download de onepager (pdf, Nederlands)</a>"
        )
        assert link in html, url


def test_without_weasyprint_an_english_reader_gets_the_explanation_in_english(
    client, method, monkeypatch
):
    english = Locale.objects.get(language_code="en")
    # The sections above it become live English aliases; the method itself is published.
    translated = method.copy_for_translation(english, copy_parents=True)
    translated.save_revision().publish()
    translated.refresh_from_db()
    monkeypatch.setitem(sys.modules, "weasyprint", None)

    response = client.get(translated.one_pager_pdf_url)

    assert response.status_code == 503
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert "The PDF of this one-pager is not available right now" in html
    assert "View the one-pager to print it" in html
    assert "niet beschikbaar" not in html
