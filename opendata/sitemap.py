"""sitemap.xml: every live, public page in every language, with hreflang alternates."""

from collections import defaultdict

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from knowledge.models import TaxonomyIndexPage


class TranslatedSitemap(Sitemap):
    """Wagtail's sitemap walks the default site's root page only, which is the Dutch home page;
    this one also walks its translations' trees and lists, for each page, its live public
    versions in every language (plus x-default, the Dutch one) as hreflang alternates.

    The theme and municipality overviews also serve a page per term (`/nl/themas/veiligheid/`);
    those are listed too, with the same alternates rule.
    """

    def items(self):
        site = self.get_wagtail_site()
        roots = [site.root_page, *site.root_page.get_translations()]
        pages = Page.objects.none()
        for root in roots:
            pages |= Page.objects.descendant_of(root, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        versions = self.versions_for(items)
        urls = []
        last_mods = set()
        for item in items:
            for index, info in enumerate(item.get_sitemap_urls(self.request)):
                if index == 0:
                    # Only the page itself has translations; a sub-page URL a model adds may not.
                    info = {**info, "alternates": alternates(versions[item.translation_key])}
                urls.append(info)
                last_mods.add(info.get("lastmod"))
            if isinstance(item, TaxonomyIndexPage):
                urls += term_urls(item, versions[item.translation_key])
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def versions_for(self, items):
        """{translation_key: {language code: full URL}} of the live, public versions of the
        items; one query for the whole sitemap page."""
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
        return versions


def alternates(by_language):
    """hreflang entries for a page with more than one language version, else none."""
    if len(by_language) < 2:
        return []
    entries = [{"lang_code": code, "location": url} for code, url in sorted(by_language.items())]
    default = settings.LANGUAGE_CODE
    if default in by_language:
        entries.append({"lang_code": "x-default", "location": by_language[default]})
    return entries


def term_urls(index_page, index_versions):
    """The index page's term pages. A term's slug is shared by its translations, so its page
    in another language is that language's index URL plus the same slug."""
    language = index_page.locale.language_code
    terms = index_page.term_model.objects.filter(
        locale__language_code__in=list(index_versions)
    ).values_list("locale__language_code", "slug")
    by_slug = defaultdict(dict)
    for code, slug in terms:
        by_slug[slug][code] = f"{index_versions[code]}{slug}/"
    return [
        {"location": urls[language], "lastmod": None, "alternates": alternates(urls)}
        for slug, urls in sorted(by_slug.items())
        if language in urls
    ]
