"""Template filters for the content of pages."""

from django import template
from django.utils.functional import Promise
from django.utils.safestring import mark_safe
from wagtail.rich_text import RichText, expand_db_html

register = template.Library()


@register.filter
def rich_text(value):
    """Rich text as stored (a RichTextField's string or a RichTextBlock's value) turned into
    HTML, with its page and document links and embeds expanded.

    Wagtail's `richtext` filter does the same and then renders the result through a template
    (`wagtailcore/shared/richtext.html`) that only prints it: a template lookup and render for
    each of the dozen texts of a method page. Our templates put the `<div class="rich-text">`
    around it themselves.
    """
    if isinstance(value, RichText):
        value = value.source
    elif isinstance(value, Promise):
        value = str(value)
    if not value:
        return ""
    if not isinstance(value, str):
        raise TypeError(f"rich_text expects rich text or a string, not {type(value).__name__}")
    return mark_safe(expand_db_html(value))  # noqa: S308 - Wagtail's own rich text conversion


@register.filter
def shown_to_readers(page):
    """The page when every reader may see it (live, no view restriction on it or above it), else
    None. A live page linking to a draft or private one (a case study's method) must not print
    that page's title or address."""
    if page is None or not page.live or page.get_view_restrictions().exists():
        return None
    return page
