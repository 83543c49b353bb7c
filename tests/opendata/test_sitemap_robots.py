"""sitemap.xml and robots.txt as a search engine reads them."""

import xml.etree.ElementTree as ET

import pytest

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 - the site's own output
    entries = {}
    for url in root.iter(f"{SITEMAP}url"):
        location = url.find(f"{SITEMAP}loc").text
        entries[location] = {
            link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")
        }
    return entries


def test_sitemap_lists_live_pages_in_both_languages_with_hreflang(client, english_content):
    entries = sitemap_entries(client)
    # Full URLs name the Wagtail site's host name, 'localhost' in the tests.
    dutch = "http://testserver/nl/methoden/samen-in-de-wijk/"
    english = english_content["alliance"].full_url
    assert english.startswith("http://testserver/en/")
    assert dutch in entries
    assert english in entries
    expected = {"nl": dutch, "en": english, "x-default": dutch}
    assert entries[dutch] == expected
    assert entries[english] == expected


def test_sitemap_leaves_out_drafts_private_pages_and_unpublished_translations(
    client, english_content
):
    entries = sitemap_entries(client)
    locations = "\n".join(entries)
    assert "geheime-methode" not in locations
    assert "besloten" not in locations
    # 'Alle Kleuren' has an English draft only: listed in Dutch, without alternates.
    colours = "http://testserver/nl/methoden/alle-kleuren/"
    assert entries[colours] == {}
    assert not any("/en/" in location and "alle-kleuren" in location for location in entries)


def test_sitemap_is_outside_the_language_prefix(client, content):
    assert client.get("/nl/sitemap.xml").status_code == 404
    assert "http://testserver/nl/" in sitemap_entries(client)


def test_robots_txt_allows_pages_and_points_at_the_sitemap(client, site_tree):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /nl/zoeken/?" in lines
    assert "Disallow: /en/search/?" in lines
    assert "Allow: /" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    # The search page without parameters and every content page stay crawlable.
    assert "Disallow: /nl/zoeken/" not in lines


@pytest.mark.parametrize("path", ["/robots.txt", "/sitemap.xml"])
def test_robots_and_sitemap_refuse_posts_without_an_error(client, site_tree, path):
    assert client.post(path).status_code == 405


def test_sitemap_lists_theme_pages_with_their_translations(client, english_content):
    entries = sitemap_entries(client)
    dutch = "http://testserver/nl/themas/veiligheid/"
    assert dutch in entries
    english = [
        url
        for url in entries
        if url.startswith("http://testserver/en/") and url.endswith("/veiligheid/")
    ]
    assert len(english) == 1
    assert entries[dutch] == {"nl": dutch, "en": english[0], "x-default": dutch}
    # 'Inclusie' has no English translation: a Dutch page without alternates.
    assert entries["http://testserver/nl/themas/inclusie/"] == {}


def test_a_bad_sitemap_page_number_is_not_an_error(client, site_tree):
    response = client.get("/sitemap.xml", {"p": "abc"}, follow=True)
    assert response.status_code == 404
