"""Benchmarks content generation, search indexing and search page latency on PostgreSQL.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/search.py --pages 10000

DATABASE_URL names the PostgreSQL server and user; the database it names is never touched (the
script connects to the `postgres` maintenance database to create and drop its own). Each size runs
in a dedicated database `wijkkompas_bench_<pages>`: created when missing, recreated when it exists
but holds no pages, refused when it already holds pages unless `--reuse` is given (then generation
and indexing are skipped and only latency is measured). `--drop` drops each one once measured.

Every size runs in a child process of this script, because Django binds its database at start-up.
Requests go through Django's test client in-process: they measure the view, the queries and the
template, not a web server or the network.
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import dj_database_url
import psycopg
from psycopg import sql

PROJECT = Path(__file__).resolve().parent.parent
SEARCH_URL = "/nl/zoeken/"
DATABASE_PREFIX = "wijkkompas_bench_"
WARM_UP_REQUESTS = 5
TIMED_REQUESTS = 50
# p95 targets in milliseconds, by the largest site size they apply to.
TARGETS = [(10_000, 100), (100_000, 300)]

QUERIES = [
    ("one word", {"q": "wijk"}),
    ("three words", {"q": "veiligheid bewoners wijk"}),
    ("browse", {}),
]
FACETS = [
    ("type", {"type": "praktijkvoorbeeld"}),
    ("province", {"provincie": "zuid-holland"}),
]
REQUEST_KINDS = [
    (f"{query} + {facet}", {**query_params, **facet_params})
    for query, query_params in QUERIES
    for facet, facet_params in FACETS
]
# The result count in the page's summary ("123 resultaten voor …").
RESULT_COUNT = re.compile(r'class="search-summary"[^>]*>\s*(Meer dan )?(\d+) resulta')


def target_ms(pages):
    """The p95 target for a site of `pages` pages, or None above the largest size with a target."""
    for size, milliseconds in TARGETS:
        if pages <= size:
            return milliseconds
    return None


# --- The parent process: databases, child processes and the report. No Django here. ---


def server_url(database_url):
    """The DATABASE_URL with its database replaced by `{}`, checked to be PostgreSQL."""
    config = dj_database_url.parse(database_url)
    if "postgresql" not in config["ENGINE"]:
        sys.exit("DATABASE_URL must point at a PostgreSQL server (postgres://…).")
    parts = urlsplit(database_url)
    return urlunsplit(parts._replace(path="/{}"))


def connect(url_template, database):
    return psycopg.connect(url_template.replace("{}", database), autocommit=True)


def database_exists(url_template, name):
    with connect(url_template, "postgres") as connection:
        row = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
    return row is not None


def content_page_count(url_template, name):
    """Pages below the site's home page (depth 3 and deeper); 0 if Wagtail is not migrated."""
    with connect(url_template, name) as connection:
        migrated = connection.execute("SELECT to_regclass('wagtailcore_page')").fetchone()[0]
        if migrated is None:
            return 0
        return connection.execute(
            "SELECT count(*) FROM wagtailcore_page WHERE depth >= 3"
        ).fetchone()[0]


def create_database(url_template, name):
    with connect(url_template, "postgres") as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def drop_database(url_template, name):
    with connect(url_template, "postgres") as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def prepare_database(url_template, pages, reuse):
    """Create the size's database if needed; True if content must be generated in it."""
    name = f"{DATABASE_PREFIX}{pages}"
    if database_exists(url_template, name):
        existing = content_page_count(url_template, name)
        if existing and not reuse:
            sys.exit(
                f"Database {name} already holds {existing} pages. Run again with --reuse to "
                f"measure latency on them, or drop it first (dropdb {name})."
            )
        if existing:
            print(f"Reusing {name} ({existing} pages): only latency is measured.", flush=True)
            return False
    create_database(url_template, name)
    print(f"Created database {name}.", flush=True)
    return True


def run_size(url_template, pages, generate):
    """Run one size in a child process and return its figures."""
    env = dict(os.environ, DATABASE_URL=url_template.replace("{}", f"{DATABASE_PREFIX}{pages}"))
    env.setdefault("DJANGO_SETTINGS_MODULE", "wijkkompas.settings.dev")
    with tempfile.NamedTemporaryFile(suffix=".json") as figures_file:
        command = [sys.executable, __file__, "--child", str(pages), "--figures", figures_file.name]
        if generate:
            command.append("--generate")
        subprocess.run(command, env=env, cwd=PROJECT, check=True)  # noqa: S603 - this script
        return json.loads(Path(figures_file.name).read_text())


def rate(pages, seconds):
    return f"{pages / seconds:.1f}" if seconds else "–"


def print_report(all_figures):
    if not all_figures:
        return
    print()
    print(
        "Search benchmark: PostgreSQL, Django test client in-process, "
        f"{TIMED_REQUESTS} timed requests per kind after {WARM_UP_REQUESTS} warm-up requests"
    )
    for figures in all_figures:
        pages = figures["pages"]
        target = target_ms(pages)
        print()
        print(f"pages: {pages}   search backend: {figures['backend']}")
        if figures.get("generation_s"):
            print(
                f"generation: {figures['generation_s']:.0f} s = "
                f"{rate(pages, figures['generation_s'])} pages/s (generate_content --no-index)"
            )
            indexing = figures["update_index_s"] + figures["facets_s"]
            print(
                f"indexing:   {indexing:.0f} s = {rate(pages, indexing)} pages/s "
                f"(update_index {figures['update_index_s']:.0f} s, "
                f"rebuild_search_facets {figures['facets_s']:.0f} s)"
            )
        print(f"VACUUM ANALYZE before the requests: {figures['analyze_s']:.0f} s")
        target_text = f"p95 < {target} ms" if target else "no target"
        print(
            f"{'request':<26}{'results':>9}{'p50 ms':>9}{'p95 ms':>9}{'first ms':>10}"
            f"   {target_text}"
        )
        for kind in figures["requests"]:
            met = "" if target is None else ("met" if kind["p95_ms"] < target else "MISSED")
            print(
                f"{kind['kind']:<26}{kind['results']:>9}{kind['p50_ms']:>9.1f}"
                f"{kind['p95_ms']:>9.1f}{kind['first_ms']:>10.1f}   {met}"
            )
    print()
    print("first ms: the first request after a publication, which reads the facet totals anew.")
    print("Targets: p95 < 100 ms at 10,000 pages, < 300 ms at 100,000 pages.")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, nargs="+", help="site sizes, e.g. 10000 100000")
    parser.add_argument("--reuse", action="store_true", help="measure existing benchmark content")
    parser.add_argument("--drop", action="store_true", help="drop each benchmark database after")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--figures", help=argparse.SUPPRESS)
    parser.add_argument("--generate", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        measure(args.child, args.generate, Path(args.figures))
        return
    if not args.pages:
        parser.error("give one or more sizes with --pages")
    if not os.environ.get("DATABASE_URL"):
        sys.exit(
            "Set DATABASE_URL to a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/postgres"
        )
    url_template = server_url(os.environ["DATABASE_URL"])

    all_figures = []
    for pages in args.pages:
        generate = prepare_database(url_template, pages, args.reuse)
        try:
            all_figures.append(run_size(url_template, pages, generate))
        except subprocess.CalledProcessError:
            print_report(all_figures)
            sys.exit(f"The benchmark of {pages} pages failed; see the error above.")
        finally:
            if args.drop:
                drop_database(url_template, f"{DATABASE_PREFIX}{pages}")
    print_report(all_figures)


# --- The child process: one size, in its own database, with Django. ---


def measure(pages, generate, figures_path):
    sys.path.insert(0, str(PROJECT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkkompas.settings.dev")
    # As in production: search pages are never served from the page cache, but facet totals and
    # labels are kept per cache generation (the development settings turn that off).
    os.environ.setdefault("WIJKKOMPAS_PAGE_CACHE", "on")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    # Measure what a production site does: no query log, no debug templates.
    settings.DEBUG = False
    if "testserver" not in settings.ALLOWED_HOSTS:
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]

    figures = {"pages": pages, "backend": settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]}
    if generate:
        call_command("migrate", verbosity=0)
        figures["generation_s"] = timed(
            call_command, "generate_content", pages=pages, seed=1, no_index=True
        )
        figures["update_index_s"] = timed(call_command, "update_index", verbosity=0)
        print(f"update_index: {figures['update_index_s']:.0f} s", flush=True)
        figures["facets_s"] = timed(call_command, "rebuild_search_facets")
        print(f"rebuild_search_facets: {figures['facets_s']:.0f} s", flush=True)
    # Right after a bulk load the planner's statistics say the tables are nearly empty, and it
    # picks nested loops that make a faceted search take seconds; autovacuum fixes that within
    # minutes on a live site, so measure after it has, not before.
    figures["analyze_s"] = timed(vacuum_analyze)
    figures["requests"] = [request_latency(kind, params) for kind, params in REQUEST_KINDS]
    figures_path.write_text(json.dumps(figures))


def vacuum_analyze():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def timed(function, *args, **kwargs):
    started = time.perf_counter()
    function(*args, **kwargs)
    return time.perf_counter() - started


def result_count(response):
    """The number of results the page reports (the test client has no context outside tests)."""
    summary = RESULT_COUNT.search(response.content.decode())
    if not summary:
        return "?"
    return f">{summary.group(2)}" if summary.group(1) else summary.group(2)


def request_latency(kind, params):
    """p50 and p95 in ms of the search page for `params`, after a few warm-up requests."""
    from django.test import Client

    from search.kept import start_new_version

    client = Client()
    # As after a publication: facet totals and labels kept between requests are read anew.
    start_new_version()
    started = time.perf_counter()
    client.get(SEARCH_URL, params)
    first_ms = (time.perf_counter() - started) * 1000
    for _ in range(WARM_UP_REQUESTS):
        response = client.get(SEARCH_URL, params)
        if response.status_code != 200:
            raise RuntimeError(f"{kind}: HTTP {response.status_code} for {params}")
    durations = []
    for _ in range(TIMED_REQUESTS):
        started = time.perf_counter()
        client.get(SEARCH_URL, params)
        durations.append((time.perf_counter() - started) * 1000)
    cut_points = statistics.quantiles(durations, n=20, method="inclusive")
    return {
        "kind": kind,
        "results": result_count(response),
        "p50_ms": statistics.median(durations),
        "p95_ms": cut_points[18],
        "first_ms": first_ms,
    }


if __name__ == "__main__":
    main()
