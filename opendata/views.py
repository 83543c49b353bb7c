"""sitemap.xml, robots.txt and the open-data page that explains the sitemap, feeds, API and exports."""

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps.views import sitemap

from knowledge.listings import content_models
from opendata.licence import licence
from opendata.sitemap import TranslatedSitemap


@require_safe
def sitemap_xml(request):
    """One sitemap for every language (see TranslatedSitemap)."""
    return sitemap(request, sitemaps={"pages": TranslatedSitemap})


@require_safe
def robots_txt(request):
    """Crawl everything public; not the admin, and not search results with parameters (an
    endless set of filter combinations). Points at the sitemap with an absolute URL."""
    lines = ["User-agent: *", "Disallow: /admin/"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            lines.append(f"Disallow: {reverse('search')}?")
            lines.append(f"Disallow: {reverse('search-suggest')}")
    lines += ["Allow: /", "", f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_safe
def open_data(request):
    """What a municipality or researcher can reuse, and how: API, feeds, exports and licence."""
    type_feeds = [
        {
            "label": str(model._meta.verbose_name_plural).capitalize(),
            "rss": reverse("feed-type", kwargs={"content_type": model.search_type()}),
            "atom": reverse("feed-type-atom", kwargs={"content_type": model.search_type()}),
        }
        for model in content_models()
    ]
    return render(
        request,
        "opendata/open_data.html",
        {
            "licence": licence(),
            "type_feeds": type_feeds,
            "api_base": request.build_absolute_uri("/api/v2/"),
            "sitemap_url": request.build_absolute_uri("/sitemap.xml"),
            "api_limit_max": settings.WAGTAILAPI_LIMIT_MAX,
            "search_url": reverse("search"),
        },
    )
