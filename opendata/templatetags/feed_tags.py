"""Template tags for the feed links in the head of index, theme and search pages."""

from django import template
from django.urls import reverse

register = template.Library()


@register.inclusion_tag("opendata/feed_links.html")
def listing_feed_links(page):
    """RSS and Atom links for the content type an index page lists (none for other pages)."""
    model = getattr(page, "listing_model", None)
    if model is None:
        return {"feeds": None}
    kwargs = {"content_type": model.search_type()}
    return {
        "title": f"Wijkkompas: {str(model._meta.verbose_name_plural).capitalize()}",
        "rss": reverse("feed-type", kwargs=kwargs),
        "atom": reverse("feed-type-atom", kwargs=kwargs),
        "feeds": True,
    }


@register.inclusion_tag("opendata/feed_links.html")
def theme_feed_links(term):
    kwargs = {"slug": term.slug}
    return {
        "title": f"Wijkkompas: {term.name}",
        "rss": reverse("feed-theme", kwargs=kwargs),
        "atom": reverse("feed-theme-atom", kwargs=kwargs),
        "feeds": True,
    }


@register.inclusion_tag("opendata/feed_links.html")
def search_feed_links(query):
    """Feeds of the search page's current selection; `query` is its URL parameters."""
    suffix = f"?{query}" if query else ""
    return {
        "title": "Wijkkompas",
        "rss": reverse("feed-search") + suffix,
        "atom": reverse("feed-search-atom") + suffix,
        "feeds": True,
    }
