"""Admin for "Deel uw praktijk": the editors' list of submissions and the private file download."""

import datetime

from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.template.defaultfilters import linebreaks_filter
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from casestudies.models import PracticeSubmission
from casestudies.submissions.files import CONTENT_TYPES, extension_kind


class SubmissionPermissionPolicy(ModelPermissionPolicy):
    """Submissions only come in through the public form; nobody adds one in the admin."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)


# Values the inspect view leaves out rather than show as "None" or an empty row (an empty
# file field equals "").
EMPTY = (None, "")

submission_permission_policy = SubmissionPermissionPolicy(PracticeSubmission)
register_permission_policy(PracticeSubmission, submission_permission_policy)


class SubmissionInspectView(InspectView):
    """A submission as the editor needs it: what was sent, in full, before the bookkeeping;
    fields left empty are left out, and times are shown in the site's time zone."""

    def get_fields_context(self):
        return [
            self.get_context_for_field(name)
            for name in self.fields
            if getattr(self.object, name) not in EMPTY
        ]

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, datetime.datetime):
            return date_format(timezone.localtime(value), "j F Y, H:i")
        if isinstance(value, datetime.date):
            return date_format(value, "j F Y")
        if isinstance(field, models.TextField):
            # Typed paragraphs stay paragraphs.
            return linebreaks_filter(value, autoescape=True)
        return value

    def get_attachment_display_value(self):
        if not self.object.attachment:
            return "-"
        url = reverse("practice_submissions:attachment", args=[self.object.pk])
        return format_html('<a href="{}">{}</a>', url, self.object.attachment_name)

    def get_case_study_display_value(self):
        page = self.object.case_study
        if page is None:
            return "-"
        url = AdminURLFinder(self.request.user).get_edit_url(page)
        if not url:
            return page.get_admin_display_title()
        return format_html('<a href="{}">{}</a>', url, page.get_admin_display_title())


def download_attachment(request, pk):
    """Hand the uploaded file to an editor who may see submissions; nobody else can reach it."""
    if not submission_permission_policy.user_has_any_permission(request.user, ["change", "view"]):
        raise PermissionDenied
    submission = get_object_or_404(PracticeSubmission, pk=pk)
    if not submission.attachment:
        raise Http404
    kind = extension_kind(submission.attachment.name)
    return FileResponse(
        submission.attachment.open("rb"),
        as_attachment=True,
        filename=submission.attachment_name or submission.attachment.name,
        content_type=CONTENT_TYPES.get(kind, "application/octet-stream"),
    )


class PracticeSubmissionViewSet(ModelViewSet):
    model = PracticeSubmission
    name = "practice_submissions"
    url_prefix = "inzendingen"
    icon = "mail"
    menu_label = "Inzendingen"
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_class = SubmissionInspectView
    list_display = [
        # A submission opens on what was sent (the inspect view), not on the status form.
        TitleColumn("title", label="Naam van de aanpak", url_name="practice_submissions:inspect"),
        "municipality_name",
        "organisation",
        Column("status", label="Status", accessor="get_status_display", sort_key="status"),
        "submitted_at",
    ]
    list_filter = ["status"]
    search_fields = ["title", "organisation", "municipality_name"]
    form_fields = ["status"]
    # The submitted text first: the editor opens a submission to read it.
    inspect_view_fields = [
        "title",
        "description",
        "results",
        "lessons",
        "method",
        "start_date",
        "end_date",
        "organisation",
        "municipality_name",
        "municipality",
        "attachment",
        "contact_name",
        "contact_email",
        "contact_phone",
        "contact_consent_at",
        "contact_removed_at",
        "submitted_at",
        "language",
        "status",
        "handled_at",
        "case_study",
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("bijlage/<int:pk>/", download_attachment, name="attachment"),
        ]


@hooks.register("register_admin_viewset")
def register_submission_viewset():
    return PracticeSubmissionViewSet()
