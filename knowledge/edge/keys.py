"""Surrogate keys: names for the things a cached response shows.

A response carries the keys of everything it shows; when one of those things changes, the keys
it affects are purged and every response that carries one of them leaves the cache. Keys are
collected on the request while it is answered (`add`), by the page being served and by the
template tags and listings that show other pages, terms and the shared parts of the site.
"""

# Every cacheable response: purged when something every page depends on changes (a site,
# a locale, a site setting).
ALL = "all"
# The main navigation (the home page's sections) and the footer's links.
NAVIGATION = "nav"
FOOTER = "footer"
# Every implementation map (casestudies/maps/): purged when the outline it is drawn on is loaded.
MAP = "map"


def page(page_id):
    """A page: its own responses, and every response that lists it, links to it or shows it as
    a breadcrumb."""
    return f"page-{page_id}"


def own(page_id):
    """A page's own responses only (the page, its one-pager and PDF), not the lists that show
    its card: what a link inside the page's content changes."""
    return f"own-{page_id}"


def listing(model):
    """Every listing of a content type as a whole (its index page, the home page)."""
    return f"list-{model._meta.model_name}"


def about(term):
    """The overview page of a taxonomy term (a theme's or municipality's page)."""
    return f"about-{type(term)._meta.model_name}-{term.pk}"


def about_id(model, term_id):
    return f"about-{model._meta.model_name}-{term_id}"


def area_figures(cbs_code):
    """Every response that shows the key figures of an area (by its CBS code): a municipality's
    page, a case study there."""
    return f"figures-{cbs_code}"


def vocabulary(model):
    """Every response that lists a whole vocabulary (the theme and municipality indexes)."""
    return f"terms-{model._meta.model_name}"


def linking_to(page):
    """Every list of the pages that link to a version of `page` (a method's case studies,
    interviews, tips and articles; a case study's siblings)."""
    return links(page.translation_key)


def links(translation_key):
    return f"links-{translation_key}"


def versions(translation_key):
    """The language switcher of every version of one page."""
    return f"versions-{translation_key}"


def pages(listed):
    """The keys of the pages in a list (a listing, an index, a method's case studies)."""
    return [page(listed_page.pk) for listed_page in listed]


def add(request, *keys):
    """Record that the response to `request` shows what `keys` name."""
    collected = getattr(request, "surrogate_keys", None)
    if collected is not None:
        collected.update(keys)


def collect(request):
    """Start collecting keys for `request` (the edge middleware does, for every request)."""
    request.surrogate_keys = set()
    request.edge_may_keep = False


def may_keep(request):
    """Offer the response to `request` to the edge: a view that shows the same to every reader
    (Wagtail's pages do, through a hook). The middleware still refuses it when it turns out to
    hold something of the reader's own."""
    if hasattr(request, "edge_may_keep"):
        request.edge_may_keep = True
