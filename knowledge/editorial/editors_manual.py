"""The Dutch editors' manual (docs/editors.md), shown in the admin behind its help menu."""

import markdown
from django.conf import settings
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

MANUAL = settings.BASE_DIR / "docs" / "editors.md"


class EditorsManualView(WagtailAdminTemplateMixin, TemplateView):
    """The manual beside the work: editors read it where they need it, in the version of the
    site they work on, instead of a copy that drifts."""

    template_name = "admin/editors_manual.html"
    page_title = _("Handleiding voor redacteuren")
    header_icon = "help"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The manual is our own file in the repository, not content from editors or readers.
        html = markdown.markdown(MANUAL.read_text(encoding="utf-8"), extensions=["tables"])
        context["manual"] = mark_safe(html)  # noqa: S308
        return context
