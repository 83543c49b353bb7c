"""sitemap.xml: every live, public page in every language, with hreflang alternates."""

from collections import defaultdict

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class TranslatedSitemap(Sitemap):
    """Wagtail's sitemap walks the default site's root page only, which is the Dutch home page;
    this one also walks its translations' trees and lists, for each page, its live public
    versions in every language (plus x-default, the Dutch one) as hreflang alternates."""

    def items(self):
        site = self.get_wagtail_site()
        roots = [site.root_page, *site.root_page.get_translations()]
        pages = Page.objects.none()
        for root in roots:
            pages |= Page.objects.descendant_of(root, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        alternates = self.alternates_for(items)
        urls = []
        last_mods = set()
        for item in items:
            for index, info in enumerate(item.get_sitemap_urls(self.request)):
                if index == 0:
                    # Only the page itself has translations; a sub-page URL a model adds may not.
                    info = {**info, "alternates": alternates.get(item.translation_key, [])}
                urls.append(info)
                last_mods.add(info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def alternates_for(self, items):
        """{translation_key: [{lang_code, location}, …]} for pages with more than one live,
        public language version; one query for the whole sitemap page."""
        keys = {item.translation_key for item in items}
        versions = defaultdict(dict)
        translations = (
            Page.objects.filter(translation_key__in=keys)
            .live()
            .public()
            .select_related("locale")
            .defer_streamfields()
        )
        for version in translations:
            url = version.get_full_url(self.request)
            if url:
                versions[version.translation_key][version.locale.language_code] = url
        default = settings.LANGUAGE_CODE
        alternates = {}
        for key, by_language in versions.items():
            if len(by_language) < 2:
                continue
            entries = [
                {"lang_code": code, "location": url} for code, url in sorted(by_language.items())
            ]
            if default in by_language:
                entries.append({"lang_code": "x-default", "location": by_language[default]})
            alternates[key] = entries
        return alternates
