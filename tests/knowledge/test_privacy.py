"""Private sections: read once per request, kept between requests, and never stale."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
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


def restriction_queries(queries):
    return [q for q in queries.captured_queries if "wagtailcore_pageviewrestriction" in q["sql"]]


def test_a_page_view_reads_the_restrictions_once(client, method):
    # The method page checks its own restrictions and lists public case studies and language
    # versions: three questions, one query.
    with CaptureQueriesContext(connection) as queries:
        assert client.get(method.url).status_code == 200
    assert len(restriction_queries(queries)) == 1


def test_with_the_page_cache_on_they_are_kept_until_something_changes(
    client, method, settings, section, django_capture_on_commit_callbacks
):
    settings.WIJKKOMPAS_PAGE_CACHE_ENABLED = True
    # Search is never served from the page cache, so every request runs the view.
    client.get("/nl/zoeken/?q=wijk")
    link = f'href="{method.url}"'
    with CaptureQueriesContext(connection) as queries:
        assert link in client.get("/nl/zoeken/?q=wijk").content.decode()
    assert restriction_queries(queries) == []

    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=section(MethodIndexPage), restriction_type=PageViewRestriction.LOGIN
        )
    # At once: the method is no longer found, its page asks for a login, the index is private.
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
