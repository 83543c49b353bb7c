"""The editors' view of e-mail alerts: how many readers follow what, and whether mail goes out.
Counts only: no editor needs an address, so none is shown."""

import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.urls import reverse_lazy
from django.utils import timezone
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from alerts.models import Delivery, Subscription

REPORT_PERMISSION = "alerts.view_subscription"
REPORT_DAYS = 30


def alert_counts():
    subscriptions = Subscription.objects.aggregate(
        confirmed=Count("pk", filter=Q(confirmed_at__isnull=False)),
        unconfirmed=Count("pk", filter=Q(confirmed_at__isnull=True)),
    )
    by_subject = (
        Subscription.objects.filter(confirmed_at__isnull=False)
        .values("kind", "frequency", "language")
        .annotate(count=Count("pk"))
        .order_by("kind", "frequency", "language")
    )
    since = timezone.now() - datetime.timedelta(days=REPORT_DAYS)
    deliveries = Delivery.objects.aggregate(
        sent=Count("pk", filter=Q(sent_at__gte=since)),
        waiting=Count("pk", filter=Q(sent_at__isnull=True)),
    )
    return {**subscriptions, **deliveries, "by_subject": list(by_subject), "days": REPORT_DAYS}


class AlertReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "alerts/report.html"
    page_title = "E-mailattenderingen"
    header_icon = "mail"
    breadcrumbs_items = [
        {"url": reverse_lazy("wagtailadmin_home"), "label": "Home"},
        {"url": "", "label": "E-mailattenderingen"},
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        counts = alert_counts()
        kinds = dict(Subscription._meta.get_field("kind").choices)
        frequencies = dict(Subscription._meta.get_field("frequency").choices)
        for row in counts["by_subject"]:
            row["kind_label"] = kinds[row["kind"]]
            row["frequency_label"] = frequencies[row["frequency"]]
        return super().get_context_data(counts=counts, **kwargs)


alert_report = AlertReportView.as_view()
