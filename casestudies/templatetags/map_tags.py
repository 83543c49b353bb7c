"""The implementation map of a list of case studies, as a method page shows it."""

from django import template

from casestudies.maps import drawing
from knowledge.edge import keys

register = template.Library()


@register.inclusion_tag("components/implementation_map.html", takes_context=True)
def implementation_map(context, case_studies, map_id="kaart"):
    """The map and table of `case_studies` (ordered by municipality, with the municipality's
    position fetched), in the method's own context: no method column."""
    request = context.get("request")
    keys.add(request, keys.MAP)
    return {
        "request": request,
        "map": drawing.draw(request, case_studies),
        "map_id": map_id,
        "show_method": False,
        "show_neighbourhoods": True,
    }
