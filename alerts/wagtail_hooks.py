"""E-mail alerts in the admin: a report of counts under Reports (alerts/report.py)."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from alerts import report


class AlertReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(report.REPORT_PERMISSION)


@hooks.register("register_admin_urls")
def register_alert_report_url():
    return [path("reports/e-mail-alerts/", report.alert_report, name="alert_report")]


@hooks.register("register_reports_menu_item")
def register_alert_report_menu_item():
    return AlertReportMenuItem(
        "E-mailattenderingen",
        reverse("alert_report"),
        name="e-mail-alerts",
        icon_name="mail",
        order=1310,
    )
