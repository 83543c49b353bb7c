"""Media on S3-compatible object storage: what one node stores, any node serves. Runs against
moto_server on loopback over HTTP, and against a real endpoint when one is configured."""

import io
import urllib.error
import urllib.request

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PillowImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, CollectionViewRestriction

from knowledge.operations.storage import SUBMISSIONS_PREFIX, media_storages
from knowledge.pdf.one_pager import storage_name
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage
from tests.methods.test_one_pager_pdf import download, needs_weasyprint
from tests.s3 import object_keys

pytestmark = pytest.mark.django_db


def png_upload(name="wijkschouw.png"):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (120, 80), (200, 60, 20)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def fetch(url):
    """GET without credentials, as a reader's browser would."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - the test store
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def test_without_a_bucket_media_stays_on_local_disk(tmp_path):
    configured = media_storages({}, tmp_path / "media", tmp_path / "private")
    assert configured["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    # Submission attachments have no URL at all: no web server can hand them out.
    assert configured["submissions"]["OPTIONS"] == {
        "location": tmp_path / "private",
        "base_url": None,
    }


def test_with_one_bucket_submissions_get_a_private_prefix_and_only_signed_links():
    configured = media_storages({"WIJKKOMPAS_S3_BUCKET": "media"}, None, None)
    media, submissions = configured["default"]["OPTIONS"], configured["submissions"]["OPTIONS"]
    assert media["bucket_name"] == submissions["bucket_name"] == "media"
    assert submissions["location"] == SUBMISSIONS_PREFIX
    assert submissions["querystring_auth"] is True
    # Public image links appear in pages the edge keeps for a day: they must not expire.
    assert media["querystring_auth"] is False
    # Nothing is made public per object; the bucket policy decides.
    assert media["default_acl"] is None and submissions["default_acl"] is None


def test_an_image_uploaded_in_the_admin_is_stored_and_served_from_the_bucket(
    admin_client, object_storage
):
    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Wijkschouw",
            "file": png_upload(),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302, response.content[:2000]
    image = Image.objects.get(title="Wijkschouw")
    keys = object_keys(object_storage, object_storage.bucket)
    assert image.file.name in keys

    rendition = image.get_rendition("width-60")
    assert rendition.file.name in object_keys(object_storage, object_storage.bucket)
    # The rendition's URL points at the store itself: any node's pages link to the same file,
    # and a reader fetches it without the application.
    assert rendition.url.startswith(object_storage.endpoint_url)
    status, body = fetch(rendition.url)
    assert status == 200
    assert PillowImage.open(io.BytesIO(body)).size == (60, 40)


def test_documents_are_served_by_wagtails_view_and_a_private_collection_stays_private(
    client, object_storage
):
    root = Collection.get_first_root_node()
    public = Document.objects.create(
        title="Evaluatie", file=ContentFile(b"Evaluatie van de wijkaanpak\n", name="evaluatie.txt")
    )
    private = root.add_child(name="Alleen voor partners")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    secret = Document.objects.create(
        title="Draaiboek",
        file=ContentFile(b"Intern draaiboek\n", name="draaiboek.txt"),
        collection=private,
    )
    keys = object_keys(object_storage, object_storage.bucket)
    assert public.file.name in keys and secret.file.name in keys

    response = client.get(public.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content) == b"Evaluatie van de wijkaanpak\n"

    refused = client.get(secret.url)
    assert refused.status_code == 302
    assert "login" in refused.url
    # Nor can anyone fetch a document from the bucket past the view (the bucket's policy).
    assert fetch(secret.file.url)[0] == 403
    assert fetch(public.file.url)[0] == 403


@needs_weasyprint
def test_a_generated_one_pager_is_stored_in_the_bucket_and_reused(client, object_storage, section):
    method = MethodPageFactory(parent=section(MethodIndexPage), title="Buurtbemiddeling")
    method.save_revision().publish()
    method.refresh_from_db()

    first = download(client, method)
    assert first.status_code == 200 and first.body.startswith(b"%PDF-")
    name = storage_name(method)
    assert name in object_keys(object_storage, object_storage.bucket)

    # Another node would find this object: replace it behind Django's back and see it served.
    key = f"{object_storage.prefix}/{name}" if object_storage.prefix else name
    object_storage.client().put_object(
        Bucket=object_storage.bucket, Key=key, Body=b"%PDF-1.7\n% van een andere node\n"
    )
    second = download(client, method)
    assert second.body == b"%PDF-1.7\n% van een andere node\n"
