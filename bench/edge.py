"""Benchmarks the production stack (deploy/stack.py: Varnish in front of gunicorn) on generated
content, printing figures side by side in one run:

1. **cached**: a method page from Varnish, as a share of nginx serving the same bytes from a
   static file with the same wrk settings (the physical limit of this machine);
2. **mix**: requests spread over every page with a Zipf distribution through Varnish while a
   publisher publishes a random page every 10 s: Varnish's hit ratio, p50/p95/p99 latency, and
   how long after each commit the page and its index showed the change;
3. **uncached**: method and case-study pages rendered by gunicorn itself (no Varnish), against a
   baseline commit (default `6625513`, before the edge) served by the same gunicorn settings from
   a git worktree, in the same run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres bench/edge.sh [--pages 10000]

The content lives in `wijkkompas_bench_pages_<pages>` (created with `generate_content` when
missing, reused when present). wrk runs on the same machine as everything else, so it takes CPU
from the server: the figures compare with each other, measured the same way in one run.
"""

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

BENCH = Path(__file__).resolve().parent
PROJECT = BENCH.parent
sys.path[:0] = [str(PROJECT), str(BENCH)]

from content import DISCOVER, django_env, prepare_database, server_url  # noqa: E402

from deploy.ports import free_port  # noqa: E402
from deploy.stack import Stack, wait_for  # noqa: E402

PYTHON = sys.executable
CACHED_SHARE_TARGET = 0.5
HIT_RATIO_TARGET = 0.95
VISIBLE_TARGET_SECONDS = 1.0
UNCACHED_SHARE_TARGET = 0.7

PUBLISHER = r"""
import json, random, time
from wagtail.models import Page
ids = list(Page.objects.live().filter(depth__gte=4, locale__language_code="nl").values_list("pk", flat=True))
rng = random.Random(7)
for number in range(int(COUNT)):
    time.sleep(10)
    page = Page.objects.get(pk=rng.choice(ids)).specific
    page.title = page.title.split(" [")[0] + f" [{number}]"
    page.save_revision().publish()
    print(json.dumps({"url": page.url, "index": page.get_parent().url, "mark": f"[{number}]",
                      "committed": time.time()}), flush=True)
"""

LIST_URLS = r"""
import json
from wagtail.models import Page
print(json.dumps([p.url for p in Page.objects.live().filter(depth__gte=3, locale__language_code="nl").order_by("pk")]))
"""


def manage_shell(env, code, background=False):
    command = [PYTHON, "manage.py", "shell", "-c", code]
    if background:
        return subprocess.Popen(  # noqa: S603
            command, env=env, cwd=PROJECT, stdout=subprocess.PIPE, text=True
        )
    output = subprocess.run(  # noqa: S603
        command, env=env, cwd=PROJECT, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def wrk(url, duration, connections=8, script=None):
    command = ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--latency"]
    if script:
        command += ["-s", script]
    output = subprocess.run(  # noqa: S603
        [*command, url], check=True, capture_output=True, text=True
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = {
        share: parse_ms(value)
        for share, value in re.findall(r"^\s+(50|90|99)%\s+(\S+)", output, re.MULTILINE)
    }
    # A script's own percentiles (p95 included), in ms.
    latency.update(re.findall(r"^p(\d+) ([\d.]+)$", output, re.MULTILINE))
    latency = {share: float(value) for share, value in latency.items()}
    return rate, latency, output


def parse_ms(value):
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - loopback
        return response.read(), dict(response.headers)


def nginx_serving(body, work):
    """nginx on loopback serving `body` as a static file: the limit of this machine."""
    port = free_port()
    root = work / "nginx-root"
    root.mkdir()
    (root / "page.html").write_bytes(body)
    config = work / "nginx.conf"
    config.write_text(
        f"""
worker_processes auto; daemon off; pid {work}/nginx.pid; error_log {work}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {work}/nginx-body; proxy_temp_path {work}/nginx-proxy;
    fastcgi_temp_path {work}/nginx-fastcgi; uwsgi_temp_path {work}/nginx-uwsgi;
    scgi_temp_path {work}/nginx-scgi;
    server {{ listen 127.0.0.1:{port}; root {root}; location / {{ default_type text/html; }} }}
}}
"""
    )
    process = subprocess.Popen(  # noqa: S603
        [shutil.which("nginx") or "/usr/sbin/nginx", "-c", str(config)]
    )
    wait_for(f"http://127.0.0.1:{port}/page.html", process=process)
    return process, f"http://127.0.0.1:{port}/page.html"


def zipf_script(urls, work, requests=200_000, exponent=1.0):
    """A wrk script that asks for `urls` with a Zipf distribution (rank 1 most often)."""
    rng = random.Random(1)
    weights = [1 / rank**exponent for rank in range(1, len(urls) + 1)]
    order = list(urls)
    rng.shuffle(order)
    chosen = rng.choices(range(len(order)), weights=weights, k=requests)
    lines = ",\n".join(json.dumps(order[index]) for index in chosen)
    script = work / "zipf.lua"
    script.write_text(
        f"""
local paths = {{
{lines}
}}
local n = 0
-- Each run starts somewhere else in the sequence: the measured requests are not the warm-up's.
init = function(args)
    math.randomseed(os.time())
    n = math.random(#paths)
end
request = function()
    n = n % #paths + 1
    return wrk.format("GET", paths[n])
end
done = function(summary, latency, requests)
    for _, p in ipairs({{50, 95, 99}}) do
        io.write(string.format("p%d %.3f\\n", p, latency:percentile(p) / 1000))
    end
end
"""
    )
    return str(script)


def varnish_counters(stack):
    output = subprocess.run(  # noqa: S603
        ["varnishstat", "-n", str(stack.work_dir / "varnish"), "-1", "-j"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    counters = json.loads(output)
    counters = counters.get("counters", counters)
    return {name: counters[f"MAIN.{name}"]["value"] for name in ("cache_hit", "cache_miss")}


def watch_publications(stack, env, count, delays):
    """Publish a random page every 10 s; for each, the seconds until the page and its index
    showed the change through Varnish."""
    code = PUBLISHER.replace("COUNT", str(count))
    process = manage_shell(env, code, background=True)
    for line in process.stdout:
        if not line.startswith("{"):
            continue
        event = json.loads(line)
        # The page shows its new title; its index was purged (it is fetched anew, a MISS).
        for path in (event["url"], event["index"]):
            deadline = time.time() + 10
            while time.time() < deadline:
                body, headers = fetch(stack.url + path)
                if event["mark"].encode() in body or (
                    path == event["index"] and headers.get("X-Cache") == "MISS"
                ):
                    break
                time.sleep(0.01)
            delays.append(time.time() - event["committed"])
    process.wait()


def baseline_gunicorn(commit, env, workers, work):
    """The baseline commit's code, served by gunicorn from a git worktree with this venv."""
    tree = work / "baseline"
    subprocess.run(  # noqa: S603
        ["git", "-C", str(PROJECT), "worktree", "add", "--detach", str(tree), commit],
        check=True,
        capture_output=True,
    )
    port = free_port()
    process = subprocess.Popen(  # noqa: S603
        [
            *(PYTHON, "-m", "gunicorn", "wijkkompas.wsgi", "--bind", f"127.0.0.1:{port}"),
            *("--workers", str(workers), "--log-level", "warning"),
        ],
        cwd=tree,
        env={**env, "PYTHONPATH": str(tree), "WIJKKOMPAS_PAGE_CACHE": "on"},
    )
    wait_for(f"http://127.0.0.1:{port}/health/", process=process)
    return process, f"http://127.0.0.1:{port}", tree


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    parser.add_argument("--mix-duration", type=int, default=60)
    parser.add_argument(
        "--warm-up", type=int, default=60, help="seconds of the same mix before measuring it"
    )
    parser.add_argument("--baseline", default="6625513")
    parser.add_argument("--regenerate", action="store_true")
    options = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install -y wrk nginx-light varnish varnish-modules")
    template = server_url(os.environ.get("DATABASE_URL", ""))
    name = prepare_database(template, options.pages, options.regenerate)
    database_url = template.replace("{}", name)
    workers = 2 * (os.cpu_count() or 1)
    work = Path(tempfile.mkdtemp(prefix="wijkkompas-edge-bench-"))
    work.chmod(0o755)
    stack = Stack(database_url, workers=workers, log_dir=work)
    stack.prepare(demo=False)
    urls = manage_shell(django_env(database_url, "wijkkompas.settings.dev"), DISCOVER)
    rows = []
    with stack:
        method_url = stack.url + urls["method"]
        fetch(method_url)
        body, headers = fetch(method_url)
        assert headers.get("X-Cache") == "HIT", "the method page is not served from Varnish"
        nginx, static_url = nginx_serving(body, work)
        try:
            varnish_rate, _latency, _ = wrk(method_url, options.duration)
            nginx_rate, _latency, _ = wrk(static_url, options.duration)
        finally:
            nginx.terminate()
        rows.append(("cached method page (Varnish)", varnish_rate, nginx_rate))

        all_urls = manage_shell(stack.env, LIST_URLS)
        script = zipf_script(all_urls, work)
        if options.warm_up:
            # The same readers for a while first: a site's cache is not empty when it is read.
            wrk(stack.url + "/", options.warm_up, script=script)
        before = varnish_counters(stack)
        delays = []
        publisher = threading.Thread(
            target=watch_publications,
            args=(stack, stack.env, options.mix_duration // 10 - 1, delays),
        )
        publisher.start()
        mix_rate, mix_latency, _ = wrk(stack.url + "/", options.mix_duration, script=script)
        publisher.join()
        after = varnish_counters(stack)
        hits = after["cache_hit"] - before["cache_hit"]
        misses = after["cache_miss"] - before["cache_miss"]

        uncached = {}
        for kind in ("method", "case study"):
            page = f"{stack.node_url(0)}{urls[kind]}?bench=uncached"
            uncached[kind] = wrk(page, options.duration)[0]
    baseline, baseline_url, tree = baseline_gunicorn(options.baseline, stack.env, workers, work)
    try:
        baseline_rates = {
            kind: wrk(f"{baseline_url}{urls[kind]}?bench=uncached", options.duration)[0]
            for kind in uncached
        }
    finally:
        baseline.terminate()
        baseline.wait()
        subprocess.run(  # noqa: S603
            ["git", "-C", str(PROJECT), "worktree", "remove", "--force", str(tree)], check=False
        )
        shutil.rmtree(work, ignore_errors=True)

    print(f"\n{options.pages} generated pages, {workers} gunicorn workers, wrk -t1 -c8 on loopback")
    print(f"{'':36} {'req/s':>9} {'limit':>9} {'share':>7}  target")
    for label, rate, limit in rows:
        print(
            f"{label:36} {rate:9.0f} {limit:9.0f} {rate / limit:7.0%}  ≥ {CACHED_SHARE_TARGET:.0%}"
        )
    ratio = hits / max(hits + misses, 1)
    print(
        f"\nmix over {len(all_urls)} pages (Zipf), a publication every 10 s, "
        f"{options.mix_duration} s after {options.warm_up} s of warm-up: {mix_rate:.0f} req/s, hit ratio {ratio:.1%} "
        f"(target ≥ {HIT_RATIO_TARGET:.0%}); latency p50 {mix_latency.get('50', 0):.1f} ms, "
        f"p95 {mix_latency.get('95', 0):.1f} ms, p99 {mix_latency.get('99', 0):.1f} ms"
    )
    if delays:
        print(
            f"visible after each commit (page and its index, {len(delays)} checks): "
            f"max {max(delays):.2f} s, median {sorted(delays)[len(delays) // 2]:.2f} s "
            f"(target ≤ {VISIBLE_TARGET_SECONDS:.0f} s)"
        )
    print(f"\nuncached, gunicorn alone{'':12} {'req/s':>9} {options.baseline:>9} {'share':>7}")
    for kind, rate in uncached.items():
        base = baseline_rates[kind]
        print(
            f"{kind:36} {rate:9.1f} {base:9.1f} {rate / base:7.0%}  ≥ {UNCACHED_SHARE_TARGET:.0%}"
        )


if __name__ == "__main__":
    main()
