"""Fixtures for the case-study tests; for "Deel uw praktijk": the form page, answers and real files."""

import io
import zipfile

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.mail.backends.base import BaseEmailBackend

from casestudies.models import CaseStudyIndexPage, PracticeSubmissionPage
from knowledge.factories import MunicipalityFactory
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage


class FailingEmailBackend(BaseEmailBackend):
    """A mail server that is down: every send raises, as smtplib does when it cannot connect."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("de mailserver is onbereikbaar")


@pytest.fixture
def form_page(site_tree):
    index = site_tree.sections[CaseStudyIndexPage]
    return PracticeSubmissionPage.objects.child_of(index).get()


@pytest.fixture
def rotterdam(db):
    return MunicipalityFactory(name="Rotterdam", slug="rotterdam", cbs_code="GM0599")


@pytest.fixture
def method(site_tree):
    return MethodPageFactory(parent=site_tree.sections[MethodIndexPage], title="Samen in de Wijk")


def valid_answers(**changes):
    answers = {
        "organisation": "Gemeente Rotterdam",
        "municipality_name": "rotterdam",
        "contact_name": "Sanne de Vries",
        "contact_email": "sanne@gemeente.example",
        "contact_phone": "+31 10 123 45 67",
        "consent": "on",
        "title": "Buurtgesprekken in Delfshaven",
        "description": "Wij organiseerden buurtgesprekken.\nSleutelfiguren nodigden buren uit.",
        "method": "",
        "start_date": "2022-03-01",
        "end_date": "2023-06-30",
        "results": "Veertig bewoners deden mee.",
        "lessons": "Begin klein en vraag sleutelfiguren om hulp.",
        "aanvulling": "",
    }
    answers.update(changes)
    return answers


def pdf_file(name="evaluatie.pdf", size=None):
    content = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
    if size:
        content = content + b"0" * (size - len(content))
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def zip_file(name, entries, content_type="application/zip"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for entry, data in entries.items():
            archive.writestr(entry, data)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=content_type)


def docx_file(name="plan.docx"):
    return zip_file(
        name,
        {
            "[Content_Types].xml": "<Types/>",
            "word/document.xml": "<w:document/>",
        },
    )


def odt_file(name="plan.odt"):
    return zip_file(
        name,
        {
            "mimetype": "application/vnd.oasis.opendocument.text",
            "content.xml": "<office:document-content/>",
        },
    )


@pytest.fixture
def submission_editor(django_user_model):
    """A non-superuser who may use the admin and handle submissions, with an e-mail address."""
    user = django_user_model.objects.create_user(
        "redacteur", "redactie@wijkkompas.example", "wachtwoord"
    )
    group = Group.objects.create(name="Inzendingen behandelen")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_practicesubmission"),
        Permission.objects.get(codename="change_practicesubmission"),
    )
    user.groups.add(group)
    return user
