"""Who in the editorial groups sees "Deel uw praktijk" submissions, handles them and is e-mailed."""

import pytest
from django.core import mail
from django.test import Client

from casestudies.models import PracticeSubmission
from knowledge.editorial.roles import ADMINISTRATOR, EDITOR, FINAL_EDITOR, TRANSLATOR
from tests.casestudies.conftest import valid_answers
from tests.utils import assert_refused, create_user_in_role, log_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def submission(form_page):
    Client().post(form_page.url, valid_answers(title="Buurtgesprekken in Delfshaven"))
    return PracticeSubmission.objects.get()


def as_role(role):
    return log_in(Client(), create_user_in_role(role))


@pytest.mark.parametrize("role", [EDITOR, FINAL_EDITOR, ADMINISTRATOR])
def test_editorial_roles_see_the_submissions(role, submission):
    client = as_role(role)
    assert "Inzendingen" in client.get("/admin/").content.decode()
    listing = client.get("/admin/inzendingen/")
    assert listing.status_code == 200
    assert "Buurtgesprekken in Delfshaven" in listing.content.decode()
    assert client.get(f"/admin/inzendingen/inspect/{submission.pk}/").status_code == 200


def test_translator_cannot_reach_the_submissions(submission):
    client = as_role(TRANSLATOR)
    assert "Inzendingen" not in client.get("/admin/").content.decode()
    assert_refused(client.get("/admin/inzendingen/"))
    assert_refused(client.get(f"/admin/inzendingen/inspect/{submission.pk}/"))


@pytest.mark.parametrize("role", [FINAL_EDITOR, ADMINISTRATOR])
def test_final_editor_and_administrator_mark_a_submission_handled(role, submission):
    response = as_role(role).post(
        f"/admin/inzendingen/edit/{submission.pk}/", {"status": "handled"}
    )
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == "handled"


def test_editor_cannot_mark_a_submission_handled(submission):
    response = as_role(EDITOR).post(
        f"/admin/inzendingen/edit/{submission.pk}/", {"status": "handled"}
    )
    assert_refused(response)
    submission.refresh_from_db()
    assert submission.status == "open"


def test_final_editor_is_emailed_about_a_new_submission(form_page):
    final_editor = create_user_in_role(FINAL_EDITOR)
    translator = create_user_in_role(TRANSLATOR)
    Client().post(form_page.url, valid_answers(title="Buurtgesprekken in Delfshaven"))
    # Wagtail's workflow also mails the approvers of the draft's first task; ours is the other.
    (notification,) = [m for m in mail.outbox if "Deel uw praktijk" in m.subject]
    assert "Buurtgesprekken in Delfshaven" in notification.subject
    assert final_editor.email in notification.to
    assert translator.email not in notification.to
