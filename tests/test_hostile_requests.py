"""Hostile and malformed requests over the whole site: search, addresses, headers, HTTP methods,
the API, feeds, exports, one-pagers, documents, the form and the admin login. Every one gets an
answer below 500, and none shows a draft, a page behind a login or a submitter's contact details.
"""

import datetime

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, PageViewRestriction

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage, PracticeSubmissionPage
from knowledge.factories import ThemeFactory
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage
from search import facet_index

DRAFT = "Geheime conceptmethode Zwaluw"
PRIVATE = "Besloten praktijk Reiger"
CONTACT = "petra.prive@example.org"
SECRETS = (DRAFT, PRIVATE, CONTACT)
NUL = "%00"
LONG = "a" * 5000


@pytest.fixture
def site(section, english):
    safety = ThemeFactory(name="Veiligheid", slug="veiligheid")
    method = MethodPageFactory(
        parent=section(MethodIndexPage), title="Samen in de Wijk", slug="samen-in-de-wijk"
    )
    method.themes.set([safety])
    method.save_revision().publish()
    draft = MethodPageFactory(parent=section(MethodIndexPage), title=DRAFT, slug="zwaluw")
    draft.unpublish()
    private = CaseStudyPageFactory(
        parent=section(CaseStudyIndexPage),
        title=PRIVATE,
        slug="reiger",
        method=method,
        peer_contact_name="Petra Privé",
        peer_contact_email=CONTACT,
        peer_contact_consent_on=datetime.date(2024, 1, 1),
    )
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    get_document_model().objects.create(
        title="Plan",
        file=ContentFile(b"%PDF-1.4\n", name="plan.pdf"),
        collection=Collection.get_first_root_node(),
    )
    facet_index.rebuild()
    form = PracticeSubmissionPage.objects.child_of(section(CaseStudyIndexPage)).get()
    return {"method": method, "draft": draft, "private": private, "form": form}


# Addresses with {draft}, {private}, {method} and {form} filled in from the site above.
GETS = [
    # Search: the query, facets, sort, page.
    f"/nl/zoeken/?q={NUL}",
    f"/nl/zoeken/?q={LONG}",
    "/nl/zoeken/?q=%27%20OR%201%3D1--",
    "/nl/zoeken/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/nl/zoeken/?q=*:*",
    "/nl/zoeken/?q=%E2%80%AE%F0%9F%92%A9",
    "/nl/zoeken/?q=%ff%fe",
    "/nl/zoeken/?methode={draft}",
    "/nl/zoeken/?methode=zwaluw",
    "/nl/zoeken/?methode={private}",
    f"/nl/zoeken/?methode={NUL}",
    "/nl/zoeken/?methode=99999999999999999999999",
    "/nl/zoeken/?methode=-1",
    "/nl/zoeken/?thema=%00veiligheid",
    "/nl/zoeken/?thema=veiligheid&thema=veiligheid&thema=x",
    "/nl/zoeken/?provincie=%00",
    "/nl/zoeken/?type=%00",
    "/nl/zoeken/?type=methode&type=../../etc/passwd",
    "/nl/zoeken/?sorteer=%00",
    "/nl/zoeken/?page=%00",
    "/nl/zoeken/?page=-1",
    "/nl/zoeken/?page=99999999999999999999",
    "/nl/zoeken/?page=1e9",
    "/nl/zoeken/?q=wijk&page=0",
    f"/nl/zoeken/suggesties/?q={NUL}",
    f"/nl/zoeken/suggesties/?q={LONG}",
    "/nl/zoeken/suggesties/?q=zwal",
    "/nl/vergelijken/?methode={draft}&methode={method}",
    f"/nl/vergelijken/?methode={NUL}&methode=1",
    "/nl/vergelijken/?methode=1&methode=2&methode=3&methode=4&methode=5&methode=6",
    "/search/?q=wijk",
    f"/search/?q={NUL}",
    # Addresses.
    "/nl/niet-vertaald/1/",
    "/en/not-translated/1/",
    "/nl/niet-vertaald/{draft}/",
    "/nl/niet-vertaald/{private}/",
    "/en/not-translated/{private}/",
    "/nl/niet-vertaald/99999999999999999999/",
    "/nl/%00/",
    "/nl/methoden/%00/",
    "/nl/methoden/zwaluw/",
    "/nl/praktijkvoorbeelden/reiger/",
    "/en/praktijkvoorbeelden/reiger/",
    "/en/methoden/zwaluw/",
    "/nl/../../etc/passwd",
    "/nl/methoden/samen-in-de-wijk/%2e%2e/",
    "/nl/thema/%00/",
    "/nl/themas/%00/",
    "/nl/gemeenten/%E2%80%AE/",
    "/xx/",
    "/nl" + "/a" * 300 + "/",
    "/.env",
    "/wp-login.php",
    "/.git/config",
    # One-pagers.
    "/nl/methoden/samen-in-de-wijk/onepager/",
    "/nl/methoden/samen-in-de-wijk/onepager/pdf/",
    "/nl/methoden/zwaluw/onepager/",
    "/nl/methoden/zwaluw/onepager/pdf/",
    "/nl/praktijkvoorbeelden/reiger/onepager/",
    "/nl/praktijkvoorbeelden/reiger/onepager/pdf/",
    "/nl/methoden/samen-in-de-wijk/onepager/%00/",
    # Documents.
    "/documents/1/plan.pdf",
    "/documents/1/x%00.pdf",
    "/documents/99999999999999999999/plan.pdf",
    "/documents/-1/plan.pdf",
    "/documents/1/../../settings.py",
    # Feeds.
    "/nl/feeds/zoeken/?methode={draft}",
    "/nl/feeds/zoeken/?methode=zwaluw",
    "/nl/feeds/zoeken/atom/?methode={private}",
    f"/nl/feeds/zoeken/?q={NUL}",
    f"/nl/feeds/zoeken/?thema={NUL}",
    "/nl/feeds/%00/",
    "/nl/feeds/thema/%00/",
    "/nl/feeds/thema/veiligheid/",
    "/nl/feeds/methode/",
    "/nl/feeds/onbekend/atom/",
    # Exports.
    "/nl/open-data/export.csv",
    "/nl/open-data/export.json",
    f"/nl/open-data/export.csv?type={NUL}",
    f"/nl/open-data/export.json?type={NUL}&page={NUL}",
    "/nl/open-data/export.json?page=99999999999999999999",
    # API.
    f"/api/v2/pages/?locale={NUL}",
    f"/api/v2/pages/find/?html_path=/nl/{NUL}/",
    f"/api/v2/themes/?locale={NUL}",
    f"/api/v2/municipalities/?locale={NUL}",
    "/api/v2/pages/{draft}/",
    "/api/v2/pages/{private}/",
    "/api/v2/pages/find/?html_path=/nl/methoden/zwaluw/",
    "/api/v2/pages/find/?html_path=/nl/praktijkvoorbeelden/reiger/",
    "/api/v2/pages/?search=zwaluw",
    "/api/v2/pages/?search=reiger",
    "/api/v2/pages/?type=methods.MethodPage&fields=*",
    "/api/v2/pages/?type=casestudies.CaseStudyPage&fields=*",
    "/api/v2/pages/?offset=99999999999999999999",
    "/api/v2/pages/?limit=-1",
    "/api/v2/pages/?child_of=99999999999999999999",
    "/api/v2/pages/?fields=_,owner,password",
    "/api/v2/pages/?order=password",
    "/api/v2/nope/",
    "/api/v2/nope",
    "/api/",
    "/api/v1/pages/",
    "/api/v2/pages/99999999999999999999/",
    # Everything else outside the language prefix.
    "/health/",
    "/sitemap.xml",
    "/robots.txt",
    "/.well-known/security.txt",
    "/toegankelijkheid",
    "/admin/login/?next=https://evil.example/",
    f"/admin/login/?next={NUL}",
    "/admin/pages/{draft}/edit/",
    "/admin/documents/delete/1/",
    "/admin/users/",
]

# Requests with hostile headers: (address, headers).
HEADERS = [
    ("/nl/", {"HTTP_HOST": "evil.example"}),
    ("/nl/", {"HTTP_HOST": "testserver:99999"}),
    ("/nl/", {"HTTP_ACCEPT_LANGUAGE": "x" * 3000}),
    ("/nl/", {"HTTP_ACCEPT_LANGUAGE": "\x00"}),
    ("/", {"HTTP_ACCEPT_LANGUAGE": "zz-ZZ, *;q=abc"}),
    ("/nl/zoeken/?q=wijk", {"HTTP_X_FORWARDED_FOR": "' OR 1=1--"}),
    ("/nl/zoeken/?q=wijk", {"HTTP_X_FORWARDED_HOST": "evil.example"}),
    ("/api/v2/pages/", {"HTTP_X_FORWARDED_FOR": "not-an-address, %00"}),
    ("/nl/", {"HTTP_COOKIE": "sessionid=%00; csrftoken=" + "x" * 4000}),
    ("/nl/", {"HTTP_RANGE": "bytes=999999999-"}),
    ("/nl/", {"HTTP_IF_MODIFIED_SINCE": "yesterday"}),
    ("/nl/", {"HTTP_USER_AGENT": "sqlmap/1.7 () { :; }; /bin/cat /etc/passwd"}),
    ("/documents/1/plan.pdf", {"HTTP_RANGE": "bytes=-5,-5,-5"}),
    ("/nl/feeds/methode/", {"HTTP_ACCEPT": "application/json"}),
]

# Methods other than GET: (method, address).
METHODS = [
    ("post", "/nl/zoeken/"),
    ("put", "/nl/"),
    ("delete", "/nl/methoden/samen-in-de-wijk/"),
    ("patch", "/api/v2/pages/"),
    ("post", "/api/v2/pages/"),
    ("delete", "/api/v2/pages/{method}/"),
    ("options", "/nl/"),
    ("head", "/nl/"),
    ("trace", "/nl/"),
    ("post", "/health/"),
    ("post", "/nl/feeds/methode/"),
    ("post", "/nl/open-data/export.csv"),
    ("put", "/documents/1/plan.pdf"),
    ("post", "/.well-known/security.txt"),
]

# Posts to the form that must never store anything or fail: (description, data).
FORM_POSTS = [
    {},
    {"title": "\x00"},
    {"title": "x" * 10_000, "consent": "on"},
    {"method": "{draft}", "title": "t", "description": "d", "consent": "on"},
    {"method": NUL, "consent": "on"},
    {"start_date": "2024-02-30", "end_date": "0000-00-00"},
    {"contact_email": "a@b@c", "contact_phone": "<script>"},
    {"municipality_name": "\u202e" * 300},
    {"aanvulling": "bot"},
]


def fill(address, site):
    return address.format(
        draft=site["draft"].pk, private=site["private"].pk, method=site["method"].pk
    )


def assert_calm(response):
    assert response.status_code < 500, response.status_code
    content = b"".join(response.streaming_content) if response.streaming else response.content
    body = content.decode(errors="replace")
    for secret in SECRETS:
        assert secret not in body, secret


@pytest.mark.parametrize("address", GETS)
def test_hostile_addresses(client, site, address):
    assert_calm(client.get(fill(address, site)))


@pytest.mark.parametrize(("address", "headers"), HEADERS)
def test_hostile_headers(client, site, address, headers):
    assert_calm(client.get(address, **headers))


@pytest.mark.parametrize(("method", "address"), METHODS)
def test_other_http_methods(client, site, method, address):
    assert_calm(getattr(client, method)(fill(address, site)))


@pytest.mark.parametrize("data", FORM_POSTS)
def test_hostile_form_posts(client, site, data):
    data = {name: fill(value, site) for name, value in data.items()}
    assert_calm(client.post(site["form"].url, data))


def test_the_suite_is_at_least_a_hundred_requests():
    assert len(GETS) + len(HEADERS) + len(METHODS) + len(FORM_POSTS) >= 100


def test_nul_bytes_in_the_api_are_a_400(client, site):
    for address in (
        f"/api/v2/pages/?locale={NUL}",
        f"/api/v2/pages/find/?html_path=/nl/{NUL}/",
        f"/api/v2/themes/?locale={NUL}",
    ):
        response = client.get(address)
        assert response.status_code == 400
        assert response["Content-Type"] == "application/json"


@pytest.mark.parametrize("address", ["/api/v2/nope/", "/api/nope/", "/api/", "/api/v1/pages/"])
def test_unknown_api_addresses_are_a_json_404(client, site, address):
    response = client.get(address)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


def test_an_api_address_without_its_slash_gets_one_not_a_language(client, site):
    response = client.get("/api/v2/nope")
    assert response.status_code == 301
    assert response["Location"] == "/api/v2/nope/"


@pytest.mark.parametrize(
    ("language", "expected"), [("nl", "/nl/zoeken/?q=wijk"), ("en", "/en/search/?q=wijk")]
)
def test_the_announced_search_address_finds(client, site, language, expected):
    response = client.get("/search/?q=wijk", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert client.get(expected).status_code == 200


@pytest.mark.parametrize("address", ["/nl/", "/nl/zoeken/?q=wijk", "/api/v2/pages/", "/health/"])
def test_every_response_carries_a_permissions_policy(client, site, address):
    policy = client.get(address)["Permissions-Policy"]
    assert "camera=()" in policy
    assert "geolocation=()" in policy
    assert "microphone=()" in policy
