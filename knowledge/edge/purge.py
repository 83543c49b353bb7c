"""What to purge from the edge when content changes, and the purge itself.

Each change is turned into the surrogate keys (knowledge.edge.keys) of the responses that show
what changed, and those keys are purged once the change is committed: before the commit the
edge would fetch the old content again and keep it. The purge goes to every frontend-cache
backend Wagtail is configured with (WAGTAILFRONTENDCACHE) that purges by key; a backend that
only knows URLs gets the URLs of the page itself, as Wagtail's own handlers would send.
"""

import logging

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models.functions import Cast
from modelcluster.fields import ParentalManyToManyField
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.models import Page, ReferenceIndex

from knowledge.edge import keys
from knowledge.models.taxonomy import TaxonomyTerm

logger = logging.getLogger("wijkkompas.edge")


def purge_after_commit(surrogate_keys, pages=()):
    """Purge `surrogate_keys` (and, from URL-only backends, `pages`) once the change commits."""
    surrogate_keys = set(surrogate_keys)
    pages = list(pages)
    if surrogate_keys:
        transaction.on_commit(lambda: purge(surrogate_keys, pages))


def purge(surrogate_keys, pages=()):
    for name, backend in get_backends().items():
        if hasattr(backend, "purge_keys"):
            backend.purge_keys(sorted(surrogate_keys))
        elif pages:
            batch = PurgeBatch()
            batch.add_pages(pages)
            batch.purge(backends=[name])


def is_term(model):
    return issubclass(model, TaxonomyTerm)


def linked_terms(page):
    """The taxonomy terms `page` is linked to, by any foreign key or many-to-many field."""
    for field in page._meta.get_fields():
        target = getattr(field, "related_model", None)
        if target is None or not is_term(target) or field.auto_created:
            continue
        if isinstance(field, ParentalManyToManyField | models.ManyToManyField):
            yield from getattr(page, field.name).all()
        elif isinstance(field, models.ForeignKey):
            term = getattr(page, field.name)
            if term is not None:
                yield term


def linked_pages(page):
    """The pages `page` links to by a foreign key (a case study's method, a tip's source)."""
    for field in page._meta.concrete_fields:
        # Wagtail's own fields (alias_of) and the link to the page's base row are not links.
        if field.model is Page or field.remote_field is None or field.remote_field.parent_link:
            continue
        if issubclass(field.related_model, Page) and getattr(page, field.attname) is not None:
            yield getattr(page, field.name)


def keys_for_page(page):
    """The keys of every response that shows `page` or would list it: for a publication, an
    unpublication, a move or a change of its privacy."""
    page = page.specific_deferred if type(page) is Page else page
    found = {keys.page(page.pk), keys.listing(type(page)), keys.versions(page.translation_key)}
    # The home pages and their sections make up the main navigation and the breadcrumbs.
    if page.depth <= 3:
        found.add(keys.NAVIGATION)
    if getattr(page, "linked_from_footer", False):
        found.add(keys.FOOTER)
    for term in linked_terms(page):
        found.add(keys.about(term))
        # A theme's page also lists the content of its sub-themes.
        parent_id = getattr(term, "parent_id", None)
        if parent_id:
            found.add(keys.about_id(type(term), parent_id))
    for target in linked_pages(page):
        found.add(keys.linking_to(target))
    # An article is about a method when it links to it in its text or under 'Zie ook'
    # (MethodPage.related_content): only an article's links make it join such a list.
    if getattr(page, "listed_where_it_links", False):  # any page type may be purged
        found.update(keys.links(key) for key in translation_keys_linked_from(page))
    # Pages that link to it by a chooser, a page link in rich text or a foreign key (a case
    # study to its method) show its title and URL in their own content (not on their cards).
    found.update(keys.own(pk) for pk in pages_using(page))
    return found


def translation_keys_linked_from(page):
    """The translation keys of the pages `page` links to by a chooser, rich text or a foreign
    key, from Wagtail's reference index."""
    page_type = ContentType.objects.get_for_model(Page)
    targets = (
        ReferenceIndex.get_references_for_object(page)
        .filter(to_content_type=page_type)
        .annotate(target_id=Cast("to_object_id", models.IntegerField()))
        .values("target_id")
    )
    return set(Page.objects.filter(pk__in=targets).values_list("translation_key", flat=True))


def keys_for_subtree(page):
    """`keys_for_page` for `page` and every page below it (a move or a change of privacy)."""
    found = keys_for_page(page)
    for descendant in page.get_descendants().specific(defer=True):
        found |= keys_for_page(descendant)
    return found


def pages_using(instance):
    """The ids of the pages that use `instance` (an image, a document, a term): from Wagtail's
    reference index (foreign keys, StreamField and rich text) and the many-to-many fields."""
    page_type = ContentType.objects.get_for_model(Page)
    ids = set(
        ReferenceIndex.get_references_to(instance)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    for model in page_models():
        for field in model._meta.local_many_to_many:
            if field.related_model is type(instance):
                linked = model.objects.filter(**{field.name: instance})
                ids.update(linked.values_list("pk", flat=True))
    return {int(pk) for pk in ids}


def page_models():
    return [model for model in apps.get_models() if issubclass(model, Page)]


def keys_for_term(term):
    """Renaming or deleting a term changes its page, the index of its vocabulary and every page
    that names it (and so every listing of those pages)."""
    found = {keys.about(term), keys.vocabulary(type(term))}
    found.update(keys.page(pk) for pk in pages_using(term))
    return found


def keys_for_media(instance):
    """An image or document shows on the pages that use it."""
    return {keys.page(pk) for pk in pages_using(instance)}
