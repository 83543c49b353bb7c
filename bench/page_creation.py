"""What `generate_content`'s bulk page insertion (`add_children`) buys over Wagtail's own
`add_child`, side by side in one run (docs/decisions/library-internals.md).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wijkkompas_bench_creation \\
        .venv/bin/python bench/page_creation.py --pages 500

The database is made when missing (and must be a throwaway one: every round adds pages to it).
Each round generates the same number of pages twice, once per variant, alternating which goes
first; indexing is left out of both (`--no-index`), so only page creation differs.
"""

import argparse
import io
import os
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def one_at_a_time(parent, pages):
    """Wagtail's way: `add_child` for each page (a full_clean, a save and a tree update each).

    Like `add_children`, it leaves the page's links to the batch, which inserts them after
    (a case study's save links its own municipality first: the batch skips that one link)."""
    from modelcluster.models import get_all_child_m2m_relations, get_all_child_relations

    for page in pages:
        for relation in get_all_child_relations(type(page)):
            setattr(page, relation.get_accessor_name(), [])
        for relation in get_all_child_m2m_relations(type(page)):
            getattr(page, relation.name).set([])
    return [parent.add_child(instance=page) for page in pages]


def generation_seconds(pages, seed, wagtails_own):
    from django.core.management import call_command

    from wijkkompas.content.management.commands import generate_content

    bulk = generate_content.add_children
    if wagtails_own:
        generate_content.add_children = one_at_a_time
    try:
        started = time.perf_counter()
        call_command(
            "generate_content", pages=pages, seed=seed, no_index=True, stdout=io.StringIO()
        )
        return time.perf_counter() - started
    finally:
        generate_content.add_children = bulk


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a throwaway PostgreSQL database.")
    sys.path.insert(0, str(PROJECT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkkompas.settings.dev")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.DEBUG = False
    call_command("migrate", verbosity=0)
    print(f"generate_content --pages {args.pages} --no-index (seconds)   bulk   add_child each")
    for round_number in range(1, args.rounds + 1):
        order = [False, True] if round_number % 2 else [True, False]
        seconds = {
            variant: generation_seconds(args.pages, round_number * 10 + variant, variant)
            for variant in order
        }
        print(
            f"  round {round_number:<48}{seconds[False]:>6.1f}{seconds[True]:>10.1f}"
            f"   ({args.pages / seconds[False]:.0f} and {args.pages / seconds[True]:.0f} pages/s)"
        )


if __name__ == "__main__":
    main()
