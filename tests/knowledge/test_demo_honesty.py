"""The demo content as a reader meets it: no stand-in text on any published page, one-pager or
PDF, and no claim the sources behind the demo do not make (no recognition, no invented dates).

The demo is loaded once for the whole module (see `demo_site_once` in tests/conftest.py).
"""

import io

import pytest
from django.core.exceptions import ValidationError
from pypdf import PdfReader
from wagtail.models import Page

from articles.models import InterviewPage
from casestudies.models import CaseStudyPage
from knowledge.editorial.placeholders import PLACEHOLDER_PHRASES, find_placeholder
from knowledge.pdf.one_pager import PdfUnavailable, load_weasyprint
from methods.models import MethodPage


def weasyprint_available():
    try:
        load_weasyprint()
    except PdfUnavailable:
        return False
    return True


@pytest.fixture
def demo(demo_site, settings):
    # Generated PDFs go to memory, not to the media folder of whoever runs the tests.
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }


def published_pages():
    return [page for page in Page.objects.live().public().specific() if page.url]


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def test_no_published_page_or_one_pager_shows_a_placeholder(demo, client):
    pages = published_pages()
    assert len(pages) > 40
    found = []
    for page in pages:
        urls = [page.url]
        if hasattr(page, "one_pager_url"):
            urls.append(page.one_pager_url)
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, url
            if phrase := find_placeholder(response.content.decode()):
                found.append((url, phrase))
    assert found == []


@pytest.mark.skipif(not weasyprint_available(), reason="WeasyPrint is not installed")
def test_no_one_pager_pdf_shows_a_placeholder(demo, client):
    found = []
    for page in published_pages():
        if not hasattr(page, "one_pager_pdf_url"):
            continue
        response = client.get(page.one_pager_pdf_url)
        assert response.status_code == 200, page.url
        reader = PdfReader(io.BytesIO(body(response)))
        text = " ".join(" ".join(sheet.extract_text().split()) for sheet in reader.pages)
        if phrase := find_placeholder(text):
            found.append((page.url, phrase))
    assert found == []


def test_an_editor_cannot_save_a_placeholder(demo):
    case_study = CaseStudyPage.objects.filter(locale__language_code="nl").first()
    case_study.results = f"<p>Resultaten: {PLACEHOLDER_PHRASES[0]}.</p>"
    with pytest.raises(ValidationError) as error:
        case_study.full_clean()
    assert "results" in error.value.message_dict


def test_a_case_study_without_results_has_no_results_section(demo, client):
    bart = CaseStudyPage.objects.get(slug="bart-den-haag")
    assert not bart.results
    html = client.get(bart.url).content.decode()
    assert 'id="resultaten"' not in html


def test_no_method_claims_a_recognition(demo, client):
    for method in MethodPage.objects.live():
        assert not method.is_recognised
        html = client.get(method.url).content.decode()
        assert "Erkenning:" not in html
        assert "Recognition:" not in html
        assert "geldig tot" not in html.lower()


def test_statuses_from_2018_carry_their_date(demo, client):
    gorinchem = CaseStudyPage.objects.get(slug="buurtpreventie-gorinchem-oost")
    html = client.get(gorinchem.url).content.decode()
    assert "Loopt (stand van zaken november 2018)" in html


def test_almere_started_in_2022(demo):
    almere = CaseStudyPage.objects.get(slug="alle-kleuren-almere", locale__language_code="nl")
    assert almere.period == "2022"


def test_no_pilot_municipality_is_said_to_work_in_one_neighbourhood(demo):
    # The sources say so of Rotterdam only.
    for case_study in CaseStudyPage.objects.exclude(slug__contains="rotterdam"):
        assert "in één wijk" not in case_study.intro + case_study.context


def test_interviews_have_no_invented_dates_or_quotes(demo):
    for interview in InterviewPage.objects.all():
        assert interview.first_published is None
        assert interview.interview_date is None
        # The sources give paraphrases, not quotations that could be pulled out.
        assert interview.pull_quote == ""


def test_the_accessibility_statement_claims_what_a_self_check_supports(demo):
    from knowledge.models import AccessibilityStatementPage

    statement = AccessibilityStatementPage.objects.get(locale__language_code="nl")
    # Without an audit of the whole site, "first measures taken" (C), not "partially" (B).
    assert statement.compliance_status == statement.ComplianceStatus.FIRST_MEASURES
    assert len(statement.known_problems) == 0
