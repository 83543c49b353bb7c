"""Search in the admin: the editors' synonyms and the report of what readers searched for."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search import engine, report
from search.models import SynonymGroup


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = "Synoniemen"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["terms", "language"]
    list_filter = ["language"]
    search_fields = ["terms"]


register_snippet(SynonymGroupViewSet)


@receiver(post_save, sender=SynonymGroup, dispatch_uid="search-synonyms-saved")
@receiver(post_delete, sender=SynonymGroup, dispatch_uid="search-synonyms-deleted")
def apply_synonyms_at_once(sender, **kwargs):
    # Searches read synonyms from a cache; dropping it after the commit makes the next search
    # read the editors' change, and not an old table another request cached meanwhile.
    transaction.on_commit(engine.forget_synonyms)


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(report.REPORT_PERMISSION)


@hooks.register("register_admin_urls")
def register_search_report_url():
    return [
        path("reports/search-queries/", report.SearchReportView.as_view(), name="search_report"),
        path(
            "reports/search-queries/results/",
            report.SearchReportView.as_view(results_only=True),
            name="search_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return SearchReportMenuItem(
        "Zoekvragen",
        reverse("search_report"),
        name="search-queries",
        icon_name="search",
        order=1300,
    )
