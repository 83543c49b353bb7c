"""A live page that refers to a draft or private page (a case study's method, a tip's source, an
interview's case study) never prints that page's title or address."""

import pytest
from wagtail.models import PageViewRestriction

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from knowledge.factories import InterviewPageFactory, PracticalTipPageFactory
from knowledge.models import InterviewIndexPage, PracticalTipIndexPage
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage

HIDDEN = "Verborgen methode Kievit"


@pytest.fixture(params=["draft", "private"])
def hidden_method(request, section):
    method = MethodPageFactory(parent=section(MethodIndexPage), title=HIDDEN, slug="kievit")
    if request.param == "draft":
        method.unpublish()
    else:
        PageViewRestriction.objects.create(page=method, restriction_type=PageViewRestriction.LOGIN)
    return method


def assert_hidden(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert HIDDEN not in html
    assert "/kievit/" not in html


def test_a_case_study_does_not_name_a_hidden_method(client, section, hidden_method):
    case = CaseStudyPageFactory(
        parent=section(CaseStudyIndexPage), title="Alliantie", method=hidden_method
    )
    assert_hidden(client, case.url)
    assert_hidden(client, case.url + "onepager/")


def test_a_tip_and_an_interview_do_not_name_a_hidden_method(client, section, hidden_method):
    tip = PracticalTipPageFactory(
        parent=section(PracticalTipIndexPage), title="Tip", source_method=hidden_method
    )
    interview = InterviewPageFactory(
        parent=section(InterviewIndexPage), title="Gesprek", source_method=hidden_method
    )
    assert_hidden(client, tip.url)
    assert_hidden(client, interview.url)


def test_a_visible_method_is_still_named(client, section):
    method = MethodPageFactory(parent=section(MethodIndexPage), title="Samen in de Wijk")
    case = CaseStudyPageFactory(
        parent=section(CaseStudyIndexPage), title="Alliantie", method=method
    )
    assert "Samen in de Wijk" in client.get(case.url).content.decode()
