"""Template tags for the feed links in the head of index, theme and search pages."""

from django import template
from django.urls import reverse

register = template.Library()


def feed_links(title, rss, atom):
    """The context of `opendata/feed_links.html`: an RSS and an Atom link with one title."""
    return {"title": title, "rss": rss, "atom": atom, "feeds": True}


@register.inclusion_tag("opendata/feed_links.html")
def listing_feed_links(page):
    """RSS and Atom links for the content type an index page lists (none for other pages)."""
    model = getattr(page, "listing_model", None)
    if model is None:
        return {"feeds": None}
    kwargs = {"content_type": model.search_type()}
    return feed_links(
        f"Wijkkompas: {str(model._meta.verbose_name_plural).capitalize()}",
        reverse("feed-type", kwargs=kwargs),
        reverse("feed-type-atom", kwargs=kwargs),
    )


@register.inclusion_tag("opendata/feed_links.html")
def theme_feed_links(term):
    kwargs = {"slug": term.slug}
    return feed_links(
        f"Wijkkompas: {term.name}",
        reverse("feed-theme", kwargs=kwargs),
        reverse("feed-theme-atom", kwargs=kwargs),
    )


@register.inclusion_tag("opendata/feed_links.html")
def search_feed_links(query):
    """Feeds of the search page's current selection; `query` is its URL parameters."""
    suffix = f"?{query}" if query else ""
    return feed_links(
        "Wijkkompas", reverse("feed-search") + suffix, reverse("feed-search-atom") + suffix
    )
