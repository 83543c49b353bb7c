"""Guessing an editor's password at the admin login: locked out after a few tries, for a while."""

from datetime import timedelta

import pytest
import time_machine
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

PASSWORD = "juist-wachtwoord-voor-de-redactie"  # noqa: S105


@pytest.fixture(autouse=True)
def axes_on(settings):
    """The test settings switch django-axes off for client.login(); here it runs as in production."""
    settings.AXES_ENABLED = True


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("redacteur", "r@example.org", PASSWORD)


def log_in(client, password, username="redacteur", address="192.0.2.10"):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def fail_until_locked(client, **kwargs):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        response = log_in(client, "fout", **kwargs)
    return response


def test_wrong_passwords_below_the_limit_only_show_the_form_again(client, editor):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        response = log_in(client, "fout")
        assert response.status_code == 200
        assert response.context["form"].errors
    assert log_in(client, PASSWORD).status_code == 302


def test_after_too_many_wrong_passwords_even_the_right_one_is_refused_with_a_clear_page(
    client, editor
):
    response = fail_until_locked(client)
    assert response.status_code == 429
    html = response.content.decode()
    assert "Inloggen tijdelijk geblokkeerd" in html
    assert f"over {settings.AXES_COOLOFF_TIME.seconds // 60} minuten opnieuw" in html

    response = log_in(client, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302  # still sent to the login page


def test_the_lockout_ends_after_the_cool_off(client, editor):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        fail_until_locked(client)
        assert log_in(client, PASSWORD).status_code == 429
        clock.shift(settings.AXES_COOLOFF_TIME + timedelta(seconds=1))
        response = log_in(client, PASSWORD)
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_lockout_is_per_username_and_address(client, editor):
    """Someone guessing from one address does not lock the editor out at the office."""
    fail_until_locked(client)
    get_user_model().objects.create_user("vertaler", "v@example.org", PASSWORD, is_staff=True)
    assert log_in(client, PASSWORD, username="vertaler").status_code == 302
    client.logout()
    assert log_in(client, PASSWORD, address="198.51.100.7").status_code == 302
