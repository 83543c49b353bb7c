"""Template tags for site navigation and for linking taxonomy terms to their overview pages."""

from django import template
from django.utils.translation import gettext
from wagtail.models import Locale

from knowledge.edge import keys
from knowledge.models import HomePage, Municipality, MunicipalityIndexPage, Theme, ThemeIndexPage
from knowledge.operations.kept import sitewide

register = template.Library()

TERM_INDEXES = {Municipality: MunicipalityIndexPage, Theme: ThemeIndexPage}


def per_request(request, name, build):
    """`build()`, worked out once per request (a page asks for the home page several times)."""
    if request is None:
        return build()
    values = request.__dict__.setdefault("wijkkompas_navigation", {})
    if name not in values:
        values[name] = build()
    return values[name]


def home_for(context):
    """The home page in the current page's locale; on a view that is no page (search, compare,
    open data, a 404), in the language of the URL, so /en/ views link to /en/ pages."""
    locale_id = getattr(context.get("page"), "locale_id", None)
    if locale_id is None:
        try:
            locale_id = Locale.get_active().pk
        except Locale.DoesNotExist:
            locale_id = None

    def find_home():
        homes = HomePage.objects.live()
        home = homes.filter(locale_id=locale_id).first() if locale_id else None
        return home or homes.first()

    request = context.get("request")
    return per_request(
        request, ("home", locale_id), lambda: sitewide(request, f"home {locale_id}", find_home)
    )


@register.inclusion_tag("components/primary_navigation.html", takes_context=True)
def primary_navigation(context):
    home = home_for(context)
    request = context.get("request")
    keys.add(request, keys.NAVIGATION)
    page = context.get("page")
    sections = sitewide(
        request,
        f"navigation {home.pk if home else None}",
        lambda: [
            (item.pk, item.path, item.title, item.get_url(request))
            for item in (home.get_children().live().in_menu() if home else [])
        ],
    )
    links = []
    for pk, path, title, url in sections:
        current = None
        if page is not None and getattr(page, "path", "").startswith(path):
            # The section's own page, or a page inside it.
            current = "page" if page.pk == pk else "true"
        links.append({"title": title, "url": url, "current": current})
    return {"items": links, "home": home, "request": request}


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """A link for each page above `page` below the tree's root: {"title", "url"}, home first
    (titled "Home")."""
    request = context.get("request")
    ancestors = list(page.get_ancestors().filter(depth__gt=1))
    keys.add(request, *(keys.page(ancestor.pk) for ancestor in ancestors))
    return [
        {
            "title": gettext("Home") if ancestor.depth == 2 else ancestor.title,
            "url": ancestor.get_url(request),
        }
        for ancestor in ancestors
    ]


@register.simple_tag(takes_context=True)
def home_url(context):
    home = home_for(context)
    return home.get_url(context.get("request")) if home else "/"


@register.simple_tag(takes_context=True)
def term_url(context, term):
    """The overview page of a municipality or theme, or '' where the site has none.

    The index pages are looked up once per request, so a list of fifty terms costs no queries.
    """
    index_model = TERM_INDEXES.get(type(term))
    if index_model is None:
        return ""
    request = context.get("request")
    name = f"term index {index_model.__name__} {term.locale_id}"
    index_page = per_request(
        request,
        name,
        lambda: sitewide(
            request,
            name,
            lambda: index_model.objects.live().filter(locale_id=term.locale_id).first(),
        ),
    )
    return index_page.term_url(term) if index_page else ""


@register.simple_tag(takes_context=True)
def shows(context, page):
    """Record that this response shows `page` (a card, a link in a list): publishing, moving or
    unpublishing it purges this response from the edge. Renders nothing."""
    keys.add(context.get("request"), keys.page(page.pk))
    return ""
