"""Uploaded documents and images cannot run in the site's origin: allowlists, limits, downloads."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

Document = get_document_model()
Image = get_image_model()

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'


@pytest.fixture
def editor_client(client, db):
    admin = get_user_model().objects.create_superuser("beheer", "beheer@example.org", "x")
    client.force_login(admin)
    return client


def form_errors(response, field="file"):
    return " ".join(response.context["form"].errors.get(field, []))


def upload_document(client, name, content):
    return client.post(
        "/admin/documents/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def upload_image(client, name, content):
    return client.post(
        "/admin/images/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def png(width=20, height=10, mode="RGB"):
    buffer = io.BytesIO()
    PillowImage.new(mode, (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize("name", ["aanval.svg", "pagina.html", "script.js", "handboek.pdf.exe"])
def test_documents_outside_the_allowlist_are_refused(editor_client, name):
    response = upload_document(editor_client, name, SVG)
    assert response.status_code == 200
    # The admin speaks Dutch: "Bestandsextensie ‘svg’ is niet toegestaan."
    assert f"‘{name.rsplit('.', 1)[1]}’ is niet toegestaan" in form_errors(response)
    assert not Document.objects.exists()


def test_an_allowed_document_is_accepted(editor_client):
    response = upload_document(editor_client, "handreiking.pdf", b"%PDF-1.7\n%%EOF\n")
    assert response.status_code == 302
    assert Document.objects.get().title == "handreiking.pdf"


@pytest.mark.parametrize(
    ("name", "content"),
    [("handreiking.pdf", b"%PDF-1.7\n%%EOF\n"), ("notities.txt", b"<script>alert(1)</script>")],
)
def test_documents_are_downloaded_never_shown_inline(client, db, settings, tmp_path, name, content):
    # Served from disk, as in production (the test settings keep files in memory).
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    document = Document.objects.create(title=name, file=ContentFile(content, name=name))
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_svg_images_are_refused(editor_client):
    response = upload_image(editor_client, "logo.svg", SVG)
    assert response.status_code == 200
    # "Geen ondersteund afbeeldingsformaat. Ondersteunde formaten: AVIF, GIF, JPG, …"
    assert "Geen ondersteund afbeeldingsformaat" in form_errors(response)
    assert not Image.objects.exists()


def test_an_image_over_the_upload_size_is_refused(editor_client, settings):
    limit = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    # A valid PNG followed by padding up to one byte over the limit (readers ignore trailing data).
    content = png()
    content += b"\0" * (limit + 1 - len(content))
    response = upload_image(editor_client, "groot.png", content)
    assert response.status_code == 200
    # "Dit bestand is te groot (10,0 MB). De maximale bestandsgrootte is 10,0 MB."
    assert "MB" in form_errors(response)
    assert not Image.objects.exists()


def test_an_image_over_the_pixel_limit_is_refused(editor_client, settings):
    limit = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    # One-bit pixels keep the image small in memory and on disk.
    content = png(width=10_000, height=limit // 10_000 + 1, mode="1")
    response = upload_image(editor_client, "veel-pixels.png", content)
    assert response.status_code == 200
    assert "pixels" in form_errors(response)
    assert not Image.objects.exists()


def test_a_normal_image_is_accepted(editor_client):
    response = upload_image(editor_client, "buurt.png", png())
    assert response.status_code == 302
    assert Image.objects.get().width == 20
