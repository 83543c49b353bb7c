"""The page editor as a non-technical editor meets it: the slug follows the title, taxonomy is
ticked in checkboxes of the page's own language, and the help menu leads to our manual."""

import re

import pytest
from django.urls import reverse

from articles.models import ArticleIndexPage, InterviewIndexPage, PracticalTipIndexPage
from casestudies.models import CaseStudyIndexPage
from knowledge.factories import MunicipalityFactory, ThemeFactory
from methods.models import MethodIndexPage
from tests.utils import create_user_in_role, log_in

CONTENT_TYPES = [
    (MethodIndexPage, "methods", "methodpage"),
    (CaseStudyIndexPage, "casestudies", "casestudypage"),
    (InterviewIndexPage, "articles", "interviewpage"),
    (ArticleIndexPage, "articles", "articlepage"),
    (PracticalTipIndexPage, "articles", "practicaltippage"),
]


@pytest.fixture
def editor(client, db):
    return log_in(client, create_user_in_role("Redacteur"))


def add_form(client, index, app, model):
    url = reverse("wagtailadmin_pages:add", args=[app, model, index.pk])
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.parametrize(("index_model", "app", "model"), CONTENT_TYPES)
def test_the_slug_follows_the_title_on_every_new_content_page(
    editor, section, index_model, app, model
):
    html = add_form(editor, section(index_model), app, model)
    title = re.search(r'<input[^>]*name="title"[^>]*>', html).group(0)
    # Wagtail's slug sync: the title field drives the slug field while the page is new.
    assert "w-sync" in title
    assert "#id_slug" in title


def test_taxonomy_is_ticked_in_checkboxes_of_the_pages_own_language(editor, section, english):
    dutch = MunicipalityFactory(name="Almere", slug="almere")
    dutch.copy_for_translation(english).save()
    ThemeFactory(name="Veiligheid")
    html = add_form(editor, section(CaseStudyIndexPage), "casestudies", "casestudypage")

    municipalities = re.search(r'<div id="id_municipalities".*?</div>\s*</div>', html, re.S)
    assert municipalities, "the municipalities are not checkboxes"
    assert municipalities.group(0).count('type="checkbox"') == 1
    assert "Almere" in municipalities.group(0)
    assert 'id="id_themes"' in html
    assert '<select name="themes"' not in html


def test_the_help_menu_leads_to_the_dutch_editors_manual(editor):
    dashboard = editor.get(reverse("wagtailadmin_home")).content.decode()
    manual_url = reverse("editors_manual")
    assert manual_url in dashboard

    manual = editor.get(manual_url)
    assert manual.status_code == 200
    html = manual.content.decode()
    assert "Handleiding voor redacteuren en vertalers" in html
    assert "<table>" in html
