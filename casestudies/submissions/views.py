"""The public side of "Deel uw praktijk": show the form, check it, limit it, thank the sender."""

import logging

from django.conf import settings
from django.http import HttpResponseRedirect
from django.utils.translation import get_language
from django_ratelimit.core import is_ratelimited

from casestudies.submissions.forms import PracticeSubmissionForm
from casestudies.submissions.intake import notify_editors, receive_submission

logger = logging.getLogger("wijkkompas.submissions")


def over_limit(request, group, rate):
    """Count this request against a per-IP limit in the cache; True once it is exceeded."""
    return is_ratelimited(request, group=group, key="ip", rate=rate, increment=True)


def serve_submission_form(page, request):
    if request.method != "POST":
        form = PracticeSubmissionForm(locale=page.locale)
        return page.render(request, context_overrides={"form": form})

    form = PracticeSubmissionForm(request.POST, request.FILES, locale=page.locale)
    # Every post counts against a generous limit; only accepted submissions against the strict one,
    # so someone correcting typing errors is not locked out.
    limited = over_limit(request, "submissions:posts", settings.WIJKKOMPAS_SUBMISSION_POST_RATE)
    if not limited and form.is_valid():
        if form.is_spam:
            logger.info("Inzending genegeerd: het verborgen veld was ingevuld")
            return HttpResponseRedirect(page.url + page.reverse_subpage("thanks"))
        limited = over_limit(request, "submissions:accepted", settings.WIJKKOMPAS_SUBMISSION_RATE)
        if not limited:
            submission = receive_submission(form, page, language=get_language() or "nl")
            notify_editors(submission)
            thanks = "thanks_without_attachment" if submission.attachment_failed else "thanks"
            return HttpResponseRedirect(page.url + page.reverse_subpage(thanks))
    if limited:
        # The typed text is shown again, so nothing is lost while waiting.
        response = page.render(request, context_overrides={"form": form, "limited": True})
        response.status_code = 429
        return response
    return page.render(request, context_overrides={"form": form})
