"""Which case studies a map page shows: those the search page finds with the same URL parameters."""

from dataclasses import dataclass, field

from django.db.models import Q

from casestudies.models import CaseStudyPage, CaseStudyStatus
from knowledge.models import Province
from methods.models import MethodPage
from search import facet_index, parameters, results

# What a map's marker and table row show of a case study, and nothing more.
MAP_FIELDS = (
    *("title", "slug", "url_path", "path", "depth", "locale", "live", "translation_key"),
    *("status", "status_on", "start_date", "end_date", "method"),
    *("municipality__name", "municipality__slug", "municipality__locale"),
    *("municipality__province", "municipality__latitude", "municipality__longitude"),
)


@dataclass
class MapSelection:
    """The case studies a map shows, the search parameters that chose them, and the names of
    the methods readers may see (a draft or private method is never named)."""

    params: parameters.SearchParameters
    case_studies: list
    method_names: dict = field(default_factory=dict)
    method_choices: list = field(default_factory=list)
    model = CaseStudyPage
    province_choices = Province.choices
    status_choices = CaseStudyStatus.choices

    @property
    def method_ids(self):
        return set(self.method_names) | {pk for pk, _title in self.method_choices}

    @property
    def selected_methods(self):
        return {int(pk) for pk in self.params.selected.get("method", [])}

    @property
    def is_filtered(self):
        return bool(self.params.query or self.params.selected)

    @property
    def search_query(self):
        """The same selection on the search page, of case studies only."""
        return self.params.querystring(type=CaseStudyPage.search_type(), page=None)


def case_studies_of(locale):
    """The live, public case studies of a locale with what a map shows of them."""
    return (
        CaseStudyPage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("municipality")
        .only(*MAP_FIELDS)
        .order_by("municipality__name", "title")
    )


def without_empty_values(query_dict):
    """The URL parameters without empty values: the map's "all" choices send `methode=`, which
    means no filter, not a filter that does not exist."""
    cleaned = query_dict.copy()
    for key in list(cleaned):
        values = [value for value in cleaned.getlist(key) if value.strip()]
        if values:
            cleaned.setlist(key, values)
        else:
            del cleaned[key]
    return cleaned


def select(request, locale):
    """The case studies matching request.GET, read as the search page reads it."""
    params = parameters.parse(without_empty_values(request.GET))
    matches = results.text_matches(params, locale)
    ids = results.filtered_ids(matches, params, locale)
    if isinstance(ids, list):
        condition = Q(pk__in=facet_index.id_list(ids))
    else:
        condition = Q(pk__in=ids.values("page_id"))
    case_studies = list(case_studies_of(locale).filter(condition))
    return MapSelection(
        params, case_studies, shown_method_names(case_studies), method_choices(locale)
    )


def method_choices(locale):
    """(id, title) of the methods carried out somewhere, for the map's method filter."""
    carried_out = CaseStudyPage.objects.live().filter(locale=locale).values("method")
    methods = MethodPage.objects.live().public().filter(locale=locale, pk__in=carried_out)
    return list(methods.order_by("title").values_list("pk", "title"))


def shown_method_names(case_studies):
    """{method id: title} of the methods of these case studies that every reader may see."""
    ids = {case_study.method_id for case_study in case_studies if case_study.method_id}
    if not ids:
        return {}
    shown = MethodPage.objects.live().public().filter(pk__in=ids)
    return dict(shown.values_list("pk", "title"))
