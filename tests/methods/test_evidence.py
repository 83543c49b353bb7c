"""What a method page says about its evidence: a recognition only with its databank and record,
otherwise what is known and why; and the editor's caveats go wherever the value goes."""

import csv
import io

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from methods.factories import MethodPageFactory
from methods.models import EvidenceLevel, MethodIndexPage

RECORD = "https://databank.example/interventies/alle-kleuren"


@pytest.fixture
def method(section):
    return MethodPageFactory(
        parent=section(MethodIndexPage),
        title="Alle Kleuren",
        cost_band="10k_50k",
        cost_notes="Een schatting van de eigenaar.",
    )


def publish(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.full_clean()
    page.save_revision().publish()
    return page


def test_a_recognition_level_needs_its_databank_and_record(method):
    method.evidence_level = EvidenceLevel.WELL_DESCRIBED
    method.evidence_source = ""
    method.databank_url = ""
    with pytest.raises(ValidationError) as error:
        method.full_clean()
    assert {"evidence_source", "databank_url"} <= set(error.value.message_dict)


def test_not_recognised_needs_its_reason(method):
    method.evidence_level = EvidenceLevel.NOT_RECOGNISED
    method.evidence_notes = " "
    with pytest.raises(ValidationError) as error:
        method.full_clean()
    assert "evidence_notes" in error.value.message_dict


def test_a_recognition_is_shown_with_its_databank_and_a_link_to_the_record(client, method):
    publish(
        method,
        evidence_level=EvidenceLevel.WELL_FOUNDED,
        evidence_source="Databank Effectieve Sociale Interventies",
        databank_url=RECORD,
    )
    html = client.get(method.url).content.decode()
    assert "Erkenning:" in html
    assert "Goed onderbouwd, erkend door Databank Effectieve Sociale Interventies" in html
    assert f'href="{RECORD}"' in html


def test_a_level_without_databank_record_is_not_shown_as_a_recognition(client, method):
    # Entered before a record was required: the page must not claim what it cannot show.
    type(method).objects.filter(pk=method.pk).update(
        evidence_level=EvidenceLevel.WELL_DESCRIBED, evidence_source="Handreiking", databank_url=""
    )
    html = client.get(method.url).content.decode()
    assert "Erkenning:" not in html
    assert "Goed beschreven" not in html
    assert "Niet beoordeeld" in html


def test_described_by_the_owner_and_not_recognised_say_what_is_known(client, method):
    publish(
        method,
        evidence_level=EvidenceLevel.OWNER_DESCRIBED,
        evidence_notes="De eigenaar beschreef de methode in een handreiking.",
    )
    html = client.get(method.url).content.decode()
    assert "Beschreven door de eigenaar" in html
    assert "De eigenaar beschreef de methode in een handreiking." in html

    publish(
        method,
        evidence_level=EvidenceLevel.NOT_RECOGNISED,
        evidence_notes="de beoordeling ontbrekende gegevens vond.",
    )
    html = client.get(method.url).content.decode()
    assert "Niet erkend, omdat de beoordeling ontbrekende gegevens vond" in html
    assert "Erkenning:" not in html


def test_caveats_travel_to_the_one_pager_compare_and_export(client, method):
    publish(
        method,
        evidence_level=EvidenceLevel.OWNER_DESCRIBED,
        evidence_notes="Alleen door de eigenaar beschreven.",
    )
    other = MethodPageFactory(parent=method.get_parent(), title="Samen in de Wijk")
    one_pager = client.get(method.one_pager_url).content.decode()
    compare = client.get(
        reverse("compare-methods"), {"methode": [method.pk, other.pk]}
    ).content.decode()
    for html in (one_pager, compare):
        assert "Een schatting van de eigenaar." in html
        assert "Alleen door de eigenaar beschreven." in html

    export = client.get(reverse("open-data-csv"))
    rows = list(csv.DictReader(io.StringIO(export.content.decode("utf-8-sig"))))
    row = next(row for row in rows if row["title"] == "Alle Kleuren")
    assert row["cost_notes"] == "Een schatting van de eigenaar."
    assert row["evidence"] == "Beschreven door de eigenaar"
    assert row["evidence_notes"] == "Alleen door de eigenaar beschreven."
