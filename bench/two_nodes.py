"""One application node against two behind the same Varnish (deploy/stack.py), side by side in
one run, under the Zipf mix of bench/edge.py:

1. **cached**: readers through Varnish, the usual case (most answers are hits);
2. **uncached**: the same readers, each request passed through Varnish to the nodes (a reader
   with a message waiting, `Cookie: messages=…`, is never served from the cache), so the
   gunicorn nodes do all the work and are the bottleneck.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/two_nodes.py

The generated content of `wijkkompas_bench_pages_<pages>` (bench/edge.py, bench/search.py) is
copied into a database of this run's own (`CREATE DATABASE … TEMPLATE`), which is migrated,
used and dropped: the source is never changed. Without that database the same content is
generated (`generate_content --seed 1`) into this run's own database. Each node runs the same number of gunicorn
workers, so two nodes have twice the workers; wrk runs on the same machine and takes CPU too.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

BENCH = Path(__file__).resolve().parent
PROJECT = BENCH.parent
sys.path[:0] = [str(PROJECT), str(BENCH)]

from content import DATABASE_PREFIX, django_env, page_count, psql, server_url  # noqa: E402
from edge import LIST_URLS, manage_shell, varnish_counters, wrk, zipf_script  # noqa: E402
from redis import Redis  # noqa: E402

from deploy.stack import Stack  # noqa: E402

# Varnish passes a reader with a message waiting straight to the nodes (wijkkompas.vcl).
STRAIGHT_TO_THE_NODES = 'wrk.headers["Cookie"] = "messages=bench"\n'


def copy_database(template, source):
    """A copy of `source` for this run; PostgreSQL refuses while someone is connected to it."""
    import psycopg
    from psycopg import sql

    name = f"wijkkompas_bench_two_nodes_{uuid.uuid4().hex[:6]}"
    with psycopg.connect(template.replace("{}", "postgres"), autocommit=True) as connection:
        for attempt in range(10):
            try:
                connection.execute(
                    sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                        sql.Identifier(name), sql.Identifier(source)
                    )
                )
                return name
            except psycopg.errors.ObjectInUse:
                if attempt == 9:
                    raise
                time.sleep(3)
    return name


def generate_database(template, pages):
    """Without the edge benchmark's database: the same generated content in a database of this
    benchmark's own, kept for the next run (which copies it). The search index is left out (the
    mix does not search); the facet index is built."""
    import psycopg
    from psycopg import sql

    name = f"wijkkompas_bench_two_nodes_{pages}"
    print(f"{DATABASE_PREFIX}{pages} is missing: generating {pages} pages in {name}", flush=True)
    with psycopg.connect(template.replace("{}", "postgres"), autocommit=True) as connection:
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    env = django_env(template.replace("{}", name), "wijkkompas.settings.dev")
    for command in (
        ["migrate", "--verbosity", "0"],
        ["generate_content", "--pages", str(pages), "--seed", "1", "--no-index"],
        ["rebuild_search_facets"],
    ):
        subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *command],
            env=env,
            cwd=PROJECT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    psql(template, name, "VACUUM ANALYZE")
    return name


def drop_database(template, name):
    import psycopg
    from psycopg import sql

    with psycopg.connect(template.replace("{}", "postgres"), autocommit=True) as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def measure(database_url, nodes, workers, options, work):
    """The cached and the uncached mix through Varnish in front of `nodes` nodes."""
    env = {"REDIS_URL": options.redis_url}
    stack = Stack(database_url, nodes=nodes, workers=workers, env=env, log_dir=work)
    # Migrations are applied once, before the first stack; static files for each.
    stack.prepare(demo=False)
    results = {}
    with stack:
        urls = manage_shell(stack.env, LIST_URLS)
        script = zipf_script(urls, work)
        passing = work / "zipf-pass.lua"
        passing.write_text(STRAIGHT_TO_THE_NODES + Path(script).read_text())
        # A site's cache is not empty when it is read: the same readers for a while first.
        wrk(stack.url + "/", options.warm_up, options.connections, script=script)
        before = varnish_counters(stack)
        rate, latency, output = wrk(stack.url + "/", options.duration, options.connections, script)
        after = varnish_counters(stack)
        hits = after["cache_hit"] - before["cache_hit"]
        misses = after["cache_miss"] - before["cache_miss"]
        results["cached"] = (rate, latency, hits / max(hits + misses, 1), failures(output))
        rate, latency, output = wrk(
            stack.url + "/", options.duration, options.connections, str(passing)
        )
        results["uncached"] = (rate, latency, None, failures(output))
    return results, len(urls)


def failures(output):
    """Requests wrk counted as failed: an error status (a 503 once Varnish has no healthy node)
    or a socket error (a timeout)."""
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    sockets = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    return (int(errors.group(1)) if errors else 0) + (
        sum(int(n) for n in sockets.groups()) if sockets else 0
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers per node")
    parser.add_argument("--duration", type=int, default=20, help="seconds per measurement")
    parser.add_argument("--warm-up", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument(
        "--redis-url",
        default="redis://127.0.0.1:6379/11",
        help="a Redis database for this run alone (it is emptied first)",
    )
    options = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install -y wrk varnish varnish-modules")
    template = server_url(os.environ.get("DATABASE_URL", ""))
    source = f"{DATABASE_PREFIX}{options.pages}"
    if not page_count(template, source):
        source = f"wijkkompas_bench_two_nodes_{options.pages}"
        if not page_count(template, source):
            generate_database(template, options.pages)
    name = copy_database(template, source)
    # Kept values and rate-limit counters of other runs must play no part.
    Redis.from_url(options.redis_url).flushdb()
    work = Path(tempfile.mkdtemp(prefix="wijkkompas-two-nodes-"))
    work.chmod(0o755)
    load_before = os.getloadavg()
    try:
        figures = {}
        for nodes in (1, 2):
            print(f"{nodes} node(s): starting the stack and measuring…", flush=True)
            figures[nodes], page_total = measure(
                template.replace("{}", name), nodes, options.workers, options, work
            )
    finally:
        drop_database(template, name)
        shutil.rmtree(work, ignore_errors=True)
    load_after = os.getloadavg()

    print(
        f"\n{page_total} pages (Zipf mix), {options.workers} gunicorn workers per node, "
        f"wrk -t1 -c{options.connections}, {options.duration} s each, on {os.cpu_count()} cores"
    )
    print(f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f}")
    print(
        f"{'':28} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'hits':>6} {'failed':>7}"
    )
    for kind in ("cached", "uncached"):
        for nodes in (1, 2):
            rate, latency, ratio, failed = figures[nodes][kind]
            label = f"{kind}, {nodes} node{'s' if nodes > 1 else ''}"
            hits = f"{ratio:6.1%}" if ratio is not None else f"{'pass':>6}"
            print(
                f"{label:28} {rate:8.1f} {latency.get('50', 0):8.1f} "
                f"{latency.get('95', 0):8.1f} {latency.get('99', 0):8.1f} {hits} {failed:7}"
            )
        one, two = figures[1][kind][0], figures[2][kind][0]
        print(f"{'':28} two nodes: {two / one:.2f}× the throughput of one")


if __name__ == "__main__":
    main()
