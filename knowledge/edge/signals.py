"""Purges the edge when something readers see changes (see knowledge.edge.purge)."""

from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from knowledge.edge import keys
from knowledge.edge.purge import (
    keys_for_media,
    keys_for_page,
    keys_for_subtree,
    keys_for_term,
    purge_after_commit,
)
from knowledge.kerncijfers import figures_imported
from knowledge.models.taxonomy import Municipality, Neighbourhood, Person, TaxonomyTerm


def page_changed(instance, **kwargs):
    purge_after_commit(keys_for_page(instance), [instance])


def page_moved(instance, **kwargs):
    # Its URL and those of the pages below it changed, and so did the lists it is in.
    purge_after_commit(keys_for_subtree(instance) | {keys.NAVIGATION}, [instance])


def privacy_changed(instance, **kwargs):
    # The section becomes private or public: it leaves or joins every listing.
    page = instance.page
    purge_after_commit(keys_for_subtree(page), [page])


def term_changed(instance, **kwargs):
    purge_after_commit(keys_for_term(instance))


def media_changed(instance, **kwargs):
    purge_after_commit(keys_for_media(instance))


def figures_changed(codes, **kwargs):
    """New key figures of areas reach the pages that show them (municipality pages, case studies);
    only the codes of terms in the taxonomy can be on a page."""
    shown = {
        *Municipality.objects.values_list("cbs_code", flat=True),
        *Neighbourhood.objects.values_list("cbs_code", flat=True),
    }
    purge_after_commit(keys.area_figures(code) for code in set(codes) & shown)


def site_changed(**kwargs):
    purge_after_commit({keys.ALL})


def connect():
    page_published.connect(page_changed, dispatch_uid="edge-published")
    page_unpublished.connect(page_changed, dispatch_uid="edge-unpublished")
    post_page_move.connect(page_moved, dispatch_uid="edge-moved")
    figures_imported.connect(figures_changed, dispatch_uid="edge-figures")
    # A deleted live page is unpublished first (by Wagtail), which purges it.
    for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(privacy_changed, sender=PageViewRestriction, dispatch_uid=f"edge-r-{name}")
        for model in (Site, Locale):
            signal.connect(site_changed, sender=model, dispatch_uid=f"edge-{model.__name__}-{name}")
        for model in (get_image_model(), get_document_model()):
            uid = f"edge-{model._meta.label_lower}-{name}"
            signal.connect(media_changed, sender=model, dispatch_uid=uid)
    # A term's pages are found before it is deleted: afterwards its links are gone.
    for model in (*concrete_subclasses(TaxonomyTerm), Person):
        uid = f"edge-{model._meta.label_lower}"
        post_save.connect(term_changed, sender=model, dispatch_uid=f"{uid}-saved")
        pre_delete.connect(term_changed, sender=model, dispatch_uid=f"{uid}-deleted")


def concrete_subclasses(model):
    for subclass in model.__subclasses__():
        if not subclass._meta.abstract:
            yield subclass
        yield from concrete_subclasses(subclass)
