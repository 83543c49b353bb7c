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
def demo(demo_site):
    """The demo content, loaded once for this module."""


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


def test_english_readers_share_a_practice_in_english(client, demo):
    from casestudies.models import PracticeSubmission
    from tests.casestudies.conftest import valid_answers

    home = client.get("/en/").content.decode()
    form_url = "/en/case-studies/share-your-practice/"
    assert f'href="{form_url}"' in home
    assert "Share your practice" in home

    form = client.get(form_url).content.decode()
    for text in [
        "Has your municipality or organisation carried out an approach",
        "What we do with your data",
        "We use your contact details only to contact you about this submission.",
        "Your organisation",
        "Send your practice",
    ]:
        assert text in form
    assert "Verstuur uw praktijk" not in form

    refused = client.post(form_url, valid_answers(contact_email="not-an-address", consent=""))
    html = refused.content.decode()
    assert "There are 2 errors in the form" in html
    assert "Enter a valid e-mail address, such as name@municipality.nl." in html
    assert "not-an-address" in html
    assert not PracticeSubmission.objects.exists()

    method = MethodPage.objects.live().get(locale__language_code="en", slug="alle-kleuren")
    response = client.post(
        form_url, valid_answers(title="Street talks in Delfshaven", method=str(method.pk))
    )
    assert response.status_code == 302
    thanks = client.get(response.url).content.decode()
    assert "Thank you for sharing your practice" in thanks
    assert "The editors have received your practice" in thanks

    # Written in English, the draft goes into the English tree; editors translate it to Dutch.
    draft = PracticeSubmission.objects.get().case_study
    assert draft.locale.language_code == "en"
    assert not draft.live
    assert draft.get_parent().url == "/en/case-studies/"
    assert draft.method_id == method.pk
    assert draft.municipality.locale.language_code == "en"
