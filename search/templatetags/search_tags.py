"""Template tags of the search page."""

import html

from django import template
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def facet_choices(group, values):
    """The checkboxes of one facet's values, as list items.

    A facet can show forty values and the page nine facets; built here, the choices cost a tenth
    of the same markup as a template loop. Each text is escaped once with the standard library:
    `format_html` escaped every part separately, which cost a millisecond per search.
    """
    param = html.escape(group.facet.param)
    return mark_safe(  # noqa: S308 - every part below is escaped
        "\n".join(choice(param, value) for value in values)
    )


def choice(param, value):
    """One checkbox and its label; `param` is escaped already."""
    name = html.escape(value.value)
    checked = " checked" if value.selected else ""
    return (
        f'<li class="choice">'
        f'<input type="checkbox" id="f-{param}-{name}" name="{param}" value="{name}"{checked}>'
        f'<label for="f-{param}-{name}">{html.escape(str(value.label))} '
        f'<span class="facet-count">({value.count})</span></label>'
        f"</li>"
    )
