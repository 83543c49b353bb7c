"""Template filters for the content of pages."""

from django import template

register = template.Library()


@register.filter
def shown_to_readers(page):
    """The page when every reader may see it (live, no view restriction on it or above it), else
    None. A live page linking to a draft or private one (a case study's method) must not print
    that page's title or address."""
    if page is None or not page.live or page.get_view_restrictions().exists():
        return None
    return page
