"""Template tags that link to the "Deel uw praktijk" form from anywhere on the site."""

from django import template

from casestudies.models import PracticeSubmissionPage
from knowledge.edge import keys
from knowledge.operations.kept import sitewide

register = template.Library()


@register.simple_tag(takes_context=True)
def practice_submission_url(context):
    """The form's URL in the current page's language (or the default one), or '' without it."""
    request = context.get("request")
    keys.add(request, keys.FOOTER)
    locale_id = getattr(context.get("page"), "locale_id", None)

    def find_url():
        pages = PracticeSubmissionPage.objects.live().public()
        form_page = (pages.filter(locale_id=locale_id).first() if locale_id else None) or (
            pages.first()
        )
        return form_page.get_url(request) if form_page else ""

    return sitewide(request, f"submission url {locale_id}", find_url)
