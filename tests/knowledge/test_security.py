"""What a browser and an attacker get from the production configuration: deploy checks, security
headers on real responses, security.txt and the 500 page without a database."""

import importlib
import os
import re
import secrets
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory, override_settings
from django.utils import timezone
from wagtail.models import Site

from knowledge.http.security import server_error
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage

ROOT = Path(__file__).resolve().parents[2]


def production_environment(tmp_path):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "wijkkompas.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "ALLOWED_HOSTS": "wijkkompas.example.org",
    }


def test_deploy_checks_of_the_production_settings_report_nothing(tmp_path):
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stderr


# The settings that decide what a browser is told; taken from the production module itself.
SECURITY_SETTINGS = [
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_HTTPONLY",
    "CSRF_COOKIE_SAMESITE",
    "X_FRAME_OPTIONS",
    "CONTENT_SECURITY_POLICY",
    "WIJKKOMPAS_ADMIN_CONTENT_SECURITY_POLICY",
]


@pytest.fixture(scope="module")
def production_settings(tmp_path_factory):
    environment = production_environment(tmp_path_factory.mktemp("production"))
    keys = ["SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS"]
    saved = {key: os.environ.get(key) for key in keys}
    os.environ.update({key: environment[key] for key in keys})
    try:
        module = importlib.reload(importlib.import_module("wijkkompas.settings.production"))
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return {name: getattr(module, name) for name in SECURITY_SETTINGS}


@pytest.fixture
def production(production_settings):
    with override_settings(**production_settings):
        yield


@pytest.fixture
def method(section):
    return MethodPageFactory(parent=section(MethodIndexPage), title="Samen in de Wijk")


def policy(response):
    """The Content-Security-Policy as {directive: [sources]}."""
    header = response["Content-Security-Policy"]
    return {
        part.split()[0]: part.split()[1:] for part in (p.strip() for p in header.split(";")) if part
    }


def public_responses(client, method):
    return {
        "home": client.get("/nl/", secure=True),
        "method": client.get(method.url, secure=True),
        "search": client.get("/nl/zoeken/", {"q": "wijk"}, secure=True),
    }


@pytest.mark.django_db
def test_public_pages_carry_every_security_header(client, production, method, site_tree):
    for name, response in public_responses(client, method).items():
        assert response.status_code == 200, name
        assert response["Strict-Transport-Security"].startswith("max-age=31536000"), name
        assert response["X-Content-Type-Options"] == "nosniff", name
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin", name
        assert response["X-Frame-Options"] == "DENY", name
        directives = policy(response)
        assert directives["script-src"] == ["'self'"], name
        assert directives["frame-ancestors"] == ["'none'"], name
        assert directives["object-src"] == ["'none'"], name
        assert "upgrade-insecure-requests" in directives, name


@pytest.mark.django_db
def test_public_pages_have_no_inline_script_for_the_policy_to_block(client, method, site_tree):
    """The strict policy only works if the pages need nothing it forbids: no inline script,
    event handler or style attribute."""
    for name, response in public_responses(client, method).items():
        html = response.content.decode()
        # A JSON-LD data block is not run by browsers (nor blocked by the policy); any other
        # inline script would be.
        data_block = r"(?![^>]*type=\"application/ld\+json\")"
        assert not re.search(r"<script(?![^>]*\bsrc=)" + data_block + r"[^>]*>", html), name
        assert not re.search(r"\son[a-z]+=", html), name
        assert not re.search(r"\sstyle=", html), name
        assert "javascript:" not in html, name


@pytest.mark.django_db
def test_search_autocomplete_script_is_a_static_file_the_policy_allows(client, site_tree):
    html = client.get("/nl/zoeken/").content.decode()
    assert re.search(r'<script src="/static/search/autocomplete\.js"', html)


@pytest.mark.django_db
def test_admin_gets_its_own_working_policy_and_may_frame_itself(client, production):
    response = client.get("/admin/login/", secure=True)
    assert response.status_code == 200
    directives = policy(response)
    # Wagtail's editor needs inline scripts; the admin may show its own previews in frames.
    assert "'unsafe-inline'" in directives["script-src"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["frame-src"] == ["'self'"]
    assert "blob:" in directives["img-src"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_admin_page_editor_and_image_chooser_work_under_the_admin_policy(
    client, production, method
):
    admin = get_user_model().objects.create_superuser("beheer", "beheer@example.org", "x")
    client.force_login(admin)
    editor = client.get(f"/admin/pages/{method.pk}/edit/", secure=True)
    assert editor.status_code == 200
    assert "'unsafe-inline'" in policy(editor)["script-src"]
    chooser = client.get("/admin/images/chooser/", secure=True)
    assert chooser.status_code == 200
    assert chooser["Content-Type"] == "application/json"


@pytest.mark.django_db
def test_preview_panel_may_frame_the_page_but_keeps_the_public_script_policy(production, method):
    """Wagtail renders a preview through the middleware for the page's own URL, then shows it in
    a frame of the editor."""
    # As in production: the site is on HTTPS, so the preview request is one too.
    Site.objects.update(port=443)
    editor_request = RequestFactory().get(f"/admin/pages/{method.pk}/edit/preview/", secure=True)
    preview = method.make_preview_request(editor_request, method.default_preview_mode)
    assert preview.status_code == 200
    directives = policy(preview)
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert preview["X-Frame-Options"] == "SAMEORIGIN"


@pytest.mark.django_db
def test_cookies_are_secure_http_only_and_same_site(client, production):
    get_user_model().objects.create_user("redacteur", "r@example.org", "een-goed-wachtwoord")
    login_page = client.get("/admin/login/", secure=True)
    csrf = login_page.cookies["csrftoken"]
    assert csrf["secure"] and csrf["httponly"] and csrf["samesite"] == "Lax"

    response = client.post(
        "/admin/login/",
        {"username": "redacteur", "password": "een-goed-wachtwoord"},
        secure=True,
    )
    assert response.status_code == 302
    session = response.cookies["sessionid"]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"


@pytest.mark.django_db
def test_plain_http_is_redirected_to_https(client, production, site_tree):
    response = client.get("/nl/")
    assert response.status_code == 301
    assert response["Location"].startswith("https://")


def test_security_txt_follows_rfc_9116(client, settings):
    settings.WIJKKOMPAS_SECURITY_CONTACT = "mailto:kwetsbaarheid@example.org"
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    fields = dict(line.split(": ", 1) for line in response.content.decode().splitlines())
    assert fields["Contact"] == "mailto:kwetsbaarheid@example.org"
    assert fields["Preferred-Languages"] == "nl, en"
    assert fields["Canonical"] == "http://testserver/.well-known/security.txt"
    expires = timezone.datetime.fromisoformat(fields["Expires"])
    # RFC 9116: in the future, and recommended less than a year ahead.
    assert timezone.now() < expires < timezone.now() + timedelta(days=365)


@pytest.mark.django_db
def test_security_txt_is_outside_the_language_prefix(client, site_tree):
    assert client.get("/nl/.well-known/security.txt").status_code == 404


def test_500_page_renders_without_any_database_query(django_assert_num_queries, django_db_blocker):
    """The handler runs with the database blocked: any query would raise instead of counting."""
    request = RequestFactory().get("/nl/methoden/")
    with django_db_blocker.block():
        response = server_error(request)
    assert response.status_code == 500
    html = response.content.decode()
    assert "Er ging iets mis" in html
    assert 'href="/nl/"' in html


@pytest.mark.django_db
def test_500_page_makes_no_queries_even_with_a_database(django_assert_num_queries):
    with django_assert_num_queries(0):
        response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500


@pytest.mark.django_db
def test_friendly_404_page(client, site_tree):
    response = client.get("/nl/bestaat-niet/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet (meer)" in response.content.decode()
