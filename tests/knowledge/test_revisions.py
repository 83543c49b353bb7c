"""Revisions and page deletion: compare and restore as a Redacteur, deletion only by moderators."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from articles.factories import ArticlePageFactory
from articles.models import ArticleIndexPage
from knowledge.editorial.roles import EDITOR, FINAL_EDITOR
from tests.utils import article_form_data, assert_refused, create_user_in_role, log_in


@pytest.fixture
def article(section):
    page = ArticlePageFactory(parent=section(ArticleIndexPage), title="Eerste titel")
    page.save_revision().publish()
    return page


def test_editor_compares_and_restores_an_earlier_revision(client, article):
    log_in(client, create_user_in_role(EDITOR))
    first_revision = article.latest_revision_id
    for title in ("Tweede titel", "Derde titel"):
        client.post(
            reverse("wagtailadmin_pages:edit", args=[article.pk]),
            article_form_data(article, title=title),
        )
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().title == "Derde titel"

    compare = client.get(
        reverse(
            "wagtailadmin_pages:revisions_compare",
            args=[article.pk, first_revision, article.latest_revision_id],
        )
    )
    assert compare.status_code == 200
    # The comparison marks the words that changed.
    assert "Eerste" in compare.content.decode()
    assert "Derde" in compare.content.decode()

    revert_url = reverse("wagtailadmin_pages:revisions_revert", args=[article.pk, first_revision])
    revert_form = client.get(revert_url)
    assert revert_form.status_code == 200
    assert 'value="Eerste titel"' in revert_form.content.decode()
    response = client.post(revert_url, article_form_data(article, title="Eerste titel"))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().title == "Eerste titel"
    assert article.revisions.count() == 4  # restoring adds a revision, history stays complete


def test_editor_may_discard_a_page_that_was_never_published(client, section):
    draft = ArticlePageFactory(parent=section(ArticleIndexPage), title="Kladje", live=False)
    log_in(client, create_user_in_role(EDITOR))
    client.post(reverse("wagtailadmin_pages:delete", args=[draft.pk]))
    assert not Page.objects.filter(pk=draft.pk).exists()


@pytest.fixture
def index_with_many_articles(section):
    index = section(ArticleIndexPage)
    for number in range(10):
        ArticlePageFactory(parent=index, title=f"Bericht {number}")
    return index


def test_editor_cannot_delete_a_section_with_pages(client, index_with_many_articles):
    log_in(client, create_user_in_role(EDITOR))
    url = reverse("wagtailadmin_pages:delete", args=[index_with_many_articles.pk])
    assert_refused(client.post(url, {"confirm_site_name": "Wijkkompas"}))
    assert Page.objects.filter(pk=index_with_many_articles.pk).exists()


def test_deleting_many_pages_asks_to_type_the_site_name(client, index_with_many_articles):
    log_in(client, create_user_in_role(FINAL_EDITOR))
    url = reverse("wagtailadmin_pages:delete", args=[index_with_many_articles.pk])
    confirm = client.get(url)
    assert confirm.status_code == 200
    assert 'name="confirm_site_name"' in confirm.content.decode()

    client.post(url, {"confirm_site_name": "verkeerd"})
    assert Page.objects.filter(pk=index_with_many_articles.pk).exists()

    client.post(url, {"confirm_site_name": "Wijkkompas"})
    assert not Page.objects.filter(pk=index_with_many_articles.pk).exists()
    assert not Page.objects.filter(title__startswith="Bericht ").exists()


def test_deleting_one_page_needs_no_typed_confirmation(client, article):
    log_in(client, create_user_in_role(FINAL_EDITOR))
    url = reverse("wagtailadmin_pages:delete", args=[article.pk])
    assert 'name="confirm_site_name"' not in client.get(url).content.decode()
    client.post(url)
    assert not Page.objects.filter(pk=article.pk).exists()
