"""Runs a search for the search page: matching pages, facet counts, promotions and results."""

import html
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import F
from django.utils.safestring import mark_safe
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from search import engine, facet_index, facets
from search.kept import kept
from search.models import SearchDocument

RESULTS_PER_PAGE = 20
VISIBLE_FACET_VALUES = 8
MAX_FACET_VALUES = 40


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FacetGroup:
    facet: facets.Facet
    values: list

    @property
    def visible(self):
        return self.values[:VISIBLE_FACET_VALUES]

    @property
    def more(self):
        return self.values[VISIBLE_FACET_VALUES:]


@dataclass
class SearchPage:
    """Everything the search page shows for one request."""

    page_obj: object
    results: list
    facet_groups: list
    promotions: list = field(default_factory=list)
    degraded: bool = False
    capped: bool = False

    @property
    def total(self):
        return self.page_obj.paginator.count


def searchable_pages(locale):
    """Live, public content pages in the reader's locale: never drafts, private pages or indexes."""
    # A subquery on the page id, because search backends only filter on indexed page fields.
    documents = searchable_documents(locale).values("page_id")
    return Page.objects.live().public().filter(locale=locale, pk__in=documents)


def searchable_documents(locale):
    """The search documents of live, public content pages in the reader's locale.

    Documents exist for live content pages only (signals keep them in step with publishing),
    so the page table is only joined when some section of the site is private.
    """
    documents = SearchDocument.objects.filter(language_code=locale.language_code)
    return documents.exclude(page__in=Page.objects.not_public())


@dataclass
class TextMatches:
    """The pages matching the words, before any facet: best first, at most `limit` of them.

    The full-text search runs once per request; facets, sorting and counts then work on these
    ids in the database, so a faceted search costs one text search whatever is selected.
    """

    ranked_ids: list
    capped: bool
    degraded: bool


def text_matches(params, locale):
    if params.is_browse:
        return None
    limit = settings.WIJKKOMPAS_SEARCH_MAX_MATCHES
    text = engine.search(searchable_documents(locale), params.words, locale.language_code, limit)
    return TextMatches(text.ids, capped=len(text.ids) >= limit, degraded=text.degraded)


def filtered_ids(matches, params, locale, skip_facet=None):
    """The matching pages after the selected facets (optionally ignoring one facet): a
    queryset of search documents when browsing, a list of ids best first when searching."""
    if matches is None:
        documents = searchable_documents(locale)
        return facet_index.filter_pages(
            documents, params.selected, skip=skip_facet, field="page_id"
        )
    allowed = facet_index.pages_allowed(params.selected, skip=skip_facet)
    if allowed is None:
        return matches.ranked_ids
    return [pk for pk in matches.ranked_ids if pk in allowed]


def ordered_results(matches, ids, params):
    """What the paginator pages through: page ids, best first or newest first."""
    if matches is None:
        documents = ids
    elif params.sort != "nieuwste":
        return ids
    else:
        # Sorting by date happens in the database, so it works the same on every backend.
        documents = SearchDocument.objects.filter(page_id__in=facet_index.id_list(ids))
    return documents.order_by("-published_on", "-page_id").values_list("page_id", flat=True)


def value_labels(facet_name, request=None):
    """Readable labels for a facet's values: {value: label} for the whole vocabulary.

    Only published, public pages name a value: a draft's title is never shown.
    """
    return facets.labels(facet_name, request)


def shown_values(counts, selected):
    """The values a facet shows: the selected ones, then the most frequent, at most
    MAX_FACET_VALUES in all, so a site with thousands of methods does not list them all."""
    frequent = sorted(counts, key=lambda value: (-counts[value], value))
    shown = list(dict.fromkeys([*selected, *frequent]))
    return {value: counts.get(value, 0) for value in shown[: max(MAX_FACET_VALUES, len(selected))]}


@dataclass(frozen=True)
class AllDocuments:
    """Every searchable page of a locale and its facet counts: read once per generation."""

    ids: frozenset
    counts: dict


def all_documents(locale, request):
    def read():
        documents = searchable_documents(locale)
        names = [facet.name for facet in facets.FACETS]
        return AllDocuments(
            frozenset(documents.values_list("page_id", flat=True)),
            facet_index.count_values(documents, names),
        )

    return kept(request, f"all documents {locale.pk}", read)


def counts_over(ids, names, locale, request, whole_locale):
    """Facet counts over `ids` (a list, or the browse queryset).

    When the ids are a search's matches among every document of the locale (`whole_locale`: the
    search was not capped) and are more than half of them, the counts are the locale's totals,
    kept between requests, minus the counts over the pages that did not match: a broad search like
    `wijk` then counts over a few pages instead of nearly all.
    """
    if not (whole_locale and isinstance(ids, list)):
        return facet_index.count_values(ids, names)
    whole = all_documents(locale, request)
    matched = set(ids)
    if len(matched) * 2 <= len(whole.ids) or not matched <= whole.ids:
        return facet_index.count_values(ids, names)
    rest = facet_index.count_values(list(whole.ids - matched), names)
    return facet_index.subtract({name: whole.counts[name] for name in names}, rest)


def facet_groups(params, locale, matches, ids, request=None):
    """Facet values with counts: each facet counted with the other facets' filters applied."""
    whole_locale = not (matches and matches.capped)

    def counted(ids, names, skip_facet=None):
        other_filters = any(v for name, v in params.selected.items() if name != skip_facet)
        if matches is None and not other_filters:
            # Browsing with no other filter: the locale's totals, kept between requests.
            return {name: all_documents(locale, request).counts[name] for name in names}
        return counts_over(ids, names, locale, request, whole_locale)

    # A selected facet's own values are counted separately below, so not here.
    names = [facet.name for facet in facets.FACETS if not params.selected.get(facet.name)]
    counts = counted(ids, names)
    for name, values in params.selected.items():
        if not values:
            continue
        # OR within a facet: its own values are counted as if it were not selected.
        ids_without = filtered_ids(matches, params, locale, skip_facet=name)
        counts[name] = counted(ids_without, [name], skip_facet=name)[name]

    groups = []
    for facet in facets.FACETS:
        selected = params.selected.get(facet.name, [])
        values = counts[facet.name]
        if facet.name == "type":
            known = set(facet.values.known(list(values)))
            values = {value: count for value, count in values.items() if value in known}
        values = shown_values(values, selected)
        labels = value_labels(facet.name, request)
        entries = [
            FacetValue(value, labels[value], count, value in selected)
            for value, count in values.items()
            if value in labels
        ]
        entries.sort(key=lambda entry: (not entry.selected, -entry.count, entry.label))
        if entries:
            groups.append(FacetGroup(facet, entries))
    return groups


# What a result row (on the search page, or an item of a feed) shows, per content type: the
# page's own fields, its locale, and the name of its municipality and the title of its method
# (as `shown_municipality` and `shown_method`). Fetched with `only()`, so a row costs no more than
# it shows, and no query of its own.
RESULT_FIELDS = (
    *("title", "slug", "url_path", "path", "depth", "intro", "translation_key", "locale"),
    *("first_published", "first_published_at", "last_published_at"),
)
RESULT_LINKS = {
    "casestudypage": {"shown_municipality": "municipality__name", "shown_method": "method__title"},
    "practicaltippage": {"shown_method": "source_method__title"},
    "interviewpage": {"shown_method": "source_method__title"},
}


def specific_results(ids, locale):
    """The specific pages of one page of results in `locale`, in order, with what their rows
    show."""
    from knowledge.listings import content_models

    models = {model._meta.model_name: model for model in content_models()}
    types = SearchDocument.objects.filter(page_id__in=ids).values_list(
        "page_id", "content_type_name"
    )
    ids_by_type = {}
    for pk, type_name in types:
        ids_by_type.setdefault(type_name, []).append(pk)
    specific = {}
    for type_name, type_ids in ids_by_type.items():
        # The linked names as annotations: a method or municipality object per row cost more
        # than the row itself. No ORDER BY: the rows are put in the results' order below.
        pages = (
            models[type_name]
            .objects.filter(pk__in=type_ids)
            .only(*RESULT_FIELDS)
            .annotate(**{name: F(path) for name, path in RESULT_LINKS.get(type_name, {}).items()})
            .order_by()
        )
        for page in pages:
            # Set on every row, because a template asking a page for a field it lacks costs a
            # `dir()` of the whole page object.
            page.shown_municipality = getattr(page, "shown_municipality", None)
            page.shown_method = getattr(page, "shown_method", None)
            if page.locale_id == locale.pk:
                # Every result is in the reader's locale: no join or Locale object per row.
                page.locale = locale
            specific[page.pk] = page
    return [specific[pk] for pk in ids if pk in specific]


def highlight(text, words):
    """Escape `text` and mark the words that start with a searched word."""
    escaped = html.escape(text or "")
    stems = sorted({word.rstrip("+") for word in words if len(word.rstrip("+")) >= 2}, key=len)
    if not stems:
        return mark_safe(escaped)  # noqa: S308 - escaped above
    pattern = re.compile(
        r"\b((?:" + "|".join(re.escape(html.escape(stem)) for stem in reversed(stems)) + r")\w*)",
        re.IGNORECASE,
    )
    return mark_safe(pattern.sub(r"<mark>\1</mark>", escaped))  # noqa: S308 - escaped above


def promoted_queries(request):
    """The queries editors promoted results for, kept until a promotion is saved or deleted."""

    def read():
        return frozenset(SearchPromotion.objects.values_list("query__query_string", flat=True))

    return kept(request, "promoted queries", read)


def promotions(params, locale, request=None):
    """Editors' promoted results for this exact query, on the first page only."""
    if params.is_browse:
        return []
    query_string = normalise_query_string(params.query)
    # Most searches have no promotion: then they take no query for it.
    if query_string not in promoted_queries(request):
        return []
    picks = SearchPromotion.objects.filter(query__query_string=query_string).select_related("page")
    return [
        pick
        for pick in picks
        if pick.page is None or (pick.page.live and pick.page.locale_id == locale.pk)
    ]


def run(params, locale, request=None):
    matches = text_matches(params, locale)
    ids = filtered_ids(matches, params, locale)
    page_obj = Paginator(ordered_results(matches, ids, params), RESULTS_PER_PAGE).get_page(
        params.page
    )
    rows = specific_results(list(page_obj.object_list), locale)
    marked = engine.expanded_words(params.words, locale.language_code)
    for row in rows:
        row.highlighted_intro = highlight(getattr(row, "intro", ""), marked)
    return SearchPage(
        page_obj=page_obj,
        results=rows,
        facet_groups=facet_groups(params, locale, matches, ids, request),
        promotions=promotions(params, locale, request) if page_obj.number == 1 else [],
        degraded=bool(matches and matches.degraded),
        capped=bool(matches and matches.capped),
    )
