"""Attachments of "Deel uw praktijk" on object storage: in the private bucket, readable only
through the admin. Runs against moto_server on loopback, and a real endpoint when configured."""

import urllib.error
import urllib.request

import pytest
from django.test import Client
from django.urls import reverse

from casestudies.models import PracticeSubmission
from tests.casestudies.conftest import pdf_file, valid_answers
from tests.s3 import object_keys

pytestmark = pytest.mark.django_db


def test_an_attachment_lands_in_the_private_bucket_and_only_an_editor_gets_it(
    client, form_page, submission_editor, object_storage
):
    upload = pdf_file()
    content = upload.read()
    upload.seek(0)
    client.post(form_page.url, valid_answers(title="Met bijlage", attachment=upload))
    submission = PracticeSubmission.objects.get(title="Met bijlage")

    stored = submission.attachment.name
    assert f"submissions/{stored}" in object_keys(object_storage, object_storage.private_bucket)
    assert not any(
        key.endswith(stored) for key in object_keys(object_storage, object_storage.bucket)
    )

    # The store refuses a reader without credentials, even one who learnt the object's address.
    address = submission.attachment.url.split("?", 1)[0]
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(address, timeout=10)  # noqa: S310 - the test store
    assert refused.value.code == 403

    url = reverse("practice_submissions:attachment", args=[submission.pk])
    assert client.get(url).status_code == 302  # to the admin login
    editor = Client()
    editor.force_login(submission_editor)
    response = editor.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == content
