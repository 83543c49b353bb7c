"""The search page's filters on a case study's status, the year it started and its cost band (a
method's cost band too), in Dutch and English, and what a visitor may type into them."""

import datetime

import pytest

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage, CaseStudyStatus
from knowledge.factories import MunicipalityFactory
from knowledge.models import CostBand
from knowledge.translation.given_strings import translate
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage

DUTCH_SEARCH = "/nl/zoeken/"
ENGLISH_SEARCH = "/en/search/"


def published(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def content(section):
    method = published(
        MethodPageFactory(
            parent=section(MethodIndexPage), title="Samen in de Wijk", cost_band=CostBand.UP_TO_10K
        )
    )
    index = section(CaseStudyIndexPage)

    def case_study(title, status, started, budget):
        return published(
            CaseStudyPageFactory(
                parent=index,
                title=title,
                method=method,
                municipality=MunicipalityFactory(),
                status=status,
                start_date=started,
                budget_band=budget,
            )
        )

    return {
        "method": method,
        "running": case_study(
            "Loopt sinds 2021", CaseStudyStatus.RUNNING, datetime.date(2021, 3, 1), ""
        ),
        "ended": case_study(
            "Afgerond, begonnen 2019",
            CaseStudyStatus.ENDED,
            datetime.date(2019, 9, 1),
            CostBand.UP_TO_10K,
        ),
        "embedded": case_study(
            "Geborgd, begonnen 2021",
            CaseStudyStatus.EMBEDDED,
            datetime.date(2021, 11, 1),
            CostBand.ABOVE_100K,
        ),
    }


def titles(response):
    return {page.title for page in response.context["outcome"].results}


def facet_counts(response, facet_name):
    for group in response.context["outcome"].facet_groups:
        if group.facet.name == facet_name:
            return {value.label: value.count for value in group.values}
    return {}


def test_status_filter_finds_the_case_studies_with_that_status(client, content):
    response = client.get(DUTCH_SEARCH, {"status": ["ended", "embedded"]})
    assert titles(response) == {"Afgerond, begonnen 2019", "Geborgd, begonnen 2021"}
    # Other statuses keep their counts, so the reader can widen the choice.
    assert facet_counts(response, "status") == {"Loopt": 1, "Afgerond": 1, "Geborgd": 1}


def test_start_year_filter_and_its_counts(client, content):
    response = client.get(DUTCH_SEARCH, {"startjaar": "2021"})
    assert titles(response) == {"Loopt sinds 2021", "Geborgd, begonnen 2021"}
    assert facet_counts(response, "period") == {"2021": 2, "2019": 1}
    html = response.content.decode()
    assert "Startjaar (praktijkvoorbeelden)" in html


def test_cost_filter_finds_methods_and_case_studies_in_that_band(client, content):
    response = client.get(DUTCH_SEARCH, {"kosten": "up_to_10k"})
    assert titles(response) == {"Samen in de Wijk", "Afgerond, begonnen 2019"}
    # A page without a cost band is not counted as 'Onbekend'.
    assert facet_counts(client.get(DUTCH_SEARCH), "cost") == {
        "Tot € 10.000": 2,
        "Meer dan € 100.000": 1,
    }


def test_filters_combine_with_each_other(client, content):
    response = client.get(DUTCH_SEARCH, {"startjaar": "2021", "kosten": "above_100k"})
    assert titles(response) == {"Geborgd, begonnen 2021"}


@pytest.mark.parametrize(
    "params",
    [
        {"status": "bestaat-niet"},
        {"startjaar": "twintig"},
        {"startjaar": "20210"},
        {"kosten": ""},
        {"kosten": "gratis"},
    ],
)
def test_a_value_that_is_no_choice_is_ignored_with_a_notice(client, content, params):
    response = client.get(DUTCH_SEARCH, params)
    assert response.status_code == 200
    assert response.context["outcome"].total == 4
    assert "zijn genegeerd" in response.content.decode()


def test_the_english_search_page_names_the_filters_in_english(client, site_tree, english, content):
    for page in (site_tree.home, *site_tree.sections.values()):
        translate(page, english, lambda text: f"EN {text}")
    translate(content["method"], english, lambda text: f"EN {text}")
    translate(content["ended"], english, lambda text: f"EN {text}")

    response = client.get(ENGLISH_SEARCH, {"status": "ended"})
    assert titles(response) == {"EN Afgerond, begonnen 2019"}
    html = response.content.decode()
    assert "Start year (case studies)" in html
    assert "Status (case studies)" in html
    assert facet_counts(response, "status") == {"Ended": 1}
    # Counted with the status filter applied: the ended case study, not the method.
    assert facet_counts(response, "cost") == {"Up to €10,000": 1}
