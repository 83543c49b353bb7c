"""Reads the search page's URL parameters into a clean request, whatever a visitor sends."""

import re
from dataclasses import dataclass, field

from django.http import QueryDict
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from casestudies.models import CaseStudyStatus
from knowledge.models import CostBand, Phase, Province
from methods.models import EvidenceLevel, MethodPage, Recognition
from search.engine import MAX_QUERY_LENGTH, clean_query, query_words
from search.facets import FACETS

SORTS = {"relevantie": _("Relevantie"), "nieuwste": _("Nieuwste eerst")}
MAX_VALUES_PER_FACET = 20

# An id facet's value may also be a term's slug, as in a theme's own URL.
SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,199}")
YEAR = re.compile(r"[12][0-9]{3}")
# Facets whose values are fixed choices; the others hold database ids.
CHOICE_VALUES = {
    "province": set(Province.values),
    "evidence": set(EvidenceLevel.values),
    "recognition": set(Recognition.values),
    "phase": set(Phase.values),
    "status": set(CaseStudyStatus.values),
    # 'Onbekend' is no filter: pages without a cost band give no value.
    "cost": set(CostBand.values) - {CostBand.UNKNOWN},
}


def id_facet_models():
    """The vocabulary (or page type) behind each facet whose values are database ids."""
    from knowledge.models import Municipality, Programme, TargetGroup, Theme

    return {
        "theme": Theme,
        "target_group": TargetGroup,
        "municipality": Municipality,
        "programme": Programme,
        "method": MethodPage,
    }


def existing_ids(facet_name, values):
    """The ids of the existing terms among `values`, so a stale link filters nothing to zero.

    A value is an id, or a slug a person typed or linked to (`?thema=veiligheid`): a slug
    becomes the id of that term in the reader's language, or else in any language.
    """
    model = id_facet_models()[facet_name]
    candidates = model.objects.all()
    if issubclass(model, Page):
        # A page (a method) is a filter only while readers may see it: the label, the chip and
        # a feed's title print its title, so a draft or private page must not become one.
        candidates = candidates.live().public()
    ids = [int(value) for value in values if value.isdigit()]
    slugs = [value for value in values if not value.isdigit()]
    found = {str(pk) for (pk,) in candidates.filter(pk__in=ids).values_list("pk")}
    by_slug = {}
    if slugs:
        language = translation.get_language()
        rows = candidates.filter(slug__in=slugs).values_list("slug", "pk", "locale__language_code")
        # The reader's language first, then the lowest id, so the choice is always the same.
        for slug, pk, _language in sorted(rows, key=lambda row: (row[2] != language, row[1])):
            by_slug.setdefault(slug, str(pk))
    known = []
    for value in values:
        pk = value if value in found else by_slug.get(value)
        if pk is not None and pk not in known:
            known.append(pk)
    return known


def type_values():
    from knowledge.listings import content_models

    return {model.search_type() for model in content_models()}


@dataclass
class SearchParameters:
    """What a visitor asked for: words, selected facet values, sort order and page number."""

    query: str = ""
    words: list = field(default_factory=list)
    selected: dict = field(default_factory=dict)
    sort: str = "relevantie"
    page: str = "1"
    notices: list = field(default_factory=list)

    @property
    def is_browse(self):
        return not self.words

    def querystring(self, **changes):
        """The URL parameters of this search, with `changes` applied (None removes a parameter)."""
        params = QueryDict(mutable=True)
        if self.query:
            params["q"] = self.query
        for facet in FACETS:
            for value in self.selected.get(facet.name, []):
                params.appendlist(facet.param, value)
        if self.sort != "relevantie":
            params["sorteer"] = self.sort
        for key, value in changes.items():
            params.pop(key, None)
            if value is not None:
                params[key] = value
        return params.urlencode()

    def without(self, facet_name, value):
        """The URL parameters of this search with one facet value removed."""
        remaining = SearchParameters(
            query=self.query,
            words=self.words,
            selected={
                name: [v for v in values if not (name == facet_name and v == value)]
                for name, values in self.selected.items()
            },
            sort=self.sort,
        )
        return remaining.querystring()


def valid_value(facet_name, value, types):
    if facet_name == "type":
        return value in types
    if facet_name in CHOICE_VALUES:
        return value in CHOICE_VALUES[facet_name]
    if facet_name == "period":
        return YEAR.fullmatch(value) is not None
    if value.isascii() and value.isdigit():
        return len(value) <= 12
    return SLUG.fullmatch(value) is not None


def parse(query_dict):
    """Turn request.GET into SearchParameters; unusable values are dropped with a notice."""
    params = SearchParameters()
    raw_query = query_dict.getlist("q")[:1]
    raw_query = raw_query[0] if raw_query else ""
    params.query = clean_query(raw_query)
    if len(raw_query) > MAX_QUERY_LENGTH:
        params.notices.append(
            gettext("Uw zoekvraag was erg lang; we zochten op de eerste %(count)s tekens.")
            % {"count": MAX_QUERY_LENGTH}
        )
    params.words = query_words(params.query)
    if params.query and not params.words:
        params.notices.append(
            gettext(
                "Uw zoekvraag bevat geen woorden waarop we kunnen zoeken. "
                "Hieronder ziet u alle pagina's."
            )
        )

    types = type_values()
    ignored = False
    for facet in FACETS:
        values = []
        for value in query_dict.getlist(facet.param)[: MAX_VALUES_PER_FACET * 2]:
            value = value.strip()
            if valid_value(facet.name, value, types) and value not in values:
                values.append(value)
            else:
                ignored = True
        values = values[:MAX_VALUES_PER_FACET]
        if values and facet.name in id_facet_models():
            known = existing_ids(facet.name, values)
            ignored = ignored or len(known) < len(values)
            values = known
        if values:
            params.selected[facet.name] = values
    if ignored:
        params.notices.append(
            gettext("Een of meer filters in de link bestaan niet en zijn genegeerd.")
        )

    sort = query_dict.get("sorteer", "relevantie")
    params.sort = sort if sort in SORTS else "relevantie"
    if params.is_browse:
        params.sort = "nieuwste"
    params.page = query_dict.get("page", "1")
    return params
