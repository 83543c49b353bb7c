"""The demo content as a new user gets it: methods, case studies, tips, interviews and articles.

The demo is loaded once for the whole module (see `demo_site_once` in tests/conftest.py): these
tests only read it.
"""

import re

import pytest
from wagtail.fields import StreamField

from articles.models import ArticlePage, InterviewPage, PracticalTipPage
from casestudies.models import CaseStudyPage, CaseStudyStatus
from knowledge.models import (
    Municipality,
    Neighbourhood,
    Organisation,
    Person,
    Programme,
    Province,
    TargetGroup,
    Theme,
)
from methods.models import MethodPage
from wijkkompas.content.demo.casestudies import LOCAL_CASE_STUDIES, PILOT_CASE_STUDIES

SNIPPET_MODELS = [Theme, TargetGroup, Municipality, Neighbourhood, Organisation, Programme, Person]
DEMO_PAGE_MODELS = [MethodPage, CaseStudyPage, InterviewPage, ArticlePage, PracticalTipPage]


@pytest.fixture
def demo(demo_site):
    """The demo content, loaded once for this module."""


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("slug", "municipalities"),
    [
        ("alle-kleuren", {"Lelystad", "Almere", "Groningen", "Amsterdam"}),
        ("samen-in-de-wijk", {"Eindhoven", "Nissewaard", "Roosendaal", "Rotterdam"}),
    ],
)
def test_each_method_is_applied_in_its_four_pilot_municipalities(demo, slug, municipalities):
    method = MethodPage.objects.live().get(slug=slug, locale__language_code="nl")

    applied_in = list(method.applied_in())

    assert len(applied_in) == 4
    assert {case.municipality.name for case in applied_in} == municipalities
    # No databank recognised either method: the demo claims no recognition.
    assert not method.is_recognised
    assert method.evidence_statement == "Niet beoordeeld"
    assert method.evidence_caveat
    assert method.contact_email == ""
    assert len(method.approach) >= 4
    assert 3 <= len(method.working_elements) <= 5
    assert method.target_groups.exists()
    assert method.intermediate_target_groups.exists()


@pytest.mark.django_db
def test_every_case_study_has_a_municipality_with_cbs_code_and_province(demo):
    case_studies = CaseStudyPage.objects.filter(locale__language_code="nl").select_related(
        "municipality"
    )

    assert case_studies.count() == len(PILOT_CASE_STUDIES) + len(LOCAL_CASE_STUDIES)
    for case_study in case_studies:
        municipality = case_study.municipality
        assert re.fullmatch(r"GM\d{4}", municipality.cbs_code), case_study.title
        assert municipality.province in Province.values, case_study.title
        assert case_study.live
        assert case_study.peer_contact_name == ""
    assert (
        Municipality.objects.get(slug="rotterdam", locale__language_code="nl").cbs_code == "GM0599"
    )


@pytest.mark.django_db
def test_pilot_case_studies_belong_to_the_pilot_and_ended(demo):
    for data in PILOT_CASE_STUDIES:
        case_study = CaseStudyPage.objects.get(slug=data["slug"], locale__language_code="nl")
        assert case_study.programme.slug == "pilot-veilige-wijken"
        assert case_study.programme.parent.slug == "regenboogsteden"
        assert case_study.status == CaseStudyStatus.ENDED
        # Almere joined later than the others: its own start, per the source.
        expected = "2022" if data["slug"] == "alle-kleuren-almere" else "2021 – 2022"
        assert case_study.period == expected


@pytest.mark.django_db
def test_home_grown_case_studies_have_no_method(demo):
    for data in LOCAL_CASE_STUDIES:
        case_study = CaseStudyPage.objects.get(slug=data["slug"], locale__language_code="nl")
        assert case_study.method is None
        assert case_study.programme is None
        assert case_study.context
        assert case_study.lessons_worked or case_study.lessons_did_not_work


@pytest.mark.django_db
def test_at_least_twelve_live_practical_tips_each_with_a_source(demo):
    tips = PracticalTipPage.objects.all()

    assert tips.count() >= 12
    assert all(tip.live for tip in tips)
    for tip in tips:
        assert tip.source_method_id or tip.source_case_study_id, tip.title
        assert [block.block_type for block in tip.how] == ["step"] * len(tip.how)
        assert len(tip.how) >= 2


@pytest.mark.django_db
def test_both_interviews_have_questions_and_answers(demo):
    interviews = InterviewPage.objects.filter(locale__language_code="nl")

    assert interviews.count() == 2
    for interview in interviews:
        block_types = {block.block_type for block in interview.body}
        assert {"question", "answer"} <= block_types
        assert interview.interviewees.count() == 3
        assert interview.source_method is not None
        assert interview.source_case_study is not None


@pytest.mark.django_db
def test_articles_cover_announcement_report_and_news(demo):
    types = set(ArticlePage.objects.values_list("article_type", flat=True))

    assert types == {"announcement", "report", "news"}


@pytest.mark.django_db
def test_every_stream_field_value_passes_block_validation(demo):
    for model in DEMO_PAGE_MODELS:
        for page in model.objects.all():
            for field in page._meta.get_fields():
                if isinstance(field, StreamField):
                    field.stream_block.clean(getattr(page, field.name))


@pytest.mark.django_db
def test_every_demo_municipality_is_placed_on_the_map_in_both_languages(demo, client):
    assert not Municipality.objects.filter(latitude__isnull=True).exists()
    places = Municipality.objects.filter(locale__language_code="nl").count()

    dutch = client.get("/nl/kaart/")
    english = client.get("/en/map/")

    assert dutch.status_code == english.status_code == 200
    assert dutch.content.decode().count('class="implementation-map__marker ') == places
    assert "Nog niet op de kaart" not in dutch.content.decode()
    # The English map shows the case studies translated so far, in English.
    english_html = english.content.decode()
    assert 'class="implementation-map__marker ' in english_html
    assert "case studies on the map" in english_html or "case study on the map" in english_html
