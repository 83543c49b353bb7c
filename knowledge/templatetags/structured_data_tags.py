"""The JSON-LD script of a content page, in the head of every page (knowledge/structured_data.py)."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from knowledge.structured_data import as_script

register = template.Library()


@register.simple_tag(takes_context=True)
def structured_data(context):
    page = context.get("page")
    if not hasattr(page, "structured_data"):
        return ""
    text = as_script(page.structured_data(context.get("request")))
    # as_script escapes '<', '>' and '&', so the text cannot leave the script element.
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308
