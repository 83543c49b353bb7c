"""'Deel uw praktijk': a municipality's submission becomes a stored record and a draft in moderation."""

import datetime

import pytest
from django.core import mail
from django.test import override_settings
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowState, WorkflowTask
from wagtail.test.utils import WagtailPageTestCase

from casestudies.models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudyStatus,
    PracticeSubmission,
    PracticeSubmissionPage,
)
from tests.casestudies.conftest import valid_answers
from wijkkompas.content.site_tree import ensure_site_tree

pytestmark = pytest.mark.django_db


def test_form_is_public_and_linked_from_footer_and_case_study_index(client, form_page, site_tree):
    response = client.get(form_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'enctype="multipart/form-data"' in html
    assert "12 maanden nadat de redactie uw inzending heeft afgehandeld" in html

    home = client.get(site_tree.home.url).content.decode()
    assert f'href="{form_page.url}">Deel uw praktijk</a>' in home
    index = client.get(site_tree.sections[CaseStudyIndexPage].url).content.decode()
    assert f'href="{form_page.url}"' in index


@override_settings(WIJKKOMPAS_SUBMISSION_CONTACT_RETENTION_MONTHS=6)
def test_privacy_note_states_the_configured_retention(client, form_page):
    assert "6 maanden nadat" in client.get(form_page.url).content.decode()


def test_form_offers_live_methods_and_own_approach(client, form_page, method):
    draft = type(method)(title="Nog geheime methode", intro="x", live=False)
    method.get_parent().add_child(instance=draft)
    html = client.get(form_page.url).content.decode()
    assert "Eigen aanpak (geen methode van Wijkkompas)" in html
    assert f'<option value="{method.pk}">Samen in de Wijk</option>' in html
    assert "Nog geheime methode" not in html


def test_submission_becomes_a_draft_case_study_never_published(
    client, form_page, rotterdam, method
):
    response = client.post(form_page.url, valid_answers(method=method.pk))
    assert response.status_code == 302
    assert response["Location"].endswith("/deel-uw-praktijk/bedankt/")
    assert "Bedankt" in client.get(response["Location"]).content.decode()

    submission = PracticeSubmission.objects.get()
    assert submission.organisation == "Gemeente Rotterdam"
    assert submission.municipality == rotterdam
    assert submission.contact_email == "sanne@gemeente.example"
    assert submission.contact_consent_at is not None
    assert submission.status == "open"

    page = submission.case_study.specific
    assert page.get_parent().specific_class is CaseStudyIndexPage
    assert not page.live
    assert page.get_latest_revision() is not None
    assert page.title == "Buurtgesprekken in Delfshaven"
    assert page.method == method
    assert page.municipality == rotterdam
    assert page.start_date == datetime.date(2022, 3, 1)
    assert page.end_date == datetime.date(2023, 6, 30)
    assert page.status == CaseStudyStatus.ENDED
    assert "<p>Sleutelfiguren nodigden buren uit.</p>" in page.context
    assert "Veertig bewoners" in page.results
    assert "Begin klein" in page.lessons_worked
    # Readers see nothing of it.
    assert client.get(page.url).status_code == 404
    assert page.title not in client.get(page.get_parent().url).content.decode()
    assert not CaseStudyPage.objects.live().filter(pk=page.pk).exists()


def test_a_typed_municipality_outside_the_taxonomy_is_kept_for_editors(client, form_page):
    client.post(form_page.url, valid_answers(municipality_name="  Schiermonnikoog "))
    submission = PracticeSubmission.objects.get()
    assert submission.municipality_name == "Schiermonnikoog"
    assert submission.municipality is None
    assert submission.case_study.specific.municipality is None


def test_submission_enters_the_moderation_workflow(client, form_page, site_tree):
    workflow = Workflow.objects.create(name="Twee stappen")
    for order, name in enumerate(["Redactie", "Eindredactie"]):
        task = GroupApprovalTask.objects.create(name=name)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    WorkflowPage.objects.create(workflow=workflow, page=site_tree.home)

    assert client.post(form_page.url, valid_answers()).status_code == 302

    page = PracticeSubmission.objects.get().case_study.specific
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.workflow == workflow
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == "Redactie"
    assert not page.live


def test_without_a_workflow_the_draft_simply_waits(client, form_page):
    Workflow.objects.update(active=False)  # Wagtail installs a default one
    client.post(form_page.url, valid_answers())
    page = PracticeSubmission.objects.get().case_study
    assert not WorkflowState.objects.filter(object_id=str(page.pk)).exists()
    assert not page.live


def test_a_workflow_without_tasks_does_not_publish_the_draft(client, form_page, site_tree):
    empty = Workflow.objects.create(name="Leeg")
    WorkflowPage.objects.create(workflow=empty, page=site_tree.home)
    client.post(form_page.url, valid_answers())
    page = PracticeSubmission.objects.get().case_study
    page.refresh_from_db()
    assert not page.live
    assert not WorkflowState.objects.filter(object_id=str(page.pk)).exists()


def test_editors_are_emailed(client, form_page, submission_editor, django_user_model):
    django_user_model.objects.create_user("lezer", "lezer@example.org", "wachtwoord")
    client.post(form_page.url, valid_answers())
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["redactie@wijkkompas.example"]
    assert "Buurtgesprekken in Delfshaven" in message.subject
    submission = PracticeSubmission.objects.get()
    assert f"/admin/inzendingen/inspect/{submission.pk}/" in message.body
    assert f"/admin/pages/{submission.case_study_id}/edit/" in message.body


@override_settings(EMAIL_BACKEND="tests.casestudies.conftest.FailingEmailBackend")
def test_a_failing_mail_server_never_loses_the_submission(client, form_page, submission_editor):
    response = client.post(form_page.url, valid_answers())
    assert response.status_code == 302
    submission = PracticeSubmission.objects.get()
    assert submission.title == "Buurtgesprekken in Delfshaven"
    assert submission.case_study is not None


def test_empty_form_names_every_required_field_with_an_accessible_summary(client, form_page):
    response = client.post(form_page.url, {})
    assert response.status_code == 200
    html = response.content.decode()
    assert PracticeSubmission.objects.count() == 0
    assert 'role="alert"' in html
    for field, message in [
        ("organisation", "Vul de naam van uw organisatie in."),
        ("municipality_name", "Vul de gemeente in waar de aanpak is uitgevoerd."),
        ("contact_name", "Vul uw naam in."),
        ("contact_email", "Vul uw e-mailadres in, zodat de redactie u kan bereiken."),
        ("title", "Geef de aanpak een naam."),
        ("description", "Beschrijf de aanpak in een paar zinnen."),
    ]:
        assert f'<a href="#id_{field}">' in html, field
        assert f'<p class="field-error" id="id_{field}_error">{message}</p>' in html
        assert f'aria-describedby="id_{field}_helptext id_{field}_error"' in html or (
            f'aria-describedby="id_{field}_error"' in html
        )
    assert 'id="id_consent_error"' in html
    assert "zonder contact kan de redactie uw praktijk niet controleren" in html


def test_bad_answers_get_a_message_beside_the_field_and_keep_what_was_typed(client, form_page):
    answers = valid_answers(
        contact_email="sanne@",
        start_date="2023-05-01",
        end_date="2022-01-01",
        contact_phone="bel me maar",
        title="Buurtgesprekken & meer",
    )
    del answers["consent"]
    response = client.post(form_page.url, answers)
    html = response.content.decode()
    assert PracticeSubmission.objects.count() == 0
    assert "Vul een geldig e-mailadres in, zoals naam@gemeente.nl." in html
    assert "De einddatum kan niet vóór de begindatum liggen." in html
    assert "Vul een telefoonnummer in met alleen cijfers, spaties, + of -." in html
    assert 'id="id_end_date_error"' in html
    assert 'aria-invalid="true"' in html
    # Everything typed is shown again.
    assert 'value="sanne@"' in html
    assert 'value="Buurtgesprekken &amp; meer"' in html
    assert 'value="2023-05-01"' in html
    assert "Sleutelfiguren nodigden buren uit." in html
    assert 'value="bel me maar"' in html


def test_unknown_method_and_bad_dates_are_refused_clearly(client, form_page):
    response = client.post(form_page.url, valid_answers(method="999999", start_date="31 februari"))
    html = response.content.decode()
    assert "Kies een methode uit de lijst of &#x27;Eigen aanpak&#x27;." in html
    assert "Vul een geldige datum in, bijvoorbeeld 2024-03-01." in html
    assert PracticeSubmission.objects.count() == 0


def test_overlong_text_is_refused_not_cut(client, form_page):
    response = client.post(form_page.url, valid_answers(description="woord " * 2000))
    assert response.status_code == 200
    assert 'id="id_description_error"' in response.content.decode()
    assert PracticeSubmission.objects.count() == 0


class SubmissionPageTreeTests(WagtailPageTestCase):
    def test_the_form_lives_once_under_the_case_study_index(self):
        self.assertAllowedParentPageTypes(PracticeSubmissionPage, {CaseStudyIndexPage})
        self.assertAllowedSubpageTypes(PracticeSubmissionPage, set())
        index = ensure_site_tree().sections[CaseStudyIndexPage]
        self.assertFalse(PracticeSubmissionPage.can_create_at(index))  # there is one already
        self.assertEqual(PracticeSubmissionPage.objects.child_of(index).count(), 1)
        ensure_site_tree()
        self.assertEqual(PracticeSubmissionPage.objects.count(), 1)


def test_errors_follow_the_gov_uk_pattern(client, form_page):
    """The title says there is an error, the summary takes the focus and lists the errors in
    the order the fields appear in the form."""
    response = client.post(
        form_page.url, valid_answers(organisation="", title="", contact_email="geen-adres")
    )
    html = response.content.decode()
    title = html[html.index("<title>") : html.index("</title>")]
    assert title.startswith("<title>Fout: ")
    start = html.index('id="foutmeldingen"')
    summary = html[start : html.index("</ul>", start)]
    assert "autofocus" in html[html.rindex("<div", 0, start) : start + 100]
    order = [
        summary.index(f'href="#id_{name}"') for name in ("organisation", "contact_email", "title")
    ]
    assert order == sorted(order)
    fields = html[html.index("<form") :]
    page_order = [
        fields.index(f'id="id_{name}"') for name in ("organisation", "contact_email", "title")
    ]
    assert page_order == sorted(page_order)


def test_the_thank_you_page_has_its_own_title(client, form_page):
    response = client.post(form_page.url, valid_answers(), follow=True)
    assert "<title>Bedankt voor het delen van uw praktijk — Wijkkompas</title>" in (
        response.content.decode()
    )
