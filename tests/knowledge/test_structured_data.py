"""Every content page describes itself in schema.org JSON-LD of its type, using only properties
the schema.org vocabulary defines for that type, with the facts of the page, in both languages."""

import datetime
import json
import re

import pytest

from articles.factories import ArticlePageFactory, InterviewPageFactory, PracticalTipPageFactory
from articles.models import ArticleIndexPage, InterviewIndexPage, PracticalTipIndexPage
from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage, CaseStudyStatus
from knowledge.factories import MunicipalityFactory, OrganisationFactory
from knowledge.models import CostBand
from knowledge.translation.given_strings import translate
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage

# From the schema.org vocabulary (https://schema.org, version 29): the properties of the types
# these pages use, each type with those it inherits (Thing → CreativeWork → Article / HowTo;
# Thing → Organization, Place; Thing → Intangible → StructuredValue → ContactPoint →
# PostalAddress; HowToStep is a CreativeWork and a ListItem). Only the ones that could apply
# to this site are listed; a property not listed here fails the test.
THING = {
    "name",
    "description",
    "url",
    "identifier",
    "image",
    "sameAs",
    "alternateName",
    "disambiguatingDescription",
    "mainEntityOfPage",
}
CREATIVE_WORK = THING | {
    "headline",
    "abstract",
    "about",
    "author",
    "creator",
    "contributor",
    "publisher",
    "sourceOrganization",
    "inLanguage",
    "datePublished",
    "dateModified",
    "dateCreated",
    "keywords",
    "isBasedOn",
    "spatialCoverage",
    "temporalCoverage",
    "text",
    "license",
    "audience",
    "citation",
}
SCHEMA_TYPES = {
    "Article": CREATIVE_WORK | {"articleBody", "articleSection", "wordCount"},
    "HowTo": CREATIVE_WORK | {"estimatedCost", "step", "supply", "tool", "totalTime", "yield"},
    "HowToStep": CREATIVE_WORK | {"position", "item", "itemListElement", "nextItem"},
    "Organization": THING | {"address", "email", "telephone", "legalName"},
    "Place": THING | {"address", "geo", "containedInPlace"},
    "PostalAddress": THING
    | {"addressLocality", "addressRegion", "addressCountry", "postalCode", "streetAddress"},
}


def json_ld(response):
    found = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    assert len(found) == 1
    return json.loads(found[0])


def unknown_properties(node, path="$"):
    """Every property of `node` (and the nodes inside it) its @type does not define."""
    problems = []
    if isinstance(node, list):
        for index, item in enumerate(node):
            problems += unknown_properties(item, f"{path}[{index}]")
    elif isinstance(node, dict):
        allowed = SCHEMA_TYPES.get(node.get("@type"))
        if allowed is None:
            return [f"{path}: unknown type {node.get('@type')!r}"]
        for key, value in node.items():
            if key.startswith("@"):
                continue
            if key not in allowed:
                problems.append(f"{path}.{key} is no property of {node['@type']}")
            problems += unknown_properties(value, f"{path}.{key}")
    return problems


def published(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def pages(section):
    owner = OrganisationFactory(name="Stichting Buurtkracht")
    method = published(
        MethodPageFactory(
            parent=section(MethodIndexPage),
            title="Samen in de Wijk",
            owner_organisation=owner,
            cost_band=CostBand.UP_TO_10K,
            first_published=datetime.date(2023, 3, 1),
        )
    )
    case_study = published(
        CaseStudyPageFactory(
            parent=section(CaseStudyIndexPage),
            title="Samen in Tilburg",
            method=method,
            municipality=MunicipalityFactory(name="Tilburg", cbs_code="GM0855"),
            lead_organisation=OrganisationFactory(name="Welzijn Tilburg"),
            start_date=datetime.date(2021, 3, 1),
            end_date=datetime.date(2023, 6, 30),
            status=CaseStudyStatus.ENDED,
        )
    )
    return {
        "method": method,
        "case study": case_study,
        "tip": published(PracticalTipPageFactory(parent=section(PracticalTipIndexPage))),
        "interview": published(InterviewPageFactory(parent=section(InterviewIndexPage))),
        "article": published(ArticlePageFactory(parent=section(ArticleIndexPage))),
    }


@pytest.mark.parametrize(
    ("kind", "schema_type"),
    [
        ("method", "HowTo"),
        ("case study", "Article"),
        ("tip", "HowTo"),
        ("interview", "Article"),
        ("article", "Article"),
    ],
)
def test_every_content_page_describes_itself_with_schema_org_properties_only(
    client, pages, kind, schema_type
):
    page = pages[kind]
    data = json_ld(client.get(page.url))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == schema_type
    assert data["name"] == page.title
    assert data["url"].endswith(page.url)
    assert data["inLanguage"] == "nl"
    assert unknown_properties(data) == []


def test_a_method_names_its_owner_and_cost(client, pages):
    data = json_ld(client.get(pages["method"].url))
    assert data["creator"] == {"@type": "Organization", "name": "Stichting Buurtkracht"}
    assert data["estimatedCost"] == "Tot € 10.000"
    assert data["datePublished"] == "2023-03-01"


def test_a_case_study_names_its_place_period_organisation_and_method(client, pages):
    data = json_ld(client.get(pages["case study"].url))
    assert data["spatialCoverage"]["name"] == "Tilburg"
    assert data["spatialCoverage"]["address"]["addressCountry"] == "NL"
    assert data["temporalCoverage"] == "2021-03-01/2023-06-30"
    assert data["sourceOrganization"]["name"] == "Welzijn Tilburg"
    assert data["isBasedOn"].endswith(pages["method"].url)


def test_a_tip_lists_its_steps(client, pages):
    data = json_ld(client.get(pages["tip"].url))
    steps = [block.value for block in pages["tip"].how]
    assert steps
    assert [step["text"] for step in data["step"]] == steps


def test_text_cannot_end_the_script_element(client, section):
    page = published(
        ArticlePageFactory(
            parent=section(ArticleIndexPage), intro="Wat </script><script>alert(1)</script> nu?"
        )
    )
    html = client.get(page.url).content.decode()
    assert "</script><script>alert(1)" not in html
    assert json_ld(client.get(page.url))["description"] == page.intro


def test_an_english_page_says_it_is_in_english(client, site_tree, english, pages):
    for page in (site_tree.home, *site_tree.sections.values()):
        translate(page, english, lambda text: f"EN {text}")
    english_method = translate(pages["method"], english, lambda text: f"EN {text}")
    data = json_ld(client.get(english_method.url))
    assert data["inLanguage"] == "en"
    assert data["name"] == "EN Samen in de Wijk"
    assert data["estimatedCost"] == "Up to €10,000"
    assert unknown_properties(data) == []
