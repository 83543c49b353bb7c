"""What an alert follows and what a digest mail says: the pages first published in a period
that match a search selection (found by the search page's own functions), the new case studies
of a method, and a change of the method's recognition."""

from dataclasses import dataclass, field

from django.http import QueryDict
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale, Page

from alerts.models import SubscriptionKind
from casestudies.models import CaseStudyPage
from opendata.feeds import describe
from search import facet_index, facets, parameters, results

# A digest lists at most this many pages and links to the search page for the rest.
DIGEST_LENGTH = 20


def read_selection(query):
    """The search parameters of a selection (a query string or QueryDict), and whether every
    filter in it still exists: a filter the parser drops (a deleted theme, say) means the
    reader would be told about a different selection than the one chosen."""
    query_dict = QueryDict(query) if isinstance(query, str) else query
    params = parameters.parse(query_dict)
    asked = 0
    for facet in facets.FACETS:
        values = query_dict.getlist(facet.param)[: parameters.MAX_VALUES_PER_FACET]
        asked += len({value.strip() for value in values})
    kept = sum(len(values) for values in params.selected.values())
    return params, kept == asked


def normalised(params):
    """The selection as it is stored: ids rather than slugs, without sort order or page."""
    return params.querystring(sorteer=None)


def selection_title(params):
    described = describe(params, None)
    return described or gettext("alle pagina's")


def new_selection_pages(params, locale, start, end):
    """The live, public pages of the selection first published after `start` up to `end`:
    the newest DIGEST_LENGTH of them, and how many there are in all."""
    matches = results.text_matches(params, locale)
    ids = results.filtered_ids(matches, params, locale)
    new = (
        Page.objects.filter(
            pk__in=facet_index.id_list(ids),
            first_published_at__gt=start,
            first_published_at__lte=end,
        )
        .order_by("-first_published_at", "-pk")
        .values_list("pk", flat=True)
    )
    first = list(new[:DIGEST_LENGTH])
    total = len(first) if len(first) < DIGEST_LENGTH else new.count()
    return results.specific_results(first, locale), total


def new_case_studies(method, start, end):
    new = (
        CaseStudyPage.objects.live()
        .public()
        .filter(method=method, first_published_at__gt=start, first_published_at__lte=end)
        .select_related("municipality")
        .order_by("-first_published_at", "-pk")
    )
    first = list(new[:DIGEST_LENGTH])
    total = len(first) if len(first) < DIGEST_LENGTH else new.count()
    return first, total


def recognition_state(method):
    """The part of a method's recognition a reader is told about when it changes."""
    return {
        "level": method.shown_evidence_level.value,
        "source": method.evidence_source if method.is_recognised else "",
        "valid_until": (
            method.evidence_valid_until.isoformat()
            if method.is_recognised and method.evidence_valid_until
            else None
        ),
        "expired": method.evidence_expired,
    }


def live_method(subscription):
    method = subscription.method
    if method is None or not (method.live and Page.objects.public().filter(pk=method.pk).exists()):
        return None
    return method


@dataclass
class Digest:
    """One mail's content, in the subscriber's language."""

    title: str
    pages: list = field(default_factory=list)
    total: int = 0
    more_path: str = ""
    method: object = None
    recognition_changed: bool = False
    ended: bool = False

    @property
    def has_news(self):
        return bool(self.pages or self.recognition_changed or self.ended)


def still_exists(subscription):
    if subscription.kind == SubscriptionKind.METHOD:
        return subscription.method_id is not None
    return read_selection(subscription.selection)[1]


def build_digest(subscription, start, end, recognition_change=None, ended=False):
    """What the mail for the period (start, end] says; the language must be active."""
    if subscription.kind == SubscriptionKind.METHOD:
        if ended or subscription.method_id is None:
            return Digest(
                title=gettext("een methode die niet meer op Wijkkompas staat"), ended=True
            )
        method = live_method(subscription)
        if method is None:
            # Unpublished since the period was recorded: nothing readers may see to tell.
            return Digest(title="")
        pages, total = new_case_studies(method, start, end)
        return Digest(
            title=method.title,
            pages=pages,
            total=total,
            method=method,
            recognition_changed=bool(recognition_change),
        )
    params, complete = read_selection(subscription.selection)
    if ended or not complete:
        return Digest(title=selection_title(params), ended=True)
    locale = Locale.objects.get(language_code=subscription.language)
    pages, total = new_selection_pages(params, locale, start, end)
    query = normalised(params)
    with translation.override(subscription.language):
        search = reverse("search")
    return Digest(
        title=selection_title(params),
        pages=pages,
        total=total,
        more_path=f"{search}?{query}" if query else search,
    )
