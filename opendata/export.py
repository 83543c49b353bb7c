"""CSV and JSON export of every live, public method and case study, in the reader's language.

Each record's `id` is the page's translation key (see opendata/ids.py): it stays the same when
the page is edited, renamed or moved, and the Dutch and English rows of one method share it.
"""

import csv
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.utils import timezone, translation
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from casestudies.models import CaseStudyPage
from knowledge.listings import listing_queryset
from methods.models import MethodPage
from opendata.ids import stable_id
from opendata.licence import add_licence_link, licence

TERMS = ["themes", "target_groups", "municipalities", "organisations"]

# The columns of the CSV, in order; the JSON records have the same keys (lists stay lists).
COLUMNS = [
    "id",
    "type",
    "language",
    "title",
    "url",
    "intro",
    "themes",
    "target_groups",
    "municipalities",
    "organisations",
    "first_published",
    "last_reviewed",
    "last_published_at",
    # Methods
    "evidence_level",
    "evidence",
    "evidence_notes",
    "evidence_source",
    "evidence_record_url",
    "evidence_valid_until",
    "cost_band",
    "cost_notes",
    "duration",
    "owner_organisation",
    # Case studies
    "method_id",
    "method_title",
    "municipality",
    "municipality_cbs_code",
    "province",
    "status",
    "status_on",
    "start_date",
    "end_date",
    "lead_organisation",
]


def names(terms):
    return [term.name for term in terms]


def common_fields(page, request):
    return {
        "id": stable_id(page),
        "type": page.search_type(),
        "language": page.locale.language_code,
        "title": page.title,
        "url": page.get_full_url(request),
        "intro": page.intro,
        **{name: names(getattr(page, name).all()) for name in TERMS},
        "first_published": page.first_published,
        "last_reviewed": page.last_reviewed,
        "last_published_at": page.last_published_at,
    }


def method_record(page, request):
    return {
        **common_fields(page, request),
        # What the page shows, with the editor's caveats next to the values they qualify.
        "evidence_level": page.shown_evidence_level.value,
        "evidence": page.evidence_statement,
        "evidence_notes": page.evidence_notes,
        "evidence_source": page.evidence_source if page.is_recognised else "",
        "evidence_record_url": page.databank_url if page.is_recognised else "",
        "evidence_valid_until": page.evidence_valid_until if page.is_recognised else None,
        "cost_band": page.cost_band,
        "cost_notes": page.cost_notes,
        "duration": page.duration,
        "owner_organisation": page.owner_organisation.name if page.owner_organisation else "",
    }


def case_study_record(page, request, live_methods):
    # A method that is not live (a draft, or unpublished since) is not named: it is not public.
    method = page.method if page.method_id in live_methods else None
    municipality = page.municipality
    return {
        **common_fields(page, request),
        "method_id": stable_id(method) if method else "",
        "method_title": method.title if method else "",
        "municipality": municipality.name if municipality else "",
        "municipality_cbs_code": municipality.cbs_code if municipality else "",
        "province": municipality.province if municipality else "",
        "status": page.status,
        "status_on": page.status_on,
        "start_date": page.start_date,
        "end_date": page.end_date,
        "lead_organisation": page.lead_organisation.name if page.lead_organisation else "",
    }


def records(request, locale):
    """Every live, public method and case study of `locale` as dicts, methods first."""
    methods = (
        listing_queryset(MethodPage, locale)
        .select_related("locale", "owner_organisation")
        .prefetch_related(*TERMS)
        .order_by("title", "pk")
    )
    rows = [method_record(page, request) for page in methods]
    live_methods = set(MethodPage.objects.live().public().values_list("pk", flat=True))
    case_studies = (
        listing_queryset(CaseStudyPage, locale)
        .select_related("locale", "lead_organisation", "method", "municipality")
        .prefetch_related(*TERMS)
        .order_by("title", "pk")
    )
    rows += [case_study_record(page, request, live_methods) for page in case_studies]
    return rows


def file_name(extension):
    return f"wijkkompas-{translation.get_language()}-{timezone.localdate():%Y-%m-%d}.{extension}"


# A cell starting with one of these is a formula to a spreadsheet: "=HYPERLINK(…)" in a title
# would run when a policy officer opens the file.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_value(value):
    if isinstance(value, list):
        value = "; ".join(value)
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        # The apostrophe makes spreadsheets show the text as text (OWASP's advice for CSV).
        return "'" + value
    return value


@require_safe
def export_csv(request):
    """One row per page; lists joined with '; '. The licence is in the Link header and on the
    open-data page, so the file itself stays plain CSV any spreadsheet opens."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{file_name("csv")}"'
    # A byte-order mark, so Excel reads the file as UTF-8 (ë, ç, €).
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(COLUMNS)
    for record in records(request, Locale.get_active()):
        writer.writerow([csv_value(record.get(column, "")) for column in COLUMNS])
    return add_licence_link(response)


@require_safe
def export_json(request):
    data = {
        "licence": licence(),
        "source": request.build_absolute_uri("/"),
        "language": translation.get_language(),
        "generated_at": timezone.now(),
        "id_description": (
            "id is the page's translation key: stable across edits, renames and moves, "
            "and shared by the language versions of a page."
        ),
        "records": records(request, Locale.get_active()),
    }
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{file_name("json")}"'
    return add_licence_link(response)
