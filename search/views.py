"""The search and browse page."""

from dataclasses import dataclass

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from search import parameters, results
from search.report import log_search


@dataclass
class ActiveFilter:
    param: str
    value: str
    facet_label: str
    label: str
    remove_query: str


def active_filters(params, outcome):
    return [
        ActiveFilter(
            group.facet.param,
            value.value,
            group.facet.label,
            value.label,
            params.without(group.facet.name, value.value),
        )
        for group in outcome.facet_groups
        for value in group.values
        if value.selected
    ]


def search(request):
    """Search every content type, or browse them all when there is no query."""
    params = parameters.parse(request.GET)
    locale = Locale.get_active()
    outcome = results.run(params, locale, request)
    if params.words and params.page in ("", "1"):
        log_search(params.query, locale.language_code, outcome.total)
    paginator = outcome.page_obj.paginator
    return render(
        request,
        "search/search.html",
        {
            "params": params,
            "outcome": outcome,
            "sorts": parameters.SORTS,
            "search_query": params.query,
            "active_filters": active_filters(params, outcome),
            "base_query": params.querystring(page=None),
            # The feed of this selection: always newest first, so without the sort order.
            "feed_query": params.querystring(page=None, sorteer=None),
            "page_links": list(paginator.get_elided_page_range(outcome.page_obj.number)),
        },
    )


def search_redirect(request):
    """`/search/?q=…` (no language prefix) to the search page in the reader's language."""
    with translation.override(translation.get_language_from_request(request)):
        target = reverse("search")
    query = request.GET.urlencode()
    return redirect(f"{target}?{query}" if query else target)
