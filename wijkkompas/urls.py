"""URL configuration: admin, documents, sitemap, robots.txt and API outside the language prefix,
pages inside it."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from knowledge.accessibility import accessibility_statement_redirect
from knowledge.http import login_limits
from knowledge.http.health import health
from knowledge.http.security import security_txt
from knowledge.translation.versions import not_translated
from opendata.api import api_router
from opendata.api import not_found as api_not_found
from opendata.views import robots_txt, sitemap_xml
from search.views import search_redirect

handler404 = "knowledge.translation.versions.page_not_found"
handler500 = "knowledge.http.security.server_error"

urlpatterns = [
    # Wagtail's login and password reset behind per-address limits (knowledge/http/login_limits.py).
    path("admin/login/", login_limits.LoginView.as_view()),
    path("admin/password_reset/", login_limits.PasswordResetView.as_view()),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Open data: one sitemap and one robots.txt for every language, and the JSON API.
    path("sitemap.xml", sitemap_xml, name="sitemap"),
    path("robots.txt", robots_txt, name="robots-txt"),
    path("api/v2/", api_router.urls),
    # Any other address under /api/ (ending in a slash; others get one) is a JSON 404.
    re_path(r"^api/(?P<path>.*/)?$", api_not_found),
    # The short address the search page was announced with: /search/?q=… in the reader's language.
    path("search/", search_redirect),
    # For load balancers and monitoring: outside the language prefix, never cached.
    path("health/", health, name="health"),
    path(".well-known/security.txt", security_txt, name="security-txt"),
    path("toegankelijkheid", accessibility_statement_redirect),
    path("toegankelijkheid/", accessibility_statement_redirect, name="accessibility-statement"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path(_("niet-vertaald/<int:page_id>/"), not_translated, name="not-translated"),
    path("", include("search.urls")),
    path("", include("opendata.urls")),
    path("", include("alerts.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
