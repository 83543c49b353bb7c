"""What a page tells browsers, feed readers and sharing previews, and the address it prints."""

import re

import pytest
from wagtail.models import Site

from knowledge.pdf.one_pager import download_filename
from knowledge.translation.given_strings import translate
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage


@pytest.fixture
def method(section):
    return MethodPageFactory(
        parent=section(MethodIndexPage), title="Alle Kleuren", slug="alle-kleuren"
    )


def test_the_site_prints_its_configured_address_not_localhost(site_tree, method, settings):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("testserver", 80)
    assert method.full_url == "http://testserver/nl/methoden/alle-kleuren/"


def test_a_page_names_its_canonical_address_and_sharing_preview(client, method):
    html = client.get(method.url).content.decode()
    assert '<link rel="canonical" href="http://testserver/nl/methoden/alle-kleuren/">' in html
    assert '<meta property="og:title" content="Alle Kleuren">' in html
    assert '<meta property="og:locale" content="nl_NL">' in html
    assert 'rel="icon"' in html


def test_the_home_page_advertises_its_feeds(client, site_tree):
    html = client.get("/nl/").content.decode()
    assert re.search(
        r'<link rel="alternate" type="application/rss\+xml"[^>]+href="/nl/feeds/', html
    )


def test_every_search_landmark_has_a_name(client, site_tree):
    for url in ["/nl/", "/nl/zoeken/?q=wijk"]:
        html = client.get(url).content.decode()
        forms = re.findall(r'<form[^>]*role="search"[^>]*>', html)
        assert len(forms) == 2, url
        names = [re.search(r'aria-label="([^"]+)"', form).group(1) for form in forms]
        assert len(set(names)) == 2, names


def test_the_dutch_and_english_pdfs_have_different_names(method, english):
    method.save_revision().publish()
    translated = translate(method, english, lambda text: text)
    assert download_filename(method) != download_filename(translated)
    assert "-nl" in download_filename(method) and "-en" in download_filename(translated)
