"""Benchmarks page views under gunicorn with wrk: each page type cached and uncached, against the
physical limit of the same server returning the same bytes.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres bench/pages.sh [--pages 10000]

DATABASE_URL names the PostgreSQL server; the database it names is left alone. The content lives
in `wijkkompas_bench_pages_<pages>`: created, migrated, filled with `generate_content` and indexed
when missing or empty, reused when it holds pages (`--regenerate` starts afresh).

For every page type the script runs wrk (`--latency`) against:

1. **uncached**: the production settings (`knowledge.settings.production`, DEBUG off) under
   gunicorn on loopback, each request a page-cache miss (the URL carries `bench=uncached`, a
   parameter the page cache does not serve from the cache);
2. **cached**: the same server and URL without that parameter, from the page cache (local memory
   per worker, or Redis with `--redis redis://127.0.0.1:6379/3`), after warm-up requests;
3. **limit**: a trivial WSGI app (bench/static_wsgi.py) under the same gunicorn settings that
   returns the bytes the site returned for that URL: what this machine, gunicorn and wrk can do
   at best. Each figure is printed as a share of it.

wrk runs on the same machine, so it takes CPU from the server: the figures are for comparison
with each other and with the limit, measured the same way.
"""

import argparse
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

PROJECT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
DATABASE_PREFIX = "wijkkompas_bench_pages_"
PYTHON = sys.executable
# Targets from the issue, on a 2-core machine.
CACHED_SHARE_TARGET = 0.25
UNCACHED_TARGET = {"method": (150, 200), "case study": (150, 200), "search": (60, None)}


# --- Database: created and filled once, then reused. ---


def server_url(database_url):
    parts = urlsplit(database_url)
    if not parts.scheme.startswith("postgres"):
        sys.exit("DATABASE_URL must point at a PostgreSQL server (postgres://…).")
    return urlunsplit(parts._replace(path="/{}"))


def psql(url_template, database, statement):
    import psycopg

    with psycopg.connect(url_template.replace("{}", database), autocommit=True) as connection:
        cursor = connection.execute(statement)
        return cursor.fetchall() if cursor.description else []


def page_count(url_template, name):
    try:
        migrated = psql(url_template, name, "SELECT to_regclass('wagtailcore_page')")[0][0]
    except Exception:  # noqa: BLE001 - the database does not exist yet
        return None
    if migrated is None:
        return 0
    return psql(url_template, name, "SELECT count(*) FROM wagtailcore_page WHERE depth >= 3")[0][0]


def prepare_database(url_template, pages, regenerate):
    name = f"{DATABASE_PREFIX}{pages}"
    existing = page_count(url_template, name)
    if existing and not regenerate:
        print(f"Reusing {name} ({existing} pages); migrating it to this version.", flush=True)
        env = django_env(url_template.replace("{}", name), "knowledge.settings.dev")
        subprocess.run(  # noqa: S603
            [PYTHON, "manage.py", "migrate", "--verbosity", "0"], env=env, cwd=PROJECT, check=True
        )
        return name
    import psycopg
    from psycopg import sql

    with psycopg.connect(url_template.replace("{}", "postgres"), autocommit=True) as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    env = django_env(url_template.replace("{}", name), "knowledge.settings.dev")
    for command in (
        ["migrate", "--verbosity", "0"],
        ["generate_content", "--pages", str(pages), "--seed", "1", "--no-index"],
        ["update_index", "--verbosity", "0"],
        ["rebuild_search_facets"],
    ):
        print(f"manage.py {' '.join(command)}", flush=True)
        subprocess.run([PYTHON, "manage.py", *command], env=env, cwd=PROJECT, check=True)  # noqa: S603
    psql(url_template, name, "VACUUM ANALYZE")
    return name


def django_env(database_url, settings_module, **extra):
    return dict(
        os.environ,
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE=settings_module,
        SECRET_KEY=os.environ.get("SECRET_KEY") or secrets.token_urlsafe(40),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        **extra,
    )


# --- The pages to measure. ---

DISCOVER = r"""
import json
from wagtail.models import Locale
from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from knowledge.models import *
from methods.models import MethodIndexPage, MethodPage
nl = Locale.objects.get(language_code="nl")
def first(model):
    return model.objects.live().public().filter(locale=nl).order_by("pk").first()
def at(queryset, share):
    return queryset[int(queryset.count() * share)]
municipality_index, theme_index = first(MunicipalityIndexPage), first(ThemeIndexPage)
municipalities = Municipality.objects.filter(locale=nl).order_by("pk")
themes = Theme.objects.filter(locale=nl, parent=None).order_by("pk")
methods = MethodPage.objects.live().filter(locale=nl).order_by("pk")
case_studies = CaseStudyPage.objects.live().filter(locale=nl).order_by("pk")
urls = {
    "home": first(HomePage).url,
    "methods index": first(MethodIndexPage).url,
    "case studies index": first(CaseStudyIndexPage).url,
    "tips index": first(PracticalTipIndexPage).url,
    "interviews index": first(InterviewIndexPage).url,
    "articles index": first(ArticleIndexPage).url,
    "municipalities index": municipality_index.url,
    "themes index": theme_index.url,
    "method": at(methods, 0.5).url,
    "case study": at(case_studies, 0.5).url,
    "interview": first(InterviewPage).url,
    "tip": first(PracticalTipPage).url,
    "article": first(ArticlePage).url,
    "municipality": municipality_index.term_url(at(municipalities, 0.5)),
    "theme": theme_index.term_url(themes.first()),
    "search": "/nl/zoeken/?q=wijk",
}
print(json.dumps(urls))
"""


def discover_urls(env):
    script = DISCOVER
    output = subprocess.run(  # noqa: S603
        [PYTHON, "manage.py", "shell", "-c", script],
        env=env,
        cwd=PROJECT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


# --- gunicorn and wrk. ---


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Gunicorn:
    """A gunicorn on loopback, stopped on exit of the `with` block."""

    def __init__(self, app, env, workers, extra_args=()):
        self.port = free_port()
        self.command = [
            PYTHON,
            "-m",
            "gunicorn",
            app,
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(workers),
            "--worker-class",
            "sync",
            "--keep-alive",
            "5",
            "--log-level",
            "warning",
            *extra_args,
        ]
        self.env = env

    def __enter__(self):
        self.process = subprocess.Popen(self.command, env=self.env, cwd=PROJECT)  # noqa: S603
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self
            except OSError:
                if self.process.poll() is not None:
                    sys.exit("gunicorn did not start; see its errors above.")
                time.sleep(0.2)
        self.process.terminate()
        sys.exit("gunicorn did not start listening within 60 s.")

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=30)

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"


def fetch(url):
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 - loopback only
        return response.status, response.read(), response.headers.get("X-Cache", "")


LATENCY_LINE = re.compile(r"^\s*(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def run_wrk(url, duration, connections, threads):
    output = subprocess.run(  # noqa: S603
        [
            shutil.which("wrk"),
            f"--threads={threads}",
            f"--connections={connections}",
            f"--duration={duration}s",
            "--latency",
            # wrk's default of 2 s would leave slow requests out of the latencies as timeouts.
            "--timeout=30s",
            url,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latencies = {
        percentile: float(value) * UNITS[unit]
        for percentile, value, unit in LATENCY_LINE.findall(output)
    }
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    return {
        "rps": rate,
        "p50_ms": latencies.get("50"),
        "p99_ms": latencies.get("99"),
        "non_2xx": int(errors.group(1)) if errors else 0,
        "socket_errors": socket_errors.group(1) if socket_errors else "",
    }


# --- The run. ---


def measure(args, database_url, urls, bodies_dir):
    env = django_env(database_url, "knowledge.settings.production")
    if args.redis:
        env["REDIS_URL"] = args.redis
    else:
        env.pop("REDIS_URL", None)
    wsgi = "knowledge.wsgi:application"
    results = {kind: {} for kind in urls}
    bodies = {}

    def load(server, kind, path):
        return run_wrk(server.url(path), args.duration, args.connections, args.threads)

    with Gunicorn(wsgi, dict(env, WIJKKOMPAS_PAGE_CACHE="on"), args.workers) as server:
        print("uncached: production settings, every request a cache miss", flush=True)
        for kind, path in urls.items():
            status, body, _ = fetch(server.url(path))
            if status != 200:
                sys.exit(f"{kind}: HTTP {status} for {path}")
            bodies[path] = f"{len(bodies)}.html"
            (bodies_dir / bodies[path]).write_bytes(body)
            # A parameter outside the page cache's listing parameters: the page is rendered for
            # every request, as on a cache miss (navigation and the like kept per process).
            uncached = path + ("&" if "?" in path else "?") + "bench=uncached"
            # Warm every worker (templates, connections), as the cached run does.
            for _ in range(args.workers * 2):
                fetch(server.url(uncached))
            results[kind]["uncached"] = load(server, kind, uncached)
            results[kind]["bytes"] = len(body)
            print(f"  {kind:<22}{results[kind]['uncached']['rps']:>8.1f} req/s", flush=True)

        print("cached: the same server, page cache on", flush=True)
        for kind, path in urls.items():
            # Every worker fills its own cache when it is local memory: warm them all.
            states = {fetch(server.url(path))[2] for _ in range(args.workers * 4)}
            results[kind]["cache_states"] = sorted(states)
            results[kind]["cached"] = load(server, kind, path)
            print(f"  {kind:<22}{results[kind]['cached']['rps']:>8.1f} req/s", flush=True)

    print("limit: a trivial WSGI app returning the same bytes", flush=True)
    (bodies_dir / "index.json").write_text(json.dumps(bodies))
    limit_env = dict(os.environ, BENCH_BODIES=str(bodies_dir), PYTHONPATH=str(BENCH))
    with Gunicorn("static_wsgi:application", limit_env, args.workers) as server:
        for kind, path in urls.items():
            results[kind]["limit"] = load(server, kind, path)
            print(f"  {kind:<22}{results[kind]['limit']['rps']:>8.1f} req/s", flush=True)
    return results


def print_report(args, results):
    print()
    print(
        f"Page benchmark: {args.pages} pages, gunicorn {args.workers} sync workers, "
        f"wrk {args.threads} thread(s) x {args.connections} connections x {args.duration} s"
    )
    print(f"load before the run: {args.load_before}; after: {os.getloadavg()}")
    header = (
        f"{'page':<22}{'kB':>5} | {'uncached':>9}{'p50':>7}{'p99':>7}{'share':>7} | "
        f"{'cached':>9}{'p50':>7}{'p99':>7}{'share':>7} | {'limit':>9}"
    )
    print(header)
    print("-" * len(header))
    missed = []
    for kind, figures in results.items():
        limit = figures["limit"]["rps"]
        row = f"{kind:<22}{figures['bytes'] / 1024:>5.0f} |"
        for mode in ("uncached", "cached"):
            run = figures[mode]
            row += (
                f" {run['rps']:>8.1f}{run['p50_ms']:>7.1f}{run['p99_ms']:>7.1f}"
                f"{run['rps'] / limit:>7.1%} |"
            )
            if run["non_2xx"] or run["socket_errors"]:
                row += f" ({run['non_2xx']} non-2xx; {run['socket_errors']})"
        row += f" {limit:>8.1f}"
        print(row)
        if kind != "search" and figures["cached"]["rps"] / limit < CACHED_SHARE_TARGET:
            missed.append(f"{kind}: cached {figures['cached']['rps'] / limit:.0%} of the limit")
        if kind in UNCACHED_TARGET:
            rps, p99 = UNCACHED_TARGET[kind]
            run = figures["uncached"]
            if run["rps"] < rps or (p99 and run["p99_ms"] >= p99):
                missed.append(
                    f"{kind}: uncached {run['rps']:.0f} req/s, p99 {run['p99_ms']:.0f} ms "
                    f"(target {rps} req/s" + (f", p99 < {p99} ms)" if p99 else ")")
                )
    print("latencies in ms; share = requests/s as a share of the limit")
    print(
        "targets: cached >= 25% of the limit; uncached method and case study >= 150 req/s "
        "with p99 < 200 ms; search >= 60 req/s"
    )
    print("missed: " + ("; ".join(missed) if missed else "none"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--regenerate", action="store_true", help="generate the content anew")
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per figure")
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1))
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--redis", default="", help="REDIS_URL for the page cache (else memory)")
    parser.add_argument("--only", nargs="+", help="page types to measure, e.g. method search")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install -y wrk")
    if not os.environ.get("DATABASE_URL"):
        sys.exit(
            "Set DATABASE_URL to a PostgreSQL server, e.g. postgres://postgres@127.0.0.1/postgres"
        )
    args.load_before = os.getloadavg()
    url_template = server_url(os.environ["DATABASE_URL"])
    name = prepare_database(url_template, args.pages, args.regenerate)
    database_url = url_template.replace("{}", name)
    urls = discover_urls(django_env(database_url, "knowledge.settings.production"))
    if args.only:
        urls = {kind: path for kind, path in urls.items() if kind in args.only}
    with tempfile.TemporaryDirectory(prefix="wijkkompas-bench-") as bodies:
        bodies_dir = Path(bodies)
        results = measure(args, database_url, urls, bodies_dir)
    print_report(args, results)
    if args.json:
        Path(args.json).write_text(json.dumps({"urls": urls, "results": results}, indent=2))


if __name__ == "__main__":
    main()
