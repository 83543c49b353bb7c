"""The search filter "alleen geldige erkenningen": methods a databank recognises, not expired."""

import datetime

from methods.factories import MethodPageFactory
from methods.models import EvidenceLevel, MethodIndexPage

SEARCH_URL = "/nl/zoeken/"


def method(section, title, **evidence):
    return MethodPageFactory(parent=section(MethodIndexPage), title=title, **evidence)


def recognised(**extra):
    return {
        "evidence_level": EvidenceLevel.WELL_FOUNDED,
        "evidence_source": "Databank Effectieve Sociale Interventies",
        "databank_url": "https://www.movisie.nl/interventie/voorbeeld",
        **extra,
    }


def titles(response):
    return [row.title for row in response.context["outcome"].results]


def test_only_valid_recognitions_are_found_with_the_filter(client, section):
    today = datetime.date.today()
    method(section, "Erkend en geldig", **recognised())
    method(
        section,
        "Erkenning verlopen",
        **recognised(
            evidence_assessed_on=today - datetime.timedelta(days=800),
            evidence_valid_until=today - datetime.timedelta(days=1),
        ),
    )
    method(section, "Beschreven door de eigenaar", evidence_level=EvidenceLevel.OWNER_DESCRIBED)

    everything = titles(client.get(SEARCH_URL))
    assert len(everything) == 3
    response = client.get(SEARCH_URL, {"erkenning": "geldig"})
    assert titles(response) == ["Erkend en geldig"]
    assert "Alleen geldige erkenningen" in response.text


def test_the_filter_speaks_english_under_en(client, section, english):
    method(section, "Erkend en geldig", **recognised())
    response = client.get("/en/search/", {"erkenning": "geldig"})
    assert response.status_code == 200
    assert "Only valid recognitions" in response.text
