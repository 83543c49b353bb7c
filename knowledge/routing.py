"""Finds the page for a URL in two queries, where Wagtail's routing takes two per path segment.

Wagtail walks the tree one segment at a time: fetch the child with this slug, fetch its specific
page, ask it to route the rest. For `/nl/methoden/alle-kleuren/` that is four queries before the
page is known. Here one query fetches every page on the path by slug and tree position, a second
fetches the last one as its own type (with the foreign keys its `served_with` names), and that
page routes what is left (a routable page's sub-path, such as `onepager/`). The outcome is the
same as Wagtail's: when a page on the way routes its children itself, the walk is left to
Wagtail.
"""

import functools
import re

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.http import Http404
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from knowledge.page_cache import keeps_site_values, site_value
from knowledge.privacy import current_request


def routes_children_itself(model):
    """True if `model` overrides how its children are found (routable pages do)."""
    return model.route is not Page.route


def pages_on_path(root, components):
    """The pages below `root` whose slugs form `components`, as far as the path leads: one
    plain page per segment found, with what a breadcrumb and the next query need."""
    candidates = Page.objects.filter(
        slug__in=set(components),
        path__startswith=root.path,
        depth__gt=root.depth,
        depth__lte=root.depth + len(components),
    ).only("path", "depth", "slug", "content_type_id", "title", "url_path", "locale_id")
    found = []
    parent_path = root.path
    for position, slug in enumerate(components, start=1):
        page = next(
            (
                candidate
                for candidate in candidates
                if candidate.depth == root.depth + position
                and candidate.slug == slug
                and candidate.path.startswith(parent_path)
            ),
            None,
        )
        if page is None:
            break
        found.append(page)
        parent_path = page.path
    return found


class RouteInOneStep:
    """Mixin for the site's root page: routes the whole path in two queries where it can.

    The page found keeps the pages above it (`ancestors_on_path`) for its breadcrumbs.
    """

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        found = pages_on_path(self, path_components)
        models = [
            ContentType.objects.get_for_id(page.content_type_id).model_class() for page in found
        ]
        if not found or None in models or any(map(routes_children_itself, models[:-1])):
            return super().route(request, path_components)
        model = models[-1]
        related = ("locale", *getattr(model, "served_with", ()))
        page = (
            model.objects.select_related(*related)
            .defer(*link_only(model, related))
            .get(pk=found[-1].pk)
        )
        if self.depth == 2:
            # Below the tree's root: this home page and the pages between it and `page`.
            page.ancestors_on_path = [self, *found[:-1]]
        load_served_terms(page, request)
        return page.route(request, path_components[len(found) :])


# What a page needs to be linked to: its title and URL (and what Wagtail reads to build it).
LINK_FIELDS = {"id", "title", "slug", "path", "depth", "url_path", "locale", "live"}


@functools.cache
def link_only(model, related):
    """The fields to leave unread of each page among `related` (foreign keys of `model`): a case
    study links to its method, so the method's texts and steps need not be read and decoded.
    Worked out once per model: it depends on the models' fields alone."""
    deferred = []
    for name in related:
        target = model._meta.get_field(name).related_model
        if issubclass(target, Page):
            deferred += [
                f"{name}__{field.name}"
                for field in target._meta.concrete_fields
                if field.name not in LINK_FIELDS and not field.primary_key
            ]
    return tuple(deferred)


@functools.lru_cache(maxsize=256)
def links_sql(model, names, number_of_pages):
    """SQL for (field position, page id, term id) of `number_of_pages` pages' links in the
    taxonomy fields `names` of `model`: one SELECT per link table, built once per shape (the
    ORM takes longer to build the same query than the database to answer it)."""
    quote = connection.ops.quote_name
    placeholders = ", ".join(["%s"] * number_of_pages)
    selects = []
    for position, name in enumerate(names):
        field = model._meta.get_field(name)
        through = field.remote_field.through._meta
        page_column = quote(through.get_field(field.m2m_field_name()).column)
        term_column = quote(through.get_field(field.m2m_reverse_field_name()).column)
        # Only quoted names from the models and placeholders: no value is put in the SQL.
        selects.append(
            f"SELECT {position}, {page_column}, {term_column} FROM {quote(through.db_table)} "  # noqa: S608
            f"WHERE {page_column} IN ({placeholders})"
        )
    return " UNION ALL ".join(selects)


def load_served_terms(page, request):
    """Fill the taxonomy fields a page's template lists (its model's `served_terms`), so
    `page.themes.all()` and the like cost no query: see `load_terms`."""
    names = getattr(type(page), "served_terms", ())
    if names:
        load_terms([page], names, request)


def load_terms(pages, names, request):
    """Fill the taxonomy fields `names` of `pages` (one model) in one query.

    The links come from one query over the link tables; the terms themselves from the
    vocabularies, kept per generation (saving a term starts a new one). Nothing is filled when
    nothing is kept (page cache off): each field is then read as usual.
    """
    if not pages or not keeps_site_values(request):
        return
    fields = [pages[0]._meta.get_field(name) for name in names]
    page_ids = [page.pk for page in pages]
    linked = {(position, page_id): set() for position in range(len(fields)) for page_id in page_ids}
    with connection.cursor() as cursor:
        cursor.execute(
            links_sql(type(pages[0]), tuple(names), len(page_ids)), page_ids * len(names)
        )
        for position, page_id, term_id in cursor.fetchall():
            linked[position, page_id].add(term_id)
    for position, field in enumerate(fields):
        model = field.related_model
        # {id: (place in the vocabulary's own order, term)}
        vocabulary = site_value(
            request,
            ("vocabulary", model._meta.label),
            lambda model=model: {
                term.pk: (place, term) for place, term in enumerate(model.objects.all())
            },
        )
        for page in pages:
            ids = linked[position, page.pk]
            if ids <= vocabulary.keys():
                terms = [term for _place, term in sorted(vocabulary[pk] for pk in ids)]
            else:
                # A term newer than this process's vocabulary: read them from the database.
                terms = list(model.objects.filter(pk__in=ids))
            setattr(page, field.name, terms)


def breadcrumb_ancestors(page):
    """The pages above `page` that its breadcrumbs show (the tree's root left out), home first."""
    ancestors = getattr(page, "ancestors_on_path", None)
    if ancestors is None:
        ancestors = page.get_ancestors().filter(depth__gt=1)
    return ancestors


def route_for_request(request, path):
    """Wagtail's `Page.route_for_request`, with the site's root page in the reader's language
    kept per generation (Wagtail looks it up on each request), cached where Wagtail's view
    looks for it."""
    if hasattr(request, "_wagtail_route_for_request"):
        return
    site = Site.find_for_request(request)
    route = None
    if site is not None:
        root = site_value(
            request,
            ("localized root", site.pk, translation.get_language()),
            lambda: site.root_page.localized.specific,
        )
        try:
            route = root.route(request, [part for part in path.split("/") if part])
        except Http404:
            route = None
    request._wagtail_route_for_request = route


# --- Page URLs without a reverse() per link. ---

# A page path that reverse() would return unchanged: no character it escapes.
PLAIN_PATH = re.compile(r"[A-Za-z0-9_\-/]*")


@functools.lru_cache(maxsize=64)
def _serve_prefix(language_code, urlconf, script_prefix):
    with translation.override(language_code):
        return reverse("wagtail_serve", urlconf=urlconf, args=("",))


def serve_prefix(language_code):
    """The URL of a site root in `language_code` (`/nl/`): what reverse() puts before the page's
    path, worked out once per language, URL configuration and script prefix."""
    # The URL configuration by name, so a test that swaps ROOT_URLCONF gets its own prefix.
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return _serve_prefix(language_code, urlconf, get_script_prefix())


def quick_url_parts(page, site_root_paths):
    """Wagtail's `get_url_parts` for a page on one site with a plain slug path, or None.

    A page on a site with several roots or a path reverse() would escape is left to Wagtail.
    """
    possible = [srp for srp in site_root_paths if page.url_path.startswith(srp.root_path)]
    if len(possible) != 1:
        return None
    site_id, root_path, root_url, language_code = possible[0]
    relative = page.url_path[len(root_path) :]
    if not PLAIN_PATH.fullmatch(relative):
        return None
    # As Wagtail does: a variant of the page's language that is active (en-gb for en) is kept.
    active = translation.get_language()
    if active and active != language_code:
        try:
            if get_supported_content_language_variant(active) == language_code:
                language_code = active
        except LookupError:
            pass
    try:
        page_path = serve_prefix(language_code) + relative
    except NoReverseMatch:
        return (site_id, None, None)
    if not getattr(settings, "WAGTAIL_APPEND_SLASH", True) and page_path != "/":
        page_path = page_path.rstrip("/")
    return (site_id, root_url, page_path)


def site_root_paths(request):
    """Wagtail's site root paths for this request: kept per generation, like the site itself
    (saving a site or locale starts a new one), instead of read from the cache per page."""
    if request is None:
        return Site.get_site_root_paths()
    if not hasattr(request, "_wagtail_cached_site_root_paths"):
        request._wagtail_cached_site_root_paths = site_value(
            request, "site root paths", Site.get_site_root_paths
        )
    return request._wagtail_cached_site_root_paths


def page_url(page, request=None):
    """`page.get_url(request)` for any page, the plain Page rows of a listing included."""
    roots = site_root_paths(request or current_request())
    parts = quick_url_parts(page, roots)
    # With several sites Wagtail decides between a relative and an absolute URL.
    if parts is None or parts[2] is None or len({root.site_id for root in roots}) > 1:
        return page.get_url(request)
    return parts[2]


class QuickUrls:
    """Page mixin: the page's URL without a reverse() per call, and, during a GET request, the
    site root paths of that request instead of a cache read for every page object."""

    def _get_site_root_paths(self, cache_object=None, **kwargs):
        if cache_object is None and not kwargs:
            cache_object = current_request()
        if cache_object is None or kwargs:
            return super()._get_site_root_paths(cache_object, **kwargs)
        return site_root_paths(cache_object)

    def get_url_parts(self, request=None):
        parts = quick_url_parts(self, self._get_site_root_paths(request))
        return parts if parts is not None else super().get_url_parts(request)
