"""The read-only JSON API (Wagtail API v2): methods and case studies, and the taxonomy.

Only live pages without view restrictions are served, whoever asks: a logged-in editor gets
the same answers as anyone else, so no draft or private content can leak and every answer can
be cached. Snippet endpoints serve the public vocabularies only (no people, no submissions).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, JsonResponse
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.throttling import AnonRateThrottle
from wagtail.api import APIField
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.models import Locale

from casestudies.models import CaseStudyPage
from knowledge.http.addresses import client_address
from knowledge.models import Municipality, Organisation, TargetGroup, Theme
from methods.models import MethodPage


class LocaleCodeField(serializers.Field):
    """A term's language as its code ('nl'), like the pages endpoint shows it."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, instance):
        return instance.locale.language_code


class LiveMethodField(serializers.Field):
    """A case study's method, or null while that method is not live: a draft's title is not
    public."""

    def to_representation(self, method):
        if not method.live:
            return None
        return {
            "id": method.pk,
            "title": method.title,
            "translation_key": str(method.translation_key),
            "html_url": method.get_full_url(self.context["request"]),
        }


def display(field_name):
    """The readable label of a choice field, in the reader's language."""
    return serializers.CharField(source=f"get_{field_name}_display", read_only=True)


CONTENT_FIELDS = [
    APIField("intro"),
    APIField("themes"),
    APIField("target_groups"),
    APIField("municipalities"),
    APIField("organisations"),
    APIField("first_published"),
    APIField("last_reviewed"),
    APIField("last_published_at"),
    APIField("translation_key"),
]

# What the API shows of each model; what is not listed here is never served (contact
# details of peers, editors' notes, revisions, submissions).
API_FIELDS = {
    MethodPage: [
        *CONTENT_FIELDS,
        APIField("intermediate_target_groups"),
        # The level as the page shows it: an unverifiable recognition is not served as one.
        APIField(
            "evidence_level",
            serializer=serializers.CharField(source="shown_evidence_level.value", read_only=True),
        ),
        APIField(
            "evidence_level_label",
            serializer=serializers.CharField(source="shown_evidence_level.label", read_only=True),
        ),
        APIField("evidence_statement", serializer=serializers.CharField(read_only=True)),
        APIField("evidence_notes"),
        APIField("evidence_source"),
        APIField("databank_id"),
        APIField("databank_url"),
        APIField("evidence_assessed_on"),
        APIField("evidence_valid_until"),
        APIField("duration"),
        APIField("intensity"),
        APIField("cost_band"),
        APIField("cost_notes"),
        APIField("owner_organisation"),
    ],
    CaseStudyPage: [
        *CONTENT_FIELDS,
        APIField("method", serializer=LiveMethodField(read_only=True)),
        APIField("municipality"),
        APIField("status"),
        APIField("status_label", serializer=display("status")),
        APIField("status_on"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("lead_organisation"),
        APIField("budget_band"),
    ],
    Theme: [APIField("parent")],
    Municipality: [APIField("cbs_code"), APIField("province")],
    Organisation: [APIField("organisation_type"), APIField("website")],
}


# The largest id the database can hold; a larger number in a URL overflows the query.
MAX_ID = 2**63 - 1


def is_number(value):
    # str.isdigit() also accepts digits such as '²' that int() refuses.
    return value.isascii() and value.isdigit()


class Pagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "0")
        if is_number(offset) and int(offset) > MAX_ID:
            raise BadRequestError("offset is too large")
        return super().paginate_queryset(queryset, request, view)


class ReadOnlyAPIMixin:
    """JSON only (no browsable HTML API), no sessions or logins, a per-address rate limit, and
    a 400 rather than an error for any value a filter cannot use."""

    renderer_classes = [JSONRenderer]
    pagination_class = Pagination
    authentication_classes = []
    permission_classes = [AllowAny]

    class Throttle(AnonRateThrottle):
        scope = "wijkkompas_api"

        def get_rate(self):
            return settings.WIJKKOMPAS_API_RATE or None

        def get_ident(self, request):
            # DRF would believe a client-written X-Forwarded-For: one new value per request
            # escaped the limit.
            return client_address(request)

    throttle_classes = [Throttle]

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # PostgreSQL cannot compare text with a NUL byte: `?locale=%00` or a NUL in html_path
        # would end in a DataError (500) in whichever filter reads it first.
        if any("\x00" in value for _name, values in request.GET.lists() for value in values):
            raise BadRequestError("a query parameter contains a NUL byte")

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        for values in self.request.GET.lists():
            if any(is_number(value) and int(value) > MAX_ID for value in values[1]):
                raise BadRequestError(f"{values[0]}: number too large")

    def filter_queryset(self, queryset):
        # Wagtail converts booleans and integers itself but hands dates and related ids to the
        # ORM as typed, which raises on `first_published=soon` or `themes=abc`.
        try:
            return super().filter_queryset(queryset)
        except (ValidationError, ValueError, TypeError) as error:
            raise BadRequestError("field filter error: a value has the wrong form") from error

    def get_object(self):
        if int(self.kwargs.get("pk", 0)) > MAX_ID:
            raise Http404("not found")
        return super().get_object()

    def find_object(self, queryset, request):
        try:
            return super().find_object(queryset, request)
        except (ValidationError, ValueError, TypeError):
            return None

    @classmethod
    def get_body_fields(cls, model):
        fields = [
            field
            for declared_model, declared in API_FIELDS.items()
            if issubclass(model, declared_model)
            for field in declared
        ]
        return cls._convert_api_fields(cls.body_fields + fields)


class PublicPagesAPIViewSet(ReadOnlyAPIMixin, PagesAPIViewSet):
    """Methods and case studies: `?type=methods.MethodPage` or `?type=casestudies.CaseStudyPage`
    selects one (and allows its fields in `fields=` and as filters); `?locale=en` a language."""

    # Full-text search is the search page's job (synonyms, language, facets); the API filters
    # by field, type, locale and tree position only.
    filter_backends = [
        backend for backend in PagesAPIViewSet.filter_backends if backend is not SearchFilter
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters - {
        "search",
        "search_operator",
    }

    def get_base_queryset(self):
        # Wagtail would show a logged-in user pages their login or session may see; the open
        # API shows only what is public, to everyone.
        return super().get_base_queryset().public().type(MethodPage, CaseStudyPage)


class TaxonomyAPIViewSet(ReadOnlyAPIMixin, BaseAPIViewSet):
    """A vocabulary's terms in every language; `?locale=nl` selects one."""

    filter_backends = [FieldsFilter, OrderingFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(["locale"]) - {
        "search",
        "search_operator",
    }
    body_fields = ["id", "name", "slug", "description"]
    meta_fields = [
        *BaseAPIViewSet.meta_fields,
        APIField("locale", serializer=LocaleCodeField(read_only=True)),
        "translation_key",
    ]
    listing_default_fields = ["id", "type", "detail_url", "name", "slug", "locale"]
    nested_default_fields = ["id", "type", "detail_url", "name", "slug"]

    @classmethod
    def get_meta_fields(cls, model):
        return cls._convert_api_fields(cls.meta_fields)

    def get_queryset(self):
        queryset = self.model.objects.select_related("locale").order_by("locale_id", "id")
        language = self.request.GET.get("locale")
        if language is not None:
            locale = Locale.objects.filter(language_code=language).first()
            if locale is None:
                raise BadRequestError("unknown locale: use one of the site's language codes")
            queryset = queryset.filter(locale=locale)
        return queryset


def taxonomy_endpoint(term_model, endpoint_name):
    return type(
        f"{term_model.__name__}APIViewSet",
        (TaxonomyAPIViewSet,),
        {"model": term_model, "name": endpoint_name},
    )


class OpenAPIRouter(WagtailAPIRouter):
    def wrap_view(self, func):
        wrapped = super().wrap_view(func)

        def view(request, *args, **kwargs):
            # Django's LocaleMiddleware answers a 404 outside the language prefix with a
            # redirect to /nl/…, which Wagtail would then serve as an HTML page. Naming a URL
            # configuration without language prefixes keeps the API's JSON 404.
            request.urlconf = "opendata.api_urlconf"
            return wrapped(request, *args, **kwargs)

        return view


api_router = OpenAPIRouter("wijkkompas_api")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("themes", taxonomy_endpoint(Theme, "themes"))
api_router.register_endpoint("target-groups", taxonomy_endpoint(TargetGroup, "target-groups"))
api_router.register_endpoint("municipalities", taxonomy_endpoint(Municipality, "municipalities"))
api_router.register_endpoint("organisations", taxonomy_endpoint(Organisation, "organisations"))


def not_found(request, path=""):
    """A JSON 404 for an address under /api/ that is no endpoint (not a redirect to /nl/…)."""
    request.urlconf = "opendata.api_urlconf"
    return JsonResponse({"message": "not found"}, status=404)
