"""What each response tells the edge (Varnish or a CDN): whether it may be shared, and the keys of
what it shows; and that a change purges the keys of exactly the responses that show it.

tests/edge/ checks the same against a real Varnish; these run in the test client."""

import pytest
from wagtail.models import PageViewRestriction

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage, PracticeSubmissionPage
from knowledge.edge.purge import keys_for_page, keys_for_term
from knowledge.factories import MunicipalityFactory, ThemeFactory
from knowledge.models import MunicipalityIndexPage, ThemeIndexPage
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage


def surrogate_keys(response):
    return set(response.get("Surrogate-Key", "").split())


@pytest.fixture
def content(section):
    safety = ThemeFactory(name="Sociale veiligheid", slug="sociale-veiligheid")
    participation = ThemeFactory(name="Participatie", slug="participatie")
    rotterdam = MunicipalityFactory(name="Rotterdam", slug="rotterdam", cbs_code="GM0599")
    eindhoven = MunicipalityFactory(name="Eindhoven", slug="eindhoven", cbs_code="GM0772")
    samen = MethodPageFactory(parent=section(MethodIndexPage), title="Samen in de Wijk")
    samen.themes.set([safety])
    samen.save_revision().publish()
    kleuren = MethodPageFactory(parent=section(MethodIndexPage), title="Alle Kleuren")
    kleuren.themes.set([participation])
    kleuren.save_revision().publish()
    in_eindhoven = CaseStudyPageFactory(
        parent=section(CaseStudyIndexPage), method=kleuren, municipality=eindhoven
    )
    return {
        "safety": safety,
        "rotterdam": rotterdam,
        "samen": samen,
        "kleuren": kleuren,
        "in_eindhoven": in_eindhoven,
    }


def test_a_public_page_may_be_shared_and_names_what_it_shows(client, content):
    response = client.get(content["kleuren"].url)
    assert response.status_code == 200
    cache_control = response["Cache-Control"]
    assert "public" in cache_control
    assert "s-maxage=86400" in cache_control
    assert "max-age=0" in cache_control
    keys = surrogate_keys(response)
    assert {
        f"page-{content['kleuren'].pk}",
        # The case study it lists, and the list itself (a new case study joins it).
        f"page-{content['in_eindhoven'].pk}",
        f"links-{content['kleuren'].translation_key}",
        f"versions-{content['kleuren'].translation_key}",
        "nav",
        "footer",
        "all",
    } <= keys
    assert f"page-{content['samen'].pk}" not in keys


def test_a_new_case_study_purges_its_method_its_lists_and_its_terms_pages_but_no_other_method(
    client, section, content
):
    pages = {
        "own method": content["samen"].url,
        "other method": content["kleuren"].url,
        "index": section(CaseStudyIndexPage).url,
        "home": section(CaseStudyIndexPage).get_parent().url,
        "theme": section(ThemeIndexPage).term_url(content["safety"]),
        "municipality": section(MunicipalityIndexPage).term_url(content["rotterdam"]),
    }
    keys = {name: surrogate_keys(client.get(url)) for name, url in pages.items()}
    assert all(keys.values()), keys

    new = CaseStudyPageFactory(
        parent=section(CaseStudyIndexPage),
        method=content["samen"],
        municipality=content["rotterdam"],
    )
    new.themes.set([content["safety"]])
    new.municipalities.set([content["rotterdam"]])
    new.save_revision().publish()
    purged = keys_for_page(new)

    reached = {name for name, shown in keys.items() if shown & purged}
    assert reached == {"own method", "index", "home", "theme", "municipality"}
    # ...and each of them shows it once rendered again.
    for name in reached:
        assert new.title in client.get(pages[name]).content.decode(), name


def test_renaming_a_theme_purges_the_pages_that_show_it(client, section, content):
    named = surrogate_keys(client.get(content["samen"].url))
    theme_page = surrogate_keys(client.get(section(ThemeIndexPage).term_url(content["safety"])))
    elsewhere = surrogate_keys(client.get(content["kleuren"].url))

    purged = keys_for_term(content["safety"])

    assert named & purged
    assert theme_page & purged
    assert not elsewhere & purged


def test_an_editors_view_is_never_shared(client, content, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("redactie", "r@example.org"))
    response = client.get(content["kleuren"].url)
    assert "Surrogate-Key" not in response
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


def test_the_form_with_its_csrf_token_is_never_shared(client, section):
    form = PracticeSubmissionPage.objects.child_of(section(CaseStudyIndexPage)).get()
    response = client.get(form.url)
    assert response.status_code == 200
    assert "Surrogate-Key" not in response
    assert "private" in response["Cache-Control"]


def test_a_private_page_is_never_shared(client, content, django_user_model):
    PageViewRestriction.objects.create(
        page=content["kleuren"], restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(content["kleuren"].url)
    assert response.status_code == 302
    assert "Surrogate-Key" not in response
    reader = django_user_model.objects.create_user("lezer", password="lezer-wachtwoord")
    client.force_login(reader)
    response = client.get(content["kleuren"].url)
    assert response.status_code == 200
    assert "Surrogate-Key" not in response
    assert "private" in response["Cache-Control"]


@pytest.mark.parametrize("path", ["/nl/zoeken/?q=wijk", "/nl/bestaat-niet/", "/health/"])
def test_search_a_404_and_health_are_never_kept(client, site_tree, path):
    response = client.get(path)
    assert "Surrogate-Key" not in response
    assert "public" not in response.get("Cache-Control", "")
