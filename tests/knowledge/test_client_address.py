"""Every per-address limit counts the same visitor address, which a client cannot choose by
writing its own X-Forwarded-For; and the admin login and password reset have limits that stop
a CPU sink, password spraying and a flood of reset mails."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import RequestFactory

from knowledge.http.addresses import client_address

PROXY = "10.0.0.2"


def request_from(remote, forwarded=None):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **meta)


@pytest.mark.parametrize(
    ("proxies", "remote", "forwarded", "expected"),
    [
        (0, "192.0.2.1", "203.0.113.9", "192.0.2.1"),
        (1, PROXY, "203.0.113.9", "203.0.113.9"),
        (1, PROXY, "1.2.3.4, 203.0.113.9", "203.0.113.9"),
        (2, PROXY, "1.2.3.4, 203.0.113.9, 10.0.0.1", "203.0.113.9"),
        (1, PROXY, None, PROXY),
        (2, PROXY, "203.0.113.9", PROXY),
        (1, PROXY, "not-an-address", PROXY),
        (1, PROXY, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_the_visitor_is_read_that_many_proxies_from_the_right(
    settings, proxies, remote, forwarded, expected
):
    settings.WIJKKOMPAS_PROXY_COUNT = proxies
    assert client_address(request_from(remote, forwarded)) == expected


def api_statuses(client, forwarded_values, remote="192.0.2.1"):
    return [
        client.get("/api/v2/pages/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=value).status_code
        for value in forwarded_values
    ]


def test_a_new_forwarded_for_per_request_does_not_escape_the_api_limit(client, site_tree, settings):
    settings.WIJKKOMPAS_API_RATE = "3/min"
    statuses = api_statuses(client, [f"198.51.100.{n}" for n in range(6)])
    assert statuses[:3] == [200, 200, 200]
    assert statuses[3:] == [429, 429, 429]


def test_behind_a_proxy_the_api_counts_each_visitor(client, site_tree, settings):
    settings.WIJKKOMPAS_API_RATE = "3/min"
    settings.WIJKKOMPAS_PROXY_COUNT = 1
    # What a visitor writes in front of the proxy's entry changes nothing.
    spoofed = [f"{n}.{n}.{n}.{n}, 203.0.113.9" for n in range(1, 6)]
    assert api_statuses(client, spoofed, remote=PROXY)[3:] == [429, 429]
    # Another visitor behind the same proxy has a limit of their own.
    assert api_statuses(client, ["203.0.113.10"], remote=PROXY) == [200]


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True


def log_in(client, username, password="fout", **meta):  # noqa: S107
    return client.post("/admin/login/", {"username": username, "password": password}, **meta)


def test_spraying_many_user_names_from_one_address_is_stopped(client, db, axes_on, settings):
    settings.WIJKKOMPAS_LOGIN_FAILURE_RATE = "10/h"
    get_user_model().objects.create_user("redacteur", "r@example.org", "juist-wachtwoord-123")
    statuses = [
        log_in(client, f"gebruiker{n}", REMOTE_ADDR="192.0.2.20").status_code for n in range(12)
    ]
    assert statuses[:10] == [200] * 10
    assert statuses[-1] == 429
    # Even the right password of an existing account waits, from that address only.
    assert (
        log_in(client, "redacteur", "juist-wachtwoord-123", REMOTE_ADDR="192.0.2.20").status_code
        == 429
    )
    assert (
        log_in(client, "redacteur", "juist-wachtwoord-123", REMOTE_ADDR="192.0.2.21").status_code
        == 302
    )


def test_login_posts_are_refused_before_hashing_once_an_address_posts_too_often(
    client, db, settings
):
    settings.WIJKKOMPAS_LOGIN_POST_RATE = "5/m"
    statuses = [log_in(client, f"x{n}", REMOTE_ADDR="192.0.2.30").status_code for n in range(7)]
    assert statuses == [200] * 5 + [429] * 2
    refused = log_in(client, "x", REMOTE_ADDR="192.0.2.30")
    assert refused["Retry-After"]
    assert "Te veel pogingen" in refused.content.decode()


def test_a_forwarded_for_per_request_does_not_escape_the_login_lockout(client, db, axes_on):
    get_user_model().objects.create_user("redacteur", "r@example.org", "juist-wachtwoord-123")
    for n in range(10):
        response = log_in(
            client, "redacteur", REMOTE_ADDR="192.0.2.40", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}"
        )
    assert response.status_code == 429


def reset(client, email, remote):
    return client.post("/admin/password_reset/", {"email": email}, REMOTE_ADDR=remote)


def test_password_reset_mails_are_limited_per_address_and_per_e_mail(client, db, settings):
    settings.WIJKKOMPAS_PASSWORD_RESET_RATE = "3/h"
    settings.WIJKKOMPAS_PASSWORD_RESET_PER_EMAIL_RATE = "2/h"
    get_user_model().objects.create_user("redacteur", "r@example.org", "juist-wachtwoord-123")
    # One address: three posts, then refused.
    statuses = [reset(client, f"iemand{n}@example.org", "192.0.2.50").status_code for n in range(4)]
    assert statuses == [302, 302, 302, 429]
    # One e-mail address from many places: at most two mails, and the page never tells.
    mail.outbox.clear()
    statuses = [reset(client, "r@example.org", f"192.0.2.{60 + n}").status_code for n in range(5)]
    assert statuses == [302] * 5
    assert len(mail.outbox) == 2
