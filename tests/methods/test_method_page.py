"""What a policy officer sees on a method page and its one-pager."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents.models import Document

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from knowledge.factories import MunicipalityFactory, NeighbourhoodFactory, TargetGroupFactory
from methods.factories import MethodPageFactory
from methods.models import EvidenceLevel, MethodIndexPage


@pytest.fixture
def method(section):
    return MethodPageFactory(
        parent=section(MethodIndexPage),
        title="Samen in de Wijk",
        evidence_level=EvidenceLevel.WELL_DESCRIBED,
        evidence_source="Databank Effectieve Sociale Interventies",
        databank_url="https://databank.example/interventies/samen-in-de-wijk",
        evidence_assessed_on=datetime.date(2023, 3, 1),
        evidence_valid_until=datetime.date(2099, 3, 1),
        contact_role="projectleider Samen in de Wijk",
    )


def add_case_studies(method, index, numbers):
    for number in numbers:
        municipality = MunicipalityFactory(name=f"Plaats {number}")
        case_study = CaseStudyPageFactory(
            parent=index, method=method, municipality=municipality, title=f"Uitvoering {number}"
        )
        case_study.neighbourhoods.set([NeighbourhoodFactory(municipality=municipality)])
        case_study.save()


def test_method_page_shows_profile_evidence_and_where_it_was_applied(client, method, section):
    rotterdam = MunicipalityFactory(name="Rotterdam", cbs_code="GM0599")
    CaseStudyPageFactory(
        parent=section(CaseStudyIndexPage),
        method=method,
        municipality=rotterdam,
        start_date=datetime.date(2021, 7, 1),
        end_date=datetime.date(2022, 12, 31),
        status="ended",
    )
    response = client.get(method.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Toegepast in" in html
    assert "Rotterdam" in html
    assert "2021 – 2022" in html
    assert "Afgerond" in html
    assert "Goed beschreven" in html
    assert "projectleider samen in de wijk" in html.lower()
    # The evidence badge and "Toegepast in" come before the detailed profile sections.
    assert html.index("Goed beschreven") < html.index("Werkzame elementen")
    assert html.index("Toegepast in") < html.index("Werkzame elementen")


def test_expired_recognition_is_shown_as_expired(client, method):
    method.evidence_assessed_on = datetime.date(2018, 1, 31)
    method.evidence_valid_until = datetime.date(2020, 1, 31)
    method.save_revision().publish()
    html = client.get(method.url).content.decode()
    assert "verlopen" in html
    assert "evidence-badge--expired" in html


def test_method_page_queries_do_not_grow_with_the_number_of_case_studies(client, method, section):
    index = section(CaseStudyIndexPage)
    add_case_studies(method, index, range(5))
    client.get(method.url)  # warm caches shared by every request (site root paths)
    with CaptureQueriesContext(connection) as few:
        assert client.get(method.url).status_code == 200
    add_case_studies(method, index, range(5, 50))
    with CaptureQueriesContext(connection) as many:
        response = client.get(method.url)
    assert response.status_code == 200
    assert response.content.decode().count("Uitvoering ") >= 50
    assert len(many) == len(few), [query["sql"] for query in many.captured_queries]


def test_one_pager_is_generated_from_the_structured_fields(client, method, section):
    CaseStudyPageFactory(
        parent=section(CaseStudyIndexPage),
        method=method,
        municipality=MunicipalityFactory(name="Eindhoven", cbs_code="GM0772"),
    )
    response = client.get(method.one_pager_url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="one-pager' in html or "one-pager" in html
    assert method.title in html
    assert method.approach[0].value["title"] in html
    assert method.working_elements[0].value["title"] in html
    assert "Eindhoven" in html
    assert method.full_url in html
    assert "Versie van" in html


def test_the_take_aways_and_a_contents_list_come_before_the_long_profile(client, method):
    html = client.get(method.url).content.decode()
    contents = html.index('id="op-deze-pagina"')
    profile = html.index('id="werkzame-elementen"')
    for link in (
        method.one_pager_url,
        method.one_pager_pdf_url,
        'href="#contact"',
        f"?methode={method.pk}",
        'href="#werkzame-elementen"',
    ):
        assert contents < html.index(link, contents) < profile, link


def test_method_cards_show_the_facts_a_policy_officer_chooses_by(client, method, section):
    group = TargetGroupFactory(name="Jongeren")
    method.target_groups.set([group])
    method.duration = "Anderhalf jaar"
    method.cost_band = "10k_50k"
    method.cost_notes = "Een schatting."
    method.save_revision().publish()
    index = section(CaseStudyIndexPage)
    for name, code in [("Almere", "GM0034"), ("Lelystad", "GM0995")]:
        CaseStudyPageFactory(
            parent=index, method=method, municipality=MunicipalityFactory(name=name, cbs_code=code)
        )

    html = client.get(section(MethodIndexPage).url).content.decode()
    card = html[html.index(f'href="{method.url}"') :]
    card = card[: card.index("</article>")]
    for fact in (
        "Jongeren",
        "Anderhalf jaar",
        str(method.get_cost_band_display()),
        "Een schatting.",
        method.evidence_statement,
        "2 gemeenten",
    ):
        assert fact in card, fact
    assert "/nl/vergelijken/" in html


def test_the_handbook_is_the_first_download_before_the_other_documents(client, method):
    handbook = Document.objects.create(
        title="Werkwijzer", file=ContentFile(b"%PDF-1.4 handboek", name="werkwijzer.pdf")
    )
    leaflet = Document.objects.create(
        title="Folder", file=ContentFile(b"%PDF-1.4 folder", name="folder.pdf")
    )
    method.handbook = handbook
    method.downloads = [("download", {"document": leaflet, "title": "Folder voor bewoners"})]
    method.save_revision().publish()

    page = BeautifulSoup(client.get(method.url).content, "html.parser")

    section = page.find("h2", id="downloads").parent
    assert [link.get_text(strip=True) for link in section.select("a")] == [
        "Handboek: Werkwijzer",
        "Folder voor bewoners",
    ]
