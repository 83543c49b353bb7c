"""Pages served from Varnish and purged by surrogate key: a real varnishd with the repository's
VCL, a real gunicorn with the production settings, PostgreSQL and Redis, driven over HTTP."""

import re
import time
import urllib.request
from urllib.error import HTTPError
from urllib.parse import urlencode

import pytest

pytestmark = pytest.mark.edge


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Reader:
    """A browser: its own cookies (kept by hand: on loopback the production settings' Secure
    cookies travel over plain HTTP, as browsers allow for 127.0.0.1), GET and POST over HTTP."""

    def __init__(self, base_url, cookies=None):
        self.base_url = base_url
        self.opener = urllib.request.build_opener(NoRedirects)
        self.cookies = dict(cookies or {})

    def request(self, path, data=None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        # A dict is a form; bytes are sent as they are (a multipart upload).
        body = data if isinstance(data, bytes) or data is None else urlencode(data).encode()
        request = urllib.request.Request(  # noqa: S310 - the stack on loopback
            self.base_url + path, data=body, headers=headers
        )
        try:
            response = self.opener.open(request, timeout=30)
        except HTTPError as error:
            response = error
        with response:
            for cookie in response.headers.get_all("Set-Cookie") or []:
                name, _, rest = cookie.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
            return response.status, dict(response.headers), response.read().decode()

    def get(self, path, **kwargs):
        return self.request(path, **kwargs)


def cache_state(reader, path):
    status, headers, body = reader.get(path)
    assert status == 200, (path, status)
    return headers["X-Cache"], body


def warm(reader, *paths):
    for path in paths:
        reader.get(path)
        assert cache_state(reader, path)[0] == "HIT", path


@pytest.fixture(scope="module")
def demo(django):
    """Where the demo's Samen in de Wijk case study in Rotterdam and its neighbours live."""
    return django(
        """
import json
from casestudies.models import CaseStudyPage, PracticeSubmissionPage
from knowledge.models import MunicipalityIndexPage, ThemeIndexPage
from methods.models import MethodPage
from search.models import ImplementationMapPage
case = CaseStudyPage.objects.live().get(
    slug="samen-in-de-wijk-rotterdam", locale__language_code="nl"
)
themes = ThemeIndexPage.objects.live().get(locale__language_code="nl")
municipalities = MunicipalityIndexPage.objects.live().get(locale__language_code="nl")
other = MethodPage.objects.live().get(slug="alle-kleuren", locale__language_code="nl")
print(json.dumps({
    "case_id": case.pk, "case": case.url, "title": case.title, "method": case.method.url,
    "index": case.get_parent().url, "home": case.get_parent().get_parent().url,
    "municipality": municipalities.term_url(case.municipality),
    "themes": [themes.term_url(theme) for theme in case.themes.all()],
    "theme_names": [theme.name for theme in case.themes.all()],
    "theme_ids": [theme.pk for theme in case.themes.all()],
    "other_method": other.url, "themes_index": themes.url,
    "form": PracticeSubmissionPage.objects.live().get(locale__language_code="nl").url,
    "map": ImplementationMapPage.objects.live().get(locale__language_code="nl").url,
}))
"""
    )


def test_a_public_page_is_served_from_the_cache_whatever_cookies_come_with_it(stack, demo):
    reader = Reader(stack.url)
    assert cache_state(reader, demo["method"])[0] == "MISS"
    assert cache_state(reader, demo["method"])[0] == "HIT"
    # A made-up session cookie (or an editor's real one) does not bypass the cache.
    stranger = Reader(stack.url, cookies={"sessionid": "made-up", "csrftoken": "x" * 32})
    assert cache_state(stranger, demo["method"])[0] == "HIT"


def test_a_new_case_study_is_at_once_on_every_page_that_lists_it_and_no_other(stack, demo, django):
    reader = Reader(stack.url)
    listing = [
        *(demo["method"], demo["index"], demo["home"], demo["municipality"], demo["map"]),
        *demo["themes"],
    ]
    warm(reader, *listing, demo["other_method"])
    new = django(
        f"""
import datetime, json
from casestudies.models import CaseStudyPage
source = CaseStudyPage.objects.get(pk={demo["case_id"]})
copy = source.copy(
    update_attrs={{
        "title": "Samen in de Wijk in Rotterdam-Zuid", "slug": "samen-in-de-wijk-rotterdam-zuid",
        "first_published": datetime.date.today(), "start_date": None,
        "end_date": None,
    }},
    keep_live=False,
)
copy.save_revision().publish()
print(json.dumps({{"url": CaseStudyPage.objects.get(pk=copy.pk).url}}))
"""
    )
    committed = time.monotonic()
    for path in listing:
        state, body = cache_state(reader, path)
        assert state == "MISS", path
        assert f'href="{new["url"]}"' in body, path
    # Every page showed the change within a second of the commit (the command returns after it;
    # the purge is sent on commit); here, the time of the checks themselves included.
    assert time.monotonic() - committed < 1 + 0.2 * len(listing)
    # The other method lists none of this: it stays in the cache.
    assert cache_state(reader, demo["other_method"])[0] == "HIT"


def test_a_changed_title_reaches_every_page_that_shows_it(stack, demo, django):
    reader = Reader(stack.url)
    showing = [demo["case"], demo["method"], demo["index"], demo["municipality"], *demo["themes"]]
    warm(reader, *showing, demo["other_method"])
    django(
        f"""
from casestudies.models import CaseStudyPage
page = CaseStudyPage.objects.get(pk={demo["case_id"]})
page.title = "Samen in de Wijk in Rotterdam (Feijenoord)"
page.save_revision().publish()
"""
    )
    for path in showing:
        assert "Samen in de Wijk in Rotterdam (Feijenoord)" in cache_state(reader, path)[1], path
    assert cache_state(reader, demo["other_method"])[0] == "HIT"


def test_renaming_a_theme_updates_every_page_that_names_it(stack, demo, django):
    reader = Reader(stack.url)
    warm(reader, demo["method"], demo["case"], demo["themes_index"])
    old_name, theme_id = demo["theme_names"][-1], demo["theme_ids"][-1]
    django(
        f"""
from knowledge.models import Theme
theme = Theme.objects.get(pk={theme_id})
theme.name = "Samenwerken in de buurt"
theme.save()
"""
    )
    for path in (demo["method"], demo["case"], demo["themes_index"]):
        body = cache_state(reader, path)[1]
        assert "Samenwerken in de buurt" in body, path
        assert old_name not in body, path


def test_unpublishing_a_page_removes_it_from_every_listing(stack, demo, django):
    reader = Reader(stack.url)
    listings = [demo["index"], demo["method"], demo["municipality"], *demo["themes"]]
    warm(reader, *listings, demo["case"])
    assert all(demo["case"] in cache_state(reader, path)[1] for path in listings)
    django(
        f"""
from casestudies.models import CaseStudyPage
CaseStudyPage.objects.get(pk={demo["case_id"]}).unpublish()
"""
    )
    for path in listings:
        assert demo["case"] not in cache_state(reader, path)[1], path
    assert reader.get(demo["case"])[0] == 404
    django(
        f"""
from casestudies.models import CaseStudyPage
CaseStudyPage.objects.get(pk={demo["case_id"]}).save_revision().publish()
"""
    )
    assert cache_state(reader, demo["case"])[0] == "MISS"


def csrf_token(body):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1)


def test_the_form_is_never_cached_and_no_two_readers_share_a_token(stack, demo):
    form = demo["form"]
    first, second = Reader(stack.url), Reader(stack.url)
    status, headers, body = first.get(form)
    assert status == 200
    assert headers["X-Cache"] == "MISS"
    assert "no-store" in headers["Cache-Control"]
    tokens = {csrf_token(body), csrf_token(second.get(form)[2])}
    # Each reader's token is bound to the reader's own cookie: never the same page for both.
    assert len(tokens) == 2
    assert first.get(form)[1]["X-Cache"] == "MISS"


def test_a_private_page_and_a_preview_are_never_cached(stack, demo, django):
    django(
        """
from wagtail.models import Page, PageViewRestriction
PageViewRestriction.objects.create(
    page=Page.objects.get(url_path__endswith="/alle-kleuren/", locale__language_code="nl"),
    restriction_type=PageViewRestriction.LOGIN,
)
"""
    )
    reader = Reader(stack.url)
    try:
        for _ in range(2):
            status, headers, _body = reader.get(demo["other_method"])
            assert (status, headers["X-Cache"]) == (302, "MISS")
    finally:
        django(
            "from wagtail.models import PageViewRestriction\nPageViewRestriction.objects.all().delete()"
        )
    preview = "/admin/pages/13/edit/preview/?mode="
    for _ in range(2):
        assert Reader(stack.url).get(preview)[1]["X-Cache"] == "MISS"


def test_a_public_submission_purges_nothing(stack, demo):
    reader = Reader(stack.url)
    warm(reader, demo["index"], demo["home"], demo["method"], demo["case"])
    status, _headers, body = reader.get(demo["form"])
    answers = {
        "csrfmiddlewaretoken": csrf_token(body),
        "title": "Buurtgesprekken in Zwolle",
        "organisation": "Gemeente Zwolle",
        "municipality_name": "Zwolle",
        "contact_name": "Sanne de Vries",
        "contact_email": "sanne@gemeente.example",
        "description": "Bewoners en wijkagent praten maandelijks over veiligheid in de buurt.",
        "consent": "on",
        "aanvulling": "",
    }
    status, headers, body = reader.request(demo["form"], data=answers)
    assert status == 302, body[:500]
    assert "bedankt" in headers["Location"]
    # (The sender now has a message waiting, so their own requests pass; another reader's:)
    for path in (demo["index"], demo["home"], demo["method"], demo["case"]):
        assert cache_state(Reader(stack.url), path)[0] == "HIT", path


def test_importing_cbs_figures_replaces_the_sample_figures_on_the_pages_that_show_them(
    stack, demo, django
):
    reader = Reader(stack.url)
    # (Not Alle Kleuren: the private-page test leaves it passed through for two minutes.)
    warm(reader, demo["case"], demo["municipality"], demo["themes_index"])
    assert "(voorbeeldgegevens)" in cache_state(reader, demo["municipality"])[1]
    # A file in CBS's layout for Rotterdam (the demo case study's municipality), written here.
    django(
        """
import tempfile
from pathlib import Path
from django.core.management import call_command
folder = Path(tempfile.mkdtemp())
path = folder / "kwb-2024.csv"
path.write_text("Codering_3;AantalInwoners_5;MateVanStedelijkheid_104\\nGM0599;655000;1\\n")
call_command("import_kerncijfers", str(path))
"""
    )
    for path in (demo["case"], demo["municipality"]):
        state, body = cache_state(reader, path)
        assert state == "MISS", path
        assert "CBS Kerncijfers wijken en buurten 2024" in body, path
        assert "655.000" in body, path
    assert "(voorbeeldgegevens)" not in cache_state(reader, demo["municipality"])[1]
    assert cache_state(reader, demo["themes_index"])[0] == "HIT"
