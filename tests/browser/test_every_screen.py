"""The demo site on a phone (390 px) and a desktop (1280 px) in a real browser: the first search
result on the first screen, a compare table that never widens the page, the form's error
pattern, a menu that opens without JavaScript, and English pages that stay English."""

from io import StringIO

import pytest
from django.core.management import call_command

from methods.models import MethodPage
from tests.utils import restore_migration_data

pytestmark = pytest.mark.django_db(transaction=True)

VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


@pytest.fixture
def demo(live_server):
    """The demo content, served by the live server (loading it takes tens of seconds)."""
    restore_migration_data()
    call_command("load_demo_content", stdout=StringIO())
    return live_server.url


def open_tab(browser, viewport, **options):
    context = browser.new_context(locale="nl-NL", viewport=VIEWPORTS[viewport], **options)
    return context, context.new_page()


def page_width(tab):
    return tab.evaluate("document.documentElement.scrollWidth")


def links_into_dutch(tab):
    """Links to /nl/ other than the language switcher's own."""
    return tab.evaluate(
        """() => Array.from(document.querySelectorAll('a[href^="/nl/"]'))
            .filter(a => !a.hasAttribute("hreflang"))
            .map(a => a.getAttribute("href"))"""
    )


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_every_screen_works_at_phone_and_desktop_width(demo, browser, viewport):
    context, tab = open_tab(browser, viewport)
    height = VIEWPORTS[viewport]["height"]

    # The first search result's title is on the first screen.
    tab.goto(f"{demo}/nl/zoeken/?q=wijk")
    title = tab.locator(".result").first.locator("a").first.bounding_box()
    assert title["y"] + title["height"] <= height, title
    # On a phone the filters are folded behind a control that opens them.
    facets = tab.locator("form.facets")
    if viewport == "phone":
        assert not facets.is_visible()
        tab.locator(".search-filters__toggle").click()
    assert facets.is_visible()

    # Comparing never makes the page scroll sideways; the table scrolls in its own region.
    methods = MethodPage.objects.filter(locale__language_code="nl").order_by("pk")
    ids = "&".join(f"methode={method.pk}" for method in methods)
    tab.goto(f"{demo}/nl/vergelijken/?{ids}&vergelijk=1")
    assert tab.locator(".compare-table").is_visible()
    assert page_width(tab) <= VIEWPORTS[viewport]["width"]
    font_size = tab.locator(".compare-table td").first.evaluate(
        "cell => parseFloat(getComputedStyle(cell).fontSize)"
    )
    assert font_size >= 16

    # A form with errors: the title starts with "Fout:" and the summary has the focus.
    tab.goto(f"{demo}/nl/praktijkvoorbeelden/deel-uw-praktijk/")
    tab.evaluate("() => document.querySelectorAll('form').forEach(f => (f.noValidate = true))")
    tab.get_by_role("button", name="Verstuur uw praktijk").click()
    tab.wait_for_load_state()
    assert tab.title().startswith("Fout: ")
    assert tab.evaluate("document.activeElement.id") == "foutmeldingen"
    context.close()


def test_a_phone_menu_opens_without_javascript(demo, browser):
    context, tab = open_tab(browser, "phone", java_script_enabled=False)
    tab.goto(f"{demo}/nl/")
    header = tab.locator(".site-header").bounding_box()
    assert header["height"] <= VIEWPORTS["phone"]["height"] / 4
    menu_link = tab.locator(".primary-nav__link").first
    assert not menu_link.is_visible()
    tab.get_by_text("Menu", exact=True).click()
    assert menu_link.is_visible()
    context.close()


ENGLISH_PAGES = [
    "/en/",
    "/en/methods/",
    "/en/methods/alle-kleuren/",
    "/en/case-studies/",
    "/en/tips/",
    "/en/interviews/",
    "/en/articles/",
]
# Views that are not Wagtail pages take their menu from knowledge/templatetags/navigation_tags.py,
# whose home_for() falls back to the Dutch home when there is no page; that module is being
# rewritten on another branch, so the fix belongs there.
ENGLISH_VIEWS = ["/en/search/?q=safety", "/en/compare/", "/en/open-data/"]


def test_english_pages_link_to_english_pages(demo, browser):
    context, tab = open_tab(browser, "desktop")
    for path in ENGLISH_PAGES:
        tab.goto(demo + path)
        assert tab.evaluate("document.documentElement.lang") == "en", path
        assert links_into_dutch(tab) == [], path
    context.close()


@pytest.mark.xfail(strict=True, reason="navigation_tags.home_for: Dutch menu on non-page views")
def test_english_views_link_to_english_pages(demo, browser):
    context, tab = open_tab(browser, "desktop")
    for path in ENGLISH_VIEWS:
        tab.goto(demo + path)
        assert links_into_dutch(tab) == [], path
    context.close()
