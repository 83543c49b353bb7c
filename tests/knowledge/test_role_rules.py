"""The role rules Wagtail's own permissions do not express, tried by guessing ids as each role:
media deletion, translators and published pages, superusers, and approving one's own change."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.urls import reverse
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, WorkflowState

from articles.factories import ArticlePageFactory
from articles.models import ArticleIndexPage, ArticlePage
from knowledge.editorial.roles import ADMINISTRATOR, EDITOR, FINAL_EDITOR, TRANSLATOR
from knowledge.translation.given_strings import translate
from tests.utils import article_form_data, assert_refused, create_user_in_role, log_in


def png():
    buffer = io.BytesIO()
    PillowImage.new("RGB", (20, 10), "white").save(buffer, "PNG")
    return ContentFile(buffer.getvalue(), name="wijk.png")


@pytest.fixture
def media(db):
    """An image and a document uploaded by someone else, and one of each the editor uploaded."""

    def upload(owner=None):
        root = Collection.get_first_root_node()
        image = get_image_model().objects.create(
            title="Wijkfoto", file=png(), collection=root, uploaded_by_user=owner
        )
        document = get_document_model().objects.create(
            title="Plan van aanpak",
            file=ContentFile(b"%PDF-1.4\n", name="plan.pdf"),
            collection=root,
            uploaded_by_user=owner,
        )
        return image, document

    return upload


def delete_urls(image, document):
    return [
        reverse("wagtailimages:delete", args=[image.pk]),
        reverse("wagtaildocs:delete", args=[document.pk]),
    ]


@pytest.mark.parametrize("own", [False, True], ids=["someone-elses", "own-upload"])
def test_an_editor_cannot_delete_images_or_documents(client, media, own):
    editor = create_user_in_role(EDITOR)
    log_in(client, editor)
    image, document = media(editor if own else None)
    for url in delete_urls(image, document):
        assert_refused(client.get(url))
        assert_refused(client.post(url))
    bulk = reverse("wagtail_bulk_action", args=["wagtailimages", "image", "delete"])
    client.post(f"{bulk}?id={image.pk}")
    assert get_image_model().objects.filter(pk=image.pk).exists()
    assert get_document_model().objects.filter(pk=document.pk).exists()
    # Editing stays open to the editor.
    assert client.get(reverse("wagtailimages:edit", args=[image.pk])).status_code == 200
    assert client.get(reverse("wagtaildocs:edit", args=[document.pk])).status_code == 200


@pytest.mark.parametrize("role", [FINAL_EDITOR, ADMINISTRATOR])
def test_final_editors_and_administrators_delete_media(client, media, role):
    log_in(client, create_user_in_role(role))
    image, document = media()
    for url in delete_urls(image, document):
        assert client.post(url).status_code == 302
    assert not get_image_model().objects.filter(pk=image.pk).exists()
    assert not get_document_model().objects.filter(pk=document.pk).exists()


@pytest.fixture
def english_article(section, english):
    article = ArticlePageFactory(parent=section(ArticleIndexPage), title="Wijkavond in Zuid")
    article.save_revision().publish()
    translate(article.get_parent().get_parent(), english, lambda text: f"EN {text}")
    translate(article.get_parent(), english, lambda text: f"EN {text}")
    translate(article, english, lambda text: f"EN {text}")
    page = ArticlePage.objects.get(locale=english, translation_key=article.translation_key)
    assert page.live
    return page


def test_a_translator_cannot_delete_move_or_unpublish_an_english_page(client, english_article):
    log_in(client, create_user_in_role(TRANSLATOR))
    page_id = english_article.pk
    parent = english_article.get_parent()
    delete = reverse("wagtailadmin_pages:delete", args=[page_id])
    assert_refused(client.get(delete))
    assert_refused(client.post(delete))
    # Wagtail shows the unpublish confirmation to whoever may publish; the action is refused.
    assert_refused(client.post(reverse("wagtailadmin_pages:unpublish", args=[page_id])))
    move = reverse("wagtailadmin_pages:move_confirm", args=[page_id, parent.get_parent().pk])
    assert_refused(client.post(move))
    for action in ("delete", "unpublish", "move"):
        bulk = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
        client.post(f"{bulk}?id={page_id}", {"move_applicable": "on", "chooser": parent.pk})
    page = Page.objects.get(pk=page_id)
    assert page.live
    assert page.get_parent().pk == parent.pk


def test_a_translator_still_edits_and_publishes_the_translation(client, english_article):
    log_in(client, create_user_in_role(TRANSLATOR))
    user = client.get(reverse("wagtailadmin_home")).wsgi_request.user
    assert english_article.permissions_for_user(user).can_publish()


def test_a_final_editor_still_unpublishes_an_english_page(client, english_article):
    log_in(client, create_user_in_role(FINAL_EDITOR))
    client.post(reverse("wagtailadmin_pages:unpublish", args=[english_article.pk]))
    assert not Page.objects.get(pk=english_article.pk).live


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("eigenaar", "eigenaar@example.org", "x")


def user_form(user, **changes):
    data = {
        "username": user.username,
        "email": user.email,
        "first_name": "Kim",
        "last_name": "de Vries",
        "is_active": "on",
        "password1": "",
        "password2": "",
    }
    data.update(changes)
    return data


def test_an_administrator_cannot_make_anyone_a_superuser(client, db):
    administrator = create_user_in_role(ADMINISTRATOR)
    colleague = create_user_in_role(EDITOR)
    log_in(client, administrator)
    client.post(
        reverse("wagtailusers_users:edit", args=[colleague.pk]),
        user_form(colleague, is_superuser="on"),
    )
    client.post(
        reverse("wagtailusers_users:add"),
        {
            **user_form(colleague, username="nieuw", email="nieuw@example.org"),
            "password1": "een lang wachtwoord 123",
            "password2": "een lang wachtwoord 123",
            "is_superuser": "on",
        },
    )
    assert not get_user_model().objects.filter(is_superuser=True).exists()


def test_an_administrator_cannot_edit_or_take_over_a_superuser(client, superuser):
    log_in(client, create_user_in_role(ADMINISTRATOR))
    url = reverse("wagtailusers_users:edit", args=[superuser.pk])
    assert_refused(client.get(url))
    new_password = "overgenomen wachtwoord 123"
    response = client.post(
        url,
        user_form(
            superuser,
            email="aanvaller@example.org",
            password1=new_password,
            password2=new_password,
            is_superuser="on",
        ),
    )
    assert_refused(response)
    superuser.refresh_from_db()
    assert superuser.email == "eigenaar@example.org"
    assert not superuser.check_password(new_password)
    bulk = reverse("wagtail_bulk_action", args=["wagtailusers", "user", "set_active_state"])
    client.post(f"{bulk}?id={superuser.pk}", {"mark_as_active": ""})
    superuser.refresh_from_db()
    assert superuser.is_active


def test_an_administrator_still_manages_other_users(client, db):
    log_in(client, create_user_in_role(ADMINISTRATOR))
    colleague = create_user_in_role(EDITOR)
    client.post(
        reverse("wagtailusers_users:edit", args=[colleague.pk]),
        user_form(colleague, email="nieuw-adres@example.org"),
    )
    colleague.refresh_from_db()
    assert colleague.email == "nieuw-adres@example.org"


def test_a_superuser_may_grant_superuser_rights(client, superuser):
    client.force_login(superuser)
    colleague = create_user_in_role(EDITOR)
    client.post(
        reverse("wagtailusers_users:edit", args=[colleague.pk]),
        user_form(colleague, is_superuser="on", groups=[]),
    )
    colleague.refresh_from_db()
    assert colleague.is_superuser


@pytest.fixture
def article(section):
    page = ArticlePageFactory(parent=section(ArticleIndexPage), title="Buurtfeest in Noord")
    page.save_revision().publish()
    return page


def submit(client, page):
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        article_form_data(page, title="Buurtfeest in Noord, verslag", **{"action-submit": "1"}),
    )
    assert response.status_code == 302


def approve(client, page):
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    task_state = state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    return client.post(url, {"comment": ""})


def current_task(page):
    state = WorkflowState.objects.filter(object_id=str(page.pk), status="in_progress").first()
    return state.current_task_state.task.name if state else None


@pytest.mark.parametrize("role", [EDITOR, FINAL_EDITOR])
def test_nobody_approves_a_step_of_their_own_change(client, article, role):
    author = create_user_in_role(role, username="auteur")
    log_in(client, author)
    submit(client, article)
    assert current_task(article) == "Inhoudelijke check"
    assert_refused(approve(client, article))
    assert current_task(article) == "Inhoudelijke check"

    client.logout()
    log_in(client, create_user_in_role(EDITOR, username="collega"))
    assert approve(client, article).status_code == 302
    assert current_task(article) == "Eindredactie"
