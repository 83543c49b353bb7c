"""Admin registration of the taxonomy (one 'Indeling' menu) and the hook that keeps readers
from pages in another language than the one they asked for."""

from django.utils import translation
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from knowledge.models import (
    Municipality,
    Neighbourhood,
    Organisation,
    Person,
    Programme,
    TargetGroup,
    Theme,
)
from knowledge.translation import render_not_translated


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "parent", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    list_display = ["name", "locale"]
    search_fields = ["name"]


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "site"
    list_display = ["name", "cbs_code", "province", "locale"]
    list_filter = ["province", "locale"]
    search_fields = ["name", "cbs_code"]


class NeighbourhoodViewSet(SnippetViewSet):
    model = Neighbourhood
    icon = "home"
    list_display = ["name", "municipality", "cbs_code"]
    list_filter = ["municipality"]
    search_fields = ["name"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "organisation_type", "locale"]
    list_filter = ["organisation_type", "locale"]
    search_fields = ["name"]


class ProgrammeViewSet(SnippetViewSet):
    model = Programme
    icon = "folder-open-inverse"
    list_display = ["name", "parent", "funder"]
    search_fields = ["name"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role", "organisation"]
    search_fields = ["name"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = "Indeling"
    menu_icon = "tag"
    menu_order = 300
    items = (
        ThemeViewSet,
        TargetGroupViewSet,
        MunicipalityViewSet,
        NeighbourhoodViewSet,
        OrganisationViewSet,
        ProgrammeViewSet,
        PersonViewSet,
    )


register_snippet(TaxonomyGroup)


@hooks.register("before_serve_page")
def show_untranslated_notice(page, request, serve_args, serve_kwargs):
    """A page reached under another language's prefix (Wagtail falls back to the Dutch tree
    while no English home page exists) is not shown half in English: the reader gets the
    notice that it is not translated yet."""
    if page.locale.language_code != translation.get_language():
        return render_not_translated(request, page)
    return None
