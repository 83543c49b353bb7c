"""RSS and Atom feeds per content type, per theme and per search selection, read as XML."""

import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.factories import PracticalTipPageFactory
from articles.models import PracticalTipIndexPage

ATOM = "{http://www.w3.org/2005/Atom}"


def rss_items(response):
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314 - the site's own output
    return channel, [
        {
            "title": item.findtext("title"),
            "link": item.findtext("link"),
            "guid": item.findtext("guid"),
            "categories": [category.text for category in item.findall("category")],
        }
        for item in channel.findall("item")
    ]


def titles(response):
    return [item["title"] for item in rss_items(response)[1]]


def test_type_feed_lists_live_public_methods_newest_first(client, content):
    channel, items = rss_items(client.get("/nl/feeds/methode/"))
    assert channel.findtext("language") == "nl"
    assert channel.findtext("title") == "Wijkkompas: Methoden"
    assert [item["title"] for item in items] == ["Samen in de Wijk", "Alle Kleuren"]
    first = items[0]
    assert first["link"] == "http://testserver/nl/methoden/samen-in-de-wijk/"
    assert first["guid"].startswith("urn:uuid:")
    assert "Veiligheid" in first["categories"]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/nl/feeds/praktijkvoorbeeld/", ["Alliantie in Rotterdam", "Jongeren in Rotterdam"]),
        ("/nl/feeds/praktijktip/", ["Plan tijd voor het netwerk"]),
        ("/nl/feeds/artikel/", []),
    ],
)
def test_each_content_type_has_a_feed(client, content, path, expected):
    assert titles(client.get(path)) == expected


def test_theme_feed_lists_pages_about_the_theme_but_no_draft_or_private_page(client, content):
    assert titles(client.get("/nl/feeds/thema/veiligheid/")) == [
        "Alliantie in Rotterdam",
        "Samen in de Wijk",
        "Jongeren in Rotterdam",
    ]


def test_search_feed_follows_a_selection_of_theme_and_target_group(client, content):
    response = client.get(
        "/nl/feeds/zoeken/",
        {"thema": content["safety"].pk, "doelgroep": content["lhbti"].pk},
    )
    channel, items = rss_items(response)
    assert [item["title"] for item in items] == ["Alliantie in Rotterdam", "Samen in de Wijk"]
    assert channel.findtext("title") == "Wijkkompas: Thema: Veiligheid × Doelgroep: Lhbti+ inwoners"
    # The channel links to the search page showing the same selection.
    assert channel.findtext("link").startswith("http://testserver/nl/zoeken/?")


def test_search_feed_with_words_and_a_type(client, content):
    response = client.get("/nl/feeds/zoeken/", {"q": "alliantie", "type": "praktijkvoorbeeld"})
    assert titles(response) == ["Alliantie in Rotterdam"]


def test_atom_feed_of_a_selection_parses_with_entries(client, content):
    response = client.get("/nl/feeds/zoeken/atom/", {"thema": content["safety"].pk})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)  # noqa: S314 - the site's own output
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries][0] == "Alliantie in Rotterdam"
    assert all(entry.findtext(f"{ATOM}id").startswith("urn:uuid:") for entry in entries)
    assert len({entry.findtext(f"{ATOM}id") for entry in entries}) == len(entries)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "nl"


def test_english_feeds_list_english_pages_in_english(client, english_content):
    channel, items = rss_items(client.get("/en/feeds/methode/"))
    assert channel.findtext("language") == "en"
    assert channel.findtext("title") == "Wijkkompas: Methods"
    # The English draft of 'Alle Kleuren' is not published, so only one method.
    assert [item["title"] for item in items] == ["EN Samen in de Wijk"]
    assert items[0]["link"].startswith("http://testserver/en/")
    dutch_guid = rss_items(client.get("/nl/feeds/methode/"))[1][0]["guid"]
    assert items[0]["guid"] != dutch_guid


@pytest.mark.parametrize(
    "query",
    [
        {"thema": "not-a-number"},
        {"thema": "99999999"},
        {"type": "<script>"},
        {"provincie": "atlantis", "doelgroep": ["1", "1", "x"]},
        {"q": "*:* /.*/ \x00"},
        {"q": "x" * 5000},
        {"page": "abc", "sorteer": "random"},
    ],
)
def test_bad_search_feed_parameters_give_a_normal_feed(client, content, query):
    channel, _items = rss_items(client.get("/nl/feeds/zoeken/", query))
    assert channel.findtext("title")


def test_a_feed_takes_no_query_per_item(client, content, section):
    def queries_for_feed_of(number):
        for _ in range(number):
            PracticalTipPageFactory(parent=section(PracticalTipIndexPage), intro="Begin klein.")
        client.get("/nl/feeds/praktijktip/")
        with CaptureQueriesContext(connection) as queries:
            assert len(rss_items(client.get("/nl/feeds/praktijktip/"))[1]) >= number
        return len(queries)

    assert queries_for_feed_of(2) == queries_for_feed_of(8)


@pytest.mark.parametrize("path", ["/nl/feeds/geen-soort/", "/nl/feeds/thema/bestaat-niet/"])
def test_unknown_type_or_theme_gives_404(client, content, path):
    assert client.get(path).status_code == 404


def test_index_theme_and_search_pages_announce_their_feeds(client, content):
    index = client.get("/nl/methoden/").content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in index
    assert 'href="/nl/feeds/methode/"' in index
    theme = client.get("/nl/themas/veiligheid/").content.decode()
    assert 'type="application/rss+xml" title="Wijkkompas: Veiligheid (RSS)"' in theme
    assert 'href="/nl/feeds/thema/veiligheid/"' in theme
    search = client.get("/nl/zoeken/", {"thema": content["safety"].pk}).content.decode()
    feed_url = f"/nl/feeds/zoeken/?thema={content['safety'].pk}"
    assert f'type="application/rss+xml" title="Wijkkompas (RSS)" href="{feed_url}"' in search
    assert f'<a href="{feed_url}">Volg deze selectie (RSS)</a>' in search
