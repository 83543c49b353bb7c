"""The admin form of content pages: it refuses to save over a version saved after it loaded,
and offers taxonomy as checkboxes in the page's own language."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page, TranslatableMixin


class ConcurrentEditPageForm(WagtailAdminPageForm):
    """Wagtail's page form, refusing a save or publish from a form loaded before someone else
    saved the page.

    Wagtail's editor posts the revision it loaded (`loaded_revision_id`, and its time, since an
    autosave can replace a revision in place). Wagtail itself only stops autosaves that are out of
    date; a full save would silently replace the other editor's draft, and of two publications
    the last would win unnoticed. Here the form comes back with the editor's own text and the
    reason; it now carries the newest revision, so saving again is a choice made knowingly.
    """

    def clean(self):
        cleaned = super().clean()
        newer = self.newer_revision()
        if newer is not None:
            self.add_error(
                None,
                _(
                    "%(name)s heeft deze pagina om %(time)s opgeslagen, nadat u hem opende. Uw "
                    "tekst is nog niet opgeslagen. Bekijk eerst de nieuwe versie (Geschiedenis); "
                    "opslaan of publiceren vervangt die door uw tekst."
                )
                % {
                    "name": newer.user.get_full_name() or newer.user.get_username()
                    if newer.user
                    else _("Iemand"),
                    "time": timezone.localtime(newer.created_at).strftime("%H:%M"),
                },
            )
        return cleaned

    def newer_revision(self):
        """The page's latest revision when it is not the one this form was loaded with."""
        if self.instance.pk is None or "loaded_revision_id" not in self.data:
            return None
        latest = self.instance.get_latest_revision()
        if latest is None:
            return None
        loaded_id = self.data.get("loaded_revision_id", "")
        loaded_at = self.data.get("loaded_revision_created_at", "")
        if loaded_id == str(latest.pk) and loaded_at in ("", latest.created_at.isoformat()):
            return None
        return latest


class TaxonomyCheckboxes(forms.CheckboxSelectMultiple):
    """Checkboxes instead of a native multi-select, where a plain click drops earlier choices.

    knowledge/static/js/taxonomy_filter.js adds a filter box above long lists.
    """

    def __init__(self, attrs=None, choices=()):
        super().__init__(attrs={"class": "taxonomy-checkboxes", **(attrs or {})}, choices=choices)


class ContentPageForm(ConcurrentEditPageForm):
    """Offers only the terms of the page's own language, so 'Almere' appears once, never next
    to its English twin; translations get their terms from the Dutch page (wagtail-localize)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            if queryset is None:
                continue
            model = queryset.model
            if not issubclass(model, TranslatableMixin) or issubclass(model, Page):
                continue
            if locale_id:
                field.queryset = queryset.filter(locale_id=locale_id)
            if isinstance(field, forms.ModelMultipleChoiceField):
                field.widget = TaxonomyCheckboxes(choices=field.choices)
