"""The page cache: anonymous readers get published pages from Django's cache, not from the database.

How it decides (see README, "Caching and speed"):

- Only GET requests for pages Wagtail serves (`wagtail_serve`, which includes routable sub-pages
  such as a municipality's page and the one-pagers) are cached; the search page, the admin,
  previews and every other view are not.
- A request is answered from the cache only when it carries no session or messages cookie (an
  editor, or someone with a message waiting) and its query string holds only listing parameters
  (`page`, `fase`). Anything else is served as usual.
- A response is stored only when it is a 200 HTML page for an anonymous reader that set no
  cookie (a page with a form sets the CSRF cookie, so its token is never shared), asked for no
  CSRF token, has no `private`/`no-store`/`no-cache` and no CSP nonce.
- Invalidation is site-wide: every entry is stored with the cache's current *generation*, and
  publishing, unpublishing, moving or deleting a page, changing its privacy, or saving a taxonomy
  term, image, document, locale, site or search promotion starts a new generation. A method page
  lists its case studies, a theme page everything tagged with it, every page the section
  navigation: working out which pages show what is error-prone, while an editor's publication is
  rare next to readers' page views. So one publication empties the whole page cache, which
  refills as readers come.
"""

import logging
import time
import uuid

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers

logger = logging.getLogger("wijkkompas.cache")

GENERATION_KEY = "wijkkompas:pages:generation"
KEY_PREFIX = "wijkkompas:pages:"
# Query parameters that only choose among a page's own listings; others skip the cache.
LISTING_PARAMETERS = frozenset({"page", "fase"})
# Headers a stored response keeps; a fresh response gets its own Date, cookies and so on.
CACHE_HEADER = "X-Cache"


def enabled():
    return getattr(settings, "WIJKKOMPAS_PAGE_CACHE_ENABLED", True)


def page_cache():
    return caches[getattr(settings, "WIJKKOMPAS_PAGE_CACHE_ALIAS", "default")]


def cache_timeout():
    return getattr(settings, "WIJKKOMPAS_PAGE_CACHE_TIMEOUT", 600)


def browser_max_age():
    return getattr(settings, "WIJKKOMPAS_PAGE_CACHE_MAX_AGE", 60)


def new_generation():
    """Make every page stored so far stale; the next reader of each page renders it again."""
    page_cache().set(GENERATION_KEY, uuid.uuid4().hex, None)


def invalidate_after_commit(**kwargs):
    """Signal receiver: start a new generation once the change is committed.

    Not before: a page rendered between the change and its commit would still show the old
    content, and would be stored under the new generation.
    """
    transaction.on_commit(new_generation)


# Values every page shows (the navigation, the index pages that term links lead to, the footer's
# pages), kept in this process for as long as the generation they were read under is current.
_site_values = {"generation": None, "values": {}, "since": 0.0}


def site_value(request, name, build):
    """`build()`, or the value it gave earlier in this process under the current generation.

    Publishing, moving or deleting any page starts a new generation, so a navigation kept here
    is as fresh as a cached page. Without a generation (page cache off, or the cache down) every
    call builds the value anew, as before.
    """
    generation = _request_generation(request)
    if generation is None:
        return build()
    # They also age out like cached pages: with a local-memory cache, another worker process's
    # publication never reaches this process's generation.
    if _site_values["generation"] != generation or (
        time.monotonic() - _site_values["since"] > cache_timeout()
    ):
        _site_values.update(generation=generation, values={}, since=time.monotonic())
    values = _site_values["values"]
    if name not in values:
        values[name] = build()
    return values[name]


def keeps_site_values(request):
    """True if `site_value` keeps what it builds for this request (the page cache is on and up)."""
    return _request_generation(request) is not None


def _request_generation(request):
    if not enabled() or request is None:
        return None
    if not hasattr(request, "_page_cache_generation"):
        request._page_cache_generation = current_generation()
    return request._page_cache_generation


def current_generation():
    """The current generation, started if there is none; None while the cache is unreachable."""
    cache = page_cache()
    generation = cache.get(GENERATION_KEY)
    return generation if generation is not None else start_generation(cache)


def start_generation(cache):
    """A generation where there was none (first request after a start or an eviction): ours, or
    the one another process added just before; None while the cache is unreachable."""
    generation = uuid.uuid4().hex
    if cache.add(GENERATION_KEY, generation, None):
        return generation
    return cache.get(GENERATION_KEY)


def _bypass_cookies():
    return {settings.SESSION_COOKIE_NAME, getattr(settings, "MESSAGE_COOKIE_NAME", "messages")}


def request_key(request):
    """The cache key for this request, or None when it must not be answered from the cache."""
    if request.method != "GET":
        return None
    if any(name in request.COOKIES for name in _bypass_cookies()):
        return None
    if any(name not in LISTING_PARAMETERS for name in request.GET):
        return None
    if any(len(values) > 1 or len(values[0]) > 20 for _name, values in request.GET.lists()):
        return None
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    query = "&".join(f"{name}={request.GET[name]}" for name in sorted(request.GET))
    # The scheme is part of the key, so a plain-HTTP request never gets a page that was served
    # over HTTPS: SecurityMiddleware redirects it instead.
    return f"{KEY_PREFIX}{request.scheme}://{host}{request.path}?{query}"


def is_wagtail_page(request):
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name == "wagtail_serve"


def is_html(response):
    return response.get("Content-Type", "").startswith("text/html")


def is_editor(request):
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated


def storable(request, response):
    """Whether `response` may be given to every other anonymous reader of this URL."""
    if response.status_code != 200 or response.streaming:
        return False
    if not is_html(response):
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    if getattr(request, "is_preview", False) or is_editor(request):
        return False
    cache_control = response.get("Cache-Control", "")
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    # A nonce must differ per response; a stored page would repeat it to every reader.
    policy = response.get("Content-Security-Policy", "")
    return "'nonce-" not in policy


class PageCacheMiddleware:
    """Serves anonymous readers' page views from the cache and sets the caching headers.

    Must be the first entry of MIDDLEWARE: a hit then skips every other middleware and the
    database, and a stored page keeps the headers the others add (security headers and the like).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = request_key(request) if enabled() else None
        generation = None
        if key is not None:
            generation, stored = self.lookup(key)
            if stored is not None:
                return self.response_from(stored)
            request._page_cache_generation = generation
        response = self.get_response(request)
        if not (is_wagtail_page(request) and is_html(response)):
            if is_editor(request) and "Cache-Control" not in response:
                add_never_cache_headers(response)
            return response
        # Whatever is shown depends on whether the reader is logged in, which is in a cookie.
        patch_vary_headers(response, ["Cookie"])
        if storable(request, response):
            patch_cache_control(response, public=True, max_age=browser_max_age())
            if key is not None:
                self.store(key, generation, response)
                response[CACHE_HEADER] = "miss"
        elif "Cache-Control" not in response or is_editor(request):
            add_never_cache_headers(response)
        return response

    def lookup(self, key):
        """(current generation, stored entry or None), in one round trip to the cache."""
        cache = page_cache()
        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY)
        if generation is None:
            # Nothing stored before a new generation counts.
            return start_generation(cache), None
        stored = found.get(key)
        if stored is None or stored[0] != generation:
            return generation, None
        return generation, stored

    def store(self, key, generation, response):
        if generation is None:
            return
        headers = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in ("set-cookie", "date", "expires")
        ]
        entry = (generation, response.status_code, headers, response.content, time.time())
        page_cache().set(key, entry, cache_timeout())

    @staticmethod
    def response_from(stored):
        _generation, status, headers, content, _stored_at = stored
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response[CACHE_HEADER] = "hit"
        return response


def connect_signals():
    """Start a new generation whenever something readers see on a page changes."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from knowledge.models.taxonomy import Person, TaxonomyTerm

    page_published.connect(invalidate_after_commit, dispatch_uid="page-cache-published")
    page_unpublished.connect(invalidate_after_commit, dispatch_uid="page-cache-unpublished")
    post_page_move.connect(invalidate_after_commit, dispatch_uid="page-cache-moved")
    post_delete.connect(invalidate_after_commit, sender=Page, dispatch_uid="page-cache-deleted")
    # Renditions are created while pages render, so they are deliberately not in this list.
    models = [
        PageViewRestriction,
        Locale,
        Site,
        get_image_model(),
        get_document_model(),
        Person,
        # The search page keeps the queries that have promotions (search/results.py).
        SearchPromotion,
        *(model for model in _subclasses(TaxonomyTerm) if not model._meta.abstract),
    ]
    for model in models:
        label = model._meta.label_lower
        post_save.connect(invalidate_after_commit, sender=model, dispatch_uid=f"page-cache-{label}")
        post_delete.connect(
            invalidate_after_commit, sender=model, dispatch_uid=f"page-cache-{label}-deleted"
        )


def _subclasses(model):
    for subclass in model.__subclasses__():
        yield subclass
        yield from _subclasses(subclass)
