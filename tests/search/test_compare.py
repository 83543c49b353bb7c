"""Comparing methods side by side: the choice form, ignored input, the table and its queries."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage, CaseStudyStatus
from knowledge.factories import MunicipalityFactory, OrganisationFactory, TargetGroupFactory
from methods.factories import MethodPageFactory
from methods.models import EvidenceLevel, MethodIndexPage

URL = "/nl/vergelijken/"


@pytest.fixture
def methods_index(section):
    return section(MethodIndexPage)


@pytest.fixture
def alle_kleuren(methods_index):
    method = MethodPageFactory(
        parent=methods_index,
        title="Alle Kleuren",
        duration="18 maanden",
        intensity="Twee bijeenkomsten per maand",
        cost_band="",
        cost_notes="Vooral uren van de kwartiermaker.",
        evidence_level=EvidenceLevel.WELL_FOUNDED,
        evidence_valid_until=timezone.localdate() - datetime.timedelta(days=10),
        owner_organisation=OrganisationFactory(name="Movisie"),
        required_partners=[
            {"type": "partner", "value": {"partner_type": "police", "role": "Deelt signalen"}}
        ],
        approach=[
            {
                "type": "step",
                "value": {
                    "phase": "explore",
                    "title": "Breng de wijk in kaart",
                    "activities": "<p>Gesprekken.</p>",
                    "who": "",
                    "duration": "",
                },
            },
            {
                "type": "step",
                "value": {
                    "phase": "carry_out",
                    "title": "Organiseer de regenboogtafel",
                    "activities": "<p>Elke maand.</p>",
                    "who": "",
                    "duration": "",
                },
            },
        ],
    )
    method.target_groups.set([TargetGroupFactory(name="Lhbti+ bewoners")])
    method.intermediate_target_groups.set([TargetGroupFactory(name="Wijkprofessionals")])
    method.save_revision().publish()
    return method


@pytest.fixture
def buurtgesprekken(methods_index):
    return MethodPageFactory(
        parent=methods_index,
        title="Buurtgesprekken",
        duration="6 maanden",
        evidence_level=EvidenceLevel.NONE,
    )


@pytest.fixture
def english_methods_index(methods_index, english):
    """The methods section translated into English (its home page comes along as an alias)."""
    index = methods_index.copy_for_translation(english, copy_parents=True)
    index.save_revision().publish()
    return index


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def compare(client, *ids, **extra):
    """Submit the form with these methods ticked, as the 'Vergelijk' button does."""
    return client.get(URL, {"methode": [str(pk) for pk in ids], "vergelijk": "1", **extra})


def checked_ids(page):
    return {int(box["value"]) for box in page.select("input[name=methode][checked]")}


def test_without_a_choice_the_form_lists_every_method_as_a_checkbox(
    client, alle_kleuren, buurtgesprekken
):
    response = client.get(URL)

    assert response.status_code == 200
    page = soup(response)
    form = page.select_one("main form[method=get]")
    fieldset = form.select_one("fieldset")
    assert fieldset.legend.get_text(strip=True) == "Kies 2 tot 4 methoden"
    labels = {label.get_text(strip=True) for label in fieldset.select("label")}
    assert labels == {"Alle Kleuren", "Buurtgesprekken"}
    for box in fieldset.select("input[type=checkbox]"):
        assert page.select_one(f"label[for={box['id']}]") is not None
    assert form.select_one("button[type=submit]")
    assert not page.select("table")
    assert not page.select(".field-error")


def test_two_methods_are_shown_side_by_side(client, alle_kleuren, buurtgesprekken, section):
    almere = MunicipalityFactory(name="Almere", cbs_code="GM0034")
    CaseStudyPageFactory(
        parent=section(CaseStudyIndexPage),
        method=alle_kleuren,
        municipality=almere,
        status=CaseStudyStatus.EMBEDDED,
    )

    response = compare(client, alle_kleuren.pk, buurtgesprekken.pk)

    assert response.status_code == 200
    page = soup(response)
    table = page.select_one(".table-wrapper > table")
    assert table.caption.get_text(strip=True) == "Vergelijking van 2 methoden"
    assert [th.get_text(strip=True) for th in table.select("thead th[scope=col]")] == [
        "Alle Kleuren",
        "Buurtgesprekken",
    ]
    rows = {
        row.th.get_text(strip=True): [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in table.select("tbody tr")
    }
    assert set(rows) == {
        "Doelgroepen",
        "Aanpak in stappen",
        "Looptijd en intensiteit",
        "Kosten",
        "Onderbouwing",
        "Benodigde partners",
        "Toegepast in",
        "Eigenaar",
        "Meer lezen",
    }
    assert all(th["scope"] == "row" for th in table.select("tbody th"))
    kleuren, gesprekken = zip(*rows.values(), strict=True)
    kleuren = dict(zip(rows, kleuren, strict=True))
    gesprekken = dict(zip(rows, gesprekken, strict=True))

    assert "Lhbti+ bewoners" in kleuren["Doelgroepen"]
    assert "Via: Wijkprofessionals" in kleuren["Doelgroepen"]
    steps = table.select("tbody tr")[1].select("td")[0].select("ol > li")
    assert [step.get_text(" ", strip=True) for step in steps] == [
        "Breng de wijk in kaart (fase: Verkennen)",
        "Organiseer de regenboogtafel (fase: Uitvoeren)",
    ]
    assert "18 maanden" in kleuren["Looptijd en intensiteit"]
    assert "Twee bijeenkomsten per maand" in kleuren["Looptijd en intensiteit"]
    assert "6 maanden" in gesprekken["Looptijd en intensiteit"]
    assert "Vooral uren van de kwartiermaker." in kleuren["Kosten"]
    assert "Goed onderbouwd" in kleuren["Onderbouwing"]
    assert "Erkenning verlopen" in kleuren["Onderbouwing"]
    assert "Niet beoordeeld" in gesprekken["Onderbouwing"]
    assert "Politie : Deelt signalen" in kleuren["Benodigde partners"]
    assert "Almere" in kleuren["Toegepast in"] and "Geborgd" in kleuren["Toegepast in"]
    assert "Nog niet toegepast" in gesprekken["Toegepast in"]
    assert kleuren["Eigenaar"] == "Movisie"
    links = [a["href"] for a in table.select("tbody tr")[-1].select("td")[0].select("a")]
    assert links == [alle_kleuren.url, alle_kleuren.url + "onepager/"]
    assert checked_ids(page) == {alle_kleuren.pk, buurtgesprekken.pk}


@pytest.mark.parametrize("count", [1, 5])
def test_too_few_or_too_many_methods_show_an_error_and_keep_the_ticks(client, methods_index, count):
    methods = [MethodPageFactory(parent=methods_index, title=f"Aanpak {n}") for n in range(5)]
    chosen = methods[:count]

    response = compare(client, *(method.pk for method in chosen))

    assert response.status_code == 200
    page = soup(response)
    assert not page.select("table")
    fieldset = page.select_one("fieldset")
    error = fieldset.select_one(".field-error")
    assert fieldset["aria-describedby"] == error["id"]
    assert ("minstens twee" if count == 1 else "hoogstens vier") in error.get_text()
    for method in chosen:
        assert method.title in error.get_text()
    assert checked_ids(page) == {method.pk for method in chosen}
    assert page.title.get_text().startswith("Fout:")


def test_submitting_nothing_ticked_is_an_error(client, alle_kleuren):
    response = client.get(URL, {"vergelijk": "1"})

    assert "U koos nog geen methode" in soup(response).select_one(".field-error").get_text()


@pytest.mark.parametrize(
    "garbage",
    [
        ["abc"],
        ["-1"],
        ["99999999"],
        ["1e9"],
        ["99999999999999999999999999"],
        ["١٢"],
        [""],
        ["1\x00"],
    ],
)
def test_garbage_ids_are_skipped_with_a_notice(client, alle_kleuren, buurtgesprekken, garbage):
    response = client.get(
        URL, {"methode": [*garbage, str(alle_kleuren.pk), str(buurtgesprekken.pk)]}
    )

    assert response.status_code == 200
    page = soup(response)
    assert "overgeslagen" in page.select_one(".notice").get_text()
    assert len(page.select("thead th[scope=col]")) == 2


def test_a_repeated_id_counts_once(client, alle_kleuren, buurtgesprekken):
    response = client.get(URL, {"methode": [str(alle_kleuren.pk)] * 10 + [str(buurtgesprekken.pk)]})

    assert response.status_code == 200
    page = soup(response)
    assert "9 keuzes overgeslagen" in page.select_one(".notice").get_text()
    assert len(page.select("thead th[scope=col]")) == 2


def test_only_garbage_is_an_error_not_a_crash(client, alle_kleuren):
    response = client.get(URL, {"methode": ["abc", "-1", "1e9"] + ["5"] * 10})

    assert response.status_code == 200
    page = soup(response)
    assert page.select_one(".notice")
    assert page.select_one(".field-error")


def test_drafts_and_other_languages_cannot_be_compared(
    client, alle_kleuren, buurtgesprekken, methods_index, english_methods_index
):
    draft = MethodPageFactory(parent=methods_index, title="Conceptmethode")
    draft.unpublish()
    english_method = MethodPageFactory(parent=english_methods_index, title="English method")

    response = compare(client, alle_kleuren.pk, buurtgesprekken.pk, draft.pk, english_method.pk)

    assert response.status_code == 200
    page = soup(response)
    assert "2 keuzes overgeslagen" in page.select_one(".notice").get_text()
    headers = [th.get_text(strip=True) for th in page.select("thead th[scope=col]")]
    assert headers == ["Alle Kleuren", "Buurtgesprekken"]
    assert "Conceptmethode" not in response.content.decode()
    assert "English method" not in response.content.decode()


def test_the_english_page_compares_english_methods(client, english_methods_index, alle_kleuren):
    first = MethodPageFactory(parent=english_methods_index, title="Neighbourhood talks")
    second = MethodPageFactory(parent=english_methods_index, title="Rainbow tables")

    response = client.get(
        "/en/compare/", {"methode": [str(first.pk), str(second.pk), str(alle_kleuren.pk)]}
    )

    headers = [th.get_text(strip=True) for th in soup(response).select("thead th[scope=col]")]
    assert headers == ["Neighbourhood talks", "Rainbow tables"]


def method_with_case_studies(methods_index, case_study_index, count):
    method = MethodPageFactory(parent=methods_index, owner_organisation=OrganisationFactory())
    method.target_groups.set([TargetGroupFactory(), TargetGroupFactory()])
    method.intermediate_target_groups.set([TargetGroupFactory()])
    for _ in range(count):
        case_study = CaseStudyPageFactory(parent=case_study_index, method=method)
        case_study.neighbourhoods.set([])
    return method


def count_queries(client, methods):
    with CaptureQueriesContext(connection) as queries:
        response = compare(client, *(method.pk for method in methods))
    assert response.status_code == 200
    assert len(soup(response).select("thead th[scope=col]")) == len(methods)
    return len(queries)


def test_queries_do_not_grow_with_methods_or_case_studies(client, methods_index, section):
    case_study_index = section(CaseStudyIndexPage)
    small = [method_with_case_studies(methods_index, case_study_index, 1) for _ in range(2)]
    large = [method_with_case_studies(methods_index, case_study_index, 10) for _ in range(4)]
    # A first request fills the caches (site root paths, content types) both requests share.
    count_queries(client, small)

    assert count_queries(client, large) == count_queries(client, small)


def test_method_page_links_to_comparing_it_with_the_method_ticked(client, methods_index):
    method = MethodPageFactory(parent=methods_index, title="Alle Kleuren")
    link = f"/nl/vergelijken/?methode={method.pk}"
    assert link in client.get(method.url).content.decode()
    page = soup(client.get(link))
    assert checked_ids(page) == {method.pk}
    assert not page.select(".field-error")
