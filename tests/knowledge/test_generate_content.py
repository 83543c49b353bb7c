"""Tests for generate_content: live, linked and searchable pages of every type, as often as asked."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page

from casestudies.models import CaseStudyPage
from knowledge.factories import vocabulary
from knowledge.listings import content_models
from knowledge.models import (
    ArticlePage,
    InterviewPage,
    Municipality,
    Neighbourhood,
    PracticalTipPage,
    Theme,
)
from methods.models import MethodPage


def generate(pages=60, seed=1):
    out = StringIO()
    call_command("generate_content", pages=pages, seed=seed, stdout=out)
    return out.getvalue()


@pytest.fixture
def output(db):
    return generate()


def all_content_pages():
    return [page for model in content_models() for page in model.objects.all()]


@pytest.mark.django_db
def test_creates_the_requested_number_of_live_pages_of_every_type(output):
    counts = {model: model.objects.live().count() for model in content_models()}

    assert counts == {
        MethodPage: 3,
        CaseStudyPage: 27,
        PracticalTipPage: 12,
        InterviewPage: 9,
        ArticlePage: 9,
    }
    assert not any(model.objects.not_live().exists() for model in content_models())
    assert re.search(r"60 pagina's in [\d.]+ s \([\d.]+ pagina's/s\)", output)


@pytest.mark.django_db
def test_builds_a_realistic_taxonomy_once(output):
    assert Municipality.objects.count() == 40
    rotterdam = Municipality.objects.get(cbs_code="GM0599")
    assert (rotterdam.name, rotterdam.province) == ("Rotterdam", "zuid-holland")
    assert Municipality.objects.get(cbs_code="GM0796").name == "'s-Hertogenbosch"
    for municipality in Municipality.objects.all():
        assert 3 <= municipality.neighbourhoods.count() <= 6
    assert Theme.objects.filter(parent__isnull=False).exists()

    generate(pages=5, seed=2)

    assert Municipality.objects.count() == 40
    assert Neighbourhood.objects.filter(municipality=rotterdam).count() == 6


@pytest.mark.django_db
def test_pages_are_linked_to_the_taxonomy_and_to_each_other(output):
    case_studies = CaseStudyPage.objects.prefetch_related("municipalities")
    for case_study in case_studies:
        assert case_study.municipality_id
        assert case_study.municipality in case_study.municipalities.all()
    assert case_studies.filter(method__isnull=False).count() >= 15
    assert CaseStudyPage.objects.filter(neighbourhoods__isnull=False).exists()

    for page in all_content_pages():
        assert page.themes.exists(), page
        assert page.target_groups.exists(), page

    tips_with_source = PracticalTipPage.objects.exclude(
        source_method__isnull=True, source_case_study__isnull=True
    )
    assert tips_with_source.exists()
    interviews = InterviewPage.objects.exclude(
        source_method__isnull=True, source_case_study__isnull=True
    )
    assert interviews.exists()
    for interview in InterviewPage.objects.all():
        names = {person.name for person in interview.interviewees.all()}
        speakers = {
            block.value["speaker"] for block in interview.body if block.block_type == "answer"
        }
        assert speakers and speakers <= names


@pytest.mark.django_db
def test_titles_are_dutch(output):
    words = vocabulary()

    for page in all_content_pages():
        title_words = set(re.findall(r"[a-zà-ÿ]+", page.title.lower()))
        assert title_words & words, page.title


@pytest.mark.django_db
def test_a_generated_method_is_public(output, client):
    method = MethodPage.objects.live().first()

    response = client.get(method.url)

    assert response.status_code == 200
    assert method.title in response.content.decode()


@pytest.mark.django_db
def test_generated_pages_are_in_the_search_index(output):
    assert MethodPage.objects.live().search("wijk")

    case_study = CaseStudyPage.objects.first()
    results = list(CaseStudyPage.objects.live().search(case_study.title))
    assert case_study in results


@pytest.mark.django_db
def test_running_it_again_adds_pages_without_slug_clashes(output):
    generate()

    assert sum(model.objects.live().count() for model in content_models()) == 120
    for index in Page.objects.filter(depth=3):
        slugs = list(index.get_children().values_list("slug", flat=True))
        assert len(slugs) == len(set(slugs)), index
    assert MethodPage.objects.filter(slug__endswith="-2").exists()


@pytest.mark.django_db
def test_pages_are_whole_wagtail_pages_in_the_tree(output):
    assert not any(Page.find_problems())
    for index in Page.objects.filter(depth=3):
        assert index.numchild == index.get_children().count(), index

    for page in all_content_pages():
        parent = page.get_parent()
        assert page.url_path == f"{parent.url_path}{page.slug}/"
        assert page.locale_id == parent.locale_id
        assert page.draft_title == page.title
        assert not page.has_unpublished_changes


@pytest.mark.django_db
def test_each_page_has_a_live_revision_an_editor_can_republish(output):
    for page in all_content_pages():
        assert page.live_revision_id and page.live_revision_id == page.latest_revision_id
        assert page.live_revision.as_object().title == page.title

    case_study = CaseStudyPage.objects.filter(neighbourhoods__isnull=False).first()
    links = {
        name: set(getattr(case_study, name).values_list("pk", flat=True))
        for name in ["themes", "target_groups", "municipalities", "neighbourhoods"]
    }

    case_study.live_revision.publish()

    case_study = CaseStudyPage.objects.get(pk=case_study.pk)
    for name, pks in links.items():
        assert set(getattr(case_study, name).values_list("pk", flat=True)) == pks, name
    assert case_study.municipality_id in links["municipalities"]
