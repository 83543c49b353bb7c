"""The production stack (deploy/stack.py) started for the edge tests: a real varnishd with the
repository's VCL in front of real gunicorn processes with the production settings, on a database
of their own with the demo content, and Redis."""

import json
import os
import shutil
import subprocess
import uuid

import psycopg
import pytest
from redis import Redis

from deploy.stack import BASE_DIR, Stack, python

SERVER = "postgres://postgres@127.0.0.1:5432"


def varnish_available():
    return shutil.which("varnishd") or os.path.exists("/usr/sbin/varnishd")


def running_stack(prefix, nodes, env):
    """Start `deploy.stack.Stack` with `nodes` gunicorn nodes on a database of its own (named
    after `prefix`) with the demo content, yield it, then stop it and drop the database. The
    Redis database in `env["REDIS_URL"]` is emptied before and after, so rate limits and kept
    values of other runs play no part. Without varnishd the tests are skipped (failed in CI)."""
    if not varnish_available():
        if os.environ.get("CI"):
            pytest.fail("varnishd is missing: .ci/run installs varnish and varnish-modules")
        pytest.skip("varnishd is not installed (apt-get install varnish varnish-modules)")
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    stack = Stack(f"{SERVER}/{name}", nodes=nodes, env=env)
    redis = Redis.from_url(stack.env["REDIS_URL"])
    redis.flushdb()
    try:
        stack.prepare(demo=True)
        stack.start()
        yield stack
    finally:
        stack.stop()
        with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        redis.flushdb()


@pytest.fixture(scope="module")
def stack():
    yield from running_stack(
        "wijkkompas_edge",
        nodes=int(os.environ.get("EDGE_TEST_NODES", "1")),
        env={"REDIS_URL": "redis://127.0.0.1:6379/7"},
    )


@pytest.fixture(scope="module")
def django(stack):
    """Run Python in the stack's Django (as an editor's action in the admin would), and return
    what it prints as JSON: a publication there commits and purges exactly as in production."""

    def run(code):
        result = subprocess.run(
            [python(), str(BASE_DIR / "manage.py"), "shell", "-c", code],
            env=stack.env,
            cwd=BASE_DIR,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr[-2000:]
        lines = [line for line in result.stdout.splitlines() if line.startswith(("{", "["))]
        return json.loads(lines[-1]) if lines else None

    return run
