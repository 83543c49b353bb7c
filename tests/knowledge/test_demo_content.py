"""The demo-content and demo-admin commands: idempotent, complete and safe outside development."""

import re
from collections import Counter
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.fields import StreamField
from wagtail.models import Page

from casestudies.models import CaseStudyPage, CaseStudyStatus
from knowledge.demo.casestudies import LOCAL_CASE_STUDIES, PILOT_CASE_STUDIES
from knowledge.models import (
    ArticlePage,
    InterviewPage,
    Municipality,
    Neighbourhood,
    Organisation,
    Person,
    PracticalTipPage,
    Programme,
    Province,
    TargetGroup,
    Theme,
)
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage, MethodPage
from search.models import SynonymGroup

SNIPPET_MODELS = [Theme, TargetGroup, Municipality, Neighbourhood, Organisation, Programme, Person]
DEMO_PAGE_MODELS = [MethodPage, CaseStudyPage, InterviewPage, ArticlePage, PracticalTipPage]


def load_demo_content():
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


def content_counts():
    pages = Counter(page.content_type.model for page in Page.objects.all())
    snippets = {model.__name__: model.objects.count() for model in SNIPPET_MODELS}
    return pages, snippets


@pytest.fixture
def demo(db):
    load_demo_content()


@pytest.mark.django_db
def test_running_twice_gives_identical_counts_and_unique_slugs():
    summary = load_demo_content()
    first = content_counts()
    load_demo_content()

    assert content_counts() == first
    assert summary.startswith("Demo-inhoud geladen: 2 methoden, 16 praktijkvoorbeelden")
    # Slugs are unique per language; the English site reuses some Dutch slugs.
    slugs = Counter(Page.objects.values_list("locale_id", "slug"))
    assert [slug for slug, count in slugs.items() if count > 1] == []
    people = Counter(Person.objects.values_list("name", flat=True))
    assert [name for name, count in people.items() if count > 1] == []


@pytest.mark.django_db
def test_existing_page_with_a_demo_slug_is_updated_in_place(section):
    MethodPageFactory(parent=section(MethodIndexPage), slug="alle-kleuren", title="Oude titel")

    load_demo_content()

    method = MethodPage.objects.get(slug="alle-kleuren", locale__language_code="nl")
    assert method.title == "Alle Kleuren"
    assert method.owner_organisation.name == "Stichting Alle Kleuren"


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
    assert method.evidence_level == "well_described"
    assert method.evidence_source
    assert not method.evidence_expired
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
        assert case_study.period == "2021 – 2022"


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
    interviews = InterviewPage.objects.all()

    assert interviews.count() == 2
    for interview in interviews:
        block_types = {block.block_type for block in interview.body}
        assert {"question", "answer"} <= block_types
        assert interview.interviewees.count() == 3
        assert interview.method is not None
        assert interview.case_study is not None
        assert interview.pull_quote


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
def test_create_demo_admin_refuses_when_debug_is_off(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="DEBUG"):
        call_command("create_demo_admin", stdout=StringIO())

    assert not get_user_model().objects.filter(username="admin").exists()


@pytest.mark.django_db
def test_create_demo_admin_creates_or_resets_a_working_superuser(settings, client):
    settings.DEBUG = True
    call_command("create_demo_admin", stdout=StringIO())
    user = get_user_model().objects.get(username="admin")
    user.set_password("iets-anders")
    user.save()

    call_command("create_demo_admin", stdout=StringIO())

    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser
    assert user.is_staff
    assert user.email == "admin@example.org"
    assert client.login(username="admin", password="wijkkompas-demo")


@pytest.mark.django_db
def test_demo_synonyms_make_lgbt_find_the_lhbti_methods(client):
    call_command("load_demo_content", stdout=StringIO())
    call_command("load_demo_content", stdout=StringIO())
    assert SynonymGroup.objects.filter(terms__contains="lgbt").count() == 1
    html = client.get("/nl/zoeken/", {"q": "lgbt"}).content.decode()
    assert "Samen in de Wijk" in html


@pytest.mark.django_db
def test_footer_links_lead_to_information_pages(client):
    call_command("load_demo_content", stdout=StringIO())
    home = client.get("/nl/")
    for path in ["/nl/over/", "/nl/toegankelijkheid/", "/nl/privacy/"]:
        assert path in home.content.decode()
        assert client.get(path).status_code == 200
