"""Finding the accessibility statement in the reader's language, for the footer and `/toegankelijkheid`."""

from django.http import Http404
from django.shortcuts import redirect
from django.utils import translation
from wagtail.models import Locale

from knowledge.models import AccessibilityStatementPage


def accessibility_statement(language_code):
    """The live statement in `language_code`, else the one in the default language, else None."""
    statements = AccessibilityStatementPage.objects.live().public().select_related("locale")
    by_language = {page.locale.language_code: page for page in statements}
    return by_language.get(language_code) or by_language.get(Locale.get_default().language_code)


def accessibility_statement_redirect(request):
    """`/toegankelijkheid`, the short address printed on paper: to the statement in the reader's
    language (from their browser), Dutch otherwise."""
    language = translation.get_language_from_request(request)
    page = accessibility_statement(language)
    if page is None:
        raise Http404
    return redirect(page.get_url(request))
