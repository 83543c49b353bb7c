"""Rebuilds the search page's facet index from all live content pages."""

import time

from django.core.management.base import BaseCommand

from knowledge.page_cache import new_generation
from search import facets


class Command(BaseCommand):
    help = "Bouwt de facet-index van de zoekpagina opnieuw op uit alle gepubliceerde pagina's."

    def handle(self, *args, **options):
        started = time.monotonic()
        count = facets.rebuild()
        # Pages, search facet totals and labels kept under the old generation are stale now.
        new_generation()
        elapsed = time.monotonic() - started
        self.stdout.write(f"Facetten opnieuw opgebouwd voor {count} pagina's in {elapsed:.1f} s.")
