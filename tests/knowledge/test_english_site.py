"""The English site as an English reader meets it: English titles, messages and addresses, and
links that stay on /en/ (the language switcher excepted).

The demo is loaded once for the whole module (see `demo_site_once` in tests/conftest.py).
"""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from methods.models import MethodPage


@pytest.fixture
def demo(demo_site):
    """The demo content, with its English site."""


def links_into_dutch(html):
    """Links to /nl/ other than the language switcher's (marked hreflang="nl")."""
    return [
        tag
        for tag in re.findall(r"<a\b[^>]*>", html)
        if 'href="/nl/' in tag and "hreflang" not in tag
    ]


def test_the_english_home_is_english_and_links_to_english_sections(demo, client):
    html = client.get("/en/").content.decode()
    assert "<title>Knowledge for safe and liveable neighbourhoods" in html
    for section in ["methods", "case-studies", "tips", "municipalities", "themes"]:
        assert f'href="/en/{section}/"' in html
    assert 'href="/en/compare/"' in html
    assert links_into_dutch(html) == []


def test_english_views_have_english_addresses(demo, client):
    with translation.override("en"):
        assert reverse("search") == "/en/search/"
        assert reverse("compare-methods") == "/en/compare/"
        assert reverse("search-suggest") == "/en/search/suggestions/"
    with translation.override("nl"):
        assert reverse("search") == "/nl/zoeken/"
    assert client.get("/en/search/", {"q": "safety"}).status_code == 200


def test_compare_speaks_english_on_the_english_site(demo, client):
    english_ids = MethodPage.objects.filter(locale__language_code="en").values_list("pk", flat=True)
    dutch = MethodPage.objects.filter(locale__language_code="nl").first()
    html = client.get(
        "/en/compare/", {"methode": [english_ids[0], dutch.pk], "vergelijk": "1"}
    ).content.decode()
    assert "We skipped 1 choice" in html
    assert "Choose at least two methods to compare. You only chose" in html
    assert "Kies" not in html


@pytest.mark.parametrize("index", ["/en/tips/", "/en/interviews/", "/en/articles/"])
def test_english_indexes_hold_english_pages(demo, client, index):
    html = client.get(index).content.decode()
    english_links = set(re.findall(rf'href="({index}[a-z0-9-]+/)"', html))
    assert english_links
    for url in english_links:
        assert client.get(url).status_code == 200
    assert links_into_dutch(html) == []


def test_the_example_searches_on_the_english_home_find_something(demo, client):
    html = client.get("/en/").content.decode()
    examples = re.search(r'id="home-search-help">For example: ([^<]+)<', html).group(1)
    for query in examples.split(", "):
        results = client.get("/en/search/", {"q": query}).content.decode()
        assert re.search(r"[1-9][0-9]* results? for", results), query
