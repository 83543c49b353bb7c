"""Template tags that link to the "Deel je praktijk" form from anywhere on the site."""

from django import template

from casestudies.models import PracticeSubmissionPage

register = template.Library()


@register.simple_tag(takes_context=True)
def practice_submission_url(context):
    """The form's URL in the current page's language (or the default one), or '' without it."""
    page = context.get("page")
    pages = PracticeSubmissionPage.objects.live().public()
    form_page = (pages.filter(locale_id=page.locale_id).first() if page else None) or pages.first()
    return form_page.url if form_page else ""
