"""Whether each translation of a page is up to date with its Dutch source, for editors."""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

TRANSLATOR_PERMISSION = "wagtail_localize.submit_translation"

UP_TO_DATE = "up_to_date"
SOURCE_CHANGED = "source_changed"
WAITING = "waiting"
NOT_PUBLISHED = "not_published"

STATUS_LABELS = {
    UP_TO_DATE: _("Bijgewerkt"),
    SOURCE_CHANGED: _("Verouderd: de bron is gewijzigd na de laatste synchronisatie"),
    WAITING: _("Verouderd: nieuwe teksten wachten op vertaling"),
    NOT_PUBLISHED: _("Verouderd: de bijgewerkte vertaling is nog niet gepubliceerd"),
}


@dataclass
class TranslationState:
    source: Page
    page: Page
    status: str
    # When the source was last published and when its text was last extracted for translators.
    source_published_at: object
    synced_at: object
    translation: Translation | None

    @property
    def outdated(self):
        return self.status != UP_TO_DATE

    @property
    def label(self):
        return STATUS_LABELS[self.status]

    @property
    def sync_url(self):
        if self.translation is None:
            return ""
        return reverse("wagtail_localize:update_translations", args=[self.translation.source_id])

    @property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])


def translation_state(source, page, translation_source=None, translation=None):
    """How `page` (a translation) stands against `source` (its Dutch page).

    wagtail-localize only re-reads a source when an editor syncs it, so a source published
    after its last sync has changes the translator has not seen yet.
    """
    source_published_at = source.last_published_at
    if translation_source is not None and translation is not None:
        synced_at = translation_source.last_updated_at
        total, translated = translation.get_progress()
        if source_published_at and source_published_at > synced_at:
            status = SOURCE_CHANGED
        elif translated < total:
            status = WAITING
        elif not page.live or (page.last_published_at and page.last_published_at < synced_at):
            status = NOT_PUBLISHED
        else:
            status = UP_TO_DATE
    else:
        # Translated by hand, outside wagtail-localize: compare the publication dates.
        synced_at = page.last_published_at
        if source_published_at and (not synced_at or source_published_at > synced_at):
            status = SOURCE_CHANGED
        else:
            status = UP_TO_DATE
    return TranslationState(
        source=source,
        page=page,
        status=status,
        source_published_at=source_published_at,
        synced_at=synced_at,
        translation=translation,
    )


def translation_states(sources):
    """The state of every translation of the given default-locale pages."""
    sources = {source.translation_key: source for source in sources}
    if not sources:
        return []
    default = Locale.get_default()
    translation_sources = {
        ts.object_id: ts
        for ts in TranslationSource.objects.filter(
            object_id__in=sources.keys(), locale=default
        ).order_by("created_at")
    }
    translations = {
        (t.source_id, t.target_locale_id): t
        for t in Translation.objects.filter(source__in=translation_sources.values(), enabled=True)
    }
    pages = (
        Page.objects.filter(translation_key__in=sources.keys(), alias_of__isnull=True)
        .exclude(locale=default)
        .select_related("locale")
        .order_by("locale__language_code", "path")
    )
    states = []
    for page in pages:
        source = sources[page.translation_key]
        translation_source = translation_sources.get(page.translation_key)
        translation = (
            translations.get((translation_source.pk, page.locale_id))
            if translation_source
            else None
        )
        states.append(translation_state(source, page, translation_source, translation))
    return states


class PageTranslationsView(WagtailAdminTemplateMixin, TemplateView):
    """Per page: which translations exist and which are out of date."""

    template_name = "admin/page_translations.html"
    header_icon = "wagtail-localize-language"

    def dispatch(self, request, page_id):
        page = get_object_or_404(Page, pk=page_id).specific
        source = page.get_translations(inclusive=True).filter(locale=Locale.get_default()).first()
        self.source = (source or page).specific
        if not self.source.permissions_for_user(request.user).can_edit() and not any(
            translated.permissions_for_user(request.user).can_edit()
            for translated in self.source.get_translations()
        ):
            raise PermissionDenied
        return super().dispatch(request, page_id)

    def get_page_title(self):
        return _("Vertalingen van %(title)s") % {"title": self.source.title}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        states = translation_states([self.source])
        translated = {state.page.locale_id for state in states}
        context.update(
            source=self.source,
            states=states,
            missing_locales=Locale.objects.exclude(pk=self.source.locale_id).exclude(
                pk__in=translated
            ),
            can_translate=self.request.user.has_perm(TRANSLATOR_PERMISSION),
            submit_url=reverse("wagtail_localize:submit_page_translation", args=[self.source.pk]),
        )
        return context


class TranslationTitleColumn(TitleColumn):
    """A translation's title, linked to its editor and marked as text in its own language."""

    def get_link_attrs(self, instance, parent_context):
        return {
            **super().get_link_attrs(instance, parent_context),
            "lang": instance.page.locale.language_code,
        }


class OutdatedTranslationsView(ReportView):
    """Every translation that lags behind its Dutch source, for translators to work through."""

    results_template_name = "admin/outdated_translations_results.html"
    page_title = _("Verouderde vertalingen")
    header_icon = "wagtail-localize-language"
    index_url_name = "outdated_translations"
    index_results_url_name = "outdated_translations_results"
    export_filename = "verouderde-vertalingen"
    columns = [
        TitleColumn(
            "source",
            label=_("Bron"),
            accessor="source.title",
            get_url=lambda state: reverse("page_translations", args=[state.source.pk]),
        ),
        Column("locale", label=_("Taal"), accessor="page.locale.get_display_name"),
        TranslationTitleColumn(
            "page",
            label=_("Vertaling"),
            accessor="page.title",
            get_url=lambda state: state.edit_url,
        ),
        Column("label", label=_("Status")),
        DateColumn("source_published_at", label=_("Bron gepubliceerd")),
        DateColumn("synced_at", label=_("Laatst gesynchroniseerd")),
    ]
    list_export = [
        "source.title",
        "page.locale.get_display_name",
        "page.title",
        "label",
        "source_published_at",
        "synced_at",
    ]
    export_headings = {
        "source.title": _("Bron"),
        "page.locale.get_display_name": _("Taal"),
        "page.title": _("Vertaling"),
        "label": _("Status"),
        "source_published_at": _("Bron gepubliceerd"),
        "synced_at": _("Laatst gesynchroniseerd"),
    }
    no_results_message = _("Alle vertalingen zijn bijgewerkt.")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(TRANSLATOR_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        # A list, not a queryset: whether a translation lags is worked out per page.
        default = Locale.get_default()
        translated_keys = Page.objects.exclude(locale=default).values_list(
            "translation_key", flat=True
        )
        sources = Page.objects.filter(
            locale=default, translation_key__in=translated_keys
        ).specific()
        return [state for state in translation_states(sources) if state.outdated]

    def get_filtered_queryset(self):
        return self.get_queryset()
