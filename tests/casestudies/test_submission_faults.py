"""'Deel je praktijk' when things go wrong: a disk that is full when the attachment is written,
a line break in the title, and a DOCX that inflates to far more than it weighs."""

import io
import resource
import signal
import zipfile

import pytest
from django.core import mail
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile

from casestudies.models import PracticeSubmission
from tests.casestudies.conftest import docx_file, pdf_file, valid_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def disk(monkeypatch, tmp_path):
    """Private storage on a real folder (as in production), where the test can make writes fail.
    The field's storage is fixed when the models load, so it is replaced for this test."""
    field = PracticeSubmission._meta.get_field("attachment")
    monkeypatch.setattr(field, "storage", FileSystemStorage(location=tmp_path, base_url=None))
    return tmp_path


@pytest.fixture
def full_disk(disk):
    """Writes beyond 1 KiB fail with an OSError, as on a full disk (the process's file-size limit:
    the kernel refuses the write; SIGXFSZ is ignored so the write returns EFBIG)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024, hard))
    yield disk
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    signal.signal(signal.SIGXFSZ, previous)


def stored_files(folder):
    return [path for path in folder.rglob("*") if path.is_file()]


def test_with_a_full_disk_the_text_is_stored_and_no_partial_file_is_left(
    client, form_page, full_disk, submission_editor
):
    answers = valid_answers(attachment=pdf_file(size=64 * 1024))
    response = client.post(form_page.url, answers)

    assert response.status_code == 302
    assert response["Location"].endswith("/bedankt/zonder-bijlage/")
    page = client.get(response["Location"]).content.decode()
    assert "uw document kon niet worden opgeslagen" in page
    submission = PracticeSubmission.objects.get()
    assert submission.title == "Buurtgesprekken in Delfshaven"
    assert "Sleutelfiguren" in submission.description
    assert submission.case_study is not None
    assert not submission.attachment
    assert submission.attachment_name == "evaluatie.pdf"
    assert stored_files(full_disk) == []
    assert "kon niet worden opgeslagen" in mail.outbox[0].body


def test_with_room_on_disk_the_attachment_is_stored_once(client, form_page, disk):
    response = client.post(form_page.url, valid_answers(attachment=pdf_file()))
    assert response["Location"].endswith("/bedankt/")
    submission = PracticeSubmission.objects.get()
    assert submission.attachment
    assert len(stored_files(disk)) == 1


@pytest.mark.parametrize("title", ["Buurt\ngesprekken", "Buurt\r\ngesprekken", "Buurt\rgesprekken"])
def test_a_line_break_in_the_title_never_reaches_the_page_title(
    client, form_page, submission_editor, title
):
    response = client.post(form_page.url, valid_answers(title=title))
    assert response.status_code == 302
    submission = PracticeSubmission.objects.get()
    assert submission.title == "Buurt gesprekken"
    assert submission.case_study.title == "Buurt gesprekken"
    assert "\n" not in mail.outbox[0].subject


def inflating_docx(uncompressed_bytes):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:document/>" + b" " * uncompressed_bytes)
    return SimpleUploadedFile("plan.docx", buffer.getvalue())


def test_a_docx_that_inflates_far_beyond_its_size_is_refused(client, form_page):
    bomb = inflating_docx(300 * 1024 * 1024)
    assert bomb.size < 2 * 1024 * 1024
    response = client.post(form_page.url, valid_answers(attachment=bomb))
    assert response.status_code == 200
    assert not PracticeSubmission.objects.exists()
    assert response.context["form"].errors["attachment"]


def test_an_ordinary_docx_is_still_accepted(client, form_page):
    response = client.post(form_page.url, valid_answers(attachment=docx_file()))
    assert response.status_code == 302
