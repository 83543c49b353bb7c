"""URL configuration: admin and documents outside the language prefix, pages inside it."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from knowledge.accessibility import accessibility_statement_redirect
from knowledge.security import security_txt
from knowledge.translation import not_translated

handler404 = "knowledge.translation.page_not_found"
handler500 = "knowledge.security.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
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
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
