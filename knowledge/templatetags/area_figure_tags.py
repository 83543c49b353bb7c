"""Template tags for the key figures (size, urbanity) of the municipalities and neighbourhoods a
page is about."""

from django import template

from knowledge.edge import keys
from knowledge.models import AreaFigures

register = template.Library()


def flatten(items):
    """The terms among `items`, where an item is a term, None or a list of terms."""
    for item in items:
        if hasattr(item, "cbs_code"):
            yield item
        elif item is not None:
            yield from flatten(item)


@register.simple_tag(takes_context=True)
def area_figures(context, *terms):
    """[(term, AreaFigures)] for those of `terms` (municipalities, neighbourhoods or lists of
    them) that have figures, in one query. The response is purged when their figures are
    imported again (knowledge/edge/signals.py)."""
    terms = [term for term in flatten(terms) if term.cbs_code]
    if not terms:
        return []
    codes = list(dict.fromkeys(term.cbs_code for term in terms))
    keys.add(context.get("request"), *(keys.area_figures(code) for code in codes))
    found = {
        figures.cbs_code: figures for figures in AreaFigures.objects.filter(cbs_code__in=codes)
    }
    return [(term, found[term.cbs_code]) for term in terms if term.cbs_code in found]
