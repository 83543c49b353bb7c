"""Turns a valid submission into a stored record and a draft case study in moderation."""

import logging
from pathlib import PurePath

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import Truncator
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.permissions import policy_registry

logger = logging.getLogger("wijkkompas.submissions")


def paragraphs(text):
    """Plain text as rich-text paragraphs; whatever was typed is escaped, never interpreted."""
    lines = [line.strip() for line in text.splitlines()]
    return "".join(f"<p>{escape(line)}</p>" for line in lines if line)


def status_for_period(start, end):
    from casestudies.models import CaseStudyStatus

    today = timezone.localdate()
    if end and end < today:
        return CaseStudyStatus.ENDED
    if start and start > today:
        return CaseStudyStatus.PLANNED
    return CaseStudyStatus.RUNNING


def create_draft_case_study(submission, index):
    """A draft under the case-study index, in its moderation workflow if one applies.

    It is never published here: the page stays live=False until an editor publishes it.
    """
    from casestudies.models import CaseStudyPage

    page = CaseStudyPage(
        title=submission.title,
        intro=Truncator(" ".join(submission.description.split())).chars(600),
        locale=index.locale,
        live=False,
        method=submission.method,
        municipality=submission.municipality,
        start_date=submission.start_date,
        end_date=submission.end_date,
        status=status_for_period(submission.start_date, submission.end_date),
        context=paragraphs(submission.description),
        results=paragraphs(submission.results),
        lessons_worked=paragraphs(submission.lessons),
    )
    index.add_child(instance=page)
    # The form has checked what it can; the rest (e.g. an unmatched municipality) the editor fixes.
    page.save_revision(clean=False, log_action=True)
    workflow = page.get_workflow()
    # A workflow without active tasks would finish at once and publish the page: leave it a draft.
    if workflow is not None and workflow.tasks.filter(active=True).exists():
        workflow.start(page, user=None)
    return page


@transaction.atomic
def receive_submission(form, page, language):
    """Store the submission and its draft case study together: either both exist or neither."""
    submission = form.save(commit=False)
    submission.language = language
    submission.municipality = form.matched_municipality()
    submission.contact_consent_at = timezone.now()
    upload = form.cleaned_data.get("attachment")
    if upload:
        submission.attachment_name = PurePath(upload.name).name[-200:]
        submission.attachment.save(upload.name, upload, save=False)
    submission.save()
    submission.case_study = create_draft_case_study(submission, page.get_parent().specific)
    submission.save(update_fields=["case_study"])
    return submission


def editors_to_notify():
    """Addresses of everyone who handles submissions, plus any configured in the settings."""
    from casestudies.models import PracticeSubmission

    policy = policy_registry.get_by_type(PracticeSubmission)
    users = policy.users_with_any_permission(["change"]).filter(is_active=True).exclude(email="")
    addresses = {user.email for user in users}
    addresses.update(settings.WIJKKOMPAS_SUBMISSION_NOTIFY_EMAILS)
    return sorted(addresses)


def notify_editors(submission):
    """E-mail the editors. A failure is logged, never raised: the submission is already saved."""
    recipients = editors_to_notify()
    if not recipients:
        logger.warning("Inzending %s: niemand om te waarschuwen", submission.pk)
        return False
    finder = AdminURLFinder()
    context = {
        "submission": submission,
        "submission_url": settings.WAGTAILADMIN_BASE_URL
        + reverse("practice_submissions:inspect", args=[submission.pk]),
        "draft_url": (
            settings.WAGTAILADMIN_BASE_URL + finder.get_edit_url(submission.case_study)
            if submission.case_study
            else ""
        ),
    }
    try:
        send_mail(
            subject=" ".join(f"Nieuwe inzending 'Deel uw praktijk': {submission.title}".split())[
                :200
            ],
            message=render_to_string("pages/practice_submission_email.txt", context),
            from_email=None,
            recipient_list=recipients,
        )
    except Exception:
        logger.exception("Inzending %s: e-mail aan de redactie mislukt", submission.pk)
        return False
    return True
