"""How pages are fetched for listings: one place, with bounded queries, for every listing view."""

from dataclasses import dataclass

from django.apps import apps

from knowledge.models.base import ContentPage

LISTING_PAGE_SIZE = 24


def listing_queryset(model, locale):
    """Live, public pages of one content type in a locale, in the order of its
    `listing_order`, with what a card shows already joined.

    Only the listing image: joining more (a case study's method, say) made PostgreSQL spend
    7 ms planning each listing, so the export joins what it needs itself.
    """
    return (
        model.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("listing_image")
        .order_by(*model.listing_order)
    )


# What a link to a page needs: its title and what Wagtail reads to build its URL (and the
# translation key, which names the lists of pages linking to it: knowledge/edge/keys.py).
LINK_FIELDS = (
    "id",
    "title",
    "slug",
    "path",
    "depth",
    "url_path",
    "locale",
    "live",
    "translation_key",
)
# What a card (templates/components/card.html) shows of a page, besides its link.
CARD_FIELDS = ("intro", "first_published", "listing_image", "listing_image_alt")


def cards(queryset, *extra_fields):
    """`queryset` reading only what a card shows and links with: a method's texts, steps and
    profile would be read and decoded for nothing. (A card that shows more must name it in
    `extra_fields`: a field left unread costs a query per card when a template reads it.)"""
    return queryset.only(*LINK_FIELDS, *CARD_FIELDS, *extra_fields)


def content_models():
    """Every concrete content page type, in the order listings present them (`type_position`).

    The content apps are found, not named: each content type is a subclass of ContentPage.
    """
    found = [
        model
        for model in apps.get_models()
        if issubclass(model, ContentPage) and not model._meta.abstract
    ]
    return sorted(found, key=lambda model: (model.type_position, model._meta.label))


@dataclass
class PageGroup:
    """The pages of one content type in an overview: its plural label, total and first pages."""

    label: str
    count: int
    pages: list


def pages_by_type(locale, limit=12, **filters):
    """Group the live pages matching `filters` by content type, as PageGroups.

    At most two queries per content type (a count and the first pages), however many pages match, so a municipality or theme page stays fast when it lists
    hundreds of pages. The filters (often across a many-to-many relation) select page ids in a
    subquery: joining them would repeat a page once per matching term and need a DISTINCT over
    every joined row before the count and the first page.
    """
    groups = []
    for model in content_models():
        about = model.objects.filter(**filters).values("pk")
        queryset = cards(listing_queryset(model, locale).filter(pk__in=about))
        count = queryset.count()
        if count:
            label = str(model._meta.verbose_name_plural).capitalize()
            groups.append(PageGroup(label=label, count=count, pages=list(queryset[:limit])))
    return groups
