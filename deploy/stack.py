"""The production stack on one machine: gunicorn nodes with the production settings on
PostgreSQL and Redis, behind Varnish with deploy/varnish/wijkkompas.vcl.

`make stack` runs it (with the demo content); the edge tests (tests/edge/) start the same
processes through `Stack`. Stop it with Ctrl-C: every process it started is stopped.

    python deploy/stack.py [--port 8080] [--nodes 1] [--no-demo] [--object-store]

With --object-store the nodes keep media in an S3-compatible store (moto_server on loopback,
deploy/object_store.py) instead of var/media/, as separate machines would (docs/storage.md).
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from deploy.object_store import MotoServer
from deploy.ports import free_port

BASE_DIR = Path(__file__).resolve().parent.parent
VCL = BASE_DIR / "deploy" / "varnish" / "wijkkompas.vcl"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/wijkkompas_stack"

# A node that refuses connections is out after four probes (8 s); one that is only busy (its
# workers all rendering, the probe queued behind them, as under a benchmark) has 5 s to answer
# and must miss four of five probes before it is taken out.
BACKENDS_VCL = """
probe app_health {{
    .url = "/health/";
    .interval = 2s;
    .timeout = 5s;
    .window = 5;
    .threshold = 2;
    .initial = 2;
}}
{backends}
sub vcl_init {{
    new app = directors.round_robin();
{additions}
}}
"""


def python():
    return str(Path(sys.executable))


def production_environment(database_url, varnish_url, extra=None):
    """The environment variables production reads (README, "Configuration"), for this machine."""
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "wijkkompas.settings.production",
            "DATABASE_URL": database_url,
            "REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
            "SECRET_KEY": os.environ.get("SECRET_KEY", "stack-on-one-machine-only"),
            "ALLOWED_HOSTS": os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost"),
            # Plain HTTP on loopback: no TLS front here (deploy/ has an example of one).
            "SECURE_SSL_REDIRECT": "false",
            "WAGTAILADMIN_BASE_URL": varnish_url,
            "WIJKKOMPAS_VARNISH_URLS": varnish_url,
            # Varnish adds the reader's address to X-Forwarded-For: one proxy to trust.
            "WIJKKOMPAS_PROXY_COUNT": "1",
            "STATIC_ROOT": str(BASE_DIR / "var" / "static"),
            "MEDIA_ROOT": str(BASE_DIR / "var" / "media"),
        }
    )
    env.update(extra or {})
    return env


def manage(env, *args, quiet=False):
    subprocess.run(
        [python(), str(BASE_DIR / "manage.py"), *args],
        env=env,
        cwd=BASE_DIR,
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )


def create_database(database_url):
    """Create the database named in `database_url` if it does not exist yet."""
    import psycopg

    name = database_url.rsplit("/", 1)[1].split("?")[0]
    server = database_url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(server, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if exists.fetchone() is None:
            connection.execute(f'CREATE DATABASE "{name}"')


def wait_for(url, seconds=60, process=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} stopped with exit code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - loopback
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


class Stack:
    """Varnish on `port` in front of `nodes` gunicorn processes."""

    def __init__(self, database_url, port=None, nodes=1, workers=2, env=None, log_dir=None):
        self.database_url = database_url
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.node_ports = [free_port() for _ in range(nodes)]
        self.workers = workers
        self.work_dir = Path(tempfile.mkdtemp(prefix="wijkkompas-stack-"))
        # Varnish compiles the VCL as its own unprivileged user, who must read the backends file.
        self.work_dir.chmod(0o755)
        self.log_dir = Path(log_dir) if log_dir else self.work_dir
        self.env = production_environment(database_url, self.url, env)
        self.processes = []

    def prepare(self, demo=True):
        create_database(self.database_url)
        # Varnish is not running yet and starts empty: nothing to purge while preparing. The
        # demo content goes into this stack's own database, which load_demo_content allows
        # under the production settings only when told so.
        env = {**self.env, "WIJKKOMPAS_VARNISH_URLS": "", "WIJKKOMPAS_ALLOW_DEMO_CONTENT": "1"}
        manage(env, "migrate", "--noinput", quiet=True)
        manage(env, "collectstatic", "--noinput", quiet=True)
        if demo:
            manage(env, "load_demo_content", quiet=True)

    def node_url(self, number):
        return f"http://127.0.0.1:{self.node_ports[number]}"

    def start(self):
        for number, port in enumerate(self.node_ports):
            self.start_node(number, port)
        self.start_varnish()
        for number in range(len(self.node_ports)):
            wait_for(self.node_url(number) + "/health/", process=self.processes[number])
        wait_for(self.url + "/health/", process=self.processes[-1])
        return self

    def start_node(self, number, port):
        log = open(self.log_dir / f"gunicorn-{number}.log", "ab")  # noqa: SIM115 - kept open
        command = [
            *(python(), "-m", "gunicorn", "wijkkompas.wsgi"),
            *("--bind", f"127.0.0.1:{port}", "--workers", str(self.workers)),
            *("--timeout", "30", "--graceful-timeout", "5"),
        ]
        self.processes.append(
            subprocess.Popen(command, cwd=BASE_DIR, env=self.env, stdout=log, stderr=log)
        )

    def start_varnish(self):
        backends = "".join(
            f'backend node{n} {{ .host = "127.0.0.1"; .port = "{port}"; .probe = app_health; }}\n'
            for n, port in enumerate(self.node_ports)
        )
        additions = "".join(f"    app.add_backend(node{n});\n" for n in range(len(self.node_ports)))
        (self.work_dir / "backends.vcl").write_text(
            BACKENDS_VCL.format(backends=backends, additions=additions)
        )
        log = open(self.log_dir / "varnish.log", "ab")  # noqa: SIM115 - kept open
        command = [
            shutil.which("varnishd") or "/usr/sbin/varnishd",
            *("-F", "-n", str(self.work_dir / "varnish")),
            *("-a", f"127.0.0.1:{self.port}", "-f", str(VCL)),
            *("-p", f"vcl_path={self.work_dir}:{VCL.parent}"),
            # Room for the surrogate keys of a long listing.
            *("-p", "http_resp_hdr_len=65536", "-p", "http_resp_size=131072"),
            *("-s", "malloc,256m"),
        ]
        self.processes.append(subprocess.Popen(command, stdout=log, stderr=log))

    def stop(self):
        for process in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        self.processes = []
        shutil.rmtree(self.work_dir, ignore_errors=True)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--nodes", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-demo", action="store_true")
    parser.add_argument("--object-store", action="store_true")
    options = parser.parse_args()
    database_url = os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
    store = None
    if options.object_store:
        store = MotoServer().start()
    env = store.environment() if store else None
    stack = Stack(database_url, options.port, options.nodes, options.workers, env=env)
    stack.log_dir = BASE_DIR / "var" / "log"
    stack.log_dir.mkdir(parents=True, exist_ok=True)
    # Ctrl-C (SIGINT) and SIGTERM both end in stack.stop() (and the object store's stop).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        print(f"Preparing {database_url} (migrate, static files, demo content)…", flush=True)
        stack.prepare(demo=not options.no_demo)
        stack.start()
        print(f"\n  Wijkkompas (production settings) on {stack.url}/  via Varnish")
        for number in range(options.nodes):
            print(f"  node {number + 1}: gunicorn on {stack.node_url(number)}/")
        if store:
            print(f"  media: S3 bucket {store.bucket} on {store.endpoint_url}")
        print(f"  logs in {stack.log_dir}/   stop with Ctrl-C\n", flush=True)
        while all(process.poll() is None for process in stack.processes):
            time.sleep(1)
        print("A process of the stack stopped; see the logs.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        stack.stop()
        if store:
            store.stop()


if __name__ == "__main__":
    sys.path.insert(0, str(BASE_DIR))
    sys.exit(main())
