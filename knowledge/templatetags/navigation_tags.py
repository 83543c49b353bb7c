"""Template tags for site navigation and for linking taxonomy terms to their overview pages."""

from django import template
from django.utils.translation import gettext

from knowledge.models import HomePage, Municipality, MunicipalityIndexPage, Theme, ThemeIndexPage
from knowledge.page_cache import site_value
from knowledge.routing import breadcrumb_ancestors, page_url

register = template.Library()

TERM_INDEXES = {Municipality: MunicipalityIndexPage, Theme: ThemeIndexPage}


def home_for(context):
    """The home page in the current page's locale, looked up once per request."""
    request = context.get("request")
    cached = getattr(request, "_wijkkompas_home", None)
    if cached is not None:
        return cached
    page = context.get("page")
    locale_id = getattr(page, "locale_id", None)

    def find_home():
        homes = HomePage.objects.live()
        home = homes.filter(locale_id=locale_id).first() if locale_id else None
        return home or homes.first()

    home = site_value(request, ("home", locale_id), find_home)
    if request is not None:
        request._wijkkompas_home = home
    return home


@register.inclusion_tag("components/primary_navigation.html", takes_context=True)
def primary_navigation(context):
    home = home_for(context)
    items = site_value(
        context.get("request"),
        ("navigation", home.pk if home else None),
        lambda: list(home.get_children().live().in_menu()) if home else [],
    )
    page = context.get("page")
    request = context.get("request")
    links = []
    for item in items:
        current = None
        if page is not None and getattr(page, "path", "").startswith(item.path):
            # The section's own page, or a page inside it.
            current = "page" if page.pk == item.pk else "true"
        links.append({"title": item.title, "url": page_url(item, request), "current": current})
    return {"items": links, "home": home, "request": request}


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """A link for each page above `page` below the tree's root: {"title", "url"}, home first
    (titled "Home")."""
    request = context.get("request")
    return [
        {
            "title": gettext("Home") if ancestor.depth == 2 else ancestor.title,
            "url": page_url(ancestor, request),
        }
        for ancestor in breadcrumb_ancestors(page)
    ]


@register.simple_tag(takes_context=True)
def home_url(context):
    home = home_for(context)
    return home.url if home else "/"


@register.simple_tag(takes_context=True)
def term_url(context, term):
    """The overview page of a municipality or theme, or '' where the site has none.

    The index pages are looked up once per request, so a list of fifty terms costs no queries.
    """
    index_model = TERM_INDEXES.get(type(term))
    request = context.get("request")
    if index_model is None:
        return ""
    cache = getattr(request, "_wijkkompas_term_indexes", None)
    if cache is None:
        cache = {}
        if request is not None:
            request._wijkkompas_term_indexes = cache
    if index_model not in cache:
        cache[index_model] = site_value(
            request,
            ("term index", index_model.__name__, term.locale_id),
            lambda: index_model.objects.live().filter(locale_id=term.locale_id).first(),
        )
    index_page = cache[index_model]
    return index_page.term_url(term) if index_page else ""
