"""How pages are fetched for listings: one place, with bounded queries, for every listing view."""

from dataclasses import dataclass

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator

from knowledge.privacy import public
from knowledge.routing import LINK_FIELDS

LISTING_PAGE_SIZE = 24


def listing_queryset(model, locale):
    """Live, public pages of one content type in a locale, with what a card shows already joined."""
    return public(model.listing_queryset().live()).filter(locale=locale)


# What a card (templates/components/card.html) shows of a page, besides its link.
CARD_FIELDS = ("intro", "first_published", "listing_image", "listing_image_alt")


def cards(queryset, *extra_fields):
    """`queryset` reading only what a card shows and links with: a method's texts, steps and
    profile would be read and decoded for nothing. (A card that shows more must name it in
    `extra_fields`: a field left unread costs a query per card when a template reads it.)"""
    return queryset.only(*LINK_FIELDS, *CARD_FIELDS, *extra_fields)


def paginate(request, queryset, per_page=LISTING_PAGE_SIZE):
    """Return the requested page of results; out-of-range or malformed numbers give a valid page."""
    paginator = Paginator(queryset, per_page)
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


def content_models():
    """Every concrete content page type, in the order listings present them."""
    from casestudies.models import CaseStudyPage
    from knowledge.models import ArticlePage, InterviewPage, PracticalTipPage
    from methods.models import MethodPage

    return [MethodPage, CaseStudyPage, PracticalTipPage, InterviewPage, ArticlePage]


@dataclass
class PageGroup:
    """The pages of one content type in an overview: its plural label, total and first pages."""

    label: str
    count: int
    pages: list


def pages_by_type(locale, limit=12, counts=None, **filters):
    """Group the live pages matching `filters` by content type, as PageGroups.

    `counts` ({model: number of pages}, from `term_page_counts`) gives the totals where they are
    kept; then a type without pages costs no query at all.

    At most two queries per content type (a count and the first pages; one where the totals are
    kept), however many pages match, so a municipality or theme page stays fast when it lists
    hundreds of pages. The filters (often across a many-to-many relation) select page ids in a
    subquery: joining them would repeat a page once per matching term and need a DISTINCT over
    every joined row before the count and the first page.
    """
    groups = []
    for model in content_models():
        about = model.objects.filter(**filters).values("pk")
        queryset = cards(listing_queryset(model, locale).filter(pk__in=about))
        count = counts.get(model, 0) if counts is not None else queryset.count()
        if count:
            label = str(model._meta.verbose_name_plural).capitalize()
            groups.append(PageGroup(label=label, count=count, pages=list(queryset[:limit])))
    return groups


def term_page_counts(locale, field, covering):
    """{term id: {model: number of live, public pages}} for every term of a vocabulary linked by
    the many-to-many `field`, in one query per content type.

    `covering(term_id)` names the terms whose pages include those linked to `term_id` (a theme's
    page also lists its sub-themes' content); a page linked to several of them counts once.
    Counting term by term took a query per content type, and on 10,000 pages most of a theme
    page's database time; these totals are kept per generation (TaxonomyIndexPage).
    """
    pages = {}
    for model in content_models():
        links = listing_queryset(model, locale).order_by().values_list("pk", field)
        for page_id, term_id in links.iterator(chunk_size=2000):
            if term_id is None:
                continue
            for counted in covering(term_id):
                pages.setdefault(counted, {}).setdefault(model, set()).add(page_id)
    return {
        term_id: {model: len(ids) for model, ids in by_model.items()}
        for term_id, by_model in pages.items()
    }
