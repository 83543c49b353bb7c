"""The admin form of content pages: taxonomy as checkboxes, in the page's own language."""

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page, TranslatableMixin


class TaxonomyCheckboxes(forms.CheckboxSelectMultiple):
    """Checkboxes instead of a native multi-select, where a plain click drops earlier choices.

    knowledge/static/js/taxonomy_filter.js adds a filter box above long lists.
    """

    def __init__(self, attrs=None, choices=()):
        super().__init__(attrs={"class": "taxonomy-checkboxes", **(attrs or {})}, choices=choices)


class ContentPageForm(WagtailAdminPageForm):
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
