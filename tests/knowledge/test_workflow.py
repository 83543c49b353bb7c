"""The two-step moderation workflow, run through the admin by a Redacteur and an Eindredacteur."""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState

from articles.factories import ArticlePageFactory
from articles.models import ArticleIndexPage
from knowledge.editorial.roles import EDITOR, FINAL_EDITOR
from tests.utils import article_form_data, assert_refused, create_user_in_role, log_in


@pytest.fixture
def editor(db):
    return create_user_in_role(EDITOR)


@pytest.fixture
def final_editor(db):
    return create_user_in_role(FINAL_EDITOR)


@pytest.fixture
def article(section):
    page = ArticlePageFactory(parent=section(ArticleIndexPage), title="Buurtfeest in Noord")
    page.save_revision().publish()
    return page


def submit(client, page, **changes):
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        article_form_data(page, **changes, **{"action-submit": "Ter moderatie indienen"}),
    )


def approve_current_task(client, page, comment=""):
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    task_state = state.current_task_state
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", task_state.pk],
        ),
        {"comment": comment},
    )
    assert response.status_code == 302
    return task_state.task.name


def current_task_name(page):
    state = WorkflowState.objects.filter(object_id=str(page.pk), status="in_progress").first()
    return state.current_task_state.task.name if state else None


def test_every_content_page_is_under_the_two_step_workflow(article, section):
    workflow = article.get_workflow()
    assert workflow is not None
    assert [task.name for task in workflow.tasks] == ["Inhoudelijke check", "Eindredactie"]
    # Pages made after the migration, in any language, inherit it from the root.
    assert section(ArticleIndexPage).get_workflow() == workflow


def test_editor_submits_and_final_editor_approves_both_steps(client, editor, final_editor, article):
    log_in(client, editor)
    response = submit(client, article, title="Buurtfeest in Noord, tweede editie")
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Buurtfeest in Noord"  # not published by the Redacteur
    assert current_task_name(article) == "Inhoudelijke check"

    client.logout()
    log_in(client, final_editor)
    assert approve_current_task(client, article, "Klopt inhoudelijk.") == "Inhoudelijke check"
    assert current_task_name(article) == "Eindredactie"
    article.refresh_from_db()
    assert article.title == "Buurtfeest in Noord"

    assert approve_current_task(client, article) == "Eindredactie"
    article.refresh_from_db()
    assert current_task_name(article) is None
    assert article.live
    assert article.title == "Buurtfeest in Noord, tweede editie"
    assert not article.has_unpublished_changes


def test_an_edit_after_approval_needs_approval_again(client, editor, final_editor, article):
    log_in(client, editor)
    submit(client, article, title="Eerste versie")
    client.logout()
    log_in(client, final_editor)
    approve_current_task(client, article)
    approve_current_task(client, article)
    article.refresh_from_db()
    assert article.title == "Eerste versie"
    client.logout()

    # An edit to the published page is a draft the reader does not see until approved again.
    log_in(client, editor)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[article.pk]),
        article_form_data(article, title="Tweede versie"),
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Eerste versie"
    assert article.has_unpublished_changes
    assert article.get_latest_revision_as_object().title == "Tweede versie"
    edit_page = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    assert b"action-submit" in edit_page.content
    assert b"action-publish" not in edit_page.content

    submit(client, article, title="Tweede versie")
    assert current_task_name(article) == "Inhoudelijke check"


def test_an_edit_during_moderation_restarts_the_approval(client, editor, final_editor, article):
    log_in(client, editor)
    submit(client, article, title="Ter controle")
    client.logout()
    log_in(client, final_editor)
    approve_current_task(client, article)
    assert current_task_name(article) == "Eindredactie"
    client.logout()

    # While the final edit is pending the page is locked for the Redacteur.
    log_in(client, editor)
    client.post(
        reverse("wagtailadmin_pages:edit", args=[article.pk]),
        article_form_data(article, title="Stiekem aangepast"),
    )
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().title == "Ter controle"
    client.logout()

    # The Eindredacteur changes the text: the approvals were given for other text, so
    # approving the final step does not publish but starts the approval again. The change is
    # now theirs, so a colleague approves it.
    log_in(client, final_editor)
    client.post(
        reverse("wagtailadmin_pages:edit", args=[article.pk]),
        article_form_data(article, title="Ter controle, aangepast"),
    )
    client.logout()
    log_in(client, create_user_in_role(FINAL_EDITOR, username="collega"))
    assert approve_current_task(client, article) == "Eindredactie"
    assert current_task_name(article) == "Inhoudelijke check"
    article.refresh_from_db()
    assert article.title == "Buurtfeest in Noord"

    # Both steps approve the changed text before it goes live.
    assert approve_current_task(client, article) == "Inhoudelijke check"
    assert current_task_name(article) == "Eindredactie"
    assert approve_current_task(client, article) == "Eindredactie"
    article.refresh_from_db()
    assert current_task_name(article) is None
    assert article.title == "Ter controle, aangepast"


def test_final_editor_rejects_with_a_comment_and_the_editor_sees_it(
    client, editor, final_editor, article
):
    log_in(client, editor)
    submit(client, article, title="Te snel ingediend")
    client.logout()
    log_in(client, final_editor)
    state = WorkflowState.objects.get(object_id=str(article.pk), status="in_progress")
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[article.pk, "reject", state.current_task_state.pk],
        ),
        {"comment": "Bron van de cijfers ontbreekt."},
    )
    assert response.status_code == 302
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    client.logout()

    log_in(client, editor)
    history = client.get(reverse("wagtailadmin_pages:workflow_history", args=[article.pk]))
    assert history.status_code == 200
    detail = client.get(
        reverse("wagtailadmin_pages:workflow_history_detail", args=[article.pk, state.pk])
    )
    assert "Bron van de cijfers ontbreekt." in detail.content.decode()
    article.refresh_from_db()
    assert article.title == "Buurtfeest in Noord"


def test_a_colleague_editor_checks_content_but_cannot_approve_the_final_step(
    client, editor, article
):
    log_in(client, create_user_in_role(EDITOR, username="auteur"))
    submit(client, article, title="Door een collega gecontroleerd")
    client.logout()

    log_in(client, editor)
    assert approve_current_task(client, article) == "Inhoudelijke check"
    state = WorkflowState.objects.get(object_id=str(article.pk), status="in_progress")
    final_step = state.current_task_state
    assert final_step.task.name == "Eindredactie"
    # Guessing the approval URL of the final step does not publish the page.
    assert_refused(
        client.post(
            reverse(
                "wagtailadmin_pages:workflow_action", args=[article.pk, "approve", final_step.pk]
            ),
            {"comment": ""},
        )
    )
    article.refresh_from_db()
    assert article.title == "Buurtfeest in Noord"
    assert current_task_name(article) == "Eindredactie"
