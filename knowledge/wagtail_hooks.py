"""Admin registration of the taxonomy (one 'Indeling' menu), the translation status views, the
hook that keeps readers from pages in another language than the one they asked for, and the role
rules Wagtail's permissions do not express."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail_localize.models import Translation

from knowledge.edge import keys
from knowledge.editorial.editors_manual import EditorsManualView
from knowledge.editorial.roles import may_restructure, register_media_permission_policies
from knowledge.models import (
    Municipality,
    Neighbourhood,
    Organisation,
    Person,
    Programme,
    TargetGroup,
    Theme,
)
from knowledge.translation.status import (
    TRANSLATOR_PERMISSION,
    OutdatedTranslationsView,
    PageTranslationsView,
)
from knowledge.translation.versions import render_not_translated


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
def add_surrogate_keys(page, request, serve_args, serve_kwargs):
    """The page being served is what its response shows first (knowledge/edge/). A page in a
    private section is never shared: only a reader with a session can pass its restriction (a
    login or a password), so only then are the restrictions looked up again; without one,
    Wagtail answers with its login redirect or password form, which are not shared either."""
    keys.may_keep(request)
    keys.add(request, keys.page(page.pk), keys.own(page.pk))
    if settings.SESSION_COOKIE_NAME in request.COOKIES and page.get_view_restrictions():
        request.edge_private = True


@hooks.register("on_serve_page", order=1)
def show_untranslated_notice(serve):
    """A page reached under another language's prefix (Wagtail falls back to the Dutch tree
    while no English home page exists) is not shown half in English: the reader gets the
    notice that it is not translated yet.

    It wraps serving inside Wagtail's own view-restriction check (order 0), so the notice, which
    names the page, is only shown to a reader who may see the page."""

    def serve_or_notice(page, request, serve_args, serve_kwargs):
        if page.locale.language_code != translation.get_language():
            return render_not_translated(request, page)
        return serve(page, request, serve_args, serve_kwargs)

    return serve_or_notice


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
        path(
            "reports/verouderde-vertalingen/results/",
            OutdatedTranslationsView.as_view(results_only=True),
            name="outdated_translations_results",
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


# --- Role rules Wagtail's permissions do not express (knowledge/editorial/roles.py, docs/roles-and-workflow.md)

register_media_permission_policies()


def refused(request, message):
    """Wagtail's own refusal (back to the dashboard), saying why."""
    if request.headers.get("x-requested-with") == "XMLHttpRequest":
        raise PermissionDenied(message)
    messages.error(request, message)
    return redirect("wagtailadmin_home")


@hooks.register("before_delete_page")
@hooks.register("before_unpublish_page")
def refuse_translators_taking_pages_offline(request, page):
    if not may_restructure(request.user, page):
        return refused(request, _("Alleen de redactie mag een pagina verwijderen of depubliceren."))
    return None


@hooks.register("before_move_page")
def refuse_translators_moving_pages(request, page, destination):
    if not may_restructure(request.user, page):
        return refused(request, _("Alleen de redactie mag een pagina verplaatsen."))
    return None


@hooks.register("before_create_user")
def refuse_granting_superuser(request):
    if not request.user.is_superuser and request.POST.get("is_superuser"):
        return refused(request, _("Alleen een beheerder met alle rechten maakt zo'n beheerder."))
    return None


@hooks.register("before_edit_user")
@hooks.register("before_delete_user")
def refuse_changing_superusers(request, user):
    """Only a superuser grants, edits or removes superuser rights: otherwise whoever manages users
    could set a superuser's password or e-mail address and log in as them."""
    if request.user.is_superuser:
        return None
    if user.is_superuser or request.POST.get("is_superuser"):
        return refused(request, _("Alleen een beheerder met alle rechten wijzigt zo'n account."))
    return None


PAGE_ACTIONS_FOR_EDITORS = {"delete", "move", "unpublish"}


@hooks.register("before_bulk_action")
def apply_role_rules_to_bulk_actions(request, action_type, objects, action_class_instance):
    """The same rules for actions on many pages or users at once."""
    models = action_class_instance.models
    on_pages = any(issubclass(model, Page) for model in models)
    if (
        on_pages
        and action_type in PAGE_ACTIONS_FOR_EDITORS
        and not all(may_restructure(request.user, page) for page in objects)
    ):
        return refused(request, _("Alleen de redactie mag pagina's zo wijzigen."))
    on_users = get_user_model() in models
    if on_users and not request.user.is_superuser and any(user.is_superuser for user in objects):
        return refused(request, _("Alleen een beheerder met alle rechten wijzigt zo'n account."))
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
