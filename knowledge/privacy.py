"""Which sections of the site are private, and which site a request is for: read once.

Wagtail reads the view restrictions afresh for each `.public()` listing and again for the page
being served, and looks up the site by hostname on every request. Here a GET request reads them
once, and keeps them like the navigation (`page_cache.site_value`): until the next publication
or change of a restriction, site or locale starts a new generation, or the page-cache timeout.
Outside a GET request (commands, the admin's own writes) nothing is remembered.
"""

from contextvars import ContextVar

from django.db.models import Q
from wagtail.models import PageViewRestriction, Site

from knowledge.page_cache import site_value

_memo = ContextVar("wijkkompas_request_memo", default=None)


class RequestMemoMiddleware:
    """Gives each GET or HEAD request its own memo; other methods may change restrictions."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        token = _memo.set({"request": request})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # Only for Wagtail's pages and the search page: /health/ and security.txt must not need
        # the database.
        url_name = getattr(request.resolver_match, "url_name", None)
        if url_name in ("wagtail_serve", "search") and _memo.get() is not None:
            # Wagtail looks for the site it found earlier in this attribute.
            request._wagtail_site = site_value(
                request, ("site", *host_and_port(request)), lambda: Site.find_for_request(request)
            )
        if url_name == "wagtail_serve" and _memo.get() is not None and view_args:
            # Imported here: routing reads the current request from this module.
            from knowledge.routing import route_for_request

            route_for_request(request, view_args[0])


def current_request():
    """The GET or HEAD request being answered, or None (a command, a write, no request)."""
    memo = _memo.get()
    return memo["request"] if memo is not None else None


def host_and_port(request):
    """What Wagtail's site lookup reads from the request, as validated by ALLOWED_HOSTS: a made-up
    Host or X-Forwarded-Host header is refused (400) instead of adding an entry to the memo."""
    return (request.get_host(), request.get_port())


def _read_restrictions():
    return list(PageViewRestriction.objects.select_related("page"))


def view_restrictions():
    """Every page view restriction with its page."""
    memo = _memo.get()
    if memo is None:
        return _read_restrictions()
    if "restrictions" not in memo:
        memo["restrictions"] = site_value(memo["request"], "view restrictions", _read_restrictions)
    return memo["restrictions"]


def private_paths():
    """The tree paths of the restricted sections: a page is private if its path starts so."""
    return [restriction.page.path for restriction in view_restrictions()]


def public(queryset, field="path"):
    """Leave out pages in a restricted section, as Wagtail's `.public()` does.

    `field` names the page path in the queryset's model (e.g. `page__path` on search documents).
    """
    private = Q()
    for path in private_paths():
        private |= Q(**{f"{field}__startswith": path})
    return queryset.exclude(private) if private else queryset


class RestrictionsFromMemo:
    """Page mixin: during a request, the view-restriction check of the page being served uses
    the memo instead of two queries. Aliases take their source's restrictions, as in Wagtail."""

    def get_view_restrictions(self):
        if self.alias_of_id or _memo.get() is None:
            return super().get_view_restrictions()
        ids = [r.pk for r in view_restrictions() if self.path.startswith(r.page.path)]
        # A queryset either way, because the admin orders and filters what this returns.
        if not ids:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=ids)
