"""Admin for "Deel je praktijk": the editors' list of submissions and the private file download."""

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.ui.tables import Column
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


submission_permission_policy = SubmissionPermissionPolicy(PracticeSubmission)
register_permission_policy(PracticeSubmission, submission_permission_policy)


class SubmissionInspectView(InspectView):
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
        "title",
        "municipality_name",
        "organisation",
        Column("status", label="Status", accessor="get_status_display", sort_key="status"),
        "submitted_at",
    ]
    list_filter = ["status"]
    search_fields = ["title", "organisation", "municipality_name"]
    form_fields = ["status"]
    inspect_view_fields_exclude = ["id"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("bijlage/<int:pk>/", download_attachment, name="attachment"),
        ]


@hooks.register("register_admin_viewset")
def register_submission_viewset():
    return PracticeSubmissionViewSet()
