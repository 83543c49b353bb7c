"""Stable public identifiers of pages, shared by the exports, the API and the feeds."""

import uuid


def stable_id(page):
    """The page's wagtail-localize translation key: it survives edits, new slugs and moves, and
    is the same for the Dutch page and its translations, so datasets in both languages join."""
    return str(page.translation_key)


def entry_id(page):
    """A feed entry id, unique per language version and as stable as `stable_id`."""
    return f"urn:uuid:{uuid.uuid5(page.translation_key, page.locale.language_code)}"
