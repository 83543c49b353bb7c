"""Private sections: hidden from readers at once, shown to those who may see them."""

import pytest
from wagtail.models import PageViewRestriction

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage


@pytest.fixture
def method(section):
    method = MethodPageFactory(parent=section(MethodIndexPage), title="Samen in de Wijk")
    CaseStudyPageFactory(parent=section(CaseStudyIndexPage), method=method, title="In Rotterdam")
    return method


def test_a_new_restriction_hides_the_section_at_once(client, method, section):
    link = f'href="{method.url}"'
    assert link in client.get("/nl/zoeken/?q=wijk").content.decode()

    PageViewRestriction.objects.create(
        page=section(MethodIndexPage), restriction_type=PageViewRestriction.LOGIN
    )
    # The method is no longer found, its page asks for a login, the index is private.
    assert link not in client.get("/nl/zoeken/?q=wijk").content.decode()
    response = client.get(method.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert client.get(section(MethodIndexPage).url).status_code == 302


def test_a_logged_in_reader_sees_a_login_restricted_page(client, method, django_user_model):
    PageViewRestriction.objects.create(page=method, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(method.url).status_code == 302
    client.force_login(django_user_model.objects.create_user("lezer", password="lezer-wachtwoord"))
    response = client.get(method.url)
    assert response.status_code == 200
    assert "Samen in de Wijk" in response.content.decode()
