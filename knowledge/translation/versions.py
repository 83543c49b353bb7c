"""Which language versions of a page a reader can go to, and the notice for a missing one."""

from dataclasses import dataclass

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse, translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site


@dataclass
class LanguageVersion:
    code: str
    name: str
    url: str
    current: bool
    # False when the page has no live version in this language and the URL leads to the notice.
    available: bool


def not_translated_url(page, language_code):
    with translation.override(language_code):
        return reverse("not-translated", kwargs={"page_id": page.pk})


def live_versions(page, specific=True):
    """The live, public versions of `page` by language code, the page itself included.

    `specific=False` gives plain pages with only what their URLs need, two queries cheaper.
    """
    if specific:
        versions = page.get_translations(inclusive=True)
    else:
        # From the page table alone, without joining the page type's own tables.
        versions = Page.objects.filter(translation_key=page.translation_key).only(
            "path", "url_path", "locale__language_code"
        )
    versions = versions.live().public().select_related("locale")
    if specific:
        versions = versions.specific()
    return {version.locale.language_code: version for version in versions}


def language_versions(request, page=None, untranslated_page=None):
    """One LanguageVersion per site language for the language switcher and hreflang links.

    A routable page's sub-path (a term page, a one-pager) is kept: term slugs are shared by
    every language, so `/en/municipalities/` + `rotterdam/` is the same term.
    """
    current = translation.get_language()
    path = request.path if request is not None else ""
    versions = []
    live = {}
    suffix = ""
    if page is not None:
        live = live_versions(page, specific=False)
        own_url = page.get_url(request)
        if own_url and path.startswith(own_url):
            suffix = path[len(own_url) :]
    elif untranslated_page is not None:
        live = {untranslated_page.locale.language_code: untranslated_page}
    for code, _name in settings.LANGUAGES:
        info = translation.get_language_info(code)
        if code in live:
            url, available = live[code].get_url(request) + suffix, True
        elif code == current:
            url, available = path, page is None and untranslated_page is None
        elif page is not None:
            url, available = not_translated_url(page, code), False
        elif untranslated_page is not None:
            url, available = not_translated_url(untranslated_page, code), False
        else:
            url, available = translate_url(path, code), True
        versions.append(
            LanguageVersion(
                code=code,
                name=info["name_local"],
                url=url,
                current=code == current,
                available=available,
            )
        )
    return versions


def render_not_translated(request, page, status=200):
    """Tell the reader, in their language, that `page` is not translated, and link to it."""
    return TemplateResponse(
        request,
        "pages/not_translated.html",
        {
            "untranslated_page": page,
            "untranslated_language": translation.get_language_info(page.locale.language_code),
        },
        status=status,
    )


def not_translated(request, page_id):
    """The language switcher's target for a page with no live version in the reader's language."""
    page = get_object_or_404(Page.objects.live().public(), pk=page_id).specific
    # The tree's root and pages outside every site are live but have no address to link to.
    versions = {
        language: version
        for language, version in live_versions(page).items()
        if version.get_url(request) is not None
    }
    if not versions:
        raise Http404
    language = translation.get_language()
    if language in versions:
        # Translated since the link was made.
        return redirect(versions[language].get_url(request))
    source = next(iter(versions.values()), None)
    default = Locale.get_default().language_code
    return render_not_translated(request, versions.get(default, source))


def page_not_found(request, exception=None):
    """A 404 that, for a Dutch address under another language's prefix (`/en/methoden/…`),
    says the page exists in Dutch but is not translated yet, instead of only "not found"."""
    page = _default_language_page_for(request)
    if page is not None:
        return render_not_translated(request, page, status=404)
    return TemplateResponse(request, "404.html", status=404)


def _default_language_page_for(request):
    language = translation.get_language()
    default = Locale.get_default()
    prefix = f"/{language}/"
    if language == default.language_code or not request.path.startswith(prefix):
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    home = site.root_page.get_translations(inclusive=True).filter(locale=default).first()
    if home is None:
        return None
    components = [part for part in request.path[len(prefix) :].split("/") if part]
    try:
        page = home.specific.route(request, components).page
    except Http404:
        return None
    # The page is named on the 404, so only a page every reader may see.
    if not Page.objects.filter(pk=page.pk).live().public().exists():
        return None
    return page
