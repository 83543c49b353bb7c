"""Keeps the facet index in step with publishing and with changes to the taxonomy."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from knowledge.models import Municipality, Programme, Theme
from search import facets
from search.models import PageFacet


@receiver(page_published)
def index_published_page(sender, instance, **kwargs):
    facets.index_page(instance)


@receiver(page_unpublished)
def remove_unpublished_page(sender, instance, **kwargs):
    facets.remove_page(instance)


# A term's facet values depend on its own fields (a municipality's province, a theme's or
# programme's parent), so the pages tagged with it are re-indexed when it changes.
TERM_FACETS = {Municipality: "municipality", Theme: "theme", Programme: "programme"}


def reindex_pages_tagged_with(sender, instance, created, **kwargs):
    if created:
        return
    page_ids = PageFacet.objects.filter(
        facet=TERM_FACETS[sender], value=str(instance.pk)
    ).values_list("document_id", flat=True)
    facets.rebuild(page_ids=list(page_ids))


for term_model in TERM_FACETS:
    post_save.connect(
        reindex_pages_tagged_with, sender=term_model, dispatch_uid=f"facets-{term_model.__name__}"
    )
