"""Admin registration of the taxonomy (one 'Indeling' menu), the translation status views, and
the hook that keeps readers from pages in another language than the one they asked for."""

from django.contrib import messages
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail_localize.models import Translation

from knowledge.editors_manual import EditorsManualView
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
from knowledge.translation_status import (
    TRANSLATOR_PERMISSION,
    OutdatedTranslationsView,
    PageTranslationsView,
)


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


class TranslatorMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(TRANSLATOR_PERMISSION)


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [
        path(
            "pages/<int:page_id>/vertalingen/",
            PageTranslationsView.as_view(),
            name="page_translations",
        ),
        path(
            "reports/verouderde-vertalingen/",
            OutdatedTranslationsView.as_view(),
            name="outdated_translations",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_outdated_translations_menu_item():
    return TranslatorMenuItem(
        _("Verouderde vertalingen"),
        reverse("outdated_translations"),
        name="outdated-translations",
        icon_name="wagtail-localize-language",
        order=1400,
    )


def translations_button(page, user, view_name=None, next_url=None):
    if page.is_root() or page.depth < 2:
        return
    yield Button(
        _("Vertalingen en hun status"),
        reverse("page_translations", args=[page.pk]),
        priority=61,
        icon_name="wagtail-localize-language",
    )


hooks.register("register_page_header_buttons", translations_button)
hooks.register("register_page_listing_more_buttons", translations_button)


@hooks.register("before_edit_page", order=-1)
def refuse_to_publish_incomplete_translation(request, page):
    """wagtail-localize would publish a translation with the missing texts left in Dutch;
    readers must never get such a half-translated page, so publishing waits until every text
    is translated (saving a draft still works)."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    pending = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if pending is None:
        return None
    total, translated = pending.get_progress()
    if translated < total:
        messages.error(
            request,
            _(
                "Niet gepubliceerd: %(missing)s van de %(total)s teksten zijn nog niet vertaald. "
                "Vertaal ze eerst, zodat lezers geen half vertaalde pagina zien."
            )
            % {"missing": total - translated, "total": total},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("register_admin_urls")
def register_editors_manual_url():
    return [path("handleiding/", EditorsManualView.as_view(), name="editors_manual")]


@hooks.register("register_help_menu_item")
def register_editors_manual_menu_item():
    # First in Wagtail's help menu: our own manual says how this site works, Wagtail's guide
    # only how Wagtail does.
    return MenuItem(
        _("Handleiding Wijkkompas"),
        reverse("editors_manual"),
        name="editors-manual",
        icon_name="help",
        order=900,
    )


@hooks.register("insert_editor_js")
def taxonomy_filter_js():
    return format_html('<script src="{}"></script>', static("js/taxonomy_filter.js"))


@hooks.register("insert_editor_css")
def taxonomy_checkboxes_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/editor.css"))
