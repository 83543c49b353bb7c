"""The anonymous search log: counting searches per day, and the editors' report on what was sought."""

import csv
import datetime
import logging
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F, Sum
from django.http import HttpResponse
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.http import urlencode
from django.views.generic import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

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


ALL_LANGUAGES = ""
DATE_ERROR = "Vul een geldige datum in, bijvoorbeeld 2025-03-31."


class ReportFilterForm(forms.Form):
    """The language and period of the report; empty dates mean the last 30 days."""

    language = forms.ChoiceField(
        label="Taal",
        choices=[(ALL_LANGUAGES, "Alle talen"), *settings.LANGUAGES],
        required=False,
    )
    date_from = forms.DateField(
        label="Van",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": DATE_ERROR},
    )
    date_to = forms.DateField(
        label="Tot en met",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": DATE_ERROR},
    )

    def clean(self):
        cleaned = super().clean()
        default_from, default_to = default_period()
        if "date_from" in self.errors or "date_to" in self.errors:
            return cleaned
        cleaned["date_from"] = cleaned.get("date_from") or default_from
        cleaned["date_to"] = cleaned.get("date_to") or default_to
        if cleaned["date_to"] < cleaned["date_from"]:
            self.add_error("date_to", "De einddatum ligt vóór de begindatum.")
        return cleaned


def default_period():
    today = timezone.localdate()
    return today - datetime.timedelta(days=REPORT_DAYS - 1), today


@dataclass
class SearchReport:
    """The two top lists of the report, over one period and language."""

    most_searched: list
    without_results: list


def build_report(date_from, date_to, language=ALL_LANGUAGES):
    """Per query (and language), the searches over the period, summed over the days."""
    rows = SearchQueryDay.objects.filter(date__range=(date_from, date_to))
    if language:
        rows = rows.filter(language_code=language)
    totals = rows.values("query", "language_code").annotate(
        total_searches=Sum("searches"), total_without_results=Sum("searches_without_results")
    )
    return SearchReport(
        most_searched=list(
            totals.order_by("-total_searches", "query", "language_code")[:REPORT_ROWS]
        ),
        without_results=list(
            totals.filter(total_without_results__gt=0).order_by(
                "-total_without_results", "-total_searches", "query", "language_code"
            )[:REPORT_ROWS]
        ),
    )


# A cell starting with one of these is read as a formula by spreadsheet programs; the queries
# are typed by the public, so they are never handed to a spreadsheet as formulas.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    text = str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def report_csv(report, date_from, date_to, language):
    """The report as CSV for Dutch spreadsheet programs: semicolons, UTF-8 with a byte order mark."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"zoekvragen-{language or 'alle-talen'}-{date_from:%Y%m%d}-{date_to:%Y%m%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow(["lijst", "zoekvraag", "taal", "zoekopdrachten", "zonder resultaten"])
    for list_name, rows in [
        ("meest gezocht", report.most_searched),
        ("zonder resultaten", report.without_results),
    ]:
        for row in rows:
            writer.writerow(
                [
                    list_name,
                    spreadsheet_safe(row["query"]),
                    row["language_code"],
                    row["total_searches"],
                    row["total_without_results"],
                ]
            )
    return response


class SearchReportView(WagtailAdminTemplateMixin, View):
    """What readers searched for and what they did not find, so editors can fill the gaps
    (new content, synonyms, promoted results)."""

    template_name = "search/report.html"
    page_title = "Zoekvragen"
    header_icon = "search"
    breadcrumbs_items = [
        {"url": reverse_lazy("wagtailadmin_home"), "label": "Home"},
        {"url": "", "label": "Zoekvragen"},
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        default_from, default_to = default_period()
        form = ReportFilterForm(
            request.GET or None,
            initial={"language": ALL_LANGUAGES, "date_from": default_from, "date_to": default_to},
        )
        if form.is_bound and not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        if form.is_bound:
            language = form.cleaned_data["language"]
            date_from = form.cleaned_data["date_from"]
            date_to = form.cleaned_data["date_to"]
        else:
            language, date_from, date_to = ALL_LANGUAGES, default_from, default_to

        report = build_report(date_from, date_to, language)
        if request.GET.get("format") == "csv":
            return report_csv(report, date_from, date_to, language)
        params = {"language": language, "date_from": date_from, "date_to": date_to}
        return self.render_to_response(
            self.get_context_data(
                form=form,
                report=report,
                all_languages=not language,
                date_from=date_from,
                date_to=date_to,
                csv_query=urlencode({**params, "format": "csv"}),
            )
        )


search_report = SearchReportView.as_view()
