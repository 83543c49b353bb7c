"""Dutch and English: locales, language URLs, the switcher, hreflang and the untranslated notice."""

import datetime

import pytest
from django.utils.html import escape
from wagtail.models import Locale, Page

from knowledge.factories import ThemeFactory
from knowledge.models import ThemeIndexPage
from knowledge.translation.given_strings import translate
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage


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


@pytest.fixture
def method(site_tree):
    page = MethodPageFactory(
        parent=site_tree.sections[MethodIndexPage],
        title="Alle Kleuren",
        slug="alle-kleuren",
        intro="Een methode voor zichtbaarheid van lhbti+ bewoners.",
        first_published=datetime.date(2024, 3, 5),
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def english_method(method, english_site, english):
    return translate(method, english, in_english)


def test_an_english_page_shows_english_ui_text_and_dates(client, english_method):
    html = client.get(english_method.url).content.decode()
    assert '<html lang="en">' in html
    assert "EN Alle Kleuren" in html
    assert "Approach step by step" in html
    assert "Aanpak in stappen" not in html
    assert "Published on" in html
    assert "5 March 2024" in html


def test_the_dutch_page_stays_dutch(client, english_method, method):
    html = client.get(method.url).content.decode()
    assert '<html lang="nl">' in html
    assert "Aanpak in stappen" in html
    assert "5 maart 2024" in html


def test_switcher_and_hreflang_link_the_two_language_versions(client, method, english_method):
    html = client.get(method.url).content.decode()
    assert f'<a href="{english_method.url}" lang="en" hreflang="en">English</a>' in html
    assert '<span aria-current="true" lang="nl">Nederlands</span>' in html
    assert f'<link rel="alternate" hreflang="nl" href="http://testserver{method.url}">' in html
    assert (
        f'<link rel="alternate" hreflang="en" href="http://testserver{english_method.url}">' in html
    )
    assert (
        f'<link rel="alternate" hreflang="x-default" href="http://testserver{method.url}">' in html
    )

    english_html = client.get(english_method.url).content.decode()
    assert f'<a href="{method.url}" lang="nl" hreflang="nl">Nederlands</a>' in english_html


def test_switcher_of_an_untranslated_page_leads_to_an_english_notice(client, method, english_site):
    html = client.get(method.url).content.decode()
    notice_url = f"/en/not-translated/{method.pk}/"
    assert f'<a href="{notice_url}" lang="en" hreflang="en">English</a>' in html
    # No alternate is announced for a language the page does not exist in.
    assert 'hreflang="en" href=' not in html

    response = client.get(notice_url)
    notice = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in notice
    assert "This page has not been translated yet" in notice
    assert "This page only exists in Dutch so far." in notice
    assert f'<a href="{method.url}" lang="nl" hreflang="nl">Alle Kleuren</a>' in notice
    assert '<meta name="robots" content="noindex">' in notice


def test_notice_forwards_to_the_translation_once_it_is_published(client, method, english_method):
    response = client.get(f"/en/not-translated/{method.pk}/")
    assert response.status_code == 302
    assert response["Location"] == english_method.url


def test_a_draft_translation_is_never_shown(client, method, english_site, english):
    draft = translate(method, english, in_english, publish=False)
    assert not draft.live
    response = client.get(f"/en/methods/{draft.slug}/")
    assert response.status_code == 404
    assert "EN Alle Kleuren" not in response.content.decode()
    html = client.get(method.url).content.decode()
    assert f"/en/not-translated/{method.pk}/" in html


def test_dutch_address_under_the_english_prefix_explains_instead_of_a_bare_404(
    client, method, english_site
):
    response = client.get(f"/en/methoden/{method.slug}/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "This page has not been translated yet" in html
    assert f'href="{method.url}" lang="nl"' in html


def test_without_an_english_tree_the_english_prefix_gives_the_notice_not_dutch(
    client, method, english
):
    html = client.get("/en/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="en">' in html
    assert "This page has not been translated yet" in html
    assert "Aanpak in stappen" not in html


def test_search_page_switcher_keeps_the_query_path(client, english_site):
    html = client.get("/nl/zoeken/").content.decode()
    assert '<a href="/en/search/" lang="en" hreflang="en">English</a>' in html


def test_a_term_not_yet_translated_is_marked_as_dutch_on_an_english_page(
    client, method, english_site, english
):
    method.themes.set([ThemeFactory(name="Veiligheid", slug="veiligheid")])
    method.save_revision().publish()
    english_method = translate(method, english, in_english)

    html = client.get(english_method.url).content.decode()
    assert 'href="/nl/themas/veiligheid/" lang="nl">Veiligheid</a>' in html
    assert 'aria-label="Themes"' in html


def wagtail_url(page):
    """The URL Wagtail's own implementation gives the page (the site's faster one bypassed)."""
    return Page.get_url_parts(page)[2]


def test_every_page_url_is_the_one_wagtail_would_give(client, method, english_method, section):
    odd_slug = MethodPageFactory(parent=section(MethodIndexPage), slug="café-in-de-wijk")
    pages = [method, english_method, odd_slug, method.get_parent(), english_method.get_parent()]
    for page in pages:
        assert page.url == wagtail_url(page)
    assert english_method.url.startswith("/en/")
    # A slug reverse() escapes is left to Wagtail, and still leads to the page.
    assert odd_slug.url == "/nl/methoden/caf%C3%A9-in-de-wijk/"
    assert client.get(odd_slug.url).status_code == 200


def breadcrumbs(html):
    start = html.index('<nav class="breadcrumbs"')
    return html[start : html.index("</nav>", start)]


def test_breadcrumbs_lead_home_in_the_readers_language(client, method, english_method):
    dutch = breadcrumbs(client.get(method.url).content.decode())
    section = method.get_parent()
    assert '<li><a href="/nl/">Home</a></li>' in dutch
    assert f'<li><a href="{section.url}">{section.title}</a></li>' in dutch
    assert f'<span aria-current="page">{method.title}</span>' in dutch

    english = breadcrumbs(client.get(english_method.url).content.decode())
    english_section = english_method.get_parent()
    assert '<li><a href="/en/">Home</a></li>' in english
    assert f'<li><a href="{english_section.url}">{english_section.title}</a></li>' in english
    assert f'<span aria-current="page">{english_method.title}</span>' in english


def test_a_sub_page_adds_itself_after_its_page_in_the_breadcrumbs(client, section):
    safety = ThemeFactory(name="Veiligheid", slug="veiligheid")
    themes = section(ThemeIndexPage)
    trail = breadcrumbs(client.get(themes.term_url(safety)).content.decode())
    assert '<li><a href="/nl/">Home</a></li>' in trail
    assert f'<li><a href="{themes.url}">{escape(themes.title)}</a></li>' in trail
    assert '<li><span aria-current="page">Veiligheid</span></li>' in trail
