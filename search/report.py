"""The anonymous search log: counting searches per day, and the editors' report on what was sought."""

import datetime
import logging

import django_filters
from django import forms
from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F, Sum
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from search import engine
from search.models import SearchQueryDay

logger = logging.getLogger("wijkkompas.search")

REPORT_PERMISSION = "search.view_searchqueryday"
REPORT_DAYS = 30
REPORT_ROWS = 50
QUERY_MAX_LENGTH = SearchQueryDay._meta.get_field("query").max_length


def normalise_query(raw):
    """The form a query is counted in: clean, lower-case, single spaces, at most 200 characters."""
    return " ".join(engine.clean_query(raw).lower().split())[:QUERY_MAX_LENGTH]


def log_search(query, language, result_count):
    """Count one search for `query` today, and whether it found nothing.

    Only the normalised query, the language and the counts are stored: nothing about the
    person searching. A failure to count is logged and never breaks the search itself.
    """
    query = normalise_query(query)
    if not query:
        return
    row = {"date": timezone.localdate(), "language_code": language[:20], "query": query}
    without_results = 1 if result_count == 0 else 0
    try:
        with transaction.atomic():
            if not count_search(row, without_results):
                try:
                    with transaction.atomic():
                        SearchQueryDay.objects.create(
                            **row, searches=1, searches_without_results=without_results
                        )
                except IntegrityError:
                    # Another request created today's row between our update and our insert.
                    count_search(row, without_results)
    except DatabaseError:
        logger.exception("Could not log a search")


def count_search(row, without_results):
    """Add one search to an existing row in a single UPDATE; False if there is no row yet."""
    return SearchQueryDay.objects.filter(**row).update(
        searches=F("searches") + 1,
        searches_without_results=F("searches_without_results") + without_results,
    )


DATE_ERROR = "Vul een geldige datum in, bijvoorbeeld 2025-03-31."
DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def default_period():
    today = timezone.localdate()
    return today - datetime.timedelta(days=REPORT_DAYS - 1), today


class SearchReportFilterForm(forms.Form):
    """The form of the report's filters: a period must not end before it begins."""

    def clean(self):
        cleaned = super().clean()
        date_from, date_to = cleaned.get("date_from"), cleaned.get("date_to")
        if date_from and date_to and date_to < date_from:
            self.add_error("date_to", "De einddatum ligt vóór de begindatum.")
        return cleaned


class SearchReportFilterSet(WagtailFilterSet):
    """The language and the period of the report, over the rows of single days."""

    language = django_filters.ChoiceFilter(
        field_name="language_code",
        label="Taal",
        choices=settings.LANGUAGES,
        empty_label="Alle talen",
    )
    date_from = django_filters.DateFilter(
        field_name="date",
        lookup_expr="gte",
        label="Van",
        widget=DATE_WIDGET,
        error_messages={"invalid": DATE_ERROR},
    )
    date_to = django_filters.DateFilter(
        field_name="date",
        lookup_expr="lte",
        label="Tot en met",
        widget=DATE_WIDGET,
        error_messages={"invalid": DATE_ERROR},
    )

    class Meta:
        model = SearchQueryDay
        fields = []
        form = SearchReportFilterForm


def totals(rows):
    """Per query (and language), the searches of `rows`, summed over the days."""
    return rows.values("query", "language_code").annotate(
        total_searches=Sum("searches"), total_without_results=Sum("searches_without_results")
    )


# A cell starting with one of these is read as a formula by spreadsheet programs; the queries
# are typed by the public, so they are never handed to a spreadsheet as formulas.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    text = str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


class SearchReportView(ReportView):
    """What readers searched for and what they did not find, so editors can fill the gaps
    (new content, synonyms, promoted results): every query of the period with its searches,
    most searched first, and below it the queries that found nothing."""

    results_template_name = "search/report_results.html"
    page_title = "Zoekvragen"
    header_icon = "search"
    breadcrumbs_items = [{"url": reverse_lazy("wagtailadmin_home"), "label": "Home"}]
    index_url_name = "search_report"
    index_results_url_name = "search_report_results"
    filterset_class = SearchReportFilterSet
    permission_policy = ModelPermissionPolicy(SearchQueryDay)
    permission_required = "view"
    paginate_by = REPORT_ROWS
    default_ordering = "-total_searches"
    # Equal counts keep one order from page to page.
    tie_breakers = ("query", "language_code")
    list_export = ["query", "language_code", "total_searches", "total_without_results"]
    export_headings = {
        "query": "zoekvraag",
        "language_code": "taal",
        "total_searches": "zoekopdrachten",
        "total_without_results": "zonder resultaten",
    }
    # Wagtail's spreadsheet already keeps a formula as text; a CSV cannot say so.
    custom_field_preprocess = {"query": {ReportView.FORMAT_CSV: spreadsheet_safe}}

    def get_filterset_kwargs(self):
        # Empty dates mean the last 30 days, shown in the filter as such.
        data = self.request.GET.copy()
        for name, default in zip(("date_from", "date_to"), default_period(), strict=True):
            if not data.get(name):
                data[name] = default.isoformat()
        return {**super().get_filterset_kwargs(), "data": data}

    def get_table_kwargs(self):
        kwargs = super().get_table_kwargs()
        if self.filters.is_valid():
            cleaned = self.filters.form.cleaned_data
            kwargs["caption"] = gettext("%(caption)s van %(date_from)s tot en met %(date_to)s") % {
                "caption": gettext("Meest gezochte zoekvragen"),
                "date_from": date_format(cleaned["date_from"], "j F Y"),
                "date_to": date_format(cleaned["date_to"], "j F Y"),
            }
        return kwargs

    def get_filename(self):
        cleaned = self.filters.form.cleaned_data
        language = cleaned.get("language") or "alle-talen"
        return f"zoekvragen-{language}-{cleaned['date_from']:%Y%m%d}-{cleaned['date_to']:%Y%m%d}"

    @property
    def columns(self):
        columns = [Column("query", label=_("Zoekvraag"), sort_key="query")]
        if not self.language:
            columns.append(Column("language_code", label=_("Taal"), sort_key="language_code"))
        return [
            *columns,
            Column("total_searches", label=_("Zoekopdrachten"), sort_key="total_searches"),
            Column(
                "total_without_results",
                label=_("Zonder resultaten"),
                sort_key="total_without_results",
            ),
        ]

    @property
    def language(self):
        return self.filters.is_valid() and self.filters.form.cleaned_data.get("language")

    def get_queryset(self):
        if not self.filters.is_valid():
            # The filters show what to correct; a report over another period would mislead.
            return SearchQueryDay.objects.none()
        return self.order_queryset(totals(self.filter_queryset(SearchQueryDay.objects.all())))

    def get_filtered_queryset(self):
        return self.get_queryset()

    def order_queryset(self, queryset):
        ordering = self.ordering.lstrip("-")
        return queryset.order_by(self.ordering, *(f for f in self.tie_breakers if f != ordering))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.filters.is_valid():
            cleaned = self.filters.form.cleaned_data
            context["date_from"], context["date_to"] = cleaned["date_from"], cleaned["date_to"]
            context["all_languages"] = not self.language
            context["without_results"] = list(
                self.get_queryset()
                .filter(total_without_results__gt=0)
                .order_by("-total_without_results", "-total_searches", *self.tie_breakers)[
                    :REPORT_ROWS
                ]
            )
        return context

    @property
    def no_results_message(self):
        if not self.filters.is_valid():
            return gettext("Verbeter het filter om het rapport te zien.")
        return gettext("Er is in deze periode niet gezocht.")
