"""What the PostgreSQL search backend's two departures from Wagtail's own code buy, measured side by
side with Wagtail's behaviour on the same database (docs/decisions/search-backend.md):

1. `update_index` refreshes the title norms once, at the end of a rebuild, instead of after every
   batch of 1,000 pages (`ConfigIndex`, `RebuildMixin`).
2. Wagtail's `search()` (the admin's page search) first tries the title and the body on their own
   before joining them (`LanguageSearchQueryCompiler.search`).

    .venv/bin/python bench/search.py --pages 10000      # makes wijkkompas_bench_10000 once
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wijkkompas_bench_10000 \\
        .venv/bin/python bench/search_backend.py

Each comparison alternates the two variants, so that a busy machine slows both alike.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
QUERIES = ["wijk", "veiligheid bewoners", "buurtbemiddeling jongeren"]
SEARCH_REPEATS = 20


def timed(function, *args, **kwargs):
    started = time.perf_counter()
    function(*args, **kwargs)
    return time.perf_counter() - started


def rebuild_seconds(norms_after_each_batch):
    """Seconds of `update_index`, with the norms refreshed once (ours) or after each batch."""
    from django.core.management import call_command
    from modelsearch.backends.database.postgres.postgres import PostgresSearchRebuilder

    from search.backends.postgres import LanguagePostgresSearchBackend

    ours = LanguagePostgresSearchBackend.rebuilder_class
    if norms_after_each_batch:
        # Wagtail's rebuilder: the index is never marked as rebuilding, so every batch refreshes.
        LanguagePostgresSearchBackend.rebuilder_class = PostgresSearchRebuilder
    try:
        return timed(call_command, "update_index", verbosity=0)
    finally:
        LanguagePostgresSearchBackend.rebuilder_class = ours


def search_milliseconds(query, wagtails_own):
    """Median and p95 in ms of Wagtail's `search()` over the live pages, as the admin asks it."""
    from modelsearch.backends.database.postgres.postgres import PostgresSearchQueryCompiler
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    from search.backends.postgres import LanguageSearchQueryCompiler

    class WagtailsSearch(LanguageSearchQueryCompiler):
        search = PostgresSearchQueryCompiler.search

    backend = get_search_backend()
    ours = backend.query_compiler_class
    backend.query_compiler_class = WagtailsSearch if wagtails_own else ours
    try:
        durations = []
        for _ in range(SEARCH_REPEATS):
            started = time.perf_counter()
            results = backend.search(query, Page.objects.live(), operator="and")
            found = len(list(results[:20]))
            durations.append((time.perf_counter() - started) * 1000)
    finally:
        backend.query_compiler_class = ours
    return statistics.median(durations), statistics.quantiles(durations, n=20)[18], found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuilds", type=int, default=2, help="rebuilds per variant")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database with benchmark content.")
    sys.path.insert(0, str(PROJECT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkkompas.settings.dev")
    import django

    django.setup()
    from django.conf import settings
    from wagtail.models import Page

    settings.DEBUG = False
    pages = Page.objects.filter(depth__gte=3).count()
    if pages < 1000:
        sys.exit(f"Only {pages} pages here: make benchmark content first (see the docstring).")
    print(f"{pages} pages, database {settings.DATABASES['default']['NAME']}")

    print("\nupdate_index (seconds)          ours   norms after each batch (Wagtail)")
    for round_number in range(1, args.rebuilds + 1):
        # Alternate which goes first, so neither always meets a warmer cache.
        order = [False, True] if round_number % 2 else [True, False]
        seconds = {variant: rebuild_seconds(variant) for variant in order}
        print(f"  round {round_number:<24}{seconds[False]:>6.1f}{seconds[True]:>10.1f}")

    print(
        f"\nsearch() of the live pages, ms over {SEARCH_REPEATS} requests   ours p50/p95"
        "    Wagtail's p50/p95"
    )
    for query in QUERIES:
        search_milliseconds(query, False)  # warm up both
        search_milliseconds(query, True)
        wagtail = search_milliseconds(query, True)
        ours = search_milliseconds(query, False)
        print(
            f"  {query!r:<36}{ours[0]:>8.1f}/{ours[1]:<8.1f}{wagtail[0]:>10.1f}/{wagtail[1]:<8.1f}"
            f"  ({ours[2]} and {wagtail[2]} of the first 20 found)"
        )


if __name__ == "__main__":
    main()
