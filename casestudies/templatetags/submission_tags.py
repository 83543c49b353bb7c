"""Template tags that link to the "Deel uw praktijk" form from anywhere on the site."""

from django import template

from casestudies.models import PracticeSubmissionPage
from knowledge.page_cache import site_value
from knowledge.privacy import public

register = template.Library()


@register.simple_tag(takes_context=True)
def practice_submission_url(context):
    """The form's URL in the current page's language (or the default one), or '' without it."""
    locale_id = getattr(context.get("page"), "locale_id", None)

    def find_url():
        pages = public(PracticeSubmissionPage.objects.live())
        form_page = (pages.filter(locale_id=locale_id).first() if locale_id else None) or (
            pages.first()
        )
        return form_page.url if form_page else ""

    return site_value(context.get("request"), ("submission url", locale_id), find_url)
