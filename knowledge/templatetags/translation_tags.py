"""Template tags for the language switcher, hreflang links and links to information pages."""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Locale

from knowledge.accessibility import accessibility_statement
from knowledge.edge import keys
from knowledge.models import StandardPage
from knowledge.operations.kept import sitewide
from knowledge.templatetags.navigation_tags import per_request
from knowledge.translation.versions import language_versions as versions_for
from knowledge.translation.versions import not_translated_url

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    """The page's version in every site language, worked out once per request."""
    request = context.get("request")
    page = context.get("page")
    page = page if hasattr(page, "translation_key") else None
    if page is not None:
        # Publishing a translation changes this page's language switcher.
        keys.add(request, keys.versions(page.translation_key))
    return per_request(
        request,
        "language versions",
        lambda: versions_for(
            request, page=page, untranslated_page=context.get("untranslated_page")
        ),
    )


@register.simple_tag(takes_context=True)
def information_page_url(context, slug):
    """The URL of an information page (about, privacy…) in the reader's language.

    The footer names the Dutch page by its slug; a reader of another language gets its live
    translation, or the notice that it is not translated yet.
    """
    keys.add(context.get("request"), keys.FOOTER)
    page = _default_information_pages(context.get("request")).get(slug)
    return _url_in_reader_language(context, page)


@register.simple_tag(takes_context=True)
def accessibility_statement_url(context):
    """The URL of the accessibility statement in the reader's language, like information pages."""
    keys.add(context.get("request"), keys.FOOTER)
    language = translation.get_language()
    page = sitewide(
        context.get("request"),
        f"accessibility statement {language}",
        lambda: accessibility_statement(language),
    )
    if page is None:
        return ""
    if page.locale.language_code != language:
        return not_translated_url(page, language)
    return page.get_url(context.get("request"))


def _url_in_reader_language(context, page):
    if page is None:
        return ""
    language = translation.get_language()
    version = page.get_translations(inclusive=True).live().filter(locale__language_code=language)
    version = version.first()
    if version is not None:
        return version.get_url(context.get("request"))
    return not_translated_url(page, language)


def _default_information_pages(request):
    """{slug: live Dutch information page}, read once per request: the footer links three."""
    return per_request(
        request,
        "information pages",
        lambda: sitewide(
            request,
            "information pages",
            lambda: {
                page.slug: page
                for page in StandardPage.objects.live()
                .filter(locale__language_code=settings.LANGUAGE_CODE)
                .order_by("-path")
            },
        ),
    )


@register.simple_tag(takes_context=True)
def lang_attribute(context, obj):
    """' lang="nl"' for a translatable object shown on a page in another language (a term not
    translated yet), so screen readers pronounce it in its own language; '' otherwise."""
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return ""
    request = context.get("request")
    codes = per_request(
        request,
        "language codes",
        lambda: sitewide(
            request,
            "language codes",
            lambda: dict(Locale.objects.values_list("pk", "language_code")),
        ),
    )
    code = codes.get(locale_id, "")
    if not code or code == translation.get_language():
        return ""
    return format_html(' lang="{}"', code)
