"""The demo content's English site: built through wagtail-localize, complete, and idempotent."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail_localize.models import Translation

from casestudies.models import CaseStudyPage
from knowledge.models import HomePage
from methods.models import MethodPage


@pytest.fixture
def demo(db):
    call_command("load_demo_content", stdout=StringIO())


def english_pages():
    return Page.objects.filter(locale__language_code="en").live()


def test_demo_builds_the_english_site_as_wagtail_localize_translations(client, demo):
    english_methods = MethodPage.objects.live().filter(locale__language_code="en")
    assert set(english_methods.values_list("slug", flat=True)) == {
        "alle-kleuren",
        "samen-in-de-wijk",
    }
    assert CaseStudyPage.objects.live().filter(locale__language_code="en").count() == 2
    for page in english_pages():
        translation = Translation.objects.get(
            source__object_id=page.translation_key, target_locale=page.locale
        )
        total, translated = translation.get_progress()
        assert translated == total, page.title

    home = HomePage.objects.get(locale__language_code="en")
    html = client.get("/en/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert client.get("/en/").context["page"].pk == home.pk
    assert "helps municipalities, professionals and residents" in html

    method = client.get("/en/methods/alle-kleuren/").content.decode()
    assert "Form a core group of residents and organisations" in method
    assert "Approach step by step" in method
    # Its English case study is listed, with the English municipality page.
    assert "/en/case-studies/alle-kleuren-almere/" in method
    assert "/en/municipalities/almere/" in method


def test_demo_leaves_other_pages_untranslated_with_a_notice(client, demo):
    dutch = CaseStudyPage.objects.live().get(
        locale__language_code="nl", slug="buurt-bestuurt-rotterdam"
    )
    html = client.get(dutch.url).content.decode()
    notice_url = f"/en/not-translated/{dutch.pk}/"
    assert notice_url in html
    notice = client.get(notice_url).content.decode()
    assert "This page has not been translated yet" in notice


def test_running_the_demo_again_keeps_one_english_version_per_page(demo):
    before = sorted(english_pages().values_list("translation_key", flat=True))
    call_command("load_demo_content", stdout=StringIO())
    after = sorted(english_pages().values_list("translation_key", flat=True))
    assert after == before
    assert len(set(after)) == len(after)
