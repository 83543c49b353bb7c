"""The page cache: anonymous readers get cached pages, editors never do, and publishing shows at once."""

import socket
import uuid

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage, PracticeSubmissionPage
from knowledge.factories import MunicipalityFactory, TargetGroupFactory, ThemeFactory
from knowledge.models import StandardPage, ThemeIndexPage
from knowledge.page_cache import GENERATION_KEY
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage
from tests.utils import create_user_in_role, log_in


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.WIJKKOMPAS_PAGE_CACHE_ENABLED = True


@pytest.fixture
def method(section):
    return MethodPageFactory(parent=section(MethodIndexPage), title="Samen in de Wijk")


def test_second_anonymous_view_comes_from_the_cache_without_queries(
    client, method, django_assert_num_queries
):
    first = client.get(method.url)
    assert first.status_code == 200
    assert first["X-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get(method.url)
    assert second["X-Cache"] == "hit"
    assert second.content == first.content


def test_anonymous_pages_may_be_cached_briefly_and_vary_on_the_cookie(client, method, settings):
    response = client.get(method.url)
    cache_control = response["Cache-Control"]
    assert "public" in cache_control
    assert f"max-age={settings.WIJKKOMPAS_PAGE_CACHE_MAX_AGE}" in cache_control
    assert "Cookie" in response["Vary"]
    # The cached copy carries the same headers.
    again = client.get(method.url)
    assert again["Cache-Control"] == cache_control
    assert "Cookie" in again["Vary"]


def test_the_language_in_the_url_decides_and_the_root_redirect_varies_on_accept_language(
    client, site_tree
):
    response = client.get("/", headers={"accept-language": "en"})
    assert response.status_code == 302
    assert "Accept-Language" in response["Vary"]


def test_publishing_a_case_study_updates_the_method_page_that_lists_it(
    client, method, section, django_capture_on_commit_callbacks
):
    assert "Uitvoering in Tilburg" not in client.get(method.url).content.decode()
    assert client.get(method.url)["X-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        CaseStudyPageFactory(
            parent=section(CaseStudyIndexPage),
            method=method,
            municipality=MunicipalityFactory(name="Tilburg"),
            title="Uitvoering in Tilburg",
        ).save_revision().publish()
    response = client.get(method.url)
    assert response["X-Cache"] == "miss"
    assert "Uitvoering in Tilburg" in response.content.decode()


def test_unpublishing_a_page_removes_it_from_cached_listings_and_its_own_url(
    client, method, section, django_capture_on_commit_callbacks
):
    index = section(MethodIndexPage)
    assert method.title in client.get(index.url).content.decode()
    method_url = method.url
    assert client.get(method_url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        method.unpublish()
    assert method.title not in client.get(index.url).content.decode()
    assert client.get(method_url).status_code == 404


def test_moving_a_page_is_seen_at_once(client, section, django_capture_on_commit_callbacks):
    index = section(MethodIndexPage)
    method = MethodPageFactory(parent=index, title="Buurtcirkels")
    other = MethodIndexPage(title="Archief", slug="archief")
    section(ThemeIndexPage).get_parent().add_child(instance=other)
    old_url = method.url
    assert client.get(old_url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        method.move(other, pos="last-child")
    # Wagtail redirects the old address to the new one; the cached page must not hide that.
    moved = client.get(old_url)
    assert moved.status_code == 301
    assert moved["Location"].endswith("/archief/buurtcirkels/")


def test_renaming_a_theme_updates_the_pages_that_show_it(
    client, section, django_capture_on_commit_callbacks
):
    theme = ThemeFactory(name="Veiligheid", slug="veiligheid")
    theme_page_url = section(ThemeIndexPage).term_url(theme)
    assert "Veiligheid" in client.get(theme_page_url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        theme.name = "Sociale veiligheid"
        theme.save()
    assert "Sociale veiligheid" in client.get(theme_page_url).content.decode()


def test_a_rendered_page_reuses_the_navigation_until_a_page_is_published(
    client, method, section, django_capture_on_commit_callbacks
):
    uncached = {"utm_source": "nieuwsbrief"}
    with CaptureQueriesContext(connection) as first:
        client.get(method.url, uncached)
    with CaptureQueriesContext(connection) as second:
        assert client.get(method.url, uncached).status_code == 200
    assert len(second) < len(first)
    home = section(MethodIndexPage).get_parent()
    with django_capture_on_commit_callbacks(execute=True):
        about = StandardPage(title="Over ons werk", slug="over-ons-werk", show_in_menus=True)
        home.add_child(instance=about)
        about.save_revision().publish()
    assert "Over ons werk" in client.get(method.url, uncached).content.decode()


def test_a_page_lists_its_taxonomy_from_the_kept_terms_and_sees_a_renamed_one(
    client, method, django_capture_on_commit_callbacks
):
    uncached = {"utm_source": "nieuwsbrief"}
    safety = ThemeFactory(name="Veiligheid", sort_order=1)
    visibility = ThemeFactory(name="Zichtbaarheid", sort_order=2)
    residents = TargetGroupFactory(name="Lhbti+ bewoners")
    method.themes.set([visibility, safety])
    method.target_groups.set([residents])
    method.intermediate_target_groups.set([TargetGroupFactory(name="Wijkagenten")])
    method.save_revision().publish()
    html = client.get(method.url, uncached).content.decode()
    # In the terms' own order, each under its own heading.
    assert html.index(">Veiligheid<") < html.index(">Zichtbaarheid<")
    assert "<dd>Lhbti+ bewoners</dd>" in html
    assert "<dd>Wijkagenten</dd>" in html
    with CaptureQueriesContext(connection) as queries:
        client.get(method.url, uncached)
    assert not [query for query in queries if "knowledge_theme" in query["sql"]]
    with django_capture_on_commit_callbacks(execute=True):
        safety.name = "Sociale veiligheid"
        safety.save()
    assert ">Sociale veiligheid<" in client.get(method.url, uncached).content.decode()


def test_the_home_page_counts_the_municipalities_with_case_studies_after_a_publication(
    client, method, section, django_capture_on_commit_callbacks
):
    home_url = section(MethodIndexPage).get_parent().url
    uncached = {"utm_source": "nieuwsbrief"}
    with django_capture_on_commit_callbacks(execute=True):
        CaseStudyPageFactory(
            parent=section(CaseStudyIndexPage), municipality=MunicipalityFactory(name="Almere")
        )
    assert "Praktijkvoorbeelden uit 1 gemeente<" in client.get(home_url, uncached).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        CaseStudyPageFactory(
            parent=section(CaseStudyIndexPage), municipality=MunicipalityFactory(name="Zwolle")
        )
    html = client.get(home_url, uncached).content.decode()
    assert "Praktijkvoorbeelden uit 2 gemeenten<" in html


def test_editors_neither_see_nor_fill_the_cache(client, method):
    anonymous = client.get(method.url)
    assert anonymous["X-Cache"] == "miss"
    log_in(client, create_user_in_role("Redacteur"))
    for _ in range(2):
        response = client.get(method.url)
        assert response.status_code == 200
        assert "X-Cache" not in response
        assert "private" in response["Cache-Control"]
        assert "no-cache" in response["Cache-Control"]
    client.logout()
    client.cookies.clear()
    assert client.get(method.url)["X-Cache"] == "hit"


def test_an_editors_view_is_never_stored_for_readers(client, method):
    log_in(client, create_user_in_role("Redacteur"))
    client.get(method.url)
    client.logout()
    client.cookies.clear()
    assert client.get(method.url)["X-Cache"] == "miss"


def test_previews_are_never_cached(client, method):
    log_in(client, create_user_in_role("Redacteur"))
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[method.pk]))
    assert response.status_code == 200
    assert "X-Cache" not in response
    assert "public" not in response.get("Cache-Control", "")


def test_a_form_with_a_csrf_token_is_never_shared(client, section):
    form_page = PracticeSubmissionPage.objects.child_of(section(CaseStudyIndexPage)).first()
    first = client.get(form_page.url)
    assert first.status_code == 200
    assert "csrfmiddlewaretoken" in first.content.decode()
    assert "X-Cache" not in first
    assert "private" in first["Cache-Control"]
    other_reader = client.__class__()
    second = other_reader.get(form_page.url)
    assert "X-Cache" not in second
    assert other_reader.cookies["csrftoken"].value != client.cookies["csrftoken"].value


def test_search_results_are_not_cached(client, site_tree):
    response = client.get("/nl/zoeken/", {"q": "wijk"})
    assert response.status_code == 200
    assert "X-Cache" not in response
    assert "X-Cache" not in client.get("/nl/zoeken/", {"q": "wijk"})


def test_listing_pages_are_cached_per_page_number_and_other_parameters_skip_the_cache(
    client, section
):
    index = section(MethodIndexPage)
    assert client.get(index.url, {"page": "2"})["X-Cache"] == "miss"
    assert client.get(index.url, {"page": "2"})["X-Cache"] == "hit"
    assert client.get(index.url, {"page": "1"})["X-Cache"] == "miss"
    tracked = client.get(index.url, {"utm_source": "nieuwsbrief"})
    assert tracked.status_code == 200
    assert "X-Cache" not in tracked


def closed_port():
    """A loopback port nothing listens on: it is free the moment we close our socket."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_site_serves_when_redis_is_down(client, method, section):
    redis_down = {
        "default": {
            "BACKEND": "knowledge.cache.TolerantRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
        }
    }
    with override_settings(CACHES=redis_down):
        assert caches["default"].reachable() is False
        for url in (method.url, method.url, section(MethodIndexPage).url, "/nl/zoeken/?q=wijk"):
            response = client.get(url)
            assert response.status_code == 200, url
            assert "X-Cache" not in response or response["X-Cache"] == "miss"


def redis_reachable():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


@pytest.mark.skipif(not redis_reachable(), reason="no Redis on 127.0.0.1:6379")
def test_pages_are_cached_in_redis(client, method, django_assert_num_queries):
    redis = {
        "default": {
            "BACKEND": "knowledge.cache.TolerantRedisCache",
            "LOCATION": "redis://127.0.0.1:6379/15",
            "KEY_PREFIX": f"wijkkompas-test-{uuid.uuid4().hex}",
        }
    }
    with override_settings(CACHES=redis):
        assert caches["default"].reachable() is True
        try:
            first = client.get(method.url)
            assert first["X-Cache"] == "miss"
            with django_assert_num_queries(0):
                second = client.get(method.url)
            assert second["X-Cache"] == "hit"
            assert second.content == first.content
        finally:
            caches["default"].delete_many([GENERATION_KEY])
