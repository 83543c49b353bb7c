"""Reads the search page's URL parameters into a clean request, whatever a visitor sends."""

from dataclasses import dataclass, field

from django.http import QueryDict
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from search.engine import MAX_QUERY_LENGTH, clean_query, query_words
from search.facets import FACETS

SORTS = {"relevantie": _("Relevantie"), "nieuwste": _("Nieuwste eerst")}
MAX_VALUES_PER_FACET = 20


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

    ignored = False
    for facet in FACETS:
        values = []
        for value in query_dict.getlist(facet.param)[: MAX_VALUES_PER_FACET * 2]:
            value = value.strip()
            if value in values:
                ignored = True
            else:
                values.append(value)
        known = facet.values.known(values)
        ignored = ignored or len(known) < len(values)
        if known:
            params.selected[facet.name] = known[:MAX_VALUES_PER_FACET]
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
