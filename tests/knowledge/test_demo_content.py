"""The demo-content and demo-admin commands: idempotent, complete and safe outside development."""

from collections import Counter
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from articles.models import ArticlePage, InterviewPage, PracticalTipPage
from casestudies.models import CaseStudyPage
from knowledge.models import (
    Municipality,
    Neighbourhood,
    Organisation,
    Person,
    Programme,
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
