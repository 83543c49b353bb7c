"""Scheduled publishing and unpublishing: go-live and expiry dates, applied by publish_scheduled."""

import datetime

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from articles.factories import ArticlePageFactory
from articles.models import ArticleIndexPage
from knowledge.editorial.roles import FINAL_EDITOR
from tests.utils import article_form_data, create_user_in_role, log_in


def admin_datetime(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


@pytest.fixture
def draft(section):
    page = ArticlePageFactory(
        parent=section(ArticleIndexPage), title="Aankondiging wijkavond", live=False
    )
    page.save_revision()
    return page


def test_a_page_scheduled_in_the_admin_goes_live_when_its_time_has_come(client, draft):
    log_in(client, create_user_in_role(FINAL_EDITOR))
    go_live_at = timezone.now() + datetime.timedelta(days=1)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        article_form_data(draft, go_live_at=admin_datetime(go_live_at), **{"action-publish": "1"}),
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert not draft.live
    assert client.get(draft.url).status_code == 404

    call_command("publish_scheduled")
    draft.refresh_from_db()
    assert not draft.live

    with time_machine.travel(go_live_at + datetime.timedelta(minutes=1), tick=False):
        call_command("publish_scheduled")
    draft.refresh_from_db()
    assert draft.live
    assert client.get(draft.url).status_code == 200


def test_a_page_past_its_expiry_date_is_unpublished(client, section):
    page = ArticlePageFactory(parent=section(ArticleIndexPage), title="Inschrijving open")
    page.expire_at = timezone.now() + datetime.timedelta(hours=1)
    page.save_revision().publish()
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live
    url = page.url
    assert client.get(url).status_code == 200

    with time_machine.travel(page.expire_at + datetime.timedelta(minutes=1), tick=False):
        call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live
    assert page.expired
    assert client.get(url).status_code == 404
