"""Every editorial role against every admin action, by the ids of the objects (as a guesser would
type them), judged by what happened to the object: the README's roles table, as a test.

`ALLOWED` is that table: for each action, the roles that may do it. Everyone else must fail.
"""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, WorkflowState

from articles.factories import ArticlePageFactory
from articles.models import ArticleIndexPage, ArticlePage
from casestudies.models import PracticeSubmission
from knowledge.editorial.roles import ADMINISTRATOR, EDITOR, FINAL_EDITOR, ROLES, TRANSLATOR
from knowledge.factories import ThemeFactory
from knowledge.models import Theme
from knowledge.translation.given_strings import translate
from tests.utils import article_form_data, create_user_in_role, log_in

R, E, V, B = EDITOR, FINAL_EDITOR, TRANSLATOR, ADMINISTRATOR

ALLOWED = {
    # Dutch (source) pages.
    "edit a Dutch page": {R, E, B},
    "publish a Dutch page": {E, B},
    "unpublish a Dutch page": {E, B},
    "delete a Dutch page": {E, B},
    "move a Dutch page": {E, B},
    # Translations.
    "publish a translation": {E, V, B},
    "unpublish a translation": {E, B},
    "delete a translation": {E, B},
    # The workflow, for a change someone else made.
    "approve the first step": {R, E},
    "approve the final step": {E},
    # Taxonomy and media.
    "add a theme": {R, E, B},
    "delete a theme": {E, B},
    "upload an image": {R, E, B},
    "delete an image": {E, B},
    "delete a document": {E, B},
    # Submissions.
    "read submissions": {R, E, B},
    "handle a submission": {E, B},
    "delete a submission": set(),
    # Administration.
    "manage users": {B},
    "manage groups": {B},
    "make someone a superuser": set(),
    "edit a superuser": set(),
    "manage sites": {B},
    "manage workflows": {B},
    "manage redirects": {B},
    "manage search promotions": {B},
    "manage languages": {B},
}


def page_url(name, page, *args):
    return reverse(f"wagtailadmin_pages:{name}", args=[page.pk, *args])


def is_page(status):
    return status == 200


@pytest.fixture
def things(section, english):
    article = ArticlePageFactory(parent=section(ArticleIndexPage), title="Wijkavond in Zuid")
    article.save_revision().publish()
    author = create_user_in_role(EDITOR, username="auteur")
    return {
        "article": article,
        "english": english,
        "author": author,
        "theme": ThemeFactory(name="Veiligheid", slug="veiligheid"),
        "superuser": get_user_model().objects.create_superuser(
            "eigenaar", "eigenaar@example.org", "x"
        ),
    }


def image():
    buffer = io.BytesIO()
    PillowImage.new("RGB", (20, 10), "white").save(buffer, "PNG")
    return get_image_model().objects.create(
        title="Wijkfoto",
        file=ContentFile(buffer.getvalue(), name="wijk.png"),
        collection=Collection.get_first_root_node(),
    )


def submission(client_for_form, form_page):
    from tests.casestudies.conftest import valid_answers

    client_for_form.post(form_page.url, valid_answers())
    return PracticeSubmission.objects.get()


def submitted_for_moderation(page, author):
    author_client = log_in(Client(), author)
    author_client.post(
        page_url("edit", page),
        article_form_data(page, title="Ter controle", **{"action-submit": "1"}),
    )
    return WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")


def approve(client, page):
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    task_state = state.current_task_state
    client.post(page_url("workflow_action", page, "approve", task_state.pk), {"comment": ""})
    state.refresh_from_db()
    return state.current_task_state_id != task_state.pk or state.status != "in_progress"


def user_form(user, **changes):
    return {
        "username": user.username,
        "email": user.email,
        "first_name": "Kim",
        "last_name": "de Vries",
        "is_active": "on",
        "password1": "",
        "password2": "",
        **changes,
    }


def translation_of(article, english):
    """The article published in English (with its home and index page), as a translator does."""
    for page in (article.get_parent().get_parent(), article.get_parent(), article):
        translate(page, english, lambda text: f"EN {text}")
    return ArticlePage.objects.get(locale=english, translation_key=article.translation_key)


def try_action(action, client, things, section, user):
    """Attempt the action as the logged-in client; True when it took effect."""
    article = things["article"]
    translated = translation_of(article, things["english"]) if "translation" in action else None
    if action == "edit a Dutch page":
        client.post(page_url("edit", article), article_form_data(article, title="Bewerkt"))
        article.refresh_from_db()
        return article.get_latest_revision_as_object().title == "Bewerkt"
    if action == "publish a Dutch page":
        client.post(
            page_url("edit", article),
            article_form_data(article, title="Gepubliceerd", **{"action-publish": "1"}),
        )
        article.refresh_from_db()
        return article.title == "Gepubliceerd"
    if action in ("unpublish a Dutch page", "unpublish a translation"):
        page = article if "Dutch" in action else translated
        client.post(page_url("unpublish", page))
        return not Page.objects.get(pk=page.pk).live
    if action in ("delete a Dutch page", "delete a translation"):
        page = article if "Dutch" in action else translated
        client.post(page_url("delete", page))
        return not Page.objects.filter(pk=page.pk).exists()
    if action == "move a Dutch page":
        return is_page(client.get(page_url("move", article)).status_code)
    if action == "publish a translation":
        # Translations are published from wagtail-localize's editor, which asks Wagtail this.
        return translated.permissions_for_user(user).can_publish()
    if action == "approve the first step":
        submitted_for_moderation(article, things["author"])
        return approve(client, article)
    if action == "approve the final step":
        submitted_for_moderation(article, things["author"])
        assert approve(log_in(Client(), create_user_in_role(EDITOR, username="collega")), article)
        return approve(client, article)
    if action == "add a theme":
        return is_page(client.get(reverse("wagtailsnippets_knowledge_theme:add")).status_code)
    if action == "delete a theme":
        theme = things["theme"]
        client.post(reverse("wagtailsnippets_knowledge_theme:delete", args=[theme.pk]))
        return not Theme.objects.filter(pk=theme.pk).exists()
    if action == "upload an image":
        return is_page(client.get(reverse("wagtailimages:add")).status_code)
    if action == "delete an image":
        picture = image()
        client.post(reverse("wagtailimages:delete", args=[picture.pk]))
        return not get_image_model().objects.filter(pk=picture.pk).exists()
    if action == "delete a document":
        document = get_document_model().objects.create(
            title="Plan",
            file=ContentFile(b"%PDF-1.4\n", name="plan.pdf"),
            collection=Collection.get_first_root_node(),
        )
        client.post(reverse("wagtaildocs:delete", args=[document.pk]))
        return not get_document_model().objects.filter(pk=document.pk).exists()
    if action in ("read submissions", "handle a submission", "delete a submission"):
        from casestudies.models import CaseStudyIndexPage, PracticeSubmissionPage

        form_page = PracticeSubmissionPage.objects.child_of(section(CaseStudyIndexPage)).get()
        sent = submission(Client(), form_page)
        if action == "read submissions":
            url = reverse("practice_submissions:inspect", args=[sent.pk])
            return is_page(client.get(url).status_code)
        if action == "handle a submission":
            client.post(reverse("practice_submissions:edit", args=[sent.pk]), {"status": "handled"})
            sent.refresh_from_db()
            return sent.status == "handled"
        client.post(reverse("practice_submissions:delete", args=[sent.pk]))
        return not PracticeSubmission.objects.filter(pk=sent.pk).exists()
    if action == "make someone a superuser":
        colleague = create_user_in_role(EDITOR, username="collega2")
        client.post(
            reverse("wagtailusers_users:edit", args=[colleague.pk]),
            user_form(colleague, is_superuser="on"),
        )
        colleague.refresh_from_db()
        return colleague.is_superuser
    if action == "edit a superuser":
        superuser = things["superuser"]
        client.post(
            reverse("wagtailusers_users:edit", args=[superuser.pk]),
            user_form(superuser, email="overgenomen@example.org"),
        )
        superuser.refresh_from_db()
        return superuser.email == "overgenomen@example.org"
    index_pages = {
        "manage users": "wagtailusers_users:index",
        "manage groups": "wagtailusers_groups:index",
        "manage sites": "wagtailsites:index",
        "manage workflows": "wagtailadmin_workflows:index",
        "manage redirects": "wagtailredirects:index",
        "manage search promotions": "wagtailsearchpromotions:index",
        "manage languages": "wagtaillocales:index",
    }
    return is_page(client.get(reverse(index_pages[action])).status_code)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", list(ALLOWED))
def test_role_may_do_exactly_what_the_readme_says(client, things, section, role, action):
    user = create_user_in_role(role)
    log_in(client, user)
    assert try_action(action, client, things, section, user) is (role in ALLOWED[action]), (
        f"{role}: {action}"
    )
