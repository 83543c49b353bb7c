"""Tells the HTTP cache in front (Varnish or a CDN) which responses it may keep, and what each shows.

A response is shareable when it was put together without anything of the reader's own: a GET
of a public page (its view offered it with `keys.may_keep`) for an anonymous reader,
with status 200, no cookie set, no CSRF token used, no preview and no CSP nonce. It then gets
`Cache-Control: public, max-age=<browser>, s-maxage=<edge>` and a `Surrogate-Key` header
with its keys. Anything that depends on the reader gets Django's never-cache headers, which
include `private`; the VCL asks the application again with the reader's cookies for those.
Everything else (search, feeds, the API) keeps the headers its view gave it and is not stored
by the edge, which only keeps what carries surrogate keys.
"""

from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_cache_control

from knowledge.edge import keys

HEADER = "Surrogate-Key"


def edge_ttl():
    return settings.WIJKKOMPAS_EDGE_TTL


def browser_max_age():
    return settings.WIJKKOMPAS_BROWSER_MAX_AGE


def reader_dependent(request, response):
    """Whether `response` holds something of this reader's own (so no one else may get it)."""
    if getattr(request, "is_preview", False) or getattr(request, "edge_private", False):
        return True
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return True
    if response.cookies or request.META.get("CSRF_COOKIE_USED"):
        return True
    # A nonce must differ per response; a shared copy would repeat it to every reader.
    return "'nonce-" in response.get("Content-Security-Policy", "")


def shareable(request, response):
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return False
    if not getattr(request, "edge_may_keep", False):
        return False
    cache_control = response.get("Cache-Control", "")
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    return not reader_dependent(request, response)


class EdgeCacheMiddleware:
    """Sets the caching headers of every response. First in MIDDLEWARE, so that it sees the
    headers (and cookies) every other middleware added."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        keys.collect(request)
        response = self.get_response(request)
        if shareable(request, response):
            keys.add(request, keys.ALL)
            # A view that chose how long browsers keep its answer (the PDF one-pagers) keeps it.
            browser = (
                {}
                if "max-age" in response.get("Cache-Control", "")
                else {"max_age": browser_max_age()}
            )
            patch_cache_control(response, public=True, s_maxage=edge_ttl(), **browser)
            response[HEADER] = " ".join(sorted(request.surrogate_keys))
        elif reader_dependent(request, response):
            # Something of this reader's own (a form's token, a private page, an editor's
            # view): never kept, by the edge or by the browser.
            add_never_cache_headers(response)
        return response
