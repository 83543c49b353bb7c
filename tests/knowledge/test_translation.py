"""Dutch and English: locales, language URLs, the switcher, hreflang and the untranslated notice."""

import pytest
from wagtail.models import Locale

from knowledge.translating import translate


def in_english(text):
    return f"EN {text}"


@pytest.fixture
def english_site(site_tree, english):
    """The Dutch skeleton translated into English with wagtail-localize, as an editor would."""
    home = translate(site_tree.home, english, in_english)
    sections = {
        model: translate(page, english, in_english) for model, page in site_tree.sections.items()
    }
    return home, sections


def test_both_locales_exist_after_migrate(db):
    assert set(Locale.objects.values_list("language_code", flat=True)) >= {"nl", "en"}
    assert Locale.get_default().language_code == "nl"


def test_root_sends_an_english_browser_to_english(client, english_site):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_root_sends_a_dutch_browser_to_dutch(client, english_site):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="nl-NL,nl;q=0.9,en;q=0.5")
    assert response["Location"] == "/nl/"


def test_english_prefix_serves_the_english_home_page_in_english(client, english_site):
    response = client.get("/en/", HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert response.status_code == 200
    assert response.context["page"].locale.language_code == "en"
    assert '<html lang="en">' in html
    assert "EN Wijkkompas" in html
    assert "Skip to content" in html
    assert "Naar de inhoud" not in html
