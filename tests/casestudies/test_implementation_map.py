"""The implementation map: markers per municipality sized by their case studies, coloured and
patterned by status with a legend in words, the table beside it, the search page's filters, the
method page's own map, the edge keys that purge it, and editors placing a municipality."""

import datetime
import re
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage, CaseStudyStatus
from knowledge.edge.purge import keys_for_page, keys_for_term
from knowledge.editorial.roles import EDITOR
from knowledge.factories import MunicipalityFactory
from knowledge.models import Municipality, Province
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage
from search.models import ImplementationMapPage
from tests.utils import create_user_in_role, log_in


def published(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def placed(name, province, latitude, longitude, **extra):
    return MunicipalityFactory(
        name=name,
        province=province,
        latitude=Decimal(latitude),
        longitude=Decimal(longitude),
        **extra,
    )


@pytest.fixture
def content(section):
    index = section(CaseStudyIndexPage)
    samen = published(MethodPageFactory(parent=section(MethodIndexPage), title="Samen in de Wijk"))
    kleuren = published(MethodPageFactory(parent=section(MethodIndexPage), title="Alle Kleuren"))
    rotterdam = placed("Rotterdam", Province.ZUID_HOLLAND, "51.92250", "4.47917")
    groningen = placed("Groningen", Province.GRONINGEN, "53.21917", "6.56667")
    almere = placed("Almere", Province.FLEVOLAND, "52.37025", "5.21413")
    nowhere = MunicipalityFactory(name="Zonderplaats", province=Province.UTRECHT)

    def case_study(title, municipality, status, method=samen):
        return published(
            CaseStudyPageFactory(
                parent=index,
                title=title,
                method=method,
                municipality=municipality,
                status=status,
                start_date=datetime.date(2021, 3, 1),
                end_date=datetime.date(2022, 6, 1),
            )
        )

    return {
        "samen": samen,
        "kleuren": kleuren,
        "rotterdam": rotterdam,
        "groningen": groningen,
        "almere": almere,
        "in_groningen": case_study("Wijkalliantie Groningen", groningen, CaseStudyStatus.RUNNING),
        "in_rotterdam": [
            case_study(f"Rotterdam {number}", rotterdam, CaseStudyStatus.ENDED)
            for number in range(4)
        ],
        "in_almere": [
            case_study("Almere verbindt", almere, CaseStudyStatus.PLANNED, kleuren),
            case_study("Almere borgt", almere, CaseStudyStatus.EMBEDDED, kleuren),
        ],
        "unplaced": case_study("Ergens in Utrecht", nowhere, CaseStudyStatus.RUNNING),
    }


@pytest.fixture
def map_page(section):
    return section(ImplementationMapPage)


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def markers(html):
    return {
        marker["aria-label"].split(":")[0]: marker
        for marker in html.select("a.implementation-map__marker")
    }


def radius(marker):
    return float(marker.select_one(".implementation-map__dot")["r"])


def test_one_marker_per_placed_municipality_with_its_area_growing_with_its_case_studies(
    client, content, map_page
):
    shown = markers(soup(client.get(map_page.url)))

    assert set(shown) == {"Rotterdam", "Groningen", "Almere"}
    # Four case studies: four times the area of one, so twice the radius.
    assert radius(shown["Rotterdam"]) == pytest.approx(2 * radius(shown["Groningen"]))
    assert radius(shown["Almere"]) == pytest.approx(2**0.5 * radius(shown["Groningen"]), 0.02)
    # West lies left, north lies up.
    rotterdam, groningen = (
        shown[name].select_one(".implementation-map__dot") for name in ("Rotterdam", "Groningen")
    )
    assert float(rotterdam["cx"]) < float(groningen["cx"])
    assert float(rotterdam["cy"]) > float(groningen["cy"])


def test_markers_show_their_status_by_style_and_the_legend_says_it_in_words(
    client, content, map_page
):
    html = soup(client.get(map_page.url))
    shown = markers(html)

    assert "implementation-map__marker--running" in shown["Groningen"]["class"]
    assert "implementation-map__marker--ended" in shown["Rotterdam"]["class"]
    # Planned and embedded in one place: a marker of its own kind, not one of the two.
    assert "implementation-map__marker--mixed" in shown["Almere"]["class"]
    assert shown["Rotterdam"].select_one(".implementation-map__dot")["fill"].startswith("url(#")
    legend = [
        item.get_text(" ", strip=True) for item in html.select(".implementation-map__legend li")
    ]
    assert legend == [
        "Loopt: volle groene cirkel",
        "Afgerond: grijs gearceerde cirkel",
        "Verschillend: paarse cirkel met witte stip",
    ]


def test_each_marker_is_a_link_named_by_its_municipality_count_and_methods(
    client, content, map_page
):
    html = soup(client.get(map_page.url))
    shown = markers(html)

    groningen = shown["Groningen"]
    assert groningen["href"] == content["in_groningen"].url
    assert groningen["aria-label"].startswith("Groningen: 1 praktijkvoorbeeld. Samen in de Wijk")
    assert groningen.title.get_text() == groningen["aria-label"]
    almere = shown["Almere"]
    assert almere["aria-label"].startswith("Almere: 2 praktijkvoorbeelden.")
    assert "Alle Kleuren – Gepland, 2021 – 2022" in almere["aria-label"]
    # Several case studies: the marker leads to their rows in the table.
    target = almere["href"]
    assert target.startswith("#")
    assert html.find(id=target[1:]).find("th").get_text(strip=True) == "Almere"


def test_the_table_lists_every_case_study_including_those_not_on_the_map(client, content, map_page):
    html = soup(client.get(map_page.url))
    rows = [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
        for row in html.select(".implementation-map__table tbody tr")
    ]

    assert len(rows) == 8
    assert [
        "Groningen",
        "Groningen",
        "Samen in de Wijk",
        "Loopt",
        "2021 – 2022",
        "Wijkalliantie Groningen",
    ] in rows
    assert rows[-1][:5] == ["Zonderplaats", "Utrecht", "Samen in de Wijk", "Loopt", "2021 – 2022"]
    assert "Zonderplaats" not in markers(html)
    assert "Nog niet op de kaart" in html.get_text()
    first = html.select_one(".implementation-map__table tbody tr")
    assert first.select_one("th a")["href"] == "/nl/gemeenten/almere/"
    assert first.select_one("td:last-child a")["href"].startswith("/nl/praktijkvoorbeelden/")


def test_the_map_is_filtered_by_the_search_pages_parameters(client, content, map_page):
    def shown(query):
        html = soup(client.get(f"{map_page.url}?{query}"))
        return set(markers(html)), len(html.select(".implementation-map__table tbody tr"))

    assert shown("status=running") == ({"Groningen"}, 2)
    assert shown("provincie=flevoland") == ({"Almere"}, 2)
    assert shown(f"methode={content['kleuren'].pk}") == ({"Almere"}, 2)
    assert shown("methode=samen-in-de-wijk&status=ended") == ({"Rotterdam"}, 4)
    assert shown("q=wijkalliantie") == ({"Groningen"}, 1)
    # The form's "all" choices send empty values: no filter, and no complaint about it.
    html = soup(client.get(f"{map_page.url}?q=&methode=&provincie=&status="))
    assert len(markers(html)) == 3
    assert not html.select(".notice")


def test_a_filter_that_does_not_exist_is_ignored_with_a_notice(client, content, map_page):
    html = soup(client.get(f"{map_page.url}?methode=999999&status=verzonnen"))

    assert "Een of meer filters in de link bestaan niet en zijn genegeerd." in html.get_text()
    assert len(markers(html)) == 3


def test_a_draft_method_is_never_named_on_the_map(client, content, map_page):
    content["kleuren"].unpublish()

    html = soup(client.get(f"{map_page.url}?provincie=flevoland"))

    assert "Alle Kleuren" not in html.get_text()
    assert "Alle Kleuren" not in markers(html)["Almere"]["aria-label"]


def test_a_method_page_maps_its_own_case_studies(client, content):
    html = soup(client.get(content["kleuren"].url))

    assert set(markers(html)) == {"Almere"}
    table = html.select_one(".implementation-map__table")
    assert [th.get_text(strip=True) for th in table.select("thead th")] == [
        "Gemeente",
        "Provincie",
        "Stand van zaken",
        "Periode",
        "Praktijkvoorbeeld",
    ]
    assert len(table.select("tbody tr")) == 2


def test_the_svg_needs_no_script_and_uses_plain_numbers(client, content, map_page):
    response = client.get(map_page.url)
    svg = re.search(r"<svg class=\"implementation-map__svg\".*?</svg>", response.text, re.S)

    assert svg is not None
    assert "<script" not in svg.group(0)
    # Dutch formatting must not turn coordinates into "51,9".
    assert re.search(r'viewBox="0 0 400 \d+(\.\d)?"', svg.group(0))
    assert re.search(r'cx="\d+\.\d"', svg.group(0))


def test_the_map_page_carries_the_keys_that_purge_it_when_a_case_study_changes(
    client, content, map_page
):
    response = client.get(map_page.url)
    keys = set(response["Surrogate-Key"].split())

    changed = content["in_groningen"]
    assert keys & keys_for_page(changed)
    # A new case study anywhere may join the map.
    new = CaseStudyPageFactory(
        parent=changed.get_parent(), municipality=content["almere"], method=content["samen"]
    )
    assert keys & keys_for_page(new)
    # Moving a municipality (its position is edited) moves its marker.
    assert keys & keys_for_term(content["rotterdam"])
    assert "map" in keys


def test_the_english_map_speaks_english(client, content, map_page, english):
    from knowledge.translation.given_strings import translate

    strings = {
        "Kaart": "Map",
        "kaart": "map",
        map_page.intro: "Where approaches were carried out.",
    }
    home = map_page.get_parent().specific
    translate(home, english, {"Wijkkompas": "Wijkkompas", "home": "home-en", home.intro: "Intro"})
    translate(map_page, english, strings)

    html = soup(client.get("/en/map/"))

    assert html.find("h1").get_text(strip=True) == "Map"
    assert "Filter the map" in html.get_text()
    # No English case studies yet: an English sentence says so.
    assert "There are no case studies that match these filters." in html.get_text()


@pytest.mark.parametrize(
    ("latitude", "longitude", "field", "message"),
    [
        ("60.1", "4.5", "latitude", "Dat ligt ten noorden van Nederland"),
        ("52.1", "", "longitude", "Vul breedte- én lengtegraad in"),
    ],
)
def test_an_impossible_position_is_refused_next_to_its_field_and_nothing_is_lost(
    client, content, latitude, longitude, field, message
):
    editor = log_in(client, create_user_in_role(EDITOR))
    rotterdam = content["rotterdam"]
    url = reverse("wagtailsnippets_knowledge_municipality:edit", args=[rotterdam.pk])

    response = editor.post(
        url, municipality_form(rotterdam, latitude=latitude, longitude=longitude)
    )

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert message in " ".join(errors[field])
    rotterdam.refresh_from_db()
    assert rotterdam.latitude == Decimal("51.92250")
    assert f'value="{latitude}"' in response.text


def test_an_editor_moves_a_municipality_on_the_map(client, content, map_page):
    editor = log_in(client, create_user_in_role(EDITOR))
    groningen = content["groningen"]
    before = markers(soup(client.get(map_page.url)))["Groningen"]
    url = reverse("wagtailsnippets_knowledge_municipality:edit", args=[groningen.pk])

    response = editor.post(
        url, municipality_form(groningen, seat="Groningen", latitude="52.1", longitude="5.1")
    )

    assert response.status_code == 302
    groningen.refresh_from_db()
    assert (groningen.latitude, groningen.longitude) == (Decimal("52.1"), Decimal("5.1"))
    client.logout()
    after = markers(soup(client.get(map_page.url)))["Groningen"]
    dot_before = before.select_one(".implementation-map__dot")
    dot_after = after.select_one(".implementation-map__dot")
    assert float(dot_after["cy"]) > float(dot_before["cy"])


def municipality_form(municipality, **changes):
    data = {
        "name": municipality.name,
        "slug": municipality.slug,
        "cbs_code": municipality.cbs_code,
        "province": municipality.province,
        "description": municipality.description,
        "sort_order": municipality.sort_order,
        "seat": municipality.seat,
        "latitude": municipality.latitude,
        "longitude": municipality.longitude,
    }
    data.update(changes)
    return {key: "" if value is None else str(value) for key, value in data.items()}


def test_a_municipality_has_a_position_in_every_language(content, english):
    from knowledge.translation.given_strings import translate

    rotterdam = content["rotterdam"]
    translated = translate(rotterdam, english, lambda text: text)

    assert (translated.latitude, translated.longitude) == (rotterdam.latitude, rotterdam.longitude)
    assert Municipality.objects.filter(cbs_code=rotterdam.cbs_code).count() == 2
