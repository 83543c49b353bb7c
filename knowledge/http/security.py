"""Security headers per area of the site, security.txt and the 500 page that needs no database."""

import sys
from datetime import timedelta

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from knowledge.http.outage import database_unavailable_response, is_database_unavailable


def is_admin_request(request):
    return request.path_info.startswith(settings.WIJKKOMPAS_ADMIN_PATH)


def is_preview_request(request):
    """Wagtail renders a preview through the middleware with a dummy request for the page's own
    URL (`Page.make_preview_request`), then shows it in a frame of the admin."""
    return getattr(request, "is_dummy", False)


class SecurityHeadersMiddleware(CSPMiddleware):
    """Content-Security-Policy, frame options and Permissions-Policy: strict on the public site,
    looser in /admin/.

    Public pages get `CONTENT_SECURITY_POLICY` (no inline script, not framed by anyone). The
    admin gets `WIJKKOMPAS_ADMIN_CONTENT_SECURITY_POLICY` and `X-Frame-Options: SAMEORIGIN`,
    because Wagtail's editor needs inline scripts and shows page previews in frames of its own.
    A response that already has a policy (Wagtail's document view sets `default-src 'none'`)
    keeps it.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        if is_admin_request(request):
            return PolicyParts(
                settings.WIJKKOMPAS_ADMIN_CONTENT_SECURITY_POLICY,
                parts.update,
                parts.replace,
                parts.nonce,
            )
        if is_preview_request(request):
            # The page rendered for the editor's preview panel: the public policy, but the
            # admin may frame it.
            replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
            return PolicyParts(parts.config, parts.update, replace, parts.nonce)
        return parts

    def process_response(self, request, response):
        # Django's XFrameOptionsMiddleware (inside this one) sends X_FRAME_OPTIONS, DENY, on
        # every response; the admin may frame itself.
        if is_admin_request(request) or is_preview_request(request):
            response["X-Frame-Options"] = "SAMEORIGIN"
        response.setdefault("Permissions-Policy", settings.WIJKKOMPAS_PERMISSIONS_POLICY)
        return super().process_response(request, response)


# RFC 9116 recommends an expiry less than a year ahead; the file is generated from the current
# configuration on every request, so a rolling date never announces a stale contact.
SECURITY_TXT_VALIDITY = timedelta(days=180)


@require_GET
@cache_control(max_age=86_400, public=True)
def security_txt(request):
    """`/.well-known/security.txt`: how to report a vulnerability (RFC 9116)."""
    expires = (timezone.now() + SECURITY_TXT_VALIDITY).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    lines = [
        f"Contact: {settings.WIJKKOMPAS_SECURITY_CONTACT}",
        f"Expires: {expires.strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: nl, en",
        f"Canonical: {request.build_absolute_uri('/.well-known/security.txt')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def server_error(request):
    """The 500 page, rendered without the request: no context processors (site settings, the
    user) run, and the template uses no tag that queries, so it still appears when the error
    is that the database is down.

    When the error is that the database cannot serve the request, wherever it was raised (a
    middleware outside the outage middleware reading a logged-in editor's session, say), the
    reader gets the 503 page instead: the outage, not a fault of the site."""
    if is_database_unavailable(sys.exc_info()[1]):
        return database_unavailable_response()
    return HttpResponseServerError(loader.get_template("500.html").render())


def login_locked_out(request, original_response, credentials):
    """django-axes' answer to a locked-out login: a page that says why and for how long."""
    cool_off = settings.AXES_COOLOFF_TIME
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff_minutes": int(cool_off.total_seconds() // 60) if cool_off else None,
    }
    return render(request, "security/lockout.html", context, status=429)
