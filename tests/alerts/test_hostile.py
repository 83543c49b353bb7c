"""Hostile and malformed requests to the e-mail alert pages: every one gets a clear answer below
500, stores nothing it should not, and never names a draft method."""

from urllib.parse import urlencode

import pytest

from alerts.models import Subscription
from casestudies.models import CaseStudyStatus
from knowledge.factories import (
    MunicipalityFactory,
    ProgrammeFactory,
    TargetGroupFactory,
    ThemeFactory,
)
from knowledge.models import Phase, Province
from methods.factories import MethodPageFactory
from methods.models import EvidenceLevel, MethodIndexPage
from tests.alerts.helpers import ADDRESS

pytestmark = pytest.mark.django_db

DRAFT = "Geheime conceptmethode Zwaluw"


@pytest.fixture
def draft(site_tree):
    page = MethodPageFactory(parent=site_tree.sections[MethodIndexPage], title=DRAFT)
    page.unpublish()
    return page


ADDRESSES = [
    "/nl/attenderingen/zoeken/?thema=%00",
    "/nl/attenderingen/zoeken/?q=" + "a" * 5000,
    "/nl/attenderingen/zoeken/?methode={draft}",
    "/nl/attenderingen/zoeken/?page=-1&sorteer=%00",
    "/nl/attenderingen/methode/{draft}/",
    "/nl/attenderingen/methode/99999999999999999999/",
    "/nl/attenderingen/bevestigen/%00/",
    "/nl/attenderingen/bevestigen/" + "a:" * 2000 + "/",
    "/nl/attenderingen/afmelden/..%2F..%2Fadmin/",
    "/en/alerts/unsubscribe/%E2%80%AE/",
]

POSTS = [
    {},
    {"email": "\x00@example.org", "frequency": "daily"},
    {"email": "a" * 5000 + "@example.org", "frequency": "weekly"},
    {"email": ADDRESS, "frequency": "\x00"},
    {"email": f"{ADDRESS}\r\nBcc: iedereen@example.org", "frequency": "daily"},
    {"email": "een@example.org", "frequency": ["daily", "elk uur"]},
]


@pytest.mark.parametrize("address", ADDRESSES)
def test_hostile_addresses_get_a_clear_answer(client, site_tree, draft, address):
    for method in ("get", "post", "put", "delete"):
        response = getattr(client, method)(address.format(draft=draft.pk))
        assert response.status_code < 500, (method, response.status_code)
        assert DRAFT not in response.content.decode()
    assert not Subscription.objects.exists()


@pytest.mark.parametrize("data", POSTS)
def test_hostile_posts_store_nothing(client, site_tree, data):
    ThemeFactory(name="Veiligheid", slug="veiligheid")
    response = client.post("/nl/attenderingen/zoeken/?thema=veiligheid", data)
    assert response.status_code == 200
    assert "fout" in response.content.decode()
    assert not Subscription.objects.exists()


def test_a_selection_too_large_to_store_gets_a_clear_answer(client, site_tree, inbox):
    query = [("q", " ".join(["wijk"] * 40))]
    for factory, param in (
        (ThemeFactory, "thema"),
        (TargetGroupFactory, "doelgroep"),
        (MunicipalityFactory, "gemeente"),
        (ProgrammeFactory, "programma"),
    ):
        query += [(param, str(factory().pk)) for _ in range(20)]
    query += [("provincie", value) for value in Province.values]
    query += [("onderbouwing", value) for value in EvidenceLevel.values]
    query += [("startjaar", str(year)) for year in range(2000, 2020)]
    query += [("fase", value) for value in Phase.values]
    query += [("status", value) for value in CaseStudyStatus.values]
    address = "/nl/attenderingen/zoeken/?" + urlencode(query)
    assert len(address) > 2000

    for response in (client.get(address), client.post(address, {"email": ADDRESS})):
        assert response.status_code == 400
        assert "Deze selectie is te groot" in response.content.decode()
    assert not Subscription.objects.exists() and inbox.messages == []
