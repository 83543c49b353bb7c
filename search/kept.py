"""What the search page reuses between requests (a locale's documents and facet totals, facet
value labels, promoted queries), kept in Django's cache until the search documents, a taxonomy
term, a promotion or a locale changes (knowledge/operations/kept.py; search/signals.py connects it)."""

from knowledge.operations.kept import Kept

kept = Kept("search")
content_changed = kept.content_changed
start_new_version = kept.start_new_version
