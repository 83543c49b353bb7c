"""Translate a page or snippet through wagtail-localize with given strings (demo content, tests)."""

from wagtail.models import DraftStateMixin
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator


class MissingStrings(Exception):
    """Raised rather than publishing a translation that would fall back to Dutch text."""


def translate(instance, locale, strings, user=None, publish=True):
    """Submit `instance` for translation into `locale`, fill in every string from `strings`
    (source text → translation, or a function doing that) through a PO file, as a translator's
    tool would, and save it.

    Running it again re-syncs the source and updates the translation.
    """
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    TranslationCreator(user, [locale]).create_translations(instance, include_related_objects=False)
    translation = Translation.objects.get(source=source, target_locale=locale)
    po = translation.export_po()
    if callable(strings):
        strings = {entry.msgid: strings(entry.msgid) for entry in po}
    missing = [entry.msgid for entry in po if entry.msgid not in strings]
    if missing:
        raise MissingStrings(f"{instance}: no translation for {missing!r}")
    for entry in po:
        entry.msgstr = strings[entry.msgid]
    translation.import_po(po)
    # wagtail-localize publishes a page translation only when the transaction commits; publish
    # it here, so a command or test running in one transaction sees the live translation.
    # Snippets without drafts can only be saved as published.
    translation.save_target(user=user, publish=not isinstance(instance, DraftStateMixin))
    target = translation.get_target_instance()
    if publish and hasattr(target, "get_latest_revision"):
        target.get_latest_revision().publish(user=user)
        target.refresh_from_db()
    return target
