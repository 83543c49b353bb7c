"""E-mail alerts behind Varnish: the method page stays cached with its link to the subscribe page;
the subscribe page is never cached and gives each reader a token of their own; a subscription
purges nothing."""

import re

import pytest

from tests.edge.test_varnish import Reader, cache_state, csrf_token, demo  # noqa: F401

pytestmark = pytest.mark.edge


def test_the_method_page_is_cached_and_its_subscribe_page_never(stack, demo):  # noqa: F811
    reader = Reader(stack.url)
    reader.get(demo["method"])
    state, body = cache_state(reader, demo["method"])
    assert state == "HIT"
    subscribe = re.search(r'href="(/nl/attenderingen/methode/\d+/)"', body).group(1)

    first, second = Reader(stack.url), Reader(stack.url)
    status, headers, page = first.get(subscribe)
    assert status == 200
    assert headers["X-Cache"] == "MISS"
    assert "no-store" in headers["Cache-Control"]
    assert "Surrogate-Key" not in headers
    assert csrf_token(page) != csrf_token(second.get(subscribe)[2])
    assert first.get(subscribe)[1]["X-Cache"] == "MISS"

    answers = {
        "csrfmiddlewaretoken": csrf_token(page),
        "email": "lezer@example.org",
        "frequency": "weekly",
        "aanvulling": "",
    }
    status, headers, body = first.request(subscribe, data=answers)
    assert status == 302, body[:500]
    assert headers["Location"].endswith("/nl/attenderingen/aangevraagd/")
    # A reader's subscription changes no public page: the method page is still the cached copy.
    assert cache_state(reader, demo["method"])[0] == "HIT"
