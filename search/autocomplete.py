"""Title suggestions while a reader types in the search box, as JSON for search/autocomplete.js."""

import logging

from django.http import JsonResponse
from wagtail.models import Locale, Page

from knowledge.listings import content_models
from search import engine

logger = logging.getLogger("wijkkompas.search")

MAX_SUGGESTIONS = 8
MIN_QUERY_LENGTH = 2


def suggestible_pages(locale):
    """Live, public content pages of the reader's language: what the search page can find."""
    return Page.objects.live().public().filter(locale=locale).type(*content_models())


def matching_pages(pages, words):
    """Pages whose title starts words with the typed ones, best matches first.

    The search backend's autocomplete knows word prefixes and ranking; if it fails (an engine
    that cannot be reached, a backend without autocomplete) a plain title match stands in.
    """
    try:
        results = pages.autocomplete(" ".join(words), fields=["title"], operator="and")
        return list(results[:MAX_SUGGESTIONS])
    except Exception:
        logger.warning("Autocomplete failed; suggesting by plain title match", exc_info=True)
        for word in words:
            pages = pages.filter(title__icontains=word)
        return list(pages.order_by("title")[:MAX_SUGGESTIONS])


def suggest(request):
    """{"suggestions": [{"title", "url", "type"}…]}: at most eight titles matching the query."""
    words = engine.query_words(engine.clean_query(request.GET.get("q", "")))
    if len(" ".join(words)) < MIN_QUERY_LENGTH:
        return JsonResponse({"suggestions": []})

    # Deferred specific pages: each knows its class (and so its type label) without a query
    # for its own table.
    pages = suggestible_pages(Locale.get_active()).specific(defer=True)
    suggestions = [
        {"title": page.title, "url": page.get_url(request), "type": page.content_type_label}
        for page in matching_pages(pages, words)
    ]
    return JsonResponse({"suggestions": suggestions})
