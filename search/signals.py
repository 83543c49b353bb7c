"""Keeps the facet index in step with creating, publishing and unpublishing pages, and with
taxonomy changes."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale
from wagtail.signals import page_unpublished

from knowledge.kerncijfers import figures_imported
from knowledge.listings import content_models
from knowledge.models import Municipality, Programme, TargetGroup, Theme
from search import facet_index, kept
from search.models import PageFacet

_paused = ContextVar("wijkkompas_facet_updates_paused", default=False)


@contextmanager
def facet_updates_paused():
    """For bulk jobs that rebuild the facet index themselves afterwards."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def index_saved_page(sender, instance, raw=False, update_fields=None, **kwargs):
    # Saving a draft only updates revision bookkeeping (with update_fields) on an instance that
    # holds the unpublished edits, which must not reach the facets. Creating, publishing and
    # unpublishing save the whole page; index_page removes pages that are not live.
    if not raw and update_fields is None and not _paused.get():
        facet_index.index_page(instance)


for content_model in content_models():
    post_save.connect(
        index_saved_page, sender=content_model, dispatch_uid=f"facets-{content_model.__name__}"
    )


@receiver(page_unpublished)
def remove_unpublished_page(sender, instance, **kwargs):
    facet_index.remove_page(instance)


# A term's facet values depend on its own fields (a municipality's province, a theme's or
# programme's parent), so the pages tagged with it are re-indexed when it changes.
TERM_FACETS = {Municipality: "municipality", Theme: "theme", Programme: "programme"}


def reindex_pages_tagged_with(sender, instance, created, **kwargs):
    if created or _paused.get():
        return
    page_ids = PageFacet.objects.filter(
        facet=TERM_FACETS[sender], value=str(instance.pk)
    ).values_list("document_id", flat=True)
    facet_index.rebuild(page_ids=list(page_ids))


for term_model in TERM_FACETS:
    post_save.connect(
        reindex_pages_tagged_with, sender=term_model, dispatch_uid=f"facets-{term_model.__name__}"
    )


def reindex_pages_in_areas(sender, codes, **kwargs):
    """New key figures change the size class and urbanity of the pages about those places."""
    if _paused.get():
        return
    codes = set(codes)
    municipalities = [
        str(pk) for pk, code in Municipality.objects.values_list("pk", "cbs_code") if code in codes
    ]
    page_ids = PageFacet.objects.filter(facet="municipality", value__in=municipalities)
    facet_index.rebuild(page_ids=list(page_ids.values_list("document_id", flat=True)))


figures_imported.connect(reindex_pages_in_areas, dispatch_uid="facets-figures")


# What the search page keeps between requests (search/kept.py) names terms, promoted queries and
# locales: any change to them makes it stale.
def connect_kept_values():
    models = (*TERM_FACETS, TargetGroup, SearchPromotion, Query, Locale)
    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(
                kept.content_changed, sender=model, dispatch_uid=f"kept-{model.__name__}"
            )


connect_kept_values()
