"""Two editors with the same page open: the one who saves second is told, keeps their text, and
chooses; nothing is overwritten silently, neither a draft nor a publication."""

import re

import pytest
from django.urls import reverse

from articles.factories import ArticlePageFactory
from articles.models import ArticleIndexPage
from knowledge.editorial.roles import FINAL_EDITOR
from tests.utils import article_form_data, create_user_in_role, log_in

NEWER_VERSION = "heeft deze pagina om"


@pytest.fixture
def article(section):
    page = ArticlePageFactory(parent=section(ArticleIndexPage), title="Buurtfeest in Noord")
    page.save_revision().publish()
    return page


def loaded_revision(client, page):
    """What the editor's form carries: the revision it was loaded with, as Wagtail renders it."""
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    return {
        name: re.search(rf'name="{name}" value="([^"]*)"', html).group(1)
        for name in ("loaded_revision_id", "loaded_revision_created_at")
    }


def save(client, page, loaded, title, **action):
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        article_form_data(page, title=title, **loaded, **action),
    )


@pytest.fixture
def editors(client, django_user_model, article):
    from django.test import Client

    first = log_in(client, create_user_in_role(FINAL_EDITOR, username="anna"))
    second = log_in(Client(), create_user_in_role(FINAL_EDITOR, username="bram"))
    return first, second


@pytest.mark.parametrize("action", [{}, {"action-publish": "1"}], ids=["draft", "publish"])
def test_the_second_editor_is_told_and_keeps_their_text(article, editors, action):
    anna, bram = editors
    anna_form = loaded_revision(anna, article)
    bram_form = loaded_revision(bram, article)

    assert save(anna, article, anna_form, "Versie van Anna", **action).status_code == 302
    response = save(bram, article, bram_form, "Versie van Bram", **action)

    assert response.status_code == 200
    html = response.content.decode()
    assert NEWER_VERSION in html
    assert 'value="Versie van Bram"' in html
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().title == "Versie van Anna"
    if action:
        assert article.title == "Versie van Anna"

    # Bram has seen it; his form now carries Anna's revision, so saving again is his choice.
    chosen = {
        name: re.search(rf'name="{name}" value="([^"]*)"', html).group(1)
        for name in ("loaded_revision_id", "loaded_revision_created_at")
    }
    assert save(bram, article, chosen, "Versie van Bram", **action).status_code == 302
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().title == "Versie van Bram"


def test_an_editor_alone_saves_again_and_again(article, editors):
    anna, _bram = editors
    for number in range(3):
        form = loaded_revision(anna, article)
        assert save(anna, article, form, f"Versie {number}").status_code == 302
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().title == "Versie 2"
