"""Turns a valid submission into a stored record and a draft case study in moderation."""

import logging
from pathlib import PurePath

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import Truncator
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page
from wagtail.permissions import policy_registry

from casestudies.models import CaseStudyPage, CaseStudyStatus, PracticeSubmission
from casestudies.submissions.models import submission_upload_to
from knowledge.operations.concurrency import run_in_transaction

logger = logging.getLogger("wijkkompas.submissions")


def paragraphs(text):
    """Plain text as rich-text paragraphs; whatever was typed is escaped, never interpreted."""
    lines = [line.strip() for line in text.splitlines()]
    return "".join(f"<p>{escape(line)}</p>" for line in lines if line)


def status_for_period(start, end):
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


def attachment_storage():
    """The storage the attachment field reads from (fixed when the models load)."""
    return PracticeSubmission._meta.get_field("attachment").storage


def store_attachment(upload):
    """Write an uploaded file to private storage and return its name, or None when it cannot be
    written (a full disk, say): then no partial file is left behind."""
    storage = attachment_storage()
    name = submission_upload_to(None, upload.name)
    try:
        return storage.save(name, upload)
    except OSError:
        logger.exception("Bijlage van een inzending niet opgeslagen")
        # The storage gives a new file the name asked for (it is random, so never taken).
        if storage.exists(name):
            storage.delete(name)
        return None


def receive_submission(form, page, language):
    """Store the submission and its draft case study together: either both exist or neither.

    The attachment is written first, outside the transaction, so that a transaction retried after
    losing a race to an editor does not write it twice; if the transaction fails for good, the
    file goes too. A file that cannot be written does not cost the text: the submission is stored
    without it (`attachment_failed` says so, for the sender and the editors).
    """
    upload = form.cleaned_data.get("attachment")
    stored_name = store_attachment(upload) if upload else None
    try:
        submission = run_in_transaction(
            store_submission, form, page.get_parent().specific, language, upload, stored_name
        )
    except Exception:
        if stored_name:
            attachment_storage().delete(stored_name)
        raise
    submission.attachment_failed = bool(upload) and not stored_name
    return submission


def store_submission(form, index, language, upload, stored_name):
    # Lock the index's page row before anything else, in the order an editor's publish of the
    # index locks it (page table, then the index's own table), so the two wait for each other
    # instead of deadlocking.
    Page.objects.select_for_update().filter(pk=index.pk).first()
    submission = form.save(commit=False)
    submission.language = language
    submission.municipality = form.matched_municipality()
    submission.contact_consent_at = timezone.now()
    if upload:
        submission.attachment_name = PurePath(upload.name).name[-200:]
        submission.attachment.name = stored_name or ""
    submission.save()
    submission.case_study = create_draft_case_study(submission, index)
    submission.save(update_fields=["case_study"])
    return submission


def editors_to_notify():
    """Addresses of everyone who handles submissions, plus any configured in the settings."""
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
